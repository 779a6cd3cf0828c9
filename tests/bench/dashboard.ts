// `npm run bench:dashboard`: how soon the dashboard's lists ("Most negative", "Most engaged", key terms)
// show, and how long the whole range takes to read, with a month of mentions stored: 20,000 a day over 30
// days, then the same plus a crisis day of 100,000 in the last 24 hours. For each range (24 h, 7 d, 30 d):
// the time until the first lists are on screen, until the whole range is read (the "Still reading older
// mentions" note gone), and the page's JS heap after a garbage collection. Beside it, in the same run, the
// same range read as one plain Dexie `toArray()`: what reading every row costs in this browser, held at once.
// Then an open 30-day dashboard while the worker records batches of new mentions in the newest hour, as in a
// crisis (`--batches`, `--batch-size`, `--every` ms apart): the slices it read again, the mentions those reads
// went through, and the page's CPU time.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import type { Bucket, Mention } from '../../utils/tracking/db';
import type { PlatformId } from '../../utils/platforms/types';
import type { SignalCode } from '../../utils/analysis/signals';
import { launchExtension, setLocalStorage, type ExtensionSession } from '../browser/launch';
import { bucketsOf, seedStores } from '../browser/seed';
import { seededRandom } from '../../utils/tracking/synthetic';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const PER_DAY = option('per-day', 20_000);
const DAYS = option('days', 30);
/** The crisis day's mentions, in the last 24 hours (0: no crisis scenario). */
const CRISIS = option('crisis', 100_000);
const JSON_OUTPUT = args.includes('--json');
/** How long a range may take to read before the run stops. */
const TIMEOUT_MS = option('timeout', 600) * 1000;
/** Batches of new mentions the worker records in the newest hour while a 30-day dashboard is open (0: none). */
const BATCHES = option('batches', 20);
const BATCH_SIZE = option('batch-size', 200);
/** Milliseconds from one batch's start to the next's. */
const EVERY_MS = option('every', 1000);
/** A folder to write a CPU profile of each range's read to (`.cpuprofile`, for Chromium's DevTools). */
const PROFILE_DIR = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : undefined;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RANGES = [
  { name: '24h', label: '24 hours', span: DAY },
  { name: '7d', label: '7 days', span: 7 * DAY },
  { name: '30d', label: '30 days', span: 30 * DAY },
] as const;

// What people say about a coffee-kettle brand: enough words, in enough combinations, that the key terms'
// tagger and counting have real work to do (a fixed sentence a sentiment would make them trivial).
const THINGS = ['kettle', 'grinder', 'espresso machine', 'milk frother', 'travel mug', 'subscription', 'app', 'website', 'order', 'delivery', 'refund', 'warranty', 'lid', 'filter', 'beans', 'descaler', 'charger', 'thermostat', 'handle', 'base'];
const PROBLEMS = ['leaks', 'stopped working', 'sparked', 'overheats', 'cracked', 'smells of plastic', 'keeps beeping', 'will not turn on', 'arrived broken', 'is missing parts', 'tastes metallic', 'rattles', 'burned my hand', 'tripped the fuse', 'scratched the counter'];
const SERVICE = ['support ignored me', 'the helpline hung up', 'nobody answers the chat', 'they closed my ticket', 'the courier lost it', 'billing charged me twice', 'shipping took three weeks', 'the refund never came', 'the pricing doubled overnight', 'the booking page crashed'];
const FEELINGS = ['Disgraceful.', 'Absolutely furious.', 'So disappointed.', 'Never again.', 'Unbelievable.', 'What a joke.', 'Really annoyed.', 'Done with them.', 'Fix this.', 'Shameful.'];
const PRAISE = ['makes the best flat white', 'is quiet and quick', 'looks great on the counter', 'has lasted five years', 'was a lovely gift', 'boils in a minute', 'keeps coffee hot all morning', 'is worth every penny'];
const QUESTIONS = ['does anyone know if the', 'is the new', 'where can I buy a replacement', 'how do I descale the', 'should I get the Pro or Mini', 'what time does the store open for the'];
const CRISIS_TALK = ['recall', 'fire', 'lawsuit', 'boycott', 'safety notice', 'burns', 'class action', 'cover-up', 'statement', 'CEO'];
const PLATFORMS: PlatformId[] = ['x', 'reddit', 'bluesky', 'youtube', 'linkedin', 'mastodon'];

