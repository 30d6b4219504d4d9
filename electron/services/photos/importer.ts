import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { MAX_PHOTO_BYTES, type ImportFileStatus, type ImportJob } from '../../../shared/api/photo';
import { say } from '../../../shared/api/wording';
import { isProcessRunning } from '../alive';
import { removeIncomingLeftovers, untouchedLong } from './leftovers';
import { storedFilesPresent } from './media';
import { megabytes } from './formats';
import type { ProcessedPhoto } from './process';
import { PhotoWorker } from './worker-thread';
import type { WorkerFailure } from './worker-protocol';

/** Stores a processed photo in the library; says which photo it is and whether it was there already. */
export type AddToLibrary = (photo: ProcessedPhoto, name: string) => { photoId: string; duplicate: boolean };

interface Task {
  job: ImportJob;
  index: number;
  stagedFile: string;
}

const KEPT_JOBS = 20;
export const STAGING_FOLDER = 'imports';

const TERMINAL = new Set<ImportFileStatus['state']>(['imported', 'duplicate', 'failed', 'cancelled']);

/**
 * The import queue. The renderer declares a batch (`begin`), sends each file's bytes (`add`), and
 * polls `status`; uploads are staged on disk and processed one at a time by the photo worker, so a
 * 200-photo batch holds at most one photo in memory. `cancel` drops the files not yet started.
 */
export class PhotoImporter {
  private readonly jobs = new Map<string, ImportJob>();
  private readonly queue: Task[] = [];
  private readonly worker: PhotoWorker;
  private busy = false;
  private closed = false;
  private readonly staging: string;
  /** Bytes staged so far of files arriving in pieces, by job and index. */
  private readonly received = new Map<string, number>();

  constructor(
    private readonly dataDir: string,
    private readonly addToLibrary: AddToLibrary,
  ) {
    // Each process stages in its own folder (a command-line run beside the app must not touch the
    // app's uploads); what a process that has ended left there is of no use to anyone. An earlier
    // version staged in imports/ itself (`<job>-<index>.upload`) and may be running now: what it left
    // goes once untouched for long.
    const imports = path.join(dataDir, STAGING_FOLDER);
    this.staging = path.join(imports, String(process.pid));
    for (const entry of fs.existsSync(imports) ? fs.readdirSync(imports) : []) {
      const place = path.join(imports, entry);
      const pid = /^\d+$/.test(entry) ? Number(entry) : null;
      if (pid !== null && pid !== process.pid && isProcessRunning(pid)) continue;
      if (pid === null && !untouchedLong(place)) continue;
      fs.rmSync(place, { recursive: true, force: true });
    }
    removeIncomingLeftovers(dataDir);
    this.worker = new PhotoWorker(dataDir);
  }

  begin(files: Array<{ name: string; size: number }>): ImportJob {
    const job: ImportJob = {
      id: randomUUID(),
      state: 'running',
      total: files.length,
      done: 0,
      files: files.map(({ name, size }) =>
        size > MAX_PHOTO_BYTES
          ? { name, state: 'failed', error: tooLarge(name, size) }
          : { name, state: 'waiting' },
      ),
    };
    this.jobs.set(job.id, job);
    this.forgetOldJobs();
    this.settle(job);
    return structuredClone(job);
  }

  /** A file's bytes, whole or (with `more`) piece by piece in order; the last piece queues it. */
  async add(jobId: string, index: number, bytes: Buffer, more = false): Promise<ImportJob> {
    const job = this.job(jobId);
    const file = job.files[index];
    if (!file) throw new ApiError('VALIDATION', `This import has no file number ${index + 1}.`);
    const stagedFile = path.join(this.staging, `${job.id}-${index}.upload`);
    const key = `${job.id}-${index}`;
    if (job.state === 'cancelled') {
      if (this.received.delete(key)) await fs.promises.rm(stagedFile, { force: true });
      return structuredClone(job);
    }
    if (file.state !== 'waiting')
      throw new ApiError('CONFLICT', `${file.name} was already sent for this import.`, { index });
    const before = this.received.get(key) ?? 0;
    const received = before + bytes.length;
    if (received > MAX_PHOTO_BYTES) {
      this.received.delete(key);
      await fs.promises.rm(stagedFile, { force: true });
      this.finish(job, index, { state: 'failed', error: tooLarge(file.name, received) });
      return structuredClone(job);
    }
    await fs.promises.mkdir(this.staging, { recursive: true });
    if (more) {
      this.received.set(key, received);
      await fs.promises[before === 0 ? 'writeFile' : 'appendFile'](stagedFile, bytes);
      // Cancelled while the piece was being written: what it wrote goes too.
      if ((job.state as ImportJob['state']) === 'cancelled') {
        this.received.delete(key);
        await fs.promises.rm(stagedFile, { force: true });
      }
      return structuredClone(job);
    }
    // Queued at once, so the same file sent twice is refused; staged without blocking the host's thread.
    this.received.delete(key);
    file.state = 'queued';
    await fs.promises[before === 0 ? 'writeFile' : 'appendFile'](stagedFile, bytes);
    if (job.files[index]!.state !== 'queued' || this.closed) {
      await fs.promises.rm(stagedFile, { force: true });
      return structuredClone(job);
    }
    this.queue.push({ job, index, stagedFile });
    void this.pump();
    return structuredClone(job);
  }

