/** Words a person reads in the DM and the dashboard, per label. Unknown labels fall back to the label. */
const DESCRIPTIONS: Record<string, string> = {
  EMAIL: 'email address',
  PHONE: 'phone number',
  CREDIT_CARD: 'credit card number',
  US_SSN: 'US Social Security number',
  IBAN: 'bank account number (IBAN)',
  SECRET: 'secret (password, API key or token)',
  IP_ADDRESS: 'IP address',
  MAC_ADDRESS: 'device (MAC) address',
  CRYPTO: 'crypto wallet address',
  US_ITIN: 'US taxpayer id (ITIN)',
  US_BANK_NUMBER: 'bank account number',
  ABA_ROUTING_NUMBER: 'bank routing number',
  US_PASSPORT: 'passport number',
  US_DRIVER_LICENSE: "driver's license number",
  UK_NINO: 'UK National Insurance number',
  UK_NHS: 'NHS number',
  DE_VAT_ID: 'German VAT number (USt-IdNr)',
  IT_VAT_CODE: 'Italian VAT number (partita IVA)',
  DE_PLZ: 'postal code',
  PH_MOBILE_NUMBER: 'phone number',
  TR_PHONE_NUMBER: 'phone number',
  UK_VEHICLE_REGISTRATION: 'vehicle registration (number plate)',
  NG_VEHICLE_REGISTRATION: 'vehicle registration (number plate)',
  IN_VEHICLE_REGISTRATION: 'vehicle registration (number plate)',
  TR_LICENSE_PLATE: 'vehicle registration (number plate)',
  PERSON: "person's name",
  LOCATION: 'place where someone lives',
  ADDRESS: 'street address',
  DATE_OF_BIRTH: 'date of birth',
};

export function describeLabel(label: string): string {
  return DESCRIPTIONS[label] ?? label.toLowerCase().replace(/_/g, ' ');
}
