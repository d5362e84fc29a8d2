const WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];

/**
 * Whether a German Rentenversicherungsnummer (2-digit area, birth DDMMYY with the day +50 as a
 * tie-breaker, the surname's initial, a 2-digit serial, a check digit; upper case) is valid: the
 * letter becomes its two-digit alphabet position, the 12 digits are weighted 2,1,2,5,7,1,2,1,2,1,2,1,
 * the digit sums of the products are added, and the total mod 10 is the check digit.
 */
export function isValidDeSocialSecurity(rvnr: string): boolean {
  const match = /^\d{2}(\d{2})(\d{2})\d{2}([A-Z])\d{3}$/.exec(rvnr);
  if (!match) return false;
  const day = Number(match[1]);
  const month = Number(match[2]);
  if (!((day >= 1 && day <= 31) || (day >= 51 && day <= 81)) || month < 1 || month > 12) return false;
  const effective = rvnr.slice(0, 8) + String(rvnr.charCodeAt(8) - 64).padStart(2, '0') + rvnr.slice(9, 11);
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) {
    const product = Number(effective[i]) * (WEIGHTS[i] ?? 0);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return sum % 10 === Number(rvnr[11]);
}
