/** Time as the rest of the code sees it, so tests can freeze or move it (signature windows, retries). */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export function fixedClock(epochMs: number): Clock & { set(ms: number): void; advance(ms: number): void } {
  let current = epochMs;
  return {
    now: () => current,
    set: (ms) => {
      current = ms;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
