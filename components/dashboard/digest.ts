// What the dashboard's lists need of a range's mentions, read over the whole range without holding it: the
// dashboard read only the newest 5,000 mentions of a range, so on a day of 100,000 its "Most negative" and
// "Most engaged" lists and its key terms left out all but the last hour or so.
//
// The range is read in slices of time (useRangeDigest), each reduced to a SliceDigest as it is read, a page at
// a time: the few mentions that can still be among a list's first ones, and a sample of its negative talk.
// New data changes the newest slice only, and only that slice is read again.
import type { Collection } from 'dexie';
import type { Analysis } from '@/utils/analysis';
import { FNV_OFFSET, fnv1aFrom } from '@/utils/analysis/hash';
import { MAX_TEXTS } from '@/utils/plan/about';
import { suggestedAction, type ActionKind } from '@/utils/plan/actions';
import type { PlatformId } from '@/utils/platforms/types';
import type { FirebreakDb, Mention } from '@/utils/tracking/db';

/** How many mentions each list shows. */
export const LIST_LENGTH = 8;

/**
 * The most contenders a list keeps for a slice (see Contenders). Reached only where older mentions keep
 * beating every newer one, hundreds of times over: then the newest of them go, and the lists are right only
 * until the window moves past one of their mentions (exactUntil), when the slice is read again.
 */
export const MAX_CONTENDERS = 1_000;

/** Mentions read at a time: getAll of a page is about twice as fast as a cursor, and only a page is held. */
const PAGE = 500;

const engagementOf = (mention: Mention) =>
  (mention.engagement?.likes ?? 0) + 2 * (mention.engagement?.reposts ?? 0) + 2 * (mention.engagement?.replies ?? 0);

/** Earliest first: what the playbook says to do with a post comes before how negative it is. */
const URGENCY: Record<ActionKind, number> = { escalate: 0, 'reply-dm': 1, reply: 2, thank: 3, none: 3 };
const MOST_URGENT = Math.min(...Object.values(URGENCY));

/** What the badge advised for a stored mention, from what was stored of its reading (a brand mention). */
function actionOf(mention: Mention): ActionKind {
  const reading: Analysis = { label: mention.sentiment, score: mention.score, intensity: 0, confidence: 1, signals: mention.signals, reasons: [] };
  return suggestedAction(reading, { mentionsBrand: true, responseTargetMinutes: 60 }).kind;
}

/** A mention with what its list is ordered by, worked out once. */
export interface Ranked {
  mention: Mention;
  /** Smaller first: the order of its list. */
  rank: number;
  /** Then by this (smaller first). */
  then: number;
  action?: ActionKind;
}

/** Newest first, as the time index reads backwards: at the same time, the later key first. */
const newerFirst = (a: Mention, b: Mention) =>
  b.time - a.time || (a.platform < b.platform ? 1 : a.platform > b.platform ? -1 : 0) || (a.postId < b.postId ? 1 : a.postId > b.postId ? -1 : 0);

/** A total order: rank, then `then`, then the newer first (the lists were sorted from the newest mentions). */
function compare(a: Ranked, b: Ranked): number {
  return a.rank - b.rank || a.then - b.then || newerFirst(a.mention, b.mention);
}

/**
 * The mentions that can be among a list's first LIST_LENGTH for the mentions offered or any later window of
 * them: the dashboard's window moves on with the clock, and a mention that drops out of it is replaced by the
 * next one. Offered newest first, a mention is kept only if fewer than LIST_LENGTH newer ones rank before it:
 * one that LIST_LENGTH newer mentions beat is beaten by them in every window that holds it. What is kept is
 * small (about LIST_LENGTH × ln(mentions / LIST_LENGTH) for mentions in no particular order: some 80 of
 * 100,000). What slices kept, offered newest first again, is what the whole range would keep.
 */
