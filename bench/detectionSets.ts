import { ADVERSARIAL_INPUTS } from '../test/support/adversarialInputs.ts';
import { chatMessages } from './chatMessages.ts';
import { pageTexts } from './pageTexts.ts';
import { seededRandom } from './seededRandom.ts';

/** The texts a detection measurement runs over, one message at a time. */
export type DetectionSetName = 'chat' | 'pages';

export const DETECTION_SETS: readonly DetectionSetName[] = Object.freeze(['chat', 'pages']);

/** The chat set (bench/chatMessages.ts) or the page-sized texts (bench/pageTexts.ts). */
export function detectionTexts(set: DetectionSetName): string[] {
  return set === 'chat' ? chatMessages().map((m) => m.text) : pageTexts().map((p) => p.text);
}

/**
 * Inputs for the 100 ms rule: the tests' adversarial strings (long runs of near-matches for every
 * pattern) and what costs the phone recognizer most, phone numbers by the thousand: valid ones on
 * one line with a phone word in front (every one is parsed and judged), dashed US-shaped numbers,
 * international and national numbers of several countries next to "call", and one long digit run.
 */
export function adversarialTexts(): Array<readonly [name: string, text: string]> {
  const r = seededRandom(40_000);
  const digits = (n: number): string => r.chars('0123456789', n);
  const until = (length: number, next: () => string): string => {
    let text = '';
    while (text.length < length) text += next();
    return text;
  };
  return [
    ...ADVERSARIAL_INPUTS,
    ['valid phone numbers on one line, after "phone"', `phone ${'4155550132 '.repeat(4_000)}`],
    ['dashed 3-3-4 numbers, 40,000 characters', until(40_000, () => `${digits(3)}-${digits(3)}-${digits(4)} `)],
    ['"call" and numbers of five countries', until(40_000, () => `call ${r.pick(['+1 415 555 ', '(212) 555-', '+44 20 7123 ', '020 7946 ', '+49 30 '])}${digits(4)} or `)],
    ['one digit run of 40,000 after "phone"', `phone ${digits(40_000)}`],
    ['numbers in parentheses', '(1) '.repeat(10_000)],
  ];
}
