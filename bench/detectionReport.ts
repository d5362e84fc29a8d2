import { CHAT_PII_SHARE } from './chatMessages.ts';
import { DETECTION_ENGINES, MAX_INPUT_MS, OURS, REFERENCE, type DetectionResult, type DetectionRun } from './detectionScenario.ts';
import type { DetectionSetName } from './detectionSets.ts';
import { formatCount, formatNumber, formatSpread, spread } from './stats.ts';

/** The detection part of the report: tables, goals and the paragraph saying what was measured. */

const SET_LABEL: Record<DetectionSetName, string> = { chat: 'chat', pages: 'pages (5–20 KB)' };

const perCpuSecond = (run: DetectionRun): number => run.messages / run.cpuSeconds;
const megabytesPerCpuSecond = (run: DetectionRun): number => run.bytes / 1e6 / run.cpuSeconds;

function runsOf(result: DetectionResult, set: DetectionSetName, engine: string): DetectionRun[] {
  return result.runs.filter((r) => r.set === set && r.engine === engine);
}

/** Median messages per CPU-second of one engine on one set. */
export function medianRate(result: DetectionResult, set: DetectionSetName, engine: string): number {
  return spread(runsOf(result, set, engine).map(perCpuSecond)).median;
}

/** Ours over redact-pii, in median messages per CPU-second. */
export function ratioToReference(result: DetectionResult, set: DetectionSetName): number {
  return medianRate(result, set, OURS) / medianRate(result, set, REFERENCE);
}

export function slowestInput(result: DetectionResult): { name: string; chars: number; ms: number } | undefined {
  let slowest: { name: string; chars: number; ms: number } | undefined;
  for (const t of result.adversarial) if (slowest === undefined || t.medianMs > slowest.ms) slowest = { name: t.name, chars: t.chars, ms: t.medianMs };
  return slowest;
}

export function detectionTables(result: DetectionResult): string {
  const lines = [
    '| text | engine | messages per CPU-s | MB per CPU-s (median) | µs per message (median) | messages/s, wall (median) | vs redact-pii (median) |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const set of ['chat', 'pages'] as const) {
    for (const engine of DETECTION_ENGINES) {
      const runs = runsOf(result, set, engine);
      if (runs.length === 0) continue;
      const rate = spread(runs.map(perCpuSecond));
      const ratio = rate.median / medianRate(result, set, REFERENCE);
      lines.push(
        `| ${SET_LABEL[set]} | ${engine} ${runs[0]?.version ?? ''} | ${formatSpread(rate)} | ${formatNumber(spread(runs.map(megabytesPerCpuSecond)).median)} | ${formatNumber(1e6 / rate.median)} | ${formatNumber(spread(runs.map((r) => r.messages / r.wallSeconds)).median)} | ${Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—'} |`,
      );
    }
  }
  const flagLines = ['| engine | chat messages with PII flagged | clean chat messages flagged |', '|---|---|---|'];
  for (const engine of DETECTION_ENGINES) {
    const f = result.flags[engine];
    if (f === undefined) continue;
    flagLines.push(`| ${engine} | ${f.piiFlagged} / ${f.piiMessages} | ${f.cleanFlagged} / ${f.cleanMessages} (${((100 * f.cleanFlagged) / f.cleanMessages).toFixed(1)} %) |`);
  }
  const slowest = [...result.adversarial].sort((a, b) => b.medianMs - a.medianMs).slice(0, 5);
  const adversarial = [
    `| slowest adversarial inputs (of ${result.adversarial.length}), ours | characters | first scan ms | median of 3 ms | median of 3, CPU ms |`,
    '|---|---|---|---|---|',
    ...slowest.map((t) => `| ${t.name} | ${formatCount(t.chars)} | ${formatNumber(t.firstMs)} | ${formatNumber(t.medianMs)} | ${formatNumber(t.medianCpuMs)} |`),
  ];
  return [lines.join('\n'), flagLines.join('\n'), adversarial.join('\n'), ...(result.failures.length > 0 ? [`Not measured: ${result.failures.join('; ')}.`] : [])].join('\n\n');
}

export interface DetectionGoal {
  goal: string;
  measured: number;
  unit: string;
  met: boolean;
}