class Contenders {
  /** The first LIST_LENGTH of those offered so far, in order. */
  private best: Ranked[] = [];
  /** Newest first. */
  readonly kept: Ranked[] = [];
  /** The lists are right for windows starting before this. */
  private exactBefore = Infinity;

  constructor(private readonly max = MAX_CONTENDERS) {}

  /**
   * Whether a mention ranked so, or after it, could be kept: false when it is beaten already (most mentions
   * of a slice are), so that what ranks it exactly (actionOf) is worked out for the few that can be.
   */
  couldTake(ranked: Ranked): boolean {
    const last = this.best[LIST_LENGTH - 1];
    return !last || compare(ranked, last) < 0;
  }

  offer(ranked: Ranked) {
    if (!this.couldTake(ranked)) return;
    this.kept.push(ranked);
    const at = this.best.findIndex((other) => compare(ranked, other) < 0);
    this.best.splice(at === -1 ? this.best.length : at, 0, ranked);
    this.best.length = Math.min(this.best.length, LIST_LENGTH);
    if (this.kept.length > this.max) {
      // The newest go, but for the first LIST_LENGTH so far; the lists stay right while all of those are in
      // the window (a window holding them all is a part of the range with the same first ones).
      const best = new Set(this.best);
      const from = this.kept.length - this.max / 2;
      const left = this.kept.filter((kept, index) => index >= from || best.has(kept));
      this.kept.splice(0, this.kept.length, ...left);
      this.exactBefore = Math.min(this.exactBefore, ...this.best.map(({ mention }) => mention.time));
    }
  }

  /** Until when (a window's start) lists drawn from what is kept are right. */
  get exactUntil(): number {
    return this.exactBefore;
  }
}

/** What key terms read of a mention. */
export type Talk = Pick<Mention, 'platform' | 'postId' | 'time' | 'sentiment' | 'excerpt'>;

/** A sampled mention: what key terms read of it, and its draw (drawOf). */
export type Drawn = Talk & { draw: number };

/**
 * A mention's draw: a hash of its key, mixed (murmur3's finaliser: FNV-1a alone spreads keys that differ in
 * their last letter, "wave-1", "wave-2", at even steps). The same wherever and whenever the mention is read, so
 * a sample of the mentions with the lowest draws is a random one that a new mention changes by itself at most.
 */
