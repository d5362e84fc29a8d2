import { randomBytes } from 'node:crypto';
import type { FakeWorkspace } from './fakeWorkspace.ts';
import type { InnerEvent } from './messageEvents.ts';
import { signSlackRequest } from './signSlackRequest.ts';

/**
 * Sends Events API requests to the service the way Slack does (CONTRACTS.md 1.2-1.6): the
 * `event_callback` envelope, a v0 signature over the exact bytes sent with a fresh timestamp, and
 * the retry headers. Retries are never timed: a test asks for them, so nothing here sleeps.
 */

export interface DeliverOptions {
  /** Sets `X-Slack-Retry-Num`; absent on a first attempt, as on Slack. */
  retryNum?: number;
  retryReason?: string;
  /** Reuse an event id, e.g. to imitate a retry that re-built the envelope. */
  eventId?: string;
  /**
   * Retry at once, up to 3 times, while the answer is not 2xx, unless it carries
   * `X-Slack-No-Retry: 1`. Slack waits ~0 s / 1 min / 5 min between them; the fake does not wait.
   */
  autoRetry?: boolean;
}

export interface DeliveryResult {
  status: number;
  body: string;
  headers: Record<string, string>;
  eventId: string;
  payload: Record<string, unknown>;
  /** Set when the request never got an HTTP answer (refused, reset, aborted); `status` is then 0. */
  error?: string;
  attempts: number;
  durationMs: number;
}

export type DeliverySource = 'manual' | 'echo' | 'side_effect' | 'control';

export interface DeliveryRecord {
  eventId: string;
  source: DeliverySource;
  status: number;
  error?: string;
  retryNum?: number;
  retryReason?: string;
  at: number;
  durationMs: number;
  payload: Record<string, unknown>;
}

export interface EventDelivererOptions {
  workspace: FakeWorkspace;
  signingSecret: string;
  verificationToken: string;
  eventsUrl: string | undefined;
}

const MAX_AUTO_RETRIES = 3;

export class EventDeliverer {
  readonly deliveries: DeliveryRecord[] = [];
  readonly #workspace: FakeWorkspace;
  readonly #signingSecret: string;
  readonly #verificationToken: string;
  readonly #sent = new Map<string, { payload: Record<string, unknown>; rawBody: string }>();
  readonly #pending = new Set<Promise<unknown>>();
  readonly #abort = new AbortController();
  #eventsUrl: string | undefined;
  #eventSeq = 0;

  constructor(options: EventDelivererOptions) {
    this.#workspace = options.workspace;
    this.#signingSecret = options.signingSecret;
    this.#verificationToken = options.verificationToken;
    this.#eventsUrl = options.eventsUrl;
  }

  get eventsUrl(): string | undefined {
    return this.#eventsUrl;
  }

  setEventsUrl(url: string | undefined): void {
    this.#eventsUrl = url;
  }

  newEventId(): string {
    this.#eventSeq += 1;
    const random = [...randomBytes(4)].map((b) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[b % 32]).join('');
    return `Ev0${this.#eventSeq.toString(36).toUpperCase().padStart(5, '0')}${random}`;
  }

