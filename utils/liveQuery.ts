import { Dexie, liveQuery } from 'dexie';

/**
 * After how many writes (of any store, in any context) a live query that has not run again since is renewed.
 * Dexie's live query keeps what every write since its last run changed (up to 49 keys of each index a
 * transaction's put, beyond that one range) and lets go of it only when it runs again: one that no write
 * concerns held the keys of every mention written while the page was open (7 MB per 20,000 mentions). Counted
 * in writes, not minutes: what is held grows with them only, and an idle page renews nothing. 25 writes hold
 * some 350 kB at most (40 mentions each); renewing costs one run of the query, once per 25 writes.
 */
export const RENEW_AFTER_WRITES = 25;

interface Subscription {
  unsubscribe(): void;
}

/**
 * Dexie's liveQuery, renewed when it has been told of `renewAfter` writes without running again (see
 * RENEW_AFTER_WRITES). The renewal is a new live query; the last one follows the data until the new one gives
 * its first result, and is left then. That first result is as new as any the last one gave (a write it is
 * told of while it runs, Dexie runs it again before giving it), so no write is missed, and none is given out
 * of order.
 */
export function renewingLiveQuery<T>(query: () => T | Promise<T>, renewAfter = RENEW_AFTER_WRITES) {
  return {
    subscribe(observer: { next(value: T): void; error(error: unknown): void }): Subscription {
      let closed = false;
      let current: Subscription | undefined;
      /** The live queries the current one replaces, until it has given its first result. */
      let retiring: Subscription[] = [];
      /** Writes told of since the current live query last gave a result. */
      let told = 0;
      const start = () => {
        let first = true;
        const subscription: Subscription = liveQuery(query).subscribe({
          next: (value) => {
            if (closed) return;
            if (subscription === current) {
              told = 0;
              if (first) retiring.forEach((old) => old.unsubscribe());
              if (first) retiring = [];
            }
            first = false;
            observer.next(value);
          },
          error: (error: unknown) => !closed && observer.error(error),
        });
        return subscription;
      };
      const onWrite = () => {
        if (closed || ++told < renewAfter || retiring.length > 0) return;
        told = 0;
        retiring.push(current!);
        current = start();
      };
      current = start();
      Dexie.on('storagemutated', onWrite);
      return {
        unsubscribe() {
          closed = true;
          Dexie.on('storagemutated').unsubscribe(onWrite);
          current?.unsubscribe();
          retiring.forEach((old) => old.unsubscribe());
          retiring = [];
        },
      };
    },
  };
}
