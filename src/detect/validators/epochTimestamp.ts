/**
 * Whether a bare run of digits reads as a Unix timestamp from mid-2017 to 2030, in seconds (10
 * digits) or milliseconds (13): what logs, Slack message ids and APIs are full of. Ids whose
 * digits happen to fall in that range (people born 2015-2018 or 1915-1918, for the 13-digit ids
 * that start with a birth date) then need a word naming them.
 */
export function looksLikeEpochTimestamp(digits: string): boolean {
  if (digits.length === 10) return digits >= '1500000000' && digits < '1900000000';
  if (digits.length === 13) return digits >= '1500000000000' && digits < '1900000000000';
  return false;
}
