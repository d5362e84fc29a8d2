import { hasValidGstinChecksum, isGstinShaped } from '../validators/inGstin.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { WORD_END, WORD_START, idPattern } from './idPattern.ts';

/**
 * Indian GST registrations: state code, the holder's PAN, a count, "Z", a check character; upper
 * case. The layout alone is distinctive (it embeds a PAN); the GSTN's mod-36 check makes it certain.
 */
export const inGstinRecognizer = createIdRecognizer({
  name: 'in_gstin',
  label: 'IN_GSTIN',
  context: contextPattern(['gstin', 'gst', 'gst number', 'gst registration', 'goods and services tax', 'tax identification']),
  validate: (compact) => (hasValidGstinChecksum(compact) ? ID_SCORES.strong : isGstinShaped(compact)),
  forms: [{ pattern: idPattern(WORD_START, String.raw`\d{2}[A-Z]{5}\d{4}[A-Z][0-9A-Z]Z[0-9A-Z]`, WORD_END), scores: ID_SCORES.structured }],
});
