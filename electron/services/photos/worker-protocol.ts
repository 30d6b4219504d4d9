import type { Wording } from '../../../shared/api/wording';
import type { ProcessedPhoto } from './process';

/** Main thread → photo worker: one staged upload to check and store. */
export interface WorkerTask {
  taskId: number;
  stagedFile: string;
  name: string;
}

export interface WorkerFailure {
  code:
    | 'PHOTO_UNREADABLE'
    | 'PHOTO_TOO_LARGE'
    | 'STORAGE_FULL'
    | 'STORAGE_READ_ONLY'
    | 'STORAGE_UNREADABLE'
    | 'INTERNAL';
  message: string;
  wording: Wording;
}

/** Photo worker → main thread: the stored photo, or why it was refused (in plain words naming the file). */
export type WorkerReply =
  { taskId: number; ok: true; photo: ProcessedPhoto } | { taskId: number; ok: false; error: WorkerFailure };

export interface WorkerStart {
  dataDir: string;
}
