/**
 * B4: full-text search over 100,000 articles, top 20 ranked with a status filter, through the
 * service layer the UI calls (listArticles), against plain FTS5 `MATCH … LIMIT 20` and a naive LIKE
 * scan, alternating the sides query by query, several rounds.
 */
import { performance } from 'node:perf_hooks';
import type { Database } from 'better-sqlite3';
import type { ArticleStatus } from '../shared/api/article';
import { listArticles, toFtsQuery } from '../electron/services/articles/search';
import { openDatabase } from '../electron/services/db/open';
import { archiveFile } from './fixtures/article-db';
import { buildVocabulary, seededRandom } from './fixtures/text';
import { p95, median, ratios, type BenchResult } from './report';

const ARTICLES = 100_000;
const ROUNDS = 5;
const LIKE_ROUNDS = 3;

interface Query {
  text: string;
  status: ArticleStatus;
  kind: string;
}

/** A fixed mix: very common words, mid and rare words, prefixes still being typed, two-word queries. */
function queries(): Query[] {
  const { words } = buildVocabulary(20_000);
  const random = seededRandom(11);
  const tail = (from: number, to: number) => words[from + Math.floor(random() * (to - from))]!;
  const list: Array<[string, string]> = [
    ...['yang ', 'pemerintah ', 'warga ', 'harga ', 'presiden ', 'banjir '].map((t): [string, string] => [
      t,
      'common',
    ]),
    ...Array.from({ length: 6 }, (): [string, string] => [`${tail(300, 2000)} `, 'mid']),
    ...Array.from({ length: 8 }, (): [string, string] => [`${tail(5000, 20000)} `, 'rare']),
    ...['pe', 'pem', 'pres', 'ban', 'kor', 'medan'].map((t): [string, string] => [t, 'prefix']),
    ...['banjir medan ', 'harga beras ', 'sepak bola ', 'harga ber', 'wali kota', 'dana bantuan sos'].map(
      (t): [string, string] => [t, 'two words'],
    ),
  ];
  const statuses: ArticleStatus[] = ['published', 'published', 'draft', 'ready'];
  return list.map(([text, kind], i) => ({ text, kind, status: statuses[i % statuses.length]! }));
}

const time = (run: () => unknown): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

function sides(db: Database) {
  const plain = db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 20');
  const likeFor = (words: number) =>
    db.prepare(
      `SELECT seq FROM articles WHERE ${Array.from(
        { length: words },
        () => '(headline LIKE ?1 OR lead LIKE ?1 OR body_text LIKE ?1 OR tags_text LIKE ?1)',
      )
        .map((clause, i) => clause.replaceAll('?1', `?${i + 2}`))
        .join(' AND ')} AND status = ?1 LIMIT 20`,
    );
  return {
    ours: (q: Query) => listArticles(db, { query: q.text, status: q.status, limit: 20 }),
    plain: (q: Query) => plain.all(toFtsQuery(q.text)),
    like: (q: Query) => {
      const words = q.text.trim().split(/\s+/);
      // better-sqlite3 binds numbered parameters (?1, ?2…) from an object keyed by number.
      const bound: Record<number, string> = { 1: q.status };
      words.forEach((word, i) => (bound[i + 2] = `%${word}%`));
      return likeFor(words.length).all(bound);
    },
  };
}

export async function runB4(log: (line: string) => void): Promise<BenchResult> {
  const file = await archiveFile(ARTICLES, log);
  const { db } = await openDatabase(file);
  try {
    const list = queries();
    const run = sides(db);
    for (const q of list) {
      run.ours(q);
      run.plain(q);
    }
    const perRound = {
      ours: [] as number[][],
      plain: [] as number[][],
      like: [] as number[][],
      oursL: [] as number[][],
    };
    for (let round = 0; round < ROUNDS; round += 1) {
      const ours: number[] = [];
      const plain: number[] = [];
      list.forEach((q, i) => {
        // Alternate which side goes first, so neither always finds the cache warmed by the other.
        if ((i + round) % 2 === 0) {
          ours.push(time(() => run.ours(q)));
          plain.push(time(() => run.plain(q)));
        } else {
          plain.push(time(() => run.plain(q)));
          ours.push(time(() => run.ours(q)));
        }
      });
      perRound.ours.push(ours);
      perRound.plain.push(plain);
    }
    for (let round = 0; round < LIKE_ROUNDS; round += 1) {
      const like: number[] = [];
      const ours: number[] = [];
      for (const q of list) {
        ours.push(time(() => run.ours(q)));
        like.push(time(() => run.like(q)));
      }
      perRound.like.push(like);
      perRound.oursL.push(ours);
    }
    const all = (rounds: number[][]) => rounds.flat();
    const byKind: Record<string, { ours: number; plain: number }> = {};
    for (const kind of new Set(list.map((q) => q.kind))) {
      const indexes = list.flatMap((q, i) => (q.kind === kind ? [i] : []));
      const pick = (rounds: number[][]) => rounds.flatMap((r) => indexes.map((i) => r[i]!));
      byKind[kind] = { ours: median(pick(perRound.ours)), plain: median(pick(perRound.plain)) };
    }
    const oursP95 = p95(all(perRound.ours));
    const ratioP95 = ratios(perRound.ours.map(p95), perRound.plain.map(p95));
    const ratioP50 = ratios(perRound.ours.map(median), perRound.plain.map(median));
    const ratioLike = ratios(perRound.oursL.map(p95), perRound.like.map(p95));
    const common = { benchmark: 'B4 search 100k', unit: 'ms' };
    return {
      rows: [
        {
          ...common,
          metric: 'p95 ranked+status',
          ours: oursP95,
          baseline: p95(all(perRound.plain)),
          baselineName: 'plain MATCH LIMIT 20',
          ratio: ratioP95,
          target: 'p95 ≤ 10 ms; ≤ 1.5×',
          met: oursP95 <= 10 && ratioP95.median <= 1.5,
        },
        {
          ...common,
          metric: 'p50 ranked+status',
          ours: median(all(perRound.ours)),
          baseline: median(all(perRound.plain)),
          baselineName: 'plain MATCH LIMIT 20',
          ratio: ratioP50,
          target: '(information)',
          met: true,
        },
        {
          ...common,
          metric: 'p95 ranked+status',
          ours: p95(all(perRound.oursL)),
          baseline: p95(all(perRound.like)),
          baselineName: 'naive LIKE',
          ratio: ratioLike,
          target: '≤ 0.01× (≥ 100× faster)',
          met: ratioLike.median <= 0.01,
        },
      ],
      details: {
        articles: ARTICLES,
        rounds: ROUNDS,
        queries: list,
        medianMsByKind: byKind,
        perQueryMedianMs: list.map((q, i) => ({
          query: q.text,
          status: q.status,
          ours: median(perRound.ours.map((r) => r[i]!)),
          plain: median(perRound.plain.map((r) => r[i]!)),
          like: median(perRound.like.map((r) => r[i]!)),
        })),
      },
    };
  } finally {
    db.close();
  }
}
