import { useSyncExternalStore } from 'react';
import type { CallApi } from '../../shared/api/contract';
import { IMPORT_FILES_LIMIT, type ImportFileStatus, type ImportJob } from '../../shared/api/photo';
import { partOf, say, type Wording } from '../../shared/api/wording';
import { readBase64 } from './readFile';

/** Files the server may hold at once before the next is sent: enough to keep the worker busy, no more. */
const AHEAD = 2;
const POLL_MS = 250;
/** Status polls in a row without an answer before the import is taken as stopped (about 2 s). */
const GIVE_UP_AFTER = 8;
/** The most of a file sent in one call (as base64, a third more). */
const PIECE_BYTES = 512 * 1024;

export interface ImportSnapshot {
  /** Each file's state, the server's word merged with what failed before it got there. */
  files: ImportFileStatus[];
  total: number;
  done: number;
  state: 'starting' | 'running' | 'finished' | 'cancelled' | 'failed';
  /** Why the whole import could not start or go on, in plain words (in the interface's language). */
  error: { message: string; wording?: Wording | undefined } | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The imports this window is still sending files for: the page reads them from the user's disk, so
 * closing or reloading it leaves the files not yet sent out of the library (ImportLeaveGuard asks first).
 */
const sending = new Set<PhotoImportRun>();
const sendingChanged = new Set<() => void>();

/** How many files the imports of this window have still to send (none: the window may go). */
export function filesStillToSend(): number {
  let count = 0;
  for (const run of sending) count += run.unsent();
  return count;
}

/** Calls `listener` whenever an import starts or stops sending files; returns the unsubscribe. */
export function onSendingChange(listener: () => void): () => void {
  sendingChanged.add(listener);
  return () => sendingChanged.delete(listener);
}

/** Cancels every import still sending files (those already sent are finished by the service). */
export async function stopSending(): Promise<void> {
  await Promise.all([...sending].map((run) => run.cancel()));
}

function setSending(run: PhotoImportRun, on: boolean): void {
  if (on) sending.add(run);
  else sending.delete(run);
  for (const listener of sendingChanged) listener();
}
const TERMINAL = new Set(['imported', 'duplicate', 'failed', 'cancelled']);

/**
 * One batch of photos imported from the renderer: declares the files, sends their bytes one by one
 * (never their paths), polls the server's progress and can be cancelled. React reads `snapshot`
 * through `subscribe`; the work itself is a chain of awaits that never blocks typing.
 */
export class PhotoImportRun {
  snapshot: ImportSnapshot;
  private job: ImportJob | null = null;
  private readonly local = new Map<number, ImportFileStatus>();
  private cancelled = false;
  private unanswered = 0;
  /** The file being sent now (the files after it wait their turn). */
  private sendingIndex = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly call: CallApi,
    private readonly files: File[],
  ) {
    this.snapshot = {
      files: files.map((file) => ({ name: file.name, state: 'waiting' })),
      total: files.length,
      done: 0,
      state: 'starting',
      error: null,
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Runs the import to its end; resolves with the ids of the photos now in the library (see importedPhotoIds). */
  async run(): Promise<string[]> {
    if (this.files.length > IMPORT_FILES_LIMIT) {
      this.publish({
        state: 'failed',
        error: say('photo.tooManyFiles', { n: this.files.length, limit: IMPORT_FILES_LIMIT }),
      });
      return [];
    }
    const names = this.files.map((file) => ({ name: file.name.slice(0, 255) || 'photo', size: file.size }));
    const begun = await this.call('photos.importBegin', { files: names });
    if (!begun.ok) {
      this.publish({ state: 'failed', error: begun.error });
      return [];
    }
    this.update(begun.value);
    setSending(this, true);
    try {
      for (const [index, file] of this.files.entries()) {
        if (this.cancelled || this.stopped()) break;
        if (this.job?.files[index]?.state !== 'waiting') continue;
        while (!this.cancelled && !this.finished() && this.inFlight() >= AHEAD) await this.poll();
        if (this.cancelled || this.stopped()) break;
        this.sendingIndex = index;
        await this.send(index, file);
      }
    } finally {
      setSending(this, false);
    }
    while (!this.finished()) await this.poll();
    return importedPhotoIds(this.snapshot);
  }

  /** The files not yet wholly sent: the one on its way and those waiting after it. */
  unsent(): number {
    if (this.cancelled || this.stopped()) return 0;
    return this.snapshot.files.filter((file, index) => index >= this.sendingIndex && file.state === 'waiting')
      .length;
  }

  async cancel(): Promise<void> {
    this.cancelled = true;
    if (!this.job) return;
    const result = await this.call('photos.importCancel', { jobId: this.job.id });
    if (result.ok) this.update(result.value);
  }

  private async send(index: number, file: File): Promise<void> {
    // In pieces, so that no call holds the page's thread for long (a 24-megapixel JPEG is 8 MB,
    // 11 MB as base64) and Cancel is heard between them.
    for (let start = 0; start === 0 || start < file.size; start += PIECE_BYTES) {
      if (this.cancelled) return;
      const end = Math.min(start + PIECE_BYTES, file.size);
      let data: string;
      try {
        data = await readBase64(file.slice(start, end));
      } catch {
        this.failLocally(index, say('photo.unreadableOnDisk', { name: file.name }));
        return;
      }
      const more = end < file.size;
      const sent = await this.call('photos.importFile', {
        jobId: this.job!.id,
        index,
        data,
        ...(more ? { more } : {}),
      });
      if (!sent.ok)
        return this.failLocally(
          index,
          say('photo.fileFailed', { name: file.name, reason: partOf(sent.error) }),
        );
      if (!more || sent.value.files[index]?.state !== 'waiting') return this.update(sent.value);
    }
  }

  private async poll(): Promise<void> {
    await sleep(POLL_MS);
    const status = await this.call('photos.importStatus', { jobId: this.job!.id });
    if (status.ok) {
      this.unanswered = 0;
      return this.update(status.value);
    }
    // A service restarting may miss a poll or two; one that stays away has stopped the import.
    this.unanswered += 1;
    if (this.unanswered < GIVE_UP_AFTER) return;
    const reason = partOf(status.error);
    const files = this.snapshot.files.map((file) =>
      TERMINAL.has(file.state)
        ? file
        : {
            ...file,
            state: 'failed' as const,
            error: { code: 'PHOTO_UNREADABLE', ...say('photo.interrupted', { name: file.name, reason }) },
          },
    );
    this.publish({ state: 'failed', error: status.error, files, done: files.length });
  }

  /** The import as a whole failed (the service stopped answering): nothing more is sent. */
  private stopped(): boolean {
    return this.snapshot.state === 'failed';
  }

  private inFlight(): number {
    return this.snapshot.files.filter((file) => file.state === 'queued' || file.state === 'working').length;
  }

  private finished(): boolean {
    return this.snapshot.state === 'failed' || this.snapshot.done === this.snapshot.total;
  }

  private failLocally(index: number, said: { message: string; wording?: Wording }): void {
    this.local.set(index, {
      name: this.files[index]!.name,
      state: 'failed',
      error: { code: 'PHOTO_UNREADABLE', ...said },
    });
    if (this.job) this.update(this.job);
  }

  private update(job: ImportJob): void {
    this.job = job;
    const files = job.files.map((file, index) => this.local.get(index) ?? file);
    const done = files.filter((file) => TERMINAL.has(file.state)).length;
    const state = job.state === 'cancelled' ? 'cancelled' : done === files.length ? 'finished' : 'running';
    this.publish({ files, total: files.length, done, state });
  }

  private publish(patch: Partial<ImportSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/**
 * The photos an import brought (or found already) in the library, each once, in the order of its first
 * file: the same picture chosen twice is one photo, and is inserted once.
 */
export function importedPhotoIds(snapshot: ImportSnapshot): string[] {
  return [...new Set(snapshot.files.flatMap((file) => (file.photoId ? [file.photoId] : [])))];
}

const idle = () => () => {};

/** Whether an import is still under way: running, or cancelled with a photo still being finished. */
export function importUnderWay(snapshot: ImportSnapshot): boolean {
  if (snapshot.state === 'starting' || snapshot.state === 'running') return true;
  return snapshot.files.some((file) => file.state === 'queued' || file.state === 'working');
}

/** Whether this import (if any) is still under way: its button waits for it. */
export function useImportRunning(run: PhotoImportRun | null): boolean {
  return useSyncExternalStore(run?.subscribe ?? idle, () => (run ? importUnderWay(run.snapshot) : false));
}
