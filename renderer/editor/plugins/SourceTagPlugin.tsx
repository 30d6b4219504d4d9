import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
  SKIP_DOM_SELECTION_TAG,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import type { Source, SourceFields } from '../../../shared/api/source';
import { $isSourceMarkNode, SourceMarkNode } from '../../../shared/editor/SourceMarkNode';
import { api } from '../../api/client';
import { useI18n, type Translate } from '../../i18n/I18n';
import { sourceNames } from '../../sources/sourceNames';
import { useBackInView } from '../../app/useBackInView';
import { SourcePicker } from '../sources/SourcePicker';
import {
  $applyTag,
  $retagPart,
  $normalizeSourceMark,
  $tagTarget,
  $untag,
  OPEN_SOURCE_PICKER_COMMAND,
  type TagRefusal,
} from '../sources/tagging';
import { focusBody } from '../focusBody';
import { HEAD_BOX_OPENED_COMMAND, InBodyHead, useHeadBoxClosing } from '../BodyHead';
import { usePageTracker } from '../pages/PageTracker';
import { SAVE_NOW_TAG } from '../saveNow';
import { registerLanding } from '../../articles/pendingSaves';
import {
  $followSelectedWords,
  $selectedWords,
  followSelectedWords,
  holdSelectedWords,
  type SelectedWords,
} from '../selectedWords';

export function tagRefusalMessage(t: Translate, refusal: TagRefusal): string {
  switch (refusal) {
    case 'empty':
      return t('tag.refused.empty');
    case 'no-text':
      return t('tag.refused.noText');
    case 'page-break':
      return t('tag.refused.pageBreak');
    case 'photo':
      return t('tag.refused.photo');
    case 'related-link':
      return t('tag.refused.relatedLink');
    case 'overlap':
      return t('tag.refused.overlap');
    case 'part-of-link':
      return t('tag.refused.partOfLink');
  }
}

const refreshNames = () => sourceNames.refresh();

/** The name shown for a tag: the registry's, a placeholder while it loads, or "no longer in the registry". */
function nameFor(t: Translate, id: string): string | undefined {
  const name = sourceNames.get(id);
  return name === undefined ? undefined : (name ?? t('tag.unknown'));
}

/**
 * Puts "Source: <name>" on every tag in the body: its hover title, and for screen readers a marked
 * passage described by it (a plain span's title is not read in the text). Attributes of the view only:
 * nothing of it enters the article, a copy, the word count or the export.
 */
function labelMarks(editor: LexicalEditor, keys: ReadonlySet<string>, t: Translate): void {
  for (const key of keys) {
    const element = editor.getElementByKey(key);
    const id = element?.dataset.sourceId;
    if (!element || !id) continue;
    const name = nameFor(t, id);
    if (name === undefined) continue;
    const label = t('tag.hover', { name });
    element.title = label;
    element.setAttribute('role', 'mark');
    element.setAttribute('aria-description', label);
  }
}

interface Chip {
  sourceId: string;
  top: number;
  left: number;
}

/** Where the caret's tag is, for the popover under it; null when the caret is in no tag. */
function $caretChip(editor: LexicalEditor): Chip | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const mark = $findMatchingParent(selection.focus.getNode(), $isSourceMarkNode);
  if (!$isSourceMarkNode(mark)) return null;
  const element = editor.getElementByKey(mark.getKey());
  const container = editor.getRootElement()?.closest('.rx-body-editor');
  if (!element || !container) return null;
  const box = element.getBoundingClientRect();
  const frame = container.getBoundingClientRect();
  return {
    sourceId: mark.getSourceId(),
    top: Math.round(box.bottom - frame.top + 4),
    left: Math.round(box.left - frame.left),
  };
}

const sameChip = (a: Chip | null, b: Chip | null) =>
  a === b || (a !== null && b !== null && a.sourceId === b.sourceId && a.top === b.top && a.left === b.left);

/**
 * Source tags in the body: Tag source (toolbar, Ctrl/Cmd+Alt+S) checks the selection and opens the
 * picker; picking tags, re-tags or untags in one undoable update. Tags carry their source's name as a
 * hover title, and the caret's tag is named in a popover under it.
 */
