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
  type LexicalEditor,
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
import { InBodyHead } from '../BodyHead';
import { usePageTracker } from '../pages/PageTracker';
import { SAVE_NOW_TAG } from '../saveNow';
import {
  $followSelectedWords,
  $selectedWords,
  followSelectedWords,
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

/** Puts "Source: <name>" on every tag in the body as its hover title. */
function labelMarks(editor: LexicalEditor, keys: ReadonlySet<string>, t: Translate): void {
  for (const key of keys) {
    const element = editor.getElementByKey(key);
    const id = element?.dataset.sourceId;
    if (!element || !id) continue;
    const name = nameFor(t, id);
    if (name !== undefined) element.title = t('tag.hover', { name });
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
  const marks = useRef(new Set<string>());
  useSyncExternalStore(sourceNames.subscribe, sourceNames.getVersion);

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
            saved.current = null;
            setPicker(null);
            tracker.tell(tagRefusalMessage(t, target.refusal));
          } else {
            tracker.dismiss();
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
        setPicker(null);
        tracker.tell(t('tag.wordsChanged'));
        if (focused) focusBody(editor);
      }),
    );
  }, [editor, t, tracker]);

  // A name that arrives (or changes after a rename or merge) relabels every tag.
  useEffect(() => sourceNames.subscribe(() => labelMarks(editor, marks.current, t)), [editor, t]);
  // Back in this window, the names are read again (as the Sources panel is): another window may have
  // renamed or merged a source meanwhile.
  useBackInView(refreshNames);

  const close = useCallback(() => {
    saved.current = null;
    setPicker(null);
    focusBody(editor);
  }, [editor]);

  /**
   * Runs `change` on the selected words, in one undoable update, as they are now, and says why it
   * refused; when the words are gone (changed by an edit not yet followed) the picker changes nothing.
   */
  const onSelectedWords = useCallback(
    (change: () => TagRefusal | null) => {
      const words = saved.current;
      // Taken before the update: the picker's own change is no edit of the words to follow.
      saved.current = null;
      const outcome: { refusal: TagRefusal | null; gone: boolean } = { refusal: null, gone: false };
      editor.update(
        () => {
          const now = words && $followSelectedWords(words);
          if (now === null) return void (outcome.gone = true);
          $setSelection(now.selection.clone());
          outcome.refusal = change();
        },
        { tag: SAVE_NOW_TAG },
      );
      if (outcome.gone) tracker.tell(t('tag.wordsChanged'));
      else if (outcome.refusal) tracker.tell(tagRefusalMessage(t, outcome.refusal));
      close();
    },
    [editor, t, close, tracker],
  );

  const apply = useCallback(
    (source: Pick<Source, 'id' | 'name'>) => {
      sourceNames.remember(source.id, source.name);
      onSelectedWords(() => $applyTag(source.id));
    },
    [onSelectedWords],
  );

  const create = useCallback(
    async (fields: SourceFields): Promise<string | null> => {
      const result = await api('sources.create', fields);
      if (!result.ok) return say(result.error);
      apply(result.value);
      return null;
    },
    [apply, say],
  );

  const remove = useCallback(
    () =>
      onSelectedWords(() => {
        // Only some of a tag's words selected: those words lose the source, the others keep it.
        const target = $tagTarget();
        if (!('mark' in target) || !target.mark) return null;
        if (target.part) return $retagPart(target.mark, null);
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
