// Launching the real built extension in real Chromium, on fixture pages served at
// the platforms' real URLs, with every other request blocked and recorded.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';

/** The built extension: .output/chrome-mv3, or under FIREBREAK_OUT_DIR when the build was sent there. */
export const EXTENSION_DIR = resolve(process.env.FIREBREAK_OUT_DIR ?? '.output', 'chrome-mv3');

export type ExtensionPage = 'popup' | 'options' | 'dashboard';

/** A request that left the browser's own pages and was blocked. */
export interface BlockedRequest {
  url: string;
  resourceType: string;
  /** A page of the extension or its service worker made it, or a script did (fetch, XHR, socket). */
  byExtension: boolean;
}

/**
 * Debian's Chromium unless CHROMIUM_PATH names another; Playwright's own browser where neither
 * exists (a developer's machine).
 */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** What Chromium needs here: root, no network, no GPU, nothing of its own phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const SCRIPTED_TYPES = new Set(['fetch', 'xhr', 'websocket', 'eventsource', 'ping', 'beacon', 'other']);

export interface ExtensionSession {
  context: BrowserContext;
  /** The browser is shared with other tests (launchHost): nothing may be added to the browser itself. */
  sharedBrowser: boolean;
  extensionId: string;
  serviceWorker(): Promise<Worker>;
  /** Answers `url` with `html` from now on (the content script runs as on the real site). */
  serve(url: string, html: string, contentType?: string): void;
  /** A new tab on `url`, served by `serve`. */
  open(url: string): Promise<Page>;
  openExtensionPage(page: ExtensionPage, viewport?: { width: number; height: number }): Promise<Page>;
  /**
   * The tab a fresh install opens (the settings at the brand), when the launch was asked to keep it
   * (`keepWelcome`); otherwise it was closed once it had loaded, and this is null.
   */
  welcome: Page | null;
  /** Every blocked request so far. */
  blocked: BlockedRequest[];
  /** Blocked requests the extension made (should always be empty unless a test turned a feature on). */
  extensionRequests(): BlockedRequest[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  /** false: the same browser without the extension (benchmarks compare the two). */
  withExtension?: boolean;
  /** Keeps the tab a fresh install opens (session.welcome). By default it is closed: tests start from no tab of their own. */
  keepWelcome?: boolean;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const withExtension = options.withExtension ?? true;
  if (withExtension) assertBuilt(extensionDir);
  const { context, close } = await startChromium(
    options.headless,
    withExtension ? [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : CHROMIUM_ARGS,
  );
  // Recorded from before the extension's worker starts: a request it made on starting is one to see.
  const traffic = (await routeTraffic(context)).begin();
  const worker = withExtension
    ? (context.serviceWorkers().find(isExtensionWorker) ?? (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker })))
    : undefined;
  const extensionId = worker ? new URL(worker.url()).host : '';
  const welcome = worker ? await settleFirstRunTab(context, extensionId, options.keepWelcome ?? false) : null;
  return sessionOf(context, false, extensionId, traffic, welcome, close);
}

/**
 * One Chromium for many tests: each test gets a fresh install of the extension in it (installed and
 * uninstalled through the DevTools protocol), which saves a browser's start and stop per test. An
 * uninstall deletes everything the extension stored (IndexedDB, extension storage, alarms, permissions),
 * and the install opens the first-run tab as a new user's would. What a test adds to the browser itself
 * (init scripts, routes of its own) would outlive it: such tests launch their own (`launchExtension`).
 */
export interface ExtensionHost {
  install(): Promise<ExtensionSession>;
  close(): Promise<void>;
}

export async function launchHost(options: { headless?: boolean; extensionDir?: string } = {}): Promise<ExtensionHost> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  assertBuilt(extensionDir);
  // Extensions.loadUnpacked needs the flag, and extensions not turned off (Playwright's default).
  const { context, close } = await startChromium(options.headless, [...CHROMIUM_ARGS, '--enable-unsafe-extension-debugging'], ['--disable-extensions']);
  const browser = context.browser();
  if (!browser) throw new Error('No browser behind the persistent context: cannot install the extension through the DevTools protocol.');
  const devtools = await browser.newBrowserCDPSession();
  const routes = await routeTraffic(context);
  refuseClock(context);
  // The browser's own first tab stays open between tests, so that the browser never has none.
  const keep = context.pages()[0] ?? (await context.newPage());
  return {
    async install() {
      // Recorded from before the install: a request the worker made on starting is one to see.
      const traffic = routes.begin();
      const before = new Set(context.serviceWorkers());
      const isNew = (worker: Worker) => isExtensionWorker(worker) && !before.has(worker);
      const { id } = (await devtools.send('Extensions.loadUnpacked', { path: extensionDir })) as { id: string };
      const worker = context.serviceWorkers().find(isNew) ?? (await context.waitForEvent('serviceworker', { predicate: isNew }));
      const extensionId = new URL(worker.url()).host;
      if (extensionId !== id) throw new Error(`Installed ${id}, but the worker that started is ${extensionId}'s.`);
      const welcome = await settleFirstRunTab(context, extensionId, false);
      return sessionOf(context, true, extensionId, traffic, welcome, async () => {
        for (const page of context.pages()) if (page !== keep) await page.close();
        await devtools.send('Extensions.uninstall', { id });
      });
    },
    close,
  };
}

/**
 * `page.clock` is the browser context's, and a fake clock stays in every page opened after it: in a
 * shared browser it would set the next tests' clocks too (a popup that snoozed "for an hour" from a
 * time 53 minutes past). Such a test needs a browser of its own.
 */
