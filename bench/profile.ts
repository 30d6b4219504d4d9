/**
 * `npx tsx bench/profile.ts open|type [side]|save` — where the time goes in B2, B1 or B3: a CPU profile of
 * the renderer (self and total time per function) and a Chromium trace of its main thread (time per
 * event: Layout, UpdateLayoutTree, FunctionCall…). Set BENCH_READABLE=1 for unminified names, BENCH_TOP=n
 * for longer lists, BENCH_NESTED=<event> for what happens inside one kind of event, BENCH_DOC=small for the
 * 100-paragraph article, BENCH_INTERVAL=<µs> for the CPU profile's sampling interval (200 by default).
 */
import type { CDPSession, Page } from 'playwright-core';
import { openEditorBench } from './browser/session';
import { PROBE_SOURCE } from './browser/probe';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { type?: string } };
}

const label = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
const top = (times: Map<string, number>, unit: number) =>
  [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.BENCH_TOP ?? 25))
    .map(([name, time]) => `${(time / unit).toFixed(1).padStart(9)} ms  ${name}`)
    .join('\n');

function printProfile(profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const time = profile.timeDeltas[i] ?? 0;
    self.set(label(byId.get(id)!), (self.get(label(byId.get(id)!)) ?? 0) + time);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at)!);
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + time);
      seen.add(name);
    }
  });
  console.log(`— CPU profile, self time\n${top(self, 1000)}\n— CPU profile, total time\n${top(total, 1000)}`);
}

function printTrace(events: TraceEvent[]): void {
  const busy = new Map<number, number>();
  for (const e of events) if (e.name === 'RunTask' && e.dur) busy.set(e.tid, (busy.get(e.tid) ?? 0) + e.dur);
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const time = new Map<string, number>();
  for (const e of events) {
    if (e.tid !== main || e.ph !== 'X' || !e.dur) continue;
    const name = e.name + (e.args?.data?.type ? `:${e.args.data.type}` : '');
    time.set(name, (time.get(name) ?? 0) + e.dur);
  }
  // BENCH_NESTED=EventDispatch:textInput: time of the events inside each such event, by name.
  if (process.env.BENCH_NESTED) {
    const outer = events.filter(
      (e) =>
        e.tid === main &&
        e.ph === 'X' &&
        e.name + (e.args?.data?.type ? ':' + e.args.data.type : '') === process.env.BENCH_NESTED,
    );
    const inner = new Map<string, number>();
    for (const o of outer) {
      const [start, end] = [o.ts, o.ts + (o.dur ?? 0)];
      for (const e of events) {
        if (e === o || e.tid !== main || e.ph !== 'X' || !e.dur) continue;
        if (e.ts >= start && e.ts + e.dur <= end) {
          const name = e.name + (e.args?.data?.type ? `:${e.args.data.type}` : '');
          inner.set(name, (inner.get(name) ?? 0) + e.dur);
        }
      }
    }
    console.log(`— inside ${process.env.BENCH_NESTED} (${outer.length})\n${top(inner, 1000)}`);
  }
  const counts = (name: string) =>
    events.filter((e) => e.tid === main && e.ph === 'X' && e.name === name).length;
  console.log(
    `counts: computeIntersections ${counts('IntersectionObserverController::computeIntersections')}, Layout ${counts('Layout')}, Paint ${counts('Paint')}`,
  );
  const long = events.filter((e) => e.tid === main && e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  console.log(`— main thread trace\n${top(time, 1000)}`);
  console.log(`tasks over 50 ms: ${long.map((e) => (e.dur! / 1000).toFixed(0)).join(', ') || 'none'}`);
}

async function profiled(page: Page, cdp: CDPSession, work: () => Promise<unknown>): Promise<void> {
  const browser = page.context().browser()!;
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.BENCH_INTERVAL ?? 200) });
  await browser.startTracing(page, {
    categories: [
      'toplevel',
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink',
      'blink.user_timing',
      'loading',
    ],
  });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  printProfile(profile as unknown as CpuProfile);
  printTrace(trace.traceEvents);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(what: string): Promise<void> {
  const bench = await openEditorBench((line) => console.log(line));
  try {
    const page = await bench.newPage();
    const cdp = await page.context().newCDPSession(page);
    if (what === 'open') {
      await page.goto(`${bench.app.url}#/articles`);
      await page.evaluate(PROBE_SOURCE);
      await page.getByText('Artikel panjang').first().waitFor();
      await profiled(page, cdp, async () => {
        await page.evaluate(`location.hash = '#/article/${bench.large.id}'`);
        await page.waitForFunction(
          (blocks) => (document.querySelector('.rx-body')?.childElementCount ?? 0) >= blocks,
          bench.large.blocks,
        );
        await page.evaluate('window.__probe.afterFrame()');
      });
      return;
    }
    // `type` can profile a baseline too, for comparison: `npx tsx bench/profile.ts type prosemirror`.
    const side =
      what === 'type' ? ((process.argv[3] ?? 'redaksi') as Parameters<typeof bench.open>[1]) : 'redaksi';
    await bench.open(page, side, process.env.BENCH_DOC === 'small' ? 'small' : 'large');
    await bench.caretMid(page, side);
    if (what === 'type') {
      // Warmed up as B1 is: a few keys, and the caret put back in the middle paragraph.
      for (let i = 0; i < 6; i += 1) {
        await page.keyboard.press('j');
        await sleep(90);
      }
      await bench.caretMid(page, side);
      await profiled(page, cdp, async () => {
        for (let i = 0; i < 20; i += 1) {
          await page.keyboard.press('k');
          await sleep(90);
        }
      });
    } else {
      await page.keyboard.press('y');
      await sleep(600);
      await profiled(page, cdp, async () => {
        await page.keyboard.press('Control+s');
        await page.waitForResponse((response) => response.url().includes('/api/articles.save'));
        await page.locator('.rx-save-saved').waitFor();
      });
    }
  } finally {
    await bench.close();
  }
}

main(process.argv[2] ?? 'type').catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
