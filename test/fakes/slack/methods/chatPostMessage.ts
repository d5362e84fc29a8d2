import type { FakeChannel, FakeWorkspace, TokenRecord } from '../fakeWorkspace.ts';
import { apiMessage, messageEvent } from '../messageEvents.ts';
import { richTextFromMrkdwn } from '../renderTypedText.ts';
import { booleanArg, fail, stringArg } from './apiMethod.ts';
import type { ApiMethod, ApiResult } from './apiMethod.ts';
import { visibleConversation } from './visibleConversation.ts';

// Size rules from CONTRACTS.md 3.5: long text is truncated (not rejected), long blocks fail the call.
const MAX_TEXT = 40_000;
const MAX_SECTION_TEXT = 3_000;
const MAX_SECTION_FIELD = 2_000;
const MAX_HEADER_TEXT = 150;
const MAX_BLOCKS = 50;
const MAX_ATTACHMENTS = 100;

/** Posts as the token's owner; our bot's posts carry `bot_id`/`app_id`/`bot_profile` and no subtype. */
export const chatPostMessage: ApiMethod = {
  name: 'chat.postMessage',
  acceptedScopes: ['chat:write'],
  neededScope: () => 'chat:write',
  handle({ workspace, args, caller, undecodable }) {
    const target = resolveTarget(workspace, caller, stringArg(args, 'channel'));
    if ('error' in target) return fail(target.error);
    const { channel } = target;

    if (undecodable.includes('blocks')) return fail('invalid_blocks_format');
    if (undecodable.includes('attachments')) return fail('invalid_attachments');
    if (undecodable.includes('metadata')) return fail('invalid_metadata_format');

    const text = stringArg(args, 'text');
    const markdownText = stringArg(args, 'markdown_text');
    const blocks = args.blocks;
    const attachments = args.attachments;
    if (blocks !== undefined && !Array.isArray(blocks)) return fail('invalid_blocks_format');
    if (attachments !== undefined && !Array.isArray(attachments)) return fail('invalid_attachments');
    if (markdownText !== undefined && (text !== undefined || blocks !== undefined)) return fail('markdown_text_conflict');

    const hasContent =
      (text !== undefined && text !== '') ||
      (markdownText !== undefined && markdownText !== '') ||
      (Array.isArray(blocks) && blocks.length > 0) ||
      (Array.isArray(attachments) && attachments.length > 0);
    if (!hasContent) return fail('no_text');

    if (Array.isArray(blocks)) {
      const errors = blockErrors(blocks);
      if (errors.length > 0) {
        return fail('invalid_blocks', { errors, response_metadata: { messages: errors.map((e) => `[ERROR] ${e}`) } });
      }
    }
    if (Array.isArray(attachments) && attachments.length > MAX_ATTACHMENTS) return fail('too_many_attachments');

    let finalText = text ?? markdownText ?? '';
    const truncated = finalText.length > MAX_TEXT;
    if (truncated) finalText = finalText.slice(0, MAX_TEXT);

    const threadTs = stringArg(args, 'thread_ts');
    const broadcast = threadTs !== undefined && booleanArg(args, 'reply_broadcast');
    const message = workspace.addMessage({
      channel: channel.id,
      user: caller.userId,
      ...(caller.kind === 'bot' ? { botId: workspace.identity.botId } : {}),
      text: finalText,
      ...(threadTs === undefined ? {} : { threadTs }),
      ...(broadcast ? { subtype: 'thread_broadcast' } : {}),
      // Slack renders app-posted plain text into rich_text too; detection may read either.
      blocks: Array.isArray(blocks) ? blocks : finalText === '' ? [] : richTextFromMrkdwn(finalText),
      ...(Array.isArray(attachments) ? { attachments } : {}),
      ...(args.metadata === undefined ? {} : { metadata: args.metadata }),
    });

    const result: ApiResult = {
      body: {
        ok: true,
        channel: channel.id,
        ts: message.ts,
        message: apiMessage(message),
        ...(truncated
          ? {
              warning: 'message_truncated',
              response_metadata: {
                warnings: ['message_truncated'],
                messages: [`[WARN] Your message was truncated to ${MAX_TEXT} characters`],
              },
            }
          : {}),
      },
    };
    // The bot only hears conversations it is in; our own posts are always heard (the echo loop hazard).
    if (channel.members.has(workspace.identity.botUserId)) result.events = [messageEvent(workspace, message)];
    return result;
  },
};

type Target = { channel: FakeChannel } | { error: string };

function resolveTarget(workspace: FakeWorkspace, caller: TokenRecord, channelArg: string | undefined): Target {
  if (channelArg === undefined || channelArg === '') return { error: 'channel_not_found' };
  // Posting to a user id lands in the caller's DM with that user (CONTRACTS.md 3.5 conversations.open).
  const user = /^[UW]/.test(channelArg) ? workspace.users.get(channelArg) : undefined;
  if (user !== undefined) {
    if (user.deleted) return { error: 'channel_not_found' };
    return { channel: workspace.openConversation([caller.userId, user.id]).channel };
  }
  const channel = visibleConversation(workspace, caller.userId, channelArg);
  if (channel === undefined) return { error: 'channel_not_found' };
  if (channel.isArchived) return { error: 'is_archived' };
  if (!channel.members.has(caller.userId) && !caller.scopes.has('chat:write.public')) return { error: 'not_in_channel' };
  return { channel };
}

/** Block Kit validation errors in Slack's wording, each ending in a JSON pointer. */
function blockErrors(blocks: unknown[]): string[] {
  const errors: string[] = [];
  if (blocks.length > MAX_BLOCKS) errors.push(`no more than ${MAX_BLOCKS} items allowed [json-pointer:/blocks]`);
  blocks.forEach((block, i) => {
    if (typeof block !== 'object' || block === null || typeof (block as { type?: unknown }).type !== 'string') {
      errors.push(`missing required field: type [json-pointer:/blocks/${i}]`);
      return;
    }
    const { type, text, fields } = block as { type: string; text?: { text?: unknown }; fields?: unknown };
    const limit = type === 'section' ? MAX_SECTION_TEXT : type === 'header' ? MAX_HEADER_TEXT : undefined;
    if (limit !== undefined && typeof text?.text === 'string' && text.text.length > limit) {
      errors.push(`must be less than ${limit + 1} characters [json-pointer:/blocks/${i}/text/text]`);
    }
    if (type === 'section' && Array.isArray(fields)) {
      fields.forEach((field: { text?: unknown }, j) => {
        if (typeof field?.text === 'string' && field.text.length > MAX_SECTION_FIELD) {
          errors.push(`must be less than ${MAX_SECTION_FIELD + 1} characters [json-pointer:/blocks/${i}/fields/${j}/text]`);
        }
      });
    }
  });
  return errors;
}
