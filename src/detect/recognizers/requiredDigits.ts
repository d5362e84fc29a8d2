/**
 * The fewest ASCII digits (`\d`) any match of `pattern` must contain, read from its source, so a
 * recognizer can skip a text with fewer digits without running the pattern. Conservative: whatever
 * the reader does not understand counts as needing no digit (lookarounds, character classes,
 * back-references, optional or repeated-from-zero atoms), so the answer is never too high. `\d`
 * means [0-9] with or without the `u` flag; the `i` flag does not change it.
 */
export function requiredDigits(pattern: RegExp): number {
  try {
    return minOfAlternatives(pattern.source, 0, pattern.source.length);
  } catch {
    return 0;
  }
}

/** Per text, the number of ASCII digits, remembered for the last text (every recognizer asks). */
let lastText: string | undefined;
let lastCount = 0;
export function asciiDigitCount(text: string): number {
  if (text === lastText) return lastCount;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  lastText = text;
  lastCount = n;
  return n;
}

/** Minimum over the top-level alternatives of source[from, to). */
function minOfAlternatives(source: string, from: number, to: number): number {
  let best = Infinity;
  let start = from;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      best = Math.min(best, sequence(source, start, i));
      start = i + 1;
    }
  }
  best = Math.min(best, sequence(source, start, to));
  return Number.isFinite(best) ? best : 0;
}

/** Sum over the atoms of one alternative. */
function sequence(source: string, from: number, to: number): number {
  let total = 0;
  let i = from;
  while (i < to) {
    let atomDigits = 0;
    const c = source[i];
    if (c === '\\') {
      if (source[i + 1] === 'd') atomDigits = 1;
      else if (source[i + 1] === 'p' || source[i + 1] === 'P' || source[i + 1] === 'u' || source[i + 1] === 'x') {
        // \p{..}, \u{..}/\uXXXX, \xXX: skip the whole escape.
        if (source[i + 2] === '{') i = source.indexOf('}', i) - 1;
      }
      i += 2;
    } else if (c === '[') {
      i = classEnd(source, i) + 1;
    } else if (c === '(') {
      const close = groupEnd(source, i);
      const lookaround = source.startsWith('(?=', i) || source.startsWith('(?!', i) || source.startsWith('(?<=', i) || source.startsWith('(?<!', i);
      if (!lookaround) {
        let bodyStart = i + 1;
        if (source.startsWith('(?:', i)) bodyStart = i + 3;
        else if (source.startsWith('(?<', i)) bodyStart = source.indexOf('>', i) + 1;
        else if (source[i + 1] === '?') throw new Error('unknown group');
        atomDigits = minOfAlternatives(source, bodyStart, close);
      }
      i = close + 1;
    } else {
      i++;
    }
    // The quantifier, if any, sets how many times the atom must repeat.
    let times = 1;
    const q = source[i];
    if (q === '?' || q === '*') {
      times = 0;
      i++;
    } else if (q === '+') {
      i++;
    } else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i, to));
      if (m) {
        times = Number(m[1]);
        i += m[0].length;
      }
    }
    if (source[i] === '?') i++; // lazy
    total += atomDigits * times;
  }
  return total;
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  throw new Error('unterminated class');
}

function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  throw new Error('unterminated group');
}
