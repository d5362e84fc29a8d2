import { SEED, startFakeSlack } from '../test/fakes/slack/fakeSlack.ts';
import { serveParent } from './childProcess.ts';
import { CLEAN_TEXTS, PII_TEXT } from './messages.ts';
import { latencySummary, type LatencySummary } from './stats.ts';

/**
 * Slack, for the pipeline benchmark, in its own process: the repository's fake Slack (Web API +
 * signed event delivery), plus a driver that has members post messages at a given concurrency or
 * rate. Running it apart keeps the fake's own work (storing messages, signing, answering
 * chat.delete/chat.postMessage, sending echo and `message_deleted` events) off the service's event
 * loop, as with the real Slack. Timestamps on both sides of a latency (`sentAt`, a call's `at`)
 * are taken here, on one clock.
 */

export interface FakeSlackInfo {
  apiUrl: string;
  botToken: string;
  adminToken: string;
  signingSecret: string;
}

export interface PostPlan {
  eventsUrl: string;
  messages: number;
  /** Every n-th message carries PII (10 → 10 %). */
  piiEvery: number;
  /** Deliveries in flight at once when posting as fast as possible. */
  concurrency: number;
  /** Post at this rate instead (open loop: a slow answer does not delay the next message). */
  ratePerSecond?: number;
}

export interface PostSummary {
  posted: number;
  pii: number;
  /** Deliveries the service answered 200. */
  accepted: number;
  /** Other answers by status (0 = no HTTP answer), with the first few errors. */
  rejected: Record<string, number>;
  errors: string[];
  firstSentAt: number;
  lastSentAt: number;
  lastAnsweredAt: number;
  /** Request → 200 (the delivery made durable), every message. */
  ack: LatencySummary;
  /** Deliveries answered after 3 s, when the real Slack would have given up and retried. */
  overSlackTimeout: number;
}

export interface DeleteReport {
  piiPosted: number;
  /** PII messages whose delivery the service answered 200: the ones it owes a delete. */
  piiAccepted: number;
  /** PII messages that got a successful chat.delete. */
  piiDeleted: number;
  /** chat.delete calls on messages without PII, or a second one on the same message. */
  unexpectedDeletes: number;
  failedDeleteCalls: number;
  dms: number;
  /** Request → the fake's recorded chat.delete call, PII messages only. */
  deleteLatency: LatencySummary;
  /** CPU time this process used since the last `post` began. */
  cpuMs: number;
}

/** Slack gives an Events API request 3 s before it counts it as failed and schedules a retry. */
const SLACK_TIMEOUT_MS = 3000;

interface Posted {
  channel: string;
  ts: string;
  pii: boolean;
  accepted: boolean;
  sentAt: number;
}

const fake = await startFakeSlack({ signingSecret: 'bench-fake-signing-secret' });
let posted: Posted[] = [];
let cpuAtPost = process.cpuUsage();

async function post(plan: PostPlan): Promise<PostSummary> {
  fake.setEventsUrl(plan.eventsUrl);
  posted = [];
  cpuAtPost = process.cpuUsage();
  const acks: number[] = [];
  const rejected: Record<string, number> = {};
  const errors: string[] = [];
  let accepted = 0;
  let lastSentAt = 0;
  let lastAnsweredAt = 0;
  const firstSentAt = Date.now();

  async function postOne(i: number): Promise<void> {
    const pii = i % plan.piiEvery === 0;
    const channel = i % 3 === 0 ? SEED.channels.finance : SEED.channels.general;
    const user = i % 2 === 0 ? SEED.users.maya : SEED.users.sam;
    const sentAt = Date.now();
    lastSentAt = sentAt;
    const text = pii ? PII_TEXT : (CLEAN_TEXTS[i % CLEAN_TEXTS.length] ?? 'ok');
    const { message, delivery } = await fake.postUserMessage({ channel, user, text });
    lastAnsweredAt = Date.now();
    posted.push({ channel, ts: message.ts, pii, accepted: delivery.status === 200, sentAt });
    acks.push(lastAnsweredAt - sentAt);
    if (delivery.status === 200) accepted += 1;
    else {
      rejected[String(delivery.status)] = (rejected[String(delivery.status)] ?? 0) + 1;
      if (errors.length < 5) errors.push(`${delivery.status}: ${delivery.error ?? delivery.body.slice(0, 200)}`);
    }
  }

  if (plan.ratePerSecond === undefined) {
    let next = 0;
    const lane = async () => {
      while (next < plan.messages) await postOne(next++);
    };
    await Promise.all(Array.from({ length: plan.concurrency }, lane));
  } else {
    const interval = 1000 / plan.ratePerSecond;
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < plan.messages; i++) {
      const wait = firstSentAt + i * interval - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      inFlight.push(postOne(i));
    }
    await Promise.all(inFlight);
  }
  return {
    posted: posted.length,
    pii: posted.filter((p) => p.pii).length,
    accepted,
    rejected,
    errors,
    firstSentAt,
    lastSentAt,
    lastAnsweredAt,
    ack: latencySummary(acks),
    overSlackTimeout: acks.filter((ms) => ms > SLACK_TIMEOUT_MS).length,
  };
}

/** Once the service reports every item final: what Slack saw of it, for the last `post`. */
async function report(): Promise<DeleteReport> {
  await fake.idle();
  const cpu = process.cpuUsage(cpuAtPost);
  const byMessage = new Map(posted.map((p) => [`${p.channel}/${p.ts}`, p]));
  const latencies: number[] = [];
  const seen = new Set<string>();
  let unexpectedDeletes = 0;
  let failedDeleteCalls = 0;
  for (const call of fake.callsTo('chat.delete')) {
    if (call.response.ok !== true) {
      failedDeleteCalls += 1;
      continue;
    }
    const key = `${String(call.args.channel)}/${String(call.args.ts)}`;
    const message = byMessage.get(key);
    if (message === undefined || !message.pii || seen.has(key)) {
      unexpectedDeletes += 1;
      continue;
    }
    seen.add(key);
    latencies.push(call.at - message.sentAt);
  }
  return {
    piiPosted: posted.filter((p) => p.pii).length,
    piiAccepted: posted.filter((p) => p.pii && p.accepted).length,
    piiDeleted: seen.size,
    unexpectedDeletes,
    failedDeleteCalls,
    dms: fake.callsTo('chat.postMessage').length,
    deleteLatency: latencySummary(latencies),
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

/** Forget the calls and messages of a warm-up, once its side-effect events have been answered. */
async function reset(): Promise<void> {
  await fake.idle();
  fake.reset();
  posted = [];
}

serveParent(
  { post: (plan: PostPlan) => post(plan), report, reset },
  { apiUrl: fake.apiUrl, botToken: fake.identity.botToken, adminToken: fake.identity.adminToken, signingSecret: fake.signingSecret } satisfies FakeSlackInfo,
  () => fake.close(),
);
