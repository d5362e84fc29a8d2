import { createTokenRecognizer } from './createTokenRecognizer.ts';

/** Google Cloud / Firebase / Maps API keys: "AIza" and 35 URL-safe base64 characters. */
export const gcpApiKeyRecognizer = createTokenRecognizer({
  name: 'gcp_api_key',
  marker: 'AIza',
  pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
  score: 0.95,
});
