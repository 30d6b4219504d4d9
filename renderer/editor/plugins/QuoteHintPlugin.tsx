import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isListItemNode, $isListNode } from '@lexical/list';
import { $isQuoteNode } from '@lexical/rich-text';
import { $getNodeByKey, $getRoot, $isElementNode, type ElementNode, type LexicalNode } from 'lexical';
import { $isSourceMarkNode } from '../../../shared/editor/SourceMarkNode';
import { quoteExcerpt, unsourcedQuotes, type Quote } from '../../../shared/sources/quotes';
import { useI18n } from '../../i18n/I18n';
import { BlockResults, passInSlices } from '../blockPass';
import { focusBody } from '../focusBody';
import { layOutBlock } from './BlockWindowPlugin';

const CHECK_DELAY_MS = 300;
const LISTED = 10;
const HINT = 'data-quote-hint';

/** One unsourced quote, in the block (paragraph, quote, list item) it is in. */
interface Flagged {
  block: string;
  excerpt: string;
}

function $hasMark(node: ElementNode): boolean {
  const stack: LexicalNode[] = [...node.getChildren()];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if ($isSourceMarkNode(next)) return true;
    if ($isElementNode(next) && next.isInline()) stack.push(...next.getChildren());
  }
  return false;
}

/** The text blocks of the body in reading order: top-level blocks, and each item of a list. */
function $textBlocks(): ElementNode[] {
  const blocks: ElementNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isListNode(node) || ($isListItemNode(node) && node.getChildren().some($isListNode))) {
      node.getChildren().forEach(visit);
      if ($isListItemNode(node) && node.getChildren().some((child) => !$isListNode(child))) blocks.push(node);
    } else if ($isElementNode(node) && !node.isInline()) blocks.push(node);
  };
  $getRoot().getChildren().forEach(visit);
  return blocks;
}

function $quotesOf(block: ElementNode): Quote[] {
  return unsourcedQuotes({
    text: block.getTextContent(),
    isQuoteBlock: $isQuoteNode(block),
    marks: $hasMark(block) ? [{ start: 0, end: 0 }] : [],
  });
}

const sameFlags = (a: Flagged[], b: Flagged[]) =>
  a.length === b.length && a.every((flag, i) => flag.block === b[i]!.block && flag.excerpt === b[i]!.excerpt);

/**
 * Flags direct quotes that name no source: the paragraph gets a visible hint beside it, and a short
 * list under the body offers to show each one. Checked once typing pauses; a hint, never a blocker.
 */
export function QuoteHintPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const [flagged, setFlagged] = useState<Flagged[]>([]);
  const hint = t('quotes.hint');

  useEffect(() => {
    // Checked after a pause, only the changed blocks again (BlockResults), in slices (passInSlices).
    const quotes = new BlockResults<Quote[]>();
    let shown = new Set<string>();
    let timer: number | undefined;
    let stop = () => {};
    const check = () => {
      const state = editor.getEditorState();
      const blocks = state.read($textBlocks);
      const found: Flagged[] = [];
      stop = passInSlices(
        state,
        blocks.length,
        (index) => {
          const block = blocks[index]!;
          const inBlock = quotes.get(block.getKey(), () => $quotesOf(block));
          // Each quote is listed, two in one paragraph included (the summary counts each).
          for (const quote of inBlock)
            found.push({ block: block.getKey(), excerpt: quoteExcerpt(quote, 60) });
        },
        () => {
          const keys = new Set(found.map((flag) => flag.block));
          for (const key of shown) if (!keys.has(key)) editor.getElementByKey(key)?.removeAttribute(HINT);
          for (const key of keys) editor.getElementByKey(key)?.setAttribute(HINT, hint);
          shown = keys;
          setFlagged((previous) => (sameFlags(previous, found) ? previous : found));
        },
      );
    };
    timer = window.setTimeout(check, CHECK_DELAY_MS);
    const unregister = editor.registerUpdateListener((update) => {
      if (update.dirtyElements.size === 0 && update.dirtyLeaves.size === 0) return;
      quotes.forgetChanged(update);
      window.clearTimeout(timer);
      stop();
      timer = window.setTimeout(check, CHECK_DELAY_MS);
    });
    return () => {
      window.clearTimeout(timer);
      stop();
      unregister();
      for (const key of shown) editor.getElementByKey(key)?.removeAttribute(HINT);
    };
  }, [editor, hint]);

  const show = (key: string) => {
    editor.update(() => {
      const node = $getNodeByKey(key);
      if ($isElementNode(node)) node.selectStart();
    });
    const element = editor.getElementByKey(key);
    layOutBlock(element);
    element?.scrollIntoView({ block: 'center' });
    focusBody(editor);
  };

  if (flagged.length === 0) return null;
  return (
    <section className="rx-quote-hints" aria-label={t('quotes.region')}>
      <p>{t('quotes.summary', { n: flagged.length })}</p>
      <ul>
        {flagged.slice(0, LISTED).map((flag, index) => (
          <li key={`${flag.block}:${index}`}>
            <span>{flag.excerpt}</span>{' '}
            <button type="button" className="rx-secondary" onClick={() => show(flag.block)}>
              {t('quotes.show')}
            </button>
          </li>
        ))}
      </ul>
      {flagged.length > LISTED && <p>{t('quotes.more', { n: flagged.length - LISTED })}</p>}
    </section>
  );
}
