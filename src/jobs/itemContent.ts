import { AppError } from '../core/appError.ts';
import type { Item } from '../store/projections/items.ts';
import type { Sealer } from '../store/sealing.ts';

export interface ItemContent {
  /** As Slack sent it (mrkdwn). */
  text: string;
}

export function openItemContent(item: Item, sealer: Sealer): ItemContent {
  if (item.content === null) throw new AppError('CONTENT_UNAVAILABLE', `Item ${item.id} has no content left`);
  try {
    return JSON.parse(sealer.open(item.content, item.id)) as ItemContent;
  } catch (error) {
    throw new AppError('CONTENT_UNAVAILABLE', `Item ${item.id} content cannot be opened (wrong ENCRYPTION_KEY?)`, { cause: error });
  }
}
