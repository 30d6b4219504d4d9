import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $addUpdateTag,
  $getNodeByKey,
  $getRoot,
  COMMAND_PRIORITY_LOW,
  HISTORY_PUSH_TAG,
  type NodeKey,
} from 'lexical';
import type { StoredDocument } from '../../../shared/editor/document';
import {
  $createPageBreakNode,
  $isPageBreakNode,
  PAGE_BREAK_TYPE,
} from '../../../shared/editor/PageBreakNode';
import { proposeBreaks } from '../../../shared/pages/propose';
import { useI18n } from '../../i18n/I18n';
import { OPEN_AUTO_SPLIT_COMMAND } from '../pages/pageBreaks';
import { pageOpening, type PageOpening } from '../pages/pageOpening';
import { focusBody } from '../focusBody';

/** A proposed page: its words and how it begins. */
interface ProposedPage extends PageOpening {
  number: number;
  words: number;
}

interface Proposal {
  /** Keys of the blocks a new page starts at. */
  starts: NodeKey[];
  pages: ProposedPage[];
  ratio: number;
  /** What was asked for, to say why fewer pages came out. */
  asked: { mode: 'pages' | 'words'; target: number; words: number };
  /** Page breaks the article has now (Accept replaces them: a one-page proposal takes them out). */
  existing: number;
}

const PROPOSED = 'data-proposed-page';

const ratioFormat = (language: string): Intl.NumberFormat =>
  new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * Auto-split: proposes page breaks for a number of pages or words per page (shared/pages/propose),
 * marks where each page would start in the text and lists the pages with their words. Accept puts the
 * breaks in (replacing the old ones) as one undo step; Dismiss, or any edit, drops the proposal.
 */
