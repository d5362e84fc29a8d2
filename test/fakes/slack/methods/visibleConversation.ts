import type { FakeChannel, FakeWorkspace } from '../fakeWorkspace.ts';

/**
 * What a user can see decides between `channel_not_found` and a permission error: public channels
 * are visible to everyone in the team, private channels and DMs only to their members. Slack
 * answers `channel_not_found` rather than revealing that a conversation exists.
 */
export function visibleConversation(
  workspace: FakeWorkspace,
  userId: string,
  idOrName: string,
): FakeChannel | undefined {
  const channel = workspace.findChannel(idOrName);
  if (channel === undefined) return undefined;
  if (channel.kind === 'channel') {
    const user = workspace.users.get(userId);
    if (user !== undefined && workspace.isExternal(user) && !channel.members.has(userId)) return undefined;
    return channel;
  }
  return channel.members.has(userId) ? channel : undefined;
}
