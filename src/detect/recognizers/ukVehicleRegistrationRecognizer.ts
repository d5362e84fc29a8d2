import { isValidUkVehicleRegistration } from '../validators/ukVehicleRegistration.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer } from './createIdRecognizer.ts';
import { idPattern } from './idPattern.ts';
import { isUnitOrCommonWord } from './isUnitOrCommonWord.ts';
import { lowerWhenNamedAsCode } from './lowerWhenNamedAsCode.ts';
import { PLATE_END, PLATE_START } from './plateBoundaries.ts';
import { PLATE_SCORES } from './plateScores.ts';
import { VEHICLE_CONTEXT_WORDS } from './vehicleContextWords.ts';

/** Current format (2001+): area letters, age identifier, three random letters. */
const CURRENT = String.raw`[A-HJ-PR-Y]{2}\d{2}[ -]?[A-HJ-PR-Z]{3}`;
/** Prefix format (1983-2001): year letter, 1-3 digits, three letters. */
const PREFIX = String.raw`[A-HJ-NPR-TV-Y]\d{1,3}[ -]?[A-HJ-PR-Y][A-HJ-PR-Z]{2}`;
/** Suffix format (1963-1983): three letters, 1-3 digits, year letter. */
const SUFFIX = String.raw`[A-HJ-PR-Z]{3}[ -]?\d{1,3}[ -]?[A-HJ-NPR-TV-Y]`;

/**
 * UK vehicle registrations. The current format with an age identifier that has been issued
 * ("AB51 ABC", "BD62XYZ", "LN14-HGT") is believed on its own in capitals, as Presidio does. Lower
 * case is how tox environments and short ids look ("py27 env"), and the older prefix and suffix
 * formats ("A123 BCD", "ABC 123D") are any letter-digit code, so those need a plate word nearby;
 * so does a last group that is a unit or word ("GB12 SDK"). A code's name right before it
 * ("promo code AB12 CDE") makes it that code.
 */
export const ukVehicleRegistrationRecognizer = lowerWhenNamedAsCode(
  createIdRecognizer({
    name: 'uk_vehicle_registration',
    label: 'UK_VEHICLE_REGISTRATION',
    context: contextPattern([...VEHICLE_CONTEXT_WORDS, 'reg', 'car reg', 'vrn', 'dvla', 'v5c', 'logbook', 'mot', 'insured vehicle']),
    validate: (compact, raw) => {
      if (/^[A-Z]{2}\d{2}[A-Z]{3}$/.test(compact)) {
        if (!isValidUkVehicleRegistration(compact)) return false;
        return raw === raw.toUpperCase() && !isUnitOrCommonWord(compact.slice(4)) ? true : PLATE_SCORES.needsContext;
      }
      return true;
    },
    forms: [
      { pattern: idPattern(PLATE_START, `(?:${CURRENT}|${CURRENT.toLowerCase()})`, PLATE_END), scores: PLATE_SCORES.checked },
      {
        pattern: idPattern(PLATE_START, `(?:${PREFIX}|${SUFFIX}|${PREFIX.toLowerCase()}|${SUFFIX.toLowerCase()})`, PLATE_END),
        scores: PLATE_SCORES.checked,
        requiresContext: true,
      },
    ],
  }),
);
