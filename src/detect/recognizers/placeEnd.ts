import type { ChatWord } from './chatWords.ts';
import { MULTI_WORD_PLACES, PLACE_NAMES } from './nameLexicon.ts';

/**
 * If the capitalised words from `first` on name a place compromise knows ("Dublin", "San
 * Francisco", "Buenos Aires"), the index of its last word; otherwise undefined. The longest
 * multi-word place wins, so "San Francisco" is one place rather than a first name after "San".
 */
export function placeEnd(words: readonly ChatWord[], first: number): number | undefined {
  const word = words[first];
  if (word === undefined || word.shape !== 'capitalised') return undefined;
  let best: number | undefined;
  for (const place of MULTI_WORD_PLACES.get(word.normal) ?? []) {
    const parts = place.split(' ');
    if (parts.every((part, k) => fits(words, first, k, part)) && (best === undefined || first + parts.length - 1 > best)) {
      best = first + parts.length - 1;
    }
  }
  if (best !== undefined) return best;
  return PLACE_NAMES.has(word.normal) ? first : undefined;
}

function fits(words: readonly ChatWord[], first: number, k: number, part: string): boolean {
  const word = words[first + k];
  if (word === undefined || word.normal !== part) return false;
  // Words of one place are not split by punctuation: "Santa, Clara" is two things.
  return k === 0 || !(words[first + k - 1]?.closed ?? true);
}
