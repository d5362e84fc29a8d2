import { createDetector, defaultRecognizers, type Detector } from '../src/detect/detector.ts';
import { toCorpusLabel } from '../src/scan/corpusLabels.ts';
import type { CaseError } from './scoreCorpus.ts';

export type MissExplainer = (error: CaseError) => string;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/**
 * Says, where it is obvious, why our engine got a case wrong, by asking detectors that differ from
 * the default in one respect: one that reports published test values, one with no threshold. A
 * miss seen by one of them is a test value or a low score; a miss found under another label is a
 * label mix-up; anything else is "not recognised". These detectors only explain; the scores are
 * always the default detector's.
 */
export function createMissExplainer(defaultDetector: Detector = createDetector()): MissExplainer {
  const withTestValues = createDetector({ testValues: false });
  const strict = createDetector({ profile: 'strict' });
  // One detector per recognizer: with all of them, a candidate tied with another label's would be
  // resolved away and look "not recognised".
  const unthresholded = defaultRecognizers.map((recognizer) => ({
    labels: new Set(recognizer.labels.map(toCorpusLabel)),
    detector: createDetector({ recognizers: [recognizer], minScore: 0 }),
  }));
  const corpusFindings = (detector: Detector, text: string) =>
    detector.detect(text).map((finding) => ({ ...finding, label: toCorpusLabel(finding.label) }));

  return (error) => {
    const reasons: string[] = [];
    const quote = (span: { start: number; end: number }): string => JSON.stringify(error.text.slice(span.start, span.end));
    for (const span of error.missed) {
      const ours = corpusFindings(defaultDetector, error.text).filter((f) => overlaps(f, span) && f.label !== error.label);
      const asTestValue = corpusFindings(withTestValues, error.text).some((f) => overlaps(f, span) && f.label === error.label);
      const weak = unthresholded
        .filter(({ labels }) => labels.has(error.label))
        .flatMap(({ detector }) => corpusFindings(detector, error.text))
        .filter((f) => overlaps(f, span) && f.label === error.label);
      const strictFindings = corpusFindings(strict, error.text).filter((f) => overlaps(f, span));
      const strictFinds = strictFindings.some((f) => f.label === error.label);
      const strictOther = [...new Set(strictFindings.map((f) => f.label))];
      const orStrict = strictFinds ? '; --profile strict reports it' : strictOther.length > 0 ? `; --profile strict reports it as ${strictOther.join(', ')}` : '';
      let why = 'not recognised';
      if (ours.length > 0) why = `found as ${[...new Set(ours.map((f) => f.label))].join(', ')} instead`;
      else if (asTestValue) why = `a published test value, not reported by default${orStrict}`;
      else if (weak.length > 0) why = `scored ${Math.max(...weak.map((f) => f.score)).toFixed(2)}, under the threshold${orStrict}`;
      else if (strictFinds) why = 'a range or a form the chat profile never reports; --profile strict reports it';
      reasons.push(`missed ${quote(span)}: ${why}`);
    }
    for (const alarm of error.falseAlarms) {
      const score = alarm.score === undefined ? '' : `, score ${alarm.score.toFixed(2)}`;
      reasons.push(`false alarm ${quote(alarm)} (${alarm.type}${score})`);
    }
    return reasons.join('; ');
  };
}
