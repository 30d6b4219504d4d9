/**
 * B3: what one autosave of the 10,000-paragraph article costs the renderer's main thread, against one
 * JSON.stringify of the same editor state (measured in the same page, alternately).
 *
 * The save is started with Ctrl+S (the autosave's own flush, without waiting for its timer)
 * 450 ms after a typed letter, once the editor's debounced work for that letter (word count, page tracking,
 * quote hints) is done. Measured: the task that runs the save up to the request (serialising the body,
 * from the key's timestamp to the end of its task), every long task (≥ 50 ms) until the save is
 * acknowledged, and the main thread's total busy time in that window (CDP TaskDuration).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { EditorBench } from './browser/session';
import { median, ratios, type BenchResult } from './report';

const ROUNDS = 7;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const ARM_SAVE_KEY = `(() => {
  window.__saveTask = new Promise((resolve) => {
    const onKey = (event) => {
      if (event.key.toLowerCase() !== 's' || !event.ctrlKey) return;
      document.removeEventListener('keydown', onKey, true);
      const start = event.timeStamp;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - start);
      channel.port2.postMessage(0);
    };
    document.addEventListener('keydown', onKey, true);
  });
  window.__probe.longtasks.length = 0;
})()`;

const STRINGIFY = `(() => {
  const editor = document.querySelector('.rx-body').__lexicalEditor;
  const start = performance.now();
  JSON.stringify(editor.getEditorState());
  return performance.now() - start;
})()`;

async function busyMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

async function oneSave(page: Page, cdp: CDPSession, letter: string) {
  // The autosave's own timer fires 800 ms after the letter: if it won the race, type again.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await page.keyboard.press(letter);
    await sleep(450);
    if ((await page.locator('.rx-save-dirty').count()) > 0) break;
    await page.locator('.rx-save-saved').waitFor();
  }
  await page.evaluate(ARM_SAVE_KEY);
  const before = await busyMs(cdp);
  const saved = page.waitForResponse((response) => response.url().includes('/api/articles.save'));
  await page.keyboard.press('Control+s');
  await saved;
  await page.locator('.rx-save-saved').waitFor();
  await page.evaluate('window.__probe.afterFrame()');
  const busy = (await busyMs(cdp)) - before;
  const task = (await page.evaluate('window.__saveTask')) as number;
  const longtasks = (await page.evaluate('window.__probe.longtasks.map((t) => t.duration)')) as number[];
  return { task, busy, maxLongTask: Math.max(0, ...longtasks) };
}

export async function runB3(bench: EditorBench, log: (line: string) => void): Promise<BenchResult> {
  const page = await bench.newPage();
  await bench.open(page, 'redaksi', 'large');
  await bench.caretMid(page, 'redaksi');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await oneSave(page, cdp, 'x'); // warm-up
  const saves: Array<Awaited<ReturnType<typeof oneSave>>> = [];
  const stringify: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const measureStringify = async () => stringify.push((await page.evaluate(STRINGIFY)) as number);
    if (round % 2 === 1) await measureStringify();
    saves.push(await oneSave(page, cdp, String.fromCharCode(97 + round)));
    if (round % 2 === 0) await measureStringify();
    const last = saves.at(-1)!;
    log(
      `  round ${round + 1}: save task ${last.task.toFixed(1)} ms, max long task ${last.maxLongTask.toFixed(0)} ms, busy ${last.busy.toFixed(0)} ms; stringify ${stringify.at(-1)!.toFixed(1)} ms`,
    );
  }
  await page.context().close();

  const tasks = saves.map((s) => s.task);
  const maxTask = Math.max(...saves.map((s) => Math.max(s.task, s.maxLongTask)));
  const ratio = ratios(tasks, stringify);
  return {
    rows: [
      {
        benchmark: 'B3 autosave',
        metric: 'main-thread save task',
        ours: median(tasks),
        baseline: median(stringify),
        baselineName: 'JSON.stringify(state)',
        unit: 'ms',
        ratio,
        target: '≤ 2×; no task > 50 ms',
        met: ratio.median <= 2 && maxTask <= 50,
        note: `max task ${maxTask.toFixed(0)} ms`,
      },
    ],
    details: { saves, stringifyMs: stringify, maxTaskMs: maxTask },
  };
}
