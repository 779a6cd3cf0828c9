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
  /** The `since` to use next time, from this page of items (and the previous one). */
  nextSince(items: readonly SourceItem[], previous: string | undefined, body: unknown): string | undefined;
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
