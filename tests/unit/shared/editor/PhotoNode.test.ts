import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot } from 'lexical';
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
import { documentOf, paragraph, text } from '../../support/documents';

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
