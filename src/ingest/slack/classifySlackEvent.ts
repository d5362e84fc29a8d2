import { z } from 'zod';
import { AppError } from '../../core/appError.ts';
import type { SlackIdentity } from '../../core/slackIdentity.ts';
import { toSlackFileRefs, type SlackFileRef } from './slackFileRef.ts';

/** The part of a Slack message we keep: where it is, who wrote it, and (sealed later) its text. */
export interface SlackMessageRef {
  eventId: string;
  kind: 'message' | 'edit';
  teamId: string | null;
  channelId: string;
  channelType: string | null;
  messageTs: string;
  threadTs: string | null;
  userId: string | null;
  subtype: string | null;
  text: string;
  /** `files[]` as far as the scan needs it; sealed with the text, never put anywhere else. */
  files: SlackFileRef[];
}

export type SlackEventDecision =
  | { kind: 'url_verification'; challenge: string }
  | { kind: 'rate_limited'; minute: number | null }
  | { kind: 'ignore'; reason: string; eventId: string | null }
  | { kind: 'message'; message: SlackMessageRef };

const messageShape = z.looseObject({
  type: z.string(),
  subtype: z.string().optional(),
  channel: z.string().optional(),
  channel_type: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  app_id: z.string().optional(),
  text: z.string().optional(),
  ts: z.string().optional(),
  thread_ts: z.string().optional(),
  team: z.string().optional(),
  edited: z.unknown().optional(),
  files: z.unknown().optional(),
});

const envelopeShape = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('url_verification'), challenge: z.string().min(1) }),
  z.looseObject({ type: z.literal('app_rate_limited'), minute_rate_limited: z.number().optional() }),
  z.looseObject({
    type: z.literal('event_callback'),
    event_id: z.string().min(1).max(200),
    team_id: z.string().nullish(),
    api_app_id: z.string().optional(),
    authorizations: z.array(z.looseObject({ user_id: z.string().nullish(), is_bot: z.boolean().optional() })).optional(),
    event: z.looseObject({
      type: z.string(),
      subtype: z.string().optional(),
      channel: z.string().optional(),
      channel_type: z.string().optional(),
      message: messageShape.optional(),
    }),
  }),
]);

/**
 * Subtypes that carry no content a person wrote (contract §1.8). `message_deleted` is also our own
 * deletions coming back; `message_replied` is a legacy thread summary.
 */
const CONTENTLESS_SUBTYPES = new Set([
  'channel_join',
  'channel_leave',
  'channel_topic',
  'channel_purpose',
  'channel_name',
  'channel_archive',
  'channel_unarchive',
  'channel_posting_permissions',
  'group_join',
  'group_leave',
  'group_topic',
  'group_purpose',
  'group_name',
  'group_archive',
  'group_unarchive',
  'ekm_access_denied',
  'message_replied',
  'message_deleted',
  'pinned_item',
  'unpinned_item',
]);

/** Subtypes whose text a person (or another integration) wrote, scanned like a plain message. */
const SCANNED_SUBTYPES = new Set(['thread_broadcast', 'me_message', 'file_share', 'bot_message']);

/**
 * Decides, from the parsed body alone, what an Events API delivery means for us. Pure: everything it
 * needs about us is in `identity`. Throws BODY_MALFORMED for a body of the wrong shape.
 */
export function classifySlackEvent(body: unknown, identity: SlackIdentity): SlackEventDecision {
  const parsed = envelopeShape.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('BODY_MALFORMED', `Not a Slack event of a known shape: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}`.trim());
  }
  const envelope = parsed.data;
  if (envelope.type === 'url_verification') return { kind: 'url_verification', challenge: envelope.challenge };
  if (envelope.type === 'app_rate_limited') return { kind: 'rate_limited', minute: envelope.minute_rate_limited ?? null };

  const eventId = envelope.event_id;
  const ignore = (reason: string): SlackEventDecision => ({ kind: 'ignore', reason, eventId });
  const event = envelope.event;
  if (event.type !== 'message') return ignore(`event_type:${event.type}`);

  // Our own posts arrive as plain messages with our bot_id/app_id/user (contract fact 6): the DM we
  // send quotes the PII, so letting it through would delete-and-DM forever. The envelope's own
  // api_app_id and its bot authorisation tell us who we are even before auth.test has answered.
  const selfUserIds = new Set([identity.botUserId, ...(envelope.authorizations ?? []).filter((a) => a.is_bot).map((a) => a.user_id)]);
  const selfAppIds = new Set([identity.appId, envelope.api_app_id]);
  const isSelf = (m: z.infer<typeof messageShape>) =>
    (m.bot_id !== undefined && m.bot_id === identity.botId) ||
    (m.app_id !== undefined && selfAppIds.has(m.app_id)) ||
    (m.user !== undefined && selfUserIds.has(m.user));

  if (event.subtype === 'message_changed') {
    const message = event.message;
    if (message === undefined) return ignore('message_changed_without_message');
    // Unfurls and thread-parent deletions also send message_changed; only `edited` marks an edit.
    if (message.subtype === 'tombstone') return ignore('tombstone');
    if (message.edited === undefined) return ignore('not_an_edit');
    if (isSelf(message)) return ignore('own_message');
    return toRef(eventId, 'edit', envelope.team_id ?? null, event.channel, event.channel_type, message, ignore);
  }
  // The envelope checked only what routing needs; a field of the wrong type here (a number for `ts`)
  // is the sender's error, a 400, not ours.
  const parsedMessage = messageShape.safeParse(event);
  if (!parsedMessage.success) {
    const issue = parsedMessage.error.issues[0];
    throw new AppError('BODY_MALFORMED', `Not a Slack message event of a known shape: event.${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  const message = parsedMessage.data;
  if (message.subtype !== undefined && CONTENTLESS_SUBTYPES.has(message.subtype)) return ignore(`subtype:${message.subtype}`);
  if (message.subtype !== undefined && !SCANNED_SUBTYPES.has(message.subtype)) return ignore(`subtype_not_scanned:${message.subtype}`);
  if (isSelf(message)) return ignore('own_message');
  return toRef(eventId, 'message', envelope.team_id ?? null, message.channel, message.channel_type, message, ignore);
}

function toRef(
  eventId: string,
  kind: 'message' | 'edit',
  teamId: string | null,
  channel: string | undefined,
  channelType: string | undefined,
  message: z.infer<typeof messageShape>,
  ignore: (reason: string) => SlackEventDecision,
): SlackEventDecision {
  if (channel === undefined || message.ts === undefined) {
    throw new AppError('BODY_MALFORMED', 'A message event needs `channel` and `ts`');
  }
  const text = message.text ?? '';
  // A file shared without a comment is all content: its text is empty, its files are not.
  const files = toSlackFileRefs(message.files);
  if (text.trim() === '' && files.length === 0) return ignore('no_text');
  return {
    kind: 'message',
    message: {
      eventId,
      kind,
      teamId: teamId ?? message.team ?? null,
      channelId: channel,
      channelType: channelType ?? null,
      messageTs: message.ts,
      threadTs: message.thread_ts ?? null,
      userId: message.user ?? null,
      subtype: message.subtype ?? null,
      text,
      files,
    },
  };
}
