import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useRovingToolbar } from '../app/useRovingToolbar';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isLinkNode } from '@lexical/link';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isNodeSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useI18n } from '../i18n/I18n';
import { Icon } from './Icon';
import {
  $selectedBlockKind,
  OPEN_LINK_EDITOR_COMMAND,
  TOGGLE_BLOCK_COMMAND,
  toggleList,
  type BlockKind,
} from './commands';
import { OPEN_PHOTO_PICKER_COMMAND } from './photos';
import { OPEN_RELATED_LINK_PICKER_COMMAND } from './related/relatedLinks';
import { OPEN_SOURCE_PICKER_COMMAND } from './sources/tagging';
import {
  INSERT_PAGE_BREAK_COMMAND,
  OPEN_AUTO_SPLIT_COMMAND,
  OPEN_PAGE_PREVIEW_COMMAND,
} from './pages/pageBreaks';
import { focusedFieldAbility, HISTORY_CHANGED, undoInField, type UndoAbility } from '../app/undoTargets';

interface SelectionState {
  formats: Record<'bold' | 'italic' | 'underline' | 'strikethrough', boolean>;
  block: BlockKind | null;
  link: boolean;
  /** A photo, page break or related link is selected as a whole: there is no text to format. */
  blockSelected: boolean;
}

const NO_SELECTION: SelectionState = {
  formats: { bold: false, italic: false, underline: false, strikethrough: false },
  block: null,
  link: false,
  blockSelected: false,
};

function $readSelection(): SelectionState {
  const selection = $getSelection();
  if ($isNodeSelection(selection)) return { ...NO_SELECTION, blockSelected: true };
  if (!$isRangeSelection(selection)) return NO_SELECTION;
  const node = selection.anchor.getNode();
  return {
    formats: {
      bold: selection.hasFormat('bold'),
      italic: selection.hasFormat('italic'),
      underline: selection.hasFormat('underline'),
      strikethrough: selection.hasFormat('strikethrough'),
    },
    block: $selectedBlockKind(),
    link: $isLinkNode(node) || $isLinkNode(node.getParent()),
    blockSelected: false,
  };
}

const same = (a: SelectionState, b: SelectionState): boolean =>
  a.block === b.block &&
  a.link === b.link &&
  a.blockSelected === b.blockSelected &&
  (Object.keys(a.formats) as Array<keyof SelectionState['formats']>).every(
    (k) => a.formats[k] === b.formats[k],
  );

function ToolButton(props: {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onPress: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="rx-tool"
      aria-label={props.label}
      title={props.shortcut ? `${props.label} (${props.shortcut})` : props.label}
      aria-pressed={props.pressed}
      disabled={props.disabled}
      // Keep the editor's selection: the button must not take focus on mouse down.
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onPress}
    >
      {props.children}
    </button>
  );
}

