import type { Recognizer } from '../recognizer.ts';
import { abaRoutingRecognizer } from './abaRoutingRecognizer.ts';
import { auAbnRecognizer } from './auAbnRecognizer.ts';
import { auAcnRecognizer } from './auAcnRecognizer.ts';
import { auMedicareRecognizer } from './auMedicareRecognizer.ts';
import { auTfnRecognizer } from './auTfnRecognizer.ts';
import { caSinRecognizer } from './caSinRecognizer.ts';
import { cryptoAddressRecognizer } from './cryptoAddressRecognizer.ts';
import { deHealthInsuranceRecognizer } from './deHealthInsuranceRecognizer.ts';
import { deIdDocumentRecognizer } from './deIdDocumentRecognizer.ts';
import { deLanrRecognizer } from './deLanrRecognizer.ts';
import { dePostcodeRecognizer } from './dePostcodeRecognizer.ts';
import { deSocialSecurityRecognizer } from './deSocialSecurityRecognizer.ts';
import { deTaxIdRecognizer } from './deTaxIdRecognizer.ts';
import { deVatIdRecognizer } from './deVatIdRecognizer.ts';
import { esNieRecognizer } from './esNieRecognizer.ts';
import { esNifRecognizer } from './esNifRecognizer.ts';
import { fiPersonalIdentityCodeRecognizer } from './fiPersonalIdentityCodeRecognizer.ts';
import { inAadhaarRecognizer } from './inAadhaarRecognizer.ts';
import { inGstinRecognizer } from './inGstinRecognizer.ts';
import { inPanRecognizer } from './inPanRecognizer.ts';
import { inPassportRecognizer } from './inPassportRecognizer.ts';
import { inVehicleRegistrationRecognizer } from './inVehicleRegistrationRecognizer.ts';
import { inVoterRecognizer } from './inVoterRecognizer.ts';
import { ipAddressRecognizer } from './ipAddressRecognizer.ts';
import { itFiscalCodeRecognizer } from './itFiscalCodeRecognizer.ts';
import { itVatCodeRecognizer } from './itVatCodeRecognizer.ts';
import { krBrnRecognizer } from './krBrnRecognizer.ts';
import { krDriverLicenseRecognizer } from './krDriverLicenseRecognizer.ts';
import { krResidentNumberRecognizer } from './krResidentNumberRecognizer.ts';
import { macAddressRecognizer } from './macAddressRecognizer.ts';
import { medicalLicenseRecognizer } from './medicalLicenseRecognizer.ts';
import { ngVehicleRegistrationRecognizer } from './ngVehicleRegistrationRecognizer.ts';
import { phMobileNumberRecognizer } from './phMobileNumberRecognizer.ts';
import { plPeselRecognizer } from './plPeselRecognizer.ts';
import { seOrganisationsnummerRecognizer } from './seOrganisationsnummerRecognizer.ts';
import { sePersonnummerRecognizer } from './sePersonnummerRecognizer.ts';
import { sgNricFinRecognizer } from './sgNricFinRecognizer.ts';
import { sgUenRecognizer } from './sgUenRecognizer.ts';
import { thTninRecognizer } from './thTninRecognizer.ts';
import { trLicensePlateRecognizer } from './trLicensePlateRecognizer.ts';
import { trNationalIdRecognizer } from './trNationalIdRecognizer.ts';
import { trPhoneNumberRecognizer } from './trPhoneNumberRecognizer.ts';
import { ukDrivingLicenceRecognizer } from './ukDrivingLicenceRecognizer.ts';
import { ukNhsRecognizer } from './ukNhsRecognizer.ts';
import { ukNinoRecognizer } from './ukNinoRecognizer.ts';
import { ukVehicleRegistrationRecognizer } from './ukVehicleRegistrationRecognizer.ts';
import { usBankNumberRecognizer } from './usBankNumberRecognizer.ts';
import { usDriverLicenseRecognizer } from './usDriverLicenseRecognizer.ts';
import { usItinRecognizer } from './usItinRecognizer.ts';
import { usMbiRecognizer } from './usMbiRecognizer.ts';
import { usNpiRecognizer } from './usNpiRecognizer.ts';
import { usPassportRecognizer } from './usPassportRecognizer.ts';
import { zaIdNumberRecognizer } from './zaIdNumberRecognizer.ts';

/**
 * Government, tax, health and bank identifiers, network and wallet addresses. Where two read the
 * same digits equally well, the earlier wins a tie in `resolveOverlaps`, so the ones with the
 * strongest checks come first, and within a shared layout the more common id: the personal ones
 * before business registrations.
 */
export const nationalIdRecognizers: readonly Recognizer[] = Object.freeze([
  // Letters and digits with check characters or checksummed structure.
  esNifRecognizer,
  esNieRecognizer,
  itFiscalCodeRecognizer,
  fiPersonalIdentityCodeRecognizer,
  sgNricFinRecognizer,
  deSocialSecurityRecognizer,
  deHealthInsuranceRecognizer,
  deIdDocumentRecognizer,
  medicalLicenseRecognizer,
  ukNinoRecognizer,
  ukDrivingLicenceRecognizer,
  usMbiRecognizer,
  inPanRecognizer,
  inGstinRecognizer,
  sgUenRecognizer,
  // Digit ids with embedded dates or strong checksums.
  krResidentNumberRecognizer,
  sePersonnummerRecognizer,
  plPeselRecognizer,
  trNationalIdRecognizer,
  zaIdNumberRecognizer,
  deTaxIdRecognizer,
  auAbnRecognizer,
  // Business VAT ids: a country prefix or an issuing-office code besides the checksum.
  deVatIdRecognizer,
  itVatCodeRecognizer,
  // Digit ids with a weak check: believed in their printed grouping or with their name nearby.
  usItinRecognizer,
  ukNhsRecognizer,
  inAadhaarRecognizer,
  thTninRecognizer,
  caSinRecognizer,
  auTfnRecognizer,
  auMedicareRecognizer,
  usNpiRecognizer,
  deLanrRecognizer,
  abaRoutingRecognizer,
  auAcnRecognizer,
  krBrnRecognizer,
  seOrganisationsnummerRecognizer,
  krDriverLicenseRecognizer,
  // Only with their name nearby.
  inVoterRecognizer,
  usBankNumberRecognizer,
  usPassportRecognizer,
  inPassportRecognizer,
  usDriverLicenseRecognizer,
  dePostcodeRecognizer,
  // Phone numbers of one country, validated by libphonenumber for that country and type: they score
  // above the generic PHONE reading of the same digits, so the finding carries the country's label.
  phMobileNumberRecognizer,
  trPhoneNumberRecognizer,
  // Licence plates: a layout and, where one exists, a region or age code; words and units that
  // share the layout ("16 GB 3200", "RAM 512MB") are skipped.
  ukVehicleRegistrationRecognizer,
  inVehicleRegistrationRecognizer,
  trLicensePlateRecognizer,
  ngVehicleRegistrationRecognizer,
  // Network and wallet addresses.
  ipAddressRecognizer,
  macAddressRecognizer,
  cryptoAddressRecognizer,
]);
