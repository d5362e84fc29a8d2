import Fastify from 'fastify';
import { createService } from '../src/main.ts';
import { BENCH_SIGNING_SECRET, benchConfig, captureLogger, summarizeLogs } from './benchService.ts';
import type { BenchStores, StoreKind } from './benchStores.ts';
import { BenchChild } from './childProcess.ts';
import type { LoadRequest, LoadResult } from './loadGenerator.ts';
import type { LatencySummary } from './stats.ts';

/**
 * Ingest: how many signed Slack events per second the web process makes durable (item + audit
 * event + scan job committed, then 200), with workers off so nothing else competes; and, measured
 * the same way in the same run, a bare Fastify route that answers 200 without doing anything, as
 * the ceiling this machine, Node and the load generator allow.
 */

export interface IngestSettings {
  connections: number;
  warmupRequests: number;
  requests: number;
  maxSeconds: number;
}

export type IngestTarget = 'bare' | StoreKind;

export interface IngestRunResult {
  target: IngestTarget;
  /** 200 answers per second of the measured phase. */
  requestsPerSecond: number;
  latency: LatencySummary;
  ok: number;
  /** Answers other than 200, by status; connection errors under `error`. */
  failures: Record<string, number>;
  mismatches: number;
  stoppedByTime: boolean;
  /** The service only: rows in `items` and `events` jobs after the run, against every 200 (warm-up included). */
  durability?: { acknowledged: number; items: number; jobs: number };
  problems: string[];
}

export async function runIngestBare(settings: IngestSettings, runId: string): Promise<IngestRunResult> {
  const app = Fastify({ logger: false });
  // The same raw-body handling as the service's route, and nothing else.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.post('/slack/events', async () => ({ ok: true, duplicate: false }));
  const origin = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const load = await drive(`${origin}/slack/events`, settings, runId);
    return { target: 'bare', ...fromLoad(load), problems: [] };
  } finally {
    await app.close();
  }
}

export async function runIngestService(stores: BenchStores, kind: StoreKind, settings: IngestSettings, runId: string): Promise<IngestRunResult> {
  const store = await stores.fresh(kind);
  try {
    const { logger, records } = captureLogger();
    const service = await createService(benchConfig({ DATABASE_URL: store.databaseUrl, DATA_DIR: store.dataDir }), { workers: false, logger });
    try {
      const origin = await service.listen();
      // Without Slack tokens the service warns once at start that Slack is not configured; only
      // what it logs under load counts.
      records.length = 0;
      const load = await drive(`${origin}/slack/events`, settings, runId);
      const counts = await settledCounts(service.db);
      return {
        target: kind,
        ...fromLoad(load),
        durability: { acknowledged: load.warmup.ok + load.measured.ok, ...counts },
        problems: summarizeLogs(records),
      };
    } finally {
      await service.stop();
    }
  } finally {
    await store.dispose();
  }
}

async function drive(url: string, settings: IngestSettings, runId: string): Promise<LoadResult> {
  const { child } = await BenchChild.start(new URL('./loadGenerator.ts', import.meta.url));
  try {
    const request: LoadRequest = { url, signingSecret: BENCH_SIGNING_SECRET, runId, ...settings };
    return await child.call<LoadResult>('run', request);
  } finally {
    await child.stop();
  }
}

function fromLoad(load: LoadResult): Omit<IngestRunResult, 'target' | 'problems' | 'durability'> {
  const m = load.measured;
  const failures: Record<string, number> = {};
  for (const phase of [load.warmup, load.measured]) {
    for (const [status, count] of Object.entries(phase.statusCounts)) {
      if (status !== '200') failures[status] = (failures[status] ?? 0) + count;
    }
    if (phase.errors > 0) failures.error = (failures.error ?? 0) + phase.errors;
  }
  return {
    requestsPerSecond: m.ok / (m.durationMs / 1000),
    latency: m.latency,
    ok: m.ok,
    failures,
    mismatches: load.warmup.mismatches + m.mismatches,
    stoppedByTime: m.stoppedByTime,
  };
}

/**
 * Rows in `items` and queued scan jobs, read until two reads 200 ms apart agree, so a write still
 * in flight when the load generator stopped (only possible at the time limit) is counted too.
 */
async function settledCounts(db: { query<R>(sql: string): Promise<{ rows: R[] }> }): Promise<{ items: number; jobs: number }> {
  const read = async () => {
    const { rows } = await db.query<{ items: number; jobs: number }>(
      `SELECT (SELECT count(*)::int FROM items) AS items, (SELECT count(*)::int FROM pgboss.job WHERE name = 'events') AS jobs`,
    );
    return rows[0] ?? { items: -1, jobs: -1 };
  };
  let last = await read();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const next = await read();
    if (next.items === last.items && next.jobs === last.jobs) return next;
    last = next;
  }
}
