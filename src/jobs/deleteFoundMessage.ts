import { AppError } from '../core/appError.ts';
import { deleteSlackMessage } from '../act/slack/deleteSlackMessage.ts';
import { getItem, transitionItem } from '../store/projections/items.ts';
import { QUEUES } from '../queue/queueNames.ts';
import type { ActionJobData, JobDeps } from './jobDeps.ts';
import { postponeAction } from './postponeAction.ts';

/**
 * `actions` queue, action `delete`: remove a message in which PII was found, then queue the DM to
 * its author. Deleting another person's message needs a workspace admin's user token
 * (SLACK_ADMIN_TOKEN); the bot token can delete only the bot's own messages.
 */
export async function deleteFoundMessage(deps: JobDeps, data: ActionJobData): Promise<string> {
  const item = await getItem(deps.db, data.itemId);
  if (item === null) throw new AppError('ITEM_NOT_FOUND', `Item ${data.itemId} does not exist`);
  if (item.status !== 'pii_found') return `skipped:${item.status}`;

  const ownMessage = item.userId !== null && item.userId === deps.slack.identity().botUserId;
  const token = ownMessage ? deps.slack.botToken : (deps.slack.adminToken ?? deps.slack.botToken);
  const outcome =
    token === undefined
      ? ({ kind: 'permanent', error: 'slack_not_configured' } as const)
      : await deleteSlackMessage(deps.slack.client, token, { channel: item.channelId, ts: item.messageTs });

  if (outcome.kind === 'retry-after') return postponeAction(deps, item, data, outcome.seconds, outcome.error);

  await deps.db.transaction(async (tx) => {
    if (outcome.kind === 'permanent') {
      await transitionItem(tx, {
        id: item.id,
        fromVersion: item.version,
        status: 'failed',
        reason: outcome.error,
        dropContent: true,
        events: [{ type: 'DeleteFailed', data: { error: outcome.error, token: tokenKind(ownMessage, deps), permanent: true } }],
      });
      return;
    }
    const hasAuthor = item.userId !== null;
    await transitionItem(tx, {
      id: item.id,
      fromVersion: item.version,
      status: 'deleted',
      // A message without a person behind it (an integration's post) has nobody to tell: final here.
      reason: hasAuthor ? null : 'no_author_to_notify',
      dropContent: !hasAuthor,
      events: [{ type: 'MessageDeleted', data: { alreadyGone: outcome.detail.alreadyGone, token: tokenKind(ownMessage, deps) } }],
    });
    if (hasAuthor) await deps.boss.send(QUEUES.actions, { itemId: item.id, action: 'notify' } satisfies ActionJobData, { db: tx });
  });
  deps.events?.emit(
    'action:outcome',
    outcome.kind === 'permanent'
      ? { action: 'delete_message', outcome: 'failed', code: outcome.error }
      : { action: 'delete_message', outcome: outcome.detail.alreadyGone ? 'already_gone' : 'done' },
  );
  return outcome.kind === 'permanent' ? `failed:${outcome.error}` : 'deleted';
}

/** Which kind of token acted, for the audit log: never the token itself. */
function tokenKind(ownMessage: boolean, deps: JobDeps): 'bot' | 'admin' | 'none' {
  if (ownMessage) return deps.slack.botToken === undefined ? 'none' : 'bot';
  if (deps.slack.adminToken !== undefined) return 'admin';
  return deps.slack.botToken === undefined ? 'none' : 'bot';
}
