import { resolveExtractLimits } from './extractLimits.ts';
import type { ExtractLimits } from './extractLimits.ts';
import type { FileFormat } from './extractResult.ts';
import type { ExtractContext } from './fileExtractor.ts';

/** The context `extractText` would give an extractor, for calling one directly in its tests. */
export function testContext(format: FileFormat, limits: Partial<ExtractLimits> = {}, extra: Partial<ExtractContext> = {}): ExtractContext {
  return { format, limits: resolveExtractLimits(limits), signal: new AbortController().signal, ...extra };
}
