/**
 * The kinds of personal data the detector reports. A string union rather than an enum so a new
 * recognizer only has to add its label here (and in `labelDescriptions.ts` for the words users read).
 */
export type PiiLabel = 'EMAIL' | 'PHONE' | 'CREDIT_CARD' | 'US_SSN' | 'IBAN';

/**
 * One piece of personal data found in a text.
 *
 * Offsets are JavaScript string indices (UTF-16 code units) into the text that was scanned, `end`
 * exclusive, so `text.slice(start, end)` is the match. `score` is the recognizer's confidence in
 * [0, 1]; the detector drops findings under its threshold. `recognizer` names who found it, for the
 * audit trail and for tuning.
 */
export interface Finding {
  start: number;
  end: number;
  label: PiiLabel;
  score: number;
  recognizer: string;
}