export function drawOf(platform: string, postId: string): number {
  let hash = fnv1aFrom(fnv1aFrom(fnv1aFrom(FNV_OFFSET, platform), '\n'), postId);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

const byDraw = (a: Drawn, b: Drawn) => a.draw - b.draw;

/**
 * The `max` items offered with the lowest draws, lowest first, holding at most 2 × max. Drawn by key, not by
 * place: a sample taken by place (every k-th of the slice, newest first) was another sample as soon as one
 * mention came before the others, and in a crisis key terms tagged the whole sample again for every batch.
 */
class DrawnSample {
  private held: Drawn[] = [];
  /** Nothing drawn above this is kept. */
  private bar = Infinity;
  /** How many were offered. */
  seen = 0;

  constructor(private readonly max: number) {}

  /** `item` is made only for what is held. */
  offer(draw: number, item: () => Talk) {
    this.seen++;
    if (draw > this.bar) return;
    this.held.push({ ...item(), draw });
    if (this.held.length > 2 * this.max) this.cut();
  }

  private cut() {
    // Stable: of equal draws, the one offered first (the newer) stays.
    this.held = this.held.sort(byDraw);
    if (this.held.length < this.max) return;
    this.held.length = this.max;
    this.bar = this.held[this.max - 1]!.draw;
  }

  /** The `max` lowest draws, lowest first. */
  items(): Drawn[] {
    this.cut();
    return this.held;
  }
}

/** One slice of the range, reduced to what the lists need (or the whole range, merged). */
export interface SliceDigest {
  /** The negative mentions that can be among the most negative (most urgent first, then most negative), newest first. */
  negative: Ranked[];
  /** The mentions with engagement that can be among the most engaged, newest first. */
  engaged: Ranked[];
  /** The negative and mixed mentions with the lowest draws, up to MAX_TEXTS, lowest first: what key terms read. */
  sample: Drawn[];
  /** How many negative and mixed mentions the slice holds. */
  talk: number;
  /** The lists are right for windows starting before this (Infinity: any); after it, read again. */
  exactUntil: number;
}

/** A slice of the range: the mentions with lo <= time < hi (Infinity: every later one), of one platform or all. */
export interface Slice {
  lo: number;
  hi: number;
  platform?: PlatformId;
}

/**
 * Every mention of the slice, newest first, a page at a time (getAll with a limit): a page ends where the
 * next one starts again, at its last mention's time, past the mentions of that time it has given.
 */
async function eachNewestFirst(db: FirebreakDb, { lo, hi, platform }: Slice, visit: (mention: Mention) => void): Promise<void> {
  const below = (upper: number, inclusive: boolean): Collection<Mention> =>
    platform
      ? db.mentions.where('[platform+time]').between([platform, lo], [platform, upper], true, inclusive)
      : db.mentions.where('time').between(lo, upper, true, inclusive);
  const keyOf = (mention: Mention) => `${mention.platform}\n${mention.postId}`;
  let upper = hi;
  let inclusive = false;
  /** The mentions at time `upper` already given. */
  let given = new Set<string>();
  for (;;) {
    const page: Mention[] = await below(upper, inclusive).reverse().limit(PAGE).toArray();
    const fresh = page.filter((mention) => !(mention.time === upper && given.has(keyOf(mention))));
    fresh.forEach(visit);
    if (page.length < PAGE) return;
    const last: number = page.at(-1)!.time;
    if (fresh.length === 0) {
      // More than a page of mentions at one time: the rest of them at once, then on below it.
      const same = platform ? db.mentions.where('[platform+time]').equals([platform, last]) : db.mentions.where('time').equals(last);
      (await same.reverse().toArray()).filter((mention) => !given.has(keyOf(mention))).forEach(visit);
      [upper, inclusive, given] = [last, false, new Set()];
      continue;
    }
    if (last !== upper) given = new Set();
    for (const mention of page) if (mention.time === last) given.add(keyOf(mention));
    [upper, inclusive] = [last, true];
  }
}

/**
 * The last time a slice ending at `hi` holds: the largest number below it. Dexie takes a range a live query
 * reads as closed at both ends, so a watch of lo <= time < hi read as such was told of a mention at hi, the
 * next slice's first moment (on the hour, where times from pages often fall), and its slice was read again.
 */
export function lastTimeBefore(hi: number): number {
  if (!Number.isFinite(hi) || hi <= 0) return hi;
  const bits = new Float64Array([hi]);
  new BigInt64Array(bits.buffer)[0]! -= 1n;
  return bits[0]!;
}

/** The slice's mentions on the time index (or the platform's), over a range closed at both ends as its watch reads it. */
const watchedOf = (db: FirebreakDb, { lo, hi, platform }: Slice): Collection<Mention> => {
  const last = lastTimeBefore(hi);
  const inclusive = last !== hi;
  return platform
    ? db.mentions.where('[platform+time]').between([platform, lo], [platform, last], true, inclusive)
    : db.mentions.where('time').between(lo, last, true, inclusive);
};

/**
 * What a live query of the slice reads to follow it (see followSlice): one key of its range of the time index,
 * which notes that range (a new or changed mention of the slice is in it), and the mentions its lists keep, by
 * key (Dexie knows a deleted mention by its key only: the prune deleting one of them). Gives how many of the
 * kept mentions are still there.
 */
export async function watchSlice(db: FirebreakDb, slice: Slice, kept: ReadonlyArray<[PlatformId, string]>): Promise<number> {
  await watchedOf(db, slice).limit(1).primaryKeys();
  if (kept.length === 0) return 0;
  return (await db.mentions.bulkGet([...kept])).filter((mention) => mention !== undefined).length;
}

/** The keys of the mentions a digest's lists keep. */
export const keptBy = (digest: SliceDigest): Array<[PlatformId, string]> =>
  [...digest.negative, ...digest.engaged].map(({ mention }): [PlatformId, string] => [mention.platform, mention.postId]);

/**
 * Reads one slice, holding a page of it at a time and what its lists and key terms need. Outside any live query
 * (followSlice): there, Dexie notes the key of every row read for as long as the query is subscribed (30 days of
 * 20,000 mentions a day: 600,000 keys in balanced trees, each put in with array comparisons, a third of the time
 * a row took and most of the heap the dashboard held). In a transaction of its own: the pages are of one state
 * of the database.
 */
export function digestSlice(db: FirebreakDb, slice: Slice, maxContenders = MAX_CONTENDERS): Promise<SliceDigest> {
  return db.transaction('r', db.mentions, () => readSlice(db, slice, maxContenders));
}

async function readSlice(db: FirebreakDb, slice: Slice, maxContenders: number): Promise<SliceDigest> {
  const negative = new Contenders(maxContenders);
  const engaged = new Contenders(maxContenders);
  const sample = new DrawnSample(MAX_TEXTS);
  await eachNewestFirst(db, slice, (mention) => {
    // What the playbook advises is worked out only where even the most urgent advice would keep the mention.
    if (mention.sentiment === 'negative' && negative.couldTake({ mention, rank: MOST_URGENT, then: mention.score })) {
      const action = actionOf(mention);
      negative.offer({ mention, rank: URGENCY[action], then: mention.score, action });
    }
    if (mention.sentiment === 'negative' || mention.sentiment === 'mixed') {
      sample.offer(drawOf(mention.platform, mention.postId), () => {
        const { platform, postId, time, sentiment, excerpt } = mention;
        return { platform, postId, time, sentiment, excerpt };
      });
    }
    const engagement = engagementOf(mention);
    if (engagement > 0) engaged.offer({ mention, rank: -engagement, then: 0 });
  });
  return { negative: negative.kept, engaged: engaged.kept, sample: sample.items(), talk: sample.seen, exactUntil: Math.min(negative.exactUntil, engaged.exactUntil) };
}

/**
 * The slices as one digest: the contenders of each list (those of every slice, offered newest first again),
 * and a sample of MAX_TEXTS at most, stratified by time: each slice gives its share of the range's negative
 * talk, its lowest draws (so one new mention changes the sample by a few texts).
 */
export function mergeDigests(newestFirst: readonly SliceDigest[]): SliceDigest {
  const negative = new Contenders(Infinity);
  const engaged = new Contenders(Infinity);
  for (const digest of newestFirst) {
    digest.negative.forEach((ranked) => negative.offer(ranked));
    digest.engaged.forEach((ranked) => engaged.offer(ranked));
  }
  const talk = newestFirst.reduce((sum, digest) => sum + digest.talk, 0);
  const share = talk > MAX_TEXTS ? MAX_TEXTS / talk : 1;
  // Rounded down: never more than MAX_TEXTS (aboutTerms would read the newest MAX_TEXTS of more).
  return {
    negative: negative.kept,
    engaged: engaged.kept,
    sample: newestFirst.flatMap((digest) => digest.sample.slice(0, Math.floor(digest.talk * share))),
    talk,
    exactUntil: Math.min(...newestFirst.map((digest) => digest.exactUntil)),
  };
}

/** A list's first LIST_LENGTH within the window after `from` (of one platform, or all). */
export function firstOf(contenders: readonly Ranked[], from: number, platform?: PlatformId): Ranked[] {
  return contenders
    .filter(({ mention }) => mention.time > from && (platform === undefined || mention.platform === platform))
    .sort(compare)
    .slice(0, LIST_LENGTH);
}
