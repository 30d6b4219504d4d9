import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerStart, WorkerTask } from './worker-protocol';

// A runaway decoder kills the worker, not the app: the file fails and the next one gets a fresh worker.
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 };

/**
 * Starts worker.ts. From the TypeScript sources (browser mode and tests run them through tsx) the
 * worker registers tsx first; in the Electron build it is the bundled photo-worker.js beside main.
 */
function startWorker(dataDir: string): Worker {
  const workerData: WorkerStart = { dataDir };
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const source = JSON.stringify(new URL('./worker.ts', here).href);
    const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}); })`;
    return new Worker(boot, { eval: true, workerData, resourceLimits: RESOURCE_LIMITS });
  }
  return new Worker(new URL('./photo-worker.js', here), { workerData, resourceLimits: RESOURCE_LIMITS });
}

/** One worker thread, started on first use, that processes one task at a time. */
export class PhotoWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: {
    taskId: number;
    resolve: (reply: WorkerReply) => void;
    reject: (error: Error) => void;
  } | null = null;

  constructor(private readonly dataDir: string) {}

  process(task: Omit<WorkerTask, 'taskId'>): Promise<WorkerReply> {
    if (this.pending) return Promise.reject(new Error('The photo worker is busy.'));
    const worker = this.ensure();
    const taskId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending = { taskId, resolve, reject };
      worker.postMessage({ ...task, taskId } satisfies WorkerTask);
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.fail(new Error('Redaksi is closing.'));
    if (worker) await worker.terminate();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(this.dataDir);
    // The worker must not keep a closing process alive.
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const pending = this.pending;
      if (!pending || pending.taskId !== reply.taskId) return;
      this.pending = null;
      pending.resolve(reply);
    });
    worker.on('error', (error) => {
      console.error('[redaksi] the photo worker failed:', error);
      if (this.worker === worker) this.worker = null;
      this.fail(error);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      this.fail(new Error('The photo worker stopped.'));
    });
    this.worker = worker;
    return worker;
  }

  private fail(error: Error): void {
    const pending = this.pending;
    this.pending = null;
    pending?.reject(error);
  }
}
