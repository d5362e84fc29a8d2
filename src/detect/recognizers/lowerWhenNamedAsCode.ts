import { isNamedAsTechnical, NAMED_AS_TECHNICAL, type PatternRecognizer } from './createIdRecognizer.ts';

/**
 * A code's name right before a letters-and-digits candidate: "promo code AB51 ABC", "sku
 * TSH-001BL", "image tag KA53ME3456". With "number is", "no.", "#", ":" or "=" allowed between.
 */
const CODE_NAME_BEFORE =
  /\b(?:code|key|hash|token|tag|sku|item|product|article|asset|coupon|voucher|promo|host|hostname|node|pod|instance|container|image|branch|cluster|error|status|part|model|serial)s?(?:\s*(?:id|no\.?|number|num|nr|name|#))?(?:\s+(?:is|was))?\s*[:#=]?\s*$/i;
const LOOKBACK = 40;

/**
 * Wraps a recognizer of letters-and-digits codes (licence plates) so that a candidate the writer
 * has named as a technical thing, or as a build, order, ticket … (`isNamedAsTechnical`), scores
 * under every sensible threshold, as a named digit run does. Everything else passes through.
 */
export function lowerWhenNamedAsCode(recognizer: PatternRecognizer): PatternRecognizer {
  return {
    ...recognizer,
    recognize(text) {
      return recognizer.recognize(text).map((finding) =>
        isNamedAsCode(text, finding.start) ? { ...finding, score: Math.min(finding.score, NAMED_AS_TECHNICAL) } : finding,
      );
    },
  };
}

function isNamedAsCode(text: string, start: number): boolean {
  return CODE_NAME_BEFORE.test(text.slice(Math.max(0, start - LOOKBACK), start)) || isNamedAsTechnical(text, start);
}
