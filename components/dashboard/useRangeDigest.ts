import { liveQuery, type Subscription } from 'dexie';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PlatformId } from '@/utils/platforms/types';
import { database } from '@/utils/tracking/db';
import { digestSlice, mergeDigests, type Slice, type SliceDigest } from './digest';

/** How many slices a range is read in: 1 hour each over 24 hours, 7 over 7 days, 30 over 30 days. */
const SLICES = 24;

/**
 * The slices that hold the window of `span` before `now`, newest first: aligned on multiples of their length
 * (so they stay the same as the window moves on, and only the newest is read again for new data), the
 * oldest reaching a little before the window (what is before it is left out where the lists are drawn),
 * the newest open-ended (a post's time is read from its page, and may be later than the clock). Nothing at
 * or before `cut` is read (see useRangeDigest).
 */
export function slicesOf(now: number, span: number, platform?: PlatformId, cut = -Infinity): Slice[] {
  const size = span / SLICES;
  const newest = Math.floor(now / size) * size;
  const slices: Slice[] = [];
  for (let lo = newest; lo + size > now - span; lo -= size) {
    const hi = lo === newest ? Infinity : lo + size;
    if (hi > cut + 1) slices.push({ lo: Math.max(lo, cut + 1), hi, ...(platform ? { platform } : {}) });
  }
  return slices;
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
 * The digest of the window of `span` before `now` (of one platform, or all), live: each slice is a live query
 * of its own, read again only when its mentions change (Dexie's live queries follow the ranges each one read).
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
      entry.subscription = liveQuery(() => digestSlice(database(), slice)).subscribe({
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
