import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, stopLexicalPropagation, type NodeKey } from 'lexical';
import { $isPhotoNode, type PhotoFields, type PhotoNode } from '../../../shared/editor/PhotoNode';
import { useI18n } from '../../i18n/I18n';
import { useBlockSelection } from './useBlockSelection';
import { StyleHints } from '../../photos/CaptionHints';
import { PhotoImage } from '../../photos/PhotoImage';
import { TextField } from '../../photos/TextField';
import { useLibraryPhoto } from '../../photos/useLibraryPhoto';
import { $movePhoto } from '../photos';

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
 * text (prefilled from the library; edits here belong to this article). Clicking the image selects
 * the block: Delete or Backspace removes it, Alt+ArrowUp / Alt+ArrowDown move it, Ctrl/Cmd+Z undoes.
 */
export function PhotoComponent({ nodeKey, photo }: { nodeKey: NodeKey; photo: PhotoFields }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const library = useLibraryPhoto(photo.photoId);
  const [selected] = useBlockSelection(nodeKey);
  const own = useRef<HTMLDivElement>(null);

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

  const withNode = (change: (node: PhotoNode) => void, options?: { discrete: true }) =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isPhotoNode(node)) change(node);
    }, options);
  // Discrete: the article has the words when this returns, so a save made right after (Ctrl/Cmd+S,
  // leaving) carries them.
  const set = (patch: Partial<PhotoFields>) => withNode((node) => node.setPhoto(patch), { discrete: true });

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
      <div ref={own} className="rx-photo-own">
        <div className="rx-photo-tools" role="toolbar" aria-label={t('photo.tools')}>
          <button
            type="button"
            aria-label={t('photo.moveUp')}
            title={t('photo.moveUp')}
            onClick={() => withNode((node) => $movePhoto(node, 'up'))}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={t('photo.moveDown')}
            title={t('photo.moveDown')}
            onClick={() => withNode((node) => $movePhoto(node, 'down'))}
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
            onClick={() => withNode((node) => node.remove())}
          >
            ✕
          </button>
        </div>
        <TextField
          label={t('photo.caption')}
          multiline
          maxLength={4_000}
          value={photo.caption}
          onCommit={(caption) => set({ caption })}
          hints={(caption, id) => (
            <StyleHints id={id} kind="caption" caption={caption} credit={photo.credit} />
          )}
        />
        <TextField
          label={t('photo.credit')}
          maxLength={300}
          value={photo.credit}
          onCommit={(credit) => set({ credit })}
          hints={(credit, id) => <StyleHints id={id} kind="credit" caption={photo.caption} credit={credit} />}
        />
        <TextField
          label={t('photo.altText')}
          maxLength={1_000}
          value={photo.altText}
          onCommit={(altText) => set({ altText })}
        />
      </div>
    </figure>
  );
}
