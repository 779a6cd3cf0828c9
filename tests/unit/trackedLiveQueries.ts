// What Dexie's live queries hold: each one keeps what every write since its last run changed (its accumMuts),
// and lets go of it only when it runs again. Tests mock 'dexie' with this to see, for each open live query, how
// many writes it has been told of since it last gave a result:
//   const live = vi.hoisted(() => ({ open: new Set<{ told: number }>(), made: 0 }));
//   vi.mock('dexie', async (importOriginal) => (await import('../trackedLiveQueries')).tracked(await importOriginal(), live));
import type * as DexieModule from 'dexie';

export interface LiveQueries {
  /** The open live queries, each with the writes told of since its last result. */
  open: Set<{ told: number }>;
  /** How many were subscribed to. */
  made: number;
}

export function tracked(actual: typeof DexieModule, live: LiveQueries): typeof DexieModule {
  actual.Dexie.on('storagemutated', () => live.open.forEach((query) => query.told++));
  const liveQuery = <T>(querier: () => T | Promise<T>) => {
    const observable = actual.liveQuery(querier);
    return {
      subscribe(observer: { next?: (value: T) => void; error?: (error: unknown) => void }) {
        const entry = { told: 0 };
        live.made++;
        live.open.add(entry);
        const subscription = observable.subscribe({
          next: (value) => {
            entry.told = 0;
            observer.next?.(value);
          },
          error: (error: unknown) => observer.error?.(error),
        });
        return {
          get closed() {
            return subscription.closed;
          },
          unsubscribe() {
            live.open.delete(entry);
            subscription.unsubscribe();
          },
        };
      },
    };
  };
  // Only subscribe is used of what liveQuery gives.
  return { ...actual, liveQuery: liveQuery as unknown as typeof actual.liveQuery };
}
