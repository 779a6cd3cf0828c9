// A full disk reported on the write request itself (as Firefox does: the put's request fails with
// QuotaExceededError) reaches the worker as Dexie's BulkError, whose causes are in `failures`, not
// `inner`. describeStorageError must still recognise it, or the worker rethrows, the popup never says
// "The disk is full" and the page's message fails.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FirebreakDb } from '@/utils/tracking/db';
import { ingestPosts } from '@/utils/tracking/ingest';
import { describeStorageError } from '@/utils/tracking/storage-errors';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);

describe('a quota error on the put request', () => {
  afterEach(() => vi.restoreAllMocks());

  test('ingestPosts fails with an error describeStorageError recognises as a full disk', async () => {
    const db = new FirebreakDb('qa-quota');
    await db.open();
    // fake-indexeddb's raw object store: make every record write fail as a full disk does.
    const idb = db.backendDB();
    const rawStore = (idb.transaction('posts', 'readonly').objectStore('posts') as unknown as { _rawObjectStore: object })._rawObjectStore;
    const proto = Object.getPrototypeOf(rawStore) as { storeRecord: (...args: unknown[]) => unknown };
    vi.spyOn(proto, 'storeRecord').mockImplementation(() => {
      throw new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
    });

    const error = await ingestPosts(
      db,
      [{ platform: 'x', id: '1', kind: 'post', text: 'Brewly burnt my kitchen', sentiment: 'negative', score: -0.8, brandTerms: ['Brewly'] }],
      NOW,
    ).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).not.toBeNull();
    // The worker's postsSeen handler shows this message in the popup; null means it rethrows instead.
    expect(describeStorageError(error), `error was ${String((error as Error)?.name)}: ${String((error as Error)?.message)}`).not.toBeNull();
  });
});
