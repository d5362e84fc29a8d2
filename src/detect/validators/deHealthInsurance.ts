/**
 * Whether a German Krankenversichertennummer (a letter and 9 digits, upper case) has the right
 * check digit: the letter as its two-digit position in the alphabet (A=01) followed by the next
 * eight digits, weighted 1,2,1,2,..., two-digit products replaced by their digit sum, total mod 10.
 */
export function isValidDeHealthInsurance(kvnr: string): boolean {
  if (!/^[A-Z]\d{9}$/.test(kvnr)) return false;
  const effective = String(kvnr.charCodeAt(0) - 64).padStart(2, '0') + kvnr.slice(1, 9);
  let sum = 0;
  for (let i = 0; i < effective.length; i++) {
    const product = Number(effective[i]) * (i % 2 === 0 ? 1 : 2);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === Number(kvnr[9]);
}
