/**
 * The kinds of personal data the detector reports. A string union rather than an enum so a new
 * recognizer only has to add its label here (and in `labelDescriptions.ts` for the words users read).
 */
export type PiiLabel =
  | 'EMAIL'
  | 'PHONE'
  | 'CREDIT_CARD'
  | 'US_SSN'
  | 'IBAN'
  | NationalIdLabel
  | 'IP_ADDRESS'
  | 'MAC_ADDRESS'
  | 'CRYPTO'
  | 'SECRET'
  | PersonalDetailLabel;

/**
 * Who someone is, where they live and when they were born. PERSON and LOCATION are the corpus's
 * names; ADDRESS (a street address) and DATE_OF_BIRTH are ours, reported under LOCATION and
 * DATE_TIME in corpus terms (`src/scan/corpusLabels.ts`), because a street address and a birth date
 * matter more than a city or a date.
 */
export type PersonalDetailLabel = 'PERSON' | 'LOCATION' | 'ADDRESS' | 'DATE_OF_BIRTH';

/**
 * Government, tax, health and bank identifiers, and the country-specific phone numbers, licence
 * plates and postcodes, named as in the shared corpus (Presidio's entity names), so evaluation
 * compares like with like.
 */
export type NationalIdLabel =
  | 'US_ITIN'
  | 'US_BANK_NUMBER'
  | 'ABA_ROUTING_NUMBER'
  | 'US_PASSPORT'
  | 'US_DRIVER_LICENSE'
  | 'US_NPI'
  | 'US_MBI'
  | 'MEDICAL_LICENSE'
  | 'CA_SIN'
  | 'UK_NINO'
  | 'UK_NHS'
  | 'UK_DRIVING_LICENCE'
  | 'ES_NIF'
  | 'ES_NIE'
  | 'IT_FISCAL_CODE'
  | 'DE_TAX_ID'
  | 'DE_ID_CARD'
  | 'DE_PASSPORT'
  | 'DE_HEALTH_INSURANCE'
  | 'DE_SOCIAL_SECURITY'
  | 'DE_LANR'
  | 'PL_PESEL'
  | 'FI_PERSONAL_IDENTITY_CODE'
  | 'SE_PERSONNUMMER'
  | 'SE_ORGANISATIONSNUMMER'
  | 'SG_NRIC_FIN'
  | 'SG_UEN'
  | 'AU_TFN'
  | 'AU_ABN'
  | 'AU_ACN'
  | 'AU_MEDICARE'
  | 'IN_PAN'
  | 'IN_AADHAAR'
  | 'IN_GSTIN'
  | 'IN_VOTER'
  | 'IN_PASSPORT'
  | 'KR_RRN'
  | 'KR_FRN'
  | 'KR_BRN'
  | 'KR_DRIVER_LICENSE'
  | 'TH_TNIN'
  | 'TR_NATIONAL_ID'
  | 'ZA_ID_NUMBER'
  | 'DE_VAT_ID'
  | 'IT_VAT_CODE'
  | 'DE_PLZ'
  | 'PH_MOBILE_NUMBER'
  | 'TR_PHONE_NUMBER'
  | 'UK_VEHICLE_REGISTRATION'
  | 'NG_VEHICLE_REGISTRATION'
  | 'IN_VEHICLE_REGISTRATION'
  | 'TR_LICENSE_PLATE';

/**
 * One piece of personal data found in a text.
 *
 * Offsets are JavaScript string indices (UTF-16 code units) into the text that was scanned, `end`
 * exclusive, so `text.slice(start, end)` is the match. `score` is the recognizer's confidence in
 * [0, 1]; the detector drops findings under its threshold. `recognizer` names who found it, for the
 * audit trail and for tuning.
 */
export interface Finding {
  start: number;
  end: number;
  label: PiiLabel;
  score: number;
  recognizer: string;
}
