// The service worker as it starts after a browser restart or after MV3 stopped it: no onInstalled, nothing
// in memory, only what storage holds. Imports entrypoints/background.ts itself, with the few browser parts
// fakeBrowser lacks stubbed. One start per test file.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setWebhookUrl } from '@/utils/sources/secrets';
import { teamAlertsSettings } from '@/utils/sources/settings';

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

/**
 * The team's chat turned on (a Slack address saved, the host permission given), answering every POST: gives the
 * addresses posted to, in order.
 */
export async function teamChat(internalUpdates: boolean): Promise<string[]> {
  const posts: string[] = [];
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    if (init?.method === 'POST') posts.push(String(input));
    return new Response('ok', { status: 200 });
  });
  (fakeBrowser as unknown as { permissions: { contains: () => Promise<boolean> } }).permissions.contains = async () => true;
  await teamAlertsSettings.setValue({ enabled: true, kind: 'slack', levelChanges: true, internalUpdates });
  await setWebhookUrl('https://hooks.slack.example.com/services/T000/B000/secret');
  return posts;
}

/** Runs the worker's main as its start does: once per file (the messaging library allows one listener per message). */
export async function startWorker(): Promise<void> {
  const background = (await import('@/entrypoints/background')).default as unknown as { main: () => void };
  background.main();
}

/**
 * runtime.sendMessage as Chrome's, with a callback (what the messaging library calls), answered by the
 * worker's listeners: fakeBrowser's own takes no callback, so a page's sendMessage never got an answer.
 */
export function answerMessages() {
  const runtime = fakeBrowser.runtime as unknown as { sendMessage: (message: unknown, answer: (response: unknown) => void) => void; lastError?: unknown };
  // fakeBrowser's lastError is always set ({ message: "" }): every answer would read as a failed delivery.
  runtime.lastError = undefined;
  // The listener answers through sendResponse, its third argument, which fakeBrowser's trigger passes on.
  const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (message: unknown, sender: object, sendResponse: (response: unknown) => void) => Promise<unknown>;
  runtime.sendMessage = (message, answer) => {
    void trigger(message, {}, answer);
  };
}
