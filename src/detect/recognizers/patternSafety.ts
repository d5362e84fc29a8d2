interface Frame {
  /** This group is a lookahead or lookbehind: zero-width, not an atom of its parent. */
  lookaround: boolean;
  /** A lookbehind comes before the first consuming atom, so a scan cannot restart inside a run. */
  guardedStart: boolean;
  /** The group contains a quantifier whose count can vary (`*`, `+`, `?`, `{n,m}`, `{n,}`). */
  variable: boolean;
  /** The group contains an unbounded quantifier (`*`, `+`, `{n,}`). */
  unbounded: boolean;
  /** Consuming atoms so far in the current alternative. */
  atoms: number;
  /** Index (in `atoms`) of the last atom quantified without bound, or -2. */
  lastUnbounded: number;
}

interface Quantifier {
  length: number;
  min: number;
  max: number;
}

/**
 * Reasons a pattern could backtrack catastrophically, read from the structure of its source; an
 * empty list when there are none. Conservative by design: it rejects shapes that are not always
 * slow but can be, so the recognizers stay in a subset that runs in linear time.
 * - a group holding a variable-count quantifier, itself repeated without bound (`(\d{1,3})+`,
 *   `(a+)*`), or holding an unbounded quantifier and repeated at all: exponential;
 * - two unbounded quantifiers in a row (`\w+\d+`): quadratic per attempt;
 * - a top-level alternative that starts with an unbounded quantifier and no lookbehind before it:
 *   each of the n start positions in a run rescans the rest of it, quadratic over the text.
 * Ambiguous alternation (`(a|ab)*`) is not read, but the first rule rejects its dangerous repeats
 * unless every branch has a fixed length.
 */
export function backtrackingRisks(pattern: RegExp): string[] {
  const source = pattern.source;
  const risks: string[] = [];
  const stack: Frame[] = [newFrame(false)];
  let i = 0;
  while (i < source.length) {
    const ch = source.charAt(i);
    const frame = stack[stack.length - 1] ?? newFrame(false);
    let atomEnd = i + 1;
    let closed: Frame | undefined;
    if (ch === '(') {
      const lookbehind = source.startsWith('(?<=', i) || source.startsWith('(?<!', i);
      const lookahead = source.startsWith('(?=', i) || source.startsWith('(?!', i);
      if (lookbehind && frame.atoms === 0) frame.guardedStart = true;
      stack.push(newFrame(lookbehind || lookahead));
      i = groupBodyStart(source, i);
      continue;
    }
    if (ch === '|') {
      frame.atoms = 0;
      frame.lastUnbounded = -2;
      frame.guardedStart = false;
      i++;
      continue;
    }
    if (ch === '^' || ch === '$') {
      i++;
      continue;
    }
    if (ch === '\\') atomEnd = escapeEnd(source, i);
    else if (ch === '[') atomEnd = classEnd(source, i);
    else if (ch === ')') {
      closed = stack.pop();
      const parent = stack[stack.length - 1];
      if (parent && closed && !closed.lookaround) {
        parent.variable ||= closed.variable;
        parent.unbounded ||= closed.unbounded;
      }
    }
    const target = stack[stack.length - 1] ?? newFrame(false);
    if (closed?.lookaround) {
      i = atomEnd;
      continue;
    }
    const quantifier = readQuantifier(source, atomEnd);
    if (quantifier) {
      const unbounded = quantifier.max === Infinity;
      if (closed && unbounded && closed.variable) risks.push(`repeated group with a variable count inside, at ${i}`);
      if (closed && quantifier.max > 1 && closed.unbounded) risks.push(`unbounded quantifier in a repeated group, at ${i}`);
      if (unbounded) {
        if (target.atoms > 0 && target.lastUnbounded === target.atoms - 1) {
          risks.push(`two unbounded quantifiers in a row, at ${i}`);
        }
        if (stack.every((f) => f.atoms === 0) && !stack.some((f) => f.guardedStart)) {
          risks.push(`leading unbounded quantifier without a lookbehind, at ${i}`);
        }
        target.lastUnbounded = target.atoms;
        target.unbounded = true;
      }
      if (quantifier.min !== quantifier.max) target.variable = true;
      atomEnd += quantifier.length;
    }
    target.atoms++;
    i = atomEnd;
  }
  return risks;
}

function newFrame(lookaround: boolean): Frame {
  return { lookaround, guardedStart: false, variable: false, unbounded: false, atoms: 0, lastUnbounded: -2 };
}

function escapeEnd(source: string, i: number): number {
  const next = source.charAt(i + 1);
  if ((next === 'p' || next === 'P' || next === 'u') && source.charAt(i + 2) === '{') return source.indexOf('}', i) + 1;
  if (next === 'k' && source.charAt(i + 2) === '<') return source.indexOf('>', i) + 1;
  if (next === 'u') return i + 6;
  if (next === 'x') return i + 4;
  return i + 2;
}

function classEnd(source: string, i: number): number {
  let j = i + 1;
  if (source.charAt(j) === '^') j++;
  if (source.charAt(j) === ']') j++;
  while (j < source.length && source.charAt(j) !== ']') j = source.charAt(j) === '\\' ? escapeEnd(source, j) : j + 1;
  return j + 1;
}

function groupBodyStart(source: string, i: number): number {
  if (source.charAt(i + 1) !== '?') return i + 1;
  if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) return i + 4;
  if (source.charAt(i + 2) === '<') return source.indexOf('>', i) + 1;
  return i + 3;
}

function readQuantifier(source: string, i: number): Quantifier | undefined {
  const ch = source.charAt(i);
  const lazy = (length: number): number => (source.charAt(i + length) === '?' ? length + 1 : length);
  if (ch === '*') return { length: lazy(1), min: 0, max: Infinity };
  if (ch === '+') return { length: lazy(1), min: 1, max: Infinity };
  if (ch === '?') return { length: lazy(1), min: 0, max: 1 };
  if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (!m) return undefined;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    return { length: lazy(m[0].length), min, max };
  }
  return undefined;
}
