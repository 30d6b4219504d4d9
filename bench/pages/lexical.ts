// Bare Lexical: the same version and document as Redaksi, rich text only, no React, no plugins.
import { createEditor, type LexicalEditor } from 'lexical';
import { registerRichText } from '@lexical/rich-text';
import { BODY_NODES } from '../../shared/editor/nodes';
import { afterFrame, fetchDocument, freshMount } from './frame';
import './baseline.css';

let editor: LexicalEditor | null = null;
let unregister = (): void => undefined;
let mount: HTMLElement = freshMount();
const text = await fetchDocument('lexical');

window.benchPage = {
  root: () => mount,
  async open() {
    unregister();
    mount = freshMount();
    mount.contentEditable = 'true';
    // Registered node classes are needed to read the same JSON; rendering stays Lexical's own.
    editor = createEditor({
      namespace: 'bare',
      nodes: [...BODY_NODES],
      theme: { paragraph: 'rx-p' },
      onError: console.error,
    });
    editor.setRootElement(mount);
    unregister = registerRichText(editor);
    const start = performance.now();
    editor.setEditorState(editor.parseEditorState(text));
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    return (await afterFrame()) - start;
  },
  stringify() {
    const start = performance.now();
    JSON.stringify(editor!.getEditorState());
    return performance.now() - start;
  },
};
