import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import {
  $addUpdateTag,
  $createTextNode,
  $getNodeByKey,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isRootNode,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  HISTORY_MERGE_TAG,
  KEY_ENTER_COMMAND,
  KEY_ESCAPE_COMMAND,
  SKIP_DOM_SELECTION_TAG,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type TextNode,
} from 'lexical';
import { useI18n } from '../../i18n/I18n';
import { useHiddenEmptyAnchor } from '../insert/useHiddenEmptyAnchor';
import { $toggleBlock } from '../commands';
import { openUndoStep, useBodyHistory, type OpenUndoStep } from '../bodyHistory';
import { matchingChoices, slashQuery, type InsertChoice } from '../insert/insertChoices';
import { InsertMenuList, InsertOption } from '../insert/InsertMenuList';
import { $insertPageBreak, type PageBreakRefusal } from '../pages/pageBreaks';
import { usePageTracker } from '../pages/PageTracker';
import { refusalMessage } from './PageBreakPlugin';
import { OPEN_PHOTO_PICKER_COMMAND } from '../photos';
import { OPEN_RELATED_LINK_PICKER_COMMAND } from '../related/relatedLinks';
import { $isPageBreakNode } from '../../../shared/editor/PageBreakNode';

/**
 * "/" and the word after it as all the text of a top-level paragraph, caret at its end — unless the
 * menu was dismissed (Escape, or a refused choice) for this very text node while its "/" is there.
 */
function $slashMatch(text: string, dismissed: Set<NodeKey>): MenuTextMatch | null {
  const selection = $getSelection();
  const node = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
  if (!node) return null;
  if (dismissed.has(node.getKey())) {
    if (node.getTextContent().startsWith('/')) return null;
    dismissed.delete(node.getKey());
  }
  const query = slashQuery(text);
  const paragraph = node.getParent();
  if (
    query === null ||
    !$isParagraphNode(paragraph) ||
    !$isRootNode(paragraph.getParent()) ||
    paragraph.getTextContent() !== text
  )
    return null;
  return { leadOffset: 0, matchingString: query, replaceableString: text };
}

/** The "/…" the caret is at the end of, as the menu would match it, with its text node. */
function $slashAtCaret(dismissed: Set<NodeKey>): { node: TextNode; match: MenuTextMatch } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  if (!$isTextNode(node)) return null;
  const match = $slashMatch(node.getTextContent().slice(0, selection.anchor.offset), dismissed);
  return match ? { node, match } : null;
}

/**
 * A selection-only update: Lexical's menu looks at the text before the caret again. With the focus
 * elsewhere (a picker the choice opened) the caret is not put back in the page: that takes the focus.
 */
function menuLooksAgain(editor: LexicalEditor): void {
  const root = editor.getRootElement();
  const focused = root !== null && root.contains(root.ownerDocument.activeElement);
  editor.update(() => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.dirty = true;
    if (!focused) $addUpdateTag(SKIP_DOM_SELECTION_TAG);
  });
}

/**
 * Runs a choice once the "/…" text is gone: the paragraph becomes the block, or the block goes after
 * it. A page break the rules refuse says why. A picker's choice joins `step`, the removal's undo step.
 */
function $runChoice(
  editor: LexicalEditor,
  choice: InsertChoice,
  onCancel: (() => void) | undefined,
  step: OpenUndoStep,
): PageBreakRefusal | null | void {
  switch (choice.id) {
    case 'heading':
      return $toggleBlock('h2');
    case 'subheading':
      return $toggleBlock('h3');
    case 'quote':
      return $toggleBlock('quote');
    case 'bullet':
      editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
      return;
    case 'number':
      editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
      return;
    case 'photo':
      // The picker takes the focus: the caret left in the emptied line is not put in the page.
      $addUpdateTag(SKIP_DOM_SELECTION_TAG);
      editor.dispatchCommand(OPEN_PHOTO_PICKER_COMMAND, { onCancel, step });
      return;
    case 'pageBreak':
      return $insertPageBreak();
    case 'relatedLink':
      $addUpdateTag(SKIP_DOM_SELECTION_TAG);
      editor.dispatchCommand(OPEN_RELATED_LINK_PICKER_COMMAND, { onCancel, step });
      return;
  }
}

/**
 * A break chosen on an empty line between two blocks takes that line's place, as a photo or a related
 * link does: the next page starts with the words below it, the caret at their start. (On the
 * article's last line a break is refused: the last page would be empty.)
 */
function $breakTakesTheLine(line: LexicalNode | null): void {
  if (!$isParagraphNode(line) || !line.isAttached() || line.getTextContentSize() > 0) return;
  const next = line.getNextSibling();
  if (!$isPageBreakNode(line.getPreviousSibling()) || !$isElementNode(next)) return;
  line.remove();
  next.selectStart();
}

/**
 * The insert menu: "/" at the start of an empty paragraph lists what can go there (heading, quote,
 * lists, photo, page break, related link); typing narrows it, arrows and Enter choose, Escape closes
 * and leaves the "/" as typed. The choice replaces the "/…" text in one undo step — a photo or link
 * too, though its picker inserts it in an update of its own; closed with nothing chosen, the picker
 * leaves no step at all.
 */
