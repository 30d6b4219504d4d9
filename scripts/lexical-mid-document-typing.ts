/**
 * A build-time change to Lexical 0.52's reconciler (production build only), so that a key press in the
 * middle of a long article costs what it costs in a short one (issue #4, B1's 10k ÷ 100 row).
 *
 * Lexical reconciles a changed block in O(1) only when the changed blocks are the *last* ones of the
 * body (its "suffix" fast path). Anywhere else it walks every top-level block and concatenates their
 * text into the body's cached text (~2.5 million characters at 10,000 paragraphs), then compares it
 * with the previous one: ~2 ms of script and as much again of garbage collection at every key.
 *
 * The change, for the root only (the body: all our long lists of blocks are there) and only when the
 * number of blocks is unchanged: the changed blocks may be any contiguous run. They are reconciled as
 * the suffix path does, and the body's text is spliced: the text before the run and the text after it
 * are found once (a walk of the blocks before it, summing the lengths Lexical already caches) and kept
 * while the same run changes again — typing in one paragraph — so a key press neither walks the body
 * nor copies its text. Whether Lexical itself wrote the body's text since (any other path: Enter,
 * paste, undo, a block elsewhere) is known because the root's `__lexicalTextContent` becomes an
 * accessor whose setter forgets the kept parts unless the write is the splice's own.
 *
 * Every anchor below must match exactly once in the installed Lexical, or the build stops and says so:
 * a Lexical upgrade means reading this change again (or dropping it when upstream does the same).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

export const LEXICAL_VERSION = '0.52.0';

/** Lexical's minified names this relies on, each checked to mean what the comment says. */
const MEANINGS: [anchor: string, meaning: string][] = [
  ['let Ye,Ge,Xe,Qe,Ze,tn,en,nn,on,rn,sn=!1,ln=!1;', 'the reconciler’s cycle state'],
  ['Qe=t._nodeMap,Ze=t,tn=e._nodeMap', 'Qe: the previous node map, tn: the next one'],
  ['en=lt(n._keyToDOMMap)', 'en: the previous key → DOM map'],
  ['const Ie=Symbol.for("@lexical/CachedTextSize")', 'Ie: a leaf’s cached text size'],
  ['function yl(t){return t instanceof pl}', 'yl: $isElementNode'],
  ['A="\\n\\n"', 'A: the line break between two blocks'],
];

/** The suffix finder's last line: a run anywhere is tried when it finds none (same block count, root). */
const FINDER = 'return i!==n||null!==o&&e.has(o)?null:r}(n,u);';
const FINDER_PATCHED =
  'return i!==n||null!==o&&e.has(o)?null:r}(n,u)??(0===a&&"root"===n.__key&&!c.__lexicalSlotTextLength?__redaksiRun(n,u):null);';

/** The suffix path's new parent text; `o` is then the key after the run (null when it is a suffix). */
const SPLICE = '_=g.slice(0,g.length-t)+d;';
const SPLICE_PATCHED = '_=null===o?g.slice(0,g.length-t)+d:__redaksiText(c,n,s,f,t,d,o,g);';

