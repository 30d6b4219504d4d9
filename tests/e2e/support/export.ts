import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { callApi } from './api';
import type { WebApp } from './web-app';

/**
 * Exports the article (warnings accepted) into a new temporary folder named after `name`, and opens
 * its first page from disk in `page`, as a reader's browser would. The package's folder.
 */
export async function openExportedPage(page: Page, app: WebApp, id: string, name: string): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `redaksi-e2e-${name}-`));
  const { folder } = await callApi(app, 'export.run', { id, folder: out, zip: false, acceptWarnings: true });
  await page.goto(pathToFileURL(path.join(folder, 'index.html')).href);
  return folder;
}
