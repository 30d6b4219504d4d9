import { app } from './en/app';
import { articles } from './en/articles';
import { editor } from './en/editor';
import { photos } from './en/photos';
import { sources } from './en/sources';
import { exporting } from './en/export';

/**
 * English UI strings, one file per area of the app (`en/`). Names marked (a11y) are part of the
 * product (NEWSROOM.md): keep them stable.
 */
export const en = { ...app, ...articles, ...editor, ...photos, ...sources, ...exporting } as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