  /** The `event_callback` envelope, field for field as in CONTRACTS.md 1.9. */
  envelope(event: InnerEvent, eventId: string): Record<string, unknown> {
    const { teamId, appId, botUserId } = this.#workspace.identity;
    const inner: InnerEvent = { ...event, event_ts: event.event_ts ?? event.ts ?? this.#workspace.nextTs() };
    const channelId = typeof inner.channel === 'string' ? inner.channel : undefined;
    const channel = channelId === undefined ? undefined : this.#workspace.channels.get(channelId);
    return {
      token: this.#verificationToken,
      team_id: teamId,
      context_team_id: teamId,
      context_enterprise_id: null,
      api_app_id: appId,
      event: inner,
      type: 'event_callback',
      event_id: eventId,
      event_time: Math.floor(this.#workspace.now() / 1000),
      authorizations: [
        { enterprise_id: null, team_id: teamId, user_id: botUserId, is_bot: true, is_enterprise_install: false },
      ],
      is_ext_shared_channel: channel?.isExtShared ?? false,
      event_context: eventContext(inner.type, teamId, appId, channelId),
    };
  }

  async deliverEvent(event: InnerEvent, options: DeliverOptions = {}, source: DeliverySource = 'manual'): Promise<DeliveryResult> {
    const eventId = options.eventId ?? this.newEventId();
    return this.deliverPayload(this.envelope(event, eventId), options, source);
  }

  /** Any top-level payload (`url_verification`, `app_rate_limited`, or a hand-built envelope). */
  async deliverPayload(
    payload: Record<string, unknown>,
    options: DeliverOptions = {},
    source: DeliverySource = 'manual',
  ): Promise<DeliveryResult> {
    const eventId = typeof payload.event_id === 'string' ? payload.event_id : (options.eventId ?? '');
    const rawBody = JSON.stringify(payload);
    if (eventId !== '') this.#sent.set(eventId, { payload, rawBody });
    return this.#send(eventId, payload, rawBody, options, source);
  }

  /** Sends the identical bytes again, as Slack's retries do (same `event_id`, new timestamp and signature). */
  async redeliver(eventId: string, options: DeliverOptions = {}): Promise<DeliveryResult> {
    const sent = this.#sent.get(eventId);
    if (sent === undefined) throw new Error(`fake slack: no delivered event ${eventId} to redeliver`);
    return this.#send(eventId, sent.payload, sent.rawBody, { retryNum: 1, retryReason: 'http_timeout', ...options }, 'manual');
  }

  /** Fire-and-forget delivery for what Slack sends on its own (our echo, deletions); `idle()` awaits it. */
  emit(event: InnerEvent, source: DeliverySource): void {
    if (this.#eventsUrl === undefined) return;
    // A lost side-effect event is a normal Slack outcome and shows up in `deliveries`; it must not crash the run.
    const delivery = this.deliverEvent(event, {}, source)
      .catch(() => undefined)
      .finally(() => this.#pending.delete(delivery));
    this.#pending.add(delivery);
  }

  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }

  async close(): Promise<void> {
    this.#abort.abort();
    await this.idle();
  }

  async #send(
    eventId: string,
    payload: Record<string, unknown>,
    rawBody: string,
    options: DeliverOptions,
    source: DeliverySource,
  ): Promise<DeliveryResult> {
    const url = this.#eventsUrl;
    if (url === undefined) throw new Error('fake slack: no eventsUrl; pass it to startFakeSlack() or call setEventsUrl()');
    let attempt = await this.#attempt(url, eventId, payload, rawBody, options.retryNum, options.retryReason, source);
    let attempts = 1;
    let retryNum = options.retryNum ?? 0;
    while (options.autoRetry === true && !isAccepted(attempt) && retryNum < MAX_AUTO_RETRIES) {
      if (attempt.status !== 0 && attempt.headers['x-slack-no-retry'] === '1') break;
      retryNum += 1;
      const reason = attempt.status === 0 ? 'connection_failed' : 'http_error';
      attempt = await this.#attempt(url, eventId, payload, rawBody, retryNum, reason, source);
      attempts += 1;
    }
    return { ...attempt, attempts };
  }

  async #attempt(
    url: string,
    eventId: string,
    payload: Record<string, unknown>,
    rawBody: string,
    retryNum: number | undefined,
    retryReason: string | undefined,
    source: DeliverySource,
  ): Promise<Omit<DeliveryResult, 'attempts'>> {
    const timestamp = Math.floor(this.#workspace.now() / 1000);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signSlackRequest(this.#signingSecret, timestamp, rawBody),
    };
    if (retryNum !== undefined && retryNum > 0) headers['x-slack-retry-num'] = String(retryNum);
    if (retryReason !== undefined && retryNum !== undefined && retryNum > 0) headers['x-slack-retry-reason'] = retryReason;

    const started = performance.now();
    let result: Omit<DeliveryResult, 'attempts'>;
    try {
      const response = await fetch(url, { method: 'POST', headers, body: rawBody, signal: this.#abort.signal, redirect: 'manual' });
      const body = await response.text();
      result = {
        status: response.status,
        body,
        headers: Object.fromEntries(response.headers),
        eventId,
        payload,
        durationMs: performance.now() - started,
      };
    } catch (error) {
      result = {
        status: 0,
        body: '',
        headers: {},
        eventId,
        payload,
        error: describeFetchError(error),
        durationMs: performance.now() - started,
      };
    }
    this.deliveries.push({
      eventId,
      source,
      status: result.status,
      ...(result.error === undefined ? {} : { error: result.error }),
      ...(retryNum !== undefined && retryNum > 0 ? { retryNum } : {}),
      ...(retryReason !== undefined && retryNum !== undefined && retryNum > 0 ? { retryReason } : {}),
      at: this.#workspace.now(),
      durationMs: result.durationMs,
      payload,
    });
    return result;
  }
}

function isAccepted(result: { status: number }): boolean {
  return result.status >= 200 && result.status < 300;
}

/** Opaque to apps, but Slack's is base64url JSON of event type, team, app and channel; copying it keeps fixtures comparable. */
function eventContext(eventType: string, teamId: string, appId: string, channelId: string | undefined): string {
  const context = { et: eventType, tid: teamId, aid: appId, ...(channelId === undefined ? {} : { cid: channelId }) };
  return `4-${Buffer.from(JSON.stringify(context)).toString('base64url')}`;
}

function describeFetchError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}
