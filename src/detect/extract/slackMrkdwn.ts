/**
 * Slack's `text` field is mrkdwn: `&`, `<` and `>` arrive escaped, and links, mentions and
 * broadcasts arrive as `<...>` tokens (a literal `<` is always escaped, so every `<` starts one).
 * Detection needs the text as the author saw it, and so does the DM that hands it back.
 *
 * Tokens are unwrapped first and entities decoded after, so a decoded `&lt;` can never be taken for
 * the start of a token. A labelled link keeps only its label, as Slack shows it: personal data in
 * the target behind a different label (`<mailto:a@b.com|write to me>`) is not in this text, so a
 * scan that must catch it also reads the link elements of the message's `blocks`.
 */
const TOKEN = /<([^<>]*)>/g;

export function slackMrkdwnToText(mrkdwn: string): string {
  return decodeEntities(mrkdwn.replace(TOKEN, (_token, inner: string) => renderToken(inner)));
}

function renderToken(inner: string): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  // An empty label ("<https://x|>") shows nothing useful; fall back to the target as Slack does.
  const label = bar === -1 || bar === inner.length - 1 ? undefined : inner.slice(bar + 1);

  switch (target.charAt(0)) {
    case '@':
      // <@U123> or <@U123|name>: a user mention.
      return `@${label ?? target.slice(1)}`;
    case '#':
      // <#C123|general>: a channel.
      return `#${label ?? target.slice(1)}`;
    case '!':
      return renderSpecial(target.slice(1), label);
    default:
      if (label !== undefined) return label;
      // <mailto:a@b.com> and <tel:+1555>: the address is what the author typed.
      return target.replace(/^(?:mailto|tel):/i, '');
  }
}

/** `<!here>`, `<!subteam^S1|@team>`, `<!date^1392734382^{date}|Feb 18, 2014>` and the like. */
function renderSpecial(command: string, label: string | undefined): string {
  const [name = '', id] = command.split('^');
  // A date's fallback is plain text; a user group's label already starts with "@".
  if (label !== undefined) return name === 'date' || label.startsWith('@') ? label : `@${label}`;
  if (name === 'subteam' && id !== undefined) return `@${id}`;
  return name === 'date' ? '' : `@${name}`;
}

function decodeEntities(text: string): string {
  // &amp; last: "&amp;lt;" is the author's literal "&lt;", not "<".
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
