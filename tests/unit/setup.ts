// Every unit test gets a fresh in-memory IndexedDB and a fresh fake browser.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  const fresh = new IDBFactory();
  globalThis.indexedDB = fresh;
  // Dexie keeps the factory it found at import time.
  Dexie.dependencies.indexedDB = fresh;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
});
