import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runJobsCommand } from './jobsCommand.ts';
import { runQueuesCommand } from './queuesCommand.ts';

function io(env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer, _e, done) {
        append(chunk.toString());
        done();
      },
    });
  return {
    io: { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), env },
    out: () => stdout,
    err: () => stderr,
  };
}

/** Argument checks happen before any store is opened, so these need none. */
describe('jobs and queues commands: arguments', () => {
  it.each([
    [['retry'], /needs a job id, filters, or --all/],
    [['retry', '--all', '--queue', 'events'], /--all and filters do not go together/],
    [['list', '--state', 'sleeping'], /--state must be one of/],
    [['list', '--since', 'yesterday'], /--since: must be a duration/],
    [['list', '--limit', '0'], /--limit must be a whole number/],
    [['show'], /jobs show takes one job id/],
    [['list', '--bogus'], /Unknown option '--bogus'/],
    [['explode'], /unknown jobs command: explode/],
  ])('jobs %j exits 2 with CLI_ARGUMENTS_INVALID', async (args, message) => {
    const t = io();
    expect(await runJobsCommand(args, t.io)).toBe(2);
    expect(t.err()).toMatch(/^CLI_ARGUMENTS_INVALID: /);
    expect(t.err()).toMatch(message);
    expect(t.err()).toContain('Usage: pii-detector jobs');
  });

  it.each([
    [['scale', 'events', '0'], /whole number from 1 to 256/],
    [['scale', 'events'], /takes a queue name and a concurrency/],
    [['pause'], /takes one queue name/],
  ])('queues %j exits 2', async (args, message) => {
    const t = io();
    expect(await runQueuesCommand(args, t.io)).toBe(2);
    expect(t.err()).toMatch(message);
  });

  it('refuses the embedded store without --url or --direct, and --url without a token', async () => {
    const embedded = io({ DATA_DIR: '/nonexistent-piid' });
    expect(await runQueuesCommand(['list'], embedded.io)).toBe(2);
    expect(embedded.err()).toContain('--url http://127.0.0.1:3000');
    const noToken = io();
    expect(await runJobsCommand(['list', '--url', 'http://127.0.0.1:9'], noToken.io)).toBe(2);
    expect(noToken.err()).toContain('set ADMIN_API_TOKEN');
  });

  it('says ADMIN_API_UNREACHABLE (exit 1) when the service at --url does not answer', async () => {
    const t = io({ ADMIN_API_TOKEN: 'x'.repeat(24) });
    expect(await runJobsCommand(['list', '--url', 'http://127.0.0.1:9'], t.io)).toBe(1);
    expect(t.err()).toMatch(/^ADMIN_API_UNREACHABLE: /);
  });

  it('prints its usage for --help', async () => {
    const t = io();
    expect(await runJobsCommand(['--help'], t.io)).toBe(0);
    expect(t.out()).toContain('jobs retry <id>');
  });
});
