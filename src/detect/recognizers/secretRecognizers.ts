import type { Recognizer } from '../recognizer.ts';
import { awsAccessKeyIdRecognizer } from './awsAccessKeyIdRecognizer.ts';
import { awsSecretAccessKeyRecognizer } from './awsSecretAccessKeyRecognizer.ts';
import { gcpApiKeyRecognizer } from './gcpApiKeyRecognizer.ts';
import { githubTokenRecognizer } from './githubTokenRecognizer.ts';
import { jwtRecognizer } from './jwtRecognizer.ts';
import { privateKeyRecognizer } from './privateKeyRecognizer.ts';
import { secretAssignmentRecognizer } from './secretAssignmentRecognizer.ts';
import { slackTokenRecognizer } from './slackTokenRecognizer.ts';
import { slackWebhookRecognizer } from './slackWebhookRecognizer.ts';
import { stripeKeyRecognizer } from './stripeKeyRecognizer.ts';
import { urlCredentialsRecognizer } from './urlCredentialsRecognizer.ts';

/**
 * Credentials, all under the label SECRET; each finding's `recognizer` says which kind. Vendor
 * tokens with a fixed prefix come first: on a tie with the generic assignment reading of the same
 * characters, the specific name is the more useful one in the audit trail.
 */
export const secretRecognizers: readonly Recognizer[] = Object.freeze([
  privateKeyRecognizer,
  awsAccessKeyIdRecognizer,
  awsSecretAccessKeyRecognizer,
  gcpApiKeyRecognizer,
  githubTokenRecognizer,
  slackTokenRecognizer,
  slackWebhookRecognizer,
  stripeKeyRecognizer,
  jwtRecognizer,
  urlCredentialsRecognizer,
  secretAssignmentRecognizer,
]);
