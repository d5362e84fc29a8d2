import { describe, expect, it } from 'vitest';
import { chatWords } from './chatWords.ts';

function shapes(text: string): string[] {
  return chatWords(text).map((w) => `${w.text}:${w.shape}`);
}

describe('chatWords', () => {
  it('sets punctuation and possessives aside, with offsets of the word itself', () => {
    const text = "(Maria's) PR, thanks!";
    const words = chatWords(text);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['Maria', 'PR', 'thanks']);
    expect(words[0]).toMatchObject({ shape: 'capitalised', possessive: true, closed: true });
    expect(words[1]).toMatchObject({ shape: 'other', after: ',', closed: true });
  });

  it('classifies names, initials and particles', () => {
    expect(shapes("Richard M. Nixon, Sean O'Brien, Al-Sayed, McDonald, van der Berg, Émile")).toEqual([
      'Richard:capitalised',
      'M:initial',
      'Nixon:capitalised',
      'Sean:capitalised',
      "O'Brien:capitalised",
      'Al-Sayed:capitalised',
      'McDonald:capitalised',
      'van:lowercase',
      'der:lowercase',
      'Berg:capitalised',
      'Émile:capitalised',
    ]);
  });

  it.each([
    ['a Slack mention', '<@U024BE7LH>'],
    ['a converted mention', '@Maria'],
    ['a channel', '#eng-berlin'],
    ['a method call', 'UserService.findByEmail'],
    ['CamelCase', 'ProfileCard'],
    ['a file name', 'Invoice.java:87'],
    ['a branch', 'feature/maria-refund'],
    ['a URL', 'https://maria.example.com'],
    ['an acronym', 'JIRA'],
    ['digits', 'Maria2'],
    ['snake case', 'first_name'],
  ])('reads %s as other', (_why, text) => {
    expect(chatWords(text).map((w) => w.shape)).toEqual(['other']);
  });

  it('reads everything in backticks and code blocks as other', () => {
    expect(shapes('ask `Maria` and ```\nTom Smith\n``` then Tom')).toEqual([
      'ask:lowercase',
      '`Maria`:other',
      'and:lowercase',
      '```:other',
      'Tom:other',
      'Smith:other',
      '```:other',
      'then:lowercase',
      'Tom:capitalised',
    ]);
  });

  it('marks the first word of a text, a line, a sentence and a field', () => {
    const starts = (text: string): string[] => chatWords(text).filter((w) => w.sentenceStart).map((w) => w.text);
    expect(starts('Mark this. Then Grant it\nWill do: Pat')).toEqual(['Mark', 'Then', 'Will', 'Pat']);
    expect(starts('ask Mr. Mayers and Richard M. Nixon')).toEqual(['ask']);
  });

  it('reads a long text in one pass', () => {
    const text = 'Maria Garcia '.repeat(4_000);
    expect(chatWords(text)).toHaveLength(8_000);
  });
});
