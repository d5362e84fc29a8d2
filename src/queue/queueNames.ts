/**
 * The queues. `events`: scan what arrived; `actions`: platform calls (delete, DM); `maintenance`:
 * scheduled upkeep (pruning, content expiry); `outbound`: reserved for requested Slack messages (a
 * later issue), configured but not created yet.
 */
export const QUEUES = {
  events: 'events',
  actions: 'actions',
  maintenance: 'maintenance',
  outbound: 'outbound',
  /** Where a job goes once it has used every attempt: kept, visible and retryable. */
  deadLetter: 'dead_letter',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** The queues this release creates and runs workers for, in the order their policies are listed. */
export const WORK_QUEUES = [QUEUES.events, QUEUES.actions, QUEUES.maintenance] as const;
export type WorkQueueName = (typeof WORK_QUEUES)[number];

/** Every queue that holds jobs here: the work queues and the dead-letter queue. */
export const JOB_QUEUES: readonly string[] = [...WORK_QUEUES, QUEUES.deadLetter];

export function isWorkQueue(name: string): name is WorkQueueName {
  return (WORK_QUEUES as readonly string[]).includes(name);
}
