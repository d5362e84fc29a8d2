import { createTokenRecognizer } from './createTokenRecognizer.ts';

/**
 * Stripe live secret (sk_live_) and restricted (rk_live_) keys: they move real money. Test-mode
 * keys are left out; Stripe's documentation is full of them.
 */
export const stripeKeyRecognizer = createTokenRecognizer({
  name: 'stripe_key',
  marker: '_live_',
  pattern: /(?<![A-Za-z0-9_])[sr]k_live_[0-9A-Za-z]{20,247}(?![A-Za-z0-9_])/g,
  score: 0.95,
});
