import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer } from './createIdRecognizer.ts';
import { idPattern } from './idPattern.ts';
import { isUnitOrCommonWord } from './isUnitOrCommonWord.ts';
import { lowerWhenNamedAsCode } from './lowerWhenNamedAsCode.ts';
import { PLATE_END, PLATE_START } from './plateBoundaries.ts';
import { PLATE_SCORES } from './plateScores.ts';
import { VEHICLE_CONTEXT_WORDS } from './vehicleContextWords.ts';

/** Letters of the Turkish alphabet that plates use (no Q, W, X), in one case. */
const LETTERS = String.raw`(?:[A-PR-VYZ]{1,3}|[a-pr-vyz]{1,3})`;

/**
 * Turkish licence plates: the province code 01-81, one to three letters, two to four digits,
 * "34 ABC 1234" (spaced or dashed), as Presidio reads them. In capitals and spaced they are
 * believed on its own, unless the letters are a unit or word ("16 GB 3200", "BETWEEN 18 AND
 * 65"). Run together ("34ABC1234") the same characters are as often a hex fragment or a part
 * number, and lower case ("10 min 15") is prose, so those need a plate word nearby.
 */
export const trLicensePlateRecognizer = lowerWhenNamedAsCode(
  createIdRecognizer({
    name: 'tr_license_plate',
    label: 'TR_LICENSE_PLATE',
    context: contextPattern([
      ...VEHICLE_CONTEXT_WORDS, 'plaka', 'plakası', 'plakalı', 'araç plakası', 'plaka numarası', 'plaka no', 'kayıt plakası',
      'taşıt plakası', 'araç', 'aracın', 'ruhsat',
    ]),
    validate: (compact, raw) => {
      const province = Number(compact.slice(0, 2));
      if (province < 1 || province > 81) return false;
      const letters = compact.replace(/\d/g, '');
      if (isUnitOrCommonWord(letters)) return false;
      const written = /^\d{2}([ -])[A-Z]{1,3}\1\d{2,4}$/.test(raw);
      return written ? true : PLATE_SCORES.needsContext;
    },
    forms: [
      {
        pattern: idPattern(PLATE_START, String.raw`\d{2}[ -]?${LETTERS}[ -]?\d{2,4}`, PLATE_END),
        scores: PLATE_SCORES.checked,
      },
    ],
  }),
);
