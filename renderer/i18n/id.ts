import type { Messages } from './en';
import { app } from './id/app';
import { articles } from './id/articles';
import { editor } from './id/editor';
import { photos } from './id/photos';
import { sources } from './id/sources';
import { exporting } from './id/export';

/** Bahasa Indonesia, one file per area of the app (`id/`). */
export const id: Messages = { ...app, ...articles, ...editor, ...photos, ...sources, ...exporting };
