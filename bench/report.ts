import type { StoreKind } from './benchStores.ts';
import type { CpuShares } from './cpuMeter.ts';
import { detectionGoals, detectionMethod, detectionTables } from './detectionReport.ts';
import type { DetectionResult, DetectionSettings } from './detectionScenario.ts';
import type { Environment } from './environment.ts';
import type { IngestRunResult, IngestSettings, IngestTarget } from './ingestScenario.ts';
import { CLEAN_TEXTS, PII_TEXT } from './messages.ts';
import type { PipelineRunResult, PipelineSettings } from './pipelineScenario.ts';
import { formatCount, formatNumber, formatSpread, spread } from './stats.ts';

export interface BenchReport {
  quick: boolean;
  runs: number;
  command: string;
  env: Environment;
  settings: { ingest: IngestSettings; pipeline: readonly PipelineSettings[]; detection: DetectionSettings };
  ingest: Array<IngestRunResult & { round: number }>;
  pipeline: Array<PipelineRunResult & { round: number }>;
  /** Absent when the detection scenario was not run (`--only ingest|pipeline`). */
  detection?: DetectionResult;
  elapsedSeconds: number;
}

/** The rate at which the latency goals are stated. */
export const GOAL_RATE = 200;

const TARGET_LABEL: Record<IngestTarget, string> = { bare: 'bare Fastify route (no work)', pglite: 'service, embedded PGlite', postgres: 'service, PostgreSQL' };
const STORE_NAME: Record<StoreKind, string> = { pglite: 'embedded PGlite', postgres: 'PostgreSQL' };

/** min / median / max of one number over the runs. */
const over = <T>(runs: readonly T[], pick: (run: T) => number): string => formatSpread(spread(runs.map(pick)));
export const median = <T>(runs: readonly T[], pick: (run: T) => number): number => spread(runs.map(pick)).median;
export const pct = (value: number): string => (Number.isFinite(value) ? `${Math.round(value)} %` : '—');

export function ingestRuns(report: BenchReport, target: IngestTarget): IngestRunResult[] {
  return report.ingest.filter((r) => r.target === target);
}

/** The runs of one store at one posting rate (`undefined`: as fast as the concurrency allows). */
export function pipelineRuns(report: BenchReport, kind: StoreKind, rate: number | undefined): PipelineRunResult[] {
  return report.pipeline.filter((r) => r.kind === kind && r.ratePerSecond === rate);
}

/**
 * Every 200 the route sent is an item with its scan job, and the generator received no 200 the
 * route did not send. Items beyond the 200s sent can only be deliveries committed after a time
 * limit cut their connection (at most one per connection): stored, never acknowledged.
 */
function durable(run: IngestRunResult, connections: number): boolean {
  const d = run.durability;
  if (d === undefined) return false;
  const cutOff = d.items - d.sent200;
  return d.items === d.jobs && d.received200 <= d.sent200 && cutOff >= 0 && (cutOff === 0 || (run.stoppedByTime && cutOff <= connections));
}