/** Mentions from `from` to `to` (ms), `count` of them, as the worker stores them; `crisis`: mostly angry, about a recall. */
function mentionsBetween(from: number, to: number, count: number, prefix: string, crisis: boolean, shape: (u: number) => number = (u) => u): Mention[] {
  const random = seededRandom([...prefix].reduce((hash, char) => Math.imul(hash, 31) + char.charCodeAt(0), from % 1_000_003));
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const rows: Mention[] = [];
  for (let i = 0; i < count; i++) {
    const time = Math.floor(from + shape(random()) * (to - from));
    const draw = random();
    const sentiment: Mention['sentiment'] = crisis
      ? draw < 0.65 ? 'negative' : draw < 0.75 ? 'mixed' : draw < 0.92 ? 'neutral' : 'positive'
      : draw < 0.2 ? 'negative' : draw < 0.3 ? 'mixed' : draw < 0.7 ? 'neutral' : 'positive';
    const thing = pick(THINGS);
    let excerpt: string;
    const signals: SignalCode[] = [];
    if (sentiment === 'negative' || sentiment === 'mixed') {
      const topic = crisis && random() < 0.6 ? `the ${pick(CRISIS_TALK)} about the ${thing}` : `my Brewly ${thing} ${pick(PROBLEMS)}`;
      excerpt = `${topic}, and ${pick(SERVICE)}. ${sentiment === 'mixed' ? `Still, it ${pick(PRAISE)}.` : pick(FEELINGS)}`;
      const kind = random();
      if (kind < 0.08) signals.push('boycott');
      else if (kind < 0.14) signals.push('escalation:legal');
      else if (kind < 0.4) signals.push('complaint:service');
      else if (kind < 0.6) signals.push('complaint:product');
    } else if (sentiment === 'positive') excerpt = `My Brewly ${thing} ${pick(PRAISE)}. Thank you @brewly!`;
    else excerpt = `${pick(QUESTIONS)} Brewly ${thing}? #coffee`;
    const platform = pick(PLATFORMS);
    const author = `@user_${Math.floor(random() * 50_000)}`;
    const postId = `${prefix}-${i}`;
    // Most posts are seen with no counts, or none worth telling; a few go far.
    const engaged = random() < 0.4;
    const reach = Math.floor(Math.pow(random(), 6) * 20_000);
    rows.push({
      platform,
      postId,
      time,
      firstSeen: time + Math.floor(random() * 60_000),
      sentiment,
      score: sentiment === 'negative' ? -(0.05 + random() * 0.95) : sentiment === 'positive' ? 0.05 + random() * 0.95 : sentiment === 'mixed' ? random() * 0.4 - 0.2 : 0,
      signals,
      author,
      permalink: `https://example.social/${author.slice(1)}/posts/${postId}`,
      excerpt,
      brandTerms: ['Brewly'],
      ...(engaged ? { engagement: { likes: reach, reposts: Math.floor(reach / 12), replies: Math.floor(reach / 30) } } : {}),
      source: 'page',
    });
  }
  // In time order: written so, the time index grows at its end (a third quicker to seed than in no order).
  return rows.sort((a, b) => a.time - b.time);
}

