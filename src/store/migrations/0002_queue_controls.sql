-- Run-time queue controls shared by every process on the store: an operator pauses, resumes or
-- scales a queue (CLI or /api/v1/queues) by writing here; each worker process polls the table
-- (QUEUE_CONTROL_POLL_SECONDS) and applies it, and it survives restarts. No row = the configured
-- policy, running.
CREATE TABLE queue_controls (
  queue       text PRIMARY KEY,
  paused      boolean NOT NULL DEFAULT false,
  -- Per-process concurrency set at run time; NULL = the configured QUEUE_<QUEUE>_CONCURRENCY.
  concurrency integer CHECK (concurrency IS NULL OR concurrency BETWEEN 1 AND 256),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  -- Who changed it last ('cli', 'api'), for the operator reading /health.
  updated_by  text NOT NULL
);
