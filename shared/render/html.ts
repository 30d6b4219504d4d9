/**
 * HTML that is safe by construction: the only ways to make an `Html` value are `text()` (escaped),
 * `element()` (escaped attributes, children that are themselves `Html`) and `jsonScript()`. No
 * function here accepts a plain string as markup, so no stored string can reach the page unescaped.
 */
declare const HTML_BRAND: unique symbol;
export type Html = { readonly [HTML_BRAND]: true; readonly markup: string };

const make = (markup: string): Html => ({ markup }) as Html;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

// Characters a document may not contain (the HTML parser reports them; so does the Nu checker): control
// characters other than tab, line feed and carriage return, C1 controls, noncharacters, lone surrogates.
const PLANE_ENDS = Array.from({ length: 17 }, (_, plane) => {
  const end = plane * 0x10000 + 0xfffe;
  return `\\u{${end.toString(16)}}\\u{${(end + 1).toString(16)}}`;
}).join('');
const FORBIDDEN = new RegExp(
  `[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\ufdd0-\\ufdef\\ud800-\\udfff${PLANE_ENDS}]`,
  'gu',
);

/** The string without the characters no HTML document may contain. */
export const withoutForbidden = (value: string): string => value.replace(FORBIDDEN, '');

const OPENS_EMBEDDING = /[\u202a\u202b\u202d\u202e]/; // LRE RLE LRO RLO, closed by PDF
const OPENS_ISOLATE = /[\u2066-\u2068]/; // LRI RLI FSI, closed by PDI
const PDF = '\u202c';
const PDI = '\u2069';

/**
 * The string with its bidirectional controls balanced: an override or isolate opened in it is closed
 * at its end, and a closer with nothing to close is dropped. A writer's name ending in U+202E (right-
 * to-left override) then reverses nothing after it — not the label "Editor:" beside it, not the credit
 * after a caption.
 */
export function balancedBidi(value: string): string {
  if (!/[\u202a-\u202e\u2066-\u2069]/.test(value)) return value;
  const open: string[] = [];
  let out = '';
  for (const char of value) {
    if (OPENS_EMBEDDING.test(char)) open.push(PDF);
    else if (OPENS_ISOLATE.test(char)) open.push(PDI);
    else if (char === PDF) {
      if (open.at(-1) !== PDF) continue;
      open.pop();
    } else if (char === PDI) {
      // A PDI closes its isolate and every embedding opened inside it.
      const at = open.lastIndexOf(PDI);
      if (at === -1) continue;
      out += open.splice(at).slice(1).reverse().join('');
    }
    out += char;
  }
  return out + open.reverse().join('');
}

/** Text content, escaped, without the characters HTML forbids, its bidirectional controls balanced. */
export function text(value: string): Html {
  return make(escapeHtml(balancedBidi(withoutForbidden(value))));
}

export const EMPTY: Html = make('');

export function join(parts: readonly Html[], separator: Html = EMPTY): Html {
  return make(parts.map((part) => part.markup).join(separator.markup));
}

const VOID_ELEMENTS = new Set(['meta', 'link', 'img', 'source', 'br', 'hr']);
const TAG = /^[a-z][a-z0-9]*$/;
const ATTRIBUTE = /^[a-z][a-z0-9:-]*$/;

export type Attributes = Record<string, string | number | boolean | null | undefined>;

/**
 * An element. Tag and attribute names are fixed by the code (checked, never from the article);
 * `on*` attributes are refused outright. Values are escaped; `true` writes a bare attribute.
 */
export function element(tag: string, attributes: Attributes = {}, ...children: Html[]): Html {
  if (!TAG.test(tag) || tag === 'script') throw new Error(`Not an allowed tag: ${tag}`);
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE.test(name) || name.startsWith('on')) throw new Error(`Not an allowed attribute: ${name}`);
    if (value === null || value === undefined || value === false) continue;
    open += value === true ? ` ${name}` : ` ${name}="${escapeHtml(withoutForbidden(String(value)))}"`;
  }
  if (VOID_ELEMENTS.has(tag)) return make(`${open}>`);
  return make(`${open}>${children.map((child) => child.markup).join('')}</${tag}>`);
}

/** JSON-LD: data, not script. `<` is escaped so no string can close the element. */
export function jsonScript(data: unknown): Html {
  // The data's strings lose the characters a page's text would lose (a vertical tab in a headline).
  const clean = (_key: string, value: unknown) =>
    typeof value === 'string' ? withoutForbidden(value) : value;
  const json = JSON.stringify(data, clean, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
  return make(`<script type="application/ld+json">${json}</script>`);
}

/** A whole document: the doctype and the root element. */
export function htmlDocument(root: Html): string {
  return `<!DOCTYPE html>\n${root.markup}\n`;
}

/** Line breaks between block elements keep the exported files readable and diff-friendly. */
export const NEWLINE: Html = make('\n');
