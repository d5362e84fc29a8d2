/** Words a person reads in the DM and the dashboard, per label. Unknown labels fall back to the label. */
const DESCRIPTIONS: Record<string, string> = {
  EMAIL: 'email address',
  PHONE: 'phone number',
  CREDIT_CARD: 'credit card number',
  US_SSN: 'US Social Security number',
  IBAN: 'bank account number (IBAN)',
};

export function describeLabel(label: string): string {
  return DESCRIPTIONS[label] ?? label.toLowerCase().replace(/_/g, ' ');
}
