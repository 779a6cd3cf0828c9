import { liveQuery } from 'dexie';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PlatformId } from '@/utils/platforms/types';
import { database, type FirebreakDb } from '@/utils/tracking/db';
import { digestSlice, keptBy, mergeDigests, watchSlice, type Slice, type SliceDigest } from './digest';

/** How many slices a range is read in: 1 hour each over 24 hours, 7 over 7 days, 30 over 30 days. */
const SLICES = 24;

/** The newest slice of a range is read an hour at a time. */
const NEWEST_PIECE = 60 * 60_000;

/**
 * The slices that hold the window of `span` before `now`, newest first: aligned on multiples of their length
 * (so they stay the same as the window moves on, and only the newest is read again for new data), the
 * oldest reaching a little before the window (what is before it is left out where the lists are drawn),
 * the newest open-ended (a post's time is read from its page, and may be later than the clock). Nothing at
 * or before `cut` is read (see useRangeDigest).
 *
 * The newest slice is read in hours, the newest first: in a crisis the newest 30 hours of a 30-day range
 * held 125,000 mentions, read in 6 s before the first list showed, and again on every new mention; an hour
 * of them is what the first lists wait for, and what new data has read again.
 */
export function slicesOf(now: number, span: number, platform?: PlatformId, cut = -Infinity): Slice[] {
  const size = span / SLICES;
  const newest = Math.floor(now / size) * size;
  const slices: Slice[] = [];
  const add = (lo: number, hi: number) => {
    if (hi > cut + 1) slices.push({ lo: Math.max(lo, cut + 1), hi, ...(platform ? { platform } : {}) });
  };
  // A slice is whole hours (24 hours, 7 days or 30 days in 24): its hours start on the hour.
  const newestHour = Math.max(newest, Math.floor(now / NEWEST_PIECE) * NEWEST_PIECE);
  for (let lo = newestHour; lo >= newest; lo -= NEWEST_PIECE) add(lo, lo === newestHour ? Infinity : lo + NEWEST_PIECE);
  for (let lo = newest - size; lo + size > now - span; lo -= size) add(lo, lo + size);
  return slices;
}

interface Subscription {
  unsubscribe(): void;
}

/**
 * A slice's digest, and again each time its mentions change: a live query follows the slice's range of time
 * and the mentions its lists keep (watchSlice), and the slice is read outside it, once at a time (new data
 * while it is read: read again once that read is done). Read inside a live query, every row read would be
 * followed by its key (digest.ts).
 */
export function followSlice(db: FirebreakDb, slice: Slice, observer: { next(digest: SliceDigest): void; error(error: unknown): void }): Subscription {
  let closed = false;
  let reading = false;
  let again = false;
  let watching: Subscription | undefined;
  let watched = '';
  const fail = (error: unknown) => !closed && observer.error(error);
  // A new watch for other kept mentions: the last one is left when the new one is in place (until then, the
  // range is followed by the last one).
  const watch = (kept: Array<[PlatformId, string]>) => {
    const previous = watching;
    let first = true;
    watched = kept.join('\n');
    watching = liveQuery(() => watchSlice(db, slice, kept)).subscribe({
      next: (found) => {
        // A new watch's first look is of the slice as read, unless a kept mention was deleted in between (the
        // last watch follows it by key no more, this one never saw it): then it is read again.
        if (first && previous) {
          previous.unsubscribe();
          if (found < kept.length) read();
        } else read();
        first = false;
      },
      error: fail,
    });
  };
  const read = () => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    digestSlice(db, slice)
      .then((digest) => {
        if (closed) return;
        const kept = keptBy(digest);
        if (kept.join('\n') !== watched) watch(kept);
        observer.next(digest);
      }, fail)
      .finally(() => {
        reading = false;
        if (again && !closed) {
          again = false;
          read();
        }
      });
  };
  watch([]);
  return {
    unsubscribe() {
      closed = true;
      watching?.unsubscribe();
    },
  };
}

/** A range's digest, whole or of its newest slices so far. */
export interface RangeDigest extends SliceDigest {
  /** Every slice of the range is in it. */
  complete: boolean;
  /** Not complete: the digest is of the mentions at or after this time (the oldest slice read so far starts there). */
  readFrom: number;
}

