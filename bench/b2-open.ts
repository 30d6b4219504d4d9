/**
 * B2: open the 10,000-paragraph article until its body accepts input. Redaksi: from the article
 * list, navigate to the article (fetch, parse, render) until the editor shows every block and the
 * next frame is painted. Baselines: bare Lexical parseEditorState + setEditorState of the same JSON,
 * and ProseMirror JSON.parse + EditorState.create + EditorView, to the same painted frame.
 */
import type { Page } from 'playwright-core';
import { ROOT_SELECTOR, type EditorBench } from './browser/session';
import { PROBE_SOURCE } from './browser/probe';
import { median, ratios, type BenchResult } from './report';

const ROUNDS = 5;

const OPEN_ARTICLE = (id: string, selector: string, blocks: number) => `(async () => {
  const start = performance.now();
  const shown = () => (document.querySelector(${JSON.stringify(selector)})?.childElementCount ?? 0) >= ${blocks};
  await new Promise((resolve) => {
    const observer = new MutationObserver(() => shown() && (observer.disconnect(), resolve()));
    observer.observe(document.body, { subtree: true, childList: true });
    location.hash = '#/article/${id}';
  });
  const { painted } = await window.__probe.afterFrame();
  return painted - start;
})()`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openList(page: Page): Promise<void> {
  await page.evaluate(`location.hash = '#/articles'`);
  await page.getByText('Artikel panjang').first().waitFor();
  await sleep(400);
}

export async function runB2(bench: EditorBench, log: (line: string) => void): Promise<BenchResult> {
  const redaksi = await bench.newPage();
  await redaksi.goto(`${bench.app.url}#/articles`);
  await redaksi.evaluate(PROBE_SOURCE);
  await openList(redaksi);
  const lexical = await bench.newPage();
  await bench.open(lexical, 'lexical', 'large');
  const prosemirror = await bench.newPage();
  await bench.open(prosemirror, 'prosemirror', 'large');

  const times = { redaksi: [] as number[], lexical: [] as number[], prosemirror: [] as number[] };
  const sides = {
    redaksi: async () => {
      await redaksi.bringToFront();
      const ms = (await redaksi.evaluate(
        OPEN_ARTICLE(bench.large.id, ROOT_SELECTOR.redaksi, bench.large.blocks),
      )) as number;
      await openList(redaksi);
      return ms;
    },
    lexical: async () => (
      await lexical.bringToFront(),
      (await lexical.evaluate('window.benchPage.open()')) as number
    ),
    prosemirror: async () => (
      await prosemirror.bringToFront(),
      (await prosemirror.evaluate('window.benchPage.open()')) as number
    ),
  };
  await sides.redaksi(); // warm-up: first JIT of the whole open path
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = (['redaksi', 'lexical', 'prosemirror'] as const).slice();
    if (round % 2 === 1) order.reverse();
    for (const side of order) {
      times[side].push(await sides[side]());
      await sleep(300);
    }
    log(`  round ${round + 1}: ${order.map((s) => `${s} ${times[s].at(-1)!.toFixed(0)} ms`).join(', ')}`);
  }
  for (const page of [redaksi, lexical, prosemirror]) await page.context().close();

  const common = { benchmark: 'B2 open', metric: 'open → accepts input', unit: 'ms' };
  const vsLexical = ratios(times.redaksi, times.lexical);
  const vsProseMirror = ratios(times.redaksi, times.prosemirror);
  return {
    rows: [
      {
        ...common,
        ours: median(times.redaksi),
        baseline: median(times.lexical),
        baselineName: 'bare Lexical setEditorState',
        ratio: vsLexical,
        target: '≤ 1.0×',
        met: vsLexical.median <= 1,
      },
      {
        ...common,
        ours: median(times.redaksi),
        baseline: median(times.prosemirror),
        baselineName: 'ProseMirror create+view',
        ratio: vsProseMirror,
        target: '≤ 2×',
        met: vsProseMirror.median <= 2,
      },
    ],
    details: { blocks: bench.large.blocks, timesMs: times },
  };
}
