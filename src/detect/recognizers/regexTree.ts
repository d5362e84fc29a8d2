/**
 * A small reader for the regex subset the recognizers use (groups, alternation, classes, escapes,
 * back-references, lookarounds, quantifiers), turning a pattern's source into a tree that
 * `patternNeeds` walks. Anything else throws, and the caller then assumes the pattern needs
 * nothing.
 */
export function readRegexTree(source: string): Alternatives {
  return new Parser(source).parse();
}

export interface Item {
  atom: Atom;
  min: number;
  max: number;
}
export type Sequence = Item[];
export type Alternatives = Sequence[];
export type Atom =
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
