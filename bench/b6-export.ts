/**
 * B6: exporting articles whose photo renditions already exist, through `export.run` as the command
 * line's batch export calls it (render, preflight, write the package into a temporary folder with
 * fsync per file, rename into place), against the I/O floor: the very files that export produces,
 * rendered beforehand in memory (`prepareExport`), written the same way (temporary folder beside the
 * target, `wx` + fsync per file, rename) and timed alone.
 *
 * 1,000 articles are made through the contract in a temporary data folder (seeded text; one in three
 * has a photo block, one in four a featured photo, from 3 photos imported once through the contract).
 * Each round exports a different fifth of them (200 articles) on each side, into fresh target folders,
 * alternating which side goes first; 5 rounds cover all 1,000 on both sides. Reported per article.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Input, Method, Output } from '../shared/api/contract';
import type { Result } from '../shared/api/errors';
import { dispatch } from '../electron/services/dispatch';
import { prepareExport } from '../electron/services/export/run';
import { writePackageFolder } from '../electron/services/export/write';
import { openServices, type Services } from '../electron/services/services';
import { documentOf, paragraphNode } from './fixtures/article-body';
import { generatedPhotos } from './fixtures/photos';
import { buildVocabulary, seededRandom, TextWriter } from './fixtures/text';
import { median, ratios, spreadOf, type BenchResult } from './report';

const ARTICLES = 1_000;
const ROUNDS = 5;
const PER_ROUND = ARTICLES / ROUNDS;
const TARGET = 3;

type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

const caller =
  (services: Services): Call =>
  async (method, input) => {
    const result = (await dispatch(services.handlers, method, input)) as Result<Output<typeof method>>;
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
    return result.value;
  };

/** Imports the photos through the contract as the renderer does; returns their library ids. */
async function importPhotos(call: Call, files: string[]): Promise<string[]> {
  const job = await call('photos.importBegin', {
    files: files.map((file) => ({ name: path.basename(file), size: fs.statSync(file).size })),
  });
  for (const [index, file] of files.entries()) {
    await call('photos.importFile', { jobId: job.id, index, data: fs.readFileSync(file).toString('base64') });
  }
  for (;;) {
    const status = await call('photos.importStatus', { jobId: job.id });
    if (status.done === status.total) {
      const ids = status.files.map((file) => file.photoId);
      if (ids.some((id) => !id)) throw new Error(`photo import failed: ${JSON.stringify(status.files)}`);
      // The desk's captions and credits, which preflight requires of a featured photo.
      for (const [i, id] of (ids as string[]).entries()) {
        await call('photos.update', {
          id,
          caption: `Foto pilihan nomor ${i + 1} dari arsip redaksi.`,
          credit: 'Foto: Redaksi',
          altText: `Foto arsip ${i + 1}`,
        });
      }
      return ids as string[];
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function seedArticles(call: Call, photoIds: string[]): Promise<string[]> {
  const writer = new TextWriter(buildVocabulary(8000), 606);
  const random = seededRandom(6060);
  const ids: string[] = [];
  for (let i = 0; i < ARTICLES; i += 1) {
    const created = await call('articles.create', {});
    const children = Array.from({ length: 6 + Math.floor(random() * 10) }, () =>
      paragraphNode(writer.paragraph(30 + Math.floor(random() * 20))),
    );
    if (i % 3 === 0) {
      children.splice(2, 0, {
        type: 'photo',
        version: 1,
        photoId: photoIds[i % photoIds.length]!,
        caption: writer.sentence(10),
        credit: `Foto: ${writer.title(2)}`,
        altText: writer.sentence(6),
      });
    }
    await call('articles.save', {
      ...created,
      headline: writer.title(6 + Math.floor(random() * 5)),
      lead: writer.sentence(18),
      rubric: 'Medan',
      tags: [writer.word(), writer.word()],
      slug: `artikel-b6-${i}`,
      slugManual: true,
      status: 'ready',
      featuredPhotoId: i % 4 === 1 ? photoIds[(i + 1) % photoIds.length]! : null,
      body: documentOf(children),
    });
    ids.push(created.id);
  }
  return ids;
}

export async function runB6(log: (line: string) => void): Promise<BenchResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-b6-data-'));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-b6-out-'));
  const services = await openServices({ dataDir, version: '0.0.0-bench' });
  const call = caller(services);
  try {
    const photoIds = await importPhotos(call, await generatedPhotos(3, 1600, 1200, log));
    let started = performance.now();
    const ids = await seedArticles(call, photoIds);
    log(
      `  ${ids.length} articles made through the contract in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const setup = {
      profile: services.settings.get().publication,
      styleTemplate: fs.readFileSync(
        path.resolve(import.meta.dirname, '../resources/export/style.css'),
        'utf8',
      ),
      dataDir,
    };
    // Warm-up: a few exports on each side, outside the measurement.
    const warm = fs.mkdtempSync(path.join(outDir, 'warm-'));
    for (const id of ids.slice(0, 5)) {
      await call('export.run', { id, folder: warm, zip: false, acceptWarnings: true });
      const prepared = prepareExport(services.db, id, setup);
      writePackageFolder(warm, `${prepared.folderName}-floor`, prepared.plan.files);
    }
    const ours: number[] = [];
    const floor: number[] = [];
    const prepareMs: number[] = [];
    let files = 0;
    let bytes = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const slice = ids.slice(round * PER_ROUND, (round + 1) * PER_ROUND);
      const sides = [
        async () => {
          const target = fs.mkdtempSync(path.join(outDir, `ours-${round}-`));
          started = performance.now();
          for (const id of slice)
            await call('export.run', { id, folder: target, zip: false, acceptWarnings: true });
          ours.push((performance.now() - started) / slice.length);
        },
        async () => {
          const target = fs.mkdtempSync(path.join(outDir, `floor-${round}-`));
          started = performance.now();
          const prepared = slice.map((id) => prepareExport(services.db, id, setup));
          prepareMs.push((performance.now() - started) / slice.length);
          if (round === 0) {
            for (const { plan } of prepared) {
              files += plan.files.length;
              for (const file of plan.files)
                bytes +=
                  typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.length;
            }
          }
          started = performance.now();
          // The floor: the same bytes through the exporter's own writer (temporary folder, wx + fsync, rename).
          for (const { folderName, plan } of prepared) writePackageFolder(target, folderName, plan.files);
          floor.push((performance.now() - started) / slice.length);
        },
      ];
      for (const side of round % 2 === 0 ? sides : sides.reverse()) await side();
      log(
        `  round ${round + 1}: export ${ours.at(-1)!.toFixed(2)} ms/article, floor ${floor.at(-1)!.toFixed(2)} ms/article (render in memory ${prepareMs.at(-1)!.toFixed(2)} ms/article)`,
      );
    }
    const ratio = ratios(ours, floor);
    return {
      rows: [
        {
          benchmark: 'B6 export',
          metric: `export.run per article (${ARTICLES} articles, renditions made)`,
          ours: median(ours),
          baseline: median(floor),
          baselineName: 'writing the same files pre-rendered (I/O floor)',
          unit: 'ms',
          ratio,
          target: `≤ ${TARGET}× floor`,
          met: ratio.median <= TARGET,
          note: `${ARTICLES} articles ≈ ${((median(ours) * ARTICLES) / 1000).toFixed(1)} s; in-memory render ${median(prepareMs).toFixed(2)} ms/article`,
        },
      ],
      details: {
        articles: ARTICLES,
        rounds: ROUNDS,
        articlesPerRoundPerSide: PER_ROUND,
        withPhotoBlock: Math.ceil(ARTICLES / 3),
        withFeaturedPhoto: Math.floor((ARTICLES + 2) / 4),
        filesPerArticle: files / PER_ROUND,
        bytesPerArticle: Math.round(bytes / PER_ROUND),
        oursMsPerArticle: ours,
        floorMsPerArticle: floor,
        prepareMsPerArticle: spreadOf(prepareMs),
        fsyncPerFile: true,
      },
    };
  } finally {
    services.close();
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
