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
} from './documents';
import type { TestServices } from './services';

export const pageBreak = (): StoredNode => ({ type: 'page-break', version: 1 });

const sentence = (n: number) =>
  `Kalimat nomor ${n} menjelaskan pertemuan kedua pemimpin di kosmodrom dengan rincian yang cukup panjang untuk dibaca.`;
const longParagraph = (from: number) =>
  paragraph(text([0, 1, 2, 3, 4, 5].map((i) => sentence(from + i)).join(' ')));

/**
 * A full-featured article body: every node type the editor has, over three pages. The quote is
 * attributed to `quoteSourceId` when one is given (a source in the registry).
 */
export function fullFeaturedBody(quoteSourceId?: string) {
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
    longParagraph(30),
  );
}

/** Creates and saves an article with every metadata field filled and the full-featured body. */
export async function createFullArticle(services: TestServices, overrides: { headline?: string } = {}) {
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
    body: fullFeaturedBody(putin.id),
  });
  return services.ok('articles.get', { id: created.id });
}
