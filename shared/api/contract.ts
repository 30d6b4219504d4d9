import { z } from 'zod';
import {
  Article,
  ArticleCreateInput,
  ArticleDeleteInput,
  ArticleListInput,
  ArticleRef,
  ArticleRevision,
  ArticleSaved,
  ArticleSaveInput,
  ArticleSummary,
} from './article';
import type { Result } from './errors';
import { ExportPreflight, ExportResult, ExportRunInput, ExportZip, ExportZipInput } from './export';
import type { MethodName } from './methods';
import {
  ImportBeginInput,
  ImportFileInput,
  ImportJob,
  ImportJobRef,
  MediaAccess,
  Photo,
  PhotoBulkInput,
  PhotoDetail,
  PhotoListInput,
  PhotoRef,
  PhotoUpdateInput,
  PhotoWordsCopied,
  PhotoWordsCopyInput,
} from './photo';
import { AppStatus, Settings, SettingsUpdate } from './settings';
import {
  ArticleSourcesInput,
  ArticleSourcing,
  ArticleSourcesSaved,
  Source,
  SourceCreateInput,
  SourceListInput,
  SourceMerged,
  SourceMergeInput,
  SourceRef,
  SourceUpdateInput,
  SourceUsage,
  TagListInput,
  TagRenameInput,
  TagRenamed,
} from './source';

/**
 * The API contract: every method the renderer may call, with the schema of its input and output.
 * Transports (Electron IPC, browser-mode HTTP, the CLI) parse input with these schemas before a
 * handler runs; all request and response types derive from this one table.
 */
export const contract = {
  'app.status': { input: z.object({}), output: AppStatus },
  'articles.list': { input: ArticleListInput, output: z.array(ArticleSummary) },
  'articles.rubrics': { input: z.object({}), output: z.array(z.string()) },
  'articles.get': { input: ArticleRef, output: Article },
  'articles.revision': { input: ArticleRef, output: ArticleRevision },
  'articles.create': { input: ArticleCreateInput, output: Article },
  'articles.save': { input: ArticleSaveInput, output: ArticleSaved },
  'articles.delete': { input: ArticleDeleteInput, output: ArticleRef },
  'articles.tags': { input: TagListInput, output: z.array(z.string()) },
  'articles.renameTag': { input: TagRenameInput, output: TagRenamed },
  'articles.sources': { input: ArticleRef, output: ArticleSourcing },
  'articles.setSources': { input: ArticleSourcesInput, output: ArticleSourcesSaved },
  'sources.list': { input: SourceListInput, output: z.array(Source) },
  'sources.create': { input: SourceCreateInput, output: Source },
  'sources.update': { input: SourceUpdateInput, output: Source },
  'sources.merge': { input: SourceMergeInput, output: SourceMerged },
  'sources.usage': { input: SourceRef, output: SourceUsage },
  'sources.delete': { input: SourceRef, output: SourceRef },
  'settings.get': { input: z.object({}), output: Settings },
  'settings.update': { input: SettingsUpdate, output: Settings },
  'export.preflight': { input: ArticleRef, output: ExportPreflight },
  'export.run': { input: ExportRunInput, output: ExportResult },
  'export.zip': { input: ExportZipInput, output: ExportZip },
  'photos.list': { input: PhotoListInput, output: z.array(Photo) },
  'photos.get': { input: PhotoRef, output: PhotoDetail },
  'photos.update': { input: PhotoUpdateInput, output: Photo },
  'photos.updateMany': { input: PhotoBulkInput, output: z.array(Photo) },
  'photos.delete': { input: PhotoRef, output: PhotoRef },
  'photos.copyToArticles': { input: PhotoWordsCopyInput, output: PhotoWordsCopied },
  'photos.importBegin': { input: ImportBeginInput, output: ImportJob },
  'photos.importFile': { input: ImportFileInput, output: ImportJob },
  'photos.importStatus': { input: ImportJobRef, output: ImportJob },
  'photos.importCancel': { input: ImportJobRef, output: ImportJob },
  'photos.mediaAccess': { input: z.object({}), output: MediaAccess },
} as const satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;

export { isMethod, METHOD_NAMES as METHODS } from './methods';

/** The one function every transport exposes to the renderer. */
export type CallApi = <M extends Method>(method: M, input: Input<M>) => Promise<Result<Output<M>>>;
