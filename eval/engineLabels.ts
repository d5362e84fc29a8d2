/**
 * What the compared libraries call the things they find, in corpus labels. One table per library;
 * `null` marks a type with no counterpart in the corpus, and a type in neither column is treated
 * the same way. Such findings are kept as `OTHER:<type>`: they are scored under no label, but they
 * still flag the message (see `scoreCorpus`). `npm run eval` prints both tables into
 * docs/detection.md, so this file is their one source.
 */

/** redact-pii 3.x: the placeholder each built-in redactor writes (lodash `snakeCase(name).toUpperCase()`). */
export const REDACT_PII_LABELS: Readonly<Record<string, string | null>> = Object.freeze({
  CREDIT_CARD_NUMBER: 'CREDIT_CARD',
  STREET_ADDRESS: 'LOCATION',
  ZIPCODE: null,
  PHONE_NUMBER: 'PHONE',
  IP_ADDRESS: 'IP_ADDRESS',
  US_SOCIAL_SECURITY_NUMBER: 'US_SSN',
  EMAIL_ADDRESS: 'EMAIL',
  USERNAME: null,
  PASSWORD: null,
  CREDENTIALS: null,
  // Any run of four or more digits: the reason redact-pii flags versions, prices and ticket numbers.
  DIGITS: null,
  URL: 'URL',
  PERSON_NAME: 'PERSON',
});

/**
 * openredaction 1.x: its detection `type`s that have a corpus counterpart. Its other ~500 types
 * (order numbers, tracking numbers, licence plates of US states, gamer tags, API keys, …) are
 * `OTHER:`. Every crypto address is CRYPTO; UK and German plates are the corpus's vehicle labels.
 */
export const OPENREDACTION_LABELS: Readonly<Record<string, string | null>> = Object.freeze({
  EMAIL: 'EMAIL',
  NAME: 'PERSON',
  DATE_OF_BIRTH: 'DATE_TIME',
  DATE: 'DATE_TIME',
  CREDIT_CARD: 'CREDIT_CARD',
  IBAN: 'IBAN',
  UK_BANK_ACCOUNT_IBAN: 'IBAN',
  ROUTING_NUMBER_US: 'ABA_ROUTING_NUMBER',
  SSN: 'US_SSN',
  ITIN: 'US_ITIN',
  PASSPORT_US: 'US_PASSPORT',
  DRIVING_LICENSE_US: 'US_DRIVER_LICENSE',
  NPI_NUMBER: 'US_NPI',
  DEA_NUMBER: 'MEDICAL_LICENSE',
  PASSPORT_UK: 'UK_PASSPORT',
  NATIONAL_INSURANCE_UK: 'UK_NINO',
  NHS_NUMBER: 'UK_NHS',
  DRIVING_LICENSE_UK: 'UK_DRIVING_LICENCE',
  POSTCODE_UK: 'UK_POSTCODE',
  UK_LICENSE_PLATE: 'UK_VEHICLE_REGISTRATION',
  SIN_CA: 'CA_SIN',
  CANADIAN_SIN: 'CA_SIN',
  PHONE_US: 'PHONE',
  PHONE_UK: 'PHONE',
  PHONE_UK_MOBILE: 'PHONE',
  PHONE_INTERNATIONAL: 'PHONE',
  ADDRESS_STREET: 'LOCATION',
  ADDRESS_PO_BOX: 'LOCATION',
  IPV4: 'IP_ADDRESS',
  IPV6: 'IP_ADDRESS',
  MAC_ADDRESS: 'MAC_ADDRESS',
  URL_WITH_AUTH: 'URL',
  BITCOIN_ADDRESS: 'CRYPTO',
  ETHEREUM_ADDRESS: 'CRYPTO',
  LITECOIN_ADDRESS: 'CRYPTO',
  MONERO_ADDRESS: 'CRYPTO',
  RIPPLE_ADDRESS: 'CRYPTO',
  CARDANO_ADDRESS: 'CRYPTO',
  GERMAN_TAX_ID: 'DE_TAX_ID',
  GERMAN_LICENSE_PLATE: 'DE_KFZ',
  SPANISH_DNI: 'ES_NIF',
  ITALIAN_FISCAL_CODE: 'IT_FISCAL_CODE',
  POLISH_PESEL: 'PL_PESEL',
  INDIAN_AADHAAR: 'IN_AADHAAR',
  AUSTRALIAN_MEDICARE: 'AU_MEDICARE',
  AUSTRALIAN_TFN: 'AU_TFN',
  SINGAPORE_NRIC: 'SG_NRIC_FIN',
  SOUTH_KOREAN_RRN: 'KR_RRN',
  TURKEY_ID: 'TR_NATIONAL_ID',
  THAILAND_NATIONAL_ID: 'TH_TNIN',
  SOUTH_AFRICA_ID: 'ZA_ID_NUMBER',
  NIGERIA_NIN: 'NG_NIN',
});

/** The corpus labels a table can produce: what the library claims to find. */
export function claimedBy(table: Readonly<Record<string, string | null>>): ReadonlySet<string> {
  return new Set(Object.values(table).filter((label): label is string => label !== null));
}
