import { REDACT_PII_LABELS, OPENREDACTION_LABELS } from './engineLabels.ts';
import { CORPUS_LABELS } from '../src/scan/corpusLabels.ts';
import type { Throughput } from './measureThroughput.ts';
import type { MissExplainer } from './explainMiss.ts';
import {
  exactCounts,
  f1,
  falsePositiveRate,
  messagesWithin,
  precision,
  recall,
  sumSpans,
  type CaseError,
  type Confusion,
  type CorpusScore,
  type LabelTally,
} from './scoreCorpus.ts';

export interface EngineResult {
  name: string;
  version: string;
  claimedLabels: ReadonlySet<string>;
  score: CorpusScore;
  throughput: Throughput;
  notes: string[];
}

export interface ReportInput {
  date: string;
  corpus: string;
  cases: number;
  /** Every label in some case's scope. */
  corpusLabels: readonly string[];
  command: string;
  machine: string;
  results: readonly EngineResult[];
  /** Engines that could not be loaded or run, with the reason. */
  failures: readonly { name: string; reason: string }[];
  /** The engine whose wrong cases are listed (ours). */
  listErrorsOf: string;
  /** The same engine under its strict profile, shown beside it in the targets. */
  strictVariant?: string;
  explain: MissExplainer;
  /** At most this many lines of wrong cases; the rest are counted. */
  errorLines: number;
}

export const REPORT_BEGIN = '<!-- eval:begin — written by `npm run eval`; edit outside these markers -->';
export const REPORT_END = '<!-- eval:end -->';

/**
 * The evaluation as Markdown: printed by `npm run eval` and written between the markers in
 * docs/detection.md, so the numbers in the docs are always a run's, never typed by hand.
 */
export function renderReport(input: ReportInput): string {
  const out: string[] = [REPORT_BEGIN, '', '## Results', ''];
  out.push(
    `Run on **${input.date}** over \`${input.corpus}\` (${input.cases} cases, ${input.corpusLabels.length} labels), ` +
      `with \`${input.command}\`, on ${input.machine}. Every engine runs with its defaults; ours also under \`--profile strict\` (see above).`,
    '',
  );
  for (const failure of input.failures) out.push(`- **${failure.name} was not measured**: ${failure.reason}`);
  if (input.failures.length > 0) out.push('');

  const ours = input.results.find((r) => r.name === input.listErrorsOf);
  const baselineEngine = input.results.find((r) => r.name === 'redact-pii');
  const strict = input.results.find((r) => r.name === input.strictVariant);
  if (ours) out.push(...targets(ours, strict, baselineEngine));

  out.push('### Message level', '');
  out.push(
    'A message is flagged when the engine reports something in it. *All labels*: every case, judged on its scope; ' +
      'labels an engine cannot report count as misses. *Claimed labels*: each case judged only on the labels the engine ' +
      'claims (cases left with none are skipped). *Any finding*: flagged by any finding at all, of any type, in scope or ' +
      'not: the share of clean messages the product would delete.',
    '',
  );
  out.push(
    table(
      ['engine', 'labels claimed', 'all: P', 'R', 'FPR', 'claimed: P', 'R', 'FPR', 'any finding: P', 'R', 'FPR'],
      input.results.map((r) => [
        `${r.name} ${r.version}`,
        `${input.corpusLabels.filter((label) => r.claimedLabels.has(label)).length}`,
        ...messageCells(r.score.messages.all),
        ...messageCells(r.score.messages.claimed),
        ...messageCells(r.score.messages.anyFinding),
      ]),
    ),
    '',
  );

  out.push('### Spans (micro average over the labels each engine claims)', '');
  out.push(
    table(
      ['engine', 'P', 'R', 'F1', 'exact P', 'exact R', 'exact F1'],
      input.results.map((r) => {
        const spans = sumSpans(r.score.labels.filter((t) => r.claimedLabels.has(t.label)));
        const exact = exactCounts(spans);
        return [r.name, fmt(precision(spans)), fmt(recall(spans)), fmt(f1(spans)), fmt(precision(exact)), fmt(recall(exact)), fmt(f1(exact))];
      }),
    ),
    '',
  );

  out.push('### Throughput', '');
  const baseline = input.results.find((r) => r.name === 'redact-pii')?.throughput;
  out.push(
    `One thread, one message at a time, over the corpus texts (chat-sized: ${input.results[0]?.throughput.meanChars.toFixed(1) ?? '?'} ` +
      'characters on average), after a warm-up pass. A benchmark figure, not a test. CPU seconds above wall seconds are ' +
      'helper threads (GC); CPU seconds well below wall seconds mean the machine was busy with something else and the wall ' +
      'figure is low, so the per-CPU-second figure is given too.',
    '',
  );
  const perCpuSecond = (t: Throughput): number => t.messages / t.cpuSeconds;
  out.push(
    table(
      ['engine', 'messages/s', 'per CPU-s', 'µs/message', 'vs redact-pii (wall / CPU)', 'messages', 'wall s', 'CPU s'],
      input.results.map((r) => [
        r.name,
        Math.round(r.throughput.messagesPerSecond).toLocaleString('en-US'),
        Math.round(perCpuSecond(r.throughput)).toLocaleString('en-US'),
        (1e6 / r.throughput.messagesPerSecond).toFixed(1),
        baseline === undefined
          ? '–'
          : `${(r.throughput.messagesPerSecond / baseline.messagesPerSecond).toFixed(2)}× / ${(perCpuSecond(r.throughput) / perCpuSecond(baseline)).toFixed(2)}×`,
        r.throughput.messages.toLocaleString('en-US'),
        r.throughput.wallSeconds.toFixed(2),
        r.throughput.cpuSeconds.toFixed(2),
      ]),
    ),
    '',
  );

  for (const r of input.results) out.push(...perLabel(r, input.corpusLabels));

  out.push('### Label tables', '');
  out.push(
    'Our labels are the corpus names, except: ' +
      (Object.entries(CORPUS_LABELS)
        .map(([ours, corpus]) => `${ours} → ${corpus}`)
        .join(', ') || 'none') +
      ' (`src/scan/corpusLabels.ts`). The libraries\u2019 types, from `eval/engineLabels.ts` ' +
      '(— : no corpus label; such findings still flag the message):',
    '',
  );
  out.push(labelTable('redact-pii placeholder', REDACT_PII_LABELS), '', labelTable('openredaction type', OPENREDACTION_LABELS), '');

  const notes = input.results.flatMap((r) => r.notes.map((note) => `- ${r.name}: ${note}`));
  if (notes.length > 0) out.push('### Notes', '', ...notes, '');

  if (ours) out.push(...wrongCases(ours, input.explain, input.errorLines));
  out.push(REPORT_END);
  return `${out.join('\n')}\n`;
}

