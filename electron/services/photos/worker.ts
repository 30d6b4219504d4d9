// The photo worker (a worker thread): decoding and encoding happen here, never on the main thread that
// serves the API, so saves and the UI stay responsive while dozens of photos import.
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { processPhoto } from './process';
import { importFailure, readUpload } from './worker-failure';
import type { WorkerReply, WorkerStart, WorkerTask } from './worker-protocol';

// Only the decoders for the formats Redaksi accepts: SVG, PDF, TIFF, HEIF and the rest are refused by libvips itself.
sharp.block({ operation: ['VipsForeignLoad'] });
sharp.unblock({
  operation: [
    'VipsForeignLoadJpegBuffer',
    'VipsForeignLoadPngBuffer',
    'VipsForeignLoadWebpBuffer',
    // libvips reads GIF with libnsgif: "VipsForeignLoadGifBuffer" names no loader, so every GIF was refused.
    'VipsForeignLoadNsgifBuffer',
  ],
});
// One libvips thread and no operation cache: the other core stays free for typing, and memory stays flat.
sharp.concurrency(1);
sharp.cache(false);

const { dataDir } = workerData as WorkerStart;
const port = parentPort!;

port.on('message', (task: WorkerTask) => {
  void (async (): Promise<WorkerReply> => {
    try {
      const bytes = await readUpload(task.stagedFile);
      return { taskId: task.taskId, ok: true, photo: await processPhoto(bytes, task.name, dataDir) };
    } catch (error) {
      return {
        taskId: task.taskId,
        ok: false,
        error: importFailure(error, task.name, task.stagedFile, dataDir),
      };
    }
  })().then((reply) => port.postMessage(reply));
});
