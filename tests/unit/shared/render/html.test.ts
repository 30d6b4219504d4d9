import { describe, expect, it } from 'vitest';
import { element, jsonScript, text } from '../../../../shared/render/html';

// Each of these makes an HTML parse error (and a Nu checker error) when it stands in a page.
const FORBIDDEN = [
  '\u0000',
  '\u0008',
  '\u000b',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u009f',
  '\ufdd0',
  '\uffff',
  '\u{1fffe}',
  '\u{10ffff}',
  '\ud800',
];

describe('html building blocks', () => {
  it('drops the characters HTML forbids from text, attribute values and JSON-LD, and keeps the rest', () => {
    const dirty = `Banjir${FORBIDDEN.join('')} 😀 Medan\t\n`;
    expect(text(dirty).markup).toBe('Banjir 😀 Medan\t\n');
    expect(element('meta', { content: dirty }).markup).toBe('<meta content="Banjir 😀 Medan\t\n">');
    const json = jsonScript({ headline: dirty }).markup;
    expect(JSON.parse(json.replace(/^<script[^>]*>|<\/script>$/g, ''))).toEqual({
      headline: 'Banjir 😀 Medan\t\n',
    });
  });

  it('escapes markup in text and attribute values', () => {
    expect(text('<b>"a" & \'b\'</b>').markup).toBe('&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;');
    expect(element('a', { href: '"><script>' }, text('x')).markup).toBe(
      '<a href="&quot;&gt;&lt;script&gt;">x</a>',
    );
  });
});
