import { z } from 'zod';
import {
  Article,
  ArticleCreateInput,
  ArticleListInput,
  ArticleRef,
  ArticleSaved,
  ArticleSaveInput,
  ArticleSummary,
} from './article';
import type { Result } from './errors';
import { ExportPreflight, ExportResult, ExportRunInput, ExportZip } from './export';
import type { MethodName } from './methods';
import { AppStatus, Settings, SettingsUpdate } from './settings';

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
  'articles.create': { input: ArticleCreateInput, output: Article },
  'articles.save': { input: ArticleSaveInput, output: ArticleSaved },
  'settings.get': { input: z.object({}), output: Settings },
  'settings.update': { input: SettingsUpdate, output: Settings },
  'export.preflight': { input: ArticleRef, output: ExportPreflight },
  'export.run': { input: ExportRunInput, output: ExportResult },
  'export.zip': { input: ArticleRef, output: ExportZip },
} as const satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;

export { isMethod, METHOD_NAMES as METHODS } from './methods';

/** The one function every transport exposes to the renderer. */
export type CallApi = <M extends Method>(method: M, input: Input<M>) => Promise<Result<Output<M>>>;
