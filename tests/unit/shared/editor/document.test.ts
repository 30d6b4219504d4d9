import { describe, expect, it } from 'vitest';
import {
  describeShapeProblem,
  documentPlainText,
  emptyDocument,
  unknownNodeTypes,
  type StoredDocument,
} from '../../../../shared/editor/document';
import {
  documentOf,
  heading,
  linebreak,
  link,
  list,
  listItem,
  paragraph,
  quote,
  text,
} from '../../support/documents';

/** A document whose body is `depth` quotes, each inside the previous one, built without recursion. */
function nestedDocument(depth: number): unknown {
  const root: { type: string; children: unknown[] } = { type: 'root', children: [] };
  let parent = root;
  for (let i = 0; i < depth; i += 1) {
    const child = { type: 'quote', children: [] as unknown[] };
    parent.children.push(child);
    parent = child;
  }
  parent.children.push({ type: 'text', text: 'deep' });
  return { root };
}

describe('documentPlainText', () => {
  it('gives one line per paragraph, heading and quote, in reading order', () => {
    const document = documentOf(
      heading('h2', text('Banjir Melanda Medan')),
      paragraph(text('Hujan deras sejak '), text('Senin malam', 1), text(' membuat sungai meluap.')),
      quote(text('Air naik cepat sekali,'), text(' kata warga.')),
      paragraph(text('Petugas masih berjaga.')),
    );
    expect(documentPlainText(document)).toBe(
      [
        'Banjir Melanda Medan',
        'Hujan deras sejak Senin malam membuat sungai meluap.',
        'Air naik cepat sekali, kata warga.',
        'Petugas masih berjaga.',
      ].join('\n'),
    );
  });

  it('keeps the text of links inside their paragraph', () => {
    const document = documentOf(
      paragraph(
        text('Baca juga '),
        link('https://example.com/a', text('laporan lengkapnya')),
        text(' di sini.'),
      ),
    );
    expect(documentPlainText(document)).toBe('Baca juga laporan lengkapnya di sini.');
  });

  it('turns a line break inside a paragraph into a new line', () => {
    const document = documentOf(paragraph(text('Baris satu'), linebreak(), text('Baris dua')));
    expect(documentPlainText(document)).toBe('Baris satu\nBaris dua');
  });

  it('gives one line per list item, nested lists included, in reading order', () => {
    const document = documentOf(
      list(
        'bullet',
        listItem(text('Pertama')),
        listItem(list('number', listItem(text('Pertama a')), listItem(text('Pertama b')))),
        listItem(text('Kedua')),
      ),
      paragraph(text('Sesudah daftar')),
    );
    expect(documentPlainText(document)).toBe(
      ['Pertama', 'Pertama a', 'Pertama b', 'Kedua', 'Sesudah daftar'].join('\n'),
    );
  });

  it('keeps reading order when a list item holds text followed by a nested list', () => {
    const document = documentOf(
      list('bullet', listItem(text('Induk'), list('bullet', listItem(text('Anak'))))),
    );
    expect(documentPlainText(document)).toBe('Induk\nAnak');
  });

  it('skips empty paragraphs', () => {
    expect(documentPlainText(emptyDocument())).toBe('');
    expect(documentPlainText(documentOf(paragraph(), paragraph(text('Isi')), paragraph()))).toBe('Isi');
  });
});

describe('unknownNodeTypes', () => {
  it('finds none in a document of standard rich-text nodes', () => {
    const document = documentOf(
      heading('h2', text('Judul')),
      paragraph(link('https://example.com', text('tautan'))),
      list('bullet', listItem(text('butir'))),
      quote(text('kutipan')),
    );
    expect(unknownNodeTypes(document)).toEqual([]);
  });

  it('names every unknown type once, sorted, wherever it is nested', () => {
    const document = documentOf(
      paragraph(text('a'), { type: 'youtube', version: 1, videoID: 'x' }),
      list('bullet', listItem({ type: 'equation', version: 1 }), listItem({ type: 'youtube', version: 1 })),
    );
    expect(unknownNodeTypes(document)).toEqual(['equation', 'youtube']);
  });
});

describe('describeShapeProblem', () => {
  it('accepts an empty document and a document of standard nodes', () => {
    expect(describeShapeProblem(emptyDocument())).toBeNull();
    expect(describeShapeProblem(documentOf(paragraph(text('Halo'))))).toBeNull();
  });

  it('refuses values that are not objects', () => {
    for (const value of [null, undefined, 'text', 42, true, [], [{ root: {} }]]) {
      expect(describeShapeProblem(value)).toMatch(/must be an object with a root node/);
    }
  });

  it('refuses a document without a root, or whose root is not of type "root"', () => {
    expect(describeShapeProblem({})).toMatch(/root node/);
    expect(describeShapeProblem({ root: 'root' })).toMatch(/root node/);
    expect(describeShapeProblem({ root: { type: 'paragraph', children: [] } })).toMatch(/type "root"/);
  });

  it('refuses a root without a list of children', () => {
    expect(describeShapeProblem({ root: { type: 'root' } })).toMatch(/list of children/);
    expect(describeShapeProblem({ root: { type: 'root', children: {} } })).toMatch(/list of children/);
  });

  it('refuses children that are not nodes, or not in a list', () => {
    expect(describeShapeProblem({ root: { type: 'root', children: ['text'] } })).toMatch(/needs a type/);
    expect(describeShapeProblem({ root: { type: 'root', children: [{ children: [] }] } })).toMatch(
      /needs a type/,
    );
    expect(describeShapeProblem({ root: { type: 'root', children: [{ type: 7 }] } })).toMatch(/needs a type/);
    expect(
      describeShapeProblem({ root: { type: 'root', children: [{ type: 'paragraph', children: 'x' }] } }),
    ).toBe('The children of a "paragraph" node must be a list.');
  });

  it('refuses text that is not a string', () => {
    const document = {
      root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 5 }] }] },
    };
    expect(describeShapeProblem(document)).toBe('Text in the body must be a string.');
  });

  it('returns a problem for a document nested 10,000 levels deep, without overflowing the stack', () => {
    const deep = nestedDocument(10_000);
    expect(() => describeShapeProblem(deep)).not.toThrow();
    expect(describeShapeProblem(deep)).toMatch(/nested deeper than/);
  });

  it('accepts the nesting a real article has (a few levels of lists)', () => {
    expect(describeShapeProblem(nestedDocument(20))).toBeNull();
    expect(documentPlainText(nestedDocument(20) as StoredDocument)).toBe('deep');
  });
});
