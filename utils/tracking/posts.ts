import type { SentimentLabel, SignalCode } from '../analysis';
import type { ExtractedPost } from '../platforms/types';
import type { FirebreakDb, SeenPost } from './db';

/** A post as the content script reports it: what the adapter read plus the analyser's verdict. */
export interface ReportedPost extends ExtractedPost {
  sentiment: SentimentLabel;
  score: number;
  signals?: SignalCode[];
  /** The brand terms the post mentions; empty when it does not mention the brand. */
  brandTerms?: string[];
}

export interface RecordResult {
  /** Posts stored for the first time. */
  added: number;
  /** Posts already stored, seen again. */
  seenAgain: number;
}

/**
 * Stores each post once per platform + post id, however often it is seen: a post seen again
 * only moves `lastSeen` and counts the sighting, and takes the newest verdict. No text, author or
 * link: the posts of the user's feeds are counted, not kept (one naming the brand is a mention).
 */
export async function recordPosts(db: FirebreakDb, reported: readonly ReportedPost[], now = Date.now()): Promise<RecordResult> {
  const unique = new Map<string, ReportedPost>();
  for (const post of reported) unique.set(`${post.platform}\u0000${post.id}`, post);
  const batch = [...unique.values()];
  if (batch.length === 0) return { added: 0, seenAgain: 0 };

  return db.transaction('rw', db.posts, async () => {
    const existing = await db.posts.bulkGet(batch.map((post) => [post.platform, post.id]));
    const rows: SeenPost[] = batch.map((post, index) => {
      const before = existing[index];
      return {
        platform: post.platform,
        postId: post.id,
        kind: post.kind,
        sentiment: post.sentiment,
        score: post.score,
        postTime: post.time ?? before?.postTime,
        firstSeen: before?.firstSeen ?? now,
        lastSeen: now,
        timesSeen: (before?.timesSeen ?? 0) + 1,
      };
    });
    await db.posts.bulkPut(rows);
    const seenAgain = existing.filter(Boolean).length;
    return { added: batch.length - seenAgain, seenAgain };
  });
}

export function countPosts(db: FirebreakDb): Promise<number> {
  return db.posts.count();
}

/** The posts seen most recently first. */
export function recentPosts(db: FirebreakDb, limit: number): Promise<SeenPost[]> {
  return db.posts.orderBy('firstSeen').reverse().limit(limit).toArray();
}
