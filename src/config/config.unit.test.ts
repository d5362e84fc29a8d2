import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

function messageOf(fn: () => unknown): string {
  try {
    fn();
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('loadConfig', () => {
  it('starts with no variables at all: embedded store, port 3000, Slack unconfigured', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe('./data');
    expect(config.slack.botToken).toBeUndefined();
    expect(config.slack.apiUrl).toBe('https://slack.com/api/');
    expect(Object.isFrozen(config.slack)).toBe(true);
  });

  it('names every bad variable and what is wrong, all at once', () => {
    const message = messageOf(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', SLACK_BOT_TOKEN: 'xoxp-123' }));
    expect(message).toMatch(/PORT: .*"abc"/);
    expect(message).toMatch(/LOG_LEVEL: /);
    expect(message).toMatch(/SLACK_BOT_TOKEN: must be a bot token/);
  });

  it('never echoes a secret value back in an error', () => {
    const message = messageOf(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxp-very-secret-value', ENCRYPTION_KEY: 'short-secret' }));
    expect(message).toMatch(/ENCRYPTION_KEY: must be 32 bytes/);
    expect(message).not.toContain('very-secret');
    expect(message).not.toContain('short-secret');
  });

  it('requires ENCRYPTION_KEY with a server database', () => {
    expect(messageOf(() => loadConfig({ DATABASE_URL: 'postgres://localhost/x' }))).toMatch(/ENCRYPTION_KEY: required when DATABASE_URL is set/);
    expect(messageOf(() => loadConfig({ DATABASE_URL: 'mysql://localhost/x' }))).toMatch(/DATABASE_URL: must be a postgres/);
  });

  it('treats empty variables as unset and appends the slash SLACK_API_URL needs', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: '', DATABASE_URL: '', SLACK_API_URL: 'http://127.0.0.1:3001/api' });
    expect(config.slack.botToken).toBeUndefined();
    expect(config.databaseUrl).toBeUndefined();
    expect(config.slack.apiUrl).toBe('http://127.0.0.1:3001/api/');
  });

  it('sends file downloads only to files.slack.com by default, and reads other hosts and limits', () => {
    expect(loadConfig({}).slack.files).toEqual({ hosts: ['files.slack.com'], maxBytes: 25 * 1024 * 1024, timeoutMs: 30_000 });
    expect(loadConfig({ SLACK_FILE_HOSTS: '' }).slack.files.hosts).toEqual(['files.slack.com']);
    const custom = loadConfig({ SLACK_FILE_HOSTS: 'files.slack.com, HTTP://127.0.0.1:3001/', SLACK_FILE_MAX_BYTES: '1024', SLACK_FILE_TIMEOUT_SECONDS: '5' });
    expect(custom.slack.files).toEqual({ hosts: ['files.slack.com', 'http://127.0.0.1:3001'], maxBytes: 1024, timeoutMs: 5000 });
  });

  it('refuses file hosts that are paths, wildcards or carry credentials', () => {
    for (const hosts of ['files.slack.com/path', '*.slack.com', 'https://user:pw@files.slack.com', 'ftp://files.slack.com', 'http://127.0.0.1:3001/x']) {
      expect(messageOf(() => loadConfig({ SLACK_FILE_HOSTS: hosts })), hosts).toMatch(/SLACK_FILE_HOSTS: must be a comma-separated list/);
    }
  });
});
