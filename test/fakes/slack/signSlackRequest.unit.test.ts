import { describe, expect, it } from 'vitest';
import { signSlackRequest } from './signSlackRequest.ts';

// Slack's published example (CONTRACTS.md 1.2), also used by bolt-js's own tests.
const secret = '8f742231b10e8888abcd99yyyzzz85a5';
const timestamp = 1531420618;
const rawBody =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const expected = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';

describe('signSlackRequest', () => {
  it('matches the known-answer vector', () => {
    expect(signSlackRequest(secret, timestamp, rawBody)).toBe(expected);
  });

  it('gives the same answer for a string timestamp and a Buffer body', () => {
    expect(signSlackRequest(secret, String(timestamp), Buffer.from(rawBody, 'utf8'))).toBe(expected);
  });

  it('changes when a single body byte changes', () => {
    expect(signSlackRequest(secret, timestamp, `${rawBody} `)).not.toBe(expected);
  });

  it('changes with the timestamp, so a replayed body under a new timestamp needs a new signature', () => {
    expect(signSlackRequest(secret, timestamp + 1, rawBody)).not.toBe(expected);
  });
});
