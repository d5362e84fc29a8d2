import { createRequire } from 'node:module';
import { loadSlackFixture } from '../test/fixtures/slack/loadSlackFixture.ts';
import { signSlackRequest } from '../test/fakes/slack/signSlackRequest.ts';
import { serveParent } from './childProcess.ts';
import { latencySummary, type LatencySummary } from './stats.ts';

/**
 * The ingest load generator, run as its own process (`child_process.fork`) so that generating and
 * signing requests never shares an event loop with the server being measured. Asked over IPC to
 * run a `LoadPhase` (the caller runs a warm-up phase, then the measured one), it drives autocannon,
 * bounded by a request count and a time limit, and answers with a `LoadPhaseResult`.
 *
 * Every request is a distinct Slack `event_callback` (a unique `event_id` and message `ts`, the
 * realistic fixture body) with a fresh v0 signature, exactly what Slack would send.
 */

export interface LoadPhase {
  url: string;
  connections: number;
  requests: number;
  /** Hard bound; the phase stops here even if not all `requests` have been answered. */
  maxSeconds: number;
  signingSecret: string;
  /** Makes event ids unique across runs (and, with the child's counter, across phases). */
  runId: string;
}

export interface LoadPhaseResult {
  /** Answers received, whatever their status. */
  answered: number;
  /** HTTP 200 answers. */
  ok: number;
  /** Answers whose body was not the expected `{"ok":true,"duplicate":false}`. */
  mismatches: number;
  statusCounts: Record<string, number>;
  /** Connection errors and timeouts (no HTTP answer). */
  errors: number;
  timeouts: number;
  /** From the start to the last answer. */
  durationMs: number;
  stoppedByTime: boolean;
  /** Of every answer, in ms (autocannon's per-request time, before rounding). */
  latency: LatencySummary;
  /** CPU time this load generator used in the phase. */
  cpuMs: number;
}

interface AutocannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

interface AutocannonOptions {
  url: string;
  connections: number;
  amount: number;
  timeout: number;
  sampleInt: number;
  requests: Array<{ method: 'POST'; setupRequest: (request: AutocannonRequest) => AutocannonRequest }>;
  verifyBody: (body: string) => boolean;
}

interface AutocannonResult {
  statusCodeStats: Record<string, { count: number }>;
  errors: number;
  timeouts: number;
  mismatches: number;
}

interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void): void;
  stop(): void;
}

type Autocannon = (options: AutocannonOptions, done: (error: Error | null, result: AutocannonResult) => void) => AutocannonInstance;

// autocannon is CommonJS without types; this is the part of its API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** The fixture body split around the two fields each request must make unique. */
function bodyFactory(runId: string): () => string {
  const template = loadSlackFixture('plain-message-with-pii');
  template.event_id = '__EVENT_ID__';
  template.event.ts = '__TS__';
  template.event.event_ts = '__TS__';
  const parts = JSON.stringify(template).split(/(__EVENT_ID__|__TS__)/);
  const baseSeconds = Math.floor(Date.now() / 1000);
  let seq = 0;
  return () => {
    seq += 1;
    const eventId = `EvB${runId}${seq.toString(36).toUpperCase().padStart(6, '0')}`;
    const ts = `${baseSeconds}.${String(seq).padStart(6, '0')}`;
    return parts.map((p) => (p === '__EVENT_ID__' ? eventId : p === '__TS__' ? ts : p)).join('');
  };
}

function runPhase(request: LoadPhase, nextBody: () => string): Promise<LoadPhaseResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let stoppedByTime = false;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    let lastAnswerAt = started;
    const instance = autocannon(
      {
        url: request.url,
        connections: request.connections,
        amount: request.requests,
        timeout: 30,
        // autocannon notices the end on its sampling tick; 100 ms instead of 1 s keeps that short.
        sampleInt: 100,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              const body = nextBody();
              const timestamp = Math.floor(Date.now() / 1000);
              return {
                ...req,
                body,
                headers: {
                  'content-type': 'application/json',
                  'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
                  'x-slack-request-timestamp': String(timestamp),
                  'x-slack-signature': signSlackRequest(request.signingSecret, timestamp, body),
                },
              };
            },
          },
        ],
        verifyBody: (body) => body.includes('"duplicate":false'),
      },
      (error, result) => {
        clearTimeout(timer);
        if (error !== null) return reject(error);
        const cpu = process.cpuUsage(cpuBefore);
        const statusCounts = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, Number(count)]));
        resolve({
          answered: Object.values(statusCounts).reduce((a, b) => a + b, 0),
          ok: statusCounts['200'] ?? 0,
          mismatches: result.mismatches,
          statusCounts,
          errors: result.errors,
          timeouts: result.timeouts,
          // Up to the last answer: autocannon calls back on its next sampling tick, not at once.
          durationMs: lastAnswerAt - started,
          stoppedByTime,
          latency: latencySummary(latencies),
          cpuMs: (cpu.user + cpu.system) / 1000,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTimeMs) => {
      lastAnswerAt = performance.now();
      latencies.push(responseTimeMs);
    });
    const timer = setTimeout(() => {
      stoppedByTime = true;
      instance.stop();
    }, request.maxSeconds * 1000);
  });
}

const bodies = new Map<string, () => string>();

async function phase(request: LoadPhase): Promise<LoadPhaseResult> {
  let nextBody = bodies.get(request.runId);
  if (nextBody === undefined) {
    nextBody = bodyFactory(request.runId);
    bodies.set(request.runId, nextBody);
  }
  return runPhase(request, nextBody);
}

serveParent({ phase }, {});
