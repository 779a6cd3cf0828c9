// What every listening source has in common. One client per source behind one interface: each
// knows its API's request and response shapes; the poller never asks which source it runs.
import type { Engagement, ExtractedPost, PlatformId } from '../platforms/types';
import type { BrandProfile } from '../tracking/brand';

export const SOURCE_IDS = ['bluesky', 'mastodon', 'reddit', 'hackernews'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** One post or comment as a source returned it, already in plain text: a page's post, by other means. */
export interface SourceItem extends Omit<ExtractedPost, 'id' | 'platform'> {
  /**
   * The id the page adapter uses for the same post, so that recordMentions keeps one mention
   * whether it came from a page or from the source.
   */
  postId: string;
  /** Where the post lives, when that is one of Firebreak's platforms; null for Hacker News. */
  platform: PlatformId | null;
}

/**
 * Pages one poll may read to catch up with the previous one (25 to 50 posts each). Past that the
 * poll stops and says it was cut short, rather than asking the service on and on.
 */
export const MAX_PAGES_PER_POLL = 4;

/**
 * Pages of a poll kept for gaps while any is open (see GapSupport): new posts then take at most
 * MAX_PAGES_PER_POLL - GAP_RESERVE_PAGES. Without it a flood that fills every poll's budget with new
 * posts leaves nothing for the gaps, and they are given up unread: the wave's earlier posts, lost
 * exactly during a crisis. New posts still take most of the budget: they are what the level is read from.
 */
export const GAP_RESERVE_PAGES = 1;

/**
 * A gap (the posts a cut-short poll did not reach) is read by the following polls until it is
 * closed or its newest unread post is this old: then it is given up. Retention is a day at the
 * least, so nothing a gap could still bring back is older than what the database keeps.
 */
export const MAX_GAP_AGE_MS = 24 * 60 * 60_000;

/**
 * Gaps kept per query; past that (a flood that cuts short poll after poll) the oldest is given up.
 * A gap is a few hundred bytes (up to 100 post ids at its resume point), so twelve cost little; with
 * the page kept for gaps, a flood of 150 posts every ten minutes then loses nothing for two hours
 * (six gaps lost 207 posts of a 12-poll flood).
 */
export const MAX_GAPS_PER_QUERY = 12;

export interface SourceRequest {
  url: string;
  headers: Record<string, string>;
}

export interface RequestOptions {
  /** The API's base URL (scheme and host, no trailing slash); tests point it at a loopback server. */
  base: string;
  /** The user's own token, for an API or a mirror that asks for one; sent as a bearer token. */
  token?: string;
  /** Where the previous poll of this query got to (a time, an id), as the client wrote it. */
  since?: string;
  /** The next page of this poll, as nextPage gave it; absent for the first page. */
  page?: string;
}

/** A gap's request: `since` is the position the cut-short poll was reading back to, `resume` where reading goes on. */
export interface GapRequestOptions extends RequestOptions {
  since: string;
  resume: string;
}

/**
 * How a client that pages back goes back for a gap: the posts between where a cut-short poll
 * stopped and the position it was reading back to. Each later poll reads new posts first (leaving
 * GAP_RESERVE_PAGES while gaps are open), then spends what is left of its page budget here, on the
 * source's gaps oldest first, whichever query they belong to.
 */
export interface GapSupport {
  /** One page of the gap: posts from `resume` back to `since`; `page` as nextPage gave it within the same poll. */
  request(query: string, options: GapRequestOptions): SourceRequest;
  /**
   * Where the gap goes on after these items were read (newest first), `next` being the token of
   * the page after the last one read; undefined when it cannot be told.
   */
  resume(items: readonly SourceItem[], next: string | undefined): string | undefined;
  /** Whether an item lies exactly at a resume position: the request from there reads it again (it is counted once). */
  atResume?(item: SourceItem, resume: string): boolean;
  /**
   * True when the request is bounded by `since`, so that its last page ends the gap (closed).
   * Otherwise a last page before `since` means the service lists nothing further back (given up).
   */
  bounded: boolean;
}

export interface SourceClient {
  id: SourceId;
  /** The API's origin when it is fixed (https://host); Mastodon's depends on the instance. */
  defaultBase: string;
  /** What to ask for, from the brand profile: one query per poll, taken in turn. */
  queries(profile: BrandProfile, settings: { hashtags?: string }): string[];
  request(query: string, options: RequestOptions): SourceRequest;
  /** The items in a response body, or null when the body is not the shape the API documents. */
  parse(body: unknown): SourceItem[] | null;
  /** The `since` to use next time, from this poll's items (and the previous one). */
  nextSince(items: readonly SourceItem[], previous: string | undefined, body: unknown): string | undefined;
  /**
   * The token for the next page of the same poll, or undefined when this page was the last. Most
   * clients page back, toward older posts, until the previous poll's position; Mastodon pages
   * forward from it (see pagesForward).
   */
  nextPage(body: unknown, items: readonly SourceItem[]): string | undefined;
  /** Whether an item lies past `since` (newer than where the previous poll got to). */
  isNewer(item: SourceItem, since: string): boolean;
  /**
   * True when pages go forward from `since`, oldest first: a poll that stops early loses nothing,
   * the next one carries on from where it stopped. Otherwise pages go back from the newest, and
   * posts between the last page read and `since` are a gap: read by the next polls with `gaps`,
   * skipped without.
   */
  pagesForward?: boolean;
  /** Going back for the posts a cut-short poll skipped; absent: they stay skipped (and the status says so). */
  gaps?: GapSupport;
}

export function headersFor(options: RequestOptions): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  return headers;
}

/** Terms unique without regard to case, in order, empty ones dropped. */
export function uniqueTerms(terms: readonly string[], limit: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of terms) {
    const term = raw.trim();
    const key = term.toLowerCase();
    if (!term || seen.has(key)) continue;
    seen.add(key);
    out.push(term);
    if (out.length >= limit) break;
  }
  return out;
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
export const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const countOf = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;

/** Engagement with the counts that exist; undefined when none does. */
export function engagementOf(counts: { replies?: number; reposts?: number; likes?: number }): Engagement | undefined {
  const engagement: Engagement = {};
  for (const key of ['replies', 'reposts', 'likes'] as const) {
    const count = counts[key];
    if (count !== undefined) engagement[key] = count;
  }
  return Object.keys(engagement).length > 0 ? engagement : undefined;
}

/** The oldest time among items (ms), or undefined when none has one. */
export function oldestTime(items: readonly SourceItem[]): number | undefined {
  let oldest: number | undefined;
  for (const item of items) if (item.time !== undefined && (oldest === undefined || item.time < oldest)) oldest = item.time;
  return oldest;
}
