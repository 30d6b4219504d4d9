import { describe, expect, it } from 'vitest';
import { storedBlocks } from '../../../../shared/sources/blocks';
import { findQuotes, quoteExcerpt, unsourcedQuotes } from '../../../../shared/sources/quotes';
import {
  documentOf,
  heading,
  list,
  listItem,
  paragraph,
  quote,
  sourceMark,
  text,
} from '../../support/documents';

const SULLIVAN = '6f1c2a7e-4b1d-4c8e-9a37-2f0d5e8b1c44';
const quoted = (line: string) => findQuotes(line).map((found) => found.text);
const unsourced = (...blocks: Parameters<typeof documentOf>) =>
  storedBlocks(documentOf(...blocks)).flatMap((block) => unsourcedQuotes(block).map((found) => found.text));

describe('quote detection', () => {
  it('finds quotes in the Indonesian styles: “…”, „…“ and „…”', () => {
    expect(quoted('“Kami siap bekerja sama dengan Rusia,” kata Kim.')).toEqual([
      'Kami siap bekerja sama dengan Rusia,',
    ]);
    expect(quoted('Menurut dia, „hubungan kedua negara makin erat“ sejak tahun lalu.')).toEqual([
      'hubungan kedua negara makin erat',
    ]);
    expect(quoted('„Kami tidak akan mundur sedikit pun”, ujarnya.')).toEqual([
      'Kami tidak akan mundur sedikit pun',
    ]);
  });

  it('finds quotes in the English styles: “…”, typed "…" and «…»', () => {
    expect(
      quoted('“We are deeply concerned,” Sullivan said. "It is a violation of sanctions," he added.'),
    ).toEqual(['We are deeply concerned,', 'It is a violation of sanctions,']);
    expect(quoted('The envoy called it «a new chapter for both nations».')).toEqual([
      'a new chapter for both nations',
    ]);
  });

  it('treats a quote left open as running to the end of its paragraph (a quotation continued below)', () => {
    const [found] = findQuotes('Dia menambahkan: “Kami akan terus berunding sampai ada hasil');
    expect(found).toMatchObject({ text: 'Kami akan terus berunding sampai ada hasil', end: 60 });
  });

  it('does not count one or two words in quotation marks (a term, a title) as a direct quote', () => {
    expect(quoted('Pertemuan “bersejarah” itu disebut "kemitraan strategis" oleh media.')).toEqual([]);
    expect(quoted('Tanpa tanda kutip sama sekali.')).toEqual([]);
  });

  it('counts words as the article’s word count does: a quoted web address is one word, no words spoken', () => {
    expect(quoted('Alamatnya "https://www.voanews.com/" kata dia.')).toEqual([]);
    expect(quoted('Buka "laporan-akhir.pdf" atau “www.bps.go.id/berita” saja.')).toEqual([]);
    // Words joined by dashes or slashes, with no space, are still words spoken.
    expect(quoted('“Kami—tidak—tahu” jawabnya.')).toEqual(['Kami—tidak—tahu']);
    // Words around an address still make a quote.
    expect(quoted('“Baca di https://voanews.com sekarang juga,” katanya.')).toEqual([
      'Baca di https://voanews.com sekarang juga,',
    ]);
  });

  it('flags a quote with no source tag in its block; a tag inside it or elsewhere in the block sources it', () => {
    expect(
      unsourced(
        paragraph(text('“Kami prihatin atas pertemuan itu,” kata juru bicara.')),
        paragraph(sourceMark(SULLIVAN, text('“Ini melanggar sanksi PBB,”')), text(' kata Sullivan.')),
        paragraph(
          text('“Kami akan memantau dengan saksama,” kata '),
          sourceMark(SULLIVAN, text('Sullivan')),
          text('.'),
        ),
        heading('h2', text('Reaksi Washington')),
      ),
    ).toEqual(['Kami prihatin atas pertemuan itu,']);
  });

  it('treats a whole Quote block as a direct quote, with or without quotation marks', () => {
    expect(unsourced(quote(text('Kerja sama ini tidak mengancam siapa pun')))).toEqual([
      'Kerja sama ini tidak mengancam siapa pun',
    ]);
    expect(unsourced(quote(sourceMark(SULLIVAN, text('Kerja sama ini tidak mengancam siapa pun'))))).toEqual(
      [],
    );
  });

  it('reads list items as blocks of their own', () => {
    expect(
      unsourced(
        list(
          'bullet',
          listItem(text('“Kami siap berdialog kapan saja,” ujar menteri.')),
          listItem(text('Poin dua')),
        ),
      ),
    ).toEqual(['Kami siap berdialog kapan saja,']);
  });

  it('shows a quote in a warning in curly quotes, shortened when long', () => {
    expect(quoteExcerpt({ text: 'Kami siap' })).toBe('“Kami siap”');
    expect(quoteExcerpt({ text: 'kata '.repeat(40) }, 20)).toBe('“kata kata kata kata…”');
    // A quote block's text brings its own marks: not doubled.
    expect(quoteExcerpt({ text: '“Air naik sejak pagi,” kata warga.' })).toBe(
      '“Air naik sejak pagi,” kata warga.',
    );
    expect(quoteExcerpt({ text: '„Wir schaffen das“, sagte sie.' }, 12)).toBe('„Wir schaff…');
  });
});
