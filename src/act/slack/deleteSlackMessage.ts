import type { WebClient } from '@slack/web-api';
import type { ActionOutcome } from '../actionOutcome.ts';
import { classifySlackError } from './classifySlackError.ts';

/**
 * `chat.delete`, made idempotent: a message that is already gone (deleted by its author, or by an
 * earlier attempt of this job whose result was lost) counts as done.
 */
export async function deleteSlackMessage(
  client: WebClient,
  token: string,
  target: { channel: string; ts: string },
): Promise<ActionOutcome<{ alreadyGone: boolean }>> {
  try {
    await client.chat.delete({ token, channel: target.channel, ts: target.ts });
    return { kind: 'done', detail: { alreadyGone: false } };
  } catch (error) {
    if ((error as { data?: { error?: string } }).data?.error === 'message_not_found') {
      return { kind: 'done', detail: { alreadyGone: true } };
    }
    const outcome = classifySlackError(error);
    if (outcome !== undefined) return outcome;
    throw error;
  }
}
