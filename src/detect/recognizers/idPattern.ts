/**
 * Where a run of digits that may be an identifier can start: not inside a word, not after "+" (a
 * phone number's country code), "/" (a URL or file path segment, a date) or "#" (an issue or PR
 * number), and not continuing a number written with separators ("1.", "12-", "3:").
 */
export const DIGITS_START = String.raw`(?<![\p{L}\p{N}_+/#]|\p{N}[.,:-])`;

/** Where such a run can end: not followed by a letter or digit, nor by a separator and a digit. */
export const DIGITS_END = String.raw`(?![\p{L}\p{N}_]|[.,:/-]\p{N})`;

/** Before an identifier of letters and digits: not inside a longer word or number. */
export const WORD_START = String.raw`(?<![\p{L}\p{N}_])`;

/** After an identifier of letters and digits: not inside a longer word or number. */
export const WORD_END = String.raw`(?![\p{L}\p{N}_])`;

/**
 * A global, unicode pattern from parts, so each recognizer's regex reads as its layout:
 * `idPattern(DIGITS_START, String.raw`\d{11}`, DIGITS_END)`.
 */
export function idPattern(...parts: readonly string[]): RegExp {
  return new RegExp(parts.join(''), 'gu');
}
