import type { FakeWorkspace, StoredMessage } from './fakeWorkspace.ts';

/**
 * Inner `message` events in the shapes Slack sends them (CONTRACTS.md 1.8, 1.9). They carry no
 * envelope; the deliverer wraps them in `event_callback`.
 */
export type InnerEvent = Record<string, unknown> & { type: string };

/** A message as the Web API and events show it: the fake's `channel` bookkeeping field removed. */
export function apiMessage(message: StoredMessage): Record<string, unknown> {
  const { channel: _channel, ...rest } = message;
  return structuredClone(rest);
}

export function channelTypeOf(workspace: FakeWorkspace, channelId: string): string {
  return workspace.channels.get(channelId)?.kind ?? 'channel';
}

/** A new message; for new messages `event_ts` equals `ts`. */
export function messageEvent(workspace: FakeWorkspace, message: StoredMessage): InnerEvent {
  return {
    ...apiMessage(message),
    type: 'message',
    channel: message.channel,
    event_ts: message.ts,
    channel_type: channelTypeOf(workspace, message.channel),
  };
}

/** Sent for every deletion, our own included; `ts`/`event_ts` belong to the deletion, `deleted_ts` to the message. */
export function messageDeletedEvent(workspace: FakeWorkspace, previous: StoredMessage, eventTs: string): InnerEvent {
  return {
    type: 'message',
    subtype: 'message_deleted',
    previous_message: apiMessage(previous),
    channel: previous.channel,
    hidden: true,
    deleted_ts: previous.ts,
    event_ts: eventTs,
    ts: eventTs,
    channel_type: channelTypeOf(workspace, previous.channel),
  };
}

/**
 * Edits, and deleted thread parents (a tombstone), both arrive as `message_changed`; only a real
 * edit carries `message.edited`. `ts`/`event_ts` are the change's own, not the message's.
 */
export function messageChangedEvent(
  workspace: FakeWorkspace,
  current: StoredMessage,
  previous: StoredMessage,
  eventTs: string,
): InnerEvent {
  const team = current.team ?? workspace.identity.teamId;
  return {
    type: 'message',
    subtype: 'message_changed',
    message: { ...apiMessage(current), source_team: team, user_team: team },
    previous_message: apiMessage(previous),
    channel: current.channel,
    hidden: true,
    ts: eventTs,
    event_ts: eventTs,
    channel_type: channelTypeOf(workspace, current.channel),
  };
}
