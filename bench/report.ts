/** Statistics, the printed table and bench/results.json. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: the p95 of 60 samples is the 57th smallest.
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}
export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p95 = (values: readonly number[]): number => quantile(values, 0.95);

export interface Spread {
  median: number;
  min: number;
  max: number;
}
export const spreadOf = (values: readonly number[]): Spread => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
});

/** One line of the table: ours against one baseline, measured alternately in the same run. */
export interface Row {
  benchmark: string;
  metric: string;
  ours: number;
  baseline: number;
  baselineName: string;
  unit: string;
  /** ours ÷ baseline, one value per round. */
  ratio: Spread;
  target: string;
  /** Met when the median ratio (and any absolute limit) is within the target. */
  met: boolean;
  note?: string;
}

export interface BenchResult {
  rows: Row[];
  details: Record<string, unknown>;
}

/** Ratio per round, from per-round values of each side. */
export const ratios = (ours: readonly number[], baseline: readonly number[]): Spread =>
  spreadOf(ours.map((value, i) => value / baseline[i]!));

const fmt = (value: number, unit: string): string =>
  Number.isFinite(value) ? `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ${unit}` : 'n/a';
const fmtRatio = (spread: Spread): string =>
  `${spread.median.toFixed(spread.median < 0.1 ? 4 : 2)}× (${spread.min.toFixed(spread.min < 0.1 ? 4 : 2)}–${spread.max.toFixed(spread.max < 0.1 ? 4 : 2)})`;

export function formatTable(rows: readonly Row[]): string {
  const header = ['benchmark', 'metric', 'ours', 'baseline', 'ratio median (min–max)', 'target', 'verdict'];
  const lines = rows.map((row) => [
    row.benchmark,
    row.metric,
    fmt(row.ours, row.unit),
    `${fmt(row.baseline, row.unit)} ${row.baselineName}`,
    fmtRatio(row.ratio),
    row.target,
    row.met ? 'met' : 'MISSED',
  ]);
  const widths = header.map((cell, i) => Math.max(cell.length, ...lines.map((line) => line[i]!.length)));
  const render = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [render(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(render)].join(
    '\n',
  );
}

export function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
  };
}

/** Merges this run's results into bench/results.json (a benchmark run alone replaces only its own). */
export function writeResults(
  file: string,
  results: Record<string, BenchResult>,
  extra: Record<string, unknown>,
) {
  let previous: { benchmarks?: Record<string, BenchResult> } = {};
  if (fs.existsSync(file)) {
    try {
      previous = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof previous;
    } catch {
      previous = {};
    }
  }
  const benchmarks = { ...(previous.benchmarks ?? {}), ...results };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `${JSON.stringify({ ranAt: new Date().toISOString(), machine: machine(), ...extra, benchmarks }, null, 2)}\n`,
  );
}