function ingestTable(report: BenchReport): string {
  const { connections } = report.settings.ingest;
  const bare = median(ingestRuns(report, 'bare'), (r) => r.requestsPerSecond);
  const lines = [
    '| target | durable events/s | p50 ms | p99 ms | % of bare (median) | events per commit (median) | CPU, % of a core: server / Postgres / load gen / other (median) | every 200 durable: 200s sent = rows in `items` |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const target of ['bare', 'pglite', 'postgres'] as const) {
    const runs = ingestRuns(report, target);
    if (runs.length === 0) continue;
    const rate = median(runs, (r) => r.requestsPerSecond);
    const cpu = cpuCell(runs.map((r) => r.cpu), target === 'postgres');
    const counts = runs.map((r) => {
      const d = r.durability;
      if (d === undefined) return '?';
      const cutOff = d.items - d.sent200;
      return `${formatCount(d.sent200)} = ${formatCount(d.items)}${cutOff > 0 ? ` (+${cutOff} cut off ¹)` : ''}`;
    });
    const check = target === 'bare' ? '—' : `${runs.filter((r) => durable(r, connections)).length}/${runs.length} runs: ${counts.join(', ')}`;
    lines.push(
      `| ${TARGET_LABEL[target]}${runs.some((r) => r.stoppedByTime) ? ' ¹' : ''} | ${over(runs, (r) => r.requestsPerSecond)} | ${over(runs, (r) => r.latency.p50)} | ${over(runs, (r) => r.latency.p99)} | ${target === 'bare' ? '100 %' : pct((rate / bare) * 100)} | ${target === 'bare' ? '—' : formatNumber(median(runs, (r) => r.eventsPerCommit ?? Number.NaN))} | ${cpu} | ${check} |`,
    );
  }
  const capped = report.ingest.filter((r) => r.stoppedByTime);
  if (capped.length > 0) {
    lines.push(
      '',
      `¹ ${capped.length} of ${report.ingest.length} runs reached the ${report.settings.ingest.maxSeconds} s limit; their rate is over the requests answered in that time, and deliveries in flight then were committed but never answered.`,
    );
  }
  return lines.join('\n');
}

function cpuCell(shares: readonly CpuShares[], postgres: boolean): string {
  const m = (pick: (c: CpuShares) => number) => pct(median(shares, pick));
  return `${m((c) => c.self)} / ${postgres ? m((c) => c.postgres) : '—'} / ${m((c) => c.helper)} / ${m((c) => c.other)}`;
}

/** Runs in which processes outside the benchmark took a noticeable share of the machine. */
const DISTURBED_PERCENT = 25;

function noiseNote(report: BenchReport): string {
  const all = [
    ...report.ingest.map((r) => ({ label: `ingest ${r.target} ${r.round}`, other: r.cpu.other })),
    ...report.pipeline.map((r) => ({ label: `pipeline ${r.kind} ${r.ratePerSecond === undefined ? 'burst' : `${r.ratePerSecond}/s`} ${r.round}`, other: r.cpu.other })),
  ];
  const disturbed = all.filter((r) => r.other > DISTURBED_PERCENT);
  if (disturbed.length === 0) return `No run lost more than ${DISTURBED_PERCENT} % of a core to work outside the benchmark.`;
  return `**Noise:** in ${disturbed.length} of ${all.length} runs, work outside the benchmark (other processes and sessions on the machine, and Postgres's shared background processes) took more than ${DISTURBED_PERCENT} % of a core: ${disturbed.map((r) => `${r.label} (${pct(r.other)})`).join(', ')}. Those runs are slower than the machine allows; the spread shows it.`;
}

function postingLabel(settings: PipelineSettings): string {
  const how = settings.ratePerSecond === undefined ? `burst, ${settings.concurrency} in flight` : `${settings.ratePerSecond}/s`;
  return `${how}, ${formatCount(settings.messages)} msgs`;
}

