// Seeds the extension's IndexedDB with mentions and their aggregates, as the worker would have
// written them: for screenshots, UI tests and benchmarks that need history.
import type { Page } from '@playwright/test';
import type { Bucket, Mention } from '../../utils/tracking/db';
import { BUCKET_MS } from '../../utils/tracking/db';
import { bucketStart } from '../../utils/tracking/mentions';
// Types only at the top: unit tests import the pure data helpers below, and launch.ts loads Playwright,
// which under happy-dom tried to fetch itself from localhost:3000 (an unhandled ECONNREFUSED in every run).
import type { ExtensionSession } from './launch';

export function bucketsOf(mentions: readonly Mention[]): Bucket[] {
  const buckets = new Map<string, Bucket>();
  for (const mention of mentions) {
    for (const size of Object.keys(BUCKET_MS) as Array<keyof typeof BUCKET_MS>) {
      const start = bucketStart(mention.time, size);
      const key = `${mention.platform}|${size}|${start}`;
      const bucket = buckets.get(key) ?? { platform: mention.platform, size, start, count: 0, negatives: 0, sentimentSum: 0 };
      bucket.count++;
      bucket.negatives += mention.sentiment === 'negative' ? 1 : 0;
      bucket.sentimentSum += mention.score;
      buckets.set(key, bucket);
    }
  }
  return [...buckets.values()];
}

/**
 * Writes rows into the extension's database from one of its pages, once the extension (the worker
 * or the page, through Dexie) has created its schema. Large seeds go in chunks.
 * The page function declares no named function: tsx (npm start) would wrap one in a helper the
 * page does not have.
 */
export async function seedStores(page: Page, stores: Record<string, readonly object[]>, chunk = 20_000): Promise<void> {
  for (const [store, rows] of Object.entries(stores)) {
    for (let offset = 0; offset < rows.length; offset += chunk) {
      await page.evaluate(
        async ([name, batch]) => {
          // The database may exist before its stores do (Dexie creating it in another context):
          // open it again until the store is there.
          const deadline = Date.now() + 10_000;
          for (;;) {
            const db = await new Promise<IDBDatabase>((resolve, reject) => {
              const open = indexedDB.open('firebreak');
              open.onsuccess = () => resolve(open.result);
              open.onerror = () => reject(open.error ?? new Error('Could not open the database.'));
            });
            if (db.objectStoreNames.contains(name)) {
              try {
                await new Promise<void>((resolve, reject) => {
                  const transaction = db.transaction(name, 'readwrite');
                  const objects = transaction.objectStore(name);
                  for (const row of batch) objects.put(row);
                  transaction.oncomplete = () => resolve();
                  transaction.onerror = () => reject(transaction.error ?? new Error('The seeding transaction failed.'));
                  transaction.onabort = () => reject(transaction.error ?? new Error('The seeding transaction was aborted.'));
                });
                return;
              } finally {
                db.close();
              }
            }
            db.close();
            if (Date.now() > deadline) throw new Error(`The extension never created the "${name}" store.`);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        },
        [store, rows.slice(offset, offset + chunk)] as const,
      );
    }
  }
}

type DemoTexts = Record<'negative' | 'neutral' | 'positive', readonly string[]>;

const TEXTS: DemoTexts = {
  negative: [
    'Brewly refused my refund for a kettle that caught fire. Disgraceful.',
    '@brewly my kettle burned my hand and support ignored me.',
    'Never buying Brewly again, the recall is a joke. #BoycottBrewly',
    'Brewly kettle sparked twice. Talking to a lawyer about the recall.',
  ],
  neutral: ['Anyone know when the Brewly store opens?', 'Brewly Pro or Brewly Mini for a small flat?'],
  positive: ['My Brewly Pro makes the best flat white. Love it', 'Brewly support sorted my order in minutes, thank you!'],
};

/** An ordinary fortnight's grumbles: what a brand hears every day, none of it the crisis. */
export const EVERYDAY_TEXTS: DemoTexts = {
  ...TEXTS,
  negative: [
    'Brewly delivery was two days late again.',
    'The Brewly app keeps logging me out.',
    'Waited twenty minutes on the Brewly helpline today.',
    'Brewly Mini lid is hard to open, annoying.',
  ],
};

/** A plausible brand history: `days` of quiet mentions, then an angry spike in the last hour. */
export function demoMentions(now: number, days = 7, perHour = 6, spike = 60, texts: DemoTexts = TEXTS): Mention[] {
  const mentions: Mention[] = [];
  const HOUR = 3_600_000;
  let id = 0;
  const add = (time: number, sentiment: 'negative' | 'neutral' | 'positive', platform: Mention['platform']) => {
    const options = texts[sentiment];
    const excerpt = options[id % options.length]!;
    mentions.push({
      platform,
      postId: `seed-${id++}`,
      time,
      firstSeen: time,
      sentiment,
      score: sentiment === 'negative' ? -0.7 : sentiment === 'positive' ? 0.6 : 0,
      signals: sentiment === 'negative' ? ['anger', 'complaint:product'] : [],
      author: `@user_${id % 50}`,
      permalink: `https://x.com/user_${id % 50}/status/${1_800_000_000_000_000_000n + BigInt(id)}`,
      excerpt,
      brandTerms: ['Brewly'],
      engagement: { likes: (id * 37) % 400, reposts: (id * 11) % 60, replies: (id * 7) % 40 },
      source: 'page',
    });
  };
  for (let hour = days * 24; hour >= 1; hour--) {
    for (let i = 0; i < perHour; i++) {
      add(now - hour * HOUR + (i * HOUR) / perHour, i % 5 === 0 ? 'negative' : i % 3 === 0 ? 'positive' : 'neutral', i % 4 === 0 ? 'reddit' : 'x');
    }
  }
  for (let i = 0; i < spike; i++) add(now - HOUR + (i * HOUR) / spike, i % 8 === 0 ? 'neutral' : 'negative', i % 3 === 0 ? 'reddit' : 'x');
  return mentions;
}

export const CRISIS_REASON = '64 mentions in the last 15 minutes, 21× normal; 86% negative vs 20% normally; about: refund, kettle, recall';
export const DEMO_BRAND = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };

