import type { PiiLabel } from '../detect/finding.ts';

/**
 * Our labels under the names of the shared corpus (`../shared/pii-corpus/README.md`: EMAIL, PHONE,
 * CREDIT_CARD, IBAN, US_SSN, IP_ADDRESS, URL, PERSON, LOCATION, DATE_TIME, CRYPTO and the national
 * ids under their Presidio names). Only the labels whose names differ are listed; every other label
 * is already the corpus's name and passes through unchanged. SECRET and MAC_ADDRESS have no corpus
 * counterpart in the normalised set (MAC_ADDRESS is Presidio's own name) and pass through too.
 *
 * A street address (ADDRESS) and a birth date (DATE_OF_BIRTH) are the corpus's LOCATION and
 * DATE_TIME. Keyed by string rather than `PiiLabel` so a label a recognizer adds later can be mapped
 * here before the union names it (STREET_ADDRESS is such a spelling, kept for callers that use it).
 */
export const CORPUS_LABELS: Readonly<Record<string, string>> = Object.freeze({
  DATE_OF_BIRTH: 'DATE_TIME',
  ADDRESS: 'LOCATION',
  STREET_ADDRESS: 'LOCATION',
});

export function toCorpusLabel(label: PiiLabel | string): string {
  return CORPUS_LABELS[label] ?? label;
}
