import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../core/appError.ts';
import { createConfiguredDetector } from './createConfiguredDetector.ts';

const EMAIL_TEXT = 'write to m.okafor@globex-mail.com';
const TEST_CARD = 'card 4242 4242 4242 4242';
const settings = { profile: 'chat', allowListPath: undefined, ignoreTestValues: undefined } as const;

describe('createConfiguredDetector', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'piid-allow-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('applies the allow-list file', async () => {
    const file = path.join(dir, 'allow.txt');
    await writeFile(file, '# shared mailbox\nm.okafor@globex-mail.com\n');
    expect(createConfiguredDetector(settings).detect(EMAIL_TEXT)).toHaveLength(1);
    expect(createConfiguredDetector({ ...settings, allowListPath: file }).detect(EMAIL_TEXT)).toEqual([]);
  });

  it('maps the ignored test-value groups onto the detector, other groups reported', () => {
    expect(createConfiguredDetector(settings).detect(TEST_CARD)).toEqual([]);
    expect(createConfiguredDetector({ ...settings, ignoreTestValues: ['phones'] }).detect(TEST_CARD)).toHaveLength(1);
    expect(createConfiguredDetector({ ...settings, ignoreTestValues: ['cards'] }).detect(TEST_CARD)).toEqual([]);
    expect(createConfiguredDetector({ ...settings, profile: 'strict' }).detect(TEST_CARD)).toHaveLength(1);
    expect(createConfiguredDetector({ ...settings, profile: 'strict', ignoreTestValues: true }).detect(TEST_CARD)).toEqual([]);
  });

  it('fails with CONFIG_INVALID naming the file and line', async () => {
    const bad = path.join(dir, 'bad.txt');
    await writeFile(bad, 'ok\n\n/[unclosed/\n');
    const errorOf = (allowListPath: string): unknown => {
      try {
        createConfiguredDetector({ ...settings, allowListPath });
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const badLine = errorOf(bad);
    expect(isAppError(badLine) && badLine.code).toBe('CONFIG_INVALID');
    expect((badLine as Error).message).toContain(`DETECTION_ALLOW_LIST: ${bad}:3: pattern /[unclosed/ does not compile`);
    const missing = errorOf(path.join(dir, 'missing.txt'));
    expect(isAppError(missing) && missing.code).toBe('CONFIG_INVALID');
    expect((missing as Error).message).toContain('ENOENT');
  });
});
