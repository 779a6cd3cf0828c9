// @vitest-environment happy-dom
// Posts whose page prints only "3 weeks ago", "2h" or "6 October" (QA: a YouTube comment of three weeks
// ago and a Facebook post of 6 October were counted as posted now, and scrolling an old thread could fake
// a spike). Their time is the latest the label allows (platforms/visible-time.ts): they count where they
// belong in the hourly figures, and never in the detector's 5-minute slots.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { facebookAdapter } from '@/utils/platforms/facebook';
import type { ExtractedPost, PlatformAdapter } from '@/utils/platforms/types';
import { youtubeAdapter } from '@/utils/platforms/youtube';
import type { ListeningStatus } from '@/utils/settings';
import { FirebreakDb, type Mention } from '@/utils/tracking/db';
import type { SpikeDetectorState } from '@/utils/tracking/detect';
import { ingestPosts } from '@/utils/tracking/ingest';
import { evaluateListening, type ListeningDeps } from '@/utils/tracking/listening';
import { bucketsSince, recordMentions } from '@/utils/tracking/mentions';
import type { ReportedPost } from '@/utils/tracking/posts';
import { PRESET_THRESHOLDS } from '@/utils/tracking/thresholds';
import { fixture, pageOf } from '../../fixtures/load';
import { brandMention } from './mention';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The QA's day: Sunday 23 November 2025, 12:10 local time. */
const NOW = new Date(2025, 10, 23, 12, 10).getTime();

/** What the content script reports of a fixture's posts, each read as a negative mention of the brand. */
function reportedFrom(adapter: PlatformAdapter, file: string): ReportedPost[] {
  const doc = new DOMParser().parseFromString(pageOf([fixture(file)]), 'text/html');
  return adapter
    .findPosts(doc)
    .map((element) => adapter.extract(element))
    .filter((post): post is ExtractedPost => post !== null)
    .map((post) => ({ ...post, sentiment: 'negative', score: -0.6, brandTerms: ['Acme'] }));
}

const total = (buckets: ReadonlyArray<{ count: number }>) => buckets.reduce((sum, bucket) => sum + bucket.count, 0);

let db: FirebreakDb;
beforeEach(() => {
  db = new FirebreakDb('visible-times-test');
});
afterEach(() => {
  vi.useRealTimers();
});

describe('posts with only a visible time', () => {
  test('YouTube and Facebook fixtures: each mention has the time its page shows, the last 24 hours hold only what can be that recent', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const posts = [...reportedFrom(youtubeAdapter, 'youtube/comments-view-model.html'), ...reportedFrom(facebookAdapter, 'facebook/feed.html')];
    await ingestPosts(db, posts, NOW);
    const mentions = new Map((await db.mentions.toArray()).map((mention) => [mention.postId, mention]));
    // "3 weeks ago": three weeks back at least, and said to be approximate; "6 October": that morning.
    expect(mentions.get('Ugw9LongReview77-AaABAg')).toMatchObject({ time: NOW - 21 * DAY, timeApproximate: true, firstSeen: NOW });
    expect(mentions.get('122110987654321098')).toMatchObject({ time: new Date(2025, 9, 6, 9, 2).getTime(), firstSeen: NOW });
    expect(mentions.get('122110987654321098')?.timeApproximate).toBeUndefined();
    expect([...mentions.values()].filter((mention) => mention.time === NOW)).toEqual([]);

    // The popup's "last 24 hours" (hourly buckets): the Facebook "3h", "2h", "1h", "5m" and "Yesterday at
    // 21:14" ones; not YouTube's "1 day ago" (a day at least), "2 days ago", "3 weeks ago", nor "6 October".
    expect(total(await bucketsSince(db, '1h', NOW - DAY))).toBe(5);
    // The detector's 5-minute slots of the last three hours: only the "5m" comment, whose time is known
    // to the minute. The "3h", "2h" and "1h" ones would each pile an hour into one slot.
    expect(total(await bucketsSince(db, '5m', NOW - 3 * HOUR - MINUTE))).toBe(1);
  });

  test('a mention seen again keeps its first time, approximate or not', async () => {
    const first = { ...brandMention('c1', NOW - 2 * HOUR, true), timeApproximate: true as const };
    await recordMentions(db, [first]);
    // Read again an hour later, from "3h": still the first time, still approximate, in the same hourly bucket.
    await recordMentions(db, [{ ...brandMention('c1', NOW - 2 * HOUR + 5 * MINUTE, false), timeApproximate: true as const }]);
    const [stored] = await db.mentions.toArray();
    expect(stored).toMatchObject({ time: NOW - 2 * HOUR, timeApproximate: true, sentiment: 'neutral' });
    expect(total(await bucketsSince(db, '1h', 0))).toBe(1);
    expect(await bucketsSince(db, '5m', 0)).toEqual([]);
  });
});

describe('scrolling an old thread does not fake a spike', () => {
  /** Two weeks of a quiet brand: about 12 mentions an hour, one in five negative. */
  async function seedQuietHistory(): Promise<void> {
    const rows: Mention[] = [];
    for (let hour = 14 * 24; hour >= 1; hour--) {
      for (let i = 0; i < 12; i++) rows.push(brandMention(`h${hour}-${i}`, NOW - hour * HOUR + i * 5 * MINUTE, i % 5 === 0));
    }
    await recordMentions(db, rows);
  }

  function deps(now: number, state: { current: SpikeDetectorState | null }): ListeningDeps {
    return {
      db,
      now,
      thresholds: PRESET_THRESHOLDS.balanced,
      loadState: async () => state.current,
      saveState: async (next) => void (state.current = structuredClone(next)),
      saveStatus: async (_status: ListeningStatus) => undefined,
      showLevel: vi.fn(async () => undefined),
      notify: vi.fn(async () => undefined),
    };
  }

  test.each([
    ['"2h"', 2 * HOUR],
    ['"1h"', HOUR],
    ['"3 weeks ago"', 21 * DAY],
  ])('sixty angry comments all labelled %s raise no alert', async (_label, age) => {
    await seedQuietHistory();
    const state = { current: null as SpikeDetectorState | null };
    await evaluateListening(deps(NOW, state));
    const later = NOW + 10 * MINUTE;
    const thread: ReportedPost[] = Array.from({ length: 60 }, (_, i) => ({
      platform: 'x',
      id: `old${i}`,
      kind: 'comment',
      text: 'Acme kettle burned me, refund please',
      time: later - age,
      timeApproximate: true,
      sentiment: 'negative',
      score: -0.8,
      brandTerms: ['Acme'],
    }));
    expect((await ingestPosts(db, thread, later)).mentionsAdded).toBe(60);
    const result = await evaluateListening(deps(later, state));
    expect(result.alerts).toEqual([]);
    expect(result.status.level).toBe('normal');
  });

  test('the same sixty comments seen as they are posted do raise one (the detector still works)', async () => {
    await seedQuietHistory();
    const state = { current: null as SpikeDetectorState | null };
    await evaluateListening(deps(NOW, state));
    const later = NOW + 10 * MINUTE;
    const live: ReportedPost[] = Array.from({ length: 60 }, (_, i) => ({
      platform: 'x',
      id: `live${i}`,
      kind: 'comment',
      text: 'Acme kettle burned me, refund please',
      time: NOW + i * 10_000,
      sentiment: 'negative',
      score: -0.8,
      brandTerms: ['Acme'],
    }));
    await ingestPosts(db, live, later);
    expect((await evaluateListening(deps(later, state))).alerts).toHaveLength(1);
  });
});
