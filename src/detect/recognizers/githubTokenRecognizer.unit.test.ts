import { describe, expect, it } from 'vitest';
import { BASE62, fakeRandom, join } from '../../../test/support/fakeSecrets.ts';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { githubTokenRecognizer } from './githubTokenRecognizer.ts';

const body = fakeRandom(BASE62, 36, 41);

describe('githubTokenRecognizer', () => {
  it('reports a classic personal access token with exact offsets', () => {
    expect(githubTokenRecognizer.recognize(`token ${join('gh', 'p_', body)} pls revoke`)).toEqual([
      { start: 6, end: 46, label: 'SECRET', score: 0.95, recognizer: 'github_token' },
    ]);
  });

  it.each(['gho_', 'ghu_', 'ghs_', 'ghr_'])('finds a %s token', (prefix) => {
    expect(githubTokenRecognizer.recognize(join(prefix, body))).toHaveLength(1);
  });

  it('finds a fine-grained personal access token', () => {
    const token = join('github', '_pat_', fakeRandom(BASE62, 22, 42), '_', fakeRandom(BASE62, 59, 43));
    expect(githubTokenRecognizer.recognize(`GH_TOKEN=${token}`)).toHaveLength(1);
  });

  it.each([
    ['an unknown prefix', join('ghx_', body)],
    ['35 characters', join('ghp_', body.slice(1))],
    ['a placeholder', join('ghp_', 'x'.repeat(36))],
    ['a repetitive body', join('ghp_', 'ab'.repeat(18))],
  ])('ignores %s', (_why, text) => {
    expect(githubTokenRecognizer.recognize(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(githubTokenRecognizer);
  });
});
