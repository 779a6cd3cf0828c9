import { BUCKET_MS, type Bucket, type BucketSize, type FirebreakDb, type Mention } from './db';
import type { PlatformId } from '../platforms/types';

const SIZES: readonly BucketSize[] = ['5m', '1h'];

/** The most rows of a put whose keys Dexie's live queries are told of one by one (see recordMentions). */
const PUT_TRACKED = 49;

export function bucketStart(time: number, size: BucketSize): number {
  return Math.floor(time / BUCKET_MS[size]) * BUCKET_MS[size];
}

type Delta = { count: number; negatives: number; sentimentSum: number };

const isNegative = (mention: Pick<Mention, 'sentiment'>) => mention.sentiment === 'negative';

export interface MentionWriteResult {
  added: number;
  updated: number;
}

/** A label the user chose, over the analyser's: the score moved to agree with it. */
function withLabel(mention: Mention, label: Mention['sentiment'], before: Mention | undefined): Mention {
  if (mention.sentiment === label) return mention;
  if (before?.sentiment === label) return { ...mention, sentiment: label, score: before.score };
  const score = label === 'negative' ? Math.min(mention.score, -0.5) : label === 'positive' ? Math.max(mention.score, 0.5) : label === 'neutral' ? 0 : mention.score;
  return { ...mention, sentiment: label, score };
}

/**
 * Records brand mentions, once per platform + post id, and keeps the 5-minute and hourly
 * buckets in step in the same transaction (a mention whose time is approximate counts in the hourly
 * buckets only): a mention seen again with another verdict (a user
 * correction, say) moves its weight instead of counting twice. A label the user corrected always
 * wins over a later analysis of the same post (a listening source's text may differ from the page's).
 */
export async function recordMentions(db: FirebreakDb, incoming: readonly Mention[]): Promise<MentionWriteResult> {
  const unique = new Map<string, Mention>();
  for (const mention of incoming) unique.set(`${mention.platform}\u0000${mention.postId}`, mention);
  const batch = [...unique.values()];
  if (batch.length === 0) return { added: 0, updated: 0 };

  return db.transaction('rw', db.mentions, db.buckets, db.corrections, async () => {
    const keys = batch.map((mention): [PlatformId, string] => [mention.platform, mention.postId]);
    const existing = await db.mentions.bulkGet(keys);
    const corrections = await db.corrections.bulkGet(keys);
    const deltas = new Map<string, { key: [PlatformId, BucketSize, number]; delta: Delta }>();
    const addDelta = (mention: Mention, sign: 1 | -1) => {
      for (const size of SIZES) {
        // A time read from "2h" or "3 weeks ago" is known only to the hour or the day: in 5-minute slots,
        // a whole hour's posts (or a day's) would pile into one and read as a burst to the detector.
        if (size === '5m' && mention.timeApproximate) continue;
        const start = bucketStart(mention.time, size);
        const id = `${mention.platform}|${size}|${start}`;
        const entry = deltas.get(id) ?? { key: [mention.platform, size, start], delta: { count: 0, negatives: 0, sentimentSum: 0 } };
        entry.delta.count += sign;
        entry.delta.negatives += sign * (isNegative(mention) ? 1 : 0);
        entry.delta.sentimentSum += sign * mention.score;
        deltas.set(id, entry);
      }
    };

    let added = 0;
    let updated = 0;
    const rows: Mention[] = [];
    batch.forEach((analysed, index) => {
      const before = existing[index];
      const correction = corrections[index];
      const mention = correction ? withLabel(analysed, correction.label, before) : analysed;
      if (!before) {
        added++;
        rows.push(mention);
        addDelta(mention, 1);
        return;
      }
      // Seen again: keep the first sighting and the time it was bucketed under.
      const { timeApproximate: _readAgain, ...again } = mention;
      const merged: Mention = {
        ...again,
        time: before.time,
        ...(before.timeApproximate ? { timeApproximate: true as const } : {}),
        firstSeen: before.firstSeen,
        source: before.source,
      };
      if (merged.sentiment !== before.sentiment || merged.score !== before.score) {
        addDelta(before, -1);
        addDelta(merged, 1);
      }
      updated++;
      rows.push(merged);
    });
    // In puts of fewer than 50: Dexie notes which keys a put of 50 rows or more changed as every key of every
    // index (dexie.mjs, the observability middleware), and every live query of the mentions, in every context
    // the change is broadcast to, ran again. An open 30-day dashboard read all of its 50-odd slices again for each
    // batch of new mentions in the newest hour, not just that hour's.
    for (let from = 0; from < rows.length; from += PUT_TRACKED) await db.mentions.bulkPut(rows.slice(from, from + PUT_TRACKED));

    const entries = [...deltas.values()].filter(({ delta }) => delta.count !== 0 || delta.negatives !== 0 || delta.sentimentSum !== 0);
    if (entries.length > 0) {
      const buckets = await db.buckets.bulkGet(entries.map((entry) => entry.key));
      await db.buckets.bulkPut(
        entries.map(({ key: [platform, size, start], delta }, index): Bucket => {
          const bucket = buckets[index];
          return {
            platform,
            size,
            start,
            count: (bucket?.count ?? 0) + delta.count,
            negatives: (bucket?.negatives ?? 0) + delta.negatives,
            sentimentSum: (bucket?.sentimentSum ?? 0) + delta.sentimentSum,
          };
        }),
      );
    }
    return { added, updated };
  });
}

/** Buckets of one size from `since` on, all platforms, oldest first. */
export function bucketsSince(db: FirebreakDb, size: BucketSize, since: number): Promise<Bucket[]> {
  return db.buckets.where('[size+start]').between([size, since], [size, Infinity]).toArray();
}

/**
 * Deletes mentions (and their buckets) and seen posts from before the start of the hour `time` falls in:
 * an aggregate is deleted whole or kept whole, so a kept one never counts a deleted mention.
 */
export async function pruneBefore(db: FirebreakDb, time: number): Promise<{ mentions: number; posts: number }> {
  const before = bucketStart(time, '1h');
  return db.transaction('rw', [db.mentions, db.buckets, db.posts], async () => {
    const mentions = await db.mentions.where('time').below(before).delete();
    // The hour's start is a 5-minute bucket's start too: both sizes end where the mentions do.
    await db.buckets.where('[size+start]').between(['5m', -Infinity], ['5m', before]).delete();
    await db.buckets.where('[size+start]').between(['1h', -Infinity], ['1h', before]).delete();
    const posts = await db.posts.where('lastSeen').below(before).delete();
    return { mentions, posts };
  });
}

/** Deletes everything Firebreak learned from pages: a fresh start. */
export async function wipeAll(db: FirebreakDb): Promise<void> {
  await db.transaction('rw', [db.mentions, db.buckets, db.posts, db.corrections, db.health, db.alerts], async () => {
    await Promise.all([db.mentions.clear(), db.buckets.clear(), db.posts.clear(), db.corrections.clear(), db.health.clear(), db.alerts.clear()]);
  });
}
