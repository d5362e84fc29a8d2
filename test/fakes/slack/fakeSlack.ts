import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatchApiCall } from './dispatchApiCall.ts';
import { EventDeliverer } from './eventDeliverer.ts';
import { fileIdOfPath, fileStub, SLACK_LOGIN_PAGE } from './fakeFiles.ts';
import type { AddFileInput, FileDeletionRecord, FileDownloadRecord, StoredFile } from './fakeFiles.ts';
import type { DeliverOptions, DeliveryRecord, DeliveryResult } from './eventDeliverer.ts';
import { FaultInjector, faultReply } from './faultInjector.ts';
import type { FailNextOptions, FakeFault, FakeHold, HoldOptions } from './faultInjector.ts';
import { DEFAULT_IDENTITY, FakeWorkspace, newClientMsgId } from './fakeWorkspace.ts';
import type {
  AddMessageInput,
  AddUserInput,
  CallerKind,
  CreateChannelInput,
  DeletionRecord,
  FakeChannel,
  FakeIdentity,
  FakeUser,
  StoredMessage,
} from './fakeWorkspace.ts';
import { messageChangedEvent, messageEvent } from './messageEvents.ts';
import type { InnerEvent } from './messageEvents.ts';
import { parseApiRequest } from './parseApiRequest.ts';
import type { ApiEncoding } from './parseApiRequest.ts';
import { renderTypedText, richTextFromMrkdwn } from './renderTypedText.ts';

/**
 * A local Slack for tests and for trying the service by hand: a real HTTP server speaking the Web
 * API (`/api/<method>`) and delivering signed Events API requests to the service, following
 * CONTRACTS.md sections 1 and 3 field for field.
 *
 * Using: `const slack = await startFakeSlack({ signingSecret, eventsUrl })`, point
 * `new WebClient(token, { slackApiUrl: slack.apiUrl })` at it, drive users with
 * `postUserMessage()`, then assert on `calls`, `deletions`, `deliveries` and the message store.
 *
 * Options: identity (team, app, bot, admin ids and tokens; defaults match the contract examples),
 * `signingSecret`, `eventsUrl` (settable later), `now` (an injectable clock for ts, signatures and
 * rate-limit windows), `seed` (two users and two channels, see `SEED`), `sideEffectEvents`.
 *
 * Events it emits on its own (when `eventsUrl` is set and the bot is in the conversation): the echo
 * of every message the API posts, `message_deleted` for every deletion, and `message_changed` with
 * a tombstone when a thread parent is deleted. Await them with `idle()`.
 *
 * Files: `addFile()` / `postFileMessage()` store uploads; `files.info` and `files.delete` work on
 * them; the fake is also the file host (`GET /files-pri/<team>-<id>/[download/]<name>`, the URLs in
 * the file objects), which serves a file only for `Authorization: Bearer <token with files:read>`
 * and answers anything else, as Slack does, with **200 and its HTML sign-in page**. Point the
 * service's SLACK_FILE_HOSTS at `fake.url`. Assert on `downloads` and `fileDeletions`.
 */

export interface FakeSlackOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  teamId?: string;
  teamName?: string;
  teamDomain?: string;
  appId?: string;
  appName?: string;
  botUserId?: string;
  botId?: string;
  botToken?: string;
  adminUserId?: string;
  adminToken?: string;
  signingSecret?: string;
  /** The legacy verification token Slack still puts in payloads; services must not trust it. */
  verificationToken?: string;
  eventsUrl?: string;
  now?: () => number;
  /** Seed the workspace with the contract's example users and channels. Default true. */
  seed?: boolean;
  /** Deliver the events Slack sends on its own (our echo, deletions). Default true. */
  sideEffectEvents?: boolean;
}

export interface RecordedCall {
  method: string;
  /** Which kind of token authenticated the call; raw tokens are never recorded. */
  token: CallerKind;
  args: Record<string, unknown>;
  encoding: ApiEncoding;
  httpMethod: string;
  response: Record<string, unknown>;
  status: number;
  at: number;
}

export interface PostUserMessageInput {
  channel: string;
  user: string;
  /** What the person typed; rendered into mrkdwn + rich_text like a Slack client, unless `format: 'mrkdwn'`. */
  text: string;
  threadTs?: string;
  format?: 'typed' | 'mrkdwn';
  files?: unknown[];
  subtype?: string;
}

