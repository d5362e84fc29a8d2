import { ID_SCORES, type IdScores } from './createIdRecognizer.ts';

/** Score tiers shared by the licence plate recognizers. */
export const PLATE_SCORES = Object.freeze({
  /** A plate layout whose region, province or age code checks out, written as plates are. */
  checked: ID_SCORES.structured,
  /**
   * A layout nothing checks, or a region code with a district it does not have: Presidio's pattern
   * score, right at the default threshold, and over it with a plate word.
   */
  layoutOnly: Object.freeze({ alone: 0.5, withContext: 0.85 }),
  /**
   * A plate layout written the way generated ids, hex colours, short SHAs and prose are ("cb56ebd",
   * "#65e457", "APP456CV", "10 min 15"): reported only with a plate word, under every threshold,
   * the strict profile's included, without one.
   */
  needsContext: Object.freeze({ alone: 0.2, withContext: 0.85 }),
} satisfies Record<string, IdScores>);
