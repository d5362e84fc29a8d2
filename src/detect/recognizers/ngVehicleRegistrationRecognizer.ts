import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer } from './createIdRecognizer.ts';
import { idPattern } from './idPattern.ts';
import { isUnitOrCommonWord } from './isUnitOrCommonWord.ts';
import { lowerWhenNamedAsCode } from './lowerWhenNamedAsCode.ts';
import { PLATE_END, PLATE_START } from './plateBoundaries.ts';
import { PLATE_SCORES } from './plateScores.ts';
import { VEHICLE_CONTEXT_WORDS } from './vehicleContextWords.ts';

/**
 * Nigerian vehicle registrations (2011+): the local government area's three letters, a serial of
 * three digits, two letters for the year and batch, "ABC-123DE" or "ABC 123DE". Nothing checks
 * them, so only the way a plate is written is believed on its own (at Presidio's score for the
 * layout): in capitals, with the separator. Run together ("APP456CV") or in lower case ("app-456cv") they are how generated ids
 * look, and need a plate word nearby. Letters that are a unit or a word ("RAM 512MB", "SSD
 * 256GB") are not a plate; a code's name right before it ("sku TSH-001BL") makes it that code.
 */
export const ngVehicleRegistrationRecognizer = lowerWhenNamedAsCode(
  createIdRecognizer({
    name: 'ng_vehicle_registration',
    label: 'NG_VEHICLE_REGISTRATION',
    context: contextPattern([...VEHICLE_CONTEXT_WORDS, 'frsc', 'plate no']),
    validate: (compact, raw) => {
      if (isUnitOrCommonWord(compact.slice(6)) || isUnitOrCommonWord(compact.slice(0, 3))) return false;
      return /^[A-Z]{3}[- ]\d{3}[A-Z]{2}$/.test(raw) ? true : PLATE_SCORES.needsContext;
    },
    forms: [
      { pattern: idPattern(PLATE_START, String.raw`(?:[A-Z]{3}[- ]?\d{3}[A-Z]{2}|[a-z]{3}[- ]?\d{3}[a-z]{2})`, PLATE_END), scores: PLATE_SCORES.layoutOnly },
    ],
  }),
);
