import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '../../..');

/**
 * A real browser-mode server on a temp data folder: `out/main/web.js`, which `npm run web` runs (built
 * by `npm run build`, as `npm run test:e2e` does first).
 */
export interface WebApp {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Ends the server process (SIGTERM, or SIGKILL to simulate a crash). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-e2e-'));
}

/** Starts browser mode; `port` 0 takes a free one, a given port restarts on the same address. */
export async function startWebApp(dataDir: string = tempDataDir(), port = 0): Promise<WebApp> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(REPO, 'out/main/web.js'), '--data', dataDir, '--port', String(port)],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Redaksi is running at (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${output}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    dataDir,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
