import { SEPARATED_DIGIT_JOINERS, SPACED_DIGIT_JOINERS, digitRunMask, type TextFeatures } from '../textFeatures.ts';
import { readRegexTree, type Alternatives, type Atom, type Sequence } from './regexTree.ts';

/**
 * What every match of a pattern needs from the text, read from the pattern's source, as numbers a
 * `TextFeatures` can be compared with. Conservative: whatever the reader does not understand
 * needs nothing, so `meetsNeeds` is never false for a text the pattern matches in.
 */
export interface PatternNeeds {
  /** ASCII digits in every match. */
  digits: number;
  /** The shortest longest digit run a match can have: `\d{7,8}-?[A-Z]` has a run of at least 7. */
  digitRun: number;
  /** The same for runs of ASCII letters and digits: `[A-Z]{3}\d{7}` has one of at least 10. */
  alnumRun: number;
  /** The longest such run with a digit that must occur in it (`[CFG][0-9A-Z]{7}\d`: 9). */
  alnumRunWithDigit: number;
  /** Every match has an ASCII letter followed by a digit (`[A-Z]\d{8}`), or a digit followed by a letter. */
  letterDigit?: boolean;
  digitLetter?: boolean;
  /**
   * For a pattern that matches a whole digit run (fenced by lookarounds that forbid a digit on
   * either side): the `digitRuns` bits of the lengths it can have.
   */
  digitRunMask?: number;
  /**
   * Digits every match has in one group of digit runs joined by single joiners (`\d{3}-\d{2}-\d{4}`:
   * 9; "AB 12 34 56 C": 6), and which group feature counts them (`longestSpacedDigits` when every
   * joiner is a space or dash).
   */
  groupedDigits?: number;
  grouped?: 'spaced' | 'separated';
  /** Every match has an ASCII letter and a digit side by side, one way or the other. */
  letterNextToDigit?: boolean;
}

/** Whether a text with these features can hold a match of a pattern with these needs. */
export function meetsNeeds(needs: PatternNeeds, features: TextFeatures): boolean {
  if (features.digits < needs.digits || features.longestDigitRun < needs.digitRun || features.longestAlnumRun < needs.alnumRun) return false;
  if (features.longestAlnumRunWithDigit < needs.alnumRunWithDigit) return false;
  if (needs.digitRunMask !== undefined && (features.digitRuns & needs.digitRunMask) === 0) return false;
  if ((needs.letterDigit && features.letterDigit === 0) || (needs.digitLetter && features.digitLetter === 0)) return false;
  if (needs.letterNextToDigit && features.letterDigit + features.digitLetter === 0) return false;
  if (needs.grouped === 'spaced') return features.longestSpacedDigits >= (needs.groupedDigits ?? 0);
  if (needs.grouped === 'separated') return features.longestSeparatedDigits >= (needs.groupedDigits ?? 0);
  return true;
}

export function meetsAnyNeeds(needs: readonly PatternNeeds[], features: TextFeatures): boolean {
  for (const n of needs) if (meetsNeeds(n, features)) return true;
  return false;
}

const cache = new WeakMap<RegExp, PatternNeeds>();

/**
 * Whether some of `patterns` can match in a text with these features: the `mayMatch` of a
 * recognizer whose every finding is a match of one of them, in one line.
 */
export function mayMatchAny(patterns: readonly RegExp[], features: TextFeatures): boolean {
  for (const pattern of patterns) {
    let needs = cache.get(pattern);
    if (needs === undefined) {
      needs = patternNeeds(pattern);
      cache.set(pattern, needs);
    }
    if (meetsNeeds(needs, features)) return true;
  }
  return false;
}

/**
 * A lookbehind or lookahead whose first alternative is one class with `\p{N}` in it: it forbids
 * any digit next to the match (idPattern's fences all do). Only with the `u` flag is `\p{N}` a
 * property; without it the fence is not trusted.
 */
const FENCE_BEFORE = /^\(\?<!\[(?:\\p\{L\})?\\p\{N\}[^\]\\]*\](?:\||\))/;
const FENCE_AFTER = /^\(\?!\[(?:\\p\{L\})?\\p\{N\}[^\]\\]*\](?:\||\))/;

export function patternNeeds(pattern: RegExp): PatternNeeds {
  let tree: Alternatives;
  try {
    tree = readRegexTree(pattern.source);
  } catch {
    return { digits: 0, digitRun: 0, alnumRun: 0, alnumRunWithDigit: 0 };
  }
  const isAlnum = alnumMember(pattern.flags);
  const needs: PatternNeeds = {
    digits: minDigits(tree),
    digitRun: minRun(tree, isDigitAtom),
    alnumRun: minRun(tree, isAlnum),
    alnumRunWithDigit: minRun(tree, isAlnum, true),
  };
  const isLetter = letterMember(pattern.flags);
  if (hasAdjacent(tree, isLetter, isDigitAtom)) needs.letterDigit = true;
  if (hasAdjacent(tree, isDigitAtom, isLetter)) needs.digitLetter = true;
  if (hasAdjacent(tree, isLetter, isDigitAtom, isDigitAtom, isLetter)) needs.letterNextToDigit = true;
  const core = groupedCore(tree);
  if (core.digits > 0) {
    needs.groupedDigits = core.digits;
    needs.grouped = [...core.joiners].every((c) => SPACED_DIGIT_JOINERS.includes(c)) ? 'spaced' : 'separated';
  }
  const body = /[uv]/.test(pattern.flags) ? fencedBody(tree) : undefined;
  const lengths = body ? digitLengths(body) : undefined;
  if (lengths) needs.digitRunMask = digitRunMask(lengths.min, lengths.max);
  return needs;
}

