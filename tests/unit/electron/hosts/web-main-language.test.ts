// Browser mode refuses a data folder it cannot use before any settings can be read: the refusal is
// said in the system's language (LC_ALL, LC_MESSAGES, LANG), as the command line's is.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../support/temp-folder';

const REPO = path.resolve(import.meta.dirname, '../../../..');

async function startIn(dataDir: string, lang: string): Promise<{ code: number; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: lang };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  return promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', path.join(REPO, 'electron/hosts/web-main.ts'), '--data', dataDir, '--port', '0'],
    { cwd: REPO, env, timeout: 60_000 },
  ).then(
    () => ({ code: 0, stderr: '' }),
    (error: unknown) => error as { code: number; stderr: string },
  );
}

describe('browser mode refusing a data folder before its settings can be read', () => {
  it('says it in Indonesian under an Indonesian locale, else in English', async () => {
    const file = path.join(tempFolder('redaksi-web-lang'), 'bukan-folder');
    fs.writeFileSync(file, 'catatan');
    const id = await startIn(file, 'id_ID.UTF-8');
    expect(id.code).toBe(1);
    expect(id.stderr).toContain(`${file} adalah berkas, padahal seharusnya folder`);
    const en = await startIn(file, 'en_US.UTF-8');
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(`${file} is a file, where a folder should be`);
    expect(fs.readFileSync(file, 'utf8')).toBe('catatan');
  });
});
