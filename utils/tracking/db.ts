import { Dexie, type Table } from 'dexie';
import type { SentimentLabel, SignalCode } from '../analysis';
import type { Incident } from '../plan/incident';
import type { Engagement, PlatformId } from '../platforms/types';

/** One post or comment the content script has seen, kept once per platform + post id. */
export interface SeenPost {
  platform: PlatformId;
  postId: string;
  kind: 'post' | 'comment';
  sentiment: SentimentLabel;
  score: number;
  /**
   * Written before version 5 only: the first characters of the text, the author and the link. Nothing
   * reads them (the posts are only counted), and a log of everything in the user's feeds is not Firebreak's
   * to keep: a post that names the brand is kept as a mention, with what it needs.
   */
  excerpt?: string;
  author?: string;
  permalink?: string;
  /** The post's own time where the page shows it. */
  postTime?: number;
  firstSeen: number;
  lastSeen: number;
  timesSeen: number;
}

export const EXCERPT_LENGTH = 280;

/**
 * An alert recorded but not yet told (the worker was stopped in between) is told on a later evaluation
 * if it is not older than this; after that the news is stale and the popup has it (or, when a snooze held
 * it, the snooze's summary).
 */
export const TELL_LATE_MS = 30 * 60_000;

/** Where a mention came from: a page the user opened, or an opt-in listening source. */
export type MentionSource = 'page' | 'listening';

/** A post that mentions the brand: the unit of social listening. */
export interface Mention {
  platform: PlatformId;
  postId: string;
  /** The post's own time where known, else when Firebreak first saw it. Buckets use this. */
  time: number;
  /**
   * `time` is the latest a rounded label allows ("2h", "3 weeks ago", "6 October"): the post may be
   * older. Counted in the hourly buckets only, never in the detector's 5-minute slots (mentions.ts).
   */
  timeApproximate?: true;
  firstSeen: number;
  sentiment: SentimentLabel;
  score: number;
  signals: SignalCode[];
  author?: string;
  permalink?: string;
  excerpt: string;
  /** The brand terms it matched ("Brewly", "@brewly"). */
  brandTerms: string[];
  engagement?: Engagement;
  source: MentionSource;
}

export type BucketSize = '5m' | '1h';

export const BUCKET_MS: Record<BucketSize, number> = { '5m': 5 * 60_000, '1h': 60 * 60_000 };

/** Per-platform aggregates, kept up to date on every write so that reads stay cheap. */
export interface Bucket {
  platform: PlatformId;
  size: BucketSize;
  /** Start of the bucket, ms since epoch, a multiple of the size. */
  start: number;
  count: number;
  negatives: number;
  /** Sum of the mentions' scores (−1..1 each): mean sentiment is sentimentSum / count. */
  sentimentSum: number;
}

/** A label the user corrected on one post; it becomes a brand rule for the analyser. */
export interface CorrectionRecord {
  platform: PlatformId;
  postId: string;
  text: string;
  label: SentimentLabel;
  /** What the analyser had said. */
  previous: SentimentLabel;
  savedAt: number;
}

/** How an adapter fared on the last visit to its platform. */
export interface AdapterHealth {
  platform: PlatformId;
  postsFound: number;
  lastVisit: number;
  /** The last visit on which it found at least one post. */
  lastSuccess?: number;
}

/**
 * A rise of a platform's level, with the reason the detector gave: an alert, told once per spike, or a rise
 * the cool-down kept quiet (`withinCoolDown`). Every rise is recorded, so that the episodes incidents are
 * declared from begin where the level last rose from normal (episodeOf).
 */
export interface AlertRecord {
  id?: number;
  time: number;
  platform: string;
  level: 'watch' | 'crisis';
  previousLevel: 'normal' | 'watch' | 'crisis';
  reason: string;
  keyTerms: string[];
  /**
   * false from the moment the alert is recorded until the user has been told (notification,
   * team chat); the worker may be stopped in between, and the next evaluation tells them then.
   * Absent on records written before this field existed: those were told. A rise within the cool-down is
   * "told" to the incident's timeline only.
   */
  notified?: boolean;
  /**
   * The level rose within the cool-down of an earlier alert on the platform (it fell back to normal and rose
   * again, or a second spike reached a level already told of): recorded so the episode it begins, or the level
   * it reaches, is known, and written on the timeline of an incident being worked on, but told to nobody (no
   * notification, team chat or snooze summary). Absent on alerts, and on every record written before rises
   * within the cool-down were kept: none was, then.
   */
  withinCoolDown?: true;
}

export class FirebreakDb extends Dexie {
  posts!: Table<SeenPost, [PlatformId, string]>;
  mentions!: Table<Mention, [PlatformId, string]>;
  buckets!: Table<Bucket, [PlatformId, BucketSize, number]>;
  corrections!: Table<CorrectionRecord, [PlatformId, string]>;
  health!: Table<AdapterHealth, PlatformId>;
  alerts!: Table<AlertRecord, number>;
  incidents!: Table<Incident, string>;

  constructor(name = 'firebreak') {
    super(name);
    // Version 1: the posts seen in pages, keyed by platform + post id so a post is stored once.
    this.version(1).stores({
      posts: '[platform+postId], platform, firstSeen',
    });
    // Version 2: brand mentions with their bucket aggregates, corrections and adapter health.
    // Nothing to migrate: version 1 only had `posts`, which keeps its shape.
    this.version(2).stores({
      posts: '[platform+postId], platform, firstSeen, lastSeen',
      mentions: '[platform+postId], time, [platform+time], firstSeen',
      buckets: '[platform+size+start], [size+start]',
      corrections: '[platform+postId], savedAt',
      health: 'platform',
    });
    // Version 3: the alerts the detector raised.
    this.version(3).stores({
      alerts: '++id, time, platform',
    });
    // Version 4: incidents, each with its checklist and timeline.
    this.version(4).stores({
      incidents: 'id, startedAt',
    });
    // Version 5: the posts seen keep no text, author or link (see SeenPost); those already stored lose them.
    this.version(5)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('posts')
          .toCollection()
          .modify((post: Partial<SeenPost>) => {
            delete post.excerpt;
            delete post.author;
            delete post.permalink;
          }),
      );
  }
}

let shared: FirebreakDb | undefined;

/** The one database of this extension context, opened lazily. */
export function database(): FirebreakDb {
  shared ??= new FirebreakDb();
  return shared;
}