export function SourceTagPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t, say } = useI18n();
  // `opening` counts the times it was asked for: asked again while open (the focus had left it), the
  // picker starts afresh with the focus in its search, so what is typed never lands on the words.
  const [picker, setPicker] = useState<{ currentId: string | null; opening: number } | null>(null);
  // Refusals are told as the editor's other refusals are: one notice at a time (PageNotice).
  const tracker = usePageTracker();
  const [chip, setChip] = useState<Chip | null>(null);
  // The words the picker tags, followed through what is written in the body while it is open.
  const saved = useRef<SelectedWords | null>(null);
  // The open picker, a new one each time it opens: a source created from it is told on answering
  // whether that picker is still open, and the picker whether a source it asked for is on its way.
  const box = useRef<{ creating: boolean } | null>(null);
  const marks = useRef(new Set<string>());
  useSyncExternalStore(sourceNames.subscribe, sourceNames.getVersion);

  const shut = useCallback(() => {
    saved.current = null;
    box.current = null;
    setPicker(null);
  }, []);

  useEffect(() => {
    if (!editor.hasNodes([SourceMarkNode]))
      throw new Error('SourceTagPlugin: SourceMarkNode is not registered.');
    return mergeRegister(
      editor.registerCommand(
        OPEN_SOURCE_PICKER_COMMAND,
        () => {
          const target = editor.getEditorState().read(() => {
            const found = $tagTarget();
            saved.current = $selectedWords($getSelection());
            return 'refusal' in found ? found : { currentId: found.mark?.getSourceId() ?? null };
          });
          if ('refusal' in target) {
            shut();
            tracker.tell(tagRefusalMessage(t, target.refusal));
          } else {
            tracker.dismiss();
            editor.dispatchCommand(HEAD_BOX_OPENED_COMMAND, 'tag');
            box.current = { creating: false };
            setPicker((shown) => ({ ...target, opening: (shown?.opening ?? 0) + 1 }));
          }
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
          if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.shiftKey || event.code !== 'KeyS')
            return false;
          event.preventDefault();
          editor.dispatchCommand(OPEN_SOURCE_PICKER_COMMAND, undefined);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
      editor.registerNodeTransform(SourceMarkNode, $normalizeSourceMark),
      editor.registerMutationListener(SourceMarkNode, (mutations) => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') marks.current.delete(key);
          else marks.current.add(key);
        }
        labelMarks(editor, new Set(mutations.keys()), t);
      }),
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read(() => $caretChip(editor));
        setChip((previous) => (sameChip(previous, next) ? previous : next));
      }),
      // The selected words edited (typed over, deleted, undone) while the picker is open: tagging the
      // letters now at their place would be a guess, so it closes and says why.
      followSelectedWords(editor, saved, () => {
        const focused = Boolean(document.activeElement?.closest('.rx-source-picker'));
        // A source on its way to the registry tells what became of its words once it is there.
        const creating = box.current?.creating ?? false;
        shut();
        if (!creating) tracker.tell(t('tag.wordsChanged'));
        if (focused) focusBody(editor);
      }),
    );
  }, [editor, t, tracker, shut]);

  useHeadBoxClosing(editor, 'tag', picker !== null, shut);

  // A name that arrives (or changes after a rename or merge) relabels every tag.
  useEffect(() => sourceNames.subscribe(() => labelMarks(editor, marks.current, t)), [editor, t]);
  // Back in this window, the names are read again (as the Sources panel is): another window may have
  // renamed or merged a source meanwhile.
  useBackInView(refreshNames);

  const close = useCallback(() => {
    shut();
    focusBody(editor);
  }, [editor, shut]);

  /**
   * Runs `change` on `words` as they are now, in one undoable update; when they are gone (changed by
   * an edit not yet followed) nothing changes. `select`: they become the selection (the open picker's
   * act); else the user's selection, and the focus, stay where they are (a source created late).
   */
  const changeWords = useCallback(
    (
      words: SelectedWords | null,
      change: (selection: RangeSelection) => TagRefusal | null,
      select: boolean,
    ): TagRefusal | 'gone' | null => {
      let outcome: TagRefusal | 'gone' | null = 'gone';
      const inBody = editor.getRootElement()?.contains(document.activeElement) ?? false;
      editor.update(
        () => {
          const now = words && $followSelectedWords(words);
          if (now === null) return;
          const selection = now.selection.clone();
          if (select) $setSelection(selection);
          outcome = change(selection);
        },
        { tag: select || inBody ? SAVE_NOW_TAG : [SAVE_NOW_TAG, SKIP_DOM_SELECTION_TAG] },
      );
      return outcome;
    },
    [editor],
  );

  /** The picker's act on its words: says why it refused, and closes. */
  const onSelectedWords = useCallback(
    (change: (selection: RangeSelection) => TagRefusal | null) => {
      const words = saved.current;
      // Taken before the update: the picker's own change is no edit of the words to follow.
      saved.current = null;
      const outcome = changeWords(words, change, true);
      if (outcome === 'gone') tracker.tell(t('tag.wordsChanged'));
      else if (outcome) tracker.tell(tagRefusalMessage(t, outcome));
      close();
    },
    [changeWords, t, close, tracker],
  );

  /**
   * Tags with a source the registry still has: one another window deleted or merged away since the
   * list showed it is refused, nothing tagged. (Deleted between this answer and the save, a tag of it
   * is kept and reads "a source no longer in the registry", as the export warns.)
   */
  const apply = useCallback(
    (source: Pick<Source, 'id' | 'name'>) => {
      const asked = box.current;
      void sourceNames.lookUpNow(source.id).then((found) => {
        // Closed (Escape, or its words changed) or opened again meanwhile: that was the answer.
        if (box.current !== asked) return;
        if (found.ok && found.value !== null)
          return onSelectedWords((selection) => $applyTag(source.id, selection));
        tracker.tell(found.ok ? t('tag.refused.gone', { name: source.name }) : say(found.error));
        close();
      });
    },
    [onSelectedWords, close, say, t, tracker],
  );

  /**
   * Create and tag: once sent, the source will exist, so the words selected when it was asked for are
   * tagged with it when the registry answers, whatever the picker did meanwhile (closed, opened again
   * on other words); words changed meanwhile are not, and the notice says the source was created.
   */
  const createAndTag = useCallback(
    async (fields: SourceFields): Promise<string | null> => {
      const asked = box.current;
      if (asked) asked.creating = true;
      const release = holdSelectedWords(editor, saved.current);
      const result = await api('sources.create', fields);
      const words = release();
      const open = asked !== null && box.current === asked;
      if (asked) asked.creating = false;
      if (!result.ok) {
        // The open form shows why and keeps what was typed; a closed one can only be told.
        if (open) return say(result.error);
        tracker.tell(t('tag.created.failed', { name: fields.name, reason: say(result.error) }));
        return null;
      }
      const source = result.value;
      sourceNames.remember(source.id, source.name);
      if (open) saved.current = null;
      const outcome = changeWords(words, (selection) => $applyTag(source.id, selection), open);
      if (outcome !== null) tracker.tell(t('tag.created.notTagged', { name: source.name }));
      else if (!open) tracker.tell(t('tag.created.tagged', { name: source.name }));
      if (open) close();
      return null;
    },
    [editor, changeWords, close, say, t, tracker],
  );
  // Leaving the article or closing the window waits for it: the tag is saved with the article.
  const create = useCallback(
    (fields: SourceFields): Promise<string | null> => {
      const done = createAndTag(fields);
      const release = registerLanding(() => done.then(() => undefined));
      void done.finally(release);
      return done;
    },
    [createAndTag],
  );

  const remove = useCallback(
    () =>
      onSelectedWords((selection) => {
        // Only some of a tag's words selected: those words lose the source, the others keep it.
        const target = $tagTarget(selection);
        if (!('mark' in target) || !target.mark) return null;
        if (target.part) return $retagPart(target.mark, null, selection);
        $untag(target.mark);
        return null;
      }),
    [onSelectedWords],
  );

  const chipName = chip ? nameFor(t, chip.sourceId) : undefined;
  return (
    <>
      {picker && (
        <InBodyHead>
          <SourcePicker
            key={picker.opening}
            currentName={picker.currentId ? (nameFor(t, picker.currentId) ?? '…') : null}
            onPick={apply}
            onCreate={create}
            onRemove={remove}
            onClose={close}
          />
        </InBodyHead>
      )}
      {chip && chipName !== undefined && !picker && (
        <p className="rx-source-chip" aria-live="polite" style={{ top: chip.top, left: chip.left }}>
          {t('tag.hover', { name: chipName })}
        </p>
      )}
    </>
  );
}
