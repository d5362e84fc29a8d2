import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifySlackSignature } from './verifySlackSignature.ts';

// Slack's published example (contract §1.2), also used by bolt-js's tests.
const KAT = {
  signingSecret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: '1531420618',
  rawBody: Buffer.from(
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  ),
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};
const atKat = 1531420618 * 1000;

function codeOf(fn: () => void): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('verifySlackSignature', () => {
  it("accepts Slack's known-answer vector with the clock frozen at its timestamp", () => {
    expect(() => verifySlackSignature({ ...KAT, nowMs: atKat })).not.toThrow();
  });

  it('rejects the same request with a real clock as stale', () => {
    expect(codeOf(() => verifySlackSignature({ ...KAT, nowMs: Date.now() }))).toBe('SIGNATURE_STALE');
  });

  it('applies the 5-minute window in both directions, inclusive at 300 s', () => {
    expect(codeOf(() => verifySlackSignature({ ...KAT, nowMs: atKat + 300_000 }))).toBeUndefined();
    expect(codeOf(() => verifySlackSignature({ ...KAT, nowMs: atKat - 300_000 }))).toBeUndefined();
    expect(codeOf(() => verifySlackSignature({ ...KAT, nowMs: atKat + 301_000 }))).toBe('SIGNATURE_STALE');
    // A timestamp from the future: bolt-js lets it through, we do not.
    expect(codeOf(() => verifySlackSignature({ ...KAT, nowMs: atKat - 301_000 }))).toBe('SIGNATURE_STALE');
  });

  it('rejects a body changed by one byte', () => {
    const rawBody = Buffer.from(KAT.rawBody.toString().replace('foobar', 'foobaz'));
    expect(codeOf(() => verifySlackSignature({ ...KAT, rawBody, nowMs: atKat }))).toBe('SIGNATURE_INVALID');
  });

  it('rejects a wrong secret, an unknown version, a malformed hash, a non-numeric timestamp', () => {
    expect(codeOf(() => verifySlackSignature({ ...KAT, signingSecret: 'other', nowMs: atKat }))).toBe('SIGNATURE_INVALID');
    expect(codeOf(() => verifySlackSignature({ ...KAT, signature: KAT.signature.replace('v0=', 'v1='), nowMs: atKat }))).toBe('SIGNATURE_INVALID');
    expect(codeOf(() => verifySlackSignature({ ...KAT, signature: 'v0=abc', nowMs: atKat }))).toBe('SIGNATURE_INVALID');
    expect(codeOf(() => verifySlackSignature({ ...KAT, timestamp: '15314e6', nowMs: atKat }))).toBe('SIGNATURE_INVALID');
  });

  it('reports missing headers distinctly', () => {
    expect(codeOf(() => verifySlackSignature({ ...KAT, signature: undefined, nowMs: atKat }))).toBe('SIGNATURE_MISSING');
    expect(codeOf(() => verifySlackSignature({ ...KAT, timestamp: undefined, nowMs: atKat }))).toBe('SIGNATURE_MISSING');
  });

  it('verifies over raw bytes, so non-ASCII bodies are signed as sent', () => {
    const rawBody = Buffer.from('{"text":"Grüße, Zoë — ✓"}', 'utf8');
    const signature = `v0=${createHmac('sha256', 's3cret').update(`v0:${KAT.timestamp}:`).update(rawBody).digest('hex')}`;
    expect(codeOf(() => verifySlackSignature({ signingSecret: 's3cret', timestamp: KAT.timestamp, signature, rawBody, nowMs: atKat }))).toBeUndefined();
  });
});
