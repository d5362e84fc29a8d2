import type { FakeChannel, FakeWorkspace } from '../fakeWorkspace.ts';
import { booleanArg, fail, stringArg } from './apiMethod.ts';
import type { ApiMethod } from './apiMethod.ts';

const MAX_USERS = 8;

function userList(args: Record<string, unknown>): string[] {
  return (stringArg(args, 'users') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/** Opens (or finds) the DM with one user, or a group DM with several; the same id every time. */
export const conversationsOpen: ApiMethod = {
  name: 'conversations.open',
  acceptedScopes: ['channels:manage', 'groups:write', 'im:write', 'mpim:write'],
  neededScope: (args) => (userList(args).length > 1 ? 'mpim:write' : 'im:write'),
  handle({ workspace, args, caller }) {
    const returnIm = booleanArg(args, 'return_im');
    const channelArg = stringArg(args, 'channel');
    const users = userList(args);

    if (users.length === 0 && channelArg !== undefined) {
      const channel = workspace.channels.get(channelArg);
      if (channel === undefined || !channel.members.has(caller.userId)) return fail('channel_not_found');
      if (channel.kind !== 'im' && channel.kind !== 'mpim') return fail('method_not_supported_for_channel_type');
      return { body: { ok: true, no_op: true, already_open: true, channel: conversationObject(workspace, channel, caller.userId, returnIm) } };
    }
    if (users.length === 0) return fail('users_list_not_supplied');
    if (users.length > MAX_USERS) return fail('too_many_users');
    for (const id of users) {
      const user = workspace.users.get(id);
      if (user === undefined) return fail('user_not_found');
      if (user.deleted) return fail('user_disabled');
    }

    const { channel, created } = workspace.openConversation([caller.userId, ...users]);
    const object = conversationObject(workspace, channel, caller.userId, returnIm);
    return { body: created ? { ok: true, channel: object } : { ok: true, no_op: true, already_open: true, channel: object } };
  },
};

/** Slack returns only `{id}` unless `return_im` asks for the full object. */
function conversationObject(
  workspace: FakeWorkspace,
  channel: FakeChannel,
  viewer: string,
  full: boolean,
): Record<string, unknown> {
  if (!full) return { id: channel.id };
  if (channel.kind === 'im') {
    const partner = workspace.dmPartner(channel, viewer) ?? viewer;
    return {
      id: channel.id,
      created: channel.created,
      is_im: true,
      is_org_shared: false,
      user: partner,
      is_user_deleted: workspace.users.get(partner)?.deleted ?? false,
      priority: 0,
      is_open: true,
      last_read: '0000000000.000000',
      latest: null,
      unread_count: 0,
      unread_count_display: 0,
    };
  }
  return {
    id: channel.id,
    name: channel.name,
    created: channel.created,
    is_mpim: true,
    is_group: false,
    is_private: true,
    is_open: true,
    members: [...channel.members],
  };
}
