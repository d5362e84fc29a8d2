import type { Service } from '../../src/main.ts';
import { getItem, type Item } from '../../src/store/projections/items.ts';

/**
 * Resolves with the item once `predicate` holds. It re-reads the item whenever a job finishes (the
 * service's job events), not on a timer, so a test waits exactly as long as the pipeline takes;
 * the test's own timeout bounds it.
 */
export function waitForItem(service: Service, itemId: string, predicate: (item: Item) => boolean): Promise<Item> {
  return new Promise<Item>((resolve, reject) => {
    let checking = Promise.resolve();
    let done = false;
    const finish = (settle: () => void) => {
      done = true;
      service.jobEvents.off('job:stop', check);
      settle();
    };
    const check = () => {
      checking = checking
        .then(async () => {
          if (done) return;
          const item = await getItem(service.db, itemId);
          if (item !== null && predicate(item)) finish(() => resolve(item));
        })
        .catch((error: unknown) => finish(() => reject(error)));
    };
    service.jobEvents.on('job:stop', check);
    check();
  });
}

export const isFinal = (item: Item): boolean => item.content === null;
