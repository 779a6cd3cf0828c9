// Retention: mentions (and their aggregates and seen posts) older than the user's retention are deleted.
//
// The worker prunes on an alarm every few hours, and at once when the retention setting changes: a user who
// saves "Keep mentions for 7 days" and sees "✓ Saved." must not find older mentions on the dashboard or in
// an export for hours afterwards. The alarm stays: an MV3 worker may be stopped at any moment, and a change
// it never heard of is caught up on there.
//
// Lowering the retention is a delete that cannot be undone, so the options page asks first, saying how much
// will go: prunableAt counts with the same cutoff the prune deletes with (retentionCutoff), so the number
// in the question is the number deleted.

import type { Unwatch, WxtStorageItem } from 'wxt/utils/storage';
import { DAY_MS } from './baseline';
import type { FirebreakDb } from './db';
import { bucketStart, pruneBefore } from './mentions';

/** The periodic prune (the safety net for a change made while no worker was listening). */
export const PRUNE_ALARM = 'prune';
export const PRUNE_ALARM_PERIOD_MINUTES = 360;

/** What a prune deletes: stored mentions, and seen posts (their aggregates go with the mentions). */
export interface Pruned {
  mentions: number;
  posts: number;
}

/**
 * The time before which a retention of `days` days deletes: the one definition the prune, the count and
 * the arrival of posts (a page's, a listening source's) share, so a post is stored only if the prune would
 * keep it, and kept once stored. Aligned down to the start of its hour: the hourly and 5-minute aggregates of that hour are kept
 * whole, so its mentions are too (QA: the chart counted mentions its lists no longer had). Up to an hour
 * more than `days` days is kept, never less.
 */
export function retentionCutoff(days: number, now: number): number {
  return bucketStart(now - days * DAY_MS, '1h');
}

/** Deletes everything from before retentionCutoff(days, now): older than `days` days, whole hours. */
export function pruneToRetention(db: FirebreakDb, days: number, now: number): Promise<Pruned> {
  return pruneBefore(db, retentionCutoff(days, now));
}

/**
 * What pruneToRetention(db, days, now) would delete, counted without deleting: the same cutoff, and the
 * same tests as pruneBefore (a mention by its time, a seen post by when it was last seen).
 */
export async function prunableAt(db: FirebreakDb, days: number, now: number): Promise<Pruned> {
  const before = retentionCutoff(days, now);
  return db.transaction('r', [db.mentions, db.posts], async () => {
    const [mentions, posts] = await Promise.all([db.mentions.where('time').below(before).count(), db.posts.where('lastSeen').below(before).count()]);
    return { mentions, posts };
  });
}

export interface RetentionPruningDeps {
  /** The retention setting, in days (utils/settings: retentionDays). */
  retention: Pick<WxtStorageItem<number, Record<string, unknown>>, 'getValue' | 'watch'>;
  db: () => FirebreakDb;
  now?: () => number;
  /** A prune started by a change of the setting has no caller to tell of a failure: it is told here. */
  onError?: (error: unknown) => void;
  /**
   * Runs before each prune with the time it deletes before (the worker keeps the post-mortem figures
   * the prune would reach). Its failure is told to onError and the prune goes on.
   */
  beforePrune?: (db: FirebreakDb, cutoff: number, now: number) => Promise<unknown>;
}

export interface RetentionPruning {
  /** One prune to the current setting: what the alarm runs, and what a change of the setting runs. */
  prune: () => Promise<Pruned>;
  /** Stops pruning on changes of the setting. */
  unwatch: Unwatch;
}

/**
 * Prunes whenever the retention setting changes, and hands back the same prune for the alarm.
 * Call it synchronously when the worker starts, so a change of the setting wakes the worker.
 */
export function pruneOnRetentionChange({ retention, db, now = Date.now, onError = () => {}, beforePrune }: RetentionPruningDeps): RetentionPruning {
  const prune = async () => {
    const days = await retention.getValue();
    const at = now();
    const database = db();
    if (beforePrune) await beforePrune(database, retentionCutoff(days, at), at).catch(onError);
    return pruneToRetention(database, days, at);
  };
  const unwatch = retention.watch(() => {
    prune().catch(onError);
  });
  return { prune, unwatch };
}
