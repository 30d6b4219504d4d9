import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const run = promisify(execFile);
export const SHARED = path.resolve(import.meta.dirname, '../../../../shared');

export interface VnuMessage {
  type: string;
  subType?: string;
  message: string;
  url: string;
  lastLine?: number;
}

/** The W3C Nu HTML Checker (vnu-jar, Java) over the given files: every error it reports. */
export async function nuErrors(files: string[]): Promise<VnuMessage[]> {
  const jar = require('vnu-jar') as string;
  const { stderr } = await run('java', ['-jar', jar, '--format', 'json', '--errors-only', ...files], {
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stderr: string }) => ({ stderr: error.stderr }));
  const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
  return messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
}

/** IPTC ninjs 3.1 validator from ../shared/standards (GeoJSON placeholder as its README says). */
export function ninjsValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  const schema = JSON.parse(
    fs.readFileSync(path.join(SHARED, 'standards/ninjs-schema_3.1.json'), 'utf8'),
  ) as object;
  return ajv.compile(schema);
}
