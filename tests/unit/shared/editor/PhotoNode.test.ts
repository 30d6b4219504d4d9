import { createHeadlessEditor } from '@lexical/headless';
import { $dfs } from '@lexical/utils';
import { $getRoot, type ElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { StoredDocument, StoredNode } from '../../../../shared/editor/document';
import { unknownNodeTypes } from '../../../../shared/editor/document';
import { BODY_NODES } from '../../../../shared/editor/nodes';
import {
  $createPhotoNode,
  $isPhotoNode,
  describePhotoProblem,
  storedPhotoIds,
  type SerializedPhotoNode,
} from '../../../../shared/editor/PhotoNode';
import { documentOf, list as listOf, listItem, paragraph, text } from '../../support/documents';
import { editorWith } from '../../support/headless';

const ID = '0b6f3c4e-2a51-4a8e-9a57-2f1c3d4e5f60';
const OTHER = '1c7a4d5f-3b62-4b9f-8b68-3a2d4e5f6a71';
const photo = (photoId: string, extra: Partial<SerializedPhotoNode> = {}): StoredNode => ({
  type: 'photo',
  version: 1,
  photoId,
  caption: 'KIM AND PUTIN MEET: The two leaders.',
  credit: 'VLADIMIR SMIRNOV/AFP',
  altText: 'Two men shaking hands',
  ...extra,
});

const editor = () =>
  createHeadlessEditor({
    nodes: [...BODY_NODES],
    onError: (error) => {
      throw error;
    },
  });

describe('the photo node (headless)', () => {
  it('is a known body node type', () => {
    expect(unknownNodeTypes(documentOf(photo(ID)))).toEqual([]);
  });

  it('loads and saves its JSON unchanged, the wide layout included', () => {
    const stored = documentOf(paragraph(text('Before.')), photo(ID), photo(OTHER, { layout: 'wide' }));
    const instance = editor();
    instance.setEditorState(instance.parseEditorState(JSON.stringify(stored)));
    const saved = instance.getEditorState().toJSON() as unknown as StoredDocument;
    expect(saved.root.children.slice(1)).toEqual([photo(ID), photo(OTHER, { layout: 'wide' })]);
  });

  it('is created with the library’s words and edited per use; undoable edits make new versions', () => {
    const instance = editor();
    instance.update(
      () => {
        const node = $createPhotoNode({ photoId: ID, caption: 'LIBRARY: Caption.', credit: 'AFP' });
        $getRoot().clear().append(node);
        node.setPhoto({ caption: 'EDITED: Caption.' });
      },
      { discrete: true },
    );
    instance.getEditorState().read(() => {
      const node = $getRoot().getFirstChild();
      expect($isPhotoNode(node)).toBe(true);
      if ($isPhotoNode(node))
        expect(node.getPhoto()).toEqual({
          photoId: ID,
          caption: 'EDITED: Caption.',
          credit: 'AFP',
          altText: '',
          layout: 'standard',
        });
    });
  });

  it('lists the photos a stored body uses, once each, however deep', () => {
    const nested = { ...paragraph(), children: [photo(OTHER)] };
    expect(storedPhotoIds(documentOf(photo(ID), paragraph(text('x')), photo(ID), nested)).sort()).toEqual(
      [ID, OTHER].sort(),
    );
  });

  it('describes a photo block a hostile save could carry', () => {
    expect(describePhotoProblem(documentOf(photo(ID)))).toBeNull();
    expect(describePhotoProblem(documentOf(photo('../../etc/passwd')))).toMatch(/library photo/);
    expect(describePhotoProblem(documentOf({ ...photo(ID), caption: { html: '<b>' } } as never))).toMatch(
      /caption/,
    );
    expect(describePhotoProblem(documentOf(photo(ID, { altText: 'x'.repeat(1001) })))).toMatch(/altText/);
  });
});

describe('removing a photo or related link from a list item', () => {
  const shapeAfterRemoving = (document: StoredDocument, type: string): string[] => {
    const instance = editorWith(document);
    instance.update(
      () => {
        const found = $dfs().find(({ node }) => node.getType() === type)!.node;
        found.remove();
      },
      { discrete: true },
    );
    return instance.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map(
          (block) =>
            `${block.getType()}(${(block as ElementNode).getChildrenSize()}): ${block.getTextContent()}`,
        ),
    );
  };

  it('takes the item it stood in alone with it, and the list when that was its only item', () => {
    const list = (...items: StoredNode[]) =>
      documentOf(listOf('bullet', ...items), paragraph(text('Sesudah.')));
    expect(
      shapeAfterRemoving(
        list(listItem(text('Satu.')), listItem(photo(ID)), listItem(text('Tiga.'))),
        'photo',
      ),
    ).toEqual(['list(2): Satu.\n\nTiga.', 'paragraph(1): Sesudah.']);
    expect(shapeAfterRemoving(list(listItem(photo(ID))), 'photo')).toEqual(['paragraph(1): Sesudah.']);
    expect(
      shapeAfterRemoving(
        list(
          listItem(text('Satu.')),
          listItem({ type: 'related-link', version: 1, title: 'Lain', url: 'https://contoh.id/' }),
        ),
        'related-link',
      ),
    ).toEqual(['list(1): Satu.', 'paragraph(1): Sesudah.']);
    // Beside words in the item, the item stays with its words.
    expect(shapeAfterRemoving(list(listItem(text('Satu '), photo(ID))), 'photo')).toEqual([
      'list(1): Satu ',
      'paragraph(1): Sesudah.',
    ]);
  });
});
