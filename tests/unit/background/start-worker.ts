// The service worker as it starts after a browser restart or after MV3 stopped it: no onInstalled, nothing
// in memory, only what storage holds. Imports entrypoints/background.ts itself, with the few browser parts
// fakeBrowser lacks stubbed. One start per test file.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** navigator.locks as the worker uses it (Node 20 has none): one holder per name at a time. Returns "all settled". */
export function stubLocks(): () => Promise<unknown> {
  const tails = new Map<string, Promise<unknown>>();
  vi.stubGlobal('navigator', {
    locks: {
      request(name: string, work: () => Promise<unknown>) {
        const run = (tails.get(name) ?? Promise.resolve()).catch(() => {}).then(work);
        tails.set(name, run);
        return run;
      },
    },
  });
  return () => Promise.all([...tails.values()].map((tail) => tail.catch(() => {})));
}

/** The events and calls fakeBrowser leaves unimplemented, as ones that do nothing. */
export function stubMissingApis() {
  const event = () => ({ addListener: () => {}, removeListener: () => {}, hasListener: () => false });
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.permissions = { ...(b.permissions ?? {}), onAdded: event(), onRemoved: event(), contains: async () => false };
  b.notifications = { ...b.notifications, onClicked: event(), onButtonClicked: event() };
  b.scripting = { getRegisteredContentScripts: async () => [], registerContentScripts: async () => {}, unregisterContentScripts: async () => {}, updateContentScripts: async () => {} };
}

/** Runs the worker's main as its start does: once per file (the messaging library allows one listener per message). */
export async function startWorker(): Promise<void> {
  const background = (await import('@/entrypoints/background')).default as unknown as { main: () => void };
  background.main();
}
