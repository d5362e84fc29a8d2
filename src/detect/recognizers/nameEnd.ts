import type { ChatWord } from './chatWords.ts';
import { HONORIFICS } from './nameLexicon.ts';
import { DAY_WORDS, MONTH_WORDS, NOT_NAME_WORDS, TECHNICAL_NAMES } from './notPersonNames.ts';

/** Lower-case words inside a name: "Ludwig van der Berg", "María de la Cruz". */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'dos', 'das', 'la', 'le', 'bin', 'binti', 'al', 'el', 'ibn', 'ten', 'ter', 'y']);

/** Words in one name, at most. */
export const LONGEST_NAME = 4;

/**
 * The index of the last word of the name that starts at `words[first]`: further capitalised words,
 * initials ("Richard M. Nixon") and particles before a capitalised word ("Ludwig van der Berg"), up
 * to `LONGEST_NAME` words, never past punctuation, a line or sentence break, a tool's name, a team
 * word or a day. A month is taken as a surname ("Dan May") unless a number follows it ("Tom May 5").
 */
export function nameEnd(words: readonly ChatWord[], first: number): number {
  let last = first;
  for (let count = 1; count < LONGEST_NAME; count++) {
    const current = words[last];
    if (current === undefined || (current.closed && current.shape !== 'initial')) break;
    let next = last + 1;
    while (next - last <= 2 && isParticle(words[next])) next++;
    const candidate = words[next];
    if (candidate === undefined || candidate.sentenceStart) break;
    if (candidate.shape === 'initial') {
      if (words[next + 1]?.shape !== 'capitalised') break;
    } else if (candidate.shape !== 'capitalised' || !continuesName(candidate, words[next + 1])) {
      break;
    }
    last = next;
  }
  return last;
}

function isParticle(word: ChatWord | undefined): boolean {
  return word !== undefined && word.shape === 'lowercase' && !word.closed && PARTICLES.has(word.normal);
}

function continuesName(word: ChatWord, following: ChatWord | undefined): boolean {
  const { normal } = word;
  if (TECHNICAL_NAMES.has(normal) || NOT_NAME_WORDS.has(normal) || HONORIFICS.has(normal) || DAY_WORDS.has(normal)) return false;
  if (MONTH_WORDS.has(normal)) return word.closed || following === undefined || !/^\d/.test(following.text);
  return true;
}
