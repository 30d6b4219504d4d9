import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import {
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
} from 'lexical';
import { $pageBreaksIn, PageBreakNode } from '../../../shared/editor/PageBreakNode';
import { $selectedBlockKind, TOGGLE_BLOCK_COMMAND } from '../commands';
import { useI18n, type Translate } from '../../i18n/I18n';
import {
  $dropBreaksPastedIntoQuoteOrList,
  $insertPageBreak,
  $onlyPageBreaks,
  $pageBreakMisplaced,
  $pastedBreakStrandsKept,
  $selectionCrossesPageBreak,
  INSERT_PAGE_BREAK_COMMAND,
  type PageBreakRefusal,
} from '../pages/pageBreaks';
import { usePageTracker } from '../pages/PageTracker';
import { $forgetPastedSplits, registerSplitRejoin } from '../pages/splitRejoin';

export function refusalMessage(t: Translate, refusal: PageBreakRefusal): string {
  switch (refusal) {
    case 'no-caret':
      return t('pages.refused.noCaret');
    case 'inside-quote-or-list':
      return t('pages.refused.quoteOrList');
    case 'at-start':
      return t('pages.refused.atStart');
    case 'at-end':
      return t('pages.refused.atEnd');
    case 'next-to-break':
      return t('pages.refused.inARow');
    case 'heading-opens-page':
      return t('pages.refused.headingOpens');
    case 'photo-opens-page':
      return t('pages.refused.photoOpens');
  }
}

/**
 * Page breaks: Insert page break (toolbar, Ctrl/Cmd+Enter) with the rules checked first, and a
 * transform that takes out any break that lands where the rules forbid (a paste, a nested break in a
 * loaded body), in the same update, telling the user why; a list or quote is not made across a break;
 * a break that split a paragraph joins it again as it goes.
 */
export function PageBreakPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const tracker = usePageTracker();
  useEffect(() => {
    if (!editor.hasNodes([PageBreakNode]))
      throw new Error('PageBreakPlugin: PageBreakNode is not registered.');
    // Why each break the transform took out in one update went: said once, after it (one notice at a
    // time — telling each in turn left only the last, and the others were dropped unsaid).
    let takenOut: PageBreakRefusal[] = [];
    // The breaks of the paste being inserted, checked once in place (the transform below).
    const pasted = new Set<string>();
    return mergeRegister(
      editor.registerUpdateListener(() => {
        pasted.clear();
        if (takenOut.length === 0) return;
        const reasons = [...new Set(takenOut)].map((refusal) => refusalMessage(t, refusal)).join(' ');
        tracker.tell(
          takenOut.length === 1
            ? t('pages.removed', { reason: reasons })
            : t('pages.removedMany', { n: takenOut.length, reason: reasons }),
        );
        takenOut = [];
      }),
      editor.registerCommand(
        INSERT_PAGE_BREAK_COMMAND,
        () => {
          const refusal = $insertPageBreak();
          if (refusal) tracker.tell(refusalMessage(t, refusal));
          else tracker.dismiss();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
          if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key !== 'Enter')
            return false;
          event.preventDefault();
          editor.dispatchCommand(INSERT_PAGE_BREAK_COMMAND, undefined);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
      // Before the paste is inserted (returning false lets it go on, without the breaks).
      editor.registerCommand(
        SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
        ({ nodes, selection }) => {
          $forgetPastedSplits(nodes);
          for (const pageBreak of $pageBreaksIn(nodes)) pasted.add(pageBreak.getKey());
          if ($dropBreaksPastedIntoQuoteOrList(nodes, selection) > 0)
            tracker.tell(t('pages.removed', { reason: refusalMessage(t, 'inside-quote-or-list') }));
          // A break pasted alone (moved by cut and paste) goes where Insert page break puts one: at
          // the start of the caret's word, never inside it, with the rules and their messages.
          // (Over selected text the paste goes on as any paste: its refusal must not take the text.)
          if (!$isRangeSelection(selection) || !selection.isCollapsed() || !$onlyPageBreaks(nodes))
            return false;
          const refusal = $insertPageBreak();
          if (refusal) tracker.tell(refusalMessage(t, refusal));
          else tracker.dismiss();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      // Lexical would make two lists around the break, the second numbered from 1 again: said, not done.
      ...[INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND].map((command) =>
        editor.registerCommand(
          command,
          () => {
            if (!$selectionCrossesPageBreak()) return false;
            tracker.tell(t('pages.refused.listAcross'));
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
      // Lexical would make a quote on each side, one quotation cut by the page (turning quotes back
      // into paragraphs goes on).
      editor.registerCommand(
        TOGGLE_BLOCK_COMMAND,
        (kind) => {
          const refused = editor
            .getEditorState()
            .read(() => kind === 'quote' && $selectedBlockKind() !== 'quote' && $selectionCrossesPageBreak());
          if (refused) tracker.tell(t('pages.refused.quoteAcross'));
          return refused;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      // A break that split a paragraph joins it again as it goes, with the space between its words.
      registerSplitRejoin(editor),
      editor.registerNodeTransform(PageBreakNode, (pageBreak) => {
        const problem =
          $pageBreakMisplaced(pageBreak) ??
          (pasted.has(pageBreak.getKey()) ? $pastedBreakStrandsKept(pageBreak) : null);
        if (!problem) return;
        pageBreak.remove();
        takenOut.push(problem);
      }),
    );
  }, [editor, t, tracker]);
  return null;
}
