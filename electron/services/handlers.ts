import type { Database } from 'better-sqlite3';
import type { Method, Output, ParsedInput } from '../../shared/api/contract';
import {
  createArticle,
  getArticle,
  articleRevision,
  saveArticle,
  type ArticleDefaults,
} from './articles/store';
import { listRubrics } from './articles/rubrics';
import { deleteArticle } from './articles/delete';
import { listArticles } from './articles/search';
import type { Notice } from './db/open';
import { prepareExport, runExport, suggestedFolder, zipExport, type ExportSetup } from './export/run';
import { photoHandlers, type PhotoServices } from './photos/handlers';
import type { SettingsService } from './settings';
import { sourceHandlers } from './sources/handlers';
import { sayStorageFailures } from './storage-failure';

export type Handlers = {
  [M in Method]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;
};

export interface HandlerContext {
  db: Database;
  settings: SettingsService;
  notices: readonly Notice[];
  version: string;
  now: () => Date;
  photos: Omit<PhotoServices, 'dataDir' | 'logoPhotoId' | 'articleDefaults'>;
  /** The export theme template (resources/export/style.css). */
  styleTemplate: string;
  /** The data folder (media and renditions live under it). */
  dataDir: string;
  /** Whether an export's folder becomes the one the export dialog offers next (not for the command line). */
  rememberExportFolder: boolean;
}

/** The one implementation of the API contract; every transport calls these through `dispatch`. */
export function createHandlers(context: HandlerContext): Handlers {
  const { db, settings } = context;
  const exportSetup = (): ExportSetup => ({
    profile: settings.get().publication,
    styleTemplate: context.styleTemplate,
    dataDir: context.dataDir,
  });
  const defaults = (): ArticleDefaults => {
    const publication = settings.get().publication;
    return { language: publication.language, datelinePrefix: publication.datelinePrefix, now: context.now };
  };
  return sayStorageFailures(context.dataDir, {
    'app.status': () => ({ version: context.version, notices: [...context.notices] }),
    'articles.list': (input) => listArticles(db, input),
    'articles.rubrics': () => listRubrics(db),
    'articles.get': ({ id }) => getArticle(db, id),
    'articles.revision': ({ id }) => articleRevision(db, id),
    'articles.create': (input) => createArticle(db, input, defaults()),
    'articles.save': (input) => saveArticle(db, input, defaults()),
    'articles.delete': (input) => deleteArticle(db, input),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    ...photoHandlers(
      db,
      {
        ...context.photos,
        dataDir: context.dataDir,
        logoPhotoId: () => settings.get().publication.logoPhotoId,
        articleDefaults: defaults,
      },
      context.now,
    ),
    ...sourceHandlers(db, () => settings.get().publication.language, context.now),
    'export.preflight': ({ id }) => {
      // One reading of the settings file for the whole answer.
      const setup = exportSetup();
      return {
        ...prepareExport(db, id, setup).preflight,
        suggestedFolder: suggestedFolder(setup.profile),
        suggestedZip: setup.profile.exportZip,
      };
    },
    'export.zip': ({ id, warningsSeen }) => zipExport(db, id, exportSetup(), warningsSeen),
    'export.run': (input) => {
      const result = runExport(db, input, exportSetup());
      if (context.rememberExportFolder)
        settings.update({ publication: { exportFolder: input.folder, exportZip: input.zip } });
      return result;
    },
  });
}
