import { randomUUID } from 'node:crypto';
import { createStoredFile, fileObject, fileTombstone } from './fakeFiles.ts';
import type { AddFileInput, FileDeletionRecord, StoredFile } from './fakeFiles.ts';

/**
 * The state behind the fake Slack: one workspace with its users, conversations, tokens and
 * messages. The HTTP layer and the method handlers read and change it; tests reach it through
 * the FakeSlack object.
 */

export type TokenKind = 'bot' | 'admin' | 'user';
/** What a recorded call authenticated as; raw tokens are never kept anywhere a test can print. */
export type CallerKind = TokenKind | 'none' | 'invalid';
export type ConversationKind = 'channel' | 'group' | 'im' | 'mpim';

export interface FakeIdentity {
  teamId: string;
  teamName: string;
  teamDomain: string;
  appId: string;
  appName: string;
  botUserId: string;
  botId: string;
  botName: string;
  botToken: string;
  adminUserId: string;
  adminToken: string;
}

export const DEFAULT_IDENTITY: FakeIdentity = {
  teamId: 'T024BE7LD',
  teamName: 'Globex',
  teamDomain: 'globex',
  appId: 'A0KRD7HC3',
  appName: 'PII Guard',
  botUserId: 'U0LAN0Z89',
  botId: 'B0LAN0Z7Q',
  botName: 'pii-guard',
  botToken: 'xoxb-fake-bot',
  adminUserId: 'U061F7AUR',
  adminToken: 'xoxp-fake-admin',
};

/** Seeded so tests can replay the contract's example payloads (CONTRACTS.md 1.9) against the same ids. */
export const SEED = {
  users: { maya: 'U2147483697', sam: 'U0G9QF9C6' },
  channels: { general: 'C0G9QF9GW', finance: 'C05QMN4R2TT' },
} as const;

export const BOT_SCOPES: readonly string[] = [
  'chat:write',
  'im:write',
  'channels:history',
  'groups:history',
  'im:history',
  'mpim:history',
  'users:read',
  'files:read',
];

export const USER_SCOPES: readonly string[] = [
  'chat:write',
  'im:write',
  'channels:history',
  'groups:history',
  'im:history',
  'mpim:history',
  'users:read',
  'files:read',
  'files:write',
];

export interface FakeUser {
  id: string;
  teamId: string;
  name: string;
  realName: string;
  email?: string;
  isAdmin: boolean;
  isOwner: boolean;
  isBot: boolean;
  deleted: boolean;
  botId?: string;
  appId?: string;
  updated: number;
}

export interface AddUserInput {
  id?: string;
  name?: string;
  realName?: string;
  email?: string;
  /** A different team makes the user external (Slack Connect): their messages cannot be deleted by us. */
  team?: string;
  isAdmin?: boolean;
  isOwner?: boolean;
  isBot?: boolean;
  deleted?: boolean;
  /** Registers a user token (xoxp-…) acting as this user. */
  token?: string;
  scopes?: readonly string[];
}

export interface FakeChannel {
  id: string;
  name: string;
  kind: ConversationKind;
  members: Set<string>;
  isArchived: boolean;
  isExtShared: boolean;
  created: number;
}

export interface CreateChannelInput {
  id?: string;
  name: string;
  isPrivate?: boolean;
  members?: readonly string[];
  isArchived?: boolean;
  isExtShared?: boolean;
  /** Public channels join the bot by default because a bot only receives events from channels it is in. */
  withBot?: boolean;
}

export interface BotProfile {
  id: string;
  deleted: boolean;
  name: string;
  updated: number;
  app_id: string;
  icons: Record<string, string>;
  team_id: string;
}

/** A message as Slack would return it, plus `channel` so tests can tell where it lives. */
export interface StoredMessage {
  type: 'message';
  channel: string;
  ts: string;
  text: string;
  subtype?: string;
  user?: string;
  bot_id?: string;
  app_id?: string;
  bot_profile?: BotProfile;
  team?: string;
  client_msg_id?: string;
  blocks?: unknown[];
  attachments?: unknown[];
  files?: unknown[];
  metadata?: unknown;
  thread_ts?: string;
  parent_user_id?: string;
  reply_count?: number;
  reply_users?: string[];
  latest_reply?: string;
  edited?: { user: string; ts: string };
  hidden?: boolean;
}

export interface AddMessageInput {
  channel: string;
  user?: string;
  /** Marks an app-posted message; our own bot id also fills `app_id`, `bot_profile` and the bot user. */
  botId?: string;
  text: string;
  threadTs?: string;
  team?: string;
  ts?: string;
  subtype?: string;
  clientMsgId?: string;
  blocks?: unknown[];
  attachments?: unknown[];
  files?: unknown[];
  metadata?: unknown;
}

