import { describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../../../shared/editor/document';
import { blockHasContent, blockWords } from '../../../../shared/pages/blocks';
import { proposeBreaks, type BreakProposal } from '../../../../shared/pages/propose';
import { documentOf, heading, paragraph, quote, text } from '../../support/documents';
import { LONG_ARTICLE_LIMITS, longArticle, pageBreak, photo, sentence } from '../../support/long-articles';

const words = (document: StoredDocument): number =>
  document.root.children.reduce((sum, block) => sum + blockWords(block), 0);

/** The rules every proposal keeps, checked against the document itself rather than the proposal's own numbers. */
function expectRulesKept(document: StoredDocument, proposal: BreakProposal): void {
  const children = document.root.children;
  const starts = [0, ...proposal.before];
  expect([...proposal.before].sort((a, b) => a - b)).toEqual(proposal.before);
  expect(new Set(proposal.before).size).toBe(proposal.before.length);
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? children.length;
    const blocks = children.slice(start, end).filter((block) => block.type !== 'page-break');
    expect(blocks.some(blockHasContent), `page ${i + 1} has content`).toBe(true);
    if (i + 1 < starts.length) {
      // Its last block that shows anything: a blank paragraph after a photo does not end the page.
      expect(['photo', 'heading'], `page ${i + 1} does not end on a photo or heading`).not.toContain(
        blocks.filter(blockHasContent).at(-1)!.type,
      );
    }
    if (words(document) > 0) expect(proposal.pages[i]!.words, `page ${i + 1} has words`).toBeGreaterThan(0);
    expect(proposal.pages[i]!.words).toBe(blocks.reduce((sum, block) => sum + blockWords(block), 0));
  });
  for (const index of proposal.before) expect(children[index]!.type).not.toBe('page-break');
}