export interface CrisisSeed {
  /** The reason the status gives (default CRISIS_REASON). */
  reason?: string;
  /** More rows to store beside the demo mentions and their buckets. */
  stores?: Record<string, readonly object[]>;
  /** The platforms' statuses (default: X at crisis for 15 minutes, for `reason`). */
  platforms?: (now: number, reason: string) => object[];
  /** Reload the dashboard once everything is stored. */
  reload?: boolean;
  /** The time the demo is seeded at (default: now). */
  now?: number;
}

/**
 * A brand in crisis on X, as the worker leaves it: the demo brand, a day of its mentions with their
 * buckets, and a status at crisis that says why. Returns the dashboard page it seeded from.
 */
export async function seedCrisis(session: ExtensionSession, seed: CrisisSeed = {}): Promise<Page> {
  const now = seed.now ?? Date.now();
  const reason = seed.reason ?? CRISIS_REASON;
  const dashboard = await session.openExtensionPage('dashboard', { width: 1100, height: 1000 });
  const mentions = demoMentions(now);
  await seedStores(dashboard, { mentions, buckets: bucketsOf(mentions), ...seed.stores });
  const platforms = seed.platforms?.(now, reason) ?? [
    { platform: 'x', level: 'crisis', since: now - 15 * 60_000, reason, baselineReady: true },
  ];
  const { setLocalStorage } = await import('./launch');
  await setLocalStorage(await session.serviceWorker(), {
    brand: DEMO_BRAND,
    status: { level: 'crisis', reason, since: now - 15 * 60_000, evaluatedAt: now, platforms, storageProblem: null },
  });
  if (seed.reload) await dashboard.reload();
  return dashboard;
}

/** The demo brand, as the options page saves it. */
export const BREWLY = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };

/** Angry posts about the demo brand: a wave of them raises the level. */
export const ANGRY_POSTS: readonly string[] = [
  'Brewly refused my refund for a kettle that caught fire. Disgraceful.',
  '@brewly my kettle burned my hand and support ignored me. Furious.',
  'Never buying Brewly again. Worst customer service ever. #BoycottBrewly',
  'Brewly kettle recall when? Mine sparked twice. Talking to a lawyer.',
];

/** Two weeks of a quiet brand on X, as hourly aggregates ending four hours ago: 4 mentions an hour, a fifth negative. */
export function quietHourlyHistory(now: number): Bucket[] {
  const hour = 3_600_000;
  const start = Math.floor(now / hour) * hour;
  return Array.from({ length: 14 * 24 }, (_, index) => ({
    platform: 'x',
    size: '1h' as const,
    start: start - (index + 4) * hour,
    count: 4,
    negatives: index % 5 === 0 ? 1 : 0,
    sentimentSum: 0,
  }));
}
