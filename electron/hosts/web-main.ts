// `npm run web -- --data DIR --port N [--open-backup]`: the renderer and services in a browser, for machines without Electron.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openServices, StartRefused } from '../services/services';
import { resolveDataFolder } from './data-folder';
import { localeLanguage } from './locale-language';
import { startWebHost } from './http';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, port: { type: 'string' }, 'open-backup': { type: 'boolean' } },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535, not "${values.port}".`);
  const dataDir = resolveDataFolder(values.data);
  const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  const services = await openServices({
    dataDir,
    version,
    openBackupIfNewer: values['open-backup'] === true,
    fallbackLanguage: localeLanguage(),
  });
  // After the data folder: what it says (a newer database, a backup to open) comes first.
  const staticRoot = path.join(repoRoot, 'out', 'renderer');
  if (!fs.existsSync(path.join(staticRoot, 'index.html'))) {
    services.close();
    throw new Error('The renderer is not built: run `npm run web`, which builds it first.');
  }
  const host = await startWebHost({
    handlers: services.handlers,
    media: { ...services.media, preview: services.preview },
    staticRoot,
    token: randomBytes(24).toString('hex'),
    port,
  });
  console.log(`Redaksi is running at ${host.url}`);
  console.log(`Data folder: ${dataDir}`);

  const stop = async () => {
    await host.close();
    services.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `Redaksi could not start: ${error.message}` : error);
  // The desktop app asks; here the choice is a flag.
  if (error instanceof StartRefused && error.backup !== null)
    console.error('To open that backup instead, start again with --open-backup.');
  process.exit(1);
});
