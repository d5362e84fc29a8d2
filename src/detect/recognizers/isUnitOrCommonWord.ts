/**
 * Upper-case letter groups that, between or after numbers in technical chat, are units, time
 * zones, SQL keywords, hardware and short English words: "16 GB 3200", "RAM 512MB",
 * "BETWEEN 18 AND 65", "Ubuntu 22 LTS 2024". A licence plate's letters could be one of these, but
 * far more often the text is what it looks like, so the plate recognizers skip them.
 */
const UNITS_AND_WORDS: ReadonlySet<string> = new Set([
  // Sizes, rates, frequencies, durations, lengths, weights, screen units.
  'KB', 'MB', 'GB', 'TB', 'PB', 'EB', 'KIB', 'MIB', 'GIB', 'TIB', 'BPS', 'HZ', 'KHZ', 'MHZ', 'GHZ', 'MS', 'NS', 'US',
  'SEC', 'MIN', 'HR', 'HRS', 'FPS', 'RPM', 'RPS', 'QPS', 'TPS', 'OPS', 'PX', 'PT', 'EM', 'REM', 'DPI', 'PPI', 'KM',
  'CM', 'MM', 'KG', 'MG', 'KW', 'MW', 'KWH', 'MAH', 'DB', 'ST', 'ND', 'RD', 'TH', 'OK',
  // Times and zones.
  'AM', 'PM', 'UTC', 'GMT', 'CET', 'CEST', 'EST', 'EDT', 'CST', 'PST', 'PDT', 'BST', 'IST',
  // SQL and short English words.
  'AND', 'OR', 'NOT', 'IN', 'IS', 'AS', 'AT', 'BY', 'ON', 'TO', 'OF', 'UP', 'IF', 'NO', 'THE', 'FOR', 'ALL', 'ANY',
  'ARE', 'ASC', 'TOP', 'SET', 'GET', 'PUT', 'NEW', 'OLD', 'MAX', 'AVG', 'SUM', 'VS', 'PER', 'NOW',
  // Hardware, software and release words.
  'CPU', 'GPU', 'RAM', 'SSD', 'HDD', 'API', 'SDK', 'JDK', 'OS', 'LTS', 'RC', 'ETA', 'SLA', 'SLO', 'PR', 'QA', 'CI',
]);

/** Whether `letters` (any case) is a unit or common word rather than a plate's letter series. */
export function isUnitOrCommonWord(letters: string): boolean {
  return UNITS_AND_WORDS.has(letters.toUpperCase());
}
