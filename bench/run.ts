import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { BenchStores, type StoreKind } from './benchStores.ts';
import { describeEnvironment } from './environment.ts';
import { runDetection, type DetectionResult, type DetectionSettings } from './detectionScenario.ts';
import { runIngestBare, runIngestService, type IngestRunResult, type IngestSettings } from './ingestScenario.ts';
import { limitsParagraph } from './limits.ts';
import { runPipeline, type PipelineRunResult, type PipelineSettings } from './pipelineScenario.ts';
import { GOAL_RATE, renderMarkdown, renderTables, type BenchReport } from './report.ts';
import { formatCount, formatNumber } from './stats.ts';

/**
 * `npm run bench [-- --quick] [--runs N] [--only ingest|pipeline|detection] [--no-write]`
 *
 * Runs each scenario on both stores, `runs` times, interleaving targets round by round so a slow
 * patch of the machine does not land on one of them only, and the detection scenario (ours next to
 * redact-pii and openredaction, no store involved), prints the tables and (for a run of every
 * scenario) writes docs/benchmarks.md.
 */

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});

const quick = args.quick;
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
const SCENARIOS = ['ingest', 'pipeline', 'detection'] as const;
if (args.only !== undefined && !(SCENARIOS as readonly string[]).includes(args.only)) throw new Error(`--only must be one of ${SCENARIOS.join(', ')}`);
const scenarios = Object.fromEntries(SCENARIOS.map((s) => [s, args.only === undefined || args.only === s])) as Record<(typeof SCENARIOS)[number], boolean>;

const ingestSettings: IngestSettings = quick
  ? { connections: 50, warmupRequests: 200, targetSeconds: 3, requests: 1_000, maxSeconds: 10 }
  : { connections: 50, warmupRequests: 1_000, targetSeconds: 8, requests: 20_000, maxSeconds: 20 };
const burst: PipelineSettings = quick
  ? { messages: 200, warmupMessages: 20, piiEvery: 10, concurrency: 50, maxSeconds: 60 }
  : { messages: 800, warmupMessages: 50, piiEvery: 10, concurrency: 50, maxSeconds: 90 };
// Throughput as fast as 50 deliveries in flight allow; latency at the goal's rate; and latency at a
// tenth of it, where nothing queues, to tell the length of the path from the wait in the queue.
const pipelineSettings: readonly PipelineSettings[] = [
  burst,
  { ...burst, messages: quick ? 200 : 600, ratePerSecond: GOAL_RATE },
  { ...burst, messages: quick ? 60 : 200, ratePerSecond: GOAL_RATE / 10 },
];
const STORES: readonly StoreKind[] = ['pglite', 'postgres'];
// Seconds per engine, text set and run: enough for thousands of chat messages and dozens of pages.
const detectionSettings: DetectionSettings = { seconds: quick ? 0.5 : 3, warmupSeconds: quick ? 0.5 : 2, runs: quick ? 1 : runs };

const started = performance.now();
const elapsed = () => `${Math.round((performance.now() - started) / 1000)} s`;
const log = (line: string) => console.log(`[${elapsed()}] ${line}`);

const ingest: Array<IngestRunResult & { round: number }> = [];
const pipeline: Array<PipelineRunResult & { round: number }> = [];
let detection: DetectionResult | undefined;

log(`${quick ? 'quick' : 'full'} benchmark, ${runs} runs per scenario`);
const env = await describeEnvironment();
// Detection first, before any store or service runs, on an otherwise quiet machine.
if (scenarios.detection) detection = await runDetection(detectionSettings, log);
const needsStores = scenarios.ingest || scenarios.pipeline;
if (needsStores) log('preparing stores');
const stores = needsStores ? await BenchStores.prepare(STORES) : undefined;
try {
  if (scenarios.ingest && stores) {
    for (let round = 1; round <= runs; round++) {
      const runId = randomBytes(3).toString('hex').toUpperCase();
      for (const target of ['bare', ...STORES] as const) {
        const result = target === 'bare' ? await runIngestBare(ingestSettings, runId) : await runIngestService(stores, target, ingestSettings, runId);
        ingest.push({ ...result, round });
        const d = result.durability;
        log(
          `ingest ${target.padEnd(8)} run ${round}: ${formatCount(result.requests)} requests, ${formatNumber(result.requestsPerSecond)} req/s, p50 ${formatNumber(result.latency.p50)} ms, p99 ${formatNumber(result.latency.p99)} ms` +
            (d === undefined ? '' : `, 200s sent ${d.sent200} / received ${d.received200} / items ${d.items} / jobs ${d.jobs}`),
        );
      }
    }
  }
  if (scenarios.pipeline && stores) {
    for (let round = 1; round <= runs; round++) {
      for (const settings of pipelineSettings) {
        for (const kind of STORES) {
          const result = await runPipeline(stores, kind, settings);
          pipeline.push({ ...result, round });
          log(
            `pipeline ${kind.padEnd(8)} ${result.ratePerSecond === undefined ? 'burst' : `${result.ratePerSecond}/s`} run ${round}: ${formatNumber(result.messagesPerSecond)} msgs/s end to end (offered ${formatNumber(result.offeredPerSecond)}), ` +
              `delete p50 ${formatNumber(result.deleteLatency.p50)} ms p99 ${formatNumber(result.deleteLatency.p99)} ms, ${result.slack.piiDeleted}/${result.slack.piiPosted} deleted, ${result.unfinished} unfinished`,
          );
        }
      }
    }
  }
} finally {
  await stores?.close();
}

const report: BenchReport = {
  quick,
  runs,
  command: `npm run bench${quick ? ' -- --quick' : ''}`,
  env,
  settings: { ingest: ingestSettings, pipeline: pipelineSettings, detection: detectionSettings },
  ingest,
  pipeline,
  ...(detection === undefined ? {} : { detection }),
  elapsedSeconds: (performance.now() - started) / 1000,
};

console.log(`\n${renderTables(report)}\n`);
if (args.only === undefined && !args['no-write']) {
  const target = new URL('../docs/benchmarks.md', import.meta.url);
  await writeFile(target, renderMarkdown(report, limitsParagraph(report)));
  log(`wrote docs/benchmarks.md`);
}
