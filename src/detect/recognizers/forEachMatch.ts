/**
 * Calls `visit` with each match of a global `pattern` in `text`, left to right, as `matchAll`
 * would, without the copy of the pattern `matchAll` makes on every call (a few hundred
 * nanoseconds, paid by every recognizer on every message). The pattern's `lastIndex` is reset
 * before and after, so a pattern shared by calls stays usable; `visit` must not run the same
 * pattern itself.
 */
export function forEachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  if (!pattern.global && !pattern.sticky) throw new TypeError(`forEachMatch needs a global pattern: /${pattern.source}/${pattern.flags}`);
  pattern.lastIndex = 0;
  try {
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      // An empty match would be found again at the same place forever; step over it as matchAll does.
      if (match[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
      visit(match);
    }
  } finally {
    pattern.lastIndex = 0;
  }
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}
