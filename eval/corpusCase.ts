import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AppError } from '../src/core/appError.ts';

/** One labelled span of the shared corpus (`../shared/pii-corpus/README.md`). */
export interface CorpusSpan {
  start: number;
  end: number;
  label: string;
  /**
   * Presidio's expected score range; a range starting under 0.3 marks a weak match (see `isWeak`).
   * A bound may be a word (`"max"`: the recognizer's top score), which is never weak.
   */
  expected_score?: [number | string, number | string] | undefined;
}

/** One case: a text, the spans in it, and the labels it judges (`scope`). An empty `spans` means nothing may match. */
export interface CorpusCase {
  id: string;
  text: string;
  spans: CorpusSpan[];
  scope: string[];
  /**
   * Spans the source test expects that the corpus could not place in the text (Presidio tests that
   * only count results). Such a case is not clean: see `scoreCorpus`.
   */
  unlocated?: number | undefined;
}

const corpusLine = z.object({
  id: z.string(),
  text: z.string(),
  spans: z.array(
    z.object({
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      label: z.string(),
      expected_score: z.tuple([z.union([z.number(), z.string()]), z.union([z.number(), z.string()])]).optional(),
    }),
  ),
  scope: z.array(z.string()),
  unlocated: z.number().int().nonnegative().optional(),
});

/**
 * Reads a corpus file, one case a line. Every line is checked (shape, offsets inside the text), and
 * the first bad one stops the run naming its line: scores over a half-read corpus would look fine
 * and mean nothing.
 */
export async function loadCorpus(path: string): Promise<CorpusCase[]> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw new AppError(
      'EVAL_CORPUS_INVALID',
      `cannot read the corpus at ${path} (${(error as Error).message}). The default is ../shared/pii-corpus/presidio-recognizer-cases.jsonl beside the repository; pass another path as the argument.`,
      { cause: error },
    );
  }
  const cases: CorpusCase[] = [];
  for (const [index, line] of raw.split('\n').entries()) {
    if (line.trim() === '') continue;
    const where = `${path}:${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new AppError('EVAL_CORPUS_INVALID', `${where}: not JSON (${(error as Error).message})`);
    }
    const parsed = corpusLine.safeParse(json);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`);
      throw new AppError('EVAL_CORPUS_INVALID', `${where}: ${problems.join('; ')}`);
    }
    const badSpan = parsed.data.spans.find((span) => span.end <= span.start || span.end > parsed.data.text.length);
    if (badSpan) throw new AppError('EVAL_CORPUS_INVALID', `${where}: span ${badSpan.start}-${badSpan.end} is outside the text`);
    cases.push(parsed.data);
  }
  if (cases.length === 0) throw new AppError('EVAL_CORPUS_INVALID', `${path} holds no cases`);
  return cases;
}
