import { createTokenRecognizer } from './createTokenRecognizer.ts';

/**
 * GitHub tokens: classic personal access (ghp_), OAuth (gho_), user-to-server (ghu_),
 * server-to-server (ghs_) and refresh (ghr_) tokens with 36 base62 characters, and fine-grained
 * personal access tokens (github_pat_, 22 + "_" + 59 characters).
 */
export const githubTokenRecognizer = createTokenRecognizer({
  name: 'github_token',
  marker: 'g',
  pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/g,
  score: 0.95,
});
