/**
 * Whether the bot token may be sent to `url`. The URL comes from the event payload, which anyone who
 * can post a message shapes (a file object in `files[]` is just JSON), so a token sent wherever the
 * payload points would be a token handed to whoever asks (CONTRACTS.md fact 11).
 *
 * `hosts` holds SLACK_FILE_HOSTS entries, lower case: a bare host (`files.slack.com`, optionally with
 * a port) matches only over https; an origin with a scheme (`http://127.0.0.1:3001`, the fake)
 * matches exactly. Sub-domains never match, and neither does a URL carrying credentials.
 */
export function isAllowedFileUrl(url: URL, hosts: readonly string[]): boolean {
  if (url.username !== '' || url.password !== '') return false;
  const origin = url.origin.toLowerCase();
  const host = url.host.toLowerCase();
  return hosts.some((entry) => (entry.includes('://') ? origin === entry : url.protocol === 'https:' && host === entry));
}
