/**
 * Whether 7 upper-case characters are a UK registration in the current (2001+) format: two area
 * letters (no I, Q or Z), the age identifier, three random letters (no I or Q). The age identifier
 * is the year for March issues (02-29) and the year plus 50 for September ones (51-79); 00, 01,
 * 30-50 and 80-99 are never issued.
 */
export function isValidUkVehicleRegistration(compact: string): boolean {
  if (!/^[A-HJ-PR-Y]{2}\d{2}[A-HJ-PR-Z]{3}$/.test(compact)) return false;
  const age = Number(compact.slice(2, 4));
  return (age >= 2 && age <= 29) || (age >= 51 && age <= 79);
}
