/** How far around a candidate to look for words that make it believable, in string units. */
export interface ContextWindow {
  before: number;
  after: number;
}

/** About six words before (how people introduce a number) and two after ("(social security)"). */
export const DEFAULT_CONTEXT_WINDOW: ContextWindow = Object.freeze({ before: 40, after: 20 });

/**
 * Whether `words` matches in the text just before `start` or just after `end`. The candidate itself
 * is excluded, so a number cannot be its own context.
 *
 * `words` should be case-insensitive and anchored on word boundaries; a global or sticky flag is
 * ignored (their `lastIndex` state would make repeated calls disagree).
 */
export function hasNearbyContext(
  text: string,
  start: number,
  end: number,
  words: RegExp,
  window: ContextWindow = DEFAULT_CONTEXT_WINDOW,
): boolean {
  const pattern = words.global || words.sticky ? new RegExp(words.source, words.flags.replace(/[gy]/g, '')) : words;
  if (pattern.test(text.slice(Math.max(0, start - window.before), start))) return true;
  return pattern.test(text.slice(end, Math.min(text.length, end + window.after)));
}
