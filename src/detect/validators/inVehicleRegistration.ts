/**
 * RTO district numbers per state or union territory code, as ranges. Codes with no range here
 * (CT, DH, UT and the retired UA, UL) are known states whose districts are not listed.
 */
const DISTRICTS: Readonly<Record<string, readonly (readonly [number, number])[]>> = Object.freeze({
  AN: [[1, 1]], AP: [[39, 40]], AR: [[1, 22]], AS: [[1, 34]], BR: [[1, 56]], CG: [[1, 30]], CH: [[1, 4]],
  DD: [[1, 3]], DL: [[1, 13]], DN: [[9, 9]], GA: [[1, 12]], GJ: [[1, 39]], HP: [[1, 99]], HR: [[1, 99]],
  JH: [[1, 24]], JK: [[1, 22]], KA: [[1, 71]], KL: [[1, 99]], LA: [[1, 2]], LD: [[1, 9]], MH: [[1, 51]],
  ML: [[1, 10]], MN: [[1, 7]], MP: [[1, 71]], MZ: [[1, 8]], NL: [[1, 10]], OD: [[1, 35]], OR: [[1, 31]],
  PB: [[1, 99]], PY: [[1, 5]], RJ: [[1, 58]], SK: [[1, 8]], TN: [[1, 99]], TR: [[1, 8]], TS: [[1, 38]],
  UK: [[1, 20]], UP: [[11, 96]], WB: [[1, 98]],
});
const UNLISTED_STATES: ReadonlySet<string> = new Set(['CT', 'DH', 'UT', 'UA', 'UL']);

/** How well an Indian registration's state and district codes check out. */
export type InRegistrationCheck = 'valid' | 'unknownDistrict' | 'invalid';

/**
 * Checks an Indian vehicle registration in the standard layout, upper case without separators:
 * a state or union territory code, the RTO district number (1-2 digits), a series of 1-3 letters,
 * and a 4-digit number that is not 0000 (`MH12AB1234`, `DL3CJI0001`). `valid` when the district
 * belongs to the state, `unknownDistrict` when the state exists but the district is not one of its
 * (or its districts are not listed), `invalid` otherwise.
 */
export function checkInVehicleRegistration(compact: string): InRegistrationCheck {
  const m = /^([A-Z]{2})(\d{1,2})[A-Z]{1,3}(\d{4})$/.exec(compact);
  if (!m || m[3] === '0000') return 'invalid';
  const [, state = '', district = ''] = m;
  const ranges = DISTRICTS[state];
  if (!ranges) return UNLISTED_STATES.has(state) ? 'unknownDistrict' : 'invalid';
  const n = Number(district);
  return ranges.some(([from, to]) => n >= from && n <= to) ? 'valid' : 'unknownDistrict';
}
