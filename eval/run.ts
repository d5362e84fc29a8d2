// `npm run eval [corpus.jsonl] [--seconds N] [--no-write]`: scores our detector and the npm
// libraries on a labelled corpus, measures their speed, prints the report and writes it into
// docs/detection.md. A tool for people, not a test: it asserts nothing and always exits 0 when it ran.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isAppError } from '../src/core/appError.ts';
import { createDetector } from '../src/detect/detector.ts';
import { loadCorpus } from './corpusCase.ts';
import { createOpenRedactionEngine } from './engines/openRedactionEngine.ts';
import { createOurEngine } from './engines/ourEngine.ts';
import { createRedactPiiEngine } from './engines/redactPiiEngine.ts';
import type { EngineSpan, EvalEngine } from './evalEngine.ts';
import { createMissExplainer } from './explainMiss.ts';
import { measureThroughput } from './measureThroughput.ts';
import { REPORT_BEGIN, REPORT_END, renderReport, type EngineResult, type ReportInput } from './renderReport.ts';
import { scoreCorpus } from './scoreCorpus.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DEFAULT_CORPUS = path.resolve(ROOT, '../shared/pii-corpus/presidio-recognizer-cases.jsonl');
const DOC = path.join(ROOT, 'docs/detection.md');
const OURS = 'pii-detector';
const OURS_STRICT = 'pii-detector --profile strict';
/** The wrong cases listed in docs/detection.md; the terminal gets them all. */
const DOC_ERROR_LINES = 50;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { seconds: { type: 'string', default: '2' }, 'no-write': { type: 'boolean', default: false } },
  });
  const seconds = Number(values.seconds);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`--seconds must be a positive number, got ${values.seconds}`);
  const corpusPath = path.resolve(positionals[0] ?? DEFAULT_CORPUS);
  const cases = await loadCorpus(corpusPath);
  progress(`corpus: ${corpusPath}, ${cases.length} cases`);

  const detector = createDetector();
  const factories: { name: string; create: () => EvalEngine | Promise<EvalEngine> }[] = [
    { name: OURS, create: () => createOurEngine(detector, OURS) },
    { name: OURS_STRICT, create: () => createOurEngine(createDetector({ profile: 'strict' }), OURS_STRICT) },
    { name: 'redact-pii', create: createRedactPiiEngine },
    { name: 'openredaction', create: createOpenRedactionEngine },
  ];
  const results: EngineResult[] = [];
  const failures: { name: string; reason: string }[] = [];
  const texts = cases.map((c) => c.text);
  for (const { name, create } of factories) {
    // A library that does not install or load is reported, and the others are still measured.
    try {
      const engine = await create();
      const predictions: EngineSpan[][] = [];
      for (const c of cases) predictions.push(await engine.detect(c.text));
      const score = scoreCorpus(cases, predictions, engine.claimedLabels);
      progress(`${name}: scored; measuring throughput for ${seconds} s`);
      const throughput = await measureThroughput(engine, texts, seconds);
      results.push({ name, version: engine.version, claimedLabels: engine.claimedLabels, score, throughput, notes: engine.notes() });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] ?? error.name : String(error);
      failures.push({ name, reason });
      progress(`${name}: not measured (${reason})`);
    }
  }

  const input: ReportInput = {
    date: new Date().toISOString().slice(0, 10),
    corpus: displayPath(corpusPath),
    cases: cases.length,
    corpusLabels: [...new Set(cases.flatMap((c) => c.scope))].sort(),
    command: positionals[0] === undefined ? 'npm run eval' : `npm run eval -- ${displayPath(corpusPath)}`,
    // The load average says whether other work shared the cores while throughput was measured.
    machine:
      `Node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ` +
      `load average ${os.loadavg()[0]?.toFixed(1) ?? '?'} at the end`,
    results,
    failures,
    listErrorsOf: OURS,
    strictVariant: OURS_STRICT,
    explain: createMissExplainer(detector),
    errorLines: Number.POSITIVE_INFINITY,
  };
  process.stdout.write(renderReport(input));
  if (values['no-write'] !== true) {
    await writeReport(renderReport({ ...input, errorLines: DOC_ERROR_LINES }));
    progress(`written to ${displayPath(DOC)}`);
  }
}

/** Replaces the generated block of docs/detection.md, keeping what people wrote around it. */
async function writeReport(report: string): Promise<void> {
  const current = existsSync(DOC) ? await readFile(DOC, 'utf8') : '# Detection\n\n';
  const begin = current.indexOf(REPORT_BEGIN);
  const end = current.indexOf(REPORT_END);
  const next =
    begin !== -1 && end > begin
      ? current.slice(0, begin) + report.trimEnd() + current.slice(end + REPORT_END.length)
      : `${current.trimEnd()}\n\n${report}`;
  await writeFile(DOC, next.endsWith('\n') ? next : `${next}\n`);
}

/** Paths in the report relative to the repository, so it reads the same on every machine. */
function displayPath(file: string): string {
  const relative = path.relative(ROOT, file);
  return path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

function progress(message: string): void {
  process.stderr.write(`eval: ${message}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`eval failed: ${isAppError(error) ? `${error.code}: ${error.message}` : String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
