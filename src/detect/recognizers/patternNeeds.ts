import { SEPARATED_DIGIT_JOINERS, SPACED_DIGIT_JOINERS, digitRunMask, type TextFeatures } from '../textFeatures.ts';

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
  /**
   * For a pattern that matches a whole digit run (fenced by lookarounds that forbid a digit on
   * either side): the `digitRuns` bits of the lengths it can have.
   */
  digitRunMask?: number;
  /**
   * For a pattern made only of digits and single joiners: which group feature holds all its
   * digits (`longestSpacedDigits` when every joiner is a space or dash).
   */
  grouped?: 'spaced' | 'separated';
}

/** Whether a text with these features can hold a match of a pattern with these needs. */
export function meetsNeeds(needs: PatternNeeds, features: TextFeatures): boolean {
  if (features.digits < needs.digits || features.longestDigitRun < needs.digitRun) return false;
  if (needs.digitRunMask !== undefined && (features.digitRuns & needs.digitRunMask) === 0) return false;
  if (needs.grouped === 'spaced') return features.longestSpacedDigits >= needs.digits;
  if (needs.grouped === 'separated') return features.longestSeparatedDigits >= needs.digits;
  return true;
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
    tree = new Parser(pattern.source).parse();
  } catch {
    return { digits: 0, digitRun: 0 };
  }
  const needs: PatternNeeds = { digits: minDigits(tree), digitRun: minRun(tree) };
  const body = /[uv]/.test(pattern.flags) ? fencedBody(tree) : undefined;
  if (body) {
    const lengths = digitLengths(body);
    if (lengths) needs.digitRunMask = digitRunMask(lengths.min, lengths.max);
    const joiners = groupJoiners(body);
    if (joiners !== undefined && needs.digits > 0) {
      needs.grouped = [...joiners].every((c) => SPACED_DIGIT_JOINERS.includes(c)) ? 'spaced' : 'separated';
    }
  }
  return needs;
}

// A small reader for the regex subset the recognizers use. Anything else throws, and the caller
// then assumes the pattern needs nothing.

interface Item {
  atom: Atom;
  min: number;
  max: number;
}
type Sequence = Item[];
type Alternatives = Sequence[];
type Atom =
  | { kind: 'digit' }
  /** One character from `chars` (`undefined`: a set this reader does not enumerate). */
  | { kind: 'char'; chars: Set<string> | undefined }
  | { kind: 'group'; body: Alternatives; index: number | undefined }
  | { kind: 'backreference'; index: number }
  /** Lookarounds, anchors, \b: they consume nothing. */
  | { kind: 'zeroWidth'; source: string };

class Parser {
  readonly #source: string;
  #i = 0;
  #groups = 0;
  readonly groupBodies = new Map<number, Alternatives>();

  constructor(source: string) {
    this.#source = source;
  }