const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** The body's toolbar: buttons only dispatch commands; state is read from the editor. */
export function Toolbar() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const [state, setState] = useState<SelectionState>(NO_SELECTION);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  const roving = useRovingToolbar(bar);
  // With a photo's caption (or credit, alt text) focused, Undo and Redo are that field's (PlainText).
  const [field, setField] = useState<UndoAbility | null>(null);
  useEffect(
    () =>
      editor.registerRootListener((root) => {
        if (!root) return;
        const look = () =>
          setField((shown) => {
            const now = focusedFieldAbility(root);
            return shown?.undo === now?.undo && shown?.redo === now?.redo ? shown : now;
          });
        // After the focus has moved (focusout comes before the next element has it).
        const lookSoon = () => window.setTimeout(look);
        root.addEventListener('focusin', look);
        root.addEventListener('focusout', lookSoon);
        root.addEventListener(HISTORY_CHANGED, look);
        return () => {
          root.removeEventListener('focusin', look);
          root.removeEventListener('focusout', lookSoon);
          root.removeEventListener(HISTORY_CHANGED, look);
        };
      }),
    [editor],
  );

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readSelection);
          setState((previous) => (same(previous, next) ? previous : next));
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  const format = (type: TextFormatType) => () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const block = (kind: 'h2' | 'quote') => () => editor.dispatchCommand(TOGGLE_BLOCK_COMMAND, kind);
  const list = (kind: 'bullet' | 'number') => () => toggleList(editor, kind);

  return (
    <div
      ref={bar}
      className="rx-toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      onFocus={roving.onFocus}
      onKeyDown={roving.onKeyDown}
    >
      <ToolButton
        label={t('toolbar.undo')}
        shortcut={`${MOD}Z`}
        disabled={field ? !field.undo : !canUndo}
        // In a photo's caption, its own typing is what Undo takes back first (PlainText).
        onPress={() =>
          undoInField('undo', editor.getRootElement()) || editor.dispatchCommand(UNDO_COMMAND, undefined)
        }
      >
        ↶
      </ToolButton>
      <ToolButton
        label={t('toolbar.redo')}
        shortcut={`${MOD}Shift+Z`}
        disabled={field ? !field.redo : !canRedo}
        onPress={() =>
          undoInField('redo', editor.getRootElement()) || editor.dispatchCommand(REDO_COMMAND, undefined)
        }
      >
        ↷
      </ToolButton>
      <span className="rx-tool-sep" aria-hidden="true" />
      <ToolButton
        label={t('toolbar.bold')}
        disabled={state.blockSelected}
        shortcut={`${MOD}B`}
        pressed={state.formats.bold}
        onPress={format('bold')}
      >
        <b>B</b>
      </ToolButton>
      <ToolButton
        label={t('toolbar.italic')}
        disabled={state.blockSelected}
        shortcut={`${MOD}I`}
        pressed={state.formats.italic}
        onPress={format('italic')}
      >
        <i>I</i>
      </ToolButton>
      <ToolButton
        label={t('toolbar.underline')}
        disabled={state.blockSelected}
        shortcut={`${MOD}U`}
        pressed={state.formats.underline}
        onPress={format('underline')}
      >
        <u>U</u>
      </ToolButton>
      <ToolButton
        label={t('toolbar.strikethrough')}
        disabled={state.blockSelected}
        shortcut={`${MOD}Shift+X`}
        pressed={state.formats.strikethrough}
        onPress={format('strikethrough')}
      >
        <s>S</s>
      </ToolButton>
      <ToolButton
        label={t('toolbar.link')}
        disabled={state.blockSelected}
        shortcut={`${MOD}K`}
        pressed={state.link}
        onPress={() => editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined)}
      >
        <Icon name="link" />
      </ToolButton>
      <span className="rx-tool-sep" aria-hidden="true" />
      <ToolButton
        label={t('toolbar.heading')}
        disabled={state.blockSelected}
        shortcut={`${MOD}Alt+2`}
        pressed={state.block === 'h2' || state.block === 'h3'}
        onPress={block('h2')}
      >
        H
      </ToolButton>
      <ToolButton
        label={t('toolbar.quote')}
        disabled={state.blockSelected}
        pressed={state.block === 'quote'}
        onPress={block('quote')}
      >
        ❝
      </ToolButton>
      <ToolButton
        label={t('toolbar.bulleted')}
        disabled={state.blockSelected}
        shortcut={`${MOD}Shift+8`}
        pressed={state.block === 'bullet'}
        onPress={list('bullet')}
      >
        •≡
      </ToolButton>
      <ToolButton
        label={t('toolbar.numbered')}
        disabled={state.blockSelected}
        shortcut={`${MOD}Shift+7`}
        pressed={state.block === 'number'}
        onPress={list('number')}
      >
        1≡
      </ToolButton>
      <span className="rx-tool-sep" aria-hidden="true" />
      <ToolButton
        label={t('toolbar.pageBreak')}
        shortcut={`${MOD}Enter`}
        onPress={() => editor.dispatchCommand(INSERT_PAGE_BREAK_COMMAND, undefined)}
      >
        ⤓
      </ToolButton>
      <ToolButton
        label={t('toolbar.autoSplit')}
        onPress={() => editor.dispatchCommand(OPEN_AUTO_SPLIT_COMMAND, undefined)}
      >
        ⇶
      </ToolButton>
      <ToolButton
        label={t('toolbar.previewPage')}
        onPress={() => editor.dispatchCommand(OPEN_PAGE_PREVIEW_COMMAND, undefined)}
      >
        <Icon name="preview" />
      </ToolButton>
      <ToolButton
        label={t('toolbar.insertPhoto')}
        onPress={() => editor.dispatchCommand(OPEN_PHOTO_PICKER_COMMAND, undefined)}
      >
        <Icon name="photo" />
      </ToolButton>
      <ToolButton
        label={t('toolbar.relatedLink')}
        onPress={() => editor.dispatchCommand(OPEN_RELATED_LINK_PICKER_COMMAND, null)}
      >
        ↗
      </ToolButton>
      <ToolButton
        label={t('toolbar.tagSource')}
        shortcut={`${MOD}Alt+S`}
        onPress={() => editor.dispatchCommand(OPEN_SOURCE_PICKER_COMMAND, undefined)}
      >
        ❞
      </ToolButton>
    </div>
  );
}
