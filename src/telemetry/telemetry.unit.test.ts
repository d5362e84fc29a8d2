import { describe, expect, it } from 'vitest';
import { captureLogs } from '../../test/support/captureLogs.ts';
import { JobEvents } from './jobEvents.ts';
import { boundedLabel } from './metrics.ts';
import { createTelemetry } from './telemetry.ts';

async function value(telemetry: ReturnType<typeof createTelemetry>, name: string, labels: Record<string, string>): Promise<number> {
  const metric = (await telemetry.metrics.registry.getMetricsAsJSON()).find((m) => m.name === name);
  const sample = metric?.values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l));
  return sample?.value ?? 0;
}

describe('telemetry', () => {
  it('counts a run that failed on its last attempt as dead_letter, and a running job until it stops', async () => {
    const events = new JobEvents();
    const telemetry = createTelemetry({ logger: captureLogs('silent').logger, jobEvents: events });
    const base = { queue: 'actions', jobId: 'j1', name: 'delete', attempt: 9 };
    events.emit('job:start', base);
    expect(telemetry.running()).toBe(1);
    events.emit('job:exception', { ...base, durationMs: 5, code: 'INTERNAL', next: 'dead_letter' });
    events.emit('job:stop', { ...base, durationMs: 5, status: 'failed', result: 'error:INTERNAL' });
    expect(telemetry.running()).toBe(0);
    expect(await value(telemetry, 'pii_detector_jobs_finished_total', { outcome: 'dead_letter' })).toBe(1);
    expect(await value(telemetry, 'pii_detector_jobs_finished_total', { outcome: 'retry' })).toBe(0);
    expect(await value(telemetry, 'pii_detector_jobs_running', { queue: 'actions' })).toBe(0);
  });

  it('keeps label values bounded: unknown error codes are OTHER, Slack codes are capped', async () => {
    const events = new JobEvents();
    const telemetry = createTelemetry({ logger: captureLogs('silent').logger, jobEvents: events });
    events.emit('job:exception', { queue: 'events', jobId: 'j', name: 'scan', attempt: 1, durationMs: 1, code: 'SOMETHING_NEW', next: 'retry' });
    expect(await value(telemetry, 'pii_detector_job_exceptions_total', { code: 'OTHER' })).toBe(1);
    telemetry.rejected({ source: 'slack', code: 'not a code', status: 400 });
    expect(await value(telemetry, 'pii_detector_ingest_rejected_total', { code: 'OTHER' })).toBe(1);

    const label = boundedLabel(2);
    expect([label('a'), label('b'), label('c'), label('a'), label('has space'), label(undefined)]).toEqual(['a', 'b', 'other', 'a', 'other', '']);
  });

  it('logs a refused token once, at error level, and a store that stops answering once per change', () => {
    const events = new JobEvents();
    const logs = captureLogs('info');
    const telemetry = createTelemetry({ logger: logs.logger, jobEvents: events });
    events.emit('job:exception', { queue: 'actions', jobId: 'j', name: 'notify', attempt: 1, durationMs: 1, code: 'SLACK_AUTH_FAILED', next: 'dead_letter' });
    telemetry.storeHealth(true);
    telemetry.storeHealth(false, 'connection refused');
    telemetry.storeHealth(false, 'connection refused');
    telemetry.storeHealth(true);
    expect(logs.lines.map((l) => [l.event, l.level])).toEqual([
      ['slack.auth_failed', 50],
      ['store.down', 50],
      ['store.up', 30],
    ]);
  });
});