export function AutoSplitPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<'pages' | 'words'>('pages');
  const [amount, setAmount] = useState('3');
  const [error, setError] = useState('');
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const firstField = useRef<HTMLSelectElement>(null);
  const amountField = useRef<HTMLInputElement>(null);
  const [byId, amountId] = [useId(), useId()];

  // Opened from the toolbar or a shortcut: the focus goes into the panel, and Escape closes it from
  // wherever the focus is (unless something nearer, like a menu, used that Escape).
  useEffect(() => {
    if (!open) return;
    firstField.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // An Escape meant for another dialog (a picker opened meanwhile) is that dialog's.
      const dialog = event.target instanceof Element ? event.target.closest('[role="dialog"]') : null;
      if (dialog !== null && !dialog.classList.contains('rx-pages-panel')) return;
      setProposal(null);
      setOpen(false);
      focusBody(editor);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor, open]);

  useEffect(
    () => editor.registerCommand(OPEN_AUTO_SPLIT_COMMAND, () => (setOpen(true), true), COMMAND_PRIORITY_LOW),
    [editor],
  );

  // Markers in the text where each proposed page starts; gone with the proposal.
  useEffect(() => {
    if (!proposal) return;
    const marked = proposal.starts.flatMap((key, i) => {
      const element = editor.getElementByKey(key);
      if (!element) return [];
      element.setAttribute(PROPOSED, t('autoSplit.marker', { n: i + 2 }));
      return [element];
    });
    const stale = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) setProposal(null);
    });
    return () => {
      stale();
      for (const element of marked) element.removeAttribute(PROPOSED);
    };
  }, [editor, proposal, t]);

  const propose = (event: FormEvent) => {
    event.preventDefault();
    const target = Number(amount);
    if (amount.trim() === '' || !Number.isInteger(target) || target < 1) {
      // The proposal on screen was for another number: it goes, so it cannot be accepted by mistake.
      setProposal(null);
      setError(t('autoSplit.invalid'));
      amountField.current?.focus();
      return;
    }
    setError('');
    const state = editor.getEditorState();
    const document = state.toJSON() as unknown as StoredDocument;
    const keys = state.read(() => $getRoot().getChildrenKeys());
    const result = proposeBreaks(document, mode === 'pages' ? { pages: target } : { wordsPerPage: target });
    setProposal({
      starts: result.before.map((index) => keys[index]!),
      ratio: result.ratio,
      pages: result.pages.map((page, i, pages) => ({
        number: page.number,
        words: page.words,
        ...pageOpening(document.root.children, page.firstBlock, pages[i + 1]?.firstBlock),
      })),
      asked: { mode, target, words: result.pages.reduce((sum, page) => sum + page.words, 0) },
      existing: document.root.children.filter((block) => block.type === PAGE_BREAK_TYPE).length,
    });
  };

  const accept = () => {
    if (!proposal) return;
    const { starts } = proposal;
    editor.update(() => {
      $addUpdateTag(HISTORY_PUSH_TAG);
      // A break put back where one split a paragraph keeps the split (the others rejoin theirs).
      const splits = new Map<NodeKey | undefined, string | null>();
      for (const block of $getRoot().getChildren())
        if ($isPageBreakNode(block)) {
          splits.set(block.getNextSibling()?.getKey(), block.getSplitSpace());
          block.remove();
        }
      for (const key of starts)
        $getNodeByKey(key)?.insertBefore($createPageBreakNode().setSplitSpace(splits.get(key) ?? null));
    });
    setProposal(null);
    setOpen(false);
    // The Accept button goes with the panel: the caret goes back to the body, so Ctrl+Z undoes at once.
    focusBody(editor);
  };

  /** Dismiss: the proposal goes, the panel stays, and the focus goes back to the number. */
  const dismiss = () => {
    setProposal(null);
    amountField.current?.focus();
  };

  const close = () => {
    setProposal(null);
    setOpen(false);
    focusBody(editor);
  };

  /** What the proposal is, and why it has fewer pages than asked when it does. */
  const summary = ({ pages, ratio, asked, existing }: Proposal): string => {
    if (pages.length === 1) {
      const why =
        asked.mode === 'pages' && asked.target === 1
          ? t('autoSplit.onePageAsked')
          : asked.mode === 'words' && asked.words <= asked.target
            ? t('autoSplit.onePageAtTarget', { words: asked.words, target: asked.target })
            : t('autoSplit.single');
      return existing > 0 ? `${why} ${t('autoSplit.takesOut', { n: existing })}` : why;
    }
    const said = t('autoSplit.summary', { pages: pages.length, ratio: ratioFormat(language).format(ratio) });
    return asked.mode === 'pages' && pages.length < asked.target
      ? `${said} ${t('autoSplit.fewer', { asked: asked.target })}`
      : said;
  };

  if (!open) return null;
  return (
    <section className="rx-pages-panel" role="dialog" aria-label={t('autoSplit.dialog')}>
      <h2>{t('autoSplit.dialog')}</h2>
      {/* noValidate: the panel says what is wrong with the number, in the interface's language. */}
      <form onSubmit={propose} noValidate>
        <label htmlFor={byId}>{t('autoSplit.by')}</label>
        <select
          id={byId}
          ref={firstField}
          value={mode}
          onChange={(event) => setMode(event.target.value === 'words' ? 'words' : 'pages')}
        >
          <option value="pages">{t('autoSplit.byPages')}</option>
          <option value="words">{t('autoSplit.byWords')}</option>
        </select>
        <label htmlFor={amountId}>{mode === 'pages' ? t('autoSplit.pages') : t('autoSplit.words')}</label>
        <input
          id={amountId}
          ref={amountField}
          type="number"
          min={1}
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
        />
        <button type="submit" className="rx-secondary">
          {t('autoSplit.propose')}
        </button>
      </form>
      {error && (
        <p className="rx-field-error" role="alert">
          {error}
        </p>
      )}
      <p role="status">{proposal ? summary(proposal) : ''}</p>
      {proposal && (
        <>
          <ol aria-label={t('autoSplit.list')} className="rx-proposed-pages">
            {proposal.pages.map((page) => (
              <li key={page.number}>
                {page.opening && page.photoFirst
                  ? t('autoSplit.pagePhotoFirst', { n: page.number, words: page.words, start: page.opening })
                  : page.opening
                    ? t('autoSplit.page', { n: page.number, words: page.words, start: page.opening })
                    : t('autoSplit.pageNoText', { n: page.number, words: page.words })}
              </li>
            ))}
          </ol>
          <div className="rx-modal-actions">
            <button type="button" className="rx-secondary" onClick={dismiss}>
              {t('autoSplit.dismiss')}
            </button>
            <button
              type="button"
              className="rx-primary"
              onClick={accept}
              disabled={proposal.pages.length === 1 && proposal.existing === 0}
            >
              {t('autoSplit.accept')}
            </button>
          </div>
        </>
      )}
      <button type="button" className="rx-secondary" onClick={close}>
        {t('autoSplit.close')}
      </button>
    </section>
  );
}
