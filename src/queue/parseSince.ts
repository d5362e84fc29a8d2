import { AppError } from '../core/appError.ts';

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/**
 * `since` as operators type it: a duration back from now (`90s`, `30m`, `2h`, `7d`) or an ISO date
 * (`2025-06-01`, `2025-06-01T12:00:00Z`). Anything else is PARAMETERS_INVALID.
 */
export function parseSince(value: string, now: Date): Date {
  const duration = /^(\d{1,6})([smhd])$/.exec(value.trim());
  if (duration !== null) return new Date(now.getTime() - Number(duration[1]) * UNITS[duration[2]!]! * 1000);
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())) {
    const date = new Date(value.trim());
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new AppError('PARAMETERS_INVALID', `since: must be a duration (30m, 2h, 7d) or an ISO date, not ${JSON.stringify(value.slice(0, 40))}`);
}
