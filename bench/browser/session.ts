/**
 * The browser side of B1–B3: builds the renderer, browser mode's server and the baseline pages, writes the generated
 * documents, starts browser mode (as the e2e tests do) seeded through the API, serves the baseline
 * pages from a second loopback server, and launches Debian's Chromium.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { callApi } from '../../tests/e2e/support/api';
import { startWebApp, type WebApp } from '../../tests/e2e/support/web-app';
import {
  largeBody,
  smallBody,
  toProseMirrorJson,
  unpagedBody,
  type GeneratedBody,
} from '../fixtures/article-body';
import { cacheFolder, REPO } from '../fixtures/cache';
import { CARET_MID_SOURCE, PROBE_SOURCE } from './probe';

export type Side = 'redaksi' | 'lexical' | 'prosemirror';
export interface SeededArticle {
  id: string;
  blocks: number;
  body: GeneratedBody;
}

export interface EditorBench {
  app: WebApp;
  large: SeededArticle;
  small: SeededArticle;
  /** The large article without page breaks (Redaksi only). */
  unpaged: SeededArticle;
  /** A fresh page in its own browser context (its own renderer process). */
  newPage(): Promise<Page>;
  /** Loads a side with a document; resolves once its editor shows every block. */
  open(page: Page, side: Side, doc: 'large' | 'small' | 'unpaged'): Promise<void>;
  /** Installs the probes and puts the caret in the middle of the document. */
  caretMid(page: Page, side: Side): Promise<void>;
  close(): Promise<void>;
}

export const ROOT_SELECTOR: Record<Side, string> = {
  redaksi: '.rx-body[contenteditable="true"]',
  lexical: '.bench-editor[contenteditable="true"]',
  prosemirror: '.ProseMirror',
};

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

function servePages(root: string, docs: string): Promise<{ origin: string; close(): Promise<void> }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const name = path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    const base = name.startsWith('docs/') ? docs : root;
    const file = path.join(base, name.startsWith('docs/') ? name.slice(5) : name);
    if (!file.startsWith(base) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    }),
  );
}

async function seed(app: WebApp, headline: string, body: GeneratedBody): Promise<SeededArticle> {
  const created = await callApi(app, 'articles.create', {});
  await callApi(app, 'articles.save', { ...created, headline, body: body.document });
  return { id: created.id, blocks: body.blocks, body };
}

export async function openEditorBench(log: (line: string) => void): Promise<EditorBench> {
  log('Building the renderer and the baseline pages…');
  // BENCH_READABLE=1 keeps names readable in CPU profiles (unminified renderer).
  const minify = process.env.BENCH_READABLE !== '1';
  await build({ configFile: path.join(REPO, 'vite.config.ts'), logLevel: 'warn', build: { minify } });
  await build({ configFile: path.join(REPO, 'bench', 'pages', 'vite.config.ts') });
  // Browser mode's server (out/main/web.js), which startWebApp runs, from these sources.
  execFileSync(process.execPath, [path.join(REPO, 'scripts', 'build-electron.mjs')], { stdio: 'inherit' });
  const large = largeBody();
  const small = smallBody();
  log(
    `Large article: ${large.blocks} blocks (${large.included.pageBreaks} page breaks, ${large.included.photos} photos)`,
  );
  const docs = cacheFolder('docs');
  for (const [name, body] of [
    ['large', large],
    ['small', small],
  ] as const) {
    fs.writeFileSync(path.join(docs, `${name}.lexical.json`), JSON.stringify(body.document));
    fs.writeFileSync(path.join(docs, `${name}.pm.json`), JSON.stringify(toProseMirrorJson(body.document)));
  }
  const pages = await servePages(cacheFolder('pages'), docs);
  const app = await startWebApp();
  const seeded = {
    large: await seed(app, 'Artikel panjang', large),
    small: await seed(app, 'Artikel pendek', small),
    unpaged: await seed(app, 'Artikel panjang tanpa halaman', unpagedBody()),
  };
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const contexts = new Set<{ close(): Promise<void> }>();

  const waitForBlocks = (page: Page, side: Side, blocks: number) =>
    page.waitForFunction(
      ([selector, count]) =>
        (document.querySelector(selector as string)?.childElementCount ?? 0) >= (count as number),
      [ROOT_SELECTOR[side], blocks],
      { timeout: 120_000, polling: 200 },
    );

  return {
    app,
    ...seeded,
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      contexts.add(context);
      return context.newPage();
    },
    async open(page, side, doc) {
      const article = seeded[doc];
      if (side === 'redaksi') {
        await page.goto(`${app.url}#/article/${article.id}`);
      } else {
        if (doc === 'unpaged') throw new Error('The document without page breaks is only seeded in Redaksi.');
        await page.goto(`${pages.origin}/${side}.html?doc=${doc}`);
        await page.waitForFunction(() => window.benchPage !== undefined);
        await page.evaluate(() => window.benchPage!.open());
      }
      await waitForBlocks(page, side, article.blocks);
      await page.evaluate(PROBE_SOURCE);
    },
    async caretMid(page, side) {
      await page.bringToFront();
      await page.evaluate(CARET_MID_SOURCE(ROOT_SELECTOR[side]));
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await app.stop();
      await pages.close();
    },
  };
}
