import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSealer } from './sealing.ts';

describe('createSealer', () => {
  const sealer = createSealer(randomBytes(32));

  it('round-trips text and never stores it in the clear', () => {
    const sealed = sealer.seal('my SSN is 078-05-1120', 'Ev1');
    expect(sealed.toString('utf8')).not.toContain('078-05-1120');
    expect(sealer.open(sealed, 'Ev1')).toBe('my SSN is 078-05-1120');
  });

  it('refuses content moved to another item (associated data) or tampered with', () => {
    const sealed = sealer.seal('secret', 'Ev1');
    expect(() => sealer.open(sealed, 'Ev2')).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    expect(() => sealer.open(tampered, 'Ev1')).toThrow();
  });

  it('refuses another key', () => {
    expect(() => createSealer(randomBytes(32)).open(sealer.seal('x', 'a'), 'a')).toThrow();
  });

  it('fingerprints are stable per key and differ across keys', () => {
    expect(sealer.fingerprint('a@b.com')).toBe(sealer.fingerprint('a@b.com'));
    expect(createSealer(randomBytes(32)).fingerprint('a@b.com')).not.toBe(sealer.fingerprint('a@b.com'));
  });
});
