import { AppError } from '../core/appError.ts';
import { slackMrkdwnToText } from '../detect/extract/slackMrkdwn.ts';
import type { Finding } from '../detect/finding.ts';
import { summarizeLabels } from '../detect/summarizeFindings.ts';
import { getItem, transitionItem, type Item } from '../store/projections/items.ts';
import type { Sealer } from '../store/sealing.ts';
import { QUEUES } from '../queue/queueNames.ts';
import { openItemContent, sealItemContent, type FileWithPii, type ItemContent } from './itemContent.ts';
import { FIRST_ATTEMPT, type ActionJobData, type JobAttempt, type JobDeps } from './jobDeps.ts';
import { postponeScan } from './postponeAction.ts';
import { scanSlackFiles, type FileScan } from './scanSlackFiles.ts';

/** A finding and where it was: the message's own text, or the text of one of its files. */
export interface LocatedFinding {
  finding: Finding;
  where: { kind: 'text' } | { kind: 'file'; fileId: string };
  /** The text the finding's offsets point into, for its fingerprint. */
  source: string;
}

/**
 * `events` queue: decode the message, run the detector over its text and, separately, over each of
 * its files (`scanSlackFiles`), record the result, and queue the first removal step when something
 * was found, all in one transaction with the status change. A rerun after a crash finds the item no
 * longer `received` and does nothing. A file that could not be read is recorded in the result (and
 * in `items.reason`), never mistaken for a clean one, and never holds up the message's own result.
 */
export async function scanSlackMessage(deps: JobDeps, data: { itemId: string }, attempt: JobAttempt = FIRST_ATTEMPT): Promise<string> {
  const item = await getItem(deps.db, data.itemId);
  if (item === null) throw new AppError('ITEM_NOT_FOUND', `Item ${data.itemId} does not exist`);
  if (item.status !== 'received') return `skipped:${item.status}`;

  const content = openItemContent(item, deps.sealer);
  const plain = slackMrkdwnToText(content.text);
  const files = await scanSlackFiles(deps, content.files ?? [], attempt);
  if (files.kind === 'retry-after') return postponeScan(deps, item, data, files.seconds, files.error);

  const findings: LocatedFinding[] = [
    ...deps.detector.detect(plain).map((finding) => ({ finding, where: { kind: 'text' as const }, source: plain })),
    ...files.files.flatMap((scan) =>
      scan.outcome === 'scanned' ? scan.findings.map((finding) => ({ finding, where: { kind: 'file' as const, fileId: scan.file.id }, source: scan.text })) : [],
    ),
  ];
  const counts = summarizeLabels(findings.map((f) => f.finding));
  const labels = Object.keys(counts).sort();
  const filesWithPii = filesWithFindings(files.files);
  const notScanned = files.files.some((scan) => scan.outcome !== 'scanned');
  const scanned = {
    textLength: plain.length,
    ...(files.files.length === 0 ? {} : { files: files.files.map(fileRecord) }),
  };

  await deps.db.transaction(async (tx) => {
    if (findings.length === 0) {
      await transitionItem(tx, {
        id: item.id,
        fromVersion: item.version,
        status: 'clean',
        labels: [],
        findingCount: 0,
        reason: notScanned ? 'files_not_scanned' : null,
        dropContent: true,
        events: [{ type: 'MessageScanned', data: { result: 'clean', ...scanned } }],
      });
      return;
    }
    await transitionItem(tx, {
      id: item.id,
      fromVersion: item.version,
      status: 'pii_found',
      labels,
      findingCount: findings.length,
      reason: notScanned ? 'files_not_scanned' : null,
      // The names of files to delete and mention in the DM, resolved for Slack Connect stubs: sealed.
      ...(filesWithPii.length === 0 ? {} : { content: sealWithFiles(item, content, files.files, filesWithPii, deps.sealer) }),
      events: [{ type: 'MessageScanned', data: { result: 'pii_found', counts, findings: findings.map((f) => auditFinding(f, deps.sealer)), ...scanned } }],
    });
    // Files first: deleting the message would leave them in place (contract fact 10).
    const next: ActionJobData['action'] = filesWithPii.length > 0 ? 'delete_files' : 'delete';
    await deps.boss.send(QUEUES.actions, { itemId: item.id, action: next } satisfies ActionJobData, { db: tx });
  });
  return findings.length === 0 ? 'clean' : 'pii_found';
}

function filesWithFindings(scans: readonly FileScan[]): FileWithPii[] {
  return scans.flatMap((scan) =>
    scan.outcome === 'scanned' && scan.findings.length > 0 ? [{ file: scan.file, labels: Object.keys(summarizeLabels(scan.findings)).sort() }] : [],
  );
}

function sealWithFiles(item: Item, content: ItemContent, scans: readonly FileScan[], filesWithPii: FileWithPii[], sealer: Sealer): Buffer {
  return sealItemContent(item, { ...content, files: scans.map((scan) => scan.file), filesWithPii }, sealer);
}

/** Label, place, offsets and a keyed fingerprint: never the value. */
function auditFinding({ finding: f, where, source }: LocatedFinding, sealer: Sealer): Record<string, unknown> {
  return {
    where: where.kind,
    ...(where.kind === 'file' ? { fileId: where.fileId } : {}),
    label: f.label,
    start: f.start,
    end: f.end,
    score: Math.round(f.score * 100) / 100,
    recognizer: f.recognizer,
    fingerprint: sealer.fingerprint(source.slice(f.start, f.end)),
  };
}

/** One file's outcome for the audit log: its id, what happened and why, never its name, URL or text. */
function fileRecord(scan: FileScan): Record<string, unknown> {
  switch (scan.outcome) {
    case 'scanned':
      return {
        fileId: scan.file.id,
        outcome: 'scanned',
        format: scan.format,
        bytes: scan.bytes,
        textLength: scan.text.length,
        truncated: scan.truncated,
        ...(scan.pages === undefined ? {} : { pages: scan.pages }),
        counts: summarizeLabels(scan.findings),
      };
    case 'unreadable':
      return { fileId: scan.file.id, outcome: 'unreadable', reason: scan.reason, ...(scan.format === undefined ? {} : { format: scan.format }), bytes: scan.bytes };
    case 'too_large':
    case 'not_downloadable':
      return { fileId: scan.file.id, outcome: scan.outcome, reason: scan.reason, detail: scan.detail };
  }
}
