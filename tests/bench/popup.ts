// `npm run bench:popup`: how fast the popup shows the crisis level and why, with 1,000,000
// mentions stored, side by side with an empty database in the same run. The popup reads
// aggregates and the stored status only, so the size of the history should not show.
import type { Page } from '@playwright/test';
import { launchExtension, setLocalStorage, type ExtensionSession } from '../browser/launch';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const MENTIONS = option('mentions', 1_000_000);
const OPENS = option('opens', 15);
const JSON_OUTPUT = args.includes('--json');

/** Writes `count` mentions over 30 days and their hourly and 5-minute buckets, inside the extension page. */
async function seed(page: Page, count: number): Promise<void> {
  await page.waitForFunction(() => indexedDB.databases().then((list) => list.some((db) => db.name === 'firebreak')));
  const CHUNK = 50_000;
  for (let offset = 0; offset < count; offset += CHUNK) {
    await page.evaluate(
      ([from, to, total]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('firebreak');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['mentions', 'buckets'], 'readwrite');
            const mentions = tx.objectStore('mentions');
            const now = Date.now();
            const span = 30 * 24 * 3_600_000;
            const platforms = ['x', 'reddit', 'youtube', 'linkedin', 'bluesky'];
            const buckets = new Map<string, { platform: string; size: string; start: number; count: number; negatives: number; sentimentSum: number }>();
            for (let i = from; i < to; i++) {
              const time = now - span + Math.floor((i / total) * span);
              const platform = platforms[i % platforms.length]!;
              const negative = i % 5 === 0;
              mentions.put({
                platform,
                postId: `bench-${i}`,
                time,
                firstSeen: time,
                sentiment: negative ? 'negative' : 'neutral',
                score: negative ? -0.6 : 0,
                signals: [],
                excerpt: 'Brewly mention number ' + i,
                brandTerms: ['Brewly'],
                source: 'page',
              });
              for (const [size, ms] of [['5m', 300_000], ['1h', 3_600_000]] as const) {
                const start = Math.floor(time / ms) * ms;
                const key = `${platform}|${size}|${start}`;
                const bucket = buckets.get(key) ?? { platform, size, start, count: 0, negatives: 0, sentimentSum: 0 };
                bucket.count++;
                bucket.negatives += negative ? 1 : 0;
                bucket.sentimentSum += negative ? -0.6 : 0;
                buckets.set(key, bucket);
              }
            }
            // Chunks cut through buckets: add to what an earlier chunk wrote.
            const store = tx.objectStore('buckets');
            for (const bucket of buckets.values()) {
              const get = store.get([bucket.platform, bucket.size, bucket.start]);
              get.onsuccess = () => {
                const before = get.result as typeof bucket | undefined;
                store.put(before ? { ...bucket, count: before.count + bucket.count, negatives: before.negatives + bucket.negatives, sentimentSum: before.sentimentSum + bucket.sentimentSum } : bucket);
              };
            }
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      [offset, Math.min(count, offset + CHUNK), count] as const,
    );
  }
}

async function timeOpens(session: ExtensionSession): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 360, height: 600 });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.waitForSelector('[data-testid="level-reason"]');
    // Milliseconds from the start of navigation to the status being on screen.
    times.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  return times;
}

async function run(count: number): Promise<{ times: number[]; seedMs: number }> {
  const session = await launchExtension();
  try {
    const seeder = await session.openExtensionPage('dashboard');
    const started = Date.now();
    if (count > 0) await seed(seeder, count);
    const seedMs = Date.now() - started;
    await seeder.close();
    const now = Date.now();
    await setLocalStorage(await session.serviceWorker(), {
      brand: { names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] },
      status: { level: 'crisis', reason: '412 mentions in the last hour, 5.1× normal; 68% negative vs 21% normally', since: now, evaluatedAt: now, platforms: [], storageProblem: null },
    });
    return { times: await timeOpens(session), seedMs };
  } finally {
    await session.close();
  }
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? NaN;

async function main() {
  const empty = await run(0);
  const full = await run(MENTIONS);
  const summary = (times: number[]) => ({ p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) });
  const result = { mentions: MENTIONS, opens: OPENS, empty: summary(empty.times), full: summary(full.times), seedSeconds: full.seedMs / 1000 };
  if (JSON_OUTPUT) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(`bench:popup — time from opening the popup to its level and reason on screen, ${OPENS} opens each (seeding took ${result.seedSeconds.toFixed(0)} s)`);
  console.log('database                     p50 ms   p95 ms   max ms');
  const row = (name: string, s: { p50: number; p95: number; max: number }) =>
    console.log(`${name.padEnd(27)}${s.p50.toFixed(0).padStart(8)}${s.p95.toFixed(0).padStart(9)}${s.max.toFixed(0).padStart(9)}`);
  row('empty', result.empty);
  row(`${MENTIONS.toLocaleString('en')} mentions`, result.full);
  console.log(`Target: ≤ 300 ms with ${MENTIONS.toLocaleString('en')} mentions — ${result.full.p95 <= 300 ? 'met' : 'NOT met'} (p95).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
