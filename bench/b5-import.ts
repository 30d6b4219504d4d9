/**
 * B5: importing one 24-megapixel JPEG — header check, metadata, SHA-256, one decode then every
 * rendition (240/480/960/1600 px × WebP + JPEG) and the original stored — against one sharp
 * decode-and-shrink of the same file to the 1600 px WebP rendition (same encoder settings). A
 * shrink to a 1600 px JPEG, the cheapest single output, is reported beside it. Every side runs with
 * the photo worker's sharp settings (one libvips thread, no cache), alternating, several rounds;
 * the import's peak RSS growth is sampled.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { processPhoto } from '../electron/services/photos/process';
import { cacheFolder } from './fixtures/cache';
import { median, ratios, type BenchResult } from './report';

const ROUNDS = 5;
const TARGET = 2.5;

const toWebp = (bytes: Buffer) =>
  sharp(bytes).resize({ width: 1600 }).webp({ quality: 80, effort: 1 }).toBuffer();
const toJpeg = (bytes: Buffer) => sharp(bytes).resize({ width: 1600 }).jpeg({ quality: 84 }).toBuffer();

/** A 6000 × 4000 JPEG with photo-like texture (smoothed noise), made once and cached. */
async function twentyFourMegapixels(): Promise<Buffer> {
  const file = path.join(cacheFolder('b5'), '24mp.jpg');
  if (!fs.existsSync(file)) {
    const noise = await sharp({
      create: {
        width: 1500,
        height: 1000,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .blur(1.2)
      .png()
      .toBuffer();
    await sharp(noise).resize(6000, 4000, { kernel: 'cubic' }).jpeg({ quality: 90 }).toFile(file);
  }
  return fs.readFileSync(file);
}

/** Runs `work` while sampling the process's resident memory; returns the time and the peak growth. */
async function measure(work: () => Promise<unknown>): Promise<{ ms: number; peakMiB: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, peakMiB: (peak - before) / 2 ** 20 };
}

export async function runB5(log: (line: string) => void): Promise<BenchResult> {
  sharp.concurrency(1);
  sharp.cache(false);
  const bytes = await twentyFourMegapixels();
  log(`  24-megapixel JPEG: ${(bytes.length / 2 ** 20).toFixed(1)} MB`);
  const ours: number[] = [];
  const baseline: number[] = [];
  const jpegOnly: number[] = [];
  const peaks: number[] = [];
  // One warm-up of each side: libvips loads its codecs on first use.
  const warm = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-b5-'));
  await processPhoto(bytes, 'warm-up.jpg', warm);
  await toWebp(bytes);
  await toJpeg(bytes);
  fs.rmSync(warm, { recursive: true, force: true });
  for (let round = 0; round < ROUNDS; round += 1) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-b5-'));
    const sides = [
      async () => {
        const result = await measure(() => processPhoto(bytes, '24mp.jpg', dataDir));
        ours.push(result.ms);
        peaks.push(result.peakMiB);
      },
      async () => baseline.push((await measure(() => toWebp(bytes))).ms),
      async () => jpegOnly.push((await measure(() => toJpeg(bytes))).ms),
    ];
    // Alternate which side goes first, so neither always meets a warm or a cold cache.
    for (const side of round % 2 === 0 ? sides : sides.reverse()) await side();
    fs.rmSync(dataDir, { recursive: true, force: true });
    log(
      `  round ${round + 1}: import ${ours.at(-1)!.toFixed(0)} ms, to a 1600 px WebP ${baseline.at(-1)!.toFixed(0)} ms, to a 1600 px JPEG ${jpegOnly.at(-1)!.toFixed(0)} ms`,
    );
  }
  const ratio = ratios(ours, baseline);
  const versusJpeg = ratios(ours, jpegOnly);
  const peak = Math.max(...peaks);
  return {
    rows: [
      {
        benchmark: 'B5',
        metric: 'import of a 24 MP JPEG (8 renditions + original)',
        ours: median(ours),
        baseline: median(baseline),
        baselineName: 'one decode-and-shrink to a 1600 px WebP',
        unit: 'ms',
        ratio,
        target: `≤ ${TARGET}×; memory bounded`,
        met: ratio.median <= TARGET,
        note: `peak RSS growth ${peak.toFixed(0)} MiB; ${versusJpeg.median.toFixed(2)}× a shrink to a 1600 px JPEG`,
      },
    ],
    details: {
      rounds: ROUNDS,
      oursMs: ours,
      baselineWebpMs: baseline,
      baselineJpegMs: jpegOnly,
      ratioVersusJpeg: versusJpeg,
      peakRssGrowthMiB: peaks,
      sharpConcurrency: 1,
    },
  };
}
