import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const REPO = path.resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

type Ran = { code: number; stdout: string; stderr: string };

/** Runs the command line (`electron/hosts/cli.ts`) as a publisher would, in its own process. */
export const cli = (...args: string[]): Promise<Ran> => cliWith({}, ...args);

/** The same, with these environment variables set (or, when undefined, unset) for it. */
export async function cliWith(env: NodeJS.ProcessEnv, ...args: string[]): Promise<Ran> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', path.join(REPO, 'electron/hosts/cli.ts'), ...args],
      { cwd: REPO, env: { ...process.env, ...env } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