export function InsertMenuPlugin() {
  useHiddenEmptyAnchor();
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const [query, setQuery] = useState<string | null>(null);
  const options = useMemo(
    () =>
      query === null
        ? []
        : matchingChoices(query, (choice) => t(choice.label)).map(
            (choice) => new InsertOption(choice, t(choice.label)),
          ),
    [query, t],
  );

  const tracker = usePageTracker();
  const history = useBodyHistory();
  const open = useRef(false);
  // Text nodes whose "/" the writer meant as text; a handful at most, forgotten with the editor.
  const dismissed = useRef(new Set<NodeKey>());
  const trigger = useCallback((text: string) => $slashMatch(text, dismissed.current), []);

  // Lexical's menu places itself from the DOM selection, which can lag the editor's under load: then
  // the "/" that should open it opens nothing until the next key. One selection-only update a frame
  // later lets it look again (once per text typed).
  const retried = useRef<string | null>(null);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        if (open.current) return;
        const pending = editorState.read(() => {
          const found = $slashAtCaret(dismissed.current);
          return found ? `${found.node.getKey()}:${found.match.replaceableString}` : null;
        });
        if (pending === null || pending === retried.current) return;
        retried.current = pending;
        requestAnimationFrame(() => {
          if (open.current) return;
          menuLooksAgain(editor);
        });
      }),
    [editor],
  );

  // Escape closes the menu (Lexical's own handler, after this one) and keeps it closed for this "/".
  // With no menu open, Escape in the text does nothing: Lexical's rich text would take the focus
  // out of the body, and the writer would type on into nothing. (Tab leaves the body.)
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ESCAPE_COMMAND,
        () => {
          const selection = $getSelection();
          if (!open.current) return $isRangeSelection(selection);
          if ($isRangeSelection(selection)) dismissed.current.add(selection.anchor.key);
          return false;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );

  // Lexical calls this inside its own update: one undo step with the removal of the "/…" text.
  const choose = useCallback(
    (option: InsertOption, typed: TextNode | null, closeMenu: () => void) => {
      // That step, which a picker's insert joins: inside the update, getEditorState() is the body before it.
      const step = openUndoStep(editor, history, editor.getEditorState());
      // The whole "/…" goes, whatever part of it Lexical split off: the menu's idea of the match can
      // be a key behind what was typed (it is placed in a React transition).
      const selection = $getSelection();
      const block = $isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement() : null;
      const paragraph = $isParagraphNode(block) ? block : (typed?.getParent() ?? null);
      const text = paragraph?.getTextContent() ?? '';
      if ($isParagraphNode(paragraph) && slashQuery(text) !== null) paragraph.clear().select();
      else typed?.remove();
      // Nothing inserted: what was typed comes back (as text: the menu does not reopen on it), caret after it.
      const $putBack = (into: LexicalNode | null): boolean => {
        if (!$isParagraphNode(into) || into.getTextContentSize() > 0) return false;
        const restored = $createTextNode(text);
        into.append(restored);
        restored.selectEnd();
        dismissed.current.add(restored.getKey());
        return true;
      };
      // A picker closed with nothing chosen puts the "/…" back, if its paragraph is still empty; the
      // body is then as it was before the choice, so the step that took the "/…" away is forgotten
      // (Undo would otherwise give back the same "/…").
      const key = $isParagraphNode(paragraph) ? paragraph.getKey() : null;
      const onCancel =
        key === null
          ? undefined
          : () => {
              const forget = step.joinable();
              let putBack = false;
              editor.update(
                () => {
                  putBack = $putBack($getNodeByKey(key));
                },
                forget ? { tag: HISTORY_MERGE_TAG } : undefined,
              );
              if (putBack && forget) step.forget();
            };
      const refused = $runChoice(editor, option.choice, onCancel, step);
      if (refused) {
        // The page rules say why. The body is as it was: no undo step that would change nothing.
        $putBack(paragraph);
        $addUpdateTag(HISTORY_MERGE_TAG);
        tracker.tell(refusalMessage(t, refused));
      } else if (option.choice.id === 'pageBreak') {
        $breakTakesTheLine(paragraph);
        tracker.dismiss();
      }
      closeMenu();
    },
    [editor, history, tracker, t],
  );

  // A menu drawn after its "/…" has gone, or the caret has moved on, closes: its own look at that
  // change, made before it was drawn, closed nothing. Lexical's menu looks again at a selection-only
  // update (made only then: between keys of a word, one would split the word's undo step).
  const drawn = useRef(false);
  const onDrawn = useCallback(
    (now: boolean) => {
      drawn.current = now;
      if (!now || editor.getEditorState().read(() => $slashAtCaret(dismissed.current)) !== null) return;
      menuLooksAgain(editor);
    },
    [editor],
  );

  // Lexical opens its menu in a React transition, a moment after the key that completes the "/…":
  // an Enter typed before it is drawn would split the line, and the menu would then open over the
  // new empty one. Enter on a "/…" with no menu open yet takes its first choice, as the menu would.
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (drawn.current || editor.isComposing()) return false;
          if (event && (event.shiftKey || event.ctrlKey || event.metaKey || event.altKey)) return false;
          const found = $slashAtCaret(dismissed.current);
          const first = found
            ? matchingChoices(found.match.matchingString, (choice) => t(choice.label))[0]
            : undefined;
          if (!found || !first) return false;
          event?.preventDefault();
          choose(new InsertOption(first, t(first.label)), found.node, () => {});
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, choose, t],
  );

  return (
    <LexicalTypeaheadMenuPlugin<InsertOption>
      options={options}
      onQueryChange={setQuery}
      onSelectOption={choose}
      onOpen={() => (open.current = true)}
      onClose={() => {
        open.current = false;
      }}
      triggerFn={trigger}
      anchorClassName="rx-insert-anchor"
      menuRenderFn={(
        anchor,
        { options: shown, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex },
      ) => {
        return anchor.current && shown.length > 0
          ? createPortal(
              <InsertMenuList
                container={anchor.current}
                label={t('insert.menu')}
                options={shown}
                selectedIndex={selectedIndex}
                choose={selectOptionAndCleanUp}
                highlight={setHighlightedIndex}
                drawn={onDrawn}
              />,
              anchor.current,
            )
          : null;
      }}
    />
  );
}
