import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createLinkNode, $isLinkNode, $toggleLink, TOGGLE_LINK_COMMAND } from '@lexical/link';
import {
  $createTextNode,
  $getSelection,
  $isDecoratorNode,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_LOW,
} from 'lexical';
import { hasCredentials, normalizeTypedUrl, typedLinkAddress } from '../../../shared/text/urls';
import { usePageTracker } from '../pages/PageTracker';
import { useI18n } from '../../i18n/I18n';
import { OPEN_LINK_EDITOR_COMMAND } from '../commands';
import { focusBody } from '../focusBody';
import { HEAD_BOX_OPENED_COMMAND, InBodyHead, useHeadBoxClosing } from '../BodyHead';
import {
  $followSelectedWords,
  $selectedWords,
  followSelectedWords,
  type SelectedWords,
} from '../selectedWords';

function $currentLinkUrl(): string {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return '';
  const node = selection.anchor.getNode();
  const link = $isLinkNode(node) ? node : $isLinkNode(node.getParent()) ? node.getParent() : null;
  return $isLinkNode(link) ? link.getURL() : '';
}

/** The link box: opened by the Link button or Ctrl/Cmd+K, applies or removes a link on the selection. */
const MAX_LINK = 2_000;

export function LinkEditorPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const tracker = usePageTracker();
  const [open, setOpen] = useState(false);
  const [openings, setOpenings] = useState(0);
  const [url, setUrl] = useState('');
  const [hadLink, setHadLink] = useState(false);
  const [error, setError] = useState('');
  // The words the box links, followed through what is written in the body while it is open.
  const saved = useRef<SelectedWords | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_LINK_EDITOR_COMMAND,
        () => {
          // A page break, photo or related link selected as a whole has no words to link (and a link
          // wrapped around one would make the body unsavable, or take the break out).
          const words = editor.getEditorState().read(() => $isRangeSelection($getSelection()));
          if (!words) {
            tracker.tell(t('link.needsWords'));
            return true;
          }
          // Words selected across one: the same, said so (the words on one side can be linked).
          const across = editor
            .getEditorState()
            .read(() =>
              ($getSelection()?.getNodes() ?? []).some((node) => $isDecoratorNode(node) && !node.isInline()),
            );
          if (across) {
            tracker.tell(t('link.acrossBlock'));
            return true;
          }
          editor.getEditorState().read(() => {
            saved.current = $selectedWords($getSelection());
            const current = $currentLinkUrl();
            setUrl(current);
            setHadLink(current !== '');
          });
          setError('');
          editor.dispatchCommand(HEAD_BOX_OPENED_COMMAND, 'link');
          setOpen(true);
          // Asked again while open (the focus had left the box): the box takes the focus again, so
          // what is typed next is the address, never over the selected words.
          setOpenings((n) => n + 1);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, tracker, t],
  );

  // The selected words edited (typed over, deleted, undone) while the box is open: linking the
  // letters now at their place would be a guess, so the box closes and says why.
  useEffect(
    () =>
      followSelectedWords(editor, saved, () => {
        const focused = form.current?.contains(document.activeElement) ?? false;
        setOpen(false);
        tracker.tell(t('link.wordsChanged'));
        if (focused) focusBody(editor);
      }),
    [editor, tracker, t],
  );

  useEffect(() => {
    // The box is in the body's head, always in sight: the page need not move to show it.
    if (open) input.current?.focus({ preventScroll: true });
  }, [open, openings]);

  // Closed from outside it (Escape in the text, the tag picker opening): the focus stays where it is.
  const shut = useCallback(() => {
    saved.current = null;
    setOpen(false);
  }, []);
  useHeadBoxClosing(editor, 'link', open, shut);

  const close = () => {
    shut();
    focusBody(editor);
  };

  /**
   * Runs `change` on the selected words, in one update, as they are now; when they are gone (changed
   * by an edit the update listener has not seen yet) the box closes having changed nothing.
   */
  const onSelectedWords = (change: () => void) => {
    const words = saved.current;
    // Taken before the update: the box's own change is no edit of the words to follow.
    saved.current = null;
    let gone = false;
    editor.update(() => {
      const now = words && $followSelectedWords(words);
      if (now === null) gone = true;
      else {
        $setSelection(now.selection.clone());
        change();
      }
    });
    if (gone) tracker.tell(t('link.wordsChanged'));
    close();
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    // Stored as it will be published: spaces and other characters a URL may not hold encoded.
    const target = typedLinkAddress(url);
    if (!target || target.length > MAX_LINK) {
      const credentials = hasCredentials(normalizeTypedUrl(url));
      setError(t(target ? 'link.tooLong' : credentials ? 'link.credentials' : 'link.invalid'));
      return;
    }
    onSelectedWords(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection) && selection.isCollapsed() && $currentLinkUrl() === '') {
        selection.insertNodes([$createLinkNode(target).append($createTextNode(target))]);
      } else {
        // Not TOGGLE_LINK_COMMAND: its check (BodyEditor's validateUrl, for a pasted address) takes only
        // absolute addresses and would drop "../arsip/" or "#bagian-2" without a word.
        $toggleLink(target);
        // The caret after the linked words, as in Docs: the next letter typed goes on after the link
        // instead of replacing its words.
        const linked = $getSelection();
        if ($isRangeSelection(linked) && !linked.isCollapsed()) {
          const end = linked.isBackward() ? linked.anchor : linked.focus;
          linked.anchor.set(end.key, end.offset, end.type);
          linked.focus.set(end.key, end.offset, end.type);
        }
      }
    });
  };

  const remove = () => onSelectedWords(() => editor.dispatchCommand(TOGGLE_LINK_COMMAND, null));

  if (!open) return null;
  return (
    <InBodyHead>
      <form
        ref={form}
        className="rx-link-editor"
        role="dialog"
        aria-label={t('link.dialog')}
        onSubmit={apply}
        onKeyDown={(e) => e.key === 'Escape' && close()}
      >
        <label>
          {t('link.url')}
          <input
            ref={input}
            type="text"
            inputMode="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            aria-invalid={error !== ''}
          />
        </label>
        <button type="submit">{t('link.apply')}</button>
        {/* Only a link can be removed: with none in the selection the button would do nothing. */}
        {hadLink && (
          <button type="button" onClick={remove}>
            {t('link.remove')}
          </button>
        )}
        <button type="button" onClick={close}>
          {t('link.cancel')}
        </button>
        {error && (
          <p className="rx-field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </InBodyHead>
  );
}
