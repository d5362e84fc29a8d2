import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../src/main.ts';
import { readStream } from '../../src/store/auditLog.ts';
import { SEED, startFakeSlack, type FakeSlack } from '../fakes/slack/fakeSlack.ts';
import { makePdf } from '../fixtures/files/makePdf.ts';
import { makeZip } from '../fixtures/files/makeZip.ts';
import { testConfig } from '../support/testConfig.ts';
import { createTestStore, type TestStore } from '../support/testStores.ts';
import { isFinal, waitForItem } from '../support/waitForItem.ts';

/** A Word package whose one part unpacks to 120 MB of spaces: about 120 KB on the wire. */
function zipBombDocx(): Buffer {
  const type = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
  return makeZip([
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${type}"/></Types>`,
    },
    { name: 'word/document.xml', data: Buffer.alloc(120 * 1024 * 1024, 0x20) },
  ]);
}

/** A PNG whose header claims 100,000 × 100,000 pixels (40 GB decoded), with almost no data behind it. */
function hugeDimensionPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(100_000, 0);
  header.writeUInt32BE(100_000, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Files built to explode, shared in Slack the ordinary way (the fake's file host serves them to the
 * bot token): each must end as a recorded "could not scan" outcome, within the extraction limits
 * (src/detect/extract/extractLimits.ts), and the service must go on as before.
 */
describe('files built to explode, through the Slack file path', () => {
  let fake: FakeSlack;
  let store: TestStore;
  let service: Service;

  beforeAll(async () => {
    fake = await startFakeSlack({ signingSecret: 'test-signing-secret' });
    store = await createTestStore('postgres');
    service = await createService(
      testConfig({
        DATABASE_URL: store.databaseUrl,
        DATA_DIR: store.dataDir,
        SLACK_API_URL: fake.apiUrl,
        SLACK_BOT_TOKEN: fake.identity.botToken,
        SLACK_ADMIN_TOKEN: fake.identity.adminToken,
        SLACK_FILE_HOSTS: fake.url,
      }),
    );
    fake.setEventsUrl(`${await service.listen()}/slack/events`);
  });

  afterAll(async () => {
    await service?.stop();
    await fake?.close();
    await store?.dispose();
  });

  it('records a zip-bomb DOCX, a PDF of 5,000 pages and a 100,000 × 100,000 image as not scanned, and leaves the message alone', { timeout: 60_000 }, async () => {
    const pdf = makePdf(Array.from({ length: 5_000 }, (_, i) => [`page ${i + 1}`]));
    const { files, delivery } = await fake.postFileMessage({
      channel: SEED.channels.general,
      user: SEED.users.maya,
      text: 'Quarterly pack attached',
      files: [
        { name: 'report.docx', content: zipBombDocx() },
        { name: 'minutes.pdf', content: pdf },
        { name: 'poster.png', content: hugeDimensionPng() },
      ],
    });
    expect(delivery.status).toBe(200);
    const item = await waitForItem(service, delivery.eventId, isFinal);
    // Nothing readable had PII, and the files that could not be read are said to be so.
    expect(item).toMatchObject({ status: 'clean', reason: 'files_not_scanned' });

    const scanned = (await readStream(service.db, delivery.eventId)).find((e) => e.type === 'MessageScanned')?.data as { files: Array<Record<string, unknown>> };
    const byId = new Map(scanned.files.map((f) => [f.fileId, f]));
    const [docx, pdfFile, png] = files.map((f) => byId.get(f.id));
    expect(docx).toMatchObject({ outcome: 'too_large', reason: 'FILE_TOO_LARGE', detail: 'extraction' });
    expect(pdfFile).toMatchObject({ outcome: 'unreadable', reason: 'too_many_pages', format: 'pdf' });
    expect(png).toMatchObject({ outcome: 'too_large', reason: 'FILE_TOO_LARGE', detail: 'extraction' });
    // Each was downloaded once, and nothing was deleted.
    expect(fake.downloads.map((d) => d.fileId).sort()).toEqual(files.map((f) => f.id).sort());
    expect(fake.callsTo('chat.delete')).toEqual([]);
    expect(fake.callsTo('files.delete')).toEqual([]);

    const health = await service.app.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
  });
});
