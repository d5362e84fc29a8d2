import type { Finding, PiiLabel } from '../finding.ts';
import { hasNearbyContext } from '../hasNearbyContext.ts';
import { isValidDeIdDocumentNumber } from '../validators/deIdDocument.ts';
import { contextPattern } from './contextPattern.ts';
import { ID_SCORES, type IdScores, type PatternRecognizer } from './createIdRecognizer.ts';
import { WORD_END, WORD_START, idPattern } from './idPattern.ts';
import { mayMatchAny } from './patternNeeds.ts';

/** Nine characters from the ICAO serial alphabet, in one case. */
const SERIAL = idPattern(
  WORD_START,
  String.raw`(?:[CFGHJ-NPRTV-Z][0-9CFGHJ-NPRTV-Z]{7}\d|[cfghj-nprtv-z][0-9cfghj-nprtv-z]{7}\d)`,
  WORD_END,
);
/** The identity cards issued 1987-2010 by the pattern Presidio uses: T and eight digits, no check digit. */
const OLD_ID_CARD = idPattern(WORD_START, String.raw`[Tt]\d{8}`, WORD_END);

const PASSPORT_CONTEXT = contextPattern(['reisepass', 'reisepassnummer', 'passnummer', 'pass-nr', 'pass nr', 'passport', 'passport number']);
const ID_CARD_CONTEXT = contextPattern([
  'personalausweis', 'personalausweisnummer', 'ausweis', 'ausweisnummer', 'ausweis nr', 'perso', 'identity card', 'id card',
  'german id', 'identitätskarte',
]);

/**
 * First letters by document series: passports are issued from C, F, G, H, J, K, identity cards
 * (since 2010) from L, M, N, P, R, T, V, W, X, Y.
 */
const PASSPORT_SERIES = /^[CFGHJK]/i;

/**
 * German passport and identity card serial numbers. Both carry the same ICAO check digit and look
 * alike, so the label comes from the words nearby, or failing those from the series letter. A
 * checked serial is believed on its own (the restricted alphabet and the check digit together);
 * the old "T" + 8 digits identity card layout, with no check digit, only with an identity-card word.
 */
export const deIdDocumentRecognizer: PatternRecognizer = {
  name: 'de_id_document',
  labels: ['DE_ID_CARD', 'DE_PASSPORT'],
  patterns: [SERIAL, OLD_ID_CARD],
  mayMatch: (features) => mayMatchAny([SERIAL, OLD_ID_CARD], features),
  recognize(text: string): Finding[] {
    const findings: Finding[] = [];
    const add = (start: number, end: number, label: PiiLabel, scores: IdScores, hasContext: boolean): void => {
      findings.push({ start, end, label, score: hasContext ? scores.withContext : scores.alone, recognizer: 'de_id_document' });
    };
    const taken = new Set<number>();
    for (const m of text.matchAll(SERIAL)) {
      if (!isValidDeIdDocumentNumber(m[0].toUpperCase())) continue;
      const start = m.index;
      const end = start + m[0].length;
      const passport = hasNearbyContext(text, start, end, PASSPORT_CONTEXT);
      const idCard = hasNearbyContext(text, start, end, ID_CARD_CONTEXT);
      const label: PiiLabel =
        passport && !idCard ? 'DE_PASSPORT' : idCard && !passport ? 'DE_ID_CARD' : PASSPORT_SERIES.test(m[0]) ? 'DE_PASSPORT' : 'DE_ID_CARD';
      add(start, end, label, ID_SCORES.grouped, passport || idCard);
      taken.add(start);
    }
    for (const m of text.matchAll(OLD_ID_CARD)) {
      if (taken.has(m.index) || /^.(\d)\1{7}$/.test(m[0])) continue;
      const end = m.index + m[0].length;
      add(m.index, end, 'DE_ID_CARD', ID_SCORES.bare, hasNearbyContext(text, m.index, end, ID_CARD_CONTEXT));
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