function refuseClock(context: BrowserContext): void {
  const clock = context.clock as unknown as Record<string, unknown>;
  for (const method of ['install', 'setFixedTime', 'setSystemTime', 'fastForward', 'runFor', 'pauseAt', 'resume']) {
    clock[method] = async () => {
      throw new Error(`clock.${method}() changes every later page of the browser: the test needs a browser of its own, test.use({ freshBrowser: true }).`);
    };
  }
}

/** Chromium in a profile of its own, and how to close it and delete the profile. */
async function startChromium(headless = true, args: string[], ignoreDefaultArgs: string[] = []): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'firebreak-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumExecutable(),
    headless,
    args,
    ignoreDefaultArgs,
    viewport: { width: 1200, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

function assertBuilt(extensionDir: string): void {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build\` first.`);
}

/** What one session serves and what was blocked during it. */
interface Traffic {
  served: Map<string, { body: string; contentType: string }>;
  blocked: BlockedRequest[];
}

/**
 * Every request of the browser: the extension's own files pass, a page served by the current session is
 * answered, anything else is blocked and recorded. `begin()` starts a session's traffic afresh.
 */
async function routeTraffic(context: BrowserContext): Promise<{ begin(): Traffic }> {
  // Between sessions (a shared browser), what is blocked is recorded nowhere: no test is running.
  let current: Traffic = { served: new Map(), blocked: [] };
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    // The extension's own files.
    if (url.startsWith('chrome-extension://')) {
      await route.continue();
      return;
    }
    const page = current.served.get(url) ?? current.served.get(url.split('#')[0]!);
    if (page) {
      await route.fulfill({ status: 200, contentType: page.contentType, body: page.body });
      return;
    }
    const frameUrl = safeFrameUrl(request);
    current.blocked.push({
      url,
      resourceType: request.resourceType(),
      byExtension:
        request.serviceWorker() !== null ||
        frameUrl.startsWith('chrome-extension://') ||
        SCRIPTED_TYPES.has(request.resourceType()),
    });
    await route.abort('blockedbyclient');
  });
  return {
    begin() {
      current = { served: new Map(), blocked: [] };
      return current;
    },
  };
}

/**
 * Waits for the settings tab a fresh install opens, so that it never turns up later as the page a test
 * waits for; closes it unless it is to be kept.
 */
async function settleFirstRunTab(context: BrowserContext, extensionId: string, keep: boolean): Promise<Page | null> {
  const welcome = await firstRunTab(context, extensionId);
  if (welcome && !keep) {
    // Closed once it shows its words, never while it loads: a tab closed while loading left Chromium's
    // extension process with no locale at all (every getMessage '', even '@@extension_id') for every
    // extension page opened after it, in 8 of 106 launches under load; closed after loading, 0 of 40.
    await welcome
      .getByRole('heading', { level: 1 })
      .filter({ hasText: /\S/ })
      .waitFor({ timeout: 20_000 })
      .catch(() => {
        throw new Error('The settings tab a fresh install opens never showed its heading: the extension pages have no locale text.');
      });
    await welcome.close();
  }
  return welcome;
}

function sessionOf(
  context: BrowserContext,
  sharedBrowser: boolean,
  extensionId: string,
  traffic: Traffic,
  welcome: Page | null,
  close: () => Promise<void>,
): ExtensionSession {
  const { served, blocked } = traffic;
  return {
    context,
    sharedBrowser,
    extensionId,
    async serviceWorker() {
      // After a restart the newest worker is the live one.
      return context.serviceWorkers().filter(isExtensionWorker).at(-1) ?? context.waitForEvent('serviceworker', { predicate: isExtensionWorker });
    },
    serve(url, html, contentType = 'text/html; charset=utf-8') {
      served.set(url, { body: html, contentType });
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(name, viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${extensionId}/${name}.html`);
      return page;
    },
    welcome: welcome && !welcome.isClosed() ? welcome : null,
    blocked,
    extensionRequests: () => blocked.filter((request) => request.byExtension),
    close,
  };
}

/** The settings tab the extension opens on install, once it is there (null after 10 s without it). */
async function firstRunTab(context: BrowserContext, extensionId: string): Promise<Page | null> {
  const options = `chrome-extension://${extensionId}/options.html`;
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    const page = context.pages().find((candidate) => candidate.url().startsWith(options));
    if (page) return page;
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
  return null;
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

function safeFrameUrl(request: { frame(): { url(): string } }): string {
  try {
    return request.frame().url();
  } catch {
    // Service-worker requests have no frame.
    return '';
  }
}

/** Reads every row of an object store of the extension's IndexedDB, from its service worker. */
export async function readStore<T>(worker: Worker, database: string, store: string): Promise<T[]> {
  return worker.evaluate(
    ([name, storeName]) =>
      new Promise<T[]>((resolvePromise, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(storeName)) {
            db.close();
            resolvePromise([]);
            return;
          }
          const all = db.transaction(storeName).objectStore(storeName).getAll();
          all.onsuccess = () => {
            db.close();
            resolvePromise(all.result as T[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    [database, store] as const,
  );
}

/** Resource timings of everything the service worker fetched: a second witness, beside routing. */
export async function workerNetworkLog(worker: Worker): Promise<string[]> {
  return worker.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => !name.startsWith('chrome-extension://')),
  );
}

interface ChromeStorageGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

/** Writes extension settings (chrome.storage.local), as the options page would. */
export async function setLocalStorage(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate((values) => (globalThis as unknown as ChromeStorageGlobal).chrome.storage.local.set(values), items);
}
