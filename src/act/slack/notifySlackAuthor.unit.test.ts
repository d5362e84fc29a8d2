import { describe, expect, it } from 'vitest';
import { renderAuthorNotice } from './notifySlackAuthor.ts';

describe('renderAuthorNotice', () => {
  it('quotes the text and names nothing else when no file was involved', () => {
    const text = renderAuthorNotice({ channelId: 'C1', originalText: 'my ssn is 536-22-8841', categories: ['US social security number'] });
    expect(text).toBe(
      'I removed your message in <#C1> because it looked like it contained personal data (US social security number). ' +
        'Here is your original text so you can repost it without that data:\n>my ssn is 536-22-8841',
    );
  });

  it('names each file, says whether it is gone, and escapes names so they cannot mention anyone', () => {
    const text = renderAuthorNotice({
      channelId: 'C1',
      originalText: 'see attached',
      categories: ['email address'],
      files: [
        { name: 'contacts.csv', categories: ['email address'], deleted: true },
        { name: '<!channel> & co.pdf', categories: ['email address'], deleted: false },
      ],
    });
    expect(text).toContain('\n• I also deleted your file “contacts.csv” (email address)');
    expect(text).toContain('\n• Your file “&lt;!channel&gt; &amp; co.pdf” (email address) could not be deleted by me: please delete it yourself.');
    expect(text).not.toContain('<!channel>');
    expect(text.endsWith('\n>see attached')).toBe(true);
  });

  it('quotes nothing for a file shared without a comment', () => {
    const text = renderAuthorNotice({ channelId: 'C1', originalText: '', categories: ['email address'], files: [{ name: 'a.csv', categories: ['email address'], deleted: true }] });
    expect(text).not.toContain('original text');
    expect(text).not.toContain('\n>');
  });
});
