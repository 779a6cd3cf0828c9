import { Dexie, liveQuery, RangeSet, rangesOverlap, type ObservabilitySet } from 'dexie';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PlatformId } from '@/utils/platforms/types';
import { database, type FirebreakDb } from '@/utils/tracking/db';
import { digestSlice, keptBy, lastTimeBefore, mergeDigests, watchSlice, type Slice, type SliceDigest } from './digest';

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
 * After how many writes a slice's watch that has not looked again since is renewed (see RENEW_AFTER_WRITES,
 * useLiveQuery.ts): a 30-day range has some 55 slices, all but the newest concerned by no new mention, each
 * holding what the writes since its last look changed (7 MB per 20,000 mentions each, without renewal). A
 * renewal is a look at one key of the slice and the mentions its lists keep, not a read of the slice.
 */
export const SLICE_RENEW_AFTER_WRITES = 10;

/**
 * A slice's digest, and again each time its mentions change: a live query follows the slice's range of time
 * and the mentions its lists keep (watchSlice), and the slice is read outside it, once at a time (new data
 * while it is read: read again once that read is done). Read inside a live query, every row read would be
 * followed by its key (digest.ts).
 *
 * The watch is renewed once it has been told of `renewAfter` writes without looking again (Dexie's live query
 * holds what they changed until then). A new watch takes over from the last one with its first look; a write
 * that concerns the slice (Dexie's own test: its range of the time index, or a kept mention's key) since the
 * slice was last read has it read again then, as the watch it replaces may not have looked at that write yet.
 */
export function followSlice(
  db: FirebreakDb,
  slice: Slice,
  observer: { next(digest: SliceDigest): void; error(error: unknown): void },
  renewAfter = SLICE_RENEW_AFTER_WRITES,
): Subscription {
  let closed = false;
  let reading = false;
  let again = false;
  /** The watches in place, oldest first: the newest takes over from the others with its first look. */
  let watches: Subscription[] = [];
  let watched: Array<[PlatformId, string]> = [];
  let keptKeys = new RangeSet();
  /** Writes the newest watch has been told of since it last looked. */
  let told = 0;
  /** A write concerning the slice landed since it was last read (or asked to be). */
  let touched = false;
  const fail = (error: unknown) => !closed && observer.error(error);
  const table = `idb://${db.name}/mentions/`;
  const index = slice.platform ? `${table}[platform+time]` : `${table}time`;
  // Closed at both ends, as Dexie takes a range a live query reads (and as the watch reads it).
  const last = lastTimeBefore(slice.hi);
  const range = slice.platform ? new RangeSet([slice.platform, slice.lo], [slice.platform, last]) : new RangeSet(slice.lo, last);
  const overlaps = (part: ObservabilitySet[string] | undefined, set: ObservabilitySet[string]) => part !== undefined && rangesOverlap(part, set);
  const concerns = (parts: ObservabilitySet) =>
    'all' in parts || overlaps(parts[index], range) || overlaps(parts[table], keptKeys) || overlaps(parts[`${table}:dels`], keptKeys);
  // A new watch for other kept mentions (or the same, renewed): the others are left when the new one is in
  // place (until then, the range is followed by them).
  const watch = (kept: Array<[PlatformId, string]>) => {
    // Let go of once left: a live query left keeps what it was told of, for as long as it is referred to.
    let older = watches;
    let first = true;
    watched = kept;
    keptKeys = new RangeSet();
    for (const key of kept) keptKeys.addKey(key);
    told = 0;
    const watching: Subscription = liveQuery(() => watchSlice(db, slice, kept)).subscribe({
      next: (found) => {
        if (watching === watches.at(-1)) told = 0;
        // A new watch's first look is of the slice as read, unless a kept mention was deleted in between (the
        // last watch follows it by key no more, this one never saw it) or a write concerning the slice has
        // not been read yet (the last watch, left now, may not have looked at it): then it is read again.
        if (first && older.length > 0) {
          older.forEach((subscription) => subscription.unsubscribe());
          watches = watches.filter((subscription) => !older.includes(subscription));
          older = [];
          if (found < kept.length || touched) read();
        } else read();
        first = false;
      },
      error: fail,
    });
    watches = [...watches, watching];
  };
  const onWrite = (parts: ObservabilitySet) => {
    if (closed) return;
    if (concerns(parts)) touched = true;
    if (++told >= renewAfter && watches.length === 1) watch(watched);
  };
  const read = () => {
    // The read asked for now starts after every write so far.
    touched = false;
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    digestSlice(db, slice)
      .then((digest) => {
        if (closed) return;
        const kept = keptBy(digest);
        if (kept.join('\n') !== watched.join('\n')) watch(kept);
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
  Dexie.on('storagemutated', onWrite);
  watch([]);
  return {
    unsubscribe() {
      closed = true;
      Dexie.on('storagemutated').unsubscribe(onWrite);
      watches.forEach((subscription) => subscription.unsubscribe());
      watches = [];
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
