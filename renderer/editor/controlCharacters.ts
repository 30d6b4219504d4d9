// Control characters a paste can carry (a NUL from a PDF or a terminal): invisible, never article
// text, and left out of the export anyway. Tab and line ends are the editor's own nodes.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Those that separate words — a PDF's page break (form feed), Word's line break in plain text
// (vertical tab), a next line, the file/group/record/unit separators — become a space where no space
// is beside them, or the words on either side would be joined.
// eslint-disable-next-line no-control-regex
const SEPARATOR = /[\u000b\u000c\u001c-\u001f\u0085]/;

// A PDF's typographic ligatures (U+FB00–FB06), which a paste from it brings: the letters they stand
// for, or "ﬁnal" is not found by a search for "final" and reads oddly to a screen reader.
const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

/**
 * The text without its control characters (a separator becomes a space where none is beside it) and
 * with a PDF's ligatures written out, and where each offset of the old text lands in the new one, so
 * a caret stays on its character.
 */
export function withoutControls(text: string): { text: string; offsets: number[] } {
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    offsets.push(out.length);
    const char = text[i]!;
    if (SEPARATOR.test(char)) {
      let next = i + 1;
      while (next < text.length && CONTROL.test(text[next]!) && !SEPARATOR.test(text[next]!)) next += 1;
      const spaced = /\s$/.test(out) || (next < text.length && /\s/.test(text[next]!));
      if (!spaced) out += ' ';
    } else if (char in LIGATURES) out += LIGATURES[char];
    else if (!CONTROL.test(char)) out += char;
  }
  offsets.push(out.length);
  return { text: out, offsets };
}
