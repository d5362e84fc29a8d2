import type { Queryable } from './db.ts';

export interface AuditEvent {
  type: string;
  /** Categories, counts, offsets, fingerprints: never raw PII, message text or tokens. */
  data: Record<string, unknown>;
}

export interface RecordedAuditEvent extends AuditEvent {
  position: number;
  streamId: string;
  streamVersion: number;
  correlationId: string;
  recordedAt: Date;
}

/**
 * Appends events to one item's stream at `fromVersion + 1 …`. The unique (stream, version) pair
 * makes a concurrent second writer fail instead of interleaving; callers pair this with the
 * projection's version check in the same transaction.
 */
export async function appendToStream(
  tx: Queryable,
  streamId: string,
  fromVersion: number,
  events: readonly AuditEvent[],
  correlationId: string = streamId,
): Promise<number> {
  if (events.length === 0) return fromVersion;
  const values: unknown[] = [];
  const rows = events.map((event, i) => {
    values.push(streamId, fromVersion + i + 1, event.type, JSON.stringify(event.data), correlationId);
    const p = i * 5;
    return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}::jsonb, $${p + 5})`;
  });
  await tx.query(
    `INSERT INTO audit_log (stream_id, stream_version, type, data, correlation_id) VALUES ${rows.join(', ')}`,
    values,
  );
  return fromVersion + events.length;
}

/** Opens many new streams at once, each with its first event (version 1), in one statement. */
export async function appendFirstEvents(tx: Queryable, entries: ReadonlyArray<{ streamId: string; event: AuditEvent }>): Promise<void> {
  if (entries.length === 0) return;
  const values: unknown[] = [];
  const rows = entries.map(({ streamId, event }, i) => {
    values.push(streamId, event.type, JSON.stringify(event.data));
    const p = i * 3;
    return `($${p + 1}, 1, $${p + 2}, $${p + 3}::jsonb, $${p + 1})`;
  });
  await tx.query(`INSERT INTO audit_log (stream_id, stream_version, type, data, correlation_id) VALUES ${rows.join(', ')}`, values);
}

export async function readStream(db: Queryable, streamId: string): Promise<RecordedAuditEvent[]> {
  const { rows } = await db.query<{
    position: number;
    stream_id: string;
    stream_version: number;
    type: string;
    data: Record<string, unknown>;
    correlation_id: string;
    recorded_at: Date;
  }>(
    'SELECT position, stream_id, stream_version, type, data, correlation_id, recorded_at FROM audit_log WHERE stream_id = $1 ORDER BY stream_version',
    [streamId],
  );
  return rows.map((r) => ({
    position: Number(r.position),
    streamId: r.stream_id,
    streamVersion: r.stream_version,
    type: r.type,
    data: r.data,
    correlationId: r.correlation_id,
    recordedAt: new Date(r.recorded_at),
  }));
}
