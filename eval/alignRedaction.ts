/** A stretch of the original text that a redactor replaced by `marker`. */
export interface RedactedSpan {
  start: number;
  end: number;
  marker: string;
}

/**
 * Recovers where a redactor that only returns redacted text (redact-pii) replaced something: the
 * text between placeholders is copied unchanged, so each literal piece of the output is found again
 * in the original, in order, and what lies between two pieces is the span behind the placeholder.
 * A placeholder always stands for at least one character. When a literal piece occurs more than
 * once the earliest placement that still lets the rest match is taken (a search with memoised dead
 * ends, so it stays linear-ish on chat-sized text). `undefined` when the output cannot be the
 * original with spans replaced, e.g. if a later redactor rewrote part of an earlier placeholder.
 */
export function alignRedaction(original: string, redacted: string, markers: readonly string[]): RedactedSpan[] | undefined {
  if (markers.length === 0 || redacted === original) return redacted === original ? [] : undefined;
  // Longest first, so a marker that begins another (none today) cannot split it.
  const alternatives = [...markers].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pieces = redacted.split(new RegExp(`(${alternatives.join('|')})`));
  // split with one capture group alternates literal, marker, literal, …, literal.
  const literals = pieces.filter((_, index) => index % 2 === 0);
  const found = pieces.filter((_, index) => index % 2 === 1);
  const first = literals[0] ?? '';
  if (!original.startsWith(first)) return undefined;

  const deadEnds = new Set<string>();
  const starts: number[] = [];
  // place(i, from): literal i (i ≥ 1) starts somewhere after `from`, leaving ≥ 1 character for marker i.
  const place = (i: number, from: number): boolean => {
    if (i === literals.length) return from === original.length;
    const key = `${i}:${from}`;
    if (deadEnds.has(key)) return false;
    const literal = literals[i] ?? '';
    // The last piece must end the text; any other may start anywhere after one replaced character.
    const lastStart = original.length - literal.length;
    const firstStart = i === literals.length - 1 ? lastStart : from + 1;
    for (let at = firstStart; at <= lastStart; at++) {
      if (at <= from || !original.startsWith(literal, at)) continue;
      starts[i] = at;
      if (place(i + 1, at + literal.length)) return true;
    }
    deadEnds.add(key);
    return false;
  };
  if (!place(1, first.length)) return undefined;

  const spans: RedactedSpan[] = [];
  let cursor = first.length;
  for (let i = 1; i < literals.length; i++) {
    const start = starts[i] ?? cursor;
    spans.push({ start: cursor, end: start, marker: found[i - 1] ?? '' });
    cursor = start + (literals[i] ?? '').length;
  }
  return spans;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