export interface PostFileMessageInput {
  channel: string;
  user: string;
  /** The comment typed with the upload; empty shares the file alone. */
  text?: string;
  /** Uploaded by `user` into `channel` just before the message. */
  files: ReadonlyArray<Omit<AddFileInput, 'user' | 'channels'>>;
  /**
   * Show the files in the event as Slack Connect stubs (`{id, mode: "file_access", file_access:
   * "check_file_info"}`), so the service has to call `files.info`. Default: when the channel is
   * externally shared.
   */
  asStubs?: boolean;
  threadTs?: string;
}

export interface FileMessageDelivery extends UserMessageDelivery {
  /** The file objects as `files.info` would show them. */
  files: Array<Record<string, unknown> & { id: string }>;
}

export interface EditUserMessageInput {
  channel: string;
  ts: string;
  text: string;
  format?: 'typed' | 'mrkdwn';
}

export interface UserMessageDelivery {
  message: StoredMessage;
  delivery: DeliveryResult;
}

export interface FakeSlack {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Base for `WebClient`'s `slackApiUrl`, ending in `/api/`. */
  readonly apiUrl: string;
  readonly identity: Readonly<FakeIdentity>;
  readonly signingSecret: string;
  readonly eventsUrl: string | undefined;
  readonly calls: RecordedCall[];
  readonly deliveries: DeliveryRecord[];
  readonly deletions: DeletionRecord[];
  readonly fileDeletions: FileDeletionRecord[];
  /** Every request to the file host, with what authenticated it and whether the transfer finished. */
  readonly downloads: FileDownloadRecord[];
  callsTo(method: string): RecordedCall[];
  /** Clears calls, deliveries, deletions, messages, files, downloads, faults and rate limits; keeps users, channels and DMs. */
  reset(): void;
  close(): Promise<void>;

  addMessage(input: AddMessageInput): StoredMessage;
  getMessage(channel: string, ts: string): StoredMessage | undefined;
  messagesIn(channel: string): StoredMessage[];

  /** Stores an upload; returns its file object. */
  addFile(input: AddFileInput): Record<string, unknown> & { id: string };
  /** A copy of the stored file (bytes, `deleted`), or undefined. */
  getFile(id: string): StoredFile | undefined;

  addUser(input: AddUserInput): FakeUser;
  getUser(id: string): FakeUser | undefined;
  createChannel(input: CreateChannelInput): FakeChannel;
  getChannel(id: string): FakeChannel | undefined;
  /** The 1:1 DM between two users (default: with our bot), created on first use, the same id after. */
  openDm(userId: string, otherUserId?: string): FakeChannel;
  joinChannel(channel: string, userId: string): void;
  leaveChannel(channel: string, userId: string): void;
  archiveChannel(channel: string): void;
  revokeToken(token: string): void;
  setTokenScopes(token: string, scopes: readonly string[]): void;

  failNext(method: string, fault: FakeFault, options?: FailNextOptions): void;
  /**
   * A gate in front of `method` (a Web API name, or `files.download`): calls wait there, read but
   * not acted on, until `release()`. For a Slack that is slow exactly as long as the test wants.
   */
  hold(method: string, options?: HoldOptions): FakeHold;
  /**
   * `undefined` removes the limit. Methods are Web API names; the file host counts as
   * `files.download` (also for `failNext`, where any fault answers with its HTTP status).
   */
  setRateLimit(method: string, perMinute: number | undefined): void;
  /**
   * How the sign-in page that answers a bad download token is labelled: `html` (text/html, the
   * usual) or `file` (the requested file's own MIME type, which has also been seen), so only the
   * bytes give it away. `reset()` goes back to `html`.
   */
  setLoginPageLabel(label: 'html' | 'file'): void;

  setEventsUrl(url: string | undefined): void;
  deliverEvent(event: InnerEvent, options?: DeliverOptions): Promise<DeliveryResult>;
  deliverPayload(payload: Record<string, unknown>, options?: DeliverOptions): Promise<DeliveryResult>;
  deliverUrlVerification(challenge?: string): Promise<DeliveryResult>;
  redeliver(eventId: string, options?: DeliverOptions): Promise<DeliveryResult>;
  postUserMessage(input: PostUserMessageInput): Promise<UserMessageDelivery>;
  editUserMessage(input: EditUserMessageInput): Promise<UserMessageDelivery>;
  /** A member uploads files with an optional comment: a `file_share` message, delivered as its event. */
  postFileMessage(input: PostFileMessageInput): Promise<FileMessageDelivery>;
  /** Resolves once every event the fake sent on its own has been answered and every file transfer has ended. */
  idle(): Promise<void>;
}

