import type { MessageKey } from '../../i18n/en';

/** What the insert menu ("/" at the start of an empty paragraph) offers. */
export type InsertChoiceId =
  'heading' | 'subheading' | 'quote' | 'bullet' | 'number' | 'photo' | 'pageBreak' | 'relatedLink';

export interface InsertChoice {
  id: InsertChoiceId;
  label: MessageKey;
  /** Other words a writer may type for it, in both UI languages. */
  keywords: readonly string[];
}

export const INSERT_CHOICES: readonly InsertChoice[] = [
  { id: 'heading', label: 'insert.heading', keywords: ['h2', 'heading', 'judul'] },
  { id: 'subheading', label: 'insert.subheading', keywords: ['h3', 'subheading', 'subjudul'] },
  { id: 'quote', label: 'toolbar.quote', keywords: ['quote', 'kutipan', 'blockquote'] },
  { id: 'bullet', label: 'toolbar.bulleted', keywords: ['list', 'bullet', 'daftar', 'poin'] },
  { id: 'number', label: 'toolbar.numbered', keywords: ['list', 'numbered', 'ordered', 'daftar', 'nomor'] },
  { id: 'photo', label: 'toolbar.insertPhoto', keywords: ['photo', 'image', 'picture', 'foto', 'gambar'] },
  { id: 'pageBreak', label: 'toolbar.pageBreak', keywords: ['page', 'break', 'halaman', 'pemisah'] },
  {
    id: 'relatedLink',
    label: 'toolbar.relatedLink',
    keywords: ['related', 'link', 'read also', 'baca juga', 'tautan', 'terkait'],
  },
];

const fold = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/**
 * The choices whose label or keywords have a word starting with what was typed after "/" (case and
 * accents ignored); everything for an empty query. A choice whose own label is what was typed comes
 * first, then those whose label starts with it, then the rest, each in menu order — so typing an
 * item's name picks it with Enter.
 */
export function matchingChoices(query: string, labelOf: (choice: InsertChoice) => string): InsertChoice[] {
  const typed = fold(query.trim());
  if (!typed) return [...INSERT_CHOICES];
  const hasWord = (text: string) => fold(text).startsWith(typed) || fold(text).includes(` ${typed}`);
  const rank = (choice: InsertChoice): number => {
    const label = fold(labelOf(choice));
    return label === typed ? 0 : label.startsWith(typed) ? 1 : 2;
  };
  return INSERT_CHOICES.filter((choice) => [labelOf(choice), ...choice.keywords].some(hasWord))
    .map((choice, order) => ({ choice, order, rank: rank(choice) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ choice }) => choice);
}

/** What follows "/" when the text before the caret is only "/" and a word being typed, else null. */
export function slashQuery(textBeforeCaret: string): string | null {
  const match = /^\/([\p{L}\p{N}]{0,24}(?: [\p{L}\p{N}]{0,24})?)$/u.exec(textBeforeCaret);
  return match ? match[1]! : null;
}
