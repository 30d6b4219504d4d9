import { z } from 'zod';
import { CAPTION_STYLES } from '../text/caption-style';
import { baseAddress, normalizeTypedUrl } from '../text/urls';
import { Wording } from './wording';

export const UI_LANGUAGES = ['en', 'id'] as const;
export const UiLanguage = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof UiLanguage>;

/** The longest text each profile field keeps (the Settings fields stop there too). */
export const PROFILE_LIMITS = { name: 200, datelinePrefix: 120, baseUrl: 500, copyright: 500 } as const;

export const PublicationProfile = z.object({
  name: z.string().max(PROFILE_LIMITS.name),
  language: UiLanguage,
  datelinePrefix: z.string().max(PROFILE_LIMITS.datelinePrefix),
  /** Where the packages are published (canonical and social addresses): empty, or an http(s) address. */
  baseUrl: z
    .string()
    .max(PROFILE_LIMITS.baseUrl)
    .transform((raw, context) => {
      if (raw.trim() === '') return '';
      // Typed without a scheme ("tribun-medan.com/berita"), it is taken as https, as the link box does.
      const address = baseAddress(normalizeTypedUrl(raw));
      if (address !== null) return address;
      context.addIssue({
        code: 'custom',
        message: 'the base URL must be a web address starting with https:// or http://, without ? or #',
      });
      return z.NEVER;
    }),
  copyright: z.string().max(PROFILE_LIMITS.copyright),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** How captions are written: the house style (UPPER-CASE TITLE: sentence.) or a plain sentence. */
  captionStyle: z.enum(CAPTION_STYLES),
  /** The publication's logo: a photo from the library (its id), or empty for none. */
  logoPhotoId: z.union([z.literal(''), z.string().uuid()]),
  /** Where this publication's packages were last exported (an absolute folder, or empty). */
  exportFolder: z.string().max(1_000),
  /** Whether this publication's last export wrote a zip too (the export dialog offers the same). */
  exportZip: z.boolean(),
});
export type PublicationProfile = z.infer<typeof PublicationProfile>;

export const Settings = z.object({
  uiLanguage: UiLanguage,
  publication: PublicationProfile,
});
export type Settings = z.infer<typeof Settings>;

export const SettingsUpdate = z.object({
  uiLanguage: UiLanguage.optional(),
  publication: PublicationProfile.partial().optional(),
});
export type SettingsUpdate = z.infer<typeof SettingsUpdate>;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'en',
  publication: {
    name: 'Redaksi',
    language: 'id',
    datelinePrefix: '',
    baseUrl: '',
    copyright: '',
    accentColor: '#b3261e',
    captionStyle: 'title-colon',
    logoPhotoId: '',
    exportFolder: '',
    exportZip: false,
  },
};

/** What the app reports about itself at start: notices the user must read (a moved-aside file...). */
export const AppStatus = z.object({
  version: z.string(),
  notices: z.array(z.object({ code: z.string(), message: z.string(), wording: Wording.optional() })),
});
export type AppStatus = z.infer<typeof AppStatus>;
