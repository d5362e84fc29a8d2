import type { WebClient } from '@slack/web-api';
import type { ActionOutcome } from '../actionOutcome.ts';
import { classifySlackError } from './classifySlackError.ts';

/**
 * `files.delete` (`files:write`, Tier 3), made idempotent: a file that is already gone (its owner
 * deleted it, or an earlier attempt did and its answer was lost) counts as done. Deleting a message
 * leaves its files in place (CONTRACTS.md fact 10), so this is its own call.
 */
export async function deleteSlackFile(client: WebClient, token: string, fileId: string): Promise<ActionOutcome<{ alreadyGone: boolean }>> {
  try {
    await client.files.delete({ token, file: fileId });
    return { kind: 'done', detail: { alreadyGone: false } };
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code === 'file_not_found' || code === 'file_deleted') return { kind: 'done', detail: { alreadyGone: true } };
    const outcome = classifySlackError(error);
    if (outcome !== undefined) return outcome;
    throw error;
  }
}