describe('proposeBreaks', () => {
  it('balances long generated articles within the bound their largest block implies', () => {
    const report: string[] = [];
    for (const [blocks, seed] of [
      [400, 1],
      [1_000, 2],
      [2_500, 3],
      [10_000, 4],
    ] as const) {
      const document = longArticle(blocks, seed);
      const total = words(document);
      for (const pages of [2, 3, 5, 9, 10, 20]) {
        const proposal = proposeBreaks(document, { pages });
        expectRulesKept(document, proposal);
        expect(proposal.pages).toHaveLength(pages);
        // By construction of the fixture: a heading + photo + paragraph is the longest unbreakable run.
        const unit = LONG_ARTICLE_LIMITS.headingWords + LONG_ARTICLE_LIMITS.paragraphWords;
        expect(proposal.largestUnit).toBeLessThanOrEqual(unit);
        const share = total / pages;
        expect(share).toBeGreaterThan(unit); // so the bound below is finite
        for (const page of proposal.pages) {
          expect(page.words).toBeGreaterThanOrEqual(share - unit);
          expect(page.words).toBeLessThanOrEqual(share + unit);
        }
        expect(proposal.ratio).toBeLessThanOrEqual((share + unit) / (share - unit));
        report.push(
          `${blocks} blocks, ${pages} pages: max/min ${proposal.ratio.toFixed(3)} ≤ ${((share + unit) / (share - unit)).toFixed(3)}`,
        );
      }
    }
    console.info(`auto-split balance (max/min page words):\n${report.join('\n')}`);
  });

  it('takes a target in words per page as a limit: the fewest pages with none longer, as even as they allow', () => {
    const document = longArticle(1_000, 7);
    const proposal = proposeBreaks(document, { wordsPerPage: 2_000 });
    expect(proposal.pages.length).toBeGreaterThanOrEqual(Math.ceil(words(document) / 2_000));
    for (const page of proposal.pages) expect(page.words).toBeLessThanOrEqual(2_000);
    expectRulesKept(document, proposal);
    // 90 words at 65 per page: 1.4 pages, which rounding made one page of 90 words.
    const short = documentOf(...[30, 30, 30].map((n) => paragraph(text(sentence(n)))));
    expect(proposeBreaks(short, { wordsPerPage: 65 }).pages.map((page) => page.words)).toEqual([30, 60]);
    // 120 words at 100 per page: two pages would be 10 + 110 or 110 + 10, so it takes three.
    const uneven = documentOf(...[10, 100, 10].map((n) => paragraph(text(sentence(n)))));
    expect(proposeBreaks(uneven, { wordsPerPage: 100 }).pages.map((page) => page.words)).toEqual([
      10, 100, 10,
    ]);
  });

  it('meets a words-per-page limit with the fewest pages possible (checked against every way to split)', () => {
    let seed = 11;
    const next = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % below;
    };
    for (let round = 0; round < 200; round += 1) {
      const counts = Array.from({ length: 2 + next(7) }, () => 1 + next(60));
      const limit = Math.max(...counts) + next(80);
      // The fewest pages, none over the limit, by trying every set of cuts between the paragraphs.
      let fewest = Infinity;
      for (let mask = 0; mask < 1 << (counts.length - 1); mask += 1) {
        const pages: number[] = [0];
        counts.forEach((count, i) => {
          if (i > 0 && mask & (1 << (i - 1))) pages.push(0);
          pages[pages.length - 1]! += count;
        });
        if (pages.every((page) => page <= limit)) fewest = Math.min(fewest, pages.length);
      }
      const document = documentOf(...counts.map((n) => paragraph(text(sentence(n)))));
      const proposal = proposeBreaks(document, { wordsPerPage: limit });
      const label = `${counts.join('/')} at ${limit}`;
      expect(proposal.pages.length, label).toBe(fewest);
      for (const page of proposal.pages) expect(page.words, label).toBeLessThanOrEqual(limit);
      expectRulesKept(document, proposal);
    }
  });

  it('balances Thai pages by their words, not by their runs of letters between spaces', () => {
    // A sentence of 27 words with no space in it; three paragraphs of three, then three of "ฝนตกหนัก".
    const sentenceTh =
      'นายกรัฐมนตรีเดินทางไปเชียงใหม่เพื่อพบปะประชาชนและหารือเรื่องน้ำท่วมที่เกิดขึ้นในภาคเหนือของประเทศไทยเมื่อสัปดาห์ที่ผ่านมา';
    const long = paragraph(text(sentenceTh.repeat(3)));
    const short = paragraph(text('ฝนตกหนัก'));
    const document = documentOf(long, long, long, short, short, short);
    expect(blockWords(long)).toBe(81);
    expect(blockWords(short)).toBe(2);
    // Counted as one word a paragraph, the cut fell after the three long ones: 243 words, then 6.
    const proposal = proposeBreaks(document, { pages: 2 });
    expect(proposal.before).toEqual([2]);
    expect(proposal.pages.map((page) => page.words)).toEqual([162, 87]);
    expectRulesKept(document, proposal);
  });

  it('does not end a page on a photo or heading with only a blank paragraph after it', () => {
    // What Enter leaves behind: photo, empty paragraph; heading, empty paragraph.
    const document = documentOf(
      paragraph(text(sentence(60))),
      paragraph(text(sentence(60))),
      photo(),
      paragraph(),
      paragraph(text(sentence(60))),
      heading('h2', text('Sub judul')),
      paragraph(),
      paragraph(text(sentence(60))),
    );
    const proposal = proposeBreaks(document, { pages: 10 });
    expectRulesKept(document, proposal);
    // A page may start with the photo or the heading (two words), and does.
    expect(proposal.before).toEqual([1, 2, 5]);
    expect(proposal.pages.map((page) => page.words)).toEqual([60, 60, 60, 62]);
  });

  it('gives no page without words: a run of photos alone is no page of its own', () => {
    const document = documentOf(
      paragraph(text(sentence(40))),
      photo(),
      paragraph(text(sentence(40))),
      photo(),
    );
    const proposal = proposeBreaks(document, { pages: 4 });
    expectRulesKept(document, proposal);
    expect(proposal.before).toEqual([1]);
    expect(proposal.pages.map((page) => page.words)).toEqual([40, 40]);
    expect(Number.isFinite(proposal.ratio)).toBe(true);
  });

  it('never leaves a photo or heading as the last block of a page', () => {
    // Ideal break points fall right after the photo and after the heading; the proposal must move.
    const document = documentOf(
      paragraph(text(sentence(50))),
      photo(),
      paragraph(text(sentence(50))),
      heading('h2', text('Bagian dua')),
      paragraph(text(sentence(50))),
    );
    const proposal = proposeBreaks(document, { pages: 3 });
    expectRulesKept(document, proposal);
    expect(proposal.before).toEqual([1, 3]);
  });

  it('never splits a quote: breaks go only between top-level blocks', () => {
    const document = documentOf(
      paragraph(text(sentence(10))),
      quote(text(sentence(300))),
      paragraph(text(sentence(10))),
    );
    const proposal = proposeBreaks(document, { pages: 2 });
    expect(proposal.before.every((index) => index === 1 || index === 2)).toBe(true);
    expectRulesKept(document, proposal);
  });

  it('never cuts a quotation of several quote blocks in a row, however even the pages would be', () => {
    // Three quote paragraphs (as the Quote button makes them) between two short paragraphs: the even
    // cut for two pages falls between the quotes, and must go around the quotation instead.
    const document = documentOf(
      paragraph(text(sentence(20))),
      quote(text(sentence(100))),
      quote(text(sentence(100))),
      quote(text(sentence(100))),
      paragraph(text(sentence(20))),
    );
    const proposal = proposeBreaks(document, { pages: 2 });
    expect(proposal.before).toHaveLength(1);
    expect([1, 4]).toContain(proposal.before[0]);
    expectRulesKept(document, proposal);
    expect(proposeBreaks(document, { pages: 5 }).before).toEqual([1, 4]);
  });

  it('replaces the existing breaks and never proposes one before a blank paragraph', () => {
    const document = documentOf(
      paragraph(),
      paragraph(text(sentence(40))),
      pageBreak(),
      paragraph(text(sentence(40))),
      paragraph(text('  ')),
      paragraph(text(sentence(40))),
    );
    const proposal = proposeBreaks(document, { pages: 3 });
    expect(proposal.before).toEqual([3, 5]);
    expect(proposal.pages.map((page) => page.words)).toEqual([40, 40, 40]);
  });

  it('gives fewer pages than asked when there are not enough places to break', () => {
    const document = documentOf(paragraph(text(sentence(30))), paragraph(text(sentence(30))));
    expect(proposeBreaks(document, { pages: 5 }).pages).toHaveLength(2);
    expect(proposeBreaks(documentOf(paragraph()), { pages: 3 })).toMatchObject({ before: [], ratio: 1 });
    expect(proposeBreaks(document, { wordsPerPage: 0 }).pages.length).toBeGreaterThanOrEqual(1);
  });
});
