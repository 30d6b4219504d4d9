// ProseMirror with content-visibility on top-level blocks: the schema-basic editor, same text.
import { Node as PmNode } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterFrame, fetchDocument, freshMount } from './frame';
import './baseline.css';

let view: EditorView | null = null;
let mount: HTMLElement = freshMount();
const text = await fetchDocument('pm');

window.benchPage = {
  root: () => view!.dom,
  async open() {
    view?.destroy();
    mount = freshMount();
    const start = performance.now();
    const state = EditorState.create({ doc: PmNode.fromJSON(schema, JSON.parse(text)) });
    view = new EditorView(mount, { state, attributes: { class: 'bench-cv' } });
    return (await afterFrame()) - start;
  },
  stringify() {
    const start = performance.now();
    JSON.stringify(view!.state.doc.toJSON());
    return performance.now() - start;
  },
};