/** An extension page that reads nothing itself (its manifest): the seeding and the reference are done there. */
async function quietPage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/manifest.json`);
  return page;
}

/**
 * The hourly buckets of the mentions written so far, as the worker keeps them: the dashboard's chart reads
 * them (its 5-minute ones, the detector's, would take longer to seed than the mentions of a week).
 */
const buckets = new Map<string, Bucket>();

/** Writes `rows` and adds them to their buckets (written by seedBuckets). */
async function seed(page: Page, rows: readonly Mention[]): Promise<void> {
  await seedStores(page, { mentions: rows });
  for (const bucket of bucketsOf(rows).filter(({ size }) => size === '1h')) {
    const key = `${bucket.platform}|${bucket.size}|${bucket.start}`;
    const before = buckets.get(key);
    buckets.set(key, before ? { ...before, count: before.count + bucket.count, negatives: before.negatives + bucket.negatives, sentimentSum: before.sentimentSum + bucket.sentimentSum } : bucket);
  }
}

const seedBuckets = (page: Page) => seedStores(page, { buckets: [...buckets.values()] });

// The dashboard's state, recorded from the page's start: 'reading' (no lists), 'partial' (lists, and the note
// that older mentions are still being read) or 'whole'. A string: tsx would wrap a function's inner functions
// in a helper the page does not have.
const WATCH = `
  window.__states = [];
  const state = () => {
    const negative = document.querySelector('section[aria-labelledby="negative"]');
    if (!negative || !negative.querySelector('ol.mentions')) return 'reading';
    return document.querySelector('[data-testid="reading-older"]') ? 'partial' : 'whole';
  };
  const record = () => {
    const now = state();
    const last = window.__states[window.__states.length - 1];
    if (!last || last.state !== now) window.__states.push({ state: now, t: performance.now() });
  };
  new MutationObserver(record).observe(document, { childList: true, subtree: true });
  record();
`;

interface Timing {
  /** Milliseconds until the first lists were on screen. */
  firstMs: number;
  /** Milliseconds until the whole range was read. */
  wholeMs: number;
  /** The page's JS heap after a garbage collection, once the whole range was read (MB). */
  heapMB: number;
}

/** Waits for the lists after `t0` (a click, or 0: the page's start) to be shown, then whole. */
async function timing(page: Page, cdp: CDPSession, t0: number): Promise<Timing> {
  const handle = await page.waitForFunction(
    (start) => {
      const states = (window as unknown as { __states: Array<{ state: string; t: number }> }).__states.filter((entry) => entry.t >= start);
      // Another range shows no lists until its newest slice is read ('reading'), or at once those of its newest
      // hours that are read already (the hours of the 24-hour range are the newest of the others).
      const first = states.find((entry) => entry.state !== 'reading' && entry.state !== 'clicked');
      const whole = states.find((entry) => entry.state === 'whole');
      return first && whole ? { first: first.t - start, whole: whole.t - start } : false;
    },
    t0,
    { timeout: TIMEOUT_MS, polling: 200 },
  ).catch(async (error: unknown) => {
    // What the page went through, to tell a page that never finished from a state this does not know.
    const states = await page.evaluate(() => (window as unknown as { __states: unknown[] }).__states);
    throw new Error(`The lists never showed the whole range: ${JSON.stringify(states)}`, { cause: error });
  });
  const { first, whole } = (await handle.jsonValue()) as { first: number; whole: number };
  return { firstMs: first, wholeMs: whole, heapMB: await heap(cdp) };
}

async function heap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1e6;
}

/**
 * Each range as a user opens it: a new dashboard, its 24 hours measured from the page's start; for 7 and 30 days,
 * the range's button clicked as soon as it is there, and measured from the click (the 24 hours' reading begun
 * by then is left, as it is for the user).
 */
async function measureDashboard(session: ExtensionSession, scenario: string): Promise<Record<string, Timing>> {
  const results: Record<string, Timing> = {};
  for (const range of RANGES) {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1200, height: 1000 });
    await page.addInitScript(WATCH);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    if (PROFILE_DIR) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    let t0 = 0;
    if (range.name !== '24h') {
      const label = await page.getByRole('button', { name: range.label, exact: true }).textContent();
      t0 = await page.evaluate((text) => {
        const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === text)!;
        const start = performance.now();
        button.click();
        // The state is recorded again from the click: the new range may show lists at once (its newest hours
        // read already for the 24 hours), and 'partial' after 'partial' would be no change to record.
        (window as unknown as { __states: Array<{ state: string; t: number }> }).__states.push({ state: 'clicked', t: start });
        return start;
      }, label);
    }
    results[range.name] = await timing(page, cdp, t0);
    if (PROFILE_DIR) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
      writeFileSync(join(PROFILE_DIR, `dashboard-${scenario}-${range.name}.cpuprofile`), JSON.stringify(profile));
    }
    await page.close();
  }
  return results;
}

// The dashboard's reads of the mentions, counted where IndexedDB is asked (the extension's bundle is minified):
// a slice's read starts with a page up to the slice's end, the end left out (digest.ts), later pages include
// theirs, and a slice's watch reads keys only. The week before the range, which the key terms are set against
// (a live query of its own, of no more than one such read a write), counts as a slice.
const COUNT_READS = `
  window.__reads = { slices: 0, rows: 0 };
  for (const method of ['getAll', 'openCursor']) {
    const original = IDBIndex.prototype[method];
    IDBIndex.prototype[method] = function (...args) {
      const request = original.apply(this, args);
      if (this.name === 'time' && this.objectStore.name === 'mentions') {
        const range = args[0] instanceof IDBKeyRange ? args[0] : args[0] && args[0].query;
        if (range instanceof IDBKeyRange && range.upperOpen && !range.lowerOpen) window.__reads.slices++;
        request.addEventListener('success', () => {
          window.__reads.rows += method === 'getAll' ? request.result.length : request.result ? 1 : 0;
        });
      }
      return request;
    };
  }