function pipelineTable(report: BenchReport): string {
  const lines = [
    '| store | posting | offered msgs/s | end-to-end msgs/s | request → delete p50 ms | request → delete p99 ms | request → 200 p50 / p99 ms (median) | CPU, % of a core: service / Postgres / fake Slack / other (median) | outcome (all runs) |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const settings of report.settings.pipeline) {
    for (const kind of ['pglite', 'postgres'] as const) {
      const runs = pipelineRuns(report, kind, settings.ratePerSecond);
      if (runs.length === 0) continue;
      const sum = (pick: (r: PipelineRunResult) => number) => runs.reduce((a, r) => a + pick(r), 0);
      const rejected = sum((r) => Object.values(r.post.rejected).reduce((a, b) => a + b, 0));
      const outcome = [
        `${sum((r) => r.slack.piiDeleted)}/${sum((r) => r.slack.piiPosted)} PII deleted${sum((r) => r.slack.piiAccepted) < sum((r) => r.slack.piiPosted) ? ` (${sum((r) => r.slack.piiAccepted)} delivered)` : ''}, ${sum((r) => r.slack.dms)} DMs`,
        `${sum((r) => r.slack.unexpectedDeletes)} wrong deletes`,
        `${sum((r) => r.unfinished)} unfinished`,
        ...(rejected > 0 ? [`${rejected} deliveries refused`] : []),
        ...(sum((r) => r.post.overSlackTimeout) > 0 ? [`${sum((r) => r.post.overSlackTimeout)} answered after 3 s`] : []),
      ].join(', ');
      lines.push(
        `| ${STORE_NAME[kind]} | ${postingLabel(settings)} | ${over(runs, (r) => r.offeredPerSecond)} | ${over(runs, (r) => r.messagesPerSecond)} | ${over(runs, (r) => r.deleteLatency.p50)} | ${over(runs, (r) => r.deleteLatency.p99)} | ${formatNumber(median(runs, (r) => r.ack.p50))} / ${formatNumber(median(runs, (r) => r.ack.p99))} | ${cpuCell(runs.map((r) => r.cpu), kind === 'postgres')} | ${outcome} |`,
      );
    }
  }
  return lines.join('\n');
}

interface GoalRow {
  goal: string;
  measured: number;
  unit: string;
  met: boolean;
  note?: string;
}

export function goals(report: BenchReport): GoalRow[] {
  const rows: GoalRow[] = [];
  const bare = median(ingestRuns(report, 'bare'), (r) => r.requestsPerSecond);
  for (const kind of ['postgres', 'pglite'] as const) {
    const runs = ingestRuns(report, kind);
    if (runs.length === 0) continue;
    const rate = median(runs, (r) => r.requestsPerSecond);
    rows.push({ goal: `ingest ≥ 5,000 durable events/s (${STORE_NAME[kind]})`, measured: rate, unit: 'events/s', met: rate >= 5000 });
    rows.push({ goal: `ingest ≥ 40 % of the bare route (${STORE_NAME[kind]})`, measured: (rate / bare) * 100, unit: '%', met: rate / bare >= 0.4 });
  }
  for (const kind of ['postgres', 'pglite'] as const) {
    const runs = pipelineRuns(report, kind, undefined);
    if (runs.length === 0) continue;
    const target = kind === 'postgres' ? 1000 : 300;
    const rate = median(runs, (r) => r.messagesPerSecond);
    rows.push({ goal: `pipeline ≥ ${formatCount(target)} msgs/s (${STORE_NAME[kind]})`, measured: rate, unit: 'msgs/s', met: rate >= target });
  }
  for (const kind of ['postgres', 'pglite'] as const) {
    const runs = pipelineRuns(report, kind, GOAL_RATE);
    if (runs.length === 0) continue;
    const kept = median(runs, (r) => r.messagesPerSecond);
    const note = kept < GOAL_RATE * 0.95 ? `the service finished only ${formatNumber(kept)} of the ${GOAL_RATE} msgs/s offered, so a backlog built up` : undefined;
    const p50 = median(runs, (r) => r.deleteLatency.p50);
    const p99 = median(runs, (r) => r.deleteLatency.p99);
    rows.push({ goal: `p50 request → delete < 50 ms at ${GOAL_RATE} msgs/s (${STORE_NAME[kind]})`, measured: p50, unit: 'ms', met: p50 < 50, ...(note === undefined ? {} : { note }) });
    rows.push({ goal: `p99 request → delete < 250 ms at ${GOAL_RATE} msgs/s (${STORE_NAME[kind]})`, measured: p99, unit: 'ms', met: p99 < 250, ...(note === undefined ? {} : { note }) });
  }
  if (report.detection) rows.push(...detectionGoals(report.detection));
  return rows;
}

function goalTable(report: BenchReport): string {
  const lines = ['| goal (next issue) | measured (median of runs) | met? |', '|---|---|---|'];
  for (const g of goals(report)) {
    lines.push(`| ${g.goal} | ${formatNumber(g.measured)} ${g.unit}${g.note === undefined ? '' : ` (${g.note})`} | ${g.met ? 'yes' : '**no**'} |`);
  }
  return lines.join('\n');
}

