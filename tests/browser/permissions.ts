// Headless Chromium cannot answer a permission prompt: before an extension page loads, its
// chrome.permissions.request is replaced by a recorder that answers with `__grant`. The tests then
// check that the page asks, for which origin, inside the click, and what it does with each answer.
import type { Page } from '@playwright/test';
import type { ExtensionSession } from './launch';

export interface PermissionRecorder {
  __permissionRequests: Array<{ origins?: string[] }>;
  /** Origins granted so far (what a recorded `contains` reports). */
  __granted: string[];
  /** How the next request is answered; a test may change it on the page. */
  __grant: boolean;
}

export interface RecordOptions {
  /** The answer to every request until the page changes `__grant` (default: refused). */
  grant?: boolean;
  /** Also answer chrome.permissions.contains from what was granted here (default: the browser's). */
  answerContains?: boolean;
}

/** For every page of the session's browser from now on: the browser must be the test's own (`freshBrowser`). */
export async function recordPermissions(session: ExtensionSession, options: RecordOptions = {}): Promise<void> {
  if (session.sharedBrowser) throw new Error("recordPermissions changes every page of the browser: the test needs a browser of its own, test.use({ freshBrowser: true }).");
  await session.context.addInitScript(({ grant, answerContains }) => {
    const recorder = window as unknown as PermissionRecorder & { chrome?: { permissions?: Record<string, unknown> } };
    recorder.__permissionRequests = [];
    recorder.__granted = [];
    recorder.__grant = grant;
    const permissions = recorder.chrome?.permissions;
    if (!permissions) return;
    // The polyfill calls with a callback; a direct call gets a promise.
    permissions.request = (request: { origins?: string[] }, callback?: (granted: boolean) => void) => {
      recorder.__permissionRequests.push(request);
      if (recorder.__grant) recorder.__granted.push(...(request.origins ?? []));
      if (callback) callback(recorder.__grant);
      else return Promise.resolve(recorder.__grant);
    };
    if (!answerContains) return;
    permissions.contains = (query: { origins?: string[] }, callback?: (held: boolean) => void) => {
      const held = (query.origins ?? []).every((origin) => recorder.__granted.includes(origin));
      if (callback) callback(held);
      else return Promise.resolve(held);
    };
  }, { grant: options.grant ?? false, answerContains: options.answerContains ?? false });
}

/** The permission requests the page has made so far. */
export const permissionRequests = (page: Page) => page.evaluate(() => (window as unknown as PermissionRecorder).__permissionRequests);