/** Labels that are not identifiers in the sense of issue 3's message-level target. */
const NOT_IDENTIFIERS: ReadonlySet<string> = new Set(['PERSON', 'LOCATION', 'DATE_TIME', 'URL']);

/** Issue 3's targets, as far as this corpus and this run can tell, with the measured value. */
function targets(r: EngineResult, strict: EngineResult | undefined, baseline: EngineResult | undefined): string[] {
  const engines = strict ? [r, strict] : [r];
  const measured = engines.map((engine) => targetValues(engine, baseline));
  const check = (value: number | undefined, floor: number): string => (value === undefined ? '–' : value >= floor ? 'yes' : 'no');
  const row = (target: string, cell: (v: TargetValues) => [string, string]): string[] => [target, ...measured.flatMap(cell)];
  return [
    `### Targets of issue 3: ${r.name}`,
    '',
    `"Identifiers" are every corpus label but ${[...NOT_IDENTIFIERS].join(', ')}. ` +
      (strict ? `Measured with the default \`chat\` profile and with \`--profile strict\`. ` : '') +
      `The speed target is judged by \`npm run bench\`; this run's figure (per CPU-second) is indicative.`,
    '',
    table(
      ['target', ...engines.flatMap((engine) => [engine === r ? 'chat (default)' : 'strict', 'met'])],
      [
        row('message precision ≥ 0.97, identifiers', (v) => [fmt(v.precision), check(v.precision, 0.97)]),
        row('message recall ≥ 0.95, identifiers', (v) => [fmt(v.recall), check(v.recall, 0.95)]),
        row('(the same recall on the identifier labels it claims)', (v) => [fmt(v.claimedRecall), check(v.claimedRecall, 0.95)]),
        row('PERSON span F1 ≥ 0.80', (v) => [v.hasPerson ? fmt(v.personF1) : 'no PERSON recognizer', check(v.personF1, 0.8)]),
        row('every positive found and every must-not-match case clean, label by label', (v) => [
          `${v.spotless} of ${v.claimed} claimed labels` + (v.flawed.length > 0 ? ` (not: ${v.flawed.join(', ')})` : ''),
          v.claimed > 0 && v.flawed.length === 0 ? 'yes' : 'no',
        ]),
        row('≥ 3× redact-pii messages per second', (v) => [v.speed === undefined ? '–' : `${v.speed.toFixed(2)}×`, check(v.speed, 3)]),
      ],
    ),
    '',
  ];
}

interface TargetValues {
  precision: number | undefined;
  recall: number | undefined;
  claimedRecall: number | undefined;
  hasPerson: boolean;
  personF1: number | undefined;
  spotless: number;
  claimed: number;
  flawed: string[];
  speed: number | undefined;
}

