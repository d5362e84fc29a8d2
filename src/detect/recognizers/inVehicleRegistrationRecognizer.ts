import { checkInVehicleRegistration } from '../validators/inVehicleRegistration.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer } from './createIdRecognizer.ts';
import { idPattern } from './idPattern.ts';
import { lowerWhenNamedAsCode } from './lowerWhenNamedAsCode.ts';
import { PLATE_END, PLATE_START } from './plateBoundaries.ts';
import { PLATE_SCORES } from './plateScores.ts';
import { VEHICLE_CONTEXT_WORDS } from './vehicleContextWords.ts';

/** State, district (one digit with 1-3 series letters, or two digits with 1-2), number. */
const STANDARD = String.raw`[A-Z]{2}[ -]?(?:\d[ -]?[A-Z]{1,3}|\d{2}[ -]?[A-Z]{1,2})[ -]?\d{4}`;
/** Bharat series (2021+): year, "BH", number, two letters (no I or O). */
const BHARAT = String.raw`[2-9]\d[ -]?BH[ -]?\d{4}[ -]?[A-HJ-NP-Z]{2}`;

/**
 * Indian vehicle registrations, in capitals, compact or with single spaces or dashes between the
 * groups ("MH12AB1234", "KA 53 ME 3456", "DL3CJI0001", "22 BH 1234 AA"). A state code with one of
 * its RTO district numbers is believed on its own; a real state with a district it does not list
 * is reported at Presidio's pattern score; letters that are no state are not a registration.
 */
export const inVehicleRegistrationRecognizer = lowerWhenNamedAsCode(
  createIdRecognizer({
    name: 'in_vehicle_registration',
    label: 'IN_VEHICLE_REGISTRATION',
    context: contextPattern([...VEHICLE_CONTEXT_WORDS, 'rto', 'rc', 'rc number', 'gaadi', 'bike', 'scooter']),
    validate: (compact) => {
      if (/^\d{2}BH/.test(compact)) return !compact.endsWith('0000', 8);
      const check = checkInVehicleRegistration(compact);
      return check === 'valid' ? true : check === 'unknownDistrict' ? PLATE_SCORES.layoutOnly : false;
    },
    forms: [
      { pattern: idPattern(PLATE_START, `(?:${STANDARD}|${BHARAT})`, PLATE_END), scores: PLATE_SCORES.checked },
    ],
  }),
);
