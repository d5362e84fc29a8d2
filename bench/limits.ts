import { detectionLimits } from './detectionReport.ts';
import { GOAL_RATE, ingestRuns, median, pct, pipelineRuns, type BenchReport } from './report.ts';
import { formatNumber } from './stats.ts';

/**
 * The prose under "What limits the numbers": what bounds each number, using this run's own
 * medians where the run measures them. Some facts come from diagnostics done while writing the
 * benchmark (CPU profiles, a count of SQL statements) at the commit named in DIAGNOSED_AT. They are
 * labelled as such, and `npm run bench` does not repeat them.
 */
const DIAGNOSED_AT = 'fa5159b';

export function limitsParagraph(report: BenchReport): string {
  const med = (values: number[]) => median(values, (v) => v);
  const n = (value: number) => formatNumber(value);
  const cores = report.env.cores;
  const parts: string[] = [];
  const diagnostic = `a diagnostic run at ${DIAGNOSED_AT}, not repeated by the script`;

  const bare = ingestRuns(report, 'bare');
  if (bare.length > 0) {
    parts.push(
      `- **Bare route (${n(med(bare.map((r) => r.requestsPerSecond)))} req/s)** is a ceiling of this box, not of Fastify. The load generator (one autocannon process that builds and HMAC-signs every request) used ${pct(med(bare.map((r) => r.cpu.helper)))} of a core and the server ${pct(med(bare.map((r) => r.cpu.self)))}, on ${cores} cores (everything else: ${pct(med(bare.map((r) => r.cpu.other)))}). A stronger client would raise this number, and that would lower every “% of bare” figure.`,
    );
  }

  const pg = ingestRuns(report, 'postgres');
  if (pg.length > 0) {
    const rate = med(pg.map((r) => r.requestsPerSecond));
    const perCommit = med(pg.map((r) => r.eventsPerCommit ?? Number.NaN));
    const commitMs = ((4 * perCommit) / rate) * 1000;
    parts.push(
      `- **Ingest on PostgreSQL (${n(rate)} events/s)** is bound by round trips to Postgres, on a machine that both sides share.
  - Each group commit carried ~${n(perCommit)} events, and the inbox allows at most 4 commits in flight. With all 4 busy, a commit took about 4 × ${n(perCommit)} ÷ ${n(rate)}/s ≈ ${n(commitMs)} ms for its 5 statements (BEGIN, items, audit events, jobs, COMMIT).
  - CPU, out of ${cores * 100} %: the service process ${pct(med(pg.map((r) => r.cpu.self)))}, Postgres ${pct(med(pg.map((r) => r.cpu.postgres)))}, the load generator ${pct(med(pg.map((r) => r.cpu.helper)))}, everything else ${pct(med(pg.map((r) => r.cpu.other)))}.
  - In a CPU profile of the service (${diagnostic}), a third of its busy time went to the kernel writing \`pg\` queries to the loopback socket. System calls are costly on this VM.
  - The rest is spread thin: signature checks, JSON and schema parsing, sealing the text, Fastify.
  - fsync is not the limit. On an idle machine, a \`SELECT 1\` round trip takes 0.12 ms and a durable one-row commit 0.66 ms. Under this load a round trip waits for a core on each side.`,
    );
  }

  const lite = ingestRuns(report, 'pglite');
  if (lite.length > 0) {
    const perCommit = med(lite.map((r) => r.eventsPerCommit ?? Number.NaN));
    const self = med(lite.map((r) => r.cpu.self));
    parts.push(
      `- **Ingest on embedded PGlite (${n(med(lite.map((r) => r.requestsPerSecond)))} events/s)** is bound by one CPU thread. PGlite is Postgres compiled to WASM, and it runs inside the service’s process, on the same thread as HTTP. That process used ${pct(self)} of a core${self > 100 ? ' (above 100 % because V8’s background threads, for GC and compilation, count too)' : ''}. ` +
        (perCommit < 1.5
          ? `Group commit does not group here (${n(perCommit)} events per commit). PGlite runs a whole transaction without giving the event loop a turn, so each delivery is committed before the next request is even read.`
          : `Group commit carried ~${n(perCommit)} events per commit. In a profile (${diagnostic}), more than half of the busy time was inside PGlite, in its WASM and JS glue.`),
    );
  }

  const burstPg = pipelineRuns(report, 'postgres', undefined);
  const burstLite = pipelineRuns(report, 'pglite', undefined);
  if (burstPg.length > 0 || burstLite.length > 0) {
    parts.push(
      `- **Pipeline (${n(med(burstPg.map((r) => r.messagesPerSecond)))} msgs/s on PostgreSQL, ${n(med(burstLite.map((r) => r.messagesPerSecond)))} embedded)** is bound by CPU.
  - On PostgreSQL the machine was ${pct(med(burstPg.map((r) => r.cpu.machine)))} busy: the service used ${pct(med(burstPg.map((r) => r.cpu.self)))} of a core, Postgres ${pct(med(burstPg.map((r) => r.cpu.postgres)))}, the fake Slack ${pct(med(burstPg.map((r) => r.cpu.helper)))}, and everything else ${pct(med(burstPg.map((r) => r.cpu.other)))}.
  - Per message, that meant ~1.3 transactions and ~7.1 SQL statements (${diagnostic}). Nearly all of them are per message: the scan’s read, update and audit insert, and for a PII message the same again for the delete and for the DM, each with its job. The ingest write is shared by a batch. pg-boss’s fetches and completions are batched and cheap in comparison.
  - Embedded, everything shares one thread (HTTP, workers, queue polling, the database), at ${pct(med(burstLite.map((r) => r.cpu.self)))} of a core.`,
    );
  }

  const latency: string[] = [];
  const light = report.settings.pipeline.find((s) => s.ratePerSecond !== undefined && s.ratePerSecond < GOAL_RATE)?.ratePerSecond;
  for (const kind of ['postgres', 'pglite'] as const) {
    const calm = light === undefined ? [] : pipelineRuns(report, kind, light);
    const busy = pipelineRuns(report, kind, GOAL_RATE);
    if (busy.length === 0) continue;
    const name = kind === 'postgres' ? 'On PostgreSQL' : 'Embedded';
    const kept = med(busy.map((r) => r.messagesPerSecond));
    latency.push(
      `  - ${name}: request → delete p50 was ${n(med(calm.map((r) => r.deleteLatency.p50)))} ms at ${light ?? '?'} msgs/s, where nothing queues. At ${GOAL_RATE} msgs/s it was p50 ${n(med(busy.map((r) => r.deleteLatency.p50)))} ms and p99 ${n(med(busy.map((r) => r.deleteLatency.p99)))} ms. ` +
        (kept >= GOAL_RATE * 0.95
          ? `The service finished ${n(kept)} msgs/s, about the offered rate, but with the machine ${pct(med(busy.map((r) => r.cpu.machine)))} busy every step waits for a core. The answer to Slack alone (request → 200) took p50 ${n(med(busy.map((r) => r.ack.p50)))} ms, against ${n(med(calm.map((r) => r.ack.p50)))} ms at ${light ?? '?'} msgs/s.`
          : `The service finished only ${n(kept)} msgs/s, so a backlog built up, and these numbers measure the queue rather than the path. The answer to Slack waited too: request → 200 p99 was ${n(med(busy.map((r) => r.ack.p99)))} ms and the slowest ${n(Math.max(...busy.map((r) => r.ack.max)))} ms. Slack retries a delivery that is not answered within 3 s.`),
    );
  }
  if (latency.length > 0) parts.push(`- **Latency** comes from queueing.\n${latency.join('\n')}`);

  if (report.detection) parts.push(detectionLimits(report.detection));

  parts.push(
    `- **The machine is shared and small.** Server, database, load generator and fake Slack all run on the same ${cores} cores, and other sessions may use the machine too (load average ${report.env.loadAverage} when the run started; see the noise note under the tables). Numbers on a bigger machine, or with the client elsewhere, will differ. The ratios and the bottlenecks above are what carry over.`,
  );
  return parts.join('\n');
}