function targetValues(r: EngineResult, baseline: EngineResult | undefined): TargetValues {
  const identifiers = messagesWithin(r.score, (label) => !NOT_IDENTIFIERS.has(label));
  const claimedIdentifiers = messagesWithin(r.score, (label) => !NOT_IDENTIFIERS.has(label) && r.claimedLabels.has(label));
  const person = r.score.labels.find((t) => t.label === 'PERSON');
  const claimedInCorpus = r.score.labels.filter((t) => r.claimedLabels.has(t.label));
  const spotless = claimedInCorpus.filter((t) => t.messages.fn === 0 && t.messages.fp === 0);
  return {
    precision: precision(identifiers),
    recall: recall(identifiers),
    claimedRecall: recall(claimedIdentifiers),
    hasPerson: person !== undefined && r.claimedLabels.has('PERSON'),
    personF1: person ? f1(person.spans) : undefined,
    spotless: spotless.length,
    claimed: claimedInCorpus.length,
    flawed: claimedInCorpus.filter((t) => !spotless.includes(t)).map((t) => t.label),
    speed: baseline ? r.throughput.messages / r.throughput.cpuSeconds / (baseline.throughput.messages / baseline.throughput.cpuSeconds) : undefined,
  };
}

function messageCells(c: Confusion): string[] {
  return [fmt(precision(c)), fmt(recall(c)), fmt(falsePositiveRate(c))];
}

function perLabel(r: EngineResult, corpusLabels: readonly string[]): string[] {
  const shown = r.score.labels.filter((t) => r.claimedLabels.has(t.label) || t.spans.fp > 0 || t.messages.fp > 0);
  const uncovered = r.score.labels.filter((t) => !shown.includes(t) && t.messages.tp + t.messages.fn > 0);
  const lines = [`### Per label: ${r.name}`, ''];
  lines.push(
    `Labels it claims that the corpus has, and any label it raised a false alarm on. P/R/FPR per message; spans by overlap and exact. ` +
      `${corpusLabels.filter((label) => r.claimedLabels.has(label)).length} of ${corpusLabels.length} corpus labels claimed.`,
    '',
  );
  lines.push(
    table(
      ['label', 'cases', 'msg P', 'msg R', 'msg FPR', 'span P', 'span R', 'span F1', 'exact P', 'exact R', 'exact F1'],
      shown.map((t) => labelRow(t)),
    ),
    '',
  );
  if (uncovered.length > 0) {
    lines.push(
      `Not covered (positive cases, all missed): ${uncovered.map((t) => `${t.label} ${t.messages.tp + t.messages.fn}`).join(', ')}.`,
      '',
    );
  }
  return lines;
}

function labelRow(t: LabelTally): string[] {
  const exact = exactCounts(t.spans);
  return [
    t.label,
    String(t.cases),
    fmt(precision(t.messages)),
    fmt(recall(t.messages)),
    fmt(falsePositiveRate(t.messages)),
    fmt(precision(t.spans)),
    fmt(recall(t.spans)),
    fmt(f1(t.spans)),
    fmt(precision(exact)),
    fmt(recall(exact)),
    fmt(f1(exact)),
  ];
}

function labelTable(heading: string, mapping: Readonly<Record<string, string | null>>): string {
  return table(
    [heading, 'corpus label'],
    Object.entries(mapping).map(([type, label]) => [`\`${type}\``, label ?? '—']),
  );
}

/**
 * Every case the engine gets wrong on a label it claims, one line each with the reason where it
 * is obvious, up to `maxLines`; then, one line per label, the labels it has no recognizer for.
 */
function wrongCases(r: EngineResult, explain: MissExplainer, maxLines: number): string[] {
  const claimed = r.score.errors.filter((e) => r.claimedLabels.has(e.label));
  const unclaimed = new Map<string, CaseError[]>();
  const unclaimedErrors = r.score.errors.filter((e) => !r.claimedLabels.has(e.label)).sort((a, b) => a.label.localeCompare(b.label));
  for (const e of unclaimedErrors) unclaimed.set(e.label, [...(unclaimed.get(e.label) ?? []), e]);
  const lines = [`### Cases ${r.name} gets wrong`, ''];
  lines.push(
    `${claimed.length} case/label pairs on labels it claims` +
      (claimed.length > maxLines ? ` (the first ${maxLines} listed)` : '') +
      `, and ${[...unclaimed.values()].reduce((n, list) => n + list.length, 0)} on ${unclaimed.size} labels it has no recognizer for.`,
    '',
  );
  for (const e of claimed.slice(0, maxLines)) lines.push(`- \`${e.caseId}\` ${e.label}: ${explain(e)}`);
  if (claimed.length > maxLines) lines.push(`- … and ${claimed.length - maxLines} more (run \`npm run eval\` to see them all)`);
  if (unclaimed.size > 0) {
    lines.push(
      '',
      'No recognizer in the default detector: ' +
        [...unclaimed].map(([label, list]) => `${label} (${list.length})`).join(', ') +
        '.',
    );
  }
  lines.push('');
  return lines;
}

const fmt = (n: number | undefined): string => (n === undefined ? '–' : n.toFixed(3));

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const escape = (cell: string): string => cell.replace(/\|/g, '\\|');
  return [
    `| ${headers.map(escape).join(' | ')} |`,
    `|${headers.map((_, index) => (index === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}
