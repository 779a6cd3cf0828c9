import { Dexie, type Table } from 'dexie';
import type { SentimentLabel } from '../analysis';
import type { PlatformId } from '../platforms/types';

/** One post or comment the content script has seen, kept once per platform + post id. */
export interface SeenPost {
  platform: PlatformId;
  postId: string;
  kind: 'post' | 'comment';
  sentiment: SentimentLabel;
  score: number;
  /** The first characters of the text: enough to recognise the post, not a copy of the feed. */
  excerpt: string;
  author?: string;
  permalink?: string;
  /** The post's own time where the page shows it. */
  postTime?: number;
  firstSeen: number;
  lastSeen: number;
  timesSeen: number;
}

export const EXCERPT_LENGTH = 280;

export class FirebreakDb extends Dexie {
  posts!: Table<SeenPost, [PlatformId, string]>;

  constructor(name = 'firebreak') {
    super(name);
    // Version 1: the posts seen in pages, keyed by platform + post id so a post is stored once.
    this.version(1).stores({
      posts: '[platform+postId], platform, firstSeen',
    });
  }
}

let shared: FirebreakDb | undefined;

/** The one database of this extension context, opened lazily. */
export function database(): FirebreakDb {
  shared ??= new FirebreakDb();
  return shared;
}
