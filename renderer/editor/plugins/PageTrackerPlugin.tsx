import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createNodeSelection,
  $getNodeByKey,
  $isElementNode,
  $setSelection,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
} from 'lexical';
import { breaksToRemove, heldBreak } from '../../../shared/pages/rules';
import { useI18n } from '../../i18n/I18n';
import { $findPage } from '../pages/findPage';
import { $measurePages, type PageMeasureCache } from '../pages/measurePages';
import { usePageTracker } from '../pages/PageTracker';
import { stickyBand } from '../inSight';
import { layOutBlock } from './BlockWindowPlugin';

const PASS_DELAY_MS = 200;
/** A cold pass (opening a long article) measures in slices this long, so typing is never held up. */
const SLICE_MS = 8;
/** Room left between the toolbar and the break line of a page jumped to. */
const JUMP_ROOM_PX = 8;

/**
 * Tracks the pages while the article is written — where each begins, its words, the caret's page —
 * after typing pauses, never on the keystroke itself (QUALITY.md B1). The same pass takes out a break
 * whose page became empty (the text between two breaks deleted), as part of that edit's undo step —
 * once the caret has left that page, so that a page selected, deleted and written again keeps it.
 * It also moves the caret to a page for the page navigator.
 */
export function PageTrackerPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const tracker = usePageTracker();
  useEffect(() => {
    const cache: PageMeasureCache = { blocks: new Map(), generation: 0 };
    let timer: number | undefined;
    /** The break of the emptied page the caret is on, once the notice has said it waits. */
    let toldHeld: string | null = null;
    let heldNotice = '';
    /** Until the first pass ends: opening's pass is not put off by what the editor does meanwhile. */
    let opening = true;
    const removedEmpty = (n: number) =>
      n === 1 ? t('pages.removedEmpty') : t('pages.removedEmptyMany', { n });
    const pass = () => {
      const deadline = performance.now() + SLICE_MS;
      const measured = editor.getEditorState().read(() => $measurePages(cache, deadline));
      if (!measured) {
        timer = window.setTimeout(pass, 0); // not all measured yet: go on after pending input
        return;
      }
      opening = false;
      // The caret on a page just emptied: the editor is about to write it again (select, delete,
      // retype). Its break waits until the caret leaves that page, and the notice says so.
      // The break that would join it to the page beside it waits (heldBreak); any other empty page goes.
      const caretPage = measured.current - 1;
      const held = heldBreak(measured.hasContent, caretPage);
      const due = breaksToRemove(measured.hasContent);
      const remove = due.filter((index) => index !== held);
      const heldKey = due.includes(held) ? measured.pages[held + 1]!.breakKey : null;
      if (heldKey !== null && heldKey !== toldHeld) {
        heldNotice = t('pages.emptyHeld', { n: caretPage + 1 });
        tracker.tell(heldNotice);
      } else if (heldKey === null && tracker.getNotice()?.message === heldNotice) {
        tracker.dismiss(); // written on again: nothing waits any more
      }
      toldHeld = heldKey;
      if (remove.length > 0) {
        editor.update(
          () => {
            for (const index of remove) $getNodeByKey(measured.pages[index + 1]!.breakKey!)?.remove();
          },
          { tag: HISTORY_MERGE_TAG },
        );
        tracker.tell(removedEmpty(remove.length));
        return;
      }
      tracker.publish({ pages: measured.pages, current: measured.current });
    };
    const schedule = () => {
      if (opening) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(pass, PASS_DELAY_MS);
    };
    // Opening: measured at once (in slices), so each break is named by its page before the first click
    // (a click's own update would otherwise put the measure off again).
    timer = window.setTimeout(pass, 0);
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (tags.has(HISTORIC_TAG)) {
        cache.generation += 1;
        // Undo or redo puts back what a notice spoke of (a break taken out): it no longer holds.
        tracker.dismiss();
        toldHeld = null;
      }
      // Written on (not only the caret moved): an old refusal or removal notice goes.
      if (dirtyLeaves.size > 0 || dirtyElements.size > 0) tracker.writtenOn();
      // Only the changed blocks are measured again: their keys (and their ancestors') are dirty.
      for (const key of dirtyElements.keys()) cache.blocks.delete(key);
      for (const key of dirtyLeaves) cache.blocks.delete(key);
      schedule();
    });
    const unregisterJump = tracker.onJump((number, focus, where) => {
      // Found in the body as it is now, not in the snapshot: that is measured only once typing pauses,
      // and a break deleted or added since would send the jump to a break that is gone, or a page moved.
      const found = editor.read(() => {
        const { start, block } = $findPage(number, where);
        return { startKey: start?.getKey() ?? null, blockKey: block?.getKey() ?? null };
      });
      // A caret placed in the body would take the focus with it: without focus, only the page is shown.
      if (focus) {
        editor.update(() => {
          const block = found.blockKey === null ? null : $getNodeByKey(found.blockKey);
          if ($isElementNode(block)) {
            if (where === 'end') block.selectEnd();
            else block.selectStart();
            return;
          }
          // A photo (or other block) opens or ends the page: it is selected, as a click on it does (a
          // page with no block, its break). A block selection has no caret to take the focus into the
          // body, so the body takes it first.
          const selected = block ?? (found.startKey === null ? null : $getNodeByKey(found.startKey));
          if (!selected) return;
          editor.getRootElement()?.focus({ preventScroll: true });
          const selection = $createNodeSelection();
          selection.add(selected.getKey());
          $setSelection(selection);
        });
        editor.focus();
      }
      // A page's start shows with its break line (its words and hints); its end, with the block it ends on.
      const shownKey = where === 'end' ? (found.blockKey ?? found.startKey) : found.startKey;
      const element = shownKey === null ? editor.getRootElement() : editor.getElementByKey(shownKey);
      if (!element) return;
      layOutBlock(element);
      element.scrollIntoView({ block: 'start' });
      // Under the toolbar, not behind it.
      const root = editor.getRootElement();
      const covered = root ? stickyBand(root).top + JUMP_ROOM_PX - element.getBoundingClientRect().top : 0;
      if (covered > 0) window.scrollBy(0, -covered);
    });
    const unregisterRelease = tracker.onRelease(() => {
      const measured = editor.getEditorState().read(() => $measurePages(cache));
      const due = measured ? breaksToRemove(measured.hasContent) : [];
      if (!measured || due.length === 0) return;
      // Committed at once (discrete), so the save that follows sends the body without the break.
      editor.update(
        () => {
          for (const index of due) $getNodeByKey(measured.pages[index + 1]!.breakKey!)?.remove();
        },
        { tag: HISTORY_MERGE_TAG, discrete: true },
      );
      toldHeld = null;
      // Said, not dismissed: the article was exported, previewed or left with one page fewer.
      tracker.tell(removedEmpty(due.length));
    });
    return () => {
      window.clearTimeout(timer);
      unregister();
      unregisterJump();
      unregisterRelease();
    };
  }, [editor, t, tracker]);
  return null;
}
