/** What the pipeline benchmark's members type: 1 in `piiEvery` messages is the PII one. */
export const PII_TEXT = 'Reach me at m.okafor@globex-mail.com, card 4539 1488 0343 6467';
export const CLEAN_TEXTS = [
  'standup moved to 10:30',
  'Release v2.3.14 is out; standup moved to 10:30, room 4521. Call me at 3pm.',
  'can someone review the deploy checklist before lunch?',
  'thanks, looks good to me',
  'the dashboard numbers for Q3 are in the usual folder',
] as const;
