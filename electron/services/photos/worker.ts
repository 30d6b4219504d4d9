// The photo worker (a worker thread): decoding and encoding happen here, never on the main thread that
// serves the API, so saves and the UI stay responsive while dozens of photos import.
import fs from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { PhotoRefused, processPhoto } from './process';
import { say } from '../../../shared/api/wording';
import { storageFailure } from '../storage-failure';
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
      const bytes = await fs.readFile(task.stagedFile);
      return { taskId: task.taskId, ok: true, photo: await processPhoto(bytes, task.name, dataDir) };
    } catch (error) {
      if (error instanceof PhotoRefused)
        return {
          taskId: task.taskId,
          ok: false,
          error: { code: error.code, message: error.message, wording: error.wording },
        };
      console.error(`[redaksi] importing ${task.name} failed:`, error);
      const refused = storageFailure(error, dataDir);
      return {
        taskId: task.taskId,
        ok: false,
        error:
          refused?.code === 'STORAGE_READ_ONLY'
            ? {
                code: refused.code,
                ...say('photo.notStoredDataFolder', { name: task.name, folder: refused.folder }),
              }
            : { code: 'INTERNAL', ...say('photo.notStored', { name: task.name }) },
      };
    }
  })().then((reply) => port.postMessage(reply));
});
