import { describe, expect, it } from 'vitest';
import { BODY_NAMESPACE, redaksiCopyNodes } from '../../../../renderer/editor/redaksiCopy';
import { link, list, listItem, paragraph, text } from '../../support/documents';

const copy = (nodes: unknown, namespace: unknown = BODY_NAMESPACE) => JSON.stringify({ namespace, nodes });

describe('redaksiCopyNodes', () => {
  it('reads a copy of the body: its namespace and only node types the body registers', () => {
    const nodes = [
      paragraph(text('Satu '), link('https://example.com/', text('tautan'))),
      list('number', listItem(text('Butir'))),
      { type: 'page-break', version: 1 },
    ];
    expect(redaksiCopyNodes(copy(nodes))).toEqual(nodes);
    // A copy of words inside one paragraph holds text nodes alone.
    expect(redaksiCopyNodes(copy([text('kata')]))).toEqual([text('kata')]);
  });

  it('takes another editor’s copy for foreign, whatever it holds', () => {
    expect(redaksiCopyNodes(copy([paragraph(text('Dari Facebook'))], 'Playground'))).toBeNull();
    expect(redaksiCopyNodes(JSON.stringify({ nodes: [paragraph(text('Tanpa namespace'))] }))).toBeNull();
  });

  it('takes a copy naming the body’s namespace for foreign when it holds a type the body does not know', () => {
    expect(redaksiCopyNodes(copy([paragraph(text('a')), { type: 'tweet', id: '1' }]))).toBeNull();
    expect(redaksiCopyNodes(copy([paragraph({ type: 'equation', equation: 'x' })]))).toBeNull();
    expect(redaksiCopyNodes(copy([{ type: 'root', children: [] }]))).toBeNull();
    expect(redaksiCopyNodes(copy([{ ...paragraph(), $slots: { caption: paragraph() } }]))).toBeNull();
  });

  it('takes what is not a sound copy for foreign', () => {
    expect(redaksiCopyNodes('not json')).toBeNull();
    expect(redaksiCopyNodes('null')).toBeNull();
    expect(redaksiCopyNodes(copy({ type: 'paragraph' }))).toBeNull();
    expect(redaksiCopyNodes(copy([{ children: [] }]))).toBeNull();
    expect(redaksiCopyNodes(copy([{ type: 'paragraph', children: 'x' }]))).toBeNull();
    expect(redaksiCopyNodes(copy([{ type: 'text', text: 5 }]))).toBeNull();
  });
});
