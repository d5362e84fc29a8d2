import { BASE62, join } from '../test/support/fakeSecrets.ts';
import type { SeededRandom } from './seededRandom.ts';

/**
 * Personal data for the benchmark's text sets, made up but valid where validity is checkable (Luhn
 * for cards, the SSA rules for SSNs, mod-97 for IBANs, real area codes and exchanges for phones),
 * so every engine meets what it would meet in a real leak. Tokens are assembled at run time, as in
 * the tests' fake secrets, so no string in the repository looks like a live credential.
 */

const FIRST = ['Maria', 'James', 'Aisha', 'Chen', 'Lukas', 'Priya', 'Tom', 'Sofia', 'Omar', 'Hannah', 'Diego', 'Yuki', 'Grace', 'Ivan', 'Fatima', 'Noah'];
const LAST = ['Okafor', 'Schmidt', 'Garcia', 'Nguyen', 'Kowalski', 'Patel', 'Johnson', 'Rossi', 'Haddad', 'Lindqvist', 'Tanaka', 'Murphy', 'Silva', 'Novak'];
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'globex-mail.com', 'web.de', 'icloud.com'];
/** Area codes in use (libphonenumber accepts them); 555 exchanges are avoided, they are fiction. */
const US_AREA_CODES = ['415', '212', '312', '646', '617', '206', '303', '404', '512', '718', '213', '702'];

export function firstName(r: SeededRandom): string {
  return r.pick(FIRST);
}

export function fullName(r: SeededRandom): string {
  return `${r.pick(FIRST)} ${r.pick(LAST)}`;
}

export function email(r: SeededRandom): string {
  const first = r.pick(FIRST).toLowerCase();
  const last = r.pick(LAST).toLowerCase();
  const local = r.pick([`${first}.${last}`, `${first[0] ?? 'x'}${last}`, `${first}${r.int(1, 99)}`, `${first}_${last}`]);
  return `${local}@${r.pick(MAIL_DOMAINS)}`;
}

export function usPhone(r: SeededRandom): string {
  const area = r.pick(US_AREA_CODES);
  let exchange = r.int(201, 989);
  if (exchange === 555) exchange = 556;
  const line = String(r.int(0, 9999)).padStart(4, '0');
  return r.pick([`(${area}) ${exchange}-${line}`, `${area}-${exchange}-${line}`, `+1 ${area} ${exchange} ${line}`, `${area}.${exchange}.${line}`]);
}

export function internationalPhone(r: SeededRandom): string {
  return r.pick([
    `+44 7${r.int(700, 999)} ${r.int(100000, 999999)}`,
    `+49 151 ${r.int(10000000, 99999999)}`,
    `+33 6 ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`,
    `+61 4${r.int(10, 99)} ${r.int(100, 999)} ${r.int(100, 999)}`,
  ]);
}

/** A Visa or Mastercard number passing Luhn, printed in groups of four, dashed or compact. */
export function cardNumber(r: SeededRandom): string {
  const prefix = r.chance(0.5) ? '4' : String(r.int(51, 55));
  let digits = prefix + r.chars('0123456789', 15 - prefix.length);
  digits += luhnCheckDigit(digits);
  const groups = digits.match(/.{4}/g) ?? [digits];
  return r.pick([groups.join(' '), groups.join('-'), digits]);
}

/** Area 001-665 or 667-899, group and serial not zero: what the SSA issues. */
export function ssn(r: SeededRandom): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

/** A German IBAN with a correct mod-97 check, printed in groups of four. */
export function iban(r: SeededRandom): string {
  const bban = r.chars('0123456789', 18);
  // Check digits: 98 - (BBAN + "DE00" with letters as numbers) mod 97; D = 13, E = 14.
  const check = 98 - mod97(`${bban}131400`);
  const compact = `DE${String(check).padStart(2, '0')}${bban}`;
  return (compact.match(/.{1,4}/g) ?? [compact]).join(' ');
}

/** A public IPv4 address (not private, loopback or documentation). */
export function publicIp(r: SeededRandom): string {
  return `${r.pick([81, 86, 94, 145, 178, 212])}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(1, 254)}`;
}

export function awsAccessKeyId(r: SeededRandom): string {
  return join('AK', 'IA', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
}

export function githubToken(r: SeededRandom): string {
  return join('gh', 'p_', r.chars(BASE62, 36));
}

export function password(r: SeededRandom): string {
  return `${r.pick(['Summer', 'Blue', 'Tiger', 'Rocket'])}${r.int(10, 99)}${r.pick(['!', '#', '$', '&'])}${r.chars('abcdefghkmnpqrstuvwxyz', 3)}`;
}

function luhnCheckDigit(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function mod97(digits: string): number {
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}
