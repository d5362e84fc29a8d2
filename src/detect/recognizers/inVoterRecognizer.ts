import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { WORD_END, WORD_START, idPattern } from './idPattern.ts';

/**
 * Indian voter ids (EPIC numbers): three letters and seven digits. ServiceNow tickets
 * ("INC0012345", "CHG0030001") have exactly this layout, so only a voting word makes one believable.
 */
export const inVoterRecognizer = createIdRecognizer({
  name: 'in_voter',
  label: 'IN_VOTER',
  context: contextPattern(['voter', 'voter id', 'vote', 'epic', 'epic number', 'electoral', 'election commission', 'election card']),
  validate: () => true,
  forms: [{ pattern: idPattern(WORD_START, String.raw`(?:[A-Z]{3}\d{7}|[a-z]{3}\d{7})`, WORD_END), scores: ID_SCORES.bare }],
});
