/**
 * The ICAO Doc 9303 check digit of a machine-readable document field: characters weighted 7, 3, 1
 * repeating (digits at face value, A=10 ... Z=35, "<" as 0), sum mod 10. Upper case only; returns
 * undefined for any other character.
 */
export function icaoCheckDigit(field: string): number | undefined {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const ch = field.charCodeAt(i);
    let value: number;
    if (ch >= 48 && ch <= 57) value = ch - 48;
    else if (ch >= 65 && ch <= 90) value = ch - 55;
    else if (ch === 60) value = 0;
    else return undefined;
    sum += value * (weights[i % 3] ?? 0);
  }
  return sum % 10;
}
