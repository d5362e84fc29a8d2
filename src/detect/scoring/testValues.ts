/**
 * Values published for testing and documentation. Nobody's card, phone, address or SSN, and exactly
 * what developers paste into chat while testing a checkout or a signup form: reporting them would
 * delete innocent messages. Each group can be turned off on its own (`{ cards: false }`), for
 * example to score a corpus whose positives are built from these very numbers.
 */
export type TestValueGroup = 'cards' | 'phones' | 'emails' | 'ssns' | 'ips';

/** `true` (every group, the default), `false` (none), or per group; an absent group is on. */
export type TestValueSettings = boolean | Readonly<Partial<Record<TestValueGroup, boolean>>>;

export const TEST_VALUE_GROUPS: readonly TestValueGroup[] = Object.freeze(['cards', 'phones', 'emails', 'ssns', 'ips']);

/**
 * Card numbers from processors' test documentation (all pass Luhn and an issuer range, which the
 * unit test checks): Stripe, Braintree/PayPal, Authorize.net, Adyen, Payflow and the numbers every
 * tutorial uses. Digits only.
 */
export const TEST_CARD_NUMBERS: ReadonlySet<string> = new Set([
  // Stripe
  '4242424242424242', '4000056655665556', '5555555555554444', '2223003122003222', '5200828282828210',
  '5105105105105100', '378282246310005', '371449635398431', '6011111111111117', '6011000990139424',
  '6011981111111113', '3056930009020004', '36227206271667', '3566002020360505', '6200000000000005',
  '4000002500003155', '4000000000003220', '4000000000000002', '4000000000009995', '4000000000000077',
  '4000000000000341', '4000000000000069', '4000000000000127', '4000000000000119', '4000000000000010',
  // Braintree / PayPal
  '4111111111111111', '4012888888881881', '4005519200000004', '4009348888881881', '4012000033330026',
  '4012000077777777', '4217651111111119', '4500600000000061', '2223000048400011', '3530111333300000',
  '6304000000000000', '378734493671000', '5500000000000004',
  // Authorize.net
  '4222222222222', '5424000000000015', '4007000000027', '4012888818888', '370000000000002',
  '6011000000000012', '38000000000006', '2223000010309703', '2223000010309711',
  // Adyen, Payflow, Worldpay and other gateways' sandboxes
  '30569309025904', '38520000023237', '5431111111111111', '6331101999990016', '4917610000000000',
  '5019717010103742', '6759649826438453', '4444333322221111', '4111111145551142', '5555341244441115',
  '2222400070000005', '6011601160116611', '3569990010095841', '6011000400000000', '3528000700000000',
]);

/**
 * The Woolworth wallet-card number (078-05-1120) and the 1940s advertising sample (219-09-9999).
 * `isValidUsSsn` already rejects both; listed here too for recognizers that do not use it.
 */
export const TEST_SSNS: ReadonlySet<string> = new Set(['078051120', '219099999']);

/** RFC 2606 and RFC 6761: second-level names and top-level domains reserved for examples and tests. */
const RESERVED_EMAIL_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/;

/**
 * A rule that says whether a finding's matched text, under its label, is a test value. Card and
 * SSN numbers are judged under any label (the same digits found as a bank number are still a test
 * card); phone, e-mail and IP rules are shapes that only mean something for their own label.
 */
type TestValueRule = (value: string, label: string) => boolean;

const SHORTEST_TEST_CARD = Math.min(...[...TEST_CARD_NUMBERS].map((n) => n.length));
const SHORTEST_TEST_SSN = Math.min(...[...TEST_SSNS].map((n) => n.length));

const RULES: Readonly<Record<TestValueGroup, TestValueRule>> = Object.freeze({
  // A value shorter than the shortest number cannot hold its digits: no need to extract them.
  cards: (value) => value.length >= SHORTEST_TEST_CARD && TEST_CARD_NUMBERS.has(digitsOf(value)),
  ssns: (value) => value.length >= SHORTEST_TEST_SSN && TEST_SSNS.has(digitsOf(value)),
  phones: (value, label) => label === 'PHONE' && isFictionalUsPhone(value),
  emails: (value, label) => label === 'EMAIL' && isReservedEmail(value),
  ips: (value, label) => label === 'IP_ADDRESS' && isDocumentationIp(value),
});

/** The groups `settings` turns on. Throws on an unknown group name, so a typo does not go unnoticed. */
export function enabledTestValueGroups(settings: TestValueSettings = true): TestValueGroup[] {
  if (typeof settings === 'boolean') return settings ? [...TEST_VALUE_GROUPS] : [];
  for (const key of Object.keys(settings)) {
    if (!(TEST_VALUE_GROUPS as readonly string[]).includes(key)) {
      throw new TypeError(`unknown test value group "${key}"; the groups are ${TEST_VALUE_GROUPS.join(', ')}`);
    }
  }
  return TEST_VALUE_GROUPS.filter((group) => settings[group] !== false);
}

/** Whether `value` (a finding's matched text) is a test value of one of `groups`. */
export function isTestValue(value: string, label: string, groups: readonly TestValueGroup[]): boolean {
  return groups.some((group) => RULES[group](value, label));
}

function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/**
 * 555-0100 to 555-0199 are reserved for fiction in every North American area code, in any
 * formatting: "555-0123", "(312) 555-0117", "+1 312 555 0117", "1-800-555-0199 ext. 4". Other
 * 555 numbers are not reserved (555-1212 is directory assistance).
 */
function isFictionalUsPhone(value: string): boolean {
  const withoutExtension = value.replace(/\s*(?:ext\.?|extension|x|#)\s*\d+\s*$/i, '');
  const international = /^\(?\+/.test(withoutExtension.trim());
  let digits = digitsOf(withoutExtension);
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  else if (international) return false;
  if (digits.length === 10) digits = digits.slice(3);
  return digits.length === 7 && digits.startsWith('55501');
}

function isReservedEmail(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at < 0) return false;
  const domain = value.slice(at + 1).trim().toLowerCase().replace(/\.$/, '');
  return RESERVED_EMAIL_DOMAIN.test(domain);
}

/**
 * RFC 5737 (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), RFC 6676 (233.252.0.0/24), RFC 3849
 * (2001:db8::/32) and RFC 9637 (3fff::/20).
 */
function isDocumentationIp(value: string): boolean {
  const address = value.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '').toLowerCase();
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/.exec(address);
  if (v4) {
    const prefix = `${Number(v4[1])}.${Number(v4[2])}.${Number(v4[3])}`;
    return ['192.0.2', '198.51.100', '203.0.113', '233.252.0'].includes(prefix);
  }
  if (!address.includes(':')) return false;
  const [first = '', second = ''] = address.split(':');
  if (!/^[0-9a-f]{1,4}$/.test(first) || !/^[0-9a-f]{0,4}$/.test(second)) return false;
  const a = parseInt(first, 16);
  const b = second === '' ? 0 : parseInt(second, 16);
  return (a === 0x2001 && b === 0x0db8) || (a === 0x3fff && b < 0x1000);
}
