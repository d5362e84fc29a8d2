import { describe, expect, it } from 'vitest';
import { loadSlackFixture } from '../../../test/fixtures/slack/loadSlackFixture.ts';
import { unknownIdentity, type SlackIdentity } from '../../core/slackIdentity.ts';
import { classifySlackEvent } from './classifySlackEvent.ts';

const us: SlackIdentity = { botUserId: 'U0LAN0Z89', botId: 'B0LAN0Z7Q', appId: 'A0KRD7HC3' };

describe('classifySlackEvent', () => {
  it('answers url_verification with its challenge', () => {
    const decision = classifySlackEvent({ token: 't', challenge: 'abc123', type: 'url_verification' }, us);
    expect(decision).toEqual({ kind: 'url_verification', challenge: 'abc123' });
  });

  it('takes a plain message: where, who, and its raw mrkdwn text', () => {
    const decision = classifySlackEvent(loadSlackFixture('plain-message-with-pii'), us);
    expect(decision.kind).toBe('message');
    if (decision.kind !== 'message') return;
    expect(decision.message).toMatchObject({
      eventId: 'Ev06D2AW2T3R',
      kind: 'message',
      teamId: 'T024BE7LD',
      channelId: 'C0G9QF9GW',
      messageTs: '1714053201.004519',
      userId: 'U2147483697',
      threadTs: null,
    });
    expect(decision.message.text).toContain('<mailto:m.okafor@example.com|m.okafor@example.com>');
  });

  it('targets the reply itself in a thread, not its parent', () => {
    const decision = classifySlackEvent(loadSlackFixture('thread-reply-private-channel'), us);
    expect(decision.kind === 'message' && decision.message).toMatchObject({
      messageTs: '1714055012.118209',
      threadTs: '1714054800.552601',
      channelType: 'group',
    });
  });

  it('scans an edit as the new text and targets message.ts and message.user', () => {
    const decision = classifySlackEvent(loadSlackFixture('edit-introducing-pii'), us);
    expect(decision.kind === 'message' && decision.message).toMatchObject({
      kind: 'edit',
      messageTs: '1714057321.093119',
      userId: 'U2147483697',
      text: 'Send the reimbursement to IBAN DE89 3704 0044 0532 0130 00 please',
    });
  });

  it('ignores a message_changed that is not an edit (unfurl) and a tombstone', () => {
    const unfurl = loadSlackFixture('edit-introducing-pii');
    delete unfurl.event.message.edited;
    expect(classifySlackEvent(unfurl, us)).toMatchObject({ kind: 'ignore', reason: 'not_an_edit' });
    const tombstone = loadSlackFixture('edit-introducing-pii');
    tombstone.event.message.subtype = 'tombstone';
    tombstone.event.message.user = 'USLACKBOT';
    expect(classifySlackEvent(tombstone, us)).toMatchObject({ kind: 'ignore', reason: 'tombstone' });
  });

  it('ignores our own DM echo, even before auth.test has told us who we are', () => {
    expect(classifySlackEvent(loadSlackFixture('own-dm-echo'), us)).toMatchObject({ kind: 'ignore', reason: 'own_message' });
    expect(classifySlackEvent(loadSlackFixture('own-dm-echo'), unknownIdentity)).toMatchObject({ kind: 'ignore', reason: 'own_message' });
  });

  it('ignores our own edit of our own message', () => {
    const edit = loadSlackFixture('edit-introducing-pii');
    edit.event.message.user = us.botUserId;
    expect(classifySlackEvent(edit, us)).toMatchObject({ kind: 'ignore', reason: 'own_message' });
  });

  it.each(['channel_join', 'channel_topic', 'message_deleted', 'message_replied', 'ekm_access_denied'])('ignores the contentless subtype %s', (subtype) => {
    const event = loadSlackFixture('plain-message-with-pii');
    event.event.subtype = subtype;
    expect(classifySlackEvent(event, us)).toMatchObject({ kind: 'ignore', reason: `subtype:${subtype}` });
  });

  it.each(['thread_broadcast', 'me_message', 'file_share'])('scans the subtype %s like a plain message', (subtype) => {
    const event = loadSlackFixture('plain-message-with-pii');
    event.event.subtype = subtype;
    expect(classifySlackEvent(event, us).kind).toBe('message');
  });

  it('ignores other event types and empty text', () => {
    const mention = loadSlackFixture('plain-message-with-pii');
    mention.event.type = 'app_mention';
    expect(classifySlackEvent(mention, us)).toMatchObject({ kind: 'ignore', reason: 'event_type:app_mention' });
    const empty = loadSlackFixture('plain-message-with-pii');
    empty.event.text = '  ';
    expect(classifySlackEvent(empty, us)).toMatchObject({ kind: 'ignore', reason: 'no_text' });
  });

  it('rejects bodies of the wrong shape with BODY_MALFORMED', () => {
    for (const body of [null, [], 'text', { type: 'event_callback' }, { type: 'event_callback', event_id: 'Ev1', event: {} }, { type: 'nope' }]) {
      expect(() => classifySlackEvent(body, us), JSON.stringify(body)).toThrow(expect.objectContaining({ code: 'BODY_MALFORMED' }));
    }
    const noTs = loadSlackFixture('plain-message-with-pii');
    delete noTs.event.ts;
    expect(() => classifySlackEvent(noTs, us)).toThrow(expect.objectContaining({ code: 'BODY_MALFORMED' }));
  });
});
