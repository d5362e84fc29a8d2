import { describe, expect, it } from 'vitest';
import { QUEUES, WORK_QUEUES } from '../queue/queueNames.ts';
import { loadConfig } from './config.ts';
import { CONFIGURED_QUEUES, QUEUE_DEFAULTS } from './queueSettings.ts';

describe('queue settings', () => {
  it('default to the documented table, per queue', () => {
    const config = loadConfig({});
    expect(config.queues.events).toEqual({ concurrency: 4, batchSize: 20, retryLimit: 8, retryDelaySeconds: 2, retryDelayMaxSeconds: 600, expireSeconds: 300, heartbeatSeconds: 30, priority: 0 });
    expect(config.queues.maintenance).toMatchObject({ concurrency: 1, batchSize: 1, retryLimit: 2 });
    expect(config.supervision).toEqual({ superviseSeconds: 15, controlPollSeconds: 2 });
    expect(config.maintenance.cron).toBe('*/10 * * * *');
    expect(config.retention.contentSeconds).toBe(7 * 86400);
    expect(config.admin.apiToken).toBeUndefined();
  });

  it('take QUEUE_<QUEUE>_<SETTING> over the legacy name, the legacy name over JOB_*, JOB_* over the default', () => {
    const config = loadConfig({
      JOB_RETRY_LIMIT: '3',
      QUEUE_ACTIONS_RETRY_LIMIT: '5',
      EVENTS_CONCURRENCY: '7',
      ACTIONS_CONCURRENCY: '9',
      QUEUE_ACTIONS_CONCURRENCY: '11',
      QUEUE_EVENTS_PRIORITY: '-3',
      QUEUE_MAINTENANCE_HEARTBEAT_SECONDS: '60',
    });
    expect(config.queues.events).toMatchObject({ concurrency: 7, retryLimit: 3, priority: -3 });
    expect(config.queues.actions).toMatchObject({ concurrency: 11, retryLimit: 5 });
    // JOB_* is global: it reaches the maintenance queue too, over that queue's own default.
    expect(config.queues.maintenance).toMatchObject({ concurrency: 1, retryLimit: 3, heartbeatSeconds: 60 });
    expect(config.queues.events.heartbeatSeconds).toBe(30);
  });

  it('treat an empty variable as unset and name every bad one', () => {
    expect(loadConfig({ QUEUE_EVENTS_CONCURRENCY: '', EVENTS_CONCURRENCY: '6' }).queues.events.concurrency).toBe(6);
    let message = '';
    try {
      loadConfig({ QUEUE_EVENTS_HEARTBEAT_SECONDS: '5', QUEUE_ACTIONS_CONCURRENCY: 'many', MAINTENANCE_CRON: 'every hour', ADMIN_API_TOKEN: 'short' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('QUEUE_EVENTS_HEARTBEAT_SECONDS: must be at least 10 (got "5")');
    expect(message).toContain('QUEUE_ACTIONS_CONCURRENCY: must be a whole number from 1 to 256 (got "many")');
    expect(message).toContain('MAINTENANCE_CRON: must be a 5-field cron');
    expect(message).toContain('ADMIN_API_TOKEN: must be at least 24 characters');
  });

  it('never echo the admin token back', () => {
    expect(() => loadConfig({ ADMIN_API_TOKEN: 'tooshortsecret' })).toThrow(/ADMIN_API_TOKEN/);
    try {
      loadConfig({ ADMIN_API_TOKEN: 'tooshortsecret' });
    } catch (error) {
      expect((error as Error).message).not.toContain('tooshortsecret');
    }
  });

  it('cover every queue the pipeline works, and the reserved outbound queue', () => {
    expect(CONFIGURED_QUEUES).toEqual(expect.arrayContaining([...WORK_QUEUES, QUEUES.outbound]));
    expect(Object.keys(QUEUE_DEFAULTS).sort()).toEqual([...CONFIGURED_QUEUES].sort());
  });
});
