import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, STORE_KINDS, type TestStore } from '../../test/support/testStores.ts';
import { appendToStream, readStream } from './auditLog.ts';
import type { Db } from './db.ts';
import { migrate } from './migrate.ts';
import { getItem, insertReceivedItems, StaleItemError, transitionItem, type NewItem } from './projections/items.ts';

function newItem(id: string): NewItem {
  return {
    id,
    source: 'slack',
    kind: 'message',
    teamId: 'T1',
    channelId: 'C1',
    messageTs: '1714053201.004519',
    threadTs: null,
    userId: 'U1',
    content: Buffer.from([1, 2, 3]),
    receivedData: { retryNum: null },
  };
}

describe.each(STORE_KINDS)('store on %s', (kind) => {
  let store: TestStore;
  let db: Db;

  beforeAll(async () => {
    store = await createTestStore(kind);
    db = await store.open();
    await migrate(db);
  });
  afterAll(async () => {
    await db?.close();
    await store?.dispose();
  });

  it('migrates once and records each migration in the ledger', async () => {
    const again = await migrate(db);
    expect(again.applied).toEqual([]);
    const { rows } = await db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows[0]).toMatchObject({ version: 1, name: '0001_init' });
  });

  it('inserts a delivery once: the same id again is reported as not inserted', async () => {
    const first = await db.transaction((tx) => insertReceivedItems(tx, [newItem('EvA'), newItem('EvB')]));
    expect([...first].sort()).toEqual(['EvA', 'EvB']);
    const second = await db.transaction((tx) => insertReceivedItems(tx, [newItem('EvA'), newItem('EvC')]));
    expect([...second]).toEqual(['EvC']);
    const events = await readStream(db, 'EvA');
    expect(events.map((e) => [e.type, e.streamVersion, e.correlationId])).toEqual([['MessageReceived', 1, 'EvA']]);
  });

  it('moves status and appends its events together, and refuses a stale version', async () => {
    const item = await getItem(db, 'EvB');
    expect(item?.status).toBe('received');
    expect(Buffer.from(item?.content ?? [])).toEqual(Buffer.from([1, 2, 3]));
    await db.transaction((tx) =>
      transitionItem(tx, {
        id: 'EvB',
        fromVersion: 1,
        status: 'clean',
        dropContent: true,
        events: [{ type: 'MessageScanned', data: { result: 'clean' } }],
      }),
    );
    const after = await getItem(db, 'EvB');
    expect(after).toMatchObject({ status: 'clean', version: 2, content: null });
    await expect(
      db.transaction((tx) => transitionItem(tx, { id: 'EvB', fromVersion: 1, status: 'failed', events: [{ type: 'X', data: {} }] })),
    ).rejects.toBeInstanceOf(StaleItemError);
    // The failed transition left nothing behind.
    expect((await readStream(db, 'EvB')).map((e) => e.type)).toEqual(['MessageReceived', 'MessageScanned']);
  });

  it('rolls the whole transaction back when the audit append collides', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`UPDATE items SET reason = 'should vanish' WHERE id = 'EvC'`);
        await appendToStream(tx, 'EvC', 0, [{ type: 'Duplicate', data: {} }]);
      }),
    ).rejects.toThrow();
    expect((await getItem(db, 'EvC'))?.reason).toBeNull();
  });

  it('keeps the audit log append-only', async () => {
    await expect(db.query(`UPDATE audit_log SET type = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    expect((await readStream(db, 'EvA')).length).toBe(1);
  });
});
