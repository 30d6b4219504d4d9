/**
 * Saying the services' messages (`serviceMessages.ts`): `say` gives the English `message` and the
 * `wording` (key and values) an answer carries; `sayIn` puts a wording into either interface language.
 */
import { z } from 'zod';
import { SERVICE_MESSAGES, type ServiceMessageKey } from './serviceMessages';

export type { ServiceMessageKey };

type Values = Record<string, string | number>;

export const Wording = z.object({
  key: z.string().max(80),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Wording = z.infer<typeof Wording>;

type Catalog = Record<string, { en: string; id: string }>;

/** A value that is itself a message of the catalog (see `sayPart`), in the language. */
const PART = '@message:';
const NUMBERS = { en: new Intl.NumberFormat('en-US'), id: new Intl.NumberFormat('id-ID') };

/** A number as the language writes it: 1,625 in English, 1.625 in Indonesian. */
export const numberIn = (language: 'en' | 'id', value: number): string => NUMBERS[language].format(value);

function valueIn(language: 'en' | 'id', value: string | number): string {
  if (typeof value === 'number') return numberIn(language, value);
  if (!value.startsWith(PART)) return value;
  const key = value.slice(PART.length);
  return Object.hasOwn(SERVICE_MESSAGES, key) ? (SERVICE_MESSAGES as Catalog)[key]![language] : value;
}

/**
 * A message's placeholders filled: `{name}` takes the value; `{name:one|other}` takes the word for
 * that count ("{words} {words:word|words}" says "1 word", "2 words").
 */
export function fillTemplate(
  template: string,
  values: Record<string, string | number> = {},
  valueText: (value: string | number) => string = String,
): string {
  return template
    .replace(/\{(\w+):([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      name in values ? (Number(values[name]) === 1 ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? valueText(values[name]!) : whole));
}

const fill = (template: string, values: Values = {}, language: 'en' | 'id' = 'en'): string =>
  fillTemplate(template, values, (value) => valueIn(language, value));

/** A service message: its English text and its wording, to put on an error, an issue or a refusal. */
export function say(key: ServiceMessageKey, values?: Values): { message: string; wording: Wording } {
  return {
    message: fill(SERVICE_MESSAGES[key].en, values),
    wording: values === undefined ? { key } : { key, values },
  };
}

/** A message of the catalog as the value of another's placeholder, said in the same language. */
export const sayPart = (key: ServiceMessageKey): string => `${PART}${key}`;

/**
 * Another message's words as a placeholder's value: said in the language when the catalog has it
 * (and it needs no values of its own), else its English as sent.
 */
export function partOf(said: { message: string; wording?: Wording | undefined }): string {
  const key = said.wording?.key;
  return key !== undefined && Object.hasOwn(SERVICE_MESSAGES, key) && !said.wording?.values
    ? sayPart(key as ServiceMessageKey)
    : said.message;
}

/** The words of a message in a language: from its wording when the catalog knows it, else its English. */
export function sayIn(language: 'en' | 'id', said: { message: string; wording?: Wording }): string {
  const key = said.wording?.key;
  if (key === undefined || !Object.hasOwn(SERVICE_MESSAGES, key)) return said.message;
  const entry = (SERVICE_MESSAGES as Catalog)[key]!;
  return fill(entry[language], said.wording!.values, language);
}
