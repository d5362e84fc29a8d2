-- The spine: items (one per scanned platform message) and the append-only audit log.

-- Current state of each item, kept in step with the audit log in the same transaction.
-- `id` is the correlation id: the platform's delivery id (Slack event_id), so a retried delivery
-- collides here and is recognised as a duplicate.
CREATE TABLE items (
  id            text PRIMARY KEY,
  source        text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('message', 'edit')),
  team_id       text,
  channel_id    text NOT NULL,
  message_ts    text NOT NULL,
  thread_ts     text,
  user_id       text,
  status        text NOT NULL CHECK (status IN ('received', 'clean', 'pii_found', 'deleted', 'notified', 'failed')),
  reason        text,
  labels        text[] NOT NULL DEFAULT '{}',
  finding_count integer NOT NULL DEFAULT 0,
  -- Position of the item's last audit event: appends check it (optimistic concurrency).
  version       integer NOT NULL,
  -- The message content, sealed with AES-256-GCM (store/sealing.ts). Needed to scan and to DM the
  -- author their text; set to NULL as soon as the item is final.
  content       bytea,
  received_at   timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX items_status_updated_idx ON items (status, updated_at);
CREATE INDEX items_message_idx ON items (channel_id, message_ts);

-- One stream per item (stream_id = items.id). Never updated or deleted: a trigger refuses both.
-- Holds categories, counts, offsets and keyed hashes of findings, never the raw values or text.
CREATE TABLE audit_log (
  position       bigserial PRIMARY KEY,
  stream_id      text NOT NULL,
  stream_version integer NOT NULL,
  type           text NOT NULL,
  data           jsonb NOT NULL DEFAULT '{}',
  correlation_id text NOT NULL,
  recorded_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (stream_id, stream_version)
);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
