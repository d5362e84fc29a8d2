import { AppError } from '../core/appError.ts';
import type { SlackFileRef } from '../ingest/slack/slackFileRef.ts';
import type { Item } from '../store/projections/items.ts';
import type { Sealer } from '../store/sealing.ts';

/**
 * What an item keeps sealed (AES-GCM in `items.content`) until it is final: everything the later
 * steps need that is, or may be, personal data. Nothing in here goes into job payloads or the audit log.
 */
export interface ItemContent {
  /** As Slack sent it (mrkdwn). */
  text: string;
  /** The message's `files[]`, as ingest kept them. */
  files?: SlackFileRef[];
  /**
   * Written by the scan: the files in which personal data was found, as `files.info` resolved them
   * (a Slack Connect stub has no name until then), for the file deletion and the author's DM.
   */
  filesWithPii?: FileWithPii[];
}

export interface FileWithPii {
  file: SlackFileRef;
  labels: string[];
  /** Written by the file deletion, so a rerun skips what is done and the DM can say what happened. */
  deletion?: { deleted: true; alreadyGone: boolean } | { deleted: false; error: string };
}

export function openItemContent(item: Item, sealer: Sealer): ItemContent {
  if (item.content === null) throw new AppError('CONTENT_UNAVAILABLE', `Item ${item.id} has no content left`);
  try {
    return JSON.parse(sealer.open(item.content, item.id)) as ItemContent;
  } catch (error) {
    throw new AppError('CONTENT_UNAVAILABLE', `Item ${item.id} content cannot be opened (wrong ENCRYPTION_KEY?)`, { cause: error });
  }
}

/** Sealed for this item only (its id is the associated data), ready for `transitionItem({ content })`. */
export function sealItemContent(item: Item, content: ItemContent, sealer: Sealer): Buffer {
  return sealer.seal(JSON.stringify(content), item.id);
}