export { BOT_SCOPES, DEFAULT_IDENTITY, SEED, USER_SCOPES } from './fakeWorkspace.ts';
export type { AddMessageInput, CallerKind, DeletionRecord, FakeChannel, FakeIdentity, FakeUser, StoredMessage } from './fakeWorkspace.ts';
export type { AddFileInput, FileDeletionRecord, FileDownloadRecord, StoredFile } from './fakeFiles.ts';
export { SLACK_LOGIN_PAGE } from './fakeFiles.ts';
export type { DeliverOptions, DeliveryRecord, DeliveryResult } from './eventDeliverer.ts';
export type { FailNextOptions, FakeFault, FakeHold, HoldOptions } from './faultInjector.ts';
export { signSlackRequest } from './signSlackRequest.ts';

const MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const now = options.now ?? (() => Date.now());
  const identity: FakeIdentity = {
    teamId: options.teamId ?? DEFAULT_IDENTITY.teamId,
    teamName: options.teamName ?? DEFAULT_IDENTITY.teamName,
    teamDomain: options.teamDomain ?? DEFAULT_IDENTITY.teamDomain,
    appId: options.appId ?? DEFAULT_IDENTITY.appId,
    appName: options.appName ?? DEFAULT_IDENTITY.appName,
    botUserId: options.botUserId ?? DEFAULT_IDENTITY.botUserId,
    botId: options.botId ?? DEFAULT_IDENTITY.botId,
    botName: DEFAULT_IDENTITY.botName,
    botToken: options.botToken ?? DEFAULT_IDENTITY.botToken,
    adminUserId: options.adminUserId ?? DEFAULT_IDENTITY.adminUserId,
    adminToken: options.adminToken ?? DEFAULT_IDENTITY.adminToken,
  };
  const signingSecret = options.signingSecret ?? 'fake-signing-secret';
  const sideEffectEvents = options.sideEffectEvents ?? true;
  const workspace = new FakeWorkspace(identity, now, options.seed ?? true);
  const faults = new FaultInjector();
  const deliverer = new EventDeliverer({
    workspace,
    signingSecret,
    verificationToken: options.verificationToken ?? 'Jhj5dZrVaK7ZwHHjRyZWjbDl',
    eventsUrl: options.eventsUrl,
  });
  const calls: RecordedCall[] = [];
  const downloads: FileDownloadRecord[] = [];
  const transfers = new Set<Promise<void>>();
  /** Requests answered with silence (`{ hang: true }`), closed when the client gives up or the fake closes. */
  const hung = new Set<ServerResponse>();
  let loginPageLabel: 'html' | 'file' = 'html';
  const fileObjectOf = (file: StoredFile): Record<string, unknown> & { id: string } => ({ ...workspace.fileObject(file), id: file.id });

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, rawBody: Buffer): Promise<void> {
    const methodName = decodeURIComponent(url.pathname.slice('/api/'.length));
    const httpMethod = req.method ?? 'GET';
    const request = parseApiRequest(httpMethod, url.searchParams, req.headers, rawBody);
    const gate = faults.gate(methodName);
    if (gate !== undefined) await gate;
    if (faults.takeHang(methodName)) {
      calls.push({ method: methodName, token: workspace.lookupToken(request.token).kind, args: structuredClone(request.args), encoding: request.encoding, httpMethod, response: {}, status: 0, at: now() });
      leaveUnanswered(res);
      return;
    }
    const call = dispatchApiCall(workspace, faults, methodName, request);
    calls.push({
      method: methodName,
      token: call.caller,
      args: structuredClone(request.args),
      encoding: request.encoding,
      httpMethod,
      response: structuredClone(call.body),
      status: call.status,
      at: now(),
    });
    sendJson(res, call.status, call.body, call.headers);
    if (!sideEffectEvents) return;
    for (const event of call.events) deliverer.emit(event, event.bot_id === identity.botId ? 'echo' : 'side_effect');
  }

  function leaveUnanswered(res: ServerResponse): void {
    hung.add(res);
    res.once('close', () => hung.delete(res));
  }

  /** The file host: Slack's rules for `url_private[_download]` (CONTRACTS.md 3.5 "Downloading file content"). */
  async function handleFileDownload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const target = fileIdOfPath(url.pathname);
    const record: FileDownloadRecord = {
      fileId: target?.fileId ?? '',
      route: target?.route ?? 'view',
      auth: 'none',
      status: 0,
      served: 'not_found',
      bytesSent: 0,
      completed: false,
      at: now(),
    };
    downloads.push(record);
    const gate = faults.gate('files.download');
    if (gate !== undefined) await gate;
    if (faults.takeHang('files.download')) {
      record.served = 'fault';
      leaveUnanswered(res);
      return;
    }
    const send = (status: number, served: FileDownloadRecord['served'], body: string, headers: Record<string, string> = {}) => {
      Object.assign(record, { status, served, bytesSent: Buffer.byteLength(body), completed: true });
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), ...headers });
      res.end(body);
    };

    const fault = faults.take('files.download')?.fault;
    const retryAfter = fault === undefined ? faults.admit('files.download', workspace.now()) : undefined;
    if (fault !== undefined || retryAfter !== undefined) {
      const reply = faultReply(fault ?? { status: 429, retryAfter });
      return send(reply.status, 'fault', `<html><body>${reply.body.error}</body></html>`, reply.headers);
    }

    const file = target === undefined ? undefined : workspace.files.get(target.fileId);
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization?.trim() ?? '')?.[1];
    const lookup = workspace.lookupToken(bearer);
    record.auth = 'record' in lookup ? (lookup.revoked ? 'revoked' : lookup.record.scopes.has('files:read') ? lookup.kind : 'no_scope') : lookup.kind;
    if (record.auth === 'none' || record.auth === 'invalid' || record.auth === 'revoked' || record.auth === 'no_scope') {
      // Not a 401: Slack sends its sign-in page with 200, whatever the file's type.
      const label: Record<string, string> = loginPageLabel === 'file' && file !== undefined ? { 'content-type': file.mimetype } : {};
      return send(200, 'login_page', SLACK_LOGIN_PAGE, label);
    }
    if (file === undefined || file.deleted) return send(404, 'not_found', '<html><body>File not found</body></html>');

    record.status = 200;
    record.served = 'file';
    res.writeHead(200, {
      'content-type': file.mimetype,
      'content-length': String(file.content.length),
      ...(target?.route === 'download' ? { 'content-disposition': `attachment; filename="${encodeURIComponent(file.name)}"` } : {}),
    });
    const transfer = streamFile(res, file.content, record).finally(() => transfers.delete(transfer));
    transfers.add(transfer);
  }

  async function handleControl(req: IncomingMessage, res: ServerResponse, url: URL, rawBody: Buffer): Promise<void> {
    const route = `${req.method ?? 'GET'} ${url.pathname}`;
    if (route === 'GET /_fake/calls') return sendJson(res, 200, { ok: true, calls });
    if (route === 'GET /_fake/deliveries') return sendJson(res, 200, { ok: true, deliveries: deliverer.deliveries });
    if (route === 'GET /_fake/messages') {
      const channel = url.searchParams.get('channel');
      if (channel === null) return sendJson(res, 400, { ok: false, error: 'channel query parameter is required' });
      return sendJson(res, 200, { ok: true, messages: workspace.messagesIn(channel) });
    }
    if (route === 'POST /_fake/messages') {
      const input = parseControlMessage(rawBody);
      if (typeof input === 'string') return sendJson(res, 400, { ok: false, error: input });
      try {
        const { message, delivery } =
          input.file === undefined
            ? await fake.postUserMessage(input)
            : await fake.postFileMessage({ channel: input.channel, user: input.user, text: input.text, files: [input.file] });
        const { status, body, eventId, error } = delivery;
        return sendJson(res, 200, { ok: true, message, delivery: { status, body, eventId, ...(error === undefined ? {} : { error }) } });
      } catch (error) {
        return sendJson(res, 400, { ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    }
    sendJson(res, 404, { ok: false, error: 'not_found' });
  }

  const server = createServer((req, res) => {
    void (async () => {
      try {
        const url = new URL(req.url ?? '/', 'http://fake-slack.invalid');
        const rawBody = await readBody(req);
        if (rawBody === undefined) return sendJson(res, 413, { ok: false, error: 'request_too_large' });
        if (url.pathname.startsWith('/api/')) return await handleApi(req, res, url, rawBody);
        if (url.pathname.startsWith('/files-pri/')) return await handleFileDownload(req, res, url);
        return await handleControl(req, res, url, rawBody);
      } catch (error) {
        if (!res.headersSent) {
          sendJson(res, 500, { ok: false, error: 'fake_slack_internal_error', detail: error instanceof Error ? error.message : String(error) });
        }
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${host}:${address.port}`;
  workspace.fileOrigin = origin;

  function requireAuthor(userId: string): FakeUser {
    const user = workspace.users.get(userId);
    if (user === undefined) throw new Error(`fake slack: unknown user ${userId}; add it first with addUser()`);
    return user;
  }

  function render(text: string, format: 'typed' | 'mrkdwn' | undefined): { text: string; blocks: unknown[] } {
    return format === 'mrkdwn' ? { text, blocks: richTextFromMrkdwn(text) } : renderTypedText(text);
  }

  function requireEventsUrl(): void {
    if (deliverer.eventsUrl === undefined) {
      throw new Error('fake slack: no eventsUrl; pass it to startFakeSlack() or call setEventsUrl()');
    }
  }

  const fake: FakeSlack = {
    url: origin,
    apiUrl: `${origin}/api/`,
    identity,
    signingSecret,
    get eventsUrl() {
      return deliverer.eventsUrl;
    },
    calls,
    deliveries: deliverer.deliveries,
    deletions: workspace.deletions,
    fileDeletions: workspace.fileDeletions,
    downloads,
    callsTo: (method) => calls.filter((call) => call.method === method),
    reset() {
      calls.length = 0;
      deliverer.deliveries.length = 0;
      downloads.length = 0;
      loginPageLabel = 'html';
      faults.reset();
      workspace.clearMessages();
      workspace.clearFiles();
    },
    async close() {
      faults.reset();
      for (const res of hung) res.destroy();
      await deliverer.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets from fetch/WebClient would otherwise hold close() open.
        server.closeAllConnections();
      });
    },

    addMessage: (input) => structuredClone(workspace.addMessage(input)),
    getMessage: (channel, ts) => {
      const message = workspace.getMessage(channel, ts);
      return message === undefined ? undefined : structuredClone(message);
    },
    messagesIn: (channel) => structuredClone(workspace.messagesIn(channel)),

    addFile: (input) => fileObjectOf(workspace.addFile(input)),
    getFile: (id) => {
      const file = workspace.files.get(id);
      return file === undefined ? undefined : structuredClone(file);
    },

    addUser: (input) => workspace.addUser(input),
    getUser: (id) => workspace.users.get(id),
    createChannel: (input) => workspace.createChannel(input),
    getChannel: (id) => workspace.channels.get(id),
    openDm: (userId, otherUserId = identity.botUserId) => workspace.openConversation([userId, otherUserId]).channel,
    joinChannel: (channel, userId) => void workspace.requireChannel(channel).members.add(userId),
    leaveChannel: (channel, userId) => void workspace.requireChannel(channel).members.delete(userId),
    archiveChannel: (channel) => {
      workspace.requireChannel(channel).isArchived = true;
    },
    revokeToken: (token) => workspace.revokeToken(token),
    setTokenScopes: (token, scopes) => workspace.setTokenScopes(token, scopes),

    failNext: (method, fault, failOptions) => faults.failNext(method, fault, failOptions),
    hold: (method, holdOptions) => faults.hold(method, holdOptions),
    setRateLimit: (method, perMinute) => faults.setRateLimit(method, perMinute),
    setLoginPageLabel: (label) => {
      loginPageLabel = label;
    },

    setEventsUrl: (url) => deliverer.setEventsUrl(url),
    deliverEvent: (event, deliverOptions) => deliverer.deliverEvent(event, deliverOptions),
    deliverPayload: (payload, deliverOptions) => deliverer.deliverPayload(payload, deliverOptions),
    deliverUrlVerification: (challenge = newClientMsgId().replaceAll('-', '')) =>
      deliverer.deliverPayload({ token: options.verificationToken ?? 'Jhj5dZrVaK7ZwHHjRyZWjbDl', challenge, type: 'url_verification' }),
    redeliver: (eventId, deliverOptions) => deliverer.redeliver(eventId, deliverOptions),

    async postUserMessage(input) {
      requireEventsUrl();
      const author = requireAuthor(input.user);
      const rendered = render(input.text, input.format);
      const message = workspace.addMessage({
        channel: input.channel,
        user: author.id,
        team: author.teamId,
        text: rendered.text,
        blocks: rendered.blocks,
        clientMsgId: newClientMsgId(),
        ...(input.threadTs === undefined ? {} : { threadTs: input.threadTs }),
        ...(input.files === undefined ? {} : { files: input.files }),
        ...(input.subtype === undefined ? {} : { subtype: input.subtype }),
      });
      const delivery = await deliverer.deliverEvent(messageEvent(workspace, message), {}, 'control');
      return { message: structuredClone(message), delivery };
    },

    async editUserMessage(input) {
      requireEventsUrl();
      const previous = workspace.getMessage(input.channel, input.ts);
      if (previous === undefined) throw new Error(`fake slack: no message ${input.ts} in ${input.channel} to edit`);
      const rendered = render(input.text, input.format);
      const eventTs = workspace.nextTs();
      const current: StoredMessage = {
        ...structuredClone(previous),
        text: rendered.text,
        blocks: rendered.blocks,
        client_msg_id: newClientMsgId(),
        edited: { user: previous.user ?? '', ts: `${eventTs.split('.')[0] ?? ''}.000000` },
      };
      workspace.replaceMessage(current);
      const delivery = await deliverer.deliverEvent(messageChangedEvent(workspace, current, previous, eventTs), {}, 'control');
      return { message: structuredClone(current), delivery };
    },

    async postFileMessage(input) {
      requireEventsUrl();
      const author = requireAuthor(input.user);
      const channel = workspace.requireChannel(input.channel);
      const stored = input.files.map((file) => workspace.addFile({ ...file, user: author.id, channels: [channel.id] }));
      const objects = stored.map(fileObjectOf);
      const typed = input.text ?? '';
      const rendered = typed === '' ? { text: '', blocks: [] } : render(typed, 'typed');
      const message = workspace.addMessage({
        channel: channel.id,
        user: author.id,
        team: author.teamId,
        text: rendered.text,
        ...(rendered.blocks.length === 0 ? {} : { blocks: rendered.blocks }),
        clientMsgId: newClientMsgId(),
        subtype: 'file_share',
        files: objects,
        ...(input.threadTs === undefined ? {} : { threadTs: input.threadTs }),
      });
      const stubs = input.asStubs ?? channel.isExtShared;
      const event: InnerEvent = {
        ...messageEvent(workspace, message),
        files: stubs ? stored.map(fileStub) : objects,
        upload: false,
        display_as_bot: false,
      };
      const delivery = await deliverer.deliverEvent(event, {}, 'control');
      return { message: structuredClone(message), files: structuredClone(objects), delivery };
    },

    async idle() {
      await deliverer.idle();
      while (transfers.size > 0) await Promise.allSettled([...transfers]);
    },
  };
  return fake;
}

/** Writes in chunks, waiting for the client to read, so a client that hangs up stops the transfer. */
async function streamFile(res: ServerResponse, content: Buffer, record: FileDownloadRecord): Promise<void> {
  const closed = new Promise<void>((resolve) => res.once('close', resolve));
  const CHUNK = 64 * 1024;
  for (let at = 0; at < content.length && !res.destroyed; at += CHUNK) {
    const chunk = content.subarray(at, at + CHUNK);
    const more = res.write(chunk);
    record.bytesSent += chunk.length;
    if (!more) await Promise.race([new Promise<void>((resolve) => res.once('drain', resolve)), closed]);
  }
  if (!res.destroyed) res.end();
  await closed;
  record.completed = res.writableFinished;
}

type ControlMessage = PostUserMessageInput & { file?: { name: string; content: string; mimetype?: string } };

function parseControlMessage(rawBody: Buffer): ControlMessage | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody.toString('utf8'));
  } catch {
    return 'body must be JSON: {"channel","user","text"}';
  }
  if (typeof parsed !== 'object' || parsed === null) return 'body must be a JSON object';
  const { channel, user, text, threadTs, format, file } = parsed as Record<string, unknown>;
  if (typeof channel !== 'string' || typeof user !== 'string' || typeof text !== 'string') {
    return 'channel, user and text are required strings';
  }
  if (threadTs !== undefined && typeof threadTs !== 'string') return 'threadTs must be a string';
  if (format !== undefined && format !== 'typed' && format !== 'mrkdwn') return "format must be 'typed' or 'mrkdwn'";
  if (file !== undefined) {
    const { name, content, mimetype } = (file ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || typeof content !== 'string' || (mimetype !== undefined && typeof mimetype !== 'string')) {
      return 'file must be {"name", "content"[, "mimetype"]} with string values';
    }
    return { channel, user, text, file: { name, content, ...(mimetype === undefined ? {} : { mimetype }) } };
  }
  return {
    channel,
    user,
    text,
    ...(threadTs === undefined ? {} : { threadTs }),
    ...(format === undefined ? {} : { format }),
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
  });
  res.end(payload);
}
