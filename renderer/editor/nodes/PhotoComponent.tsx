import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createNodeSelection,
  $getNodeByKey,
  $isElementNode,
  $setSelection,
  REDO_COMMAND,
  SKIP_DOM_SELECTION_TAG,
  stopLexicalPropagation,
  UNDO_COMMAND,
  type NodeKey,
} from 'lexical';
import { $isPhotoNode, type PhotoFields, type PhotoNode } from '../../../shared/editor/PhotoNode';
import { useI18n } from '../../i18n/I18n';
import { usePublication } from '../../app/Publication';
import { useBlockSelection } from './useBlockSelection';
import { StyleHints } from '../../photos/CaptionHints';
import { PhotoImage } from '../../photos/PhotoImage';
import { TextField } from '../../photos/TextField';
import { useLibraryPhoto } from '../../photos/useLibraryPhoto';
import { $movePhotoTold } from '../photos';
import { focusBody } from '../focusBody';
import { useRovingToolbar } from '../../app/useRovingToolbar';
import { PHOTO_WORDS_COMMIT_TAG } from '../plugins/PhotoWordsUndoPlugin';
import { SAY_IN_BODY_COMMAND } from '../bodyAnnouncements';

// Typing, pasting and clicking in the photo's own fields and buttons belong to them, not to the body:
// Lexical is told to ignore these events (they still reach React and the window's shortcuts).
const OWN_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'paste',
  'cut',
  'copy',
  'compositionstart',
  'compositionend',
  'click',
  'dragstart',
  'drop',
] as const;

/**
 * A photo in the body: the image, tools to move or remove it, and its own Caption, Credit and Alt
 * text (prefilled from the library; edits here belong to this article; one left empty shows the
 * library's, which the export uses). Clicking the image selects
 * the block: Delete or Backspace removes it, Alt+ArrowUp / Alt+ArrowDown move it, Ctrl/Cmd+Z undoes.
 */
