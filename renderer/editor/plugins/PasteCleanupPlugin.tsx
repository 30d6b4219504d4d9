import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode } from '@lexical/list';
import { $generateNodesFromDOM } from '@lexical/html';
import { withoutControls } from '../controlCharacters';
import { $insertDataTransferForRichText, $insertGeneratedNodes } from '@lexical/clipboard';
import { $withoutBlankLines, withoutBlankLines } from '../pasteBlankLines';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_NORMAL,
  DROP_COMMAND,
  PASTE_COMMAND,
  ParagraphNode,
  TextNode,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { HEADING_TAGS, SUPPORTED_TEXT_FORMATS } from '../../../shared/editor/nodes';
import { isSafeUrl } from '../../../shared/text/urls';
import { useI18n } from '../../i18n/I18n';
import { cleanPastedHtml } from '../pasteHtml';
import { usePageTracker } from '../pages/PageTracker';
import { MAX_LIST_INDENT } from './ListIndentPlugin';

const clearBlockFormatting = (node: ElementNode): void => {
  if (node.getFormatType() !== '') node.setFormat('');
  if (node.getIndent() !== 0) node.setIndent(0);
};

const unwrapUnsafeLink = (link: LinkNode): void => {
  if (isSafeUrl(link.getURL())) return;
  for (const child of link.getChildren()) link.insertBefore(child);
  link.remove();
};

/**
 * Pastes HTML from outside Redaksi (Word, Google Docs, a web page) through an inert document with
 * code-bearing elements removed; Lexical's importers then keep only the nodes the body knows.
 * Copies from Redaksi itself carry Lexical's own format and are left to Lexical.
 */
function pasteExternalHtml(
  editor: LexicalEditor,
  event: ClipboardEvent | InputEvent | KeyboardEvent,
  onBreaksLeftOut: (count: number) => void,
): boolean {
  const data = 'clipboardData' in event ? event.clipboardData : null;
  if (!data || data.types.includes('application/x-lexical-editor')) return false;
  const html = data.getData('text/html');
  if (!html) return false;
  event.preventDefault();
  const { document, leftOut } = cleanPastedHtml(html);
  editor.update(
    () => {
      const selection = $getSelection();
      const nodes = $withoutBlankLines($generateNodesFromDOM(editor, document));
      if (selection && nodes.length > 0) $insertGeneratedNodes(editor, nodes, selection);
    },
    { tag: 'paste' },
  );
  if (leftOut > 0) onBreaksLeftOut(leftOut);
  return true;
}

/**
 * Plain text (no HTML beside it) with blank lines between its paragraphs: pasted as those paragraphs,
 * through Lexical's own plain-text import, without an empty paragraph for each blank line.
 */
function pastePlainTextParagraphs(
  editor: LexicalEditor,
  event: ClipboardEvent | InputEvent | KeyboardEvent,
): boolean {
  const data = 'clipboardData' in event ? event.clipboardData : null;
  if (!data || data.types.includes('application/x-lexical-editor') || data.types.includes('text/html'))
    return false;
  if (data.files.length > 0) return false;
  const text = data.getData('text/plain');
  const paragraphs = withoutBlankLines(text);
  if (paragraphs === text) return false;
  event.preventDefault();
  const transfer = new DataTransfer();
  transfer.setData('text/plain', paragraphs);
  editor.update(
    () => {
      const selection = $getSelection();
      if (selection) $insertDataTransferForRichText(transfer, selection, editor);
    },
    { tag: 'paste' },
  );
  return true;
}

/** Removes them from a text node (a separator becomes a space), keeping the caret on the same character. */
function dropControlCharacters(node: TextNode): void {
  const before = node.getTextContent();
  const { text, offsets } = withoutControls(before);
  if (text === before) return;
  const selection = $getSelection();
  const points = $isRangeSelection(selection)
    ? [selection.anchor, selection.focus].filter((point) => point.key === node.getKey())
    : [];
  const moved = points.map((point) => offsets[point.offset] ?? text.length);
  node.setTextContent(text);
  points.forEach((point, index) => point.set(node.getKey(), moved[index]!, 'text'));
}

/** The node transforms that hold the body to what Redaksi supports; returns their cleanup. */
function registerCleanupTransforms(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(TextNode, (node) => {
      dropControlCharacters(node);
      const format = node.getFormat();
      if ((format & ~SUPPORTED_TEXT_FORMATS) !== 0) node.setFormat(format & SUPPORTED_TEXT_FORMATS);
      if (node.getStyle() !== '') node.setStyle('');
    }),
    editor.registerNodeTransform(ParagraphNode, clearBlockFormatting),
    editor.registerNodeTransform(QuoteNode, clearBlockFormatting),
    editor.registerNodeTransform(HeadingNode, (node) => {
      clearBlockFormatting(node);
      const tag = node.getTag();
      if ((HEADING_TAGS as readonly string[]).includes(tag)) return;
      const replacement = $createHeadingNode(tag === 'h1' ? 'h2' : 'h3');
      replacement.append(...node.getChildren());
      node.replace(replacement);
    }),
    // A pasted list nests no deeper than Tab can make it (Word and Docs allow nine levels).
    editor.registerNodeTransform(ListItemNode, (item) => {
      if (item.getIndent() > MAX_LIST_INDENT) item.setIndent(MAX_LIST_INDENT);
    }),
    editor.registerNodeTransform(LinkNode, unwrapUnsafeLink),
    editor.registerNodeTransform(AutoLinkNode, unwrapUnsafeLink),
  );
}

/**
 * Keeps the body to what Redaksi supports, however content arrives (Word, Google Docs, a web page,
 * another editor): inline styles, colours, code/sub/superscript and alignment are dropped, headings
 * other than h2/h3 are mapped onto them, and links with unsafe schemes become plain text.
 *
 * Foreign content only arrives by paste or drop, so the transforms are registered at the first one:
 * registering a transform marks every node of its type dirty, and doing that when a 10,000-paragraph
 * article opens costs a whole extra reconcile (BENCHMARKS.md, B2). Once registered they stay, and
 * run on every later change, undo included.
 */
export function PasteCleanupPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const tracker = usePageTracker();
  useEffect(() => {
    const tellBreaksLeftOut = (n: number): void => tracker.tell(t('pages.leftOutOfPaste', { n }));
    let unregisterTransforms: (() => void) | null = null;
    const ensureTransforms = (): false => {
      unregisterTransforms ??= registerCleanupTransforms(editor);
      return false;
    };
    return mergeRegister(
      // First in line, whoever handles the paste or drop afterwards; they return false to pass it on.
      editor.registerCommand(PASTE_COMMAND, ensureTransforms, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(DROP_COMMAND, ensureTransforms, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => pasteExternalHtml(editor, event, tellBreaksLeftOut),
        COMMAND_PRIORITY_NORMAL,
      ),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => pastePlainTextParagraphs(editor, event),
        COMMAND_PRIORITY_NORMAL,
      ),
      () => unregisterTransforms?.(),
    );
  }, [editor, t, tracker]);
  return null;
}
