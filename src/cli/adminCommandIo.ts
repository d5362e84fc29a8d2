import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { Writable } from 'node:stream';
import { AppError, isAppError } from '../core/appError.ts';
import { openAdminTarget, type AdminTarget } from './adminTarget.ts';

export interface AdminIo {
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
}

/** Flags every jobs/queues command takes. */
export const TARGET_OPTIONS = {
  url: { type: 'string' },
  direct: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export const TARGET_USAGE = `Where it acts:
  --url <origin>      a running service's admin API (or PII_DETECTOR_URL), with ADMIN_API_TOKEN
                      set; the way to reach the embedded store while the service runs
  (default)           the store in DATABASE_URL, directly
  --direct            open the embedded store (DATA_DIR) directly: only while the service is stopped
  --json              print JSON instead of a table
`;

/**
 * Runs one admin command: parses strictly (a typo is exit 2 with the usage, never a silent
 * default), opens the target, prints, closes. AppErrors print `CODE: message` and exit 1.
 */
export async function runAdminCommand(
  argv: readonly string[],
  io: AdminIo,
  usage: string,
  options: ParseArgsOptionsConfig,
  body: (parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] }, target: () => Promise<AdminTarget>) => Promise<number>,
): Promise<number> {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: { ...TARGET_OPTIONS, ...options }, allowPositionals: true, strict: true }) as never;
  } catch (error) {
    io.stderr.write(`CLI_ARGUMENTS_INVALID: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (parsed.values.help === true) {
    io.stdout.write(usage);
    return 0;
  }
  let target: AdminTarget | undefined;
  try {
    return await body(parsed, async () => {
      target = await openAdminTarget({ url: parsed.values.url as string | undefined, direct: parsed.values.direct === true, env: io.env });
      return target;
    });
  } catch (error) {
    if (isAppError(error)) {
      io.stderr.write(`${error.code}: ${error.message}\n${error.code === 'CLI_ARGUMENTS_INVALID' ? `\n${usage}` : ''}`);
      return error.code === 'CLI_ARGUMENTS_INVALID' ? 2 : 1;
    }
    throw error;
  } finally {
    await target?.close();
  }
}

export function usageError(message: string): AppError {
  return new AppError('CLI_ARGUMENTS_INVALID', message);
}