/** Everything a run noticed that is not a number: failed checks, refused requests, slow answers, logged warnings. */
export function problems(report: BenchReport): string[] {
  const found: string[] = [];
  for (const run of report.ingest) {
    const label = `ingest ${run.target}, run ${run.round}`;
    const d = run.durability;
    if (d !== undefined && !durable(run, report.settings.ingest.connections)) {
      found.push(`${label}: 200s sent ${d.sent200}, received ${d.received200}, rows in items ${d.items}, scan jobs ${d.jobs}`);
    }
    const failures = Object.entries(run.failures);
    if (failures.length > 0) found.push(`${label}: answers other than 200: ${failures.map(([status, n]) => `${n}× ${status}`).join(', ')}`);
    if (run.mismatches > 0) found.push(`${label}: ${run.mismatches} answers without {"duplicate":false}`);
    for (const line of run.problems) found.push(`${label} logged: ${line}`);
  }
  for (const run of report.pipeline) {
    const label = `pipeline ${run.kind} ${run.ratePerSecond === undefined ? 'burst' : `${run.ratePerSecond}/s`}, run ${run.round}`;
    if (run.unfinished > 0) found.push(`${label}: ${run.unfinished} items not final when the run gave up`);
    if (run.slack.piiDeleted < run.slack.piiAccepted) found.push(`${label}: ${run.slack.piiAccepted - run.slack.piiDeleted} accepted PII messages not deleted`);
    if (run.slack.piiAccepted < run.slack.piiPosted) found.push(`${label}: ${run.slack.piiPosted - run.slack.piiAccepted} PII messages never delivered (see the refused deliveries)`);
    if (run.slack.unexpectedDeletes > 0) found.push(`${label}: ${run.slack.unexpectedDeletes} deletes of clean or already deleted messages`);
    if (run.slack.failedDeleteCalls > 0) found.push(`${label}: ${run.slack.failedDeleteCalls} chat.delete calls answered ok:false`);
    if (run.slack.dms !== run.slack.piiDeleted) found.push(`${label}: ${run.slack.dms} DMs for ${run.slack.piiDeleted} deletions`);
    for (const [status, n] of Object.entries(run.post.rejected)) {
      found.push(`${label}: ${n} deliveries ${status === '0' ? 'got no answer' : `answered ${status}`} (first: ${run.post.errors[0] ?? '?'})`);
    }
    if (run.post.overSlackTimeout > 0) {
      found.push(`${label}: ${run.post.overSlackTimeout} of ${run.post.posted} deliveries answered after 3 s (slowest ${formatNumber(run.post.ack.max)} ms); the real Slack would have retried them`);
    }
    for (const line of run.problems) found.push(`${label} logged: ${line}`);
  }
  for (const failure of report.detection?.failures ?? []) found.push(`detection: ${failure}`);
  return found;
}

export function renderTables(report: BenchReport): string {
  const sections: string[] = [];
  if (report.ingest.length > 0) sections.push('### Ingest', '', ingestTable(report), '');
  if (report.pipeline.length > 0) sections.push('### Pipeline', '', pipelineTable(report), '');
  if (report.ingest.length > 0 || report.pipeline.length > 0) sections.push(noiseNote(report), '');
  if (report.detection) sections.push('### Detection', '', detectionTables(report.detection), '');
  return [...sections, '### Against the goals', '', goalTable(report)].join('\n');
}