  status(jobId: string): ImportJob {
    return structuredClone(this.job(jobId));
  }

  cancel(jobId: string): ImportJob {
    const job = this.job(jobId);
    if (job.state !== 'running') return structuredClone(job);
    for (let i = this.queue.length - 1; i >= 0; i -= 1) {
      const task = this.queue[i]!;
      if (task.job !== job) continue;
      this.queue.splice(i, 1);
      fs.rmSync(task.stagedFile, { force: true });
    }
    job.files.forEach((file, index) => {
      if (file.state === 'waiting' || file.state === 'queued')
        this.finish(job, index, { state: 'cancelled' });
      // The pieces of a file half sent are of no use now.
      if (this.received.delete(`${job.id}-${index}`))
        fs.rmSync(path.join(this.staging, `${job.id}-${index}.upload`), { force: true });
    });
    // The photo being processed finishes; the job reads "cancelled" from now on.
    job.state = 'cancelled';
    return structuredClone(job);
  }

  /** Resolves once every file of the job has an outcome (tests and the CLI wait on it). */
  async whenSettled(jobId: string, pollMs = 20): Promise<ImportJob> {
    for (;;) {
      const job = this.job(jobId);
      if (job.done === job.total) return structuredClone(job);
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    await this.worker.stop();
  }

  private job(jobId: string): ImportJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new ApiError('NOT_FOUND', say('gone.import'), { jobId });
    return job;
  }

  private async pump(): Promise<void> {
    if (this.busy || this.closed) return;
    const task = this.queue.shift();
    if (!task) return;
    this.busy = true;
    const { job, index, stagedFile } = task;
    const file = job.files[index]!;
    file.state = 'working';
    try {
      let reply = await this.worker.process({ stagedFile, name: file.name });
      // The worker reuses the files of an earlier import of the same photo; if that photo was deleted
      // meanwhile, its files went with it: make them again. Checked and stored with no await between,
      // so no delete can come in between (deletes run on this thread, synchronously).
      for (let attempt = 1; reply.ok && !this.filesPresent(reply.photo); attempt += 1) {
        if (attempt === 2) throw new Error(`the files of ${reply.photo.sha256} are missing after processing`);
        reply = await this.worker.process({ stagedFile, name: file.name });
      }
      if (this.closed) return;
      if (!reply.ok) this.finish(job, index, { state: 'failed', error: reply.error });
      else {
        const { photoId, duplicate } = this.addToLibrary(reply.photo, file.name);
        this.finish(job, index, { state: duplicate ? 'duplicate' : 'imported', photoId });
      }
    } catch (error) {
      console.error(`[redaksi] importing ${file.name} failed:`, error);
      this.finish(job, index, { state: 'failed', error: internal(file.name) });
    } finally {
      fs.rmSync(stagedFile, { force: true });
      this.busy = false;
      void this.pump();
    }
  }

  private filesPresent(photo: ProcessedPhoto): boolean {
    return storedFilesPresent(this.dataDir, photo.sha256, photo.ext);
  }

  private finish(job: ImportJob, index: number, outcome: Omit<ImportFileStatus, 'name'>): void {
    const file = job.files[index]!;
    if (TERMINAL.has(file.state)) return;
    job.files[index] = { name: file.name, ...outcome };
    this.settle(job);
  }

  private settle(job: ImportJob): void {
    job.done = job.files.filter((file) => TERMINAL.has(file.state)).length;
    if (job.done === job.total && job.state === 'running') job.state = 'finished';
  }

  private forgetOldJobs(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEPT_JOBS) break;
      if (job.state !== 'running') this.jobs.delete(id);
    }
  }
}

const tooLarge = (name: string, size: number): WorkerFailure => ({
  code: 'PHOTO_TOO_LARGE',
  ...say('photo.tooManyBytes', { name, size: megabytes(size), limit: megabytes(MAX_PHOTO_BYTES) }),
});

const internal = (name: string): WorkerFailure => ({
  code: 'INTERNAL',
  ...say('photo.notStored', { name }),
});
