import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusCase, CorpusSpan } from '../../eval/corpusCase.ts';
import { isWeak, overlaps } from '../../eval/scoreCorpus.ts';

/**
 * The labelled cases in ../shared/pii-corpus (see its README for the format and how to score), for
 * the tests. The types and the rules (`isWeak`, `scoreCorpus`) are the evaluation's, so a test and
 * `npm run eval` can never disagree on what a hit is.
 */
const CORPUS = new URL('../../../shared/pii-corpus/presidio-recognizer-cases.jsonl', import.meta.url);

export type { CorpusCase, CorpusSpan };
export { isWeak, overlaps };

export function loadCorpus(): CorpusCase[] {
  const path = fileURLToPath(CORPUS);
  if (!existsSync(path)) {
    throw new Error(
      `PII corpus not found at ${path}. It ships in shared/pii-corpus beside the project (../shared from the repo root); the detector evaluation cannot run without it.`,
    );
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusCase);
}
