/** Every platform Firebreak reads. The id is also the value stored with each post. */
export const PLATFORM_IDS = [
  'x',
  'reddit',
  'youtube',
  'linkedin',
  'facebook',
  'instagram',
  'threads',
  'tiktok',
  'bluesky',
  'mastodon',
] as const;

export type PlatformId = (typeof PLATFORM_IDS)[number];

/** Each platform's name as its users write it (messages and texts that leave the UI's locale files). */
export const PLATFORM_NAMES: Readonly<Record<PlatformId, string>> = {
  x: 'X',
  reddit: 'Reddit',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
  tiktok: 'TikTok',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};

/** A platform's name as its users write it ("X", "YouTube"); an id Firebreak does not know, as it is. */
export function platformName(platform: string): string {
  return Object.hasOwn(PLATFORM_NAMES, platform) ? PLATFORM_NAMES[platform as keyof typeof PLATFORM_NAMES] : platform;
}

/** What an adapter reads out of one post or comment element. */
export interface ExtractedPost {
  platform: PlatformId;
  /** The platform's own id for the post, stable across visits. */
  id: string;
  kind: 'post' | 'comment';
  text: string;
  author?: string;
  permalink?: string;
  /** The post's own time (ms since epoch) where the page shows it. */
  time?: number;
  /**
   * `time` was read from a rounded label people read ("2h", "3 weeks ago", "6 October"; see
   * visible-time.ts): the latest moment it allows, so the post may be older still.
   */
  timeApproximate?: boolean;
  /** Engagement counts where the page shows them ("1.2K" read as 1200). */
  engagement?: Engagement;
}

export interface ExtractOptions {
  /** Read the engagement counts too (default true). */
  engagement?: boolean;
}

export interface Engagement {
  replies?: number;
  reposts?: number;
  likes?: number;
  views?: number;
}

/**
 * One platform's knowledge of its pages. Adapters own their selectors; shared code never
 * asks which platform it is running on.
 */
export interface PlatformAdapter {
  id: PlatformId;
  /** Human name for settings and the dashboard. */
  name: string;
  /** Match patterns of the pages the content script runs on. */
  matches: readonly string[];
  /** Post and comment container elements under `root` (the elements that get the badge attribute). */
  findPosts(root: ParentNode): Element[];
  /**
   * Where `findPosts` is exactly the elements matching one selector (that `isPost` accepts, when
   * given): the scanner then looks only at what each page change added (and the posts around it)
   * instead of through the whole page.
   */
  postSelector?: string;
  /** With `postSelector`: whether a matching element is a post of its own (not one drawn inside another, say). */
  isPost?(element: Element): boolean;
  /**
   * Reads one container; null when it is not (yet) a complete post. `{ engagement: false }` leaves
   * the counts out (the scanner reads them only for posts that mention the brand).
   */
  extract(element: Element, options?: ExtractOptions): ExtractedPost | null;
  /** The element inside the container that the badge goes before (its text, say); null: append to the container. */
  badgeAnchor(element: Element): Element | null;
  /** Reply and compose boxes under `root`: textareas or the editor's contenteditable element. */
  findReplyBoxes(root: ParentNode): Element[];
}
