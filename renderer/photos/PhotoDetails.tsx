import { useEffect, useState, type Ref } from 'react';
import type { Photo, PhotoDetail, PhotoText } from '../../shared/api/photo';
import { api } from '../api/client';
import { SaveAnnouncer } from '../app/SaveAnnouncer';
import { useI18n } from '../i18n/I18n';
import { StyleHints } from './CaptionHints';
import { DeletePhoto } from './DeletePhoto';
import { PhotoImage } from './PhotoImage';
import { PhotoUses } from './PhotoUses';
import { TextField } from './TextField';

type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; message: string };

/**
 * One photo on the desk: its words (Caption, Credit, Alt text, photographer, copyright) edited in
 * place and saved as the desk types, style hints beside caption and credit, the articles using it, and
 * Delete photo.
 */
export function PhotoDetails(props: {
  photoId: string;
  onSaved: (photo: Photo) => void;
  onOpenArticle: (id: string) => void;
  /** With what to say: which photo went. */
  onDeleted: (id: string, said: string) => void;
  onBack: () => void;
  captionRef: Ref<HTMLInputElement & HTMLTextAreaElement>;
}) {
  const { t, say } = useI18n();
  const { photoId, onSaved } = props;
  const [detail, setDetail] = useState<PhotoDetail | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => {
    let current = true;
    void api('photos.get', { id: photoId }).then((result) => {
      if (current && result.ok) setDetail(result.value);
    });
    return () => {
      current = false;
    };
  }, [photoId]);

  if (!detail || detail.id !== photoId) return <p className="rx-loading">{t('photos.loading')}</p>;

  // Which articles show the photo with words other than these: read again after each change of them,
  // and after a refused delete (an article or the logo took it since it was opened).
  const readUses = () =>
    void api('photos.get', { id: detail.id }).then((result) => {
      if (!result.ok) return;
      const { usedIn, isLogo } = result.value;
      setDetail((shown) => (shown && shown.id === result.value.id ? { ...shown, usedIn, isLogo } : shown));
    });

  const commit = (patch: Partial<PhotoText>) => {
    setSave({ kind: 'saving' });
    void api('photos.update', { id: detail.id, ...patch }).then((result) => {
      if (!result.ok) return setSave({ kind: 'failed', message: say(result.error) });
      setDetail((shown) => (shown && shown.id === result.value.id ? { ...shown, ...result.value } : shown));
      setSave({ kind: 'saved' });
      onSaved(result.value);
      readUses();
    });
  };

  return (
    <form
      className="rx-photo-details"
      aria-label={t('photos.details')}
      onSubmit={(event) => event.preventDefault()}
    >
      <PhotoImage
        sha256={detail.sha256}
        width={480}
        alt={detail.altText}
        size={detail}
        className="rx-photo-preview"
      />
      <TextField
        label={t('photo.caption')}
        multiline
        maxLength={4_000}
        value={detail.caption}
        onCommit={(caption) => commit({ caption })}
        onEscape={props.onBack}
        inputRef={props.captionRef}
        hints={(caption, id) => (
          <StyleHints id={id} kind="caption" caption={caption} credit={detail.credit} />
        )}
      />
      <TextField
        label={t('photo.credit')}
        maxLength={300}
        value={detail.credit}
        onCommit={(credit) => commit({ credit })}
        onEscape={props.onBack}
        hints={(credit, id) => <StyleHints id={id} kind="credit" caption={detail.caption} credit={credit} />}
      />
      <TextField
        label={t('photo.altText')}
        maxLength={1_000}
        value={detail.altText}
        onCommit={(altText) => commit({ altText })}
        onEscape={props.onBack}
      />
      <TextField
        label={t('photos.creator')}
        maxLength={300}
        value={detail.creator}
        onCommit={(creator) => commit({ creator })}
        onEscape={props.onBack}
      />
      <TextField
        label={t('photos.copyright')}
        maxLength={500}
        value={detail.copyright}
        onCommit={(copyright) => commit({ copyright })}
        onEscape={props.onBack}
      />
      <p className="rx-photo-facts">
        {detail.originalName} · {detail.width} × {detail.height}
        {detail.dateTaken && ` · ${detail.dateTaken}`}
        {detail.city && ` · ${detail.city}`}
      </p>
      {/* Shown at every save; said aloud only when one fails, or works again after a failure. */}
      <p className="rx-photo-save" role="status" aria-live="off">
        {save.kind === 'saving' && t('save.saving')}
        {save.kind === 'saved' && t('save.saved')}
        {save.kind === 'failed' && t('save.failed', { message: save.message })}
      </p>
      <SaveAnnouncer
        kind={save.kind === 'saved' || save.kind === 'failed' ? save.kind : 'other'}
        failure={save.kind === 'failed' ? t('save.failed', { message: save.message }) : ''}
      />
      <section aria-label={t('photos.usedIn')}>
        <h3>{t('photos.usedIn')}</h3>
        {detail.isLogo && <p>{t('photos.isLogo')}</p>}
        {detail.usedIn.length === 0 && !detail.isLogo && <p>{t('photos.unused')}</p>}
        <PhotoUses
          key={detail.id}
          detail={detail}
          onOpenArticle={props.onOpenArticle}
          onCopied={readUses}
          unsaved={save.kind === 'saving' || save.kind === 'failed'}
        />
      </section>
      <DeletePhoto photo={detail} onDeleted={props.onDeleted} onRefused={readUses} />
    </form>
  );
}
