import type { Service } from '../../src/main.ts';

/**
 * Resolves once the job with this id has finished a run in this service (its `job:stop` event),
 * with the event. Register it before the job can run; the test's timeout bounds the wait.
 */
export function waitForJobStop(service: Service, jobId: string): Promise<{ status: string; result: string; attempt: number }> {
  return new Promise((resolve) => {
    const onStop = (event: { jobId: string; status: string; result: string; attempt: number }) => {
      if (event.jobId !== jobId) return;
      service.jobEvents.off('job:stop', onStop);
      resolve(event);
    };
    service.jobEvents.on('job:stop', onStop);
  });
}
