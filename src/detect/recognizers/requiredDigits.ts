import { textFeatures } from '../textFeatures.ts';

/**
 * The number of ASCII digits in `text`, from the detector's one pass over it (`textFeatures`), so
 * a recognizer asking costs nothing more. What a pattern needs from a text (digits, digit runs,
 * grouped digits, letters and digits side by side) is read by `patternNeeds`.
 */
export function asciiDigitCount(text: string): number {
  return textFeatures(text).digits;
}