const HELPERS = `
/* Redaksi (scripts/lexical-mid-document-typing.ts): a changed run of blocks anywhere in the root. */
function __redaksiRun(parent, dirty) {
  const count = dirty.size;
  if (count === 0 || count >= parent.__size) return null;
  let start = dirty.values().next().value;
  for (let i = 0; i < count; i++) {
    const node = tn.get(start);
    if (node === undefined) return null;
    if (node.__prev === null || !dirty.has(node.__prev)) break;
    start = node.__prev;
  }
  let key = start, seen = 0;
  for (; key !== null && seen < count; seen++) {
    if (!dirty.has(key)) return null;
    const node = tn.get(key);
    if (node === undefined) return null;
    key = node.__next;
  }
  return seen === count ? start : null;
}
function __redaksiWatchText(dom) {
  if (dom.__redaksiWatched) return;
  let text = dom.__lexicalTextContent;
  Object.defineProperty(dom, '__lexicalTextContent', {
    configurable: true,
    enumerable: true,
    get() { return text; },
    set(value) {
      text = value;
      if (dom.__redaksiOwnWrite) dom.__redaksiOwnWrite = false;
      else dom.__redaksiKept = undefined;
    },
  });
  dom.__redaksiWatched = true;
}
function __redaksiText(dom, parent, start, count, oldRunSize, runText, after, oldText) {
  __redaksiWatchText(dom);
  const last = tn.get(after).__prev, next = tn.get(last), prev = Qe.get(last);
  const trail = yl(next) && !next.isInline() ? A : '';
  const oldTrail = prev !== undefined && yl(prev) && !prev.isInline() ? A.length : 0;
  let kept = dom.__redaksiKept;
  if (kept === undefined || kept.start !== start || kept.count !== count) {
    let before = 0;
    for (let key = tn.get(start).__prev; key !== null; ) {
      const node = Qe.get(key);
      let size;
      if (node !== undefined && yl(node)) {
        const dom = en.get(key), text = dom && dom.__lexicalTextContent;
        size = typeof text === 'string' ? text.length + (node.isInline() ? 0 : A.length) : undefined;
      } else size = node && node[Ie];
      if (size === undefined) return (dom.__redaksiKept = undefined), __redaksiWholeText(parent);
      before += size;
      key = node.__prev;
    }
    kept = { start, count, head: oldText.slice(0, before), tail: oldText.slice(before + oldRunSize + oldTrail) };
  }
  dom.__redaksiKept = kept;
  dom.__redaksiOwnWrite = true;
  return kept.head + runText + trail + kept.tail;
}
function __redaksiWholeText(parent) {
  let text = '';
  for (let key = parent.__first; key !== null; ) {
    const node = tn.get(key);
    if (yl(node)) {
      text += Re._keyToDOMMap.get(key).__lexicalTextContent;
      if (node.__next !== null && !node.isInline()) text += A;
    } else text += node.getTextContent();
    key = node.__next;
  }
  return text;
}
`;

function replaceOnce(code: string, anchor: string, replacement: string, what: string): string {
  const at = code.indexOf(anchor);
  if (at < 0 || code.indexOf(anchor, at + 1) >= 0) {
    throw new Error(
      `Lexical's production build is not the one scripts/lexical-mid-document-typing.ts was written for: ` +
        `${what} (${anchor.slice(0, 60)}) is ${at < 0 ? 'missing' : 'there more than once'}. ` +
        `Read the change again for this Lexical, or remove it.`,
    );
  }
  return code.slice(0, at) + replacement + code.slice(at + anchor.length);
}

/** Lexical.prod.js with the change; throws, naming what, if this build is not the expected one. */
export function patchLexicalProduction(code: string, version: string): string {
  if (version !== LEXICAL_VERSION) {
    throw new Error(
      `scripts/lexical-mid-document-typing.ts was written for Lexical ${LEXICAL_VERSION}, not ${version}: read it again for this version, or remove it.`,
    );
  }
  for (const [anchor, meaning] of MEANINGS) replaceOnce(code, anchor, anchor, meaning);
  const found = replaceOnce(code, FINDER, FINDER_PATCHED, 'the suffix finder');
  return replaceOnce(found, SPLICE, SPLICE_PATCHED, 'the suffix splice') + HELPERS;
}

/** The installed Lexical's version. */
export function installedLexicalVersion(): string {
  // lexical's `exports` has no ./package.json: it sits one folder above the file `lexical` resolves to.
  const main = createRequire(import.meta.url).resolve('lexical');
  const file = path.join(path.dirname(main), '..', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Vite plugin: applies the change to `lexical/dist/Lexical.prod.js` in the renderer's build. */
export function lexicalMidDocumentTyping(): Plugin {
  let applied = false;
  return {
    name: 'redaksi:lexical-mid-document-typing',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]lexical[\\/]dist[\\/]Lexical\.prod\.js$/.test(id.split('?')[0]!)) return null;
      applied = true;
      return { code: patchLexicalProduction(code, installedLexicalVersion()), map: null };
    },
    buildEnd(error) {
      if (!error && !applied)
        this.error('Lexical.prod.js was not in the build: the mid-document typing change was not applied.');
    },
  };
}
