import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isListItemNode, $isListNode } from '@lexical/list';
import { $isQuoteNode } from '@lexical/rich-text';
import {
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  HISTORIC_TAG,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { $isSourceMarkNode } from '../../../shared/editor/SourceMarkNode';
import { quoteExcerpt, unsourcedQuotes, type Quote } from '../../../shared/sources/quotes';
import { useI18n } from '../../i18n/I18n';

const CHECK_DELAY_MS = 300;
const SLICE_MS = 8;
const LISTED = 10;
const HINT = 'data-quote-hint';

interface Flagged {
  key: string;
  excerpt: string;
  quotes: number;
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

/**
 * Adds the unsourced quotes of `blocks[from…]` to `flagged` until `deadline`; returns where it stopped.
 * Quotes are cached per block key, and dropped when the block's key is dirty (it or its words changed).
 */
function $findUnsourced(
  cache: Map<string, Quote[]>,
  blocks: ElementNode[],
  from: number,
  deadline: number,
  flagged: Flagged[],
): number {
  let next = from;
  for (; next < blocks.length && performance.now() < deadline; next += 1) {
    const block = blocks[next]!.getLatest();
    let quotes = cache.get(block.getKey());
    if (!quotes) {
      quotes = unsourcedQuotes({
        text: block.getTextContent(),
        isQuoteBlock: $isQuoteNode(block),
        marks: $hasMark(block) ? [{ start: 0, end: 0 }] : [],
      });
      cache.set(block.getKey(), quotes);
    }
    if (quotes.length > 0)
      flagged.push({ key: block.getKey(), excerpt: quoteExcerpt(quotes[0]!, 60), quotes: quotes.length });
  }
  return next;
}

const sameFlags = (a: Flagged[], b: Flagged[]) =>
  a.length === b.length &&
  a.every(
    (flag, i) => flag.key === b[i]!.key && flag.excerpt === b[i]!.excerpt && flag.quotes === b[i]!.quotes,
  );

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
    // A changed node marks every ancestor dirty, so an edited block's key (a list item's too) is among
    // the dirty keys; undo and redo put back whole states, so everything is checked again.
    const cache = new Map<string, Quote[]>();
    let shown = new Set<string>();
    let timer: number | undefined;
    // Checked in slices of a few milliseconds, restarted by the next change: a cold check of a
    // 10,000-paragraph article is ~60 ms, which would hold up opening it or the next key (B1, B2).
    const check = () => {
      const state = editor.getEditorState();
      const blocks = state.read($textBlocks);
      const found: Flagged[] = [];
      let next = 0;
      const slice = () => {
        next = state.read(() => $findUnsourced(cache, blocks, next, performance.now() + SLICE_MS, found));
        if (next < blocks.length) {
          timer = window.setTimeout(slice, 0);
          return;
        }
        const keys = new Set(found.map((flag) => flag.key));
        for (const key of shown) if (!keys.has(key)) editor.getElementByKey(key)?.removeAttribute(HINT);
        for (const key of keys) editor.getElementByKey(key)?.setAttribute(HINT, hint);
        shown = keys;
        setFlagged((previous) => (sameFlags(previous, found) ? previous : found));
      };
      slice();
    };
    timer = window.setTimeout(check, CHECK_DELAY_MS);
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (tags.has(HISTORIC_TAG)) cache.clear();
      for (const key of dirtyElements.keys()) cache.delete(key);
      window.clearTimeout(timer);
      timer = window.setTimeout(check, CHECK_DELAY_MS);
    });
    return () => {
      window.clearTimeout(timer);
      unregister();
      for (const key of shown) editor.getElementByKey(key)?.removeAttribute(HINT);
    };
  }, [editor, hint]);

  const show = (key: string) => {
    editor.update(() => {
      const node = $getNodeByKey(key);
      if ($isElementNode(node)) node.selectStart();
    });
    editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
    editor.focus();
  };

  if (flagged.length === 0) return null;
  const count = flagged.reduce((sum, flag) => sum + flag.quotes, 0);
  return (
    <section className="rx-quote-hints" aria-label={t('quotes.region')}>
      <p>{count === 1 ? t('quotes.summary.one') : t('quotes.summary', { n: count })}</p>
      <ul>
        {flagged.slice(0, LISTED).map((flag) => (
          <li key={flag.key}>
            <span>{flag.excerpt}</span>{' '}
            <button type="button" className="rx-secondary" onClick={() => show(flag.key)}>
              {t('quotes.show')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
