import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkerReply } from '../../../../../electron/services/photos/worker-protocol';
import { photoFixture } from '../../../support/photos';
import { tempFolder } from '../../../support/temp-folder';

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');
let out: string | null = null;
afterEach(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe('the photo worker in the Electron build', () => {
  it('is bundled beside main as photo-worker.js and imports a photo on its own thread', async () => {
    // Inside the repository, so the bundle finds sharp in node_modules as the packaged app does.
    out = fs.mkdtempSync(path.join(repoRoot, 'node_modules', '.cache-redaksi-build-'));
    execFileSync(process.execPath, ['scripts/build-electron.mjs', '--out', out], {
      cwd: repoRoot,
      stdio: 'pipe',
    });
    const script = path.join(out, 'main', 'photo-worker.js');
    expect(fs.readFileSync(script, 'utf8')).not.toMatch(/from ["']electron["']/);

    const dataDir = tempFolder('redaksi-worker');
    const staged = path.join(dataDir, 'kosmodrom.upload');
    fs.copyFileSync(photoFixture('kosmodrom.jpg'), staged);
    const worker = new Worker(script, { workerData: { dataDir } });
    try {
      const reply = await new Promise<WorkerReply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ taskId: 7, stagedFile: staged, name: 'kosmodrom.jpg' });
      });
      expect(reply).toMatchObject({
        taskId: 7,
        ok: true,
        photo: { ext: 'jpg', width: 1600, text: { credit: 'AFP' } },
      });
    } finally {
      await worker.terminate();
    }
  });
});