const keyOf = (slice: Slice) => `${slice.platform ?? ''}:${slice.lo}:${slice.hi}`;

/**
 * The digest of the window of `span` before `now` (of one platform, or all), live: each slice is followed on
 * its own, read again only when its mentions change (followSlice).
 * The slices are read newest first, and as soon as the newest is read the digest is that of the slices read so
 * far (`complete` false, `readFrom` where they start): its lists are exact for the mentions from then on, the
 * time a user is told they are of (30 days of 20,000 mentions a day take seconds to read, the newest hours a
 * fraction of one). Undefined until the newest slice has been read. When the slices change, the last whole
 * digest is kept until they are all read again where the window moved past a slice's end (the same range and
 * platform); for another range or platform, nothing until the newest of its slices is read.
 */
export function useRangeDigest(now: number, span: number, platform?: PlatformId): RangeDigest | undefined {
  // Where the window started when a digest was found right no longer (exactUntil, after a slice let contenders
  // go): the slice it falls in is read again from there. Rarely, if ever, anything but -Infinity.
  const [cut, setCut] = useState(-Infinity);
  const slices = slicesOf(now, span, platform, cut);
  const keys = slices.map(keyOf).join(' ');
  const read = useRef(new Map<string, { subscription: Subscription; digest?: SliceDigest }>());
  const [changes, setChanges] = useState(0);
  const last = useRef<{ digest: RangeDigest; of: string } | undefined>(undefined);
  const range = `${span}:${platform ?? ''}`;

  useEffect(() => {
    const wanted = new Set(slices.map(keyOf));
    for (const [key, entry] of read.current) {
      if (wanted.has(key)) continue;
      entry.subscription.unsubscribe();
      read.current.delete(key);
    }
    // The slices not read yet, newest first and one after the other: only one page of mentions is held at a time.
    const unread = slices.filter((slice) => !read.current.has(keyOf(slice)));
    let stopped = false;
    const readNext = () => {
      const slice = unread.shift();
      if (!slice || stopped) return;
      let first = true;
      const entry: { subscription?: Subscription; digest?: SliceDigest } = {};
      const then = () => {
        if (first) readNext();
        first = false;
      };
      read.current.set(keyOf(slice), entry as { subscription: Subscription; digest?: SliceDigest });
      entry.subscription = followSlice(database(), slice, {
        next: (digest) => {
          entry.digest = digest;
          setChanges((count) => count + 1);
          then();
        },
        error: (error: unknown) => {
          console.error('[Firebreak] dashboard lists', error);
          then();
        },
      });
    };
    readNext();
    // Slices changed again before these were all read: the next run starts on those still wanted.
    return () => {
      stopped = true;
    };
  }, [keys]);
  useEffect(
    () => () => {
      for (const entry of read.current.values()) entry.subscription.unsubscribe();
      read.current.clear();
    },
    [],
  );

  const digest = useMemo((): RangeDigest | undefined => {
    // The newest slices read so far, up to the first not read yet: together, all of the range after a time.
    const newest: SliceDigest[] = [];
    for (const slice of slices) {
      const digest = read.current.get(keyOf(slice))?.digest;
      if (!digest) break;
      newest.push(digest);
    }
    if (newest.length === slices.length) {
      last.current = { digest: { ...mergeDigests(newest), complete: true, readFrom: -Infinity }, of: range };
      return last.current.digest;
    }
    // The window moved past a slice's end: the whole digest of the same range, until the new slice is read.
    if (last.current?.of === range) return last.current.digest;
    if (newest.length > 0) return { ...mergeDigests(newest), complete: false, readFrom: slices[newest.length - 1]!.lo };
    // Another range or platform, nothing of it read yet: no lists (the dashboard says it is reading), never
    // another range's or platform's shown as this one's.
    return undefined;
  }, [keys, changes]);
  const outdated = digest !== undefined && now - span >= digest.exactUntil;
  useEffect(() => {
    if (outdated) setCut(now - span);
  }, [outdated]);
  return digest;
}
