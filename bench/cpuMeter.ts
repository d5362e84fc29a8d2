import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Db } from '../src/store/db.ts';

/**
 * Where the CPU went during a measurement, to say what limits a number and whether something else
 * on the (shared) machine took a share: this process (the server under test, with PGlite inside
 * it when embedded), the PostgreSQL backends serving its database, the helper process (load
 * generator or fake Slack, which reports its own), and everything else. Each is % of one core.
 * Read from /proc; elsewhere the shares that need it are NaN.
 */
export interface CpuShares {
  self: number;
  postgres: number;
  /** The load generator or the fake Slack, as it reported. */
  helper: number;
  /** The rest of the machine: other processes, other sessions, Postgres's shared background work. */
  other: number;
  /** Busy share of all cores together (100 = every core busy the whole time). */
  machine: number;
}

const TICKS_PER_SECOND = 100;

/** The backends connected to the service's database (its pool and pg-boss's), for `startCpuMeter`. */
export async function postgresBackends(db: Db): Promise<number[]> {
  if (db.kind !== 'postgres') return [];
  const { rows } = await db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
  return rows.map((r) => r.pid);
}

/** Starts a window; call the result with the CPU time the helper used in it to close the window. */
export function startCpuMeter(postgresPids: readonly number[]): (helperCpuMs: number) => CpuShares {
  const cores = cpus().length;
  const started = performance.now();
  const self = process.cpuUsage();
  const postgres = processTicks(postgresPids);
  const postgresMs = () => {
    let ticks = 0;
    for (const [pid, now] of processTicks(postgresPids)) ticks += now - (postgres.get(pid) ?? now);
    return ticks * (1000 / TICKS_PER_SECOND);
  };
  const machine = machineTicks();
  return (helperCpuMs) => {
    const wallMs = performance.now() - started;
    const used = process.cpuUsage(self);
    const machineNow = machineTicks();
    const busy = machineNow.busy - machine.busy;
    const total = busy + machineNow.idle - machine.idle;
    const shares = {
      self: ((used.user + used.system) / 1000 / wallMs) * 100,
      postgres: (postgresMs() / wallMs) * 100,
      helper: (helperCpuMs / wallMs) * 100,
      machine: total > 0 ? (busy / total) * 100 : Number.NaN,
    };
    return { ...shares, other: Math.max(0, shares.machine * cores - shares.self - shares.postgres - shares.helper) };
  };
}

/** CPU ticks used so far per process; a process that is gone (or no /proc) is left out. */
function processTicks(pids: readonly number[]): Map<number, number> {
  const ticks = new Map<number, number>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // After "pid (comm) ": state is field 3, utime field 14, stime field 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // Gone: a backend that ended.
    }
  }
  return ticks;
}

function machineTicks(): { busy: number; idle: number } {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const n = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const idle = (n[3] ?? 0) + (n[4] ?? 0);
    return { busy: n.reduce((a, b) => a + b, 0) - idle, idle };
  } catch {
    return { busy: Number.NaN, idle: Number.NaN };
  }
}