export function renderMarkdown(report: BenchReport, limits: string): string {
  const { env, settings } = report;
  const ingest = settings.ingest;
  const first = settings.pipeline[0];
  const found = problems(report);
  const variants = settings.pipeline
    .map((s) => (s.ratePerSecond === undefined ? `*burst* posts ${formatCount(s.messages)} messages with ${s.concurrency} deliveries in flight` : `*${s.ratePerSecond}/s* posts ${formatCount(s.messages)} at ${s.ratePerSecond} msgs/s, open loop`))
    .join('; ');
  const counts = [...new Set(settings.pipeline.map((s) => Math.ceil(s.messages / s.piiEvery)))].sort((a, b) => a - b).map(formatCount);
  const piiPerRun = counts.length > 1 ? `${counts.slice(0, -1).join(', ')} or ${counts.at(-1) ?? ''}` : (counts[0] ?? '?');
  return `# Benchmarks

${report.quick ? '> **Quick run** (`--quick`): short runs, so these numbers are noisier than a full run’s.\n\n' : ''}Written by \`${report.command}\` (${report.runs} runs per scenario, ${Math.round(report.elapsedSeconds)} s in all). Cells with three numbers are **min / median / max** over the runs; latencies are nearest-rank percentiles of one run’s samples. Runs of different targets alternate, round by round.

| | |
|---|---|
| machine | ${env.cpu}, ${env.cores} cores, ${env.memoryGiB} GiB RAM, ${env.os} |
| Node | ${env.node} |
| pg-boss | ${env.pgBoss} |
| PGlite | ${env.pglite} (${env.pgliteServer.split(',')[0]}) |
| PostgreSQL | ${env.postgres.split(',')[0]}, on the same machine, stock configuration |
| Fastify / autocannon | ${env.fastify} / ${env.autocannon} |
| commit | ${env.commit} |
| date | ${env.date} |
| load average at start | ${env.loadAverage} |

## What is measured

**Ingest.** The service from \`createService(config, { workers: false })\` on 127.0.0.1, with a fresh migrated store per run and product defaults otherwise (\`LOG_LEVEL=silent\`, \`ENCRYPTION_KEY\` set). A separate process (bench/loadGenerator.ts, driving autocannon) sends correctly signed Slack \`event_callback\` message events over ${ingest.connections} connections. Each has the body of test/fixtures/slack/plain-message-with-pii.json with a unique \`event_id\` and a fresh v0 signature. There are ${formatCount(ingest.warmupRequests)} warm-up requests, then a measured phase sized to about ${ingest.targetSeconds} s at the warm-up’s rate (at most ${formatCount(ingest.requests)} requests, cut at ${ingest.maxSeconds} s). *Durable events/s* counts 200 answers only; a 200 means the item, its audit event and its scan job were committed. After each run, the rows in \`items\` and the scan jobs are counted against the 200s the route sent (warm-up included) and the 200s the load generator received. The bare route is a Fastify app in the same process with the same raw-body parser. It answers \`{"ok":true,"duplicate":false}\` and does nothing else, and it is driven the same way in the same run. CPU is given in % of one core, from /proc: the server’s process (with PGlite inside it when embedded), the Postgres backends connected to the run’s database, the helper process (load generator or fake Slack), and everything else on the machine.

**Pipeline.** The whole service (HTTP + workers) runs against the fake Slack, which has its own process (bench/fakeSlackProcess.ts) and posts messages as members would. 1 in ${first?.piiEvery ?? '?'} messages has PII (“${PII_TEXT}”); the rest are everyday lines (“${CLEAN_TEXTS[0]}”). After ${first?.warmupMessages ?? '?'} warm-up messages, ${variants}. A run ends when every item is final (\`content IS NULL\`). *End-to-end msgs/s* is messages ÷ (first request → last job that finished an item). *Request → delete* runs from the moment the fake sends a PII message’s event to its recorded \`chat.delete\` call, both on the fake’s clock. With ${piiPerRun} PII messages per run, a p99 is one of the few slowest.${report.detection ? `\n\n${detectionMethod(report.detection)}` : ''}

## Results

${renderTables(report)}

## What limits the numbers

${limits}

## Problems seen

${found.length === 0 ? 'None: every run’s checks passed and the service logged no warning or error under load.' : found.map((f) => `- ${f}`).join('\n')}
`;
}
