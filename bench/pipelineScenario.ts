import { createService, type Service } from '../src/main.ts';
import { benchConfig, captureLogger, summarizeLogs } from './benchService.ts';
import type { BenchStores, StoreKind } from './benchStores.ts';
import { BenchChild } from './childProcess.ts';
import { postgresBackends, startCpuMeter, type CpuShares } from './cpuMeter.ts';
import type { DeleteReport, FakeSlackInfo, PostPlan, PostSummary } from './fakeSlackProcess.ts';
import type { LatencySummary } from './stats.ts';

/**
 * Pipeline: the whole service (HTTP + workers) against the fake Slack in its own process. Members
 * post N messages, 10 % of them with PII; the run ends when every item is final (`content IS NULL`
 * in `items`). Reports end-to-end messages/s, and for the PII messages the time from the delivery
 * request to the fake's recorded `chat.delete`.
 *
 * Two ways to post: as fast as 50 concurrent deliveries allow (throughput; latencies then include
 * the backlog), or at a fixed rate (latency at a given load).
 */

export interface PipelineSettings {
  messages: number;
  warmupMessages: number;
  piiEvery: number;
  concurrency: number;
  ratePerSecond?: number;
  /** Give up waiting for final items after this long (the run is then reported as incomplete). */
  maxSeconds: number;
}

export interface PipelineRunResult {
  kind: StoreKind;
  /** As posted; undefined for a burst. */
  ratePerSecond: number | undefined;
  messages: number;
  /** Items final per second, from the first request to the last job that finished one. */
  messagesPerSecond: number;
  /** Messages posted per second, first to last request (the offered rate). */
  offeredPerSecond: number;
  deleteLatency: LatencySummary;
  ack: LatencySummary;
  post: PostSummary;
  slack: DeleteReport;
  statuses: Record<string, number>;
  /** Items not final when the run gave up; 0 for a complete run. */
  unfinished: number;
  /** From the first message to the last final item; `self` is the service (with PGlite, when embedded), the helper the fake Slack. */
  cpu: CpuShares;
  problems: string[];
}

export async function runPipeline(stores: BenchStores, kind: StoreKind, settings: PipelineSettings): Promise<PipelineRunResult> {
  const store = await stores.fresh(kind);
  const { child: slack, info } = await BenchChild.start<FakeSlackInfo>(new URL('./fakeSlackProcess.ts', import.meta.url));
  let service: Service | undefined;
  try {
    const { logger, records } = captureLogger();
    service = await createService(
      benchConfig({
        DATABASE_URL: store.databaseUrl,
        DATA_DIR: store.dataDir,
        SLACK_API_URL: info.apiUrl,
        SLACK_BOT_TOKEN: info.botToken,
        SLACK_ADMIN_TOKEN: info.adminToken,
        SLACK_SIGNING_SECRET: info.signingSecret,
      }),
      { logger },
    );
    const eventsUrl = `${await service.listen()}/slack/events`;
    let lastJobAt = 0;
    service.jobEvents.on('job:stop', () => {
      lastJobAt = Date.now();
    });
    const plan = (messages: number, rate: number | undefined): PostPlan => ({
      eventsUrl,
      messages,
      piiEvery: settings.piiEvery,
      concurrency: settings.concurrency,
      ...(rate === undefined ? {} : { ratePerSecond: rate }),
    });

    // Warm-up: JIT, connection pools and queue caches, then forget what Slack saw of it.
    const warm = await slack.call<PostSummary>('post', plan(settings.warmupMessages, undefined));
    await waitUntilFinal(service, warm.accepted, settings.maxSeconds);
    await slack.call('reset');
    records.length = 0;

    const cpuMeter = startCpuMeter(await postgresBackends(service.db));
    const post = await slack.call<PostSummary>('post', plan(settings.messages, settings.ratePerSecond));
    const expected = warm.accepted + post.accepted;
    const unfinished = await waitUntilFinal(service, expected, settings.maxSeconds - (Date.now() - post.firstSentAt) / 1000);
    const done = unfinished === 0 ? lastJobAt : Date.now();
    const slackReport = await slack.call<DeleteReport>('report');
    const cpu = cpuMeter(slackReport.cpuMs);
    const { rows } = await service.db.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM items GROUP BY status ORDER BY status');
    const statuses = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    const final = post.accepted - Math.max(0, unfinished);
    return {
      kind,
      ratePerSecond: settings.ratePerSecond,
      messages: post.posted,
      messagesPerSecond: final / ((done - post.firstSentAt) / 1000),
      offeredPerSecond: post.posted / (Math.max(1, post.lastSentAt - post.firstSentAt) / 1000),
      deleteLatency: slackReport.deleteLatency,
      ack: post.ack,
      post,
      slack: slackReport,
      statuses,
      unfinished,
      cpu,
      problems: summarizeLogs(records),
    };
  } finally {
    await service?.stop();
    await slack.stop();
    await store.dispose();
  }
}

/**
 * Polls every 100 ms until `expected` items exist and none still holds content; resolves with how
 * many were not final when `maxSeconds` ran out (0 when all were). The end time of a run comes
 * from the last finished job, not from this poll, so the poll interval does not blur the result.
 */
async function waitUntilFinal(service: Service, expected: number, maxSeconds: number): Promise<number> {
  const deadline = Date.now() + Math.max(1, maxSeconds) * 1000;
  for (;;) {
    const { rows } = await service.db.query<{ total: number; open: number }>(
      'SELECT count(*)::int AS total, (count(*) FILTER (WHERE content IS NOT NULL))::int AS open FROM items',
    );
    const { total = 0, open = 0 } = rows[0] ?? {};
    const unfinished = expected - total + open;
    if (unfinished <= 0 || Date.now() >= deadline) return Math.max(0, unfinished);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
