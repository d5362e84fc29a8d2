import Fastify, { type FastifyInstance } from 'fastify';
import { createService } from '../src/main.ts';
import type { Db } from '../src/store/db.ts';
import { openStore } from '../src/store/openStore.ts';
import { BENCH_SIGNING_SECRET, benchConfig, captureLogger, summarizeLogs } from './benchService.ts';
import type { BenchStores, StoreKind } from './benchStores.ts';
import { BenchChild } from './childProcess.ts';
import { postgresBackends, startCpuMeter, type CpuShares } from './cpuMeter.ts';
import type { LoadPhase, LoadPhaseResult } from './loadGenerator.ts';
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
  /** The measured phase is sized to last about this long at the warm-up's rate… */
  targetSeconds: number;
  /** …but is never more than this many requests… */
  requests: number;
  /** …and is stopped here whatever it has done (requests in flight then are cut off). */
  maxSeconds: number;
}

export type IngestTarget = 'bare' | StoreKind;

export interface IngestRunResult {
  target: IngestTarget;
  /** Requests in the measured phase. */
  requests: number;
  /** 200 answers per second of the measured phase. */
  requestsPerSecond: number;
  latency: LatencySummary;
  ok: number;
  /** Answers other than 200, by status, warm-up included; connection errors under `error`. */
  failures: Record<string, number>;
  mismatches: number;
  stoppedByTime: boolean;
  /** Where the CPU went in the measured phase (the helper is the load generator). */
  cpu: CpuShares;
  /**
   * The service only, warm-up included: 200s the load generator received, 200s the service sent
   * (they differ only by answers in flight when a time limit stopped the generator), and the rows
   * in `items` and scan jobs afterwards. Durable means items = jobs = 200s sent.
   */
  durability?: { received200: number; sent200: number; items: number; jobs: number };
  /** The service only: accepted events per ingest transaction, i.e. how well group commit groups. */
  eventsPerCommit?: number;
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
    const { warmup, measured, cpu } = await drive(`${origin}/slack/events`, settings, runId, undefined);
    return { target: 'bare', ...fromLoad(warmup, measured), cpu, problems: [] };
  } finally {
    await app.close();
  }
}

export async function runIngestService(stores: BenchStores, kind: StoreKind, settings: IngestSettings, runId: string): Promise<IngestRunResult> {
  const store = await stores.fresh(kind);
  try {
    const { logger, records } = captureLogger();
    const config = benchConfig({ DATABASE_URL: store.databaseUrl, DATA_DIR: store.dataDir });
    // The store the service would open itself, handed in only to count its transactions.
    const db = await openStore(config);
    const commits = countTransactions(db);
    const service = await createService(config, { workers: false, logger, db });
    try {
      const sent200 = countOkAnswers(service.app);
      const origin = await service.listen();
      // Without Slack tokens the service warns once at start that Slack is not configured; only
      // what it logs under load counts.
      records.length = 0;
      const { warmup, measured, cpu } = await drive(`${origin}/slack/events`, settings, runId, service.db);
      const counts = await settledCounts(service.db);
      return {
        target: kind,
        ...fromLoad(warmup, measured),
        cpu,
        durability: { received200: warmup.ok + measured.ok, sent200: sent200(), ...counts },
        eventsPerCommit: counts.items / commits(),
        problems: summarizeLogs(records),
      };
    } finally {
      await service.stop();
    }
  } finally {
    await store.dispose();
  }
}

/** With workers off, every transaction on the service's store is an ingest write (a group commit). */
function countTransactions(db: Db): () => number {
  let count = 0;
  const transaction = db.transaction;
  db.transaction = (fn) => {
    count += 1;
    return transaction(fn);
  };
  return () => count;
}

/** Counts the 200s the route really sent, including any whose answer the generator never read. */
function countOkAnswers(app: FastifyInstance): () => number {
  let sent = 0;
  app.addHook('onResponse', async (req, reply) => {
    if (reply.statusCode === 200 && req.url === '/slack/events') sent += 1;
  });
  return () => sent;
}

type Measured = LoadPhaseResult & { requests: number };

async function drive(url: string, settings: IngestSettings, runId: string, db: Db | undefined): Promise<{ warmup: LoadPhaseResult; measured: Measured; cpu: CpuShares }> {
  const { child } = await BenchChild.start(new URL('./loadGenerator.ts', import.meta.url));
  try {
    const phase = (requests: number): LoadPhase => ({ url, signingSecret: BENCH_SIGNING_SECRET, runId, connections: settings.connections, maxSeconds: settings.maxSeconds, requests });
    const warmup = await child.call<LoadPhaseResult>('phase', phase(settings.warmupRequests));
    // Sized so a run ends on its own, every request answered, rather than being cut at maxSeconds.
    const warmupRate = warmup.ok / (warmup.durationMs / 1000);
    const requests = Math.min(settings.requests, Math.max(settings.connections * 4, Math.round(warmupRate * settings.targetSeconds)));
    const cpuMeter = startCpuMeter(db === undefined ? [] : await postgresBackends(db));
    const measured = await child.call<LoadPhaseResult>('phase', phase(requests));
    // The meter's window is the whole call: the phase plus up to ~100 ms of IPC and autocannon's
    // sampling tick at the end, which dilutes the shares by that much.
    return { warmup, measured: { ...measured, requests }, cpu: cpuMeter(measured.cpuMs) };
  } finally {
    await child.stop();
  }
}

function fromLoad(warmup: LoadPhaseResult, measured: Measured): Omit<IngestRunResult, 'target' | 'problems' | 'durability' | 'cpu'> {
  const failures: Record<string, number> = {};
  for (const phase of [warmup, measured]) {
    for (const [status, count] of Object.entries(phase.statusCounts)) {
      if (status !== '200') failures[status] = (failures[status] ?? 0) + count;
    }
    if (phase.errors > 0) failures.error = (failures.error ?? 0) + phase.errors;
  }
  return {
    requests: measured.requests,
    requestsPerSecond: measured.ok / (measured.durationMs / 1000),
    latency: measured.latency,
    ok: measured.ok,
    failures,
    mismatches: warmup.mismatches + measured.mismatches,
    stoppedByTime: measured.stoppedByTime,
  };
}

/**
 * Rows in `items` and scan jobs, read until two reads 200 ms apart agree, so a write still in
 * flight when the load generator stopped (only possible at the time limit) is counted too.
 */
async function settledCounts(db: Db): Promise<{ items: number; jobs: number }> {
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
