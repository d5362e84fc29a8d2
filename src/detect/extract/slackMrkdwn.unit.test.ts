import { describe, expect, it } from 'vitest';
import { slackMrkdwnToText } from './slackMrkdwn.ts';

describe('slackMrkdwnToText', () => {
  it.each([
    ['a labelled link', 'see <https://example.com/x?a=1|the doc>', 'see the doc'],
    ['a bare link', 'see <https://example.com/x>', 'see https://example.com/x'],
    ['an auto-linked e-mail', 'mail <mailto:a@b.com|a@b.com>', 'mail a@b.com'],
    ['a bare mailto', '<mailto:a@b.com>', 'a@b.com'],
    ['a phone link', 'call <tel:+15550100|+1 555 0100>', 'call +1 555 0100'],
    ['a bare phone link', '<tel:+15550100>', '+15550100'],
    ['a user mention', 'hi <@U123>', 'hi @U123'],
    ['a named user mention', 'hi <@U123|maria>', 'hi @maria'],
    ['a channel', 'in <#C123|general>', 'in #general'],
    ['a bare channel', 'in <#C123>', 'in #C123'],
    ['@here', '<!here> deploy', '@here deploy'],
    ['@channel', '<!channel>', '@channel'],
    ['an old-style @here', '<!here|here>', '@here'],
    ['a user group', 'ping <!subteam^S1|@team>', 'ping @team'],
    ['a date', 'on <!date^1392734382^{date_num}|2014-02-18>', 'on 2014-02-18'],
    ['an empty label', '<https://x.io|>', 'https://x.io'],
  ])('unwraps %s', (_what, mrkdwn, text) => {
    expect(slackMrkdwnToText(mrkdwn)).toBe(text);
  });

  it('decodes the three escaped characters', () => {
    expect(slackMrkdwnToText('a &lt; b &gt; c &amp; d')).toBe('a < b > c & d');
  });

  it('decodes &amp; last, so an escaped entity stays an entity', () => {
    expect(slackMrkdwnToText('write &amp;lt; for <')).toBe('write &lt; for <');
  });

  it('leaves other entities alone', () => {
    expect(slackMrkdwnToText('&quot;hi&quot; &#39;x&#39; &nbsp;')).toBe('&quot;hi&quot; &#39;x&#39; &nbsp;');
  });

  it('does not take a decoded &lt; for the start of a link', () => {
    expect(slackMrkdwnToText('&lt;https://x.io|label&gt;')).toBe('<https://x.io|label>');
  });

  it('decodes entities inside labels', () => {
    expect(slackMrkdwnToText('<https://x.io/?a=1&amp;b=2|Q&amp;A>')).toBe('Q&A');
  });

  it('turns the Slack contract example into what the author typed', () => {
    const mrkdwn =
      "Heads up, I'm travelling this week. Reach me at <mailto:m.okafor@example.com|m.okafor@example.com> or +1 (312) 555-0117 &amp; my SSN for the benefits portal is 078-05-1120";
    expect(slackMrkdwnToText(mrkdwn)).toBe(
      "Heads up, I'm travelling this week. Reach me at m.okafor@example.com or +1 (312) 555-0117 & my SSN for the benefits portal is 078-05-1120",
    );
  });
});
