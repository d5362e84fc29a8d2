import { appendFirstEvents, appendToStream, type AuditEvent } from '../auditLog.ts';
import type { Queryable } from '../db.ts';

export type ItemStatus = 'received' | 'clean' | 'pii_found' | 'deleted' | 'notified' | 'failed';
export const FINAL_STATUSES: readonly ItemStatus[] = ['clean', 'notified', 'failed'];

export interface NewItem {
  id: string;
  source: 'slack';
  kind: 'message' | 'edit';
  teamId: string | null;
  channelId: string;
  messageTs: string;
  threadTs: string | null;
  userId: string | null;
  /** Already sealed with the item id as associated data. */
  content: Buffer;
  /** What MessageReceived records about the delivery (retry number, subtype…); no content. */
  receivedData: Record<string, unknown>;
}

export interface Item {
  id: string;
  source: string;
  kind: 'message' | 'edit';
  teamId: string | null;
  channelId: string;
  messageTs: string;
  threadTs: string | null;
  userId: string | null;
  status: ItemStatus;
  reason: string | null;
  labels: string[];
  findingCount: number;
  version: number;
  content: Uint8Array | null;
  receivedAt: Date;
  updatedAt: Date;
}

const COLUMNS = 10;

/**
 * Inserts new items with status `received` and their first audit event. Ids already present are
 * skipped (a retried delivery), and only the ids actually inserted are returned, so the caller
 * queues work for those alone.
 */
export async function insertReceivedItems(tx: Queryable, items: readonly NewItem[]): Promise<Set<string>> {
  if (items.length === 0) return new Set();
  const values: unknown[] = [];
  const rows = items.map((item, i) => {
    values.push(item.id, item.source, item.kind, item.teamId, item.channelId, item.messageTs, item.threadTs, item.userId, item.content, 'received');
    const p = i * COLUMNS;
    return `(${Array.from({ length: COLUMNS }, (_, k) => `$${p + k + 1}`).join(', ')}, 1)`;
  });
  const { rows: inserted } = await tx.query<{ id: string }>(
    `INSERT INTO items (id, source, kind, team_id, channel_id, message_ts, thread_ts, user_id, content, status, version)
     VALUES ${rows.join(', ')}
     ON CONFLICT (id) DO NOTHING
     RETURNING id`,
    values,
  );
  const ids = new Set(inserted.map((r) => r.id));
  // One statement for the whole batch's first audit events: a round trip per item was what bounded
  // ingest on a server (docs/benchmarks.md).
  await appendFirstEvents(
    tx,
    items.filter((item) => ids.has(item.id)).map((item) => ({ streamId: item.id, event: { type: 'MessageReceived', data: item.receivedData } })),
  );
  return ids;
}

export async function getItem(db: Queryable, id: string): Promise<Item | null> {
  const { rows } = await db.query<Record<string, unknown>>('SELECT * FROM items WHERE id = $1', [id]);
  const r = rows[0];
  if (r === undefined) return null;
  return {
    id: r.id as string,
    source: r.source as string,
    kind: r.kind as Item['kind'],
    teamId: r.team_id as string | null,
    channelId: r.channel_id as string,
    messageTs: r.message_ts as string,
    threadTs: r.thread_ts as string | null,
    userId: r.user_id as string | null,
    status: r.status as ItemStatus,
    reason: r.reason as string | null,
    labels: r.labels as string[],
    findingCount: r.finding_count as number,
    version: r.version as number,
    content: (r.content as Uint8Array | null) ?? null,
    receivedAt: new Date(r.received_at as string),
    updatedAt: new Date(r.updated_at as string),
  };
}

export class StaleItemError extends Error {
  constructor(id: string, expected: number) {
    super(`Item ${id} changed since version ${expected}`);
    this.name = 'StaleItemError';
  }
}

export interface Transition {
  id: string;
  /** The version the caller read; the update applies only if nobody moved the item since. */
  fromVersion: number;
  status: ItemStatus;
  reason?: string | null;
  labels?: string[];
  findingCount?: number;
  /** Final items lose their sealed content. */
  dropContent?: boolean;
  /** Replaces the sealed content (already sealed with the item id), for what a later step needs; ignored with `dropContent`. */
  content?: Buffer;
  events: readonly AuditEvent[];
}

/** Moves an item to a new status and appends the events that explain why, as one unit. */
export async function transitionItem(tx: Queryable, t: Transition): Promise<number> {
  const version = t.fromVersion + t.events.length;
  const { rows } = await tx.query(
    `UPDATE items SET
       status = $3,
       reason = COALESCE($4, reason),
       labels = COALESCE($5, labels),
       finding_count = COALESCE($6, finding_count),
       content = CASE WHEN $7 THEN NULL ELSE COALESCE($9::bytea, content) END,
       version = $8,
       updated_at = now()
     WHERE id = $1 AND version = $2
     RETURNING id`,
    [t.id, t.fromVersion, t.status, t.reason ?? null, t.labels ?? null, t.findingCount ?? null, t.dropContent === true, version, t.content ?? null],
  );
  if (rows.length === 0) throw new StaleItemError(t.id, t.fromVersion);
  await appendToStream(tx, t.id, t.fromVersion, t.events);
  return version;
}
