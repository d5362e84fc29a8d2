import type { JobEventMap, JobEvents } from '../../src/telemetry/jobEvents.ts';

/**
 * Resolves with the first `name` event of this service that matches, from now on: a test waits for
 * what the service reports (a job's exception, an action's outcome) rather than for time to pass.
 * The test's own timeout bounds it.
 */
export function waitForJobEvent<K extends keyof JobEventMap>(
  events: JobEvents,
  name: K,
  predicate: (event: JobEventMap[K][0]) => boolean = () => true,
): Promise<JobEventMap[K][0]> {
  return new Promise((resolve) => {
    const listener = (event: JobEventMap[K][0]) => {
      if (!predicate(event)) return;
      (events.off as (n: K, l: typeof listener) => void)(name, listener);
      resolve(event);
    };
    (events.on as (n: K, l: typeof listener) => void)(name, listener);
  });
}
