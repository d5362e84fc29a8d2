import { describe, expect, it } from 'vitest';
import { decodeXmlEntities, wordXmlToText } from './wordXmlToText.ts';

const body = (inner: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w"><w:body>${inner}</w:body></w:document>`;
const p = (...runs: string[]): string => `<w:p>${runs.map((run) => `<w:r>${run}</w:r>`).join('')}</w:p>`;
const t = (text: string): string => `<w:t xml:space="preserve">${text}</w:t>`;

describe('wordXmlToText', () => {
  it('joins runs and ends paragraphs with a newline', () => {
    expect(wordXmlToText(body(p(t('Email: jane'), t('@example.org')) + p(t('Second'))))).toBe('Email: jane@example.org\nSecond\n');
  });

  it('puts a table row on one line with tab-separated cells', () => {
    const cell = (text: string): string => `<w:tc><w:tcPr/>${p(t(text))}</w:tc>`;
    const table = `<w:tbl><w:tr>${cell('SSN')}${cell('536-22-8841')}</w:tr><w:tr>${cell('Name')}${cell('Jane Roe')}</w:tr></w:tbl>`;
    expect(wordXmlToText(body(table))).toBe('SSN\t536-22-8841\nName\tJane Roe\n');
  });

  it('turns tabs, breaks and non-breaking hyphens into characters, but not tab stops', () => {
    const tabStops = '<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>';
    const xml = body(`<w:p>${tabStops}<w:r>${t('a')}<w:tab/>${t('b')}<w:br/>${t('536')}<w:noBreakHyphen/>${t('22')}</w:r></w:p>`);
    expect(wordXmlToText(xml)).toBe('a\tb\n536-22\n');
  });

  it('keeps text deleted under tracked changes', () => {
    const xml = body(`<w:p><w:del w:id="1" w:author="A"><w:r><w:delText>SSN 536-22-8841</w:delText></w:r></w:del>${'<w:r>' + t(' removed') + '</w:r>'}</w:p>`);
    expect(wordXmlToText(xml)).toBe('SSN 536-22-8841 removed\n');
  });

  it('reads a text box once, skipping its fallback copy', () => {
    const box = (text: string): string => `<w:txbxContent>${p(t(text))}</w:txbxContent>`;
    const xml = body(
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${box('in the box')}</mc:Choice>` +
        `<mc:Fallback><w:pict>${box('in the box')}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
    );
    expect(wordXmlToText(xml)).toBe('in the box\n\n');
  });

  it('decodes entities and ignores text outside text elements', () => {
    const xml = body(`<w:p><w:r><w:rPr><w:rFonts w:ascii="Calibri"/></w:rPr>${t('A &amp; B &lt;c&gt; &#233;&#x20AC;')}</w:r></w:p>`);
    expect(wordXmlToText(xml)).toBe('A & B <c> é€\n');
  });

  // Speed is a benchmark matter; this only checks 800k characters of unclosed tags yield nothing
  // (a quadratic scan would hit the test timeout long before returning).
  it('reads broken markup as no text', () => {
    expect(wordXmlToText('<w:t'.repeat(200_000))).toBe('');
  });
});

describe('decodeXmlEntities', () => {
  it('leaves unknown entities and out-of-range references as they are', () => {
    expect(decodeXmlEntities('&nbsp; &#x110000; &apos;')).toBe("&nbsp; &#x110000; '");
  });
});