/** One successful `chat.delete`, kept so tests can assert what was removed and by which kind of token. */
export interface DeletionRecord {
  channel: string;
  ts: string;
  by: TokenKind;
  byUser: string;
  at: number;
  message: StoredMessage;
  /** A thread parent with replies becomes a tombstone instead of disappearing. */
  tombstoned: boolean;
}

export interface TokenRecord {
  kind: TokenKind;
  userId: string;
  scopes: Set<string>;
  revoked: boolean;
}

export type CallerLookup =
  | { kind: 'none' }
  | { kind: 'invalid' }
  | { kind: TokenKind; record: TokenRecord; revoked: boolean };

export class FakeWorkspace {
  readonly identity: FakeIdentity;
  readonly now: () => number;
  readonly users = new Map<string, FakeUser>();
  readonly channels = new Map<string, FakeChannel>();
  readonly deletions: DeletionRecord[] = [];
  readonly files = new Map<string, StoredFile>();
  readonly fileDeletions: FileDeletionRecord[] = [];
  /** Where the file host listens; file objects' URLs start with it. Set once the server is up. */
  fileOrigin = 'https://files.slack.com';
  readonly #tokens = new Map<string, TokenRecord>();
  readonly #messages = new Map<string, Map<string, StoredMessage>>();
  readonly #directChannels = new Map<string, string>();
  #lastTsMicros = 0;
  #idSeq = 0;

