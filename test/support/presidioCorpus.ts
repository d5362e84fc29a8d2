import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The labelled cases in ../shared/pii-corpus (see its README for the format and how to score). */
const CORPUS = new URL('../../../shared/pii-corpus/presidio-recognizer-cases.jsonl', import.meta.url);

export interface CorpusSpan {
  start: number;
  end: number;
  label: string;
  expected_score?: [number, number];
}

export interface CorpusCase {
  id: string;
  text: string;
  spans: CorpusSpan[];
  scope: string[];
}

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

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** A span Presidio's own test expects under 0.3: not reported by default, so it counts neither way. */
export const isWeak = (span: CorpusSpan): boolean => (span.expected_score?.[0] ?? 1) < 0.3;
