import type { FakeChannel, FakeWorkspace, StoredMessage, TokenRecord } from '../fakeWorkspace.ts';
import { messageChangedEvent, messageDeletedEvent } from '../messageEvents.ts';
import type { InnerEvent } from '../messageEvents.ts';
import { fail, stringArg } from './apiMethod.ts';
import type { ApiMethod } from './apiMethod.ts';
import { visibleConversation } from './visibleConversation.ts';

/**
 * Deletes one message, enforcing who may delete what (CONTRACTS.md 0.5, 3.5): this is the rule
 * the service's whole design hangs on, so the fake is strict where Slack is strict.
 */
export const chatDelete: ApiMethod = {
  name: 'chat.delete',
  acceptedScopes: ['chat:write'],
  neededScope: () => 'chat:write',
  handle({ workspace, args, caller }) {
    const channelId = stringArg(args, 'channel');
    const ts = stringArg(args, 'ts');
    if (channelId === undefined || channelId === '' || !workspace.channels.has(channelId)) return fail('channel_not_found');
    if (ts === undefined || ts === '') {
      return fail('invalid_arguments', { response_metadata: { messages: ['[ERROR] missing required field: ts'] } });
    }
    // Other people's DMs and private channels the caller is not in do not exist as far as the caller can tell.
    const channel = visibleConversation(workspace, caller.userId, channelId);
    if (channel === undefined) return fail('channel_not_found');
    const message = workspace.getMessage(channel.id, ts);
    if (message === undefined || message.subtype === 'tombstone') return fail('message_not_found');
    if (!mayDelete(workspace, caller, channel, message)) return fail('cant_delete_message');

    const eventTs = workspace.nextTs();
    const tombstone = workspace.liveReplies(channel.id, ts).length > 0 ? tombstoneOf(message) : undefined;
    let event: InnerEvent;
    if (tombstone === undefined) {
      workspace.removeMessage(channel.id, ts);
      event = messageDeletedEvent(workspace, message, eventTs);
    } else {
      workspace.replaceMessage(tombstone);
      event = messageChangedEvent(workspace, tombstone, message, eventTs);
    }
    workspace.deletions.push({
      channel: channel.id,
      ts,
      by: caller.kind,
      byUser: caller.userId,
      at: workspace.now(),
      message: structuredClone(message),
      tombstoned: tombstone !== undefined,
    });

    const heardByBot = channel.members.has(workspace.identity.botUserId);
    return { body: { ok: true, channel: channel.id, ts }, ...(heardByBot ? { events: [event] } : {}) };
  },
};

function mayDelete(workspace: FakeWorkspace, caller: TokenRecord, channel: FakeChannel, message: StoredMessage): boolean {
  // Slack Connect: the external organisation's messages are out of reach for every token we hold.
  const author = message.user === undefined ? undefined : workspace.users.get(message.user);
  if (workspace.isExternal({ team: message.team }) || (author !== undefined && workspace.isExternal(author))) return false;

  // A bot token deletes only what this bot posted, whatever other scopes it holds.
  if (caller.kind === 'bot') return message.bot_id === workspace.identity.botId;

  const own = message.user === caller.userId && message.bot_id === undefined;
  if (own) return true;
  const owner = workspace.users.get(caller.userId);
  if (owner === undefined || !(owner.isAdmin || owner.isOwner)) return false;
  // In DMs even an admin deletes only their own messages.
  if (channel.kind === 'im' || channel.kind === 'mpim') return false;
  return channel.members.has(caller.userId);
}

/** What a deleted thread parent leaves behind so its replies keep a place to hang from. */
function tombstoneOf(message: StoredMessage): StoredMessage {
  return {
    type: 'message',
    channel: message.channel,
    ts: message.ts,
    subtype: 'tombstone',
    text: 'This message was deleted.',
    user: 'USLACKBOT',
    hidden: true,
    thread_ts: message.ts,
    ...(message.reply_count === undefined ? {} : { reply_count: message.reply_count }),
    ...(message.reply_users === undefined ? {} : { reply_users: message.reply_users }),
    ...(message.latest_reply === undefined ? {} : { latest_reply: message.latest_reply }),
  };
}
