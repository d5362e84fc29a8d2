import type { Finding } from '../finding.ts';
import { hasNearbyContext } from '../hasNearbyContext.ts';
import { contextPattern } from './contextPattern.ts';
import type { PatternRecognizer } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';
import { mayMatchAny } from './patternNeeds.ts';

/** 8 to 17 digits: the lengths US banks use. No checksum exists. */
const ACCOUNT_DIGITS = idPattern(DIGITS_START, String.raw`\d{8,17}`, DIGITS_END);

/**
 * Words that say a number is a bank account. Plain "account" is not enough: "AWS account
 * 123456789012" and "account 4412" are everyday chat.
 */
const BANK_CONTEXT = contextPattern([
  'bank account', 'bank acct', 'account number', 'account no', 'account #', 'acct number', 'acct no', 'acct #', 'acct',
  'checking', 'checking account', 'savings', 'savings account', 'routing and account', 'direct deposit', 'deposit to',
]);

/** A cloud or SaaS account, whose numbers are not bank accounts. */
const NOT_A_BANK = /\b(?:aws|amazon|gcp|google|azure|cloud|iam|arn|billing|project|tenant|subscription|org|organization|slack|github|stripe)\b/i;

/** With a banking word nearby, that is what the writer says it is. */
const SCORE = 0.6;

/**
 * US bank account numbers, only where the text says so ("checking account 000123456789"): with no
 * checksum and lengths shared by every other number, the words are the whole evidence.
 */
export const usBankNumberRecognizer: PatternRecognizer = {
  name: 'us_bank_number',
  labels: ['US_BANK_NUMBER'],
  patterns: [ACCOUNT_DIGITS],
  mayMatch: (features) => mayMatchAny([ACCOUNT_DIGITS], features),
  recognize(text: string): Finding[] {
    if (!BANK_CONTEXT.test(text)) return [];
    const findings: Finding[] = [];
    for (const m of text.matchAll(ACCOUNT_DIGITS)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!hasNearbyContext(text, start, end, BANK_CONTEXT)) continue;
      if (hasNearbyContext(text, start, end, NOT_A_BANK)) continue;
      findings.push({ start, end, label: 'US_BANK_NUMBER', score: SCORE, recognizer: 'us_bank_number' });
    }
    return findings;
  },
};
