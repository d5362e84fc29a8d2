import type { WebClient } from '@slack/web-api';
import type { ActionOutcome } from '../actionOutcome.ts';
import { classifySlackError } from './classifySlackError.ts';

/** Errors saying there is no file to look at: deleted, never there, or not shared with us. */
const GONE = new Set(['file_not_found', 'file_deleted', 'not_visible']);

/**
 * `files.info` with the bot token (`files:read`, Tier 4): the whole file object, for a Slack Connect
 * stub (`file_access: "check_file_info"`, CONTRACTS.md fact 12) or a file the event gave no download
 * URL for. The object is returned as Slack sent it; the caller picks what it needs.
 */
export async function fetchSlackFileInfo(client: WebClient, token: string, fileId: string): Promise<ActionOutcome<{ file: unknown }>> {
  try {
    const answer = await client.files.info({ token, file: fileId });
    return { kind: 'done', detail: { file: answer.file } };
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code !== undefined && GONE.has(code)) return { kind: 'permanent', error: code };
    const outcome = classifySlackError(error);
    if (outcome !== undefined) return outcome;
    throw error;
  }
}
