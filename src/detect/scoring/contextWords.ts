/**
 * Words near a finding that make it more believable, per label. Keyed by label as a plain string,
 * not `PiiLabel`, so a recognizer added later gets context by adding an entry here and nothing else.
 * A phrase ("social security") matches with any run of spaces between its words; every word also
 * matches with a trailing "s" ("cards", "phones").
 *
 * Most recognizers already look for their own words and score accordingly; this stage adds a second,
 * smaller push (see `applyContext`), and is what gives context to recognizers that do not.
 */
export const RAISING_CONTEXT_WORDS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  PHONE: Object.freeze([
    'phone', 'telephone', 'cellphone', 'call', 'mobile', 'mob', 'cell', 'tel', 'whatsapp', 'signal',
    'sms', 'text me', 'fax', 'dial', 'landline', 'ph',
  ]),
  US_SSN: Object.freeze(['ssn', 'ss#', 'ssn#', 'social security', 'social sec', 'soc sec']),
  CREDIT_CARD: Object.freeze([
    'card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'american express', 'discover', 'cvv', 'cvc',
    'exp', 'expiry', 'expires', 'payment',
  ]),
  IBAN: Object.freeze(['iban', 'account', 'transfer', 'wire', 'bank', 'sepa', 'bic', 'swift', 'beneficiary', 'payee']),
  EMAIL: Object.freeze(['email', 'e-mail', 'mail', 'contact', 'inbox']),
});

/**
 * Words that, written right before a run of digits, name it as something that is not personal data:
 * "order 4155550132", "version 4.1.5", "PID=31337". They apply to any label whose match is mostly
 * digits, except where the word is one of that label's own raising words (a recognizer for national
 * ids may list "id" as its context; then "id" does not count against it).
 */
export const LOWERING_CONTEXT_WORDS: readonly string[] = Object.freeze([
  'version', 'ver', 'release', 'build', 'order', 'ticket', 'invoice', 'issue', 'pr', 'port', 'pid', 'sha',
  'commit', 'id', 'ref', 'reference', 'tracking', 'sku', 'serial', 'model', 'part', 'job', 'run',
  'confirmation', 'booking', 'transaction', 'txn', 'isbn',
]);

/**
 * Words that, right before a lowering word, make the phrase name a personal identifier again: "order
 * 4155550132" is an order, "national id 4155550132", "tax ref ..." and "my id is ..." are not. Mostly
 * for the national-id labels, whose numbers people introduce exactly that way.
 */
export const PERSONAL_QUALIFIERS: readonly string[] = Object.freeze([
  'national', 'personal', 'identity', 'identification', 'tax', 'taxpayer', 'resident', 'citizen', 'voter',
  'social', 'health', 'patient', 'insurance', 'government', 'passport', 'licence', 'license', 'my', 'your',
  'his', 'her', 'their',
]);
