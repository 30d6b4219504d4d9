import { describe, expect, it } from 'vitest';
import {
  INSERT_CHOICES,
  matchingChoices,
  slashQuery,
  type InsertChoice,
} from '../../../../../renderer/editor/insert/insertChoices';
import { en } from '../../../../../renderer/i18n/en';
import { id } from '../../../../../renderer/i18n/id';

const ids = (choices: InsertChoice[]) => choices.map((choice) => choice.id);
const english = (choice: InsertChoice) => en[choice.label];
const indonesian = (choice: InsertChoice) => id[choice.label];

describe('the insert menu’s choices', () => {
  it('offers everything for "/" alone, in menu order', () => {
    expect(ids(matchingChoices('', english))).toEqual(ids([...INSERT_CHOICES]));
  });

  it('narrows to the choices with a word starting with what is typed, in either language, accents ignored', () => {
    expect(ids(matchingChoices('pho', english))).toEqual(['photo']);
    expect(ids(matchingChoices('foto', english))).toEqual(['photo']);
    expect(ids(matchingChoices('page', english))).toEqual(['pageBreak']);
    expect(ids(matchingChoices('HALAMAN', english))).toEqual(['pageBreak']);
    expect(ids(matchingChoices('list', english))).toEqual(['bullet', 'number']);
    expect(ids(matchingChoices('baca', english))).toEqual(['relatedLink']);
    expect(ids(matchingChoices('sisipkan tautan', indonesian))).toEqual(['relatedLink']);
    expect(ids(matchingChoices('kutípan', indonesian))).toEqual(['quote']);
    expect(matchingChoices('xyz', english)).toEqual([]);
  });

  it('puts the choice named exactly what is typed first, then the names starting with it (Enter picks it)', () => {
    expect(ids(matchingChoices('subjudul', indonesian))).toEqual(['subheading']);
    expect(ids(matchingChoices('sub', english))).toEqual(['subheading']);
    expect(ids(matchingChoices('judul', indonesian))).toEqual(['heading']);
    expect(ids(matchingChoices('h', english))).toEqual(['heading', 'subheading', 'pageBreak']);
    expect(ids(matchingChoices('subheading', english))).toEqual(['subheading']);
    // The toolbar's heading button and the menu's say the same level with the same word.
    expect(id['toolbar.heading']).toBe(id['insert.heading']);
  });

  it('reads the query only when the text before the caret is "/" and at most two words', () => {
    expect(slashQuery('/')).toBe('');
    expect(slashQuery('/foto')).toBe('foto');
    expect(slashQuery('/baca juga')).toBe('baca juga');
    expect(slashQuery('a/foto')).toBeNull();
    expect(slashQuery('/foto lalu lagi')).toBeNull();
    expect(slashQuery('/2024/11')).toBeNull();
    expect(slashQuery('// komentar')).toBeNull();
  });
});
