import type { WebClient } from '@slack/web-api';
import type { ActionOutcome } from '../actionOutcome.ts';
import { classifySlackError } from './classifySlackError.ts';

/** Slack truncates `text` past 40,000 characters; we stay under it and say so ourselves. */
const SLACK_TEXT_LIMIT = 40_000;

export interface AuthorNotice {
  userId: string;
  channelId: string;
  /** The author's original text, already decoded from mrkdwn. */
  originalText: string;
  /** Human names of what was found, e.g. "email address". */
  categories: string[];
  /** Files of the message in which personal data was found, by name, and whether we could delete them. */
  files?: AuthorNoticeFile[];
}

export interface AuthorNoticeFile {
  name: string;
  categories: string[];
  deleted: boolean;
}

export function renderAuthorNotice(notice: Omit<AuthorNotice, 'userId'>): string {
  const files = notice.files ?? [];
  const intro =
    `I removed your message in <#${notice.channelId}> because it looked like it contained personal data ` +
    `(${notice.categories.join(', ')}).`;
  const fileLines = files.map((file) =>
    file.deleted
      ? `\n• I also deleted your file “${escapeMrkdwn(file.name)}” (${file.categories.join(', ')}): removing a message leaves its files in place.`
      : `\n• Your file “${escapeMrkdwn(file.name)}” (${file.categories.join(', ')}) could not be deleted by me: please delete it yourself.`,
  );
  // A file shared without a comment has no text to hand back.
  if (notice.originalText.trim() === '') return intro + fileLines.join('');
  const head = `${intro}${fileLines.join('')}${files.length > 0 ? '\n' : ' '}Here is your original text so you can repost it without that data:\n`;
  const tail = '\n_(your text was cut short to fit in one Slack message)_';
  const budget = SLACK_TEXT_LIMIT - head.length - tail.length - 100;
  const original = notice.originalText.length > budget ? notice.originalText.slice(0, budget) : notice.originalText;
  // Quoted line by line, and escaped, so the text reads as the author wrote it and cannot mention
  // people or channels again.
  const quoted = escapeMrkdwn(original)
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
  return head + quoted + (original.length < notice.originalText.length ? tail : '');
}

function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Opens (or reuses) the DM with the author and posts the notice: `conversations.open` + `chat.postMessage`. */
export async function notifySlackAuthor(
  client: WebClient,
  botToken: string,
  notice: AuthorNotice,
): Promise<ActionOutcome<{ dmChannel: string; ts: string }>> {
  try {
    const opened = await client.conversations.open({ token: botToken, users: notice.userId });
    const dmChannel = opened.channel?.id;
    if (dmChannel === undefined) return { kind: 'permanent', error: 'dm_not_opened' };
    const posted = await client.chat.postMessage({
      token: botToken,
      channel: dmChannel,
      text: renderAuthorNotice(notice),
      unfurl_links: false,
      unfurl_media: false,
    });
    return { kind: 'done', detail: { dmChannel, ts: posted.ts ?? '' } };
  } catch (error) {
    const outcome = classifySlackError(error);
    if (outcome !== undefined) return outcome;
    throw error;
  }
}
