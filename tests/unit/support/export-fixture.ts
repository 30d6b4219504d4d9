import type { StoredNode } from '../../../shared/editor/document';
import {
  documentOf,
  heading,
  link,
  list,
  listItem,
  paragraph,
  quote,
  sourceMark,
  text,
  linebreak,
  paragraphs,
} from './documents';
import type { TestServices } from './services';

export const pageBreak = (): StoredNode => ({ type: 'page-break', version: 1 });
export const relatedArticle = (articleId: string, title: string): StoredNode => ({
  type: 'related-link',
  version: 1,
  title,
  articleId,
});
export const relatedUrl = (url: string, title: string): StoredNode => ({
  type: 'related-link',
  version: 1,
  title,
  url,
});

/** The web address the full-featured body's second related link points to, as typed (with a space). */
export const RELATED_URL = 'https://www.voanews.com/a/kim putin-rocket';
/** The headline of the library article the full-featured body links to ("Baca juga"). */
export const RELATED_HEADLINE = 'Korea Utara Luncurkan Satelit Mata-mata';

const sentence = (n: number) =>
  `Kalimat nomor ${n} menjelaskan pertemuan kedua pemimpin di kosmodrom dengan rincian yang cukup panjang untuk dibaca.`;
const longParagraph = (from: number) =>
  paragraph(text([0, 1, 2, 3, 4, 5].map((i) => sentence(from + i)).join(' ')));

/**
 * A full-featured article body: every node type the editor has, over three pages. The quote is
 * attributed to `quoteSourceId` when one is given (a source in the registry), and a related link
 * points to the library article `relatedArticleId` when one is given (one to a web address always).
 */
export function fullFeaturedBody(quoteSourceId?: string, relatedArticleId?: string) {
  const quoted = text('“Kami siap bekerja sama,” kata Putin.');
  return documentOf(
    paragraph(
      text('Presiden Rusia Vladimir Putin menerima Kim Jong Un di Vostochny. ', 0),
      text('Pertemuan', 1),
      text(' itu ', 0),
      text('bersejarah', 2),
      text('.', 0),
    ),
    longParagraph(1),
    ...(relatedArticleId ? [relatedArticle(relatedArticleId, 'Judul lama yang sudah diganti')] : []),
    heading('h2', text('Latar belakang')),
    quote(quoteSourceId ? sourceMark(quoteSourceId, quoted) : quoted),
    longParagraph(10),
    pageBreak(),
    list(
      'bullet',
      listItem(text('Poin satu')),
      listItem(text('Poin dua'), list('bullet', listItem(text('Sub-poin')))),
    ),
    list('number', listItem(text('Langkah pertama')), listItem(text('Langkah kedua'))),
    paragraph(
      text('Baca laporan ', 0),
      link('https://www.voanews.com/a/kim-putin', text('Voice of America')),
      text(' dan ', 0),
      text('garis', 8),
      text(' serta ', 0),
      text('coret', 4),
      text('.'),
    ),
    longParagraph(20),
    pageBreak(),
    heading('h3', text('Reaksi internasional')),
    paragraph(text('Baris pertama'), linebreak(), text('baris kedua.')),
    relatedUrl(RELATED_URL, 'Roket <b>Kim</b> & Putin'),
    longParagraph(30),
  );
}

/** The published article the full-featured body links to, created once per database. */
async function relatedTarget(services: TestServices): Promise<string> {
  const [found] = await services.ok('articles.list', { query: RELATED_HEADLINE });
  if (found) return found.id;
  const created = await services.ok('articles.create', {
    headline: RELATED_HEADLINE,
    lead: 'Satelit itu diluncurkan dari Sohae.',
    status: 'published',
  });
  await services.ok('articles.save', { ...created, body: paragraphs('Peluncuran dilakukan malam hari.') });
  return created.id;
}

/** Creates and saves an article with every metadata field filled and the full-featured body. */
export async function createFullArticle(services: TestServices, overrides: { headline?: string } = {}) {
  const related = await relatedTarget(services);
  const created = await services.ok('articles.create', {});
  const putin = await services.ok('sources.create', {
    kind: 'person',
    name: 'Vladimir Putin',
    role: 'Presiden Rusia',
  });
  await services.ok('articles.save', {
    ...created,
    rubric: 'Internasional',
    headline: overrides.headline ?? 'Kim Jong Un dan Putin Bertemu di Kosmodrom Vostochny',
    lead: 'Pertemuan kedua pemimpin membahas kerja sama militer dan luar angkasa.',
    writers: ['Ani Lestari', 'Budi Santoso'],
    editor: 'Citra Dewi',
    dateline: { prefix: 'TRIBUN-MEDAN.COM', place: 'Vladivostok' },
    tags: ['Kim Jong Un', 'Korea Utara', 'Rusia'],
    status: 'ready',
    body: fullFeaturedBody(putin.id, related),
  });
  return services.ok('articles.get', { id: created.id });
}
