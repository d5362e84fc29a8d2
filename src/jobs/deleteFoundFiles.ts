import { deleteSlackFile } from '../act/slack/deleteSlackFile.ts';
import { AppError } from '../core/appError.ts';
import type { AuditEvent } from '../store/auditLog.ts';
import { getItem, transitionItem } from '../store/projections/items.ts';
import { QUEUES } from '../queue/queueNames.ts';
import { openItemContent, sealItemContent, type FileWithPii } from './itemContent.ts';
import type { ActionJobData, JobDeps } from './jobDeps.ts';
import { postponeAction } from './postponeAction.ts';

/**
 * `actions` queue, action `delete_files`: `files.delete` each file of the message in which personal
 * data was found, then queue the message's own delete. Deleting a message leaves its files in place
 * (contract fact 10), and the files go first so that a message Slack will not let us delete does not
 * keep its file alive too.
 *
 * Like `chat.delete`, removing a member's file needs a workspace admin's user token
 * (SLACK_ADMIN_TOKEN, `files:write`); the bot token removes only files the bot uploaded. A file that
 * is already gone counts as done. What was done is sealed back into the item (at the end, or when a
 * 429 postpones the rest), so the rerun starts where this run stopped and the DM can say which files
 * are gone; after a crash the rerun finds them gone (`alreadyGone`). A file
 * Slack refuses to delete (`cant_delete_file`) is recorded, and the message is deleted all the same.
 */
export async function deleteFoundFiles(deps: JobDeps, data: ActionJobData): Promise<string> {
  const item = await getItem(deps.db, data.itemId);
  if (item === null) throw new AppError('ITEM_NOT_FOUND', `Item ${data.itemId} does not exist`);
  if (item.status !== 'pii_found') return `skipped:${item.status}`;

  const content = openItemContent(item, deps.sealer);
  const files: FileWithPii[] = structuredClone(content.filesWithPii ?? []);
  const events: AuditEvent[] = [];
  for (const entry of files) {
    if (entry.deletion !== undefined) continue;
    const own = entry.file.userId !== null && entry.file.userId === deps.slack.identity().botUserId;
    const token = own ? deps.slack.botToken : (deps.slack.adminToken ?? deps.slack.botToken);
    const tokenKind = token === undefined ? 'none' : own || deps.slack.adminToken === undefined ? 'bot' : 'admin';
    const outcome =
      token === undefined
        ? ({ kind: 'permanent', error: 'slack_not_configured' } as const)
        : await deleteSlackFile(deps.slack.client, token, entry.file.id);
    if (outcome.kind === 'retry-after') {
      // Keep what is already done: the rerun after the wait starts at this file.
      return postponeAction(deps, item, data, outcome.seconds, outcome.error, sealItemContent(item, { ...content, filesWithPii: files }, deps.sealer));
    }
    if (outcome.kind === 'done') {
      entry.deletion = { deleted: true, alreadyGone: outcome.detail.alreadyGone };
      events.push({ type: 'FileDeleted', data: { fileId: entry.file.id, alreadyGone: outcome.detail.alreadyGone, token: tokenKind } });
    } else {
      entry.deletion = { deleted: false, error: outcome.error };
      events.push({ type: 'FileDeleteFailed', data: { fileId: entry.file.id, error: outcome.error, token: tokenKind, permanent: true } });
    }
  }

  const failed = files.flatMap((f) => (f.deletion?.deleted === false ? [f.deletion.error] : []));
  await deps.db.transaction(async (tx) => {
    await transitionItem(tx, {
      id: item.id,
      fromVersion: item.version,
      status: 'pii_found',
      ...(failed.length === 0 ? {} : { reason: `file_delete_failed:${failed[0]}` }),
      content: sealItemContent(item, { ...content, filesWithPii: files }, deps.sealer),
      events,
    });
    await deps.boss.send(QUEUES.actions, { itemId: item.id, action: 'delete' } satisfies ActionJobData, { db: tx });
  });
  for (const event of events) {
    const d = event.data as { alreadyGone?: boolean; error?: string };
    deps.events?.emit(
      'action:outcome',
      event.type === 'FileDeleted'
        ? { action: 'delete_file', outcome: d.alreadyGone === true ? 'already_gone' : 'done' }
        : { action: 'delete_file', outcome: 'failed', ...(d.error === undefined ? {} : { code: d.error }) },
    );
  }
  return failed.length === 0 ? 'files_deleted' : `files_failed:${failed.length}`;
}
