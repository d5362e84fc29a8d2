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

  it('keeps what the scan needs of each file of a file_share (contract Example D)', () => {
    const decision = classifySlackEvent(loadSlackFixture('file-share-snippet'), us);
    expect(decision.kind === 'message' && decision.message).toMatchObject({
      subtype: 'file_share',
      messageTs: '1714060107.339829',
      text: 'Payroll export for Q2, please check',
      files: [
        {
          id: 'F06QX1B7J3K',
          mode: 'snippet',
          fileAccess: 'visible',
          mimetype: 'text/csv',
          filetype: 'csv',
          name: 'payroll-q2.csv',
          size: 1482,
          urlPrivateDownload: 'https://files.slack.com/files-pri/T024BE7LD-F06QX1B7J3K/download/payroll-q2.csv',
          urlPrivate: 'https://files.slack.com/files-pri/T024BE7LD-F06QX1B7J3K/payroll-q2.csv',
          userId: 'U2147483697',
        },
      ],
    });
    // The snippet's preview and the rest of the object are not kept.
    expect(JSON.stringify(decision)).not.toContain('sam.ortiz');
  });

  it('does not drop a file shared without a comment, and keeps a Slack Connect stub as it is', () => {
    const body = loadSlackFixture('file-share-snippet');
    body.event.text = '';
    body.event.files = [{ id: 'F12345678', mode: 'file_access', file_access: 'check_file_info', created: 0, timestamp: 0, user: '' }];
    const decision = classifySlackEvent(body, us);
    expect(decision.kind === 'message' && decision.message.files).toEqual([
      { id: 'F12345678', mode: 'file_access', fileAccess: 'check_file_info', mimetype: null, filetype: null, name: null, size: null, urlPrivateDownload: null, urlPrivate: null, userId: null },
    ]);
  });

  it('skips file entries it cannot use instead of refusing the event', () => {
    const body = loadSlackFixture('file-share-snippet');
    body.event.files = ['nonsense', { name: 'no-id.txt' }, { id: 'F1', size: 'big' }, ...body.event.files];
    const decision = classifySlackEvent(body, us);
    expect(decision.kind === 'message' && decision.message.files.map((f) => f.id)).toEqual(['F06QX1B7J3K']);
    body.event.text = '';
    body.event.files = [{ name: 'no-id.txt' }];
    expect(classifySlackEvent(body, us)).toMatchObject({ kind: 'ignore', reason: 'no_text' });
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
    // Found by the hostile-input property test: a message field of the wrong type was a 500.
    const numericThread = { type: 'event_callback', event_id: ' ', event: { type: 'message', thread_ts: 0 } };
    expect(() => classifySlackEvent(numericThread, us)).toThrow(expect.objectContaining({ code: 'BODY_MALFORMED' }));
  });
});