export function PhotoComponent({ nodeKey, photo }: { nodeKey: NodeKey; photo: PhotoFields }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const { language: articleLanguage } = usePublication();
  const library = useLibraryPhoto(photo.photoId);
  // A field left empty here is published with the desk's words (shared/render/photo.ts): shown in
  // grey in it, so what the export prints is never out of sight.
  const desk = (field: 'caption' | 'credit' | 'altText') => ({
    fallback: library.state === 'found' ? library.photo[field] : '',
    fallbackNote: t('photo.deskWords'),
  });
  const selected = useBlockSelection(nodeKey);
  const own = useRef<HTMLDivElement>(null);
  const tools = useRef<HTMLDivElement>(null);
  const roving = useRovingToolbar(tools);

  useEffect(() => {
    const element = own.current;
    if (!element) return;
    return mergeRegister(
      ...OWN_EVENTS.map((type) => {
        element.addEventListener(type, stopLexicalPropagation);
        return () => element.removeEventListener(type, stopLexicalPropagation);
      }),
    );
  }, []);

  // The photo's own buttons are outside Lexical's key handling: Ctrl/Cmd+Z on one of them undoes in
  // the body, as it does anywhere else in it (its fields keep their own history).
  const undoKeys = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.target instanceof HTMLButtonElement) || !(event.ctrlKey || event.metaKey) || event.altKey)
      return;
    const key = event.key.toLowerCase();
    const step =
      key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && !event.shiftKey ? 'redo' : null;
    if (!step) return;
    event.preventDefault();
    const button = event.target;
    editor.dispatchCommand(step === 'undo' ? UNDO_COMMAND : REDO_COMMAND, undefined);
    // The button pressed keeps the focus while it is there (Full width undone); the photo itself
    // undone away, the body takes it.
    requestAnimationFrame(() => {
      const label = button.getAttribute('aria-label');
      const again = button.isConnected
        ? button
        : label
          ? editor
              .getElementByKey(nodeKey)
              ?.querySelector<HTMLButtonElement>(`button[aria-label="${CSS.escape(label)}"]`)
          : null;
      if (again) again.focus();
      else focusBody(editor);
    });
  };
  /**
   * A moved photo is drawn again in its new place: the button pressed takes the focus back there, and
   * a screen reader is told where that is (or that it can go no further, when nothing moved).
   */
  const moveKeepingFocus = (direction: 'up' | 'down', label: string) => {
    let told = '';
    withNode((node) => (told = $movePhotoTold(editor, t, node, direction)), { discrete: true });
    if (told) editor.dispatchCommand(SAY_IN_BODY_COMMAND, told);
    requestAnimationFrame(() =>
      editor
        .getElementByKey(nodeKey)
        ?.querySelector<HTMLButtonElement>(`button[aria-label="${CSS.escape(label)}"]`)
        ?.focus(),
    );
  };
  const withNode = (
    change: (node: PhotoNode) => void,
    options?: { discrete: true; tag?: string | string[] },
  ) =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isPhotoNode(node)) change(node);
    }, options);
  // Discrete: the article has the words when this returns, so a save made right after (Ctrl/Cmd+S,
  // leaving) carries them. The body's caret is left alone: a field commits as the focus leaves it
  // (Tab, a click on Credit), when no field holds the focus yet, and Lexical would otherwise put its
  // caret back in the body there, with the focus — the next words typed landed in the article.
  // A field's words join the body's current undo step: the field's own undo takes them back, and the
  // body's never does (PhotoWordsUndoPlugin); the layout is a step of the body's.
  const set = (patch: Partial<PhotoFields>) =>
    withNode((node) => node.setPhoto(patch), {
      discrete: true,
      tag: patch.layout ? SKIP_DOM_SELECTION_TAG : [SKIP_DOM_SELECTION_TAG, PHOTO_WORDS_COMMIT_TAG],
    });

  /**
   * Escape in one of the photo's fields (its words kept, as on leaving it): back to the body with the
   * photo selected as a block, as the photo desk's Escape goes back to its grid — Delete, Alt+arrows
   * and the arrows then act on it from there.
   */
  const backToBlock = () =>
    editor.update(() => {
      // A block selection has no caret to carry the focus into the body: the body takes it first.
      editor.getRootElement()?.focus({ preventScroll: true });
      const selection = $createNodeSelection();
      selection.add(nodeKey);
      $setSelection(selection);
    });

  const label = photo.caption || t('photo.untitled');
  return (
    <figure
      className={`rx-photo${selected ? ' rx-selected' : ''}${photo.layout === 'wide' ? ' rx-photo-wide' : ''}`}
      aria-label={t('photo.block', { caption: label })}
    >
      {library.state === 'found' ? (
        <PhotoImage sha256={library.photo.sha256} width={960} alt={photo.altText} size={library.photo} />
      ) : (
        <p className="rx-photo-missing">
          {library.state === 'missing' ? t('photo.missing') : t('photos.loading')}
        </p>
      )}
      <div ref={own} className="rx-photo-own" onKeyDown={undoKeys}>
        <div
          ref={tools}
          className="rx-photo-tools"
          role="toolbar"
          aria-label={t('photo.tools')}
          onFocus={roving.onFocus}
          onKeyDown={roving.onKeyDown}
        >
          <button
            type="button"
            aria-label={t('photo.moveUp')}
            title={t('photo.moveUp')}
            onClick={() => moveKeepingFocus('up', t('photo.moveUp'))}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={t('photo.moveDown')}
            title={t('photo.moveDown')}
            onClick={() => moveKeepingFocus('down', t('photo.moveDown'))}
          >
            ↓
          </button>
          <button
            type="button"
            aria-pressed={photo.layout === 'wide'}
            onClick={() => set({ layout: photo.layout === 'wide' ? 'standard' : 'wide' })}
          >
            {t('photo.wide')}
          </button>
          <button
            type="button"
            aria-label={t('photo.remove')}
            title={t('photo.remove')}
            onClick={() => {
              // The text after it (or before it) takes the caret and the focus, not the page. The block
              // and its name go with it: a screen reader is told which photo went, and how to get it back
              // (said after the update, which empties the region of a block selection it ends).
              withNode(
                (node) => {
                  const next = node.getNextSibling() ?? node.getPreviousSibling();
                  node.remove();
                  if ($isElementNode(next)) next.selectStart();
                },
                { discrete: true },
              );
              editor.dispatchCommand(SAY_IN_BODY_COMMAND, t('photo.removed', { caption: label }));
              editor.focus();
            }}
          >
            ✕
          </button>
        </div>
        <TextField
          label={t('photo.caption')}
          multiline
          maxLength={4_000}
          lang={articleLanguage}
          value={photo.caption}
          onCommit={(caption) => set({ caption })}
          onEscape={backToBlock}
          {...desk('caption')}
          hints={(caption, id) => (
            <StyleHints
              id={id}
              kind="caption"
              caption={caption}
              credit={photo.credit || desk('credit').fallback}
            />
          )}
        />
        <TextField
          label={t('photo.credit')}
          maxLength={300}
          value={photo.credit}
          onCommit={(credit) => set({ credit })}
          onEscape={backToBlock}
          {...desk('credit')}
          hints={(credit, id) => (
            <StyleHints
              id={id}
              kind="credit"
              caption={photo.caption || desk('caption').fallback}
              credit={credit}
            />
          )}
        />
        <TextField
          label={t('photo.altText')}
          maxLength={1_000}
          lang={articleLanguage}
          value={photo.altText}
          onCommit={(altText) => set({ altText })}
          onEscape={backToBlock}
          {...desk('altText')}
        />
      </div>
    </figure>
  );
}
