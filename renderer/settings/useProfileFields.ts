import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiErrorShape } from '../../shared/api/errors';
import type { PublicationProfile, Settings, UiLanguage } from '../../shared/api/settings';
import { api } from '../api/client';
import { draftWaiting } from '../app/fieldDrafts';

type ProfileKey = keyof PublicationProfile;
/** What a save can be refused for: a profile field, or the interface language. */
export type RefusedKey = ProfileKey | 'uiLanguage';
/** Why a field's last save was refused, and the value refused (which the field may no longer show). */
export type Refusal = { error: ApiErrorShape; value: unknown };

/** A pause in typing this long saves a profile field. */
const SETTLE_MS = 700;

/**
 * The publication profile as this Settings view shows it, beside what the view last received from the
 * store (`stored`: read when it opened, read again when the tab comes back, or returned by a save).
 * Only a field the user changed from `stored` is saved, so a tab opened earlier never writes its old
 * values over another tab's newer ones just because the editor passed through a field. A newer profile
 * from the store replaces every field the user has not changed; one the user has changed keeps their text.
 */
export function useProfileFields(profile: PublicationProfile, onSaved: (settings: Settings) => void) {
  const [shown, setShown] = useState<PublicationProfile>(profile);
  // Read synchronously by saves, timers and the merge; the state above only draws the fields.
  const shownNow = useRef(profile);
  const stored = useRef(profile);
  // Each field's own: saving one field says nothing about another's refused text still in its box.
  const [refusals, setRefusals] = useState<Partial<Record<RefusedKey, Refusal>>>({});
  const settle = useCallback((outcome: Partial<Record<RefusedKey, Refusal | null>>) => {
    setRefusals((current) => {
      const next = { ...current };
      for (const [key, refusal] of Object.entries(outcome) as Array<[RefusedKey, Refusal | null]>)
        if (refusal) next[key] = refusal;
        else delete next[key];
      return next;
    });
  }, []);
  const latestOnSaved = useRef(onSaved);
  useEffect(() => {
    latestOnSaved.current = onSaved;
  });

  const show = useCallback((patch: Partial<PublicationProfile>) => {
    shownNow.current = { ...shownNow.current, ...patch };
    setShown(shownNow.current);
  }, []);

  // A newer profile from the store (a re-read when the tab came back, or any save's answer).
  useEffect(() => {
    const untouched: Partial<Record<ProfileKey, unknown>> = {};
    for (const key of Object.keys(profile) as ProfileKey[])
      if (shownNow.current[key] === stored.current[key] && shownNow.current[key] !== profile[key])
        untouched[key] = profile[key];
    stored.current = profile;
    if (Object.keys(untouched).length > 0) show(untouched as Partial<PublicationProfile>);
  }, [profile, show]);

  /** Saves; `quiet` (a pause in typing) keeps a refusal to itself until the field is left or Enter says done. */
  const save = useCallback(
    async (patch: { uiLanguage?: UiLanguage; publication?: Partial<PublicationProfile> }, quiet = false) => {
      const result = await api('settings.update', patch);
      const keys = Object.keys(patch.publication ?? {}) as ProfileKey[];
      const sent: Partial<Record<RefusedKey, unknown>> = { ...patch.publication };
      if (patch.uiLanguage !== undefined) sent.uiLanguage = patch.uiLanguage;
      if (result.ok) {
        settle(Object.fromEntries(Object.keys(sent).map((key) => [key, null])));
        const saved = result.value.publication;
        // Show what was stored (an address comes back normalised: lower-case host, no trailing slash)
        // where the field still holds what was sent — not after a pause, though: the editor is typing.
        const normalised: Partial<Record<ProfileKey, unknown>> = {};
        for (const key of keys)
          if (!quiet && shownNow.current[key] === patch.publication?.[key]) normalised[key] = saved[key];
        stored.current = { ...stored.current, ...Object.fromEntries(keys.map((key) => [key, saved[key]])) };
        show(normalised as Partial<PublicationProfile>);
        latestOnSaved.current(result.value);
        return true;
      }
      if (!quiet)
        settle(
          Object.fromEntries(
            Object.entries(sent).map(([key, value]) => [key, { error: result.error, value }]),
          ),
        );
      return false;
    },
    [show, settle],
  );

  // A text field saves after a pause in typing too, so a reload or a crash before it is left loses
  // nothing; leaving it, pressing Enter, leaving the view or the page saves at once.
  const pending = useRef(new Map<ProfileKey, number>());
  const release = useRef<(() => void) | null>(null);
  const commit = useCallback(
    (key: ProfileKey, quiet = false) => {
      window.clearTimeout(pending.current.get(key));
      pending.current.delete(key);
      if (pending.current.size === 0) {
        release.current?.();
        release.current = null;
      }
      const value = shownNow.current[key];
      // Back to what is stored, there is nothing to save and nothing refused any more.
      if (value === stored.current[key]) {
        settle({ [key]: null });
        return;
      }
      void save({ publication: { [key]: value } }, quiet);
    },
    [save, settle],
  );
  const commitAll = useCallback(() => {
    for (const key of [...pending.current.keys()]) commit(key);
  }, [commit]);
  useEffect(() => commitAll, [commitAll]);

  const edit = (key: ProfileKey, value: string) => {
    show({ [key]: value });
    window.clearTimeout(pending.current.get(key));
    pending.current.set(
      key,
      window.setTimeout(() => commit(key, true), SETTLE_MS),
    );
    // Leaving the view (a button, Back) or the page commits what waits for its pause (app/fieldDrafts).
    release.current ??= draftWaiting(commitAll);
  };

  /** A choice is saved at once; refused, the field goes back to what is stored. */
  const choose = <K extends 'language' | 'captionStyle' | 'logoPhotoId'>(
    key: K,
    value: PublicationProfile[K],
  ) => {
    show({ [key]: value });
    void save({ publication: { [key]: value } }).then((saved) => {
      if (!saved && shownNow.current[key] === value) show({ [key]: stored.current[key] });
    });
  };

  return { shown, refusals, save, edit, commit, choose };
}
