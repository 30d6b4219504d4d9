import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the body's DOM; styled in styles/editor.css. */
export const bodyTheme: EditorThemeClasses = {
  paragraph: 'rx-p',
  quote: 'rx-quote',
  heading: { h2: 'rx-h2', h3: 'rx-h3' },
  list: { ul: 'rx-ul', ol: 'rx-ol', listitem: 'rx-li', nested: { listitem: 'rx-li-nested' } },
  link: 'rx-link',
  /** A span attributed to a source (SourceMarkNode reads this key). */
  source: 'rx-source',
  text: {
    bold: 'rx-bold',
    italic: 'rx-italic',
    underline: 'rx-underline',
    strikethrough: 'rx-strike',
    underlineStrikethrough: 'rx-underline-strike',
  },
};
