import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { textFeatures } from '../textFeatures.ts';
import { MAX_TAGGER_CALLS, PERSON_SCORES, personRecognizer } from './personRecognizer.ts';

function names(text: string): string[] {
  return personRecognizer
    .recognize(text)
    .filter((f) => f.score >= 0.5)
    .map((f) => text.slice(f.start, f.end));
}

describe('personRecognizer', () => {
  it('reports exact offsets, scored by how clear the name is', () => {
    expect(personRecognizer.recognize('my name is Dan')).toEqual([
      { start: 11, end: 14, label: 'PERSON', score: PERSON_SCORES.certain, recognizer: 'person' },
    ]);
    expect(personRecognizer.recognize('Hey Tom, can you check?')).toEqual([
      { start: 4, end: 7, label: 'PERSON', score: PERSON_SCORES.firstName, recognizer: 'person' },
    ]);
    expect(personRecognizer.recognize('talked to Okonkwo yesterday')[0]?.score).toBe(PERSON_SCORES.likely);
    expect(personRecognizer.recognize('Dan Tailor')[0]?.score).toBe(PERSON_SCORES.certain);
  });

  it.each([
    ['a first name and surname', 'John Oliver is a comedian.', ['John Oliver']],
    ['a middle initial', 'Richard M. Nixon', ['Richard M. Nixon']],
    ['three names', 'Richard Milhous Nixon', ['Richard Milhous Nixon']],
    ['a title, left out of the span', 'They call me Mr. Mayers', ['Mayers']],
    ['a title before a month', 'Mr. May', ['May']],
    ['a month as a surname', 'Dan May has a bank account.', ['Dan May']],
    ['particles', 'Ludwig van der Berg from legal needs it', ['Ludwig van der Berg']],
    ['apostrophes and hyphens', "Sean O'Brien and Fatima Al-Sayed joined", ["Sean O'Brien", 'Fatima Al-Sayed']],
    ['accents', 'Our DPO is María José García', ['María José García']],
    ['a hyphenated first name', 'Jean-Luc Moreau approved it', ['Jean-Luc Moreau']],
    ['a possessive', "Ananya's laptop needs a new SSD", ['Ananya']],
    ['a signature', 'Best regards,\nHannah Schmidt\nHead of IT', ['Hannah Schmidt']],
    ['a name field with a name compromise lacks', 'Patient: Okonkwo Adebayo', ['Okonkwo Adebayo']],
    ['a lower-case name after a greeting', 'thanks sarah, that fixed it', ['sarah']],
    ['a name where people are named', 'talked to Okonkwo yesterday', ['Okonkwo']],
    ['a name before what people do', 'Chidi said the webhook retries too fast', ['Chidi']],
    ['names from a global team', 'cc Priya, Kwame and Yuki Tanaka', ['Priya', 'Kwame', 'Yuki Tanaka']],
    ['a product name with a surname', 'Julia Roberts signed the contract', ['Julia Roberts']],
  ])('finds %s', (_why, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['tools and products', 'Jenkins is down, restart Kafka and Redis, then check Grafana and Sentry'],
    ['assistants', 'Claude wrote the migration, Copilot the tests; ask Siri or Alexa for a timer'],
    ['tools that are first names', 'Hugo builds the docs, Travis CI is gone, Winston and Morgan log to stdout'],
    ['Slack mentions', 'thanks <@U024BE7LH>, merged; @U024BE7LH can you approve?'],
    ['code identifiers and CamelCase', 'UserService.findByEmail throws in AccountController, see getCustomerName'],
    ['file and branch names', 'see src/components/ProfileCard.tsx on feature/PAY-231-maria-refund-flow'],
    ['code in backticks', 'rename `Maria` to `customerName` in `Invoice.java`'],
    ['a stack trace', 'Exception in thread "main" java.lang.IllegalStateException\n\tat com.acme.Billing.total(Invoice.java:87)'],
    ['days and months', "Monday's standup moved to Tuesday, April 9; release on March 15"],
    ['a month after a preposition', 'I bought my car in May'],
    ['team and channel names', 'Hi Team, #team-platform and the Platform Team own the Payments API'],
    ['places', 'deploying to Dublin, the Frankfurt region and San Francisco are fine'],
    ['a surname alone', 'Smith approved the change'],
    ['placeholders', 'use John Doe as the test user; Max Mustermann is the German sample'],
    ['an imperative', 'Grant read access to the analytics role'],
    ['a verb before a function word', 'Chase the vendor about the SOC2 report'],
    ['a modal', 'Will the migration lock the table?'],
    ['Title Case', 'Can You Check The Logs For The Auth Service'],
    ['a lower-case first name without a greeting', 'the maria database is slow'],
  ])('leaves alone %s', (_why, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a past-tense verb after it', 'Mark pushed a fix for the race condition', ['Mark']],
    ['a request', 'ask Grant about the Terraform state lock', ['Grant']],
    ['a list of people', 'lunch with Grace and Ivan at noon?', ['Grace', 'Ivan']],
    ['a state of a person', 'Pat is on leave until Monday', ['Pat']],
    ['a known surname', 'Grace Miller wrote the runbook', ['Grace Miller']],
  ])('reads a first name that is also a word as a name with %s', (_why, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a modifier', 'Frank feedback from the retro: the pager load is too high'],
    ['a verb after a field label', 'DEV-881: Mark notifications as read when the thread is opened'],
  ])('reads a first name that is also a word as the word in %s', (_why, text) => {
    expect(names(text)).toEqual([]);
  });

  it('asks the tagger at most MAX_TAGGER_CALLS times per text', () => {
    // Each "Mark" here needs the tagger; past the cap they are not reported rather than slow.
    const text = 'Mark pushed a fix. '.repeat(2_000);
    expect(text.length).toBeGreaterThan(35_000);
    expect(names(text)).toHaveLength(MAX_TAGGER_CALLS);
  });

  it('reads a long message in one pass and keeps its offsets', () => {
    const line = 'thanks Maria Garcia and Tom, ask Priya about the Dublin rollout; Jenkins is green. ';
    const text = line.repeat(500);
    const found = personRecognizer.recognize(text);
    expect(found).toHaveLength(3 * 500);
    expect(found.slice(0, 3).map((f) => text.slice(f.start, f.end))).toEqual(['Maria Garcia', 'Tom', 'Priya']);
    expect(text.slice(found.at(-1)?.start, found.at(-1)?.end)).toBe('Priya');
  });

  it('passes its gate whenever it finds something, and skips text with no capital and no greeting', () => {
    for (const text of ['thanks sarah', 'Maria is out', 'Émile a signé']) {
      expect(personRecognizer.recognize(text).length, text).toBeGreaterThan(0);
      expect(personRecognizer.mayMatch?.(textFeatures(text)), text).toBe(true);
    }
    expect(personRecognizer.mayMatch?.(textFeatures('lgtm, merged into main at 14:02'))).toBe(false);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(personRecognizer);
  });
});
