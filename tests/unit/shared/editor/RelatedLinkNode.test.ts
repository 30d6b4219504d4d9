import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { StoredDocument, StoredNode } from '../../../../shared/editor/document';
import { documentPlainText, unknownNodeTypes } from '../../../../shared/editor/document';
import {
  $createRelatedLinkNode,
  $isRelatedLinkNode,
  describeRelatedLinkProblem,
  storedRelatedArticleIds,
} from '../../../../shared/editor/RelatedLinkNode';
import { documentOf, paragraph, text } from '../../support/documents';
import { relatedArticle, relatedUrl } from '../../support/export-fixture';
import { editorWith } from '../../support/headless';

const ID = '0b6f3c4e-2a51-4a8e-9a57-2f1c3d4e5f60';

describe('the related-link node (headless)', () => {
  it('is a known body node type that adds no words to the text', () => {
    const stored = documentOf(paragraph(text('Isi.')), relatedArticle(ID, 'Judul lain'));
    expect(unknownNodeTypes(stored)).toEqual([]);
    expect(documentPlainText(stored)).toBe('Isi.');
  });

  it('loads and saves its JSON unchanged, to an article or to an address', () => {
    const links = [relatedArticle(ID, 'Judul lain'), relatedUrl('https://example.com/a', 'Berita luar')];
    const editor = editorWith(documentOf(paragraph(text('Isi.')), ...links));
    const saved = editor.getEditorState().toJSON() as unknown as StoredDocument;
    expect(saved.root.children.slice(1)).toEqual(links);
  });

  it('is created from a target and a title, and changed as a whole', () => {
    const editor = editorWith(documentOf(paragraph(text('Isi.'))));
    editor.update(
      () => {
        const node = $createRelatedLinkNode({
          target: { kind: 'url', url: 'https://a.example' },
          title: 'A',
        });
        $getRoot().append(node);
        node.setRelated({ target: { kind: 'article', articleId: ID }, title: 'B' });
      },
      { discrete: true },
    );
    editor.getEditorState().read(() => {
      const node = $getRoot().getLastChild();
      expect($isRelatedLinkNode(node) && node.getRelated()).toEqual({
        target: { kind: 'article', articleId: ID },
        title: 'B',
      });
    });
  });

  it('names the articles a body links to, each once', () => {
    const stored = documentOf(
      relatedArticle(ID, 'a'),
      relatedUrl('https://x.example', 'x'),
      relatedArticle(ID, 'b'),
    );
    expect(storedRelatedArticleIds(stored)).toEqual([ID]);
  });

  it('describes what a damaged or hostile stored link carries', () => {
    const bad = (node: Partial<StoredNode>) =>
      describeRelatedLinkProblem(documentOf({ type: 'related-link', version: 1, ...node } as StoredNode));
    expect(bad({ title: 'ok', articleId: ID })).toBeNull();
    expect(bad({ title: 'ok', url: 'https://example.com' })).toBeNull();
    // Saved before such addresses were refused: the article still saves, and the export drops the address.
    expect(bad({ title: 'ok', url: 'https://editor:rahasia@example.com/baca' })).toBeNull();
    expect(bad({ articleId: ID })).toMatch(/no title/);
    expect(bad({ title: 'x'.repeat(501), articleId: ID })).toMatch(/longer than 500/);
    expect(bad({ title: 'ok', articleId: '../../etc/passwd' })).toMatch(
      /neither an article nor a web address/,
    );
    expect(bad({ title: 'ok', articleId: ID, url: 'https://example.com' })).toMatch(/neither/);
    expect(bad({ title: 'ok', url: `https://example.com/${'a'.repeat(2000)}` })).toMatch(/address is longer/);
  });
});
