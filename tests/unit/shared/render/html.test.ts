import { describe, expect, it } from 'vitest';
import { balancedBidi, element, jsonScript, text } from '../../../../shared/render/html';

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

describe('bidirectional controls in stored text', () => {
  const RLO = '\u202e';
  const PDF = '\u202c';
  const RLI = '\u2067';
  const PDI = '\u2069';

  it('closes an override or isolate left open at the end of the text, so nothing after it turns round', () => {
    expect(balancedBidi(`Ani ${RLO}`)).toBe(`Ani ${RLO}${PDF}`);
    expect(balancedBidi(`${RLI}نص`)).toBe(`${RLI}نص${PDI}`);
    expect(balancedBidi(`a ${RLI}b ${RLO}c`)).toBe(`a ${RLI}b ${RLO}c${PDF}${PDI}`);
    // In a page: the writer's name is closed before the label that follows it.
    const byline = `${text(`Ani ${RLO}`).markup} · Editor: Ed`;
    expect(byline).toBe(`Ani ${RLO}${PDF} · Editor: Ed`);
  });

  it('keeps balanced controls as written and drops closers with nothing to close', () => {
    expect(balancedBidi(`a ${RLO}b${PDF} c`)).toBe(`a ${RLO}b${PDF} c`);
    expect(balancedBidi(`a ${PDF}b ${PDI}c`)).toBe('a b c');
    // A PDI closes the embeddings opened inside its isolate too.
    expect(balancedBidi(`${RLI}x ${RLO}y${PDI} z`)).toBe(`${RLI}x ${RLO}y${PDF}${PDI} z`);
    expect(balancedBidi('plain text')).toBe('plain text');
  });
});
