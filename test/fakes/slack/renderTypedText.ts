import { randomBytes } from 'node:crypto';

/**
 * Turns what a person typed into what a Slack client actually sends: mrkdwn `text` with `&`, `<`,
 * `>` escaped and e-mail addresses / URLs auto-linked, plus a `rich_text` block carrying the
 * unescaped text and `link` elements (CONTRACTS.md 1.8 "Text encoding"). Detection code must cope
 * with both shapes, so the fake produces them instead of echoing the raw string.
 */
export interface RenderedText {
  text: string;
  blocks: unknown[];
}

type RichElement = { type: 'text'; text: string } | { type: 'link'; url: string; text?: string };

// URL first so an address inside a URL's query stays part of the URL.
const LINKABLE = /(https?:\/\/[^\s<>]+)|([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
const TRAILING_PUNCTUATION = /[.,!?;:)]+$/;

export function renderTypedText(typed: string): RenderedText {
  const elements: RichElement[] = [];
  let mrkdwn = '';
  let plain = '';
  let cursor = 0;

  const flushPlain = (): void => {
    if (plain === '') return;
    elements.push({ type: 'text', text: plain });
    plain = '';
  };

  for (const match of typed.matchAll(LINKABLE)) {
    const start = match.index;
    let token = match[0];
    if (match[1] !== undefined) token = token.replace(TRAILING_PUNCTUATION, '');
    const before = typed.slice(cursor, start);
    mrkdwn += escapeMrkdwn(before);
    plain += before;
    flushPlain();
    if (match[1] !== undefined) {
      mrkdwn += `<${escapeMrkdwn(token)}>`;
      elements.push({ type: 'link', url: token });
    } else {
      mrkdwn += `<mailto:${token}|${token}>`;
      elements.push({ type: 'link', url: `mailto:${token}`, text: token });
    }
    cursor = start + token.length;
  }
  const rest = typed.slice(cursor);
  mrkdwn += escapeMrkdwn(rest);
  plain += rest;
  flushPlain();

  return { text: mrkdwn, blocks: [richTextBlock(elements)] };
}

/** The rich_text Slack attaches to app-posted plain text: one section holding the decoded text. */
export function richTextFromMrkdwn(mrkdwn: string): unknown[] {
  return [richTextBlock([{ type: 'text', text: unescapeMrkdwn(mrkdwn) }])];
}

function richTextBlock(elements: RichElement[]): unknown {
  return {
    type: 'rich_text',
    block_id: blockId(),
    elements: [{ type: 'rich_text_section', elements }],
  };
}

export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function unescapeMrkdwn(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

const BLOCK_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function blockId(): string {
  return [...randomBytes(5)].map((b) => BLOCK_ID_ALPHABET[b % BLOCK_ID_ALPHABET.length]).join('');
}
