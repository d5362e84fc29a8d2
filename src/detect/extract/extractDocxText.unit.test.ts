import { describe, expect, it } from 'vitest';
import { EMAIL, SSN, readFixture } from '../../../test/fixtures/files/fixtureText.ts';
import { makeZip } from '../../../test/fixtures/files/makeZip.ts';
import { extractDocxText } from './extractDocxText.ts';
import { testContext } from './testContext.ts';

const TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const contentTypes = (parts: Record<string, string>): { name: string; data: string } => ({
  name: '[Content_Types].xml',
  data:
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    Object.entries(parts)
      .map(([name, type]) => `<Override PartName="/${name}" ContentType="${TYPE}.${type}+xml"/>`)
      .join('') +
    '</Types>',
});
const part = (root: string, text: string): string =>
  `<w:${root} xmlns:w="w"><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:${root}>`;

describe('extractDocxText', () => {
  it('reads the body and the footer of a Word document', async () => {
    const { text } = await extractDocxText(readFixture('contact.docx'), testContext('docx'));
    expect(text).toBe(
      `Customer record\nEmail: ${EMAIL}\nSSN\t${SSN}\nRenewal due in March.\n\nConfidential: prepared by the billing team`,
    );
  });

  it('reads every text part in reading order: body, headers, footers, notes, comments', async () => {
    const docx = makeZip([
      contentTypes({
        'word/comments.xml': 'comments',
        'word/header2.xml': 'header',
        'word/document.xml': 'document.main',
        'word/footnotes.xml': 'footnotes',
        'word/header1.xml': 'header',
        'word/styles.xml': 'styles',
      }),
      { name: 'word/document.xml', data: part('document', 'body') },
      { name: 'word/header1.xml', data: part('hdr', 'first header') },
      { name: 'word/header2.xml', data: part('hdr', 'second header') },
      { name: 'word/footnotes.xml', data: part('footnotes', 'a footnote') },
      { name: 'word/comments.xml', data: part('comments', 'reviewer: call jane@example.org') },
      { name: 'word/styles.xml', data: part('styles', 'not text') },
    ]);
    const { text } = await extractDocxText(docx, testContext('docx'));
    expect(text).toBe('body\n\nfirst header\n\nsecond header\n\na footnote\n\nreviewer: call jane@example.org');
  });

  it('stops a ZIP bomb at the unpacked-size limit', async () => {
    const bomb = makeZip([
      contentTypes({ 'word/document.xml': 'document.main' }),
      { name: 'word/document.xml', data: `<w:document>${' '.repeat(5_000_000)}</w:document>` },
    ]);
    expect(bomb.length).toBeLessThan(20_000);
    await expect(extractDocxText(bomb, testContext('docx', { maxUnpackedBytes: 1_000_000 }))).rejects.toMatchObject({
      outcome: 'too_large',
    });
  });

  it('stops once it has enough text', async () => {
    const docx = makeZip([
      contentTypes({ 'word/document.xml': 'document.main', 'word/footer1.xml': 'footer' }),
      { name: 'word/document.xml', data: part('document', 'x'.repeat(200)) },
      { name: 'word/footer1.xml', data: part('ftr', 'footer') },
    ]);
    const result = await extractDocxText(docx, testContext('docx', { maxChars: 100 }));
    expect(result).toEqual({ text: 'x'.repeat(200), truncated: true });
  });

  it('fails on a package without a main document', async () => {
    const docx = makeZip([contentTypes({ 'word/styles.xml': 'styles' }), { name: 'word/styles.xml', data: '<w:styles/>' }]);
    await expect(extractDocxText(docx, testContext('docx'))).rejects.toThrow(/main document/);
  });
});
