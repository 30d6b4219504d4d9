import type { Database } from 'better-sqlite3';
import type { Method, Output, ParsedInput } from '../../../shared/api/contract';
import type { PhotoImporter } from './importer';
import { listPhotos } from './search';
import { deletePhoto } from './delete';
import { getPhotoDetail, updatePhoto, updatePhotos } from './store';
import { copyWordsToArticles } from './to-articles';
import type { ArticleDefaults } from '../articles/store';

type PhotoMethod = Extract<Method, `photos.${string}`>;
export type PhotoHandlers = {
  [M in PhotoMethod]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;
};

/** What the photo methods work on besides the database. */
export interface PhotoServices {
  importer: PhotoImporter;
  /** Read-only token browser mode's media URLs carry (images cannot send the API token header). */
  mediaToken: string;
  /** The data folder, whose media/ and renditions/ hold the photos' files. */
  dataDir: string;
  /** The publication's logo (a library photo's id, or ''), which may not be deleted. */
  logoPhotoId: () => string;
  /** What an article's save needs (copying the desk's words into articles saves them). */
  articleDefaults: () => ArticleDefaults;
}

export function photoHandlers(db: Database, photos: PhotoServices, now: () => Date): PhotoHandlers {
  return {
    'photos.list': (input) => listPhotos(db, input, now(), photos.logoPhotoId()),
    'photos.get': ({ id }) => getPhotoDetail(db, id, photos.logoPhotoId()),
    'photos.update': (input) => updatePhoto(db, input, now),
    'photos.updateMany': (input) => updatePhotos(db, input, now),
    'photos.copyToArticles': ({ id, ...shown }) => ({
      articles: copyWordsToArticles(db, id, shown, photos.articleDefaults()),
    }),
    'photos.delete': ({ id }) => deletePhoto(db, photos.dataDir, id, photos.logoPhotoId()),
    'photos.importBegin': ({ files }) => photos.importer.begin(files),
    'photos.importFile': ({ jobId, index, data, more }) =>
      photos.importer.add(jobId, index, Buffer.from(data, 'base64'), more === true),
    'photos.importStatus': ({ jobId }) => photos.importer.status(jobId),
    'photos.importCancel': ({ jobId }) => photos.importer.cancel(jobId),
    'photos.mediaAccess': () => ({ token: photos.mediaToken }),
  };
}