`;

interface Writes {
  batches: number;
  batchSize: number;
  /** Slices the dashboard read again, in all. */
  sliceReads: number;
  /** The mentions those reads went through. */
  rowsRead: number;
  /** The dashboard page's main-thread task time from the first batch until it read nothing for 3 s (ms). */
  cpuMs: number;
  /** How long that was (s). */
  seconds: number;
  /** The page's task time with nothing written, over 5 s before the first batch (ms a second). */
  idleMsPerSecond: number;
  /** The page's JS heap after a garbage collection, before the first batch and once all was read again (MB). */
  heapBeforeMB: number;
  heapAfterMB: number;
  /** The worker's answer to a batch (ingestPosts, the write included), median (ms). */
  writeMs: number;
}

/**
 * An open 30-day dashboard, its whole range read, while the worker is sent batches of posts naming the brand in
 * the newest hour (the content script's message): what the page reads again for them, and its CPU time.
 */
async function measureWrites(session: ExtensionSession): Promise<Writes> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1200, height: 1000 });
  await page.addInitScript(WATCH);
  await page.addInitScript(COUNT_READS);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
  const label = await page.getByRole('button', { name: '30 days', exact: true }).textContent();
  const t0 = await page.evaluate((text) => {
    const start = performance.now();
    [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === text)!.click();
    (window as unknown as { __states: Array<{ state: string; t: number }> }).__states.push({ state: 'clicked', t: start });
    return start;
  }, label);
  await timing(page, cdp, t0);
  const reads = () => page.evaluate(() => ({ ...(window as unknown as { __reads: { slices: number; rows: number } }).__reads }));
  // Every slice's watch in place: nothing read for a while.
  const quiet = async () => {
    for (let last = await reads(), calm = Date.now(); Date.now() - calm < 3000; ) {
      await page.waitForTimeout(250);
      const now = await reads();
      if (now.slices !== last.slices || now.rows !== last.rows) [last, calm] = [now, Date.now()];
    }
  };
  await quiet();
  await cdp.send('Performance.enable');
  const taskSeconds = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    return metrics.find(({ name }) => name === 'TaskDuration')!.value;
  };

  // What the open page costs with nothing written: its clock, the worker's minute evaluations.
  const idleFrom = await taskSeconds();
  await page.waitForTimeout(5000);
  const idleMsPerSecond = ((await taskSeconds()) - idleFrom) * 200;
  if (PROFILE_DIR) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }

  const heapBeforeMB = await heap(cdp);
  const sender = await quietPage(session);
  const before = await reads();
  const cpuBefore = await taskSeconds();
  const writesFrom = Date.now();
  const writeMs: number[] = [];
  for (let batch = 0; batch < BATCHES; batch++) {
    const started = Date.now();
    // In the newest hour, the last minutes of it.
    const to = Date.now();
    const from = Math.max(Math.floor(to / HOUR) * HOUR, to - 10 * 60_000);
    const posts = mentionsBetween(from, to, BATCH_SIZE, `live${batch}`, true).map((mention) => ({
      platform: mention.platform,
      id: mention.postId,
      kind: 'post' as const,
      text: mention.excerpt,
      author: mention.author,
      permalink: mention.permalink,
      time: mention.time,
      engagement: mention.engagement,
      sentiment: mention.sentiment,
      score: mention.score,
      signals: mention.signals,
      brandTerms: mention.brandTerms,
    }));
    // As the content script sends them (@webext-core/messaging's message).
    await sender.evaluate(
      (data) =>
        new Promise((resolve, reject) => {
          const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown, answer: (response: { err?: unknown }) => void): void } } }).chrome.runtime;
          runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type: 'content→background:postsSeen', data, timestamp: Date.now() }, (response) =>
            response && response.err === undefined ? resolve(undefined) : reject(new Error(JSON.stringify(response))),
          );
        }),
      posts,
    );
    writeMs.push(Date.now() - started);
    await page.waitForTimeout(Math.max(0, started + EVERY_MS - Date.now()));
  }
  await quiet();
  const after = await reads();
  const cpuMs = ((await taskSeconds()) - cpuBefore) * 1000;
  const seconds = (Date.now() - writesFrom) / 1000;
  if (PROFILE_DIR) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
    writeFileSync(join(PROFILE_DIR, 'dashboard-writes.cpuprofile'), JSON.stringify(profile));
  }
  // What the page holds on to once all is read: Dexie keeps, in each live query the writes did not concern, the
  // keys they named (until that query runs again).
  const heapAfterMB = await heap(cdp);
  await sender.close();
  await page.close();
  writeMs.sort((a, b) => a - b);
  return {
    batches: BATCHES,
    batchSize: BATCH_SIZE,
    sliceReads: after.slices - before.slices,
    rowsRead: after.rows - before.rows,
    cpuMs,
    seconds,
    idleMsPerSecond,
    heapBeforeMB,
    heapAfterMB,
    writeMs: writeMs[Math.floor(writeMs.length / 2)] ?? 0,
  };
}

interface Reference {
  ms: number;
  rows: number;
  heapMB: number;
}

/** The same ranges read as one plain Dexie `toArray()` each, holding every row: the reference. */
async function measureReference(session: ExtensionSession): Promise<Record<string, Reference>> {
  const page = await quietPage(session);
  const cdp = await session.context.newCDPSession(page);
  const require = createRequire(import.meta.url);
  // Dexie's UMD build defines the global Dexie: the same library, outside the extension's bundle.
  await page.evaluate(readFileSync(require.resolve('dexie/dist/dexie.js'), 'utf8'));
  const results: Record<string, Reference> = {};
  for (const range of RANGES) {
    const { ms, rows } = await page.evaluate(async (span) => {
      const global = window as unknown as { Dexie: typeof import('dexie').Dexie; held?: unknown[] };
      const db = new global.Dexie('firebreak');
      await db.open();
      const start = performance.now();
      global.held = await db.table('mentions').where('time').between(Date.now() - span, Infinity, true, true).toArray();
      const elapsed = performance.now() - start;
      db.close();
      return { ms: elapsed, rows: global.held.length };
    }, range.span);
    results[range.name] = { ms, rows, heapMB: await heap(cdp) };
    await page.evaluate(() => delete (window as unknown as { held?: unknown[] }).held);
  }
  await page.close();
  return results;
}

interface Scenario {
  name: string;
  mentions: number;
  dashboard: Record<string, Timing>;
  reference: Record<string, Reference>;
}

async function main() {
  const session = await launchExtension();
  const scenarios: Scenario[] = [];
  try {
    // The dashboard creates the database; it is closed before seeding, so that no live query reads as it goes.
    const starter = await session.openExtensionPage('dashboard');
    await starter.waitForFunction(() => indexedDB.databases().then((list) => list.some((db) => db.name === 'firebreak')));
    await starter.close();
    const seeder = await quietPage(session);
    const now = Date.now();
    await setLocalStorage(await session.serviceWorker(), {
      brand: { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] },
    });
    let stored = 0;
    let started = Date.now();
    for (let day = DAYS; day >= 1; day--) {
      await seed(seeder, mentionsBetween(now - day * DAY, now - (day - 1) * DAY, PER_DAY, `d${day}`, false));
      stored += PER_DAY;
    }
    await seedBuckets(seeder);
    let seedSeconds = (Date.now() - started) / 1000;
    const measure = async (name: string) => {
      const reference = await measureReference(session);
      const dashboard = await measureDashboard(session, name);
      scenarios.push({ name, mentions: stored, dashboard, reference });
      // Progress on stderr: the default sizes take minutes to seed.
      console.error(`measured ${name}: ${JSON.stringify({ dashboard, reference })}`);
    };
    await measure('month');
    if (CRISIS > 0) {
      started = Date.now();
      // The crisis grows through the day: more of it the nearer to now (a density rising from 0 to its peak).
      for (let part = 0; part < CRISIS; part += 20_000) {
        const count = Math.min(20_000, CRISIS - part);
        await seed(seeder, mentionsBetween(now - DAY, now, count, `crisis${part}`, true, (u) => Math.sqrt(u)));
        stored += count;
      }
      await seedBuckets(seeder);
      seedSeconds += (Date.now() - started) / 1000;
      await measure('crisis');
    }
    await seeder.close();
    const writes = BATCHES > 0 ? await measureWrites(session) : undefined;
    if (writes) console.error(`measured writes: ${JSON.stringify(writes)}`);

    if (JSON_OUTPUT) {
      console.log(JSON.stringify({ perDay: PER_DAY, days: DAYS, crisis: CRISIS, seedSeconds, scenarios, writes }, null, 2));
      return;
    }
    console.log(`bench:dashboard — the dashboard's lists over a range (seeding took ${seedSeconds.toFixed(0)} s)`);
    for (const scenario of scenarios) {
      console.log(
        `\n${scenario.name === 'month' ? `${PER_DAY.toLocaleString('en')} mentions a day × ${DAYS} days` : `the same + a crisis day of ${CRISIS.toLocaleString('en')} in the last 24 h`} (${scenario.mentions.toLocaleString('en')} stored)`,
      );
      console.log('range      rows     first lists ms   whole range ms   heap MB  | Dexie toArray() ms   heap MB');
      for (const range of RANGES) {
        const d = scenario.dashboard[range.name]!;
        const r = scenario.reference[range.name]!;
        console.log(
          `${range.name.padEnd(6)}${r.rows.toLocaleString('en').padStart(9)}${d.firstMs.toFixed(0).padStart(17)}${d.wholeMs.toFixed(0).padStart(17)}${d.heapMB.toFixed(0).padStart(10)}  |${r.ms.toFixed(0).padStart(19)}${r.heapMB.toFixed(0).padStart(10)}`,
        );
      }
    }
    if (writes) {
      console.log(
        `\nan open 30-day dashboard (the last scenario's mentions), while the worker records ${writes.batches} batches of ${writes.batchSize} in the newest hour, ${EVERY_MS} ms apart:`,
      );
      console.log(
        `slices read again ${writes.sliceReads}, mentions read ${writes.rowsRead.toLocaleString('en')}, page CPU ${writes.cpuMs.toFixed(0)} ms in ${writes.seconds.toFixed(1)} s (idle: ${writes.idleMsPerSecond.toFixed(0)} ms a second), heap ${writes.heapBeforeMB.toFixed(0)} → ${writes.heapAfterMB.toFixed(0)} MB; the worker's answer to a batch, median ${writes.writeMs} ms`,
      );
    }
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