  parse(): Alternatives {
    const tree = this.#alternatives();
    if (this.#i !== this.#source.length) throw new Error('unbalanced');
    return tree;
  }

  #alternatives(): Alternatives {
    const alternatives: Alternatives = [this.#sequence()];
    while (this.#source[this.#i] === '|') {
      this.#i++;
      alternatives.push(this.#sequence());
    }
    return alternatives;
  }

  #sequence(): Sequence {
    const items: Sequence = [];
    while (this.#i < this.#source.length && this.#source[this.#i] !== '|' && this.#source[this.#i] !== ')') {
      const atom = this.#atom();
      const { min, max } = this.#quantifier();
      items.push({ atom, min, max });
    }
    return items;
  }

  #atom(): Atom {
    const s = this.#source;
    const c = s[this.#i] ?? '';
    if (c === '(') {
      const start = this.#i;
      let index: number | undefined;
      let zeroWidth = false;
      if (s.startsWith('(?:', this.#i)) this.#i += 3;
      else if (s.startsWith('(?=', this.#i) || s.startsWith('(?!', this.#i)) {
        this.#i += 3;
        zeroWidth = true;
      } else if (s.startsWith('(?<=', this.#i) || s.startsWith('(?<!', this.#i)) {
        this.#i += 4;
        zeroWidth = true;
      } else if (s.startsWith('(?<', this.#i)) {
        this.#i = s.indexOf('>', this.#i) + 1;
        index = ++this.#groups;
      } else if (s[this.#i + 1] === '?') {
        throw new Error('unknown group');
      } else {
        this.#i++;
        index = ++this.#groups;
      }
      const body = this.#alternatives();
      if (s[this.#i] !== ')') throw new Error('unterminated group');
      this.#i++;
      if (zeroWidth) return { kind: 'zeroWidth', source: s.slice(start, this.#i) };
      if (index !== undefined) this.groupBodies.set(index, body);
      return { kind: 'group', body, index };
    }
    if (c === '[') return this.#characterClass();
    if (c === '^' || c === '$') {
      this.#i++;
      return { kind: 'zeroWidth', source: c };
    }
    if (c === '.') {
      this.#i++;
      return { kind: 'char', chars: undefined };
    }
    if (c === '\\') return this.#escape();
    if ('*+?{'.includes(c)) throw new Error('quantifier without atom');
    this.#i++;
    return /\d/.test(c) ? { kind: 'digit' } : { kind: 'char', chars: new Set([c]) };
  }

  #escape(): Atom {
    const s = this.#source;
    const next = s[this.#i + 1] ?? '';
    this.#i += 2;
    if (next === 'd') return { kind: 'digit' };
    if (next === 'b' || next === 'B') return { kind: 'zeroWidth', source: `\\${next}` };
    if (/[1-9]/.test(next)) {
      let digits = next;
      while (/\d/.test(s[this.#i] ?? '')) digits += s[this.#i++];
      return { kind: 'backreference', index: Number(digits) };
    }
    if (next === 'p' || next === 'P' || next === 'u' || next === 'x') {
      if (s[this.#i] === '{') this.#i = s.indexOf('}', this.#i) + 1;
      else this.#i += next === 'u' ? 4 : next === 'x' ? 2 : 0;
      return { kind: 'char', chars: undefined };
    }
    if (/[a-zA-Z]/.test(next)) return { kind: 'char', chars: undefined };
    return { kind: 'char', chars: new Set([next]) };
  }

  /** A class with literal members and ranges is enumerated; escapes other than `\d` and `\-` are not. */
  #characterClass(): Atom {
    const s = this.#source;
    const end = classEnd(s, this.#i);
    const body = s.slice(this.#i + 1, end);
    this.#i = end + 1;
    if (body.startsWith('^')) return { kind: 'char', chars: undefined };
    const chars = new Set<string>();
    for (let k = 0; k < body.length; k++) {
      let c = body[k] ?? '';
      if (c === '\\') {
        const e = body[++k] ?? '';
        if (e === 'd') {
          for (const d of '0123456789') chars.add(d);
          continue;
        }
        if (/[a-zA-Z]/.test(e)) return { kind: 'char', chars: undefined };
        c = e;
      }
      if (body[k + 1] === '-' && k + 2 < body.length) {
        let to = body[k + 2] ?? '';
        k += 2;
        if (to === '\\') to = body[++k] ?? '';
        for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.add(String.fromCharCode(code));
      } else {
        chars.add(c);
      }
    }
    return [...chars].every((ch) => /\d/.test(ch)) && chars.size > 0 ? { kind: 'digit' } : { kind: 'char', chars };
  }

  #quantifier(): { min: number; max: number } {
    const s = this.#source;
    const c = s[this.#i];
    let result = { min: 1, max: 1 };
    if (c === '?') result = { min: 0, max: 1 };
    else if (c === '*') result = { min: 0, max: Infinity };
    else if (c === '+') result = { min: 1, max: Infinity };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.#i));
      if (!m) throw new Error('bad quantifier');
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.#i += m[0].length;
      if (s[this.#i] === '?') this.#i++;
      return { min, max };
    } else {
      return result;
    }
    this.#i++;
    if (s[this.#i] === '?') this.#i++;
    return result;
  }
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  throw new Error('unterminated class');
}

function minDigits(tree: Alternatives): number {
  return Math.min(...tree.map((sequence) => sequence.reduce((sum, item) => sum + item.min * atomDigits(item.atom), 0)));
}

function atomDigits(atom: Atom): number {
  if (atom.kind === 'digit') return 1;
  if (atom.kind === 'group') return minDigits(atom.body);
  return 0;
}

/**
 * The shortest longest run: per alternative, the longest stretch of digit atoms with nothing that
 * could be a non-digit between them (a group or any other atom that may be present breaks it, and
 * a group's own run counts when the group must occur), then the smallest over the alternatives.
 */
function minRun(tree: Alternatives): number {
  return Math.min(
    ...tree.map((sequence) => {
      let best = 0;
      let stretch = 0;
      for (const { atom, min, max } of sequence) {
        if (atom.kind === 'zeroWidth' || max === 0) continue;
        if (atom.kind === 'digit') {
          stretch += min;
          best = Math.max(best, stretch);
          continue;
        }
        stretch = 0;
        if (atom.kind === 'group' && min > 0) best = Math.max(best, minRun(atom.body));
      }
      return best;
    }),
  );
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
 * The joiners of a body made only of digit atoms and single joiner characters (a joiner at most
 * once in a row, never two joiner items side by side), or undefined when the body is anything else.
 * Every match of such a body is one digit group of `TextFeatures`, whose digits are all the match's.
 */
function groupJoiners(body: Sequence): Set<string> | undefined {
  const joiners = new Set<string>();
  const groupChars = new Map<number, Set<string>>();
  // A joiner joins only between two digits: two joiners need a digit that must occur between them.
  let joinerSinceDigit = false;
  for (const { atom, min, max } of body) {
    let chars: Set<string> | undefined;
    if (atom.kind === 'digit' || (atom.kind === 'group' && isDigitsOnly(atom.body))) {
      const atLeast = atom.kind === 'group' ? groupLengths(atom.body).min * min : min;
      if (atLeast > 0) joinerSinceDigit = false;
      continue;
    }
    if (atom.kind === 'char') chars = atom.chars;
    else if (atom.kind === 'group') {
      chars = singleCharacterSet(atom.body);
      if (chars && atom.index !== undefined) groupChars.set(atom.index, chars);
    } else if (atom.kind === 'backreference') chars = groupChars.get(atom.index);
    if (!chars || max > 1 || joinerSinceDigit) return undefined;
    for (const c of chars) {
      if (!SEPARATED_DIGIT_JOINERS.includes(c)) return undefined;
      joiners.add(c);
    }
    joinerSinceDigit = true;
  }
  return joiners;
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
