import { $isDecoratorNode, createCommand, type LexicalEditor, type LexicalNode } from 'lexical';
import type { Translate } from '../i18n/I18n';

/** Words for the body's live region: what a block's own tools just did, which the screen shows only by moving it. */
export const SAY_IN_BODY_COMMAND = createCommand<string>('SAY_IN_BODY_COMMAND');

/** The name a selected block shows to assistive technology (its own aria-label: "Photo: …", "Page break: …"). */
export function blockName(editor: LexicalEditor, key: string): string | null {
  const element = editor.getElementByKey(key);
  const named = element?.matches('[aria-label]') ? element : element?.querySelector('[aria-label]');
  return named?.getAttribute('aria-label') ?? null;
}

/** A block as a reader knows it: a photo's or page break's own name, else its first words, quoted. */
export function $blockWords(editor: LexicalEditor, node: LexicalNode, t: Translate): string {
  const name = $isDecoratorNode(node) ? blockName(editor, node.getKey()) : null;
  if (name) return name;
  const words = node.getTextContent().replace(/\s+/g, ' ').trim();
  if (words === '') return t('blocks.emptyLine');
  const cut = words.length > 60 ? words.lastIndexOf(' ', 60) : -1;
  return `“${cut > 0 ? `${words.slice(0, cut)}…` : words}”`;
}
