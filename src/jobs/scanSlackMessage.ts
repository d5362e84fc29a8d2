import { AppError } from '../core/appError.ts';
import { slackMrkdwnToText } from '../detect/extract/slackMrkdwn.ts';
import { summarizeLabels } from '../detect/summarizeFindings.ts';
import { getItem, transitionItem } from '../store/projections/items.ts';
import { QUEUES } from '../queue/queueNames.ts';
import { openItemContent } from './itemContent.ts';
import type { ActionJobData, JobDeps } from './jobDeps.ts';

/**
 * `events` queue: decode the message, run the detector, record the result, and queue the delete
 * when something was found, all in one transaction with the status change. A rerun after a crash
 * finds the item no longer `received` and does nothing.
 */
export async function scanSlackMessage(deps: JobDeps, data: { itemId: string }): Promise<string> {
  const item = await getItem(deps.db, data.itemId);
  if (item === null) throw new AppError('ITEM_NOT_FOUND', `Item ${data.itemId} does not exist`);
  if (item.status !== 'received') return `skipped:${item.status}`;

  const plain = slackMrkdwnToText(openItemContent(item, deps.sealer).text);
  const findings = deps.detector.detect(plain);
  const counts = summarizeLabels(findings);
  const labels = Object.keys(counts).sort();
  const auditFindings = findings.map((f) => ({
    label: f.label,
    start: f.start,
    end: f.end,
    score: Math.round(f.score * 100) / 100,
    recognizer: f.recognizer,
    fingerprint: deps.sealer.fingerprint(plain.slice(f.start, f.end)),
  }));

  await deps.db.transaction(async (tx) => {
    if (findings.length === 0) {
      await transitionItem(tx, {
        id: item.id,
        fromVersion: item.version,
        status: 'clean',
        labels: [],
        findingCount: 0,
        dropContent: true,
        events: [{ type: 'MessageScanned', data: { result: 'clean', textLength: plain.length } }],
      });
      return;
    }
    await transitionItem(tx, {
      id: item.id,
      fromVersion: item.version,
      status: 'pii_found',
      labels,
      findingCount: findings.length,
      events: [{ type: 'MessageScanned', data: { result: 'pii_found', counts, findings: auditFindings, textLength: plain.length } }],
    });
    await deps.boss.send(QUEUES.actions, { itemId: item.id, action: 'delete' } satisfies ActionJobData, { db: tx });
  });
  return findings.length === 0 ? 'clean' : 'pii_found';
}
