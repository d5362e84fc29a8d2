import type { PgBoss } from 'pg-boss';
import { AppError } from '../core/appError.ts';
import type { Db } from '../store/db.ts';
import { insertReceivedItems, type NewItem } from '../store/projections/items.ts';
import type { Sealer } from '../store/sealing.ts';
import type { Logger } from '../telemetry/logger.ts';
import { QUEUES } from '../queue/queueNames.ts';
import type { SlackMessageRef } from './slack/classifySlackEvent.ts';

export interface ScanJobData {
  itemId: string;
}

export interface AcceptResult {
  itemId: string;
  /** True when this delivery's id was already stored: a platform retry, acknowledged without new work. */
  duplicate: boolean;
}

export interface Inbox {
  /** Resolves once the item and its scan job are committed; rejects with STORE_UNAVAILABLE otherwise. */
  accept(message: SlackMessageRef, delivery: { retryNum: number | null; retryReason: string | null }): Promise<AcceptResult>;
  /** Deliveries waiting for or inside a write, for shutdown and health. */
  pending(): number;
}

interface Waiting {
  item: NewItem;
  resolve(result: AcceptResult): void;
  reject(error: unknown): void;
}

const MAX_BATCH = 200;

/**
 * Makes accepted deliveries durable: item row + audit event + scan job, one transaction.
 *
 * Group commit: while a write is in flight, new deliveries wait and then go together in the next
 * write, so under load many requests share one commit (and one fsync) and at rest a request is
 * written at once, with no timer adding latency. PGlite has one connection, so it gets one writer;
 * a server gets a few.
 */
export function createInbox(options: { db: Db; boss: PgBoss; sealer: Sealer; logger: Logger }): Inbox {
  const { db, boss, sealer, logger } = options;
  const maxWriters = db.kind === 'pglite' ? 1 : 4;
  const waiting: Waiting[] = [];
  let writers = 0;
  let inFlight = 0;

  async function write(batch: Waiting[]): Promise<void> {
    // Slack fires its first retry at 3 s without waiting, so one id can appear twice in a batch; the
    // first is the delivery, the rest are duplicates of it.
    const first = new Map<string, Waiting>();
    for (const w of batch) if (!first.has(w.item.id)) first.set(w.item.id, w);
    const inserted = await db.transaction(async (tx) => {
      const ids = await insertReceivedItems(tx, [...first.values()].map((w) => w.item));
      if (ids.size > 0) {
        await boss.insert(QUEUES.events, [...ids].map((itemId) => ({ data: { itemId } satisfies ScanJobData })), { db: tx });
      }
      return ids;
    });
    for (const w of batch) {
      w.resolve({ itemId: w.item.id, duplicate: !(inserted.has(w.item.id) && first.get(w.item.id) === w) });
    }
  }

  async function drain(): Promise<void> {
    writers++;
    try {
      while (waiting.length > 0) {
        // One turn of the event loop first, so requests whose bytes have already arrived reach
        // accept() and join this batch. PGlite runs a whole transaction without giving the loop a
        // turn, so without this every delivery got a commit of its own; idle, it costs microseconds.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const batch = waiting.splice(0, MAX_BATCH);
        inFlight += batch.length;
        try {
          await write(batch);
        } catch (error) {
          logger.error({ err: error, batch: batch.length }, 'ingest write failed; deliveries not acknowledged');
          const failure = new AppError('STORE_UNAVAILABLE', undefined, { cause: error });
          for (const w of batch) w.reject(failure);
        } finally {
          inFlight -= batch.length;
        }
      }
    } finally {
      writers--;
    }
  }

  return {
    accept(message, delivery) {
      const item: NewItem = {
        id: message.eventId,
        source: 'slack',
        kind: message.kind,
        teamId: message.teamId,
        channelId: message.channelId,
        messageTs: message.messageTs,
        threadTs: message.threadTs,
        userId: message.userId,
        // File names and URLs can be personal data: they live in the sealed content, nowhere else.
        content: sealer.seal(
          JSON.stringify(message.files.length > 0 ? { text: message.text, files: message.files } : { text: message.text }),
          message.eventId,
        ),
        receivedData: {
          kind: message.kind,
          subtype: message.subtype,
          channelType: message.channelType,
          retryNum: delivery.retryNum,
          retryReason: delivery.retryReason,
          textLength: message.text.length,
          fileCount: message.files.length,
        },
      };
      return new Promise<AcceptResult>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        if (writers < maxWriters) void drain();
      });
    },
    pending: () => waiting.length + inFlight,
  };
}
