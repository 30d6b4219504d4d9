/**
 * `npm run bench` runs every benchmark; `npm run bench -- B1 B4` runs those. Prints one table and
 * writes bench/results.json. Timings are always ratios against a baseline measured in the same run
 * (QUALITY.md): absolute times drift on a shared machine, ratios hold.
 */
import path from 'node:path';
import { runB4 } from './b4-search';
import { runB5 } from './b5-import';
import { runB6 } from './b6-export';
import { runB7 } from './b7-import-typing';
import { REPO } from './fixtures/cache';
import { formatTable, writeResults, type BenchResult } from './report';
import { openEditorBench, type EditorBench } from './browser/session';
import { runB1 } from './b1-keystroke';
import { runB2 } from './b2-open';
import { runB3 } from './b3-autosave';

type Runner = (log: (line: string) => void, editors: () => Promise<EditorBench>) => Promise<BenchResult>;

const BENCHMARKS: Record<string, Runner> = {
  B1: (log, editors) => editors().then((bench) => runB1(bench, log)),
  B2: (log, editors) => editors().then((bench) => runB2(bench, log)),
  B3: (log, editors) => editors().then((bench) => runB3(bench, log)),
  B4: (log) => runB4(log),
  B5: (log) => runB5(log),
  B6: (log) => runB6(log),
  B7: (log, editors) => editors().then((bench) => runB7(bench, log)),
};

async function main(): Promise<void> {
  const asked = process.argv.slice(2).map((name) => name.toUpperCase());
  const unknown = asked.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0)
    throw new Error(`Unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
  const selected = asked.length > 0 ? asked : Object.keys(BENCHMARKS);
  const log = (line: string) => console.log(line);
  const session: { editors: Promise<EditorBench> | null } = { editors: null };
  const openEditors = () => (session.editors ??= openEditorBench(log));
  const results: Record<string, BenchResult> = {};
  const failed: string[] = [];
  const started = Date.now();
  try {
    for (const name of selected) {
      log(`— ${name}`);
      const began = Date.now();
      try {
        results[name] = await BENCHMARKS[name]!(log, openEditors);
      } catch (error) {
        // One benchmark failing (a timeout on a loaded machine) still leaves the others' results.
        failed.push(name);
        console.error(`  ${name} failed:`, error);
      }
      log(`  ${name} took ${((Date.now() - began) / 1000).toFixed(0)} s`);
    }
  } finally {
    if (session.editors) await (await session.editors).close();
  }
  const rows = Object.values(results).flatMap((result) => result.rows);
  console.log(`\n${formatTable(rows)}\n`);
  const file = path.join(REPO, 'bench', 'results.json');
  writeResults(file, results, {
    command: `npm run bench${asked.length ? ` -- ${asked.join(' ')}` : ''}`,
    seconds: Math.round((Date.now() - started) / 1000),
  });
  console.log(`Results written to ${path.relative(process.cwd(), file)}`);
  if (failed.length > 0) {
    console.error(`Failed: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
