import { AppError } from '../core/appError.ts';
import { notifySlackAuthor } from '../act/slack/notifySlackAuthor.ts';
import { slackMrkdwnToText } from '../detect/extract/slackMrkdwn.ts';
import { describeLabel } from '../detect/labelDescriptions.ts';
import { getItem, transitionItem } from '../store/projections/items.ts';
import { openItemContent } from './itemContent.ts';
import type { ActionJobData, JobDeps } from './jobDeps.ts';
import { postponeAction } from './postponeAction.ts';

/**
 * `actions` queue, action `notify`: DM the author their original text and what was found, so they
 * can repost it safely, and name the files of theirs that were deleted (or that they must delete).
 * The item then is final and its sealed content is dropped.
 */
export async function notifyMessageAuthor(deps: JobDeps, data: ActionJobData): Promise<string> {
  const item = await getItem(deps.db, data.itemId);
  if (item === null) throw new AppError('ITEM_NOT_FOUND', `Item ${data.itemId} does not exist`);
  if (item.status !== 'deleted' || item.userId === null) return `skipped:${item.status}`;

  const botToken = deps.slack.botToken;
  const content = openItemContent(item, deps.sealer);
  const outcome =
    botToken === undefined
      ? ({ kind: 'permanent', error: 'slack_not_configured' } as const)
      : await notifySlackAuthor(deps.slack.client, botToken, {
          userId: item.userId,
          channelId: item.channelId,
          originalText: slackMrkdwnToText(content.text),
          categories: item.labels.map(describeLabel),
          // File names are opened here, for the DM only; they are in no log, payload or audit event.
          files: (content.filesWithPii ?? []).map((f) => ({
            name: f.file.name ?? 'a file',
            categories: f.labels.map(describeLabel),
            deleted: f.deletion?.deleted === true,
          })),
        });

  if (outcome.kind === 'retry-after') return postponeAction(deps, item, data, outcome.seconds, outcome.error);

  await deps.db.transaction(async (tx) => {
    await transitionItem(tx, {
      id: item.id,
      fromVersion: item.version,
      status: outcome.kind === 'done' ? 'notified' : 'failed',
      reason: outcome.kind === 'done' ? null : `notify:${outcome.error}`,
      dropContent: true,
      events: [
        outcome.kind === 'done'
          ? { type: 'AuthorNotified', data: { dmChannel: outcome.detail.dmChannel, ts: outcome.detail.ts } }
          : { type: 'NotifyFailed', data: { error: outcome.error, permanent: true } },
      ],
    });
  });
  deps.events?.emit('action:outcome', outcome.kind === 'done' ? { action: 'notify_author', outcome: 'done' } : { action: 'notify_author', outcome: 'failed', code: outcome.error });
  return outcome.kind === 'done' ? 'notified' : `failed:${outcome.error}`;
}
