import { describe, expect, it } from 'vitest';
import { chatMessages } from '../../bench/chatMessages.ts';
import { pageTexts } from '../../bench/pageTexts.ts';
import { ADVERSARIAL_INPUTS } from '../../test/support/adversarialInputs.ts';
import { loadCorpus } from '../../test/support/presidioCorpus.ts';
import { createDetector, defaultRecognizers } from './detector.ts';
import type { Recognizer } from './recognizer.ts';
import { textFeatures } from './textFeatures.ts';

/**
 * The speed gate (`Recognizer.mayMatch`) may only skip a recognizer that would have found nothing:
 * over the labelled corpus, the benchmark's chat messages and pages, and the adversarial inputs,
 * every recognizer that declines a text must find nothing in it. A gate that is wrong for some
 * text loses PII silently, which no other test would notice.
 */

const texts: readonly string[] = [
  ...loadCorpus().map((c) => c.text),
  ...chatMessages(3_000, 7).map((m) => m.text),
  ...pageTexts(10, 11).map((p) => p.text),
  ...ADVERSARIAL_INPUTS.map(([, text]) => text.slice(0, 5_000)),
  // Other scripts' digits and letters, where the ASCII-only features must not mislead a gate.
  'تلفن: ٠٩١٢٣٤٥٦٧٨٩',
  'Tel. +49 ３０ １２３４５６７',
  'ｍａｉｌ: test@例え.jp, café@exämple.de',
];

const gated = defaultRecognizers.filter((r): r is Recognizer & Required<Pick<Recognizer, 'mayMatch'>> => r.mayMatch !== undefined);

describe('recognizer gates (mayMatch)', () => {
  it('most default recognizers have one', () => {
    expect(gated.length).toBeGreaterThan(defaultRecognizers.length * 0.8);
  });

  it.each(gated.map((r) => [r.name, r] as const))('%s declines only texts it finds nothing in', (_name, recognizer) => {
    const wronglyDeclined: string[] = [];
    let declined = 0;
    for (const text of texts) {
      if (recognizer.mayMatch(textFeatures(text))) continue;
      declined++;
      const findings = recognizer.recognize(text);
      if (findings.length > 0) wronglyDeclined.push(text.slice(Math.max(0, (findings[0]?.start ?? 0) - 20), (findings[0]?.end ?? 0) + 20));
    }
    expect(wronglyDeclined).toEqual([]);
    // A gate that never declines is no gate; every one here declines some of this mixed set.
    expect(declined).toBeGreaterThan(0);
  });

  it('leave the detector’s findings as they are without gates', () => {
    const ungated = defaultRecognizers.map((r) => ({ name: r.name, labels: r.labels, recognize: (text: string) => r.recognize(text) }));
    const withGates = createDetector();
    const withoutGates = createDetector({ recognizers: ungated });
    for (const text of texts.slice(0, 2_500)) expect(withGates.detect(text)).toEqual(withoutGates.detect(text));
  });
});
