import { describe, expect, it } from 'vitest';
import { peopleAround } from './compromisePeople.ts';

function people(text: string, word: string, startsSentence = false): string[] {
  const start = text.indexOf(word);
  return peopleAround(text, start, start + word.length, startsSentence).map((s) => text.slice(s.start, s.end));
}

describe('peopleAround', () => {
  it('reads a first name that is also a word as a person when a verb follows it', () => {
    expect(people('Mark pushed a fix for the race condition', 'Mark')).toEqual(['Mark']);
    expect(people('Pat is on leave', 'Pat')).toEqual(['Pat']);
  });

  it('reads it as the verb or the adjective at the start of a sentence', () => {
    expect(people('Mark as resolved once the deploy is green', 'Mark')).toEqual([]);
    expect(people('Grant read access to the analytics role', 'Grant')).toEqual([]);
    expect(people('Frank feedback from the retro', 'Frank')).toEqual([]);
  });

  it('takes the caller\'s word for where a sentence starts', () => {
    expect(people('DEV-881: Mark notifications as read', 'Mark', true)).toEqual([]);
  });

  it('gives offsets in the whole text, reading only the sentence around the word', () => {
    const text = `${'Jenkins is green. '.repeat(20)}lunch with Grace and Ivan at noon?`;
    expect(people(text, 'Grace')).toEqual(['Grace', 'Ivan']);
  });
});
