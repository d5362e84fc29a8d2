import { isValidFiPersonalIdentityCode } from '../validators/fiPersonalIdentityCode.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { WORD_END, idPattern } from './idPattern.ts';

/**
 * Finnish personal identity codes (henkilötunnus): birth date, century sign, individual number and
 * a mod-31 check character. Date, sign and check together are certain, so the code is found even
 * glued to the word before it ("my id code is030594W903B").
 */
export const fiPersonalIdentityCodeRecognizer = createIdRecognizer({
  name: 'fi_personal_identity_code',
  label: 'FI_PERSONAL_IDENTITY_CODE',
  context: contextPattern(['henkilötunnus', 'hetu', 'personal identity code', 'finnish id', 'personbeteckning']),
  validate: (_compact, raw) => isValidFiPersonalIdentityCode(raw.toUpperCase()),
  forms: [{ pattern: idPattern(String.raw`(?<![\p{N}])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]`, WORD_END), scores: ID_SCORES.strong }],
});