function minDigits(tree: Alternatives): number {
  return Math.min(...tree.map((sequence) => sequence.reduce((sum, item) => sum + item.min * atomDigits(item.atom), 0)));
}

function atomDigits(atom: Atom): number {
  if (atom.kind === 'digit') return 1;
  if (atom.kind === 'group') return minDigits(atom.body);
  return 0;
}

type Member = (atom: Atom) => boolean;

const isDigitAtom: Member = (atom) => atom.kind === 'digit';

/**
 * An atom that only ever matches ASCII letters and digits. With both the `i` and `u` flags a
 * letter also matches a few characters outside ASCII ("K" the Kelvin sign for "k"), so then only
 * digits count.
 */
function alnumMember(flags: string): Member {
  const foldsBeyondAscii = flags.includes('i') && /[uv]/.test(flags);
  return (atom) =>
    atom.kind === 'digit' ||
    (atom.kind === 'char' && atom.chars !== undefined && atom.chars.size > 0 && [...atom.chars].every((c) => (foldsBeyondAscii ? /^\d$/ : /^[A-Za-z0-9]$/).test(c)));
}

/**
 * The shortest longest run of member characters a match can have: per alternative, the longest
 * stretch of member atoms with nothing that could be another character between them (a group made
 * only of member atoms counts as one; any other atom that may be present breaks the stretch, and a
 * group's own run counts when the group must occur), then the smallest over the alternatives.
 * With `withDigit`, only stretches holding a digit atom that must occur count.
 */
function minRun(tree: Alternatives, isMember: Member, withDigit = false): number {
  return Math.min(
    ...tree.map((sequence) => {
      let best = 0;
      let stretch = 0;
      let hasDigit = false;
      for (const { atom, min, max } of sequence) {
        if (atom.kind === 'zeroWidth' || max === 0) continue;
        const inlined = atom.kind === 'group' ? memberLength(atom.body, isMember) : undefined;
        if (isMember(atom) || inlined !== undefined) {
          stretch += min * (inlined ?? 1);
          if (min > 0 && (atom.kind === 'digit' || (atom.kind === 'group' && alwaysHasDigit(atom.body)))) hasDigit = true;
          if (!withDigit || hasDigit) best = Math.max(best, stretch);
          continue;
        }
        stretch = 0;
        hasDigit = false;
        if (atom.kind === 'group' && min > 0) best = Math.max(best, minRun(atom.body, isMember, withDigit));
      }
      return best;
    }),
  );
}

/** An atom that only ever matches ASCII letters (not with both `i` and `u`, as for `alnumMember`). */
function letterMember(flags: string): Member {
  const foldsBeyondAscii = flags.includes('i') && /[uv]/.test(flags);
  return (atom) =>
    !foldsBeyondAscii && atom.kind === 'char' && atom.chars !== undefined && atom.chars.size > 0 && [...atom.chars].every((c) => /^[A-Za-z]$/.test(c));
}

/**
 * Whether every match has a character of `first` right before one of `second` (or, given a second
 * pair, of either pair): in each alternative, two neighbouring items that must both occur, or such
 * a pair inside a group that must occur.
 */
function hasAdjacent(tree: Alternatives, first: Member, second: Member, orFirst?: Member, orSecond?: Member): boolean {
  return tree.every((sequence) => {
    const items = sequence.filter((item) => item.atom.kind !== 'zeroWidth' && item.max > 0);
    return items.some((item, i) => {
      const next = items[i + 1];
      if (item.min > 0 && next !== undefined && next.min > 0) {
        if (first(item.atom) && second(next.atom)) return true;
        if (orFirst && orSecond && orFirst(item.atom) && orSecond(next.atom)) return true;
      }
      return item.atom.kind === 'group' && item.min > 0 && hasAdjacent(item.atom.body, first, second, orFirst, orSecond);
    });
  });
}

/** Whether every alternative has a digit that must occur. */
function alwaysHasDigit(tree: Alternatives): boolean {
  return tree.every((sequence) =>
    sequence.some(({ atom, min }) => min > 0 && (atom.kind === 'digit' || (atom.kind === 'group' && alwaysHasDigit(atom.body)))),
  );
}

/** The fewest characters of a group made only of member atoms, or undefined for any other group. */
function memberLength(tree: Alternatives, isMember: Member): number | undefined {
  let shortest = Infinity;
  for (const sequence of tree) {
    let length = 0;
    for (const { atom, min } of sequence) {
      const inner = atom.kind === 'group' ? memberLength(atom.body, isMember) : undefined;
      if (!isMember(atom) && inner === undefined) return undefined;
      length += min * (inner ?? 1);
    }
    shortest = Math.min(shortest, length);
  }
  return shortest;
}