  constructor(identity: FakeIdentity, now: () => number, seed: boolean) {
    this.identity = identity;
    this.now = now;
    this.addUser({ id: identity.botUserId, name: identity.botName, realName: identity.appName, isBot: true });
    this.addUser({
      id: identity.adminUserId,
      name: 'admin',
      realName: 'Workspace Admin',
      email: 'admin@globex.example',
      isAdmin: true,
      isOwner: true,
      token: identity.adminToken,
    });
    this.#tokens.set(identity.botToken, {
      kind: 'bot',
      userId: identity.botUserId,
      scopes: new Set(BOT_SCOPES),
      revoked: false,
    });
    if (seed) this.#seed();
  }

  #seed(): void {
    this.addUser({ id: SEED.users.maya, name: 'm.okafor', realName: 'Maya Okafor', email: 'm.okafor@example.com' });
    this.addUser({ id: SEED.users.sam, name: 'sam.ortiz', realName: 'Sam Ortiz', email: 'sam.ortiz@example.org' });
    const everyone = [this.identity.adminUserId, this.identity.botUserId, SEED.users.maya, SEED.users.sam];
    this.createChannel({ id: SEED.channels.general, name: 'general', members: everyone });
    this.createChannel({ id: SEED.channels.finance, name: 'finance', isPrivate: true, members: everyone });
  }

  /** Slack ids are upper-case alphanumerics behind a kind letter; a counter keeps them unique per fake. */
  newId(prefix: string): string {
    this.#idSeq += 1;
    return `${prefix}0F${this.#idSeq.toString(36).toUpperCase().padStart(7, '0')}`;
  }

  /** Message timestamps are per-workspace unique and strictly increasing, even under a frozen clock. */
  nextTs(): string {
    const micros = Math.max(Math.floor(this.now() * 1000), this.#lastTsMicros + 1);
    this.#lastTsMicros = micros;
    return formatTs(micros);
  }

  // ---- users and tokens ----

  addUser(input: AddUserInput): FakeUser {
    const id = input.id ?? this.newId('U');
    const isOurBot = id === this.identity.botUserId;
    const user: FakeUser = {
      id,
      teamId: input.team ?? this.identity.teamId,
      name: input.name ?? id.toLowerCase(),
      realName: input.realName ?? input.name ?? id,
      isAdmin: input.isAdmin ?? false,
      isOwner: input.isOwner ?? false,
      isBot: input.isBot ?? false,
      deleted: input.deleted ?? false,
      updated: Math.floor(this.now() / 1000),
      ...(input.email === undefined ? {} : { email: input.email }),
      ...(isOurBot ? { botId: this.identity.botId, appId: this.identity.appId } : {}),
    };
    this.users.set(id, user);
    if (input.token !== undefined) {
      this.#tokens.set(input.token, {
        kind: user.isAdmin || user.isOwner ? 'admin' : 'user',
        userId: id,
        scopes: new Set(input.scopes ?? USER_SCOPES),
        revoked: false,
      });
    }
    return user;
  }

  lookupToken(token: string | undefined): CallerLookup {
    if (token === undefined || token === '') return { kind: 'none' };
    const record = this.#tokens.get(token);
    if (record === undefined) return { kind: 'invalid' };
    return { kind: record.kind, record, revoked: record.revoked };
  }

  revokeToken(token: string): void {
    const record = this.#tokens.get(token);
    if (record === undefined) throw new Error('fake slack: revokeToken on an unknown token');
    record.revoked = true;
  }

  setTokenScopes(token: string, scopes: readonly string[]): void {
    const record = this.#tokens.get(token);
    if (record === undefined) throw new Error('fake slack: setTokenScopes on an unknown token');
    record.scopes = new Set(scopes);
  }

  isExternal(userOrTeam: { teamId?: string; team?: string }): boolean {
    const team = userOrTeam.teamId ?? userOrTeam.team;
    return team !== undefined && team !== this.identity.teamId;
  }

  // ---- conversations ----

  createChannel(input: CreateChannelInput): FakeChannel {
    const isPrivate = input.isPrivate ?? false;
    const members = new Set(input.members ?? []);
    if (input.withBot ?? !isPrivate) members.add(this.identity.botUserId);
    const channel: FakeChannel = {
      id: input.id ?? this.newId('C'),
      name: input.name,
      kind: isPrivate ? 'group' : 'channel',
      members,
      isArchived: input.isArchived ?? false,
      isExtShared: input.isExtShared ?? false,
      created: Math.floor(this.now() / 1000),
    };
    this.channels.set(channel.id, channel);
    return channel;
  }

  findChannel(idOrName: string): FakeChannel | undefined {
    const byId = this.channels.get(idOrName);
    if (byId !== undefined) return byId;
    const name = idOrName.startsWith('#') ? idOrName.slice(1) : idOrName;
    for (const channel of this.channels.values()) {
      if ((channel.kind === 'channel' || channel.kind === 'group') && channel.name === name) return channel;
    }
    return undefined;
  }

  requireChannel(id: string): FakeChannel {
    const channel = this.channels.get(id);
    if (channel === undefined) {
      throw new Error(`fake slack: unknown channel ${id}; create it first with createChannel() or openDm()`);
    }
    return channel;
  }

  /** Returns the existing conversation for this exact member set, so `conversations.open` stays idempotent. */
  openConversation(memberIds: readonly string[]): { channel: FakeChannel; created: boolean } {
    const members = [...new Set(memberIds)].sort();
    const key = members.join(',');
    const existing = this.#directChannels.get(key);
    if (existing !== undefined) return { channel: this.requireChannel(existing), created: false };
    const kind: ConversationKind = members.length <= 2 ? 'im' : 'mpim';
    const id = this.newId(kind === 'im' ? 'D' : 'G');
    const channel: FakeChannel = {
      id,
      name: kind === 'im' ? id : `mpdm-${members.join('--')}-1`,
      kind,
      members: new Set(members),
      isArchived: false,
      isExtShared: false,
      created: Math.floor(this.now() / 1000),
    };
    this.channels.set(id, channel);
    this.#directChannels.set(key, id);
    return { channel, created: true };
  }

  /** The other party of a 1:1 DM as seen from `viewer`; Slack's `user` field on im objects. */
  dmPartner(channel: FakeChannel, viewer: string): string | undefined {
    if (channel.kind !== 'im') return undefined;
    return [...channel.members].find((m) => m !== viewer) ?? viewer;
  }

  // ---- messages ----

  addMessage(input: AddMessageInput): StoredMessage {
    const channel = this.requireChannel(input.channel);
    const ours = input.botId === this.identity.botId;
    const userId = input.user ?? (ours ? this.identity.botUserId : undefined);
    const author = userId === undefined ? undefined : this.users.get(userId);
    const ts = input.ts ?? this.nextTs();
    if (input.ts !== undefined) this.#bumpClockPast(input.ts);
    const store = this.#messagesOf(channel.id);
    if (store.has(ts)) throw new Error(`fake slack: a message with ts ${ts} already exists in ${channel.id}`);

    const message: StoredMessage = {
      type: 'message',
      channel: channel.id,
      ts,
      text: input.text,
      ...(input.subtype === undefined ? {} : { subtype: input.subtype }),
      ...(userId === undefined ? {} : { user: userId }),
      ...(input.botId === undefined ? {} : { bot_id: input.botId }),
      ...(ours ? { app_id: this.identity.appId, bot_profile: this.botProfile() } : {}),
      team: input.team ?? author?.teamId ?? this.identity.teamId,
      ...(input.clientMsgId === undefined ? {} : { client_msg_id: input.clientMsgId }),
      ...(input.blocks === undefined ? {} : { blocks: input.blocks }),
      ...(input.attachments === undefined ? {} : { attachments: input.attachments }),
      ...(input.files === undefined ? {} : { files: input.files }),
      ...(input.metadata === undefined ? {} : { metadata: input.metadata }),
    };
    if (input.threadTs !== undefined && input.threadTs !== ts) this.#attachReply(message, input.threadTs);
    store.set(ts, message);
    return message;
  }

  #attachReply(reply: StoredMessage, threadTs: string): void {
    reply.thread_ts = threadTs;
    const parent = this.#messagesOf(reply.channel).get(threadTs);
    if (parent === undefined) return;
    if (parent.user !== undefined) reply.parent_user_id = parent.user;
    parent.thread_ts = parent.ts;
    parent.reply_count = (parent.reply_count ?? 0) + 1;
    const replyUsers = new Set(parent.reply_users ?? []);
    if (reply.user !== undefined) replyUsers.add(reply.user);
    parent.reply_users = [...replyUsers];
    parent.latest_reply = reply.ts;
  }

  #bumpClockPast(ts: string): void {
    const micros = parseTsMicros(ts);
    if (micros > this.#lastTsMicros) this.#lastTsMicros = micros;
  }

  #messagesOf(channelId: string): Map<string, StoredMessage> {
    let store = this.#messages.get(channelId);
    if (store === undefined) {
      store = new Map();
      this.#messages.set(channelId, store);
    }
    return store;
  }

  getMessage(channel: string, ts: string): StoredMessage | undefined {
    return this.#messages.get(channel)?.get(ts);
  }

  messagesIn(channel: string): StoredMessage[] {
    return [...(this.#messages.get(channel)?.values() ?? [])].sort((a, b) => compareTs(a.ts, b.ts));
  }

  liveReplies(channel: string, parentTs: string): StoredMessage[] {
    return this.messagesIn(channel).filter((m) => m.thread_ts === parentTs && m.ts !== parentTs);
  }

  removeMessage(channel: string, ts: string): void {
    const message = this.getMessage(channel, ts);
    this.#messages.get(channel)?.delete(ts);
    if (message?.thread_ts === undefined || message.thread_ts === ts) return;
    const parent = this.getMessage(channel, message.thread_ts);
    if (parent?.reply_count !== undefined) parent.reply_count = Math.max(0, parent.reply_count - 1);
  }

  replaceMessage(message: StoredMessage): void {
    this.#messagesOf(message.channel).set(message.ts, message);
  }

  clearMessages(): void {
    this.#messages.clear();
    this.deletions.length = 0;
  }

  // ---- files ----

  addFile(input: AddFileInput): StoredFile {
    const uploader = this.users.get(input.user);
    if (uploader === undefined) throw new Error(`fake slack: unknown user ${input.user}; add it first with addUser()`);
    const id = input.id ?? this.newId('F');
    if (this.files.has(id)) throw new Error(`fake slack: a file with id ${id} already exists`);
    const file = createStoredFile(id, input, uploader.teamId, Math.floor(this.now() / 1000));
    this.files.set(id, file);
    return file;
  }

  /** The file object as events and `files.info` show it. */
  fileObject(file: StoredFile): Record<string, unknown> {
    return fileObject(this.identity, file, this.fileOrigin);
  }

  /** Marks the file deleted and leaves a tombstone in every message that shared it, as Slack does. */
  deleteFile(file: StoredFile): void {
    file.deleted = true;
    for (const channel of this.#messages.values()) {
      for (const message of channel.values()) {
        if (message.files === undefined) continue;
        message.files = message.files.map((f) => ((f as { id?: unknown }).id === file.id ? fileTombstone(file.id) : f));
      }
    }
  }

  clearFiles(): void {
    this.files.clear();
    this.fileDeletions.length = 0;
  }

  botProfile(): BotProfile {
    return {
      id: this.identity.botId,
      deleted: false,
      name: this.identity.appName,
      updated: 1708232001,
      app_id: this.identity.appId,
      icons: {
        image_36: 'https://a.slack-edge.com/80588/img/plugins/app/bot_36.png',
        image_48: 'https://a.slack-edge.com/80588/img/plugins/app/bot_48.png',
        image_72: 'https://a.slack-edge.com/80588/img/plugins/app/service_72.png',
      },
      team_id: this.identity.teamId,
    };
  }
}

export function newClientMsgId(): string {
  return randomUUID();
}

function formatTs(micros: number): string {
  return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
}

function parseTsMicros(ts: string): number {
  const [seconds = '0', fraction = ''] = ts.split('.');
  return Number(seconds) * 1e6 + Number(fraction.padEnd(6, '0').slice(0, 6));
}

export function compareTs(a: string, b: string): number {
  return parseTsMicros(a) - parseTsMicros(b);
}
