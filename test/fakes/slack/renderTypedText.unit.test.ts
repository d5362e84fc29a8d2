import { describe, expect, it } from 'vitest';
import { renderTypedText } from './renderTypedText.ts';

describe('renderTypedText', () => {
  it('escapes only &, < and >', () => {
    expect(renderTypedText(`a & b <c> "d" 'e'`).text).toBe(`a &amp; b &lt;c&gt; "d" 'e'`);
  });

  it('auto-links e-mail addresses with the mailto form and a link element', () => {
    const rendered = renderTypedText('mail a.b@example.com now');
    expect(rendered.text).toBe('mail <mailto:a.b@example.com|a.b@example.com> now');
    expect(rendered.blocks).toMatchObject([
      {
        type: 'rich_text',
        elements: [
          {
            type: 'rich_text_section',
            elements: [
              { type: 'text', text: 'mail ' },
              { type: 'link', url: 'mailto:a.b@example.com', text: 'a.b@example.com' },
              { type: 'text', text: ' now' },
            ],
          },
        ],
      },
    ]);
  });

  it('links URLs without their trailing punctuation and keeps an address inside a URL part of it', () => {
    const rendered = renderTypedText('see https://x.example/p?to=a@b.com&y=1.');
    expect(rendered.text).toBe('see <https://x.example/p?to=a@b.com&amp;y=1>.');
  });

  it('keeps the unescaped text in rich_text', () => {
    expect(JSON.stringify(renderTypedText('1 < 2 & 3').blocks)).toContain('"text":"1 < 2 & 3"');
  });
});