/** The pattern's consuming items when it is one sequence between digit-forbidding fences. */
function fencedBody(tree: Alternatives): Sequence | undefined {
  if (tree.length !== 1) return undefined;
  const [sequence = []] = tree;
  const first = sequence[0];
  const last = sequence[sequence.length - 1];
  if (first?.atom.kind !== 'zeroWidth' || last?.atom.kind !== 'zeroWidth' || sequence.length < 3) return undefined;
  if (!FENCE_BEFORE.test(first.atom.source) || !FENCE_AFTER.test(last.atom.source)) return undefined;
  const body = sequence.slice(1, -1);
  return body.some((item) => item.atom.kind === 'zeroWidth') ? undefined : body;
}

/** The lengths of the one digit run a body of digit atoms only can match. */
function digitLengths(body: Sequence): { min: number; max: number } | undefined {
  if (!body.every((item) => item.atom.kind === 'digit' || (item.atom.kind === 'group' && isDigitsOnly(item.atom.body)))) return undefined;
  let min = 0;
  let max = 0;
  for (const item of body) {
    const lengths = item.atom.kind === 'group' ? groupLengths(item.atom.body) : { min: 1, max: 1 };
    min += item.min * lengths.min;
    max += item.max * lengths.max;
  }
  return { min, max };
}

function isDigitsOnly(tree: Alternatives): boolean {
  return tree.every((sequence) => sequence.every((item) => item.atom.kind === 'digit' && Number.isFinite(item.max)));
}

function groupLengths(tree: Alternatives): { min: number; max: number } {
  const lengths = tree.map((sequence) => ({
    min: sequence.reduce((sum, item) => sum + item.min, 0),
    max: sequence.reduce((sum, item) => sum + item.max, 0),
  }));
  return { min: Math.min(...lengths.map((l) => l.min)), max: Math.max(...lengths.map((l) => l.max)) };
}

/**
 * The digits every match has in one group of digit runs joined by single joiners, and the joiners
 * that group may use: per alternative, the best stretch of items that are digits or joiner
 * characters (each joiner at most once, with a digit that must occur before the next joiner, so
 * that no two joiners can meet), or the best of a group that must occur; then the smallest over the
 * alternatives. Zero when there is none.
 */
function groupedCore(tree: Alternatives): { digits: number; joiners: Set<string> } {
  let worst: { digits: number; joiners: Set<string> } | undefined;
  for (const sequence of tree) {
    let best = { digits: 0, joiners: new Set<string>() };
    let current = { digits: 0, joiners: new Set<string>() };
    let joinerSinceDigit = false;
    const groupChars = new Map<number, Set<string>>();
    const close = (): void => {
      if (current.digits > best.digits) best = current;
      current = { digits: 0, joiners: new Set<string>() };
      joinerSinceDigit = false;
    };
    for (const { atom, min, max } of sequence) {
      if (atom.kind === 'zeroWidth' || max === 0) continue;
      if (atom.kind === 'digit' || (atom.kind === 'group' && isDigitsOnly(atom.body))) {
        const atLeast = atom.kind === 'group' ? groupLengths(atom.body).min * min : min;
        current.digits += atLeast;
        if (atLeast > 0) joinerSinceDigit = false;
        continue;
      }
      let chars: Set<string> | undefined;
      if (atom.kind === 'char') chars = atom.chars;
      else if (atom.kind === 'group') {
        chars = singleCharacterSet(atom.body);
        if (chars && atom.index !== undefined) groupChars.set(atom.index, chars);
      } else if (atom.kind === 'backreference') chars = groupChars.get(atom.index);
      const isJoiner = chars !== undefined && max <= 1 && [...chars].every((c) => SEPARATED_DIGIT_JOINERS.includes(c));
      if (!isJoiner) {
        close();
        if (atom.kind === 'group' && min > 0) {
          const inner = groupedCore(atom.body);
          if (inner.digits > best.digits) best = inner;
        }
        continue;
      }
      if (joinerSinceDigit) close();
      for (const c of chars ?? []) current.joiners.add(c);
      joinerSinceDigit = true;
    }
    close();
    // The smallest count, and every alternative's joiners: a text needs only one alternative's group.
    worst = worst === undefined ? best : { digits: Math.min(worst.digits, best.digits), joiners: new Set([...worst.joiners, ...best.joiners]) };
  }
  return worst ?? { digits: 0, joiners: new Set() };
}

/** The characters of a group that is exactly one character from a known set. */
function singleCharacterSet(tree: Alternatives): Set<string> | undefined {
  const chars = new Set<string>();
  for (const sequence of tree) {
    const [item] = sequence;
    if (sequence.length !== 1 || !item || item.min !== 1 || item.max !== 1 || item.atom.kind !== 'char' || !item.atom.chars) return undefined;
    for (const c of item.atom.chars) chars.add(c);
  }
  return chars;
}
