import { useEffect, useEffectEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { withoutControls } from '../controlCharacters';
import { mergeRegister } from '@lexical/utils';
import {
  $addUpdateTag,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_NORMAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DROP_COMMAND,
  PASTE_COMMAND,
  PASTE_TAG,
  ParagraphNode,
  TextNode,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { HEADING_TAGS, SUPPORTED_TEXT_FORMATS } from '../../../shared/editor/nodes';
import { hasCredentials, isSafeUrl } from '../../../shared/text/urls';
import { useI18n } from '../../i18n/I18n';
import { $insertPastedData } from '../pastedData';
import { LEXICAL_DRAG } from '../redaksiCopy';
import { $selectDropPoint } from '../dropPoint';
import { usePageTracker } from '../pages/PageTracker';
import { MAX_LIST_INDENT } from './ListIndentPlugin';

/** Selected words with, as the paste's only text, an http(s) address naming a user or password. */
const $pastesAddressWithCredentials = (data: DataTransfer | null): boolean => {
  const selection = $getSelection();
  if (data === null || !$isRangeSelection(selection) || selection.isCollapsed()) return false;
  const pasted = data.getData('text/plain').trim();
  return /^\S+$/.test(pasted) && hasCredentials(pasted);
};

const clearBlockFormatting = (node: ElementNode): void => {
  if (node.getFormatType() !== '') node.setFormat('');
  if (node.getIndent() !== 0) node.setIndent(0);
  clearDirection(node);
};

// A block takes the direction of its own words, as the export does: Google Docs marks every block it
// copies dir="ltr", which made an Arabic paragraph, and each one Enter made after it, run left to right.
const clearDirection = (node: ElementNode): void => {
  if (node.getDirection() !== null) node.setDirection(null);
};

const unwrapUnsafeLink = (link: LinkNode): void => {
  if (isSafeUrl(link.getURL())) return;
  for (const child of link.getChildren()) link.insertBefore(child);
  link.remove();
};

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
      clearDirection(item);
    }),
    editor.registerNodeTransform(ListNode, clearDirection),
    editor.registerNodeTransform(LinkNode, unwrapUnsafeLink),
    editor.registerNodeTransform(AutoLinkNode, unwrapUnsafeLink),
  );
}

/** Whether a drag carrying Lexical's mark left this very editor: words moved within the body. */
function leftThisEditor(data: DataTransfer, editor: LexicalEditor): boolean {
  try {
    const mark: unknown = JSON.parse(data.getData(LEXICAL_DRAG));
    return (
      typeof mark === 'object' && mark !== null && 'editorKey' in mark && mark.editorKey === editor.getKey()
    );
  } catch {
    return false;
  }
}

/**
 * Keeps the body to what Redaksi supports, however content arrives (Word, Google Docs, a web page,
 * another editor): inline styles, colours, code/sub/superscript, alignment and direction are dropped, headings
 * other than h2/h3 are mapped onto them, and links with unsafe schemes become plain text. What a
 * paste or a drop from outside the body carries is inserted by $insertPastedData, the same either
 * way: another Lexical editor's own data is never taken in, only its HTML, cleaned as any other.
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
  // Read at the paste, in the language of that moment: a change of language does not register the
  // transforms again (each registration marks every node of its type dirty on a long article).
  const tellBreaksLeftOut = useEffectEvent((n: number): void =>
    tracker.tell(t('pages.leftOutOfPaste', { n })),
  );
  const tellCredentialsRefused = useEffectEvent((): void => tracker.tell(t('link.pastedCredentials')));
  useEffect(() => {
    let unregisterTransforms: (() => void) | null = null;
    const ensureTransforms = (): false => {
      unregisterTransforms ??= registerCleanupTransforms(editor);
      return false;
    };
    /** Inserts what a paste or drop carries at the selection, as one undo step; false to leave it to Lexical. */
    const $insertFrom = (data: DataTransfer | null, selection = $getSelection()): boolean => {
      if (data === null || selection === null) return false;
      // Registered at the first paste or drop event; made sure of for an insertFromDrop without one.
      ensureTransforms();
      const inserted = $insertPastedData(editor, data, selection);
      if (inserted === null) return false;
      $addUpdateTag(PASTE_TAG);
      if (inserted.leftOut > 0) tellBreaksLeftOut(inserted.leftOut);
      return true;
    };
    return mergeRegister(
      // First in line, whoever handles the paste or drop afterwards; they return false to pass it on.
      editor.registerCommand(PASTE_COMMAND, ensureTransforms, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(DROP_COMMAND, ensureTransforms, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          // An address pasted over selected words links them (LinkPlugin); one naming a user or password
          // would print them for every reader, and pasting it as text would put them in the words.
          if ($pastesAddressWithCredentials(data)) {
            tellCredentialsRefused();
            event.preventDefault();
            return true;
          }
          if (!$insertFrom(data)) return false;
          event.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
      // A drop from outside the body (Word, a web page, another Lexical editor) lands where it is
      // dropped, inserted as a paste there. Left to them, the browser would build the dropped HTML
      // into the page (loading its images) and Lexical import it as it comes, another editor's own
      // data first. Words dragged within the body stay Lexical's to move, and files PhotoPlugin's.
      editor.registerCommand(
        DROP_COMMAND,
        (event) => {
          const data = event.dataTransfer;
          if (data === null || data.types.includes('Files')) return false;
          if (data.types.includes(LEXICAL_DRAG) && leftThisEditor(data, editor)) return false;
          const selection = $selectDropPoint(event, editor);
          if (selection === null || !$insertFrom(data, selection)) return false;
          event.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
      // What the browser drops itself (off the text, or plain text as it comes) it hands over as
      // insertFromDrop, which Lexical would import as it comes: it is inserted as a paste too.
      editor.registerCommand(
        CONTROLLED_TEXT_INSERTION_COMMAND,
        (input) =>
          typeof input !== 'string' &&
          input.inputType === 'insertFromDrop' &&
          $insertFrom(input.dataTransfer),
        COMMAND_PRIORITY_NORMAL,
      ),
      () => unregisterTransforms?.(),
    );
  }, [editor]);
  return null;
}
