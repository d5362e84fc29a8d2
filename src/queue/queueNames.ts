/** The queues of the pipeline. `events`: scan what arrived; `actions`: platform calls (delete, DM). */
export const QUEUES = {
  events: 'events',
  actions: 'actions',
  /** Where a job goes once it has used every attempt: kept, visible and retryable. */
  deadLetter: 'dead_letter',
} as const;

export type WorkQueueName = typeof QUEUES.events | typeof QUEUES.actions;