export function detectionGoals(result: DetectionResult): DetectionGoal[] {
  const goals: DetectionGoal[] = [];
  const ratio = ratioToReference(result, 'chat');
  if (Number.isFinite(ratio)) goals.push({ goal: 'detection ≥ 3× redact-pii messages per CPU-second on chat', measured: ratio, unit: '×', met: ratio >= 3 });
  const slowest = slowestInput(result);
  if (slowest !== undefined) goals.push({ goal: `no input takes more than ${MAX_INPUT_MS} ms to scan (slowest adversarial input, median of 3)`, measured: slowest.ms, unit: 'ms', met: slowest.ms <= MAX_INPUT_MS });
  return goals;
}

export function detectionMethod(result: DetectionResult): string {
  const { chat, pages } = result.sets;
  return `**Detection.** Each engine scans one message at a time, in a process of its own (bench/detectionProcess.ts; engines as in the evaluation, eval/engines/*, through the library's own call), after ${result.settings.warmupSeconds} s of untimed scanning: *${DETECTION_ENGINES.join('*, *')}*. Engines take turns, ${result.settings.runs} run${result.settings.runs === 1 ? '' : 's'} each of at least ${result.settings.seconds} s per text set. Rates are per CPU-second of that process (wall rates beside them), so other work on the machine does not count against an engine. The *chat* set (bench/chatMessages.ts) is ${formatCount(chat.messages)} Slack-style messages, ${formatNumber(chat.meanChars)} characters on average, generated from a fixed seed: a quarter one-line acknowledgements, a third coordination, a third technical chat (versions, build and ticket ids, timestamps, paths, commands, private IPs, log lines, pasted stack traces and configs), and ${Math.round(CHAT_PII_SHARE * 100)} % with personal data or a credential (phone numbers, e-mail addresses, cards, SSNs, IBANs, a public IP, tokens, passwords). The clean messages mention colleagues by first name and @-mention, as chat does: a PERSON finding there counts as flagged. The *pages* (bench/pageTexts.ts) are ${pages.messages} texts of 5 to 20 KB (${formatNumber(pages.meanChars / 1000)} K characters on average): meeting notes, a service log, a customer export with personal data on every row, a support thread and a configuration paste. The adversarial inputs are the tests' (test/support/adversarialInputs.ts, about 50,000 characters each) and five phone-heavy texts of 40,000 characters (bench/detectionSets.ts); each is scanned three times after ${result.settings.warmupSeconds} s of chat and pages warmed the JIT (a service is warm; a cold first call costs several times a warm one). The goal is judged on the median wall time.`;
}

/**
 * The detection bullet under "What limits the numbers": this run's numbers, and what profiles of
 * the detector showed while it was made faster (labelled as such; the script does not repeat them).
 */
export function detectionLimits(result: DetectionResult): string {
  const chat = medianRate(result, 'chat', OURS);
  const pages = medianRate(result, 'pages', OURS);
  const reference = result.flags[REFERENCE];
  const ours = result.flags[OURS];
  const slowest = slowestInput(result);
  const lines = [
    `- **Detection (${formatNumber(1e6 / chat)} µs per chat message, ${formatNumber(1e3 / pages)} ms per page; ${ratioToReference(result, 'chat').toFixed(2)}× redact-pii on chat)** is bound by the few messages that hold something number- or token-shaped.`,
    '  - Most chat is settled by one pass over its characters (`textFeatures`: digit runs, grouped digits, letter-digit runs, a few characters) and the recognizers’ gates (`Recognizer.mayMatch`), which skip every recognizer that cannot match; no pattern runs on a message such as “standup moved to 10:30”.',
    '  - In CPU profiles of the chat set (a diagnostic while tuning, not repeated by the script), about a third of our time went to libphonenumber reading the numbers that could be valid phone numbers: some 40 µs per candidate on a quiet machine, for the 4 % of messages that have one. It is read only in short pieces around digit runs that can hold a valid number of the country (phonePieces.ts), which is what keeps dates, versions, IP addresses and ids away from it. The rest is spread over the identifier patterns, context scoring and the PERSON, LOCATION and plate recognizers.',
    `  - redact-pii is a dozen regular expressions with no validation: cheap per message, and it flagged ${reference ? `${reference.cleanFlagged} of ${reference.cleanMessages}` : 'many'} clean chat messages${ours ? ` (ours: ${ours.cleanFlagged})` : ''}.`,
  ];
  if (slowest !== undefined) {
    lines.push(
      `  - Slowest input: “${slowest.name}” (${formatCount(slowest.chars)} characters), ${formatNumber(slowest.ms)} ms. Thousands of valid phone numbers in one message cost libphonenumber ~10 µs per character, so the phone recognizer reads at most a fixed budget of characters per message-sized text (phonePieces.ts; longer texts get budget in proportion).`,
    );
  }
  return lines.join('\n');
}
