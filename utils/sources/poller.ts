// The background's listening sources: on each alarm, every source that is on, due and allowed is
// asked for what is new since its last poll (a few pages at most), its items analysed and matched against the brand, and the brand mentions recorded
// like those seen in pages (recordMentions keeps one per platform + post id, whichever came first).
// Everything the poller knows is read from and written back to storage on every run.
import { analyze, type BrandRules } from '../analysis';
import { towardBrand } from '../analysis/target';
import type { PlatformId } from '../platforms/types';
import { compileBrandMatcher, isOwnAccount, type BrandMatcher, type BrandProfile } from '../tracking/brand';
import { EXCERPT_LENGTH, type FirebreakDb, type Mention } from '../tracking/db';
import { recordMentions } from '../tracking/mentions';
import { clampInterval, delayAfter, isSetupProblem } from './backoff';
import { SOURCE_CLIENTS } from './clients';
import { fetchJson, type FetchLike, type Problem } from './http';
import { parseInstance, sourcePermission } from './permissions';
import { errorOf, stateOf, type SourcesSettings, type SourcesState, type SourceState } from './settings';
import { MAX_PAGES_PER_POLL, SOURCE_IDS, type SourceId, type SourceItem } from './types';

export { MAX_PAGES_PER_POLL };

/** The alarm the background creates: every minute, so Retry-After and each source's own interval are kept to the minute. */
export const SOURCES_ALARM = 'firebreak-sources';
export const SOURCES_ALARM_PERIOD_MINUTES = 1;

const FUTURE_SLACK_MS = 5 * 60_000;

export interface PollDeps {
  db: FirebreakDb;
  now: number;
  settings: SourcesSettings;
  profile: BrandProfile;
  /** The user's lexicon and corrections, as the pages apply them. */
  rules?: BrandRules;
  /** Or read them only when a source is due (the alarm fires every minute). */
  loadRules?(): Promise<BrandRules>;
  fetch: FetchLike;
  /** browser.permissions.contains for one origin pattern. Nothing is fetched without it. */
  hasPermission(pattern: string): Promise<boolean>;
  loadState(): Promise<SourcesState>;
  saveState(state: SourcesState): Promise<void>;
  /**
   * Which of Firebreak's platforms an item is stored under; null: count it, do not store it.
   * Default: the platform the client gives (Hacker News has none, so its items are counted only).
   */
  toPlatform?(source: SourceId, item: SourceItem): PlatformId | null;
  /** API base URLs by source (tests point them at a loopback server). Mastodon's default is its instance. */
  baseUrls?: Partial<Record<SourceId, string>>;
  timeoutMs?: number;
  random?: () => number;
}

export interface SourcePollResult {
  source: SourceId;
  ok: boolean;
  items: number;
  brandItems: number;
  mentionsAdded: number;
  /** The page budget ran out before the previous position (see SourceState.lastTruncated). */
  truncated?: 'skipped' | 'deferred';
  problem?: Problem;
}

export interface PollSummary {
  polled: SourcePollResult[];
  mentionsAdded: number;
}

/** How many items name the brand (the brand's own posts left out). */
export function countBrandItems(items: readonly SourceItem[], matcher: BrandMatcher, ownHandles: readonly string[] = []): number {
  return items.filter((item) => matcher(item.text).length > 0 && !isOwnAccount(ownHandles, item.author)).length;
}

/** A source's items that name the brand, as mentions (or counted only, when they have no platform). */
export function mentionsFromItems(
  source: SourceId,
  items: readonly SourceItem[],
  matcher: BrandMatcher,
  now: number,
  options: { rules?: BrandRules; toPlatform?: PollDeps['toPlatform']; ownHandles?: readonly string[] } = {},
): { mentions: Mention[]; brandItems: number } {
  const mentions: Mention[] = [];
  let brandItems = 0;
  for (const item of items) {
    const hits = matcher(item.text);
    // The brand's own posts are not mentions (isOwnAccount).
    if (hits.length === 0 || isOwnAccount(options.ownHandles ?? [], item.author)) continue;
    brandItems++;
    const platform = options.toPlatform ? options.toPlatform(source, item) : item.platform;
    if (!platform) continue;
    const analysis = towardBrand(item.text, analyze(item.text, options.rules ?? {}), hits, options.rules ?? {});
    mentions.push({
      platform,
      postId: item.postId,
      time: item.time !== undefined && item.time <= now + FUTURE_SLACK_MS ? item.time : now,
      firstSeen: now,
      sentiment: analysis.label,
      score: analysis.score,
      signals: analysis.signals,
      author: item.author,
      permalink: item.permalink,
      excerpt: item.text.slice(0, EXCERPT_LENGTH),
      brandTerms: [...new Set(hits.map((hit) => hit.term))],
      engagement: item.engagement,
      source: 'listening',
    });
  }
  return { mentions, brandItems };
}

const isDue = (state: SourceState, now: number) => (state.nextPoll ?? 0) <= now;

/** A source turned on again since its state was written starts over: due at once, no backoff. */
function current(state: SourcesState, id: SourceId, settings: SourcesSettings): SourceState {
  const known = stateOf(state, id);
  const enabledAt = settings[id].enabledAt;
  if (enabledAt === undefined || known.enabledAt === enabledAt) return known;
  return { ...known, enabledAt, nextPoll: 0, lastError: undefined, consecutiveFailures: 0 };
}

function baseFor(id: SourceId, deps: PollDeps): string | null {
  const override = deps.baseUrls?.[id];
  if (override) return override;
  if (id === 'mastodon') {
    const instance = parseInstance(deps.settings.mastodon.instance);
    return instance.ok ? `https://${instance.host}` : null;
  }
  return SOURCE_CLIENTS[id].defaultBase;
}

function failed(state: SourceState, problem: Problem, now: number, intervalMs: number, random: () => number): SourceState {
  // Set-up problems are not failures of the server: they do not grow the backoff.
  const failures = isSetupProblem(problem) ? state.consecutiveFailures : state.consecutiveFailures + 1;
  return {
    ...state,
    lastPoll: now,
    lastItems: 0,
    lastMentions: 0,
    lastError: errorOf(problem, now),
    consecutiveFailures: failures,
    nextPoll: now + delayAfter(problem, Math.max(failures, 1), intervalMs, random),
  };
}

async function pollOne(id: SourceId, state: SourceState, deps: PollDeps, matcher: BrandMatcher): Promise<{ state: SourceState; result: SourcePollResult }> {
  const { now } = deps;
  const client = SOURCE_CLIENTS[id];
  const settings = deps.settings[id];
  const intervalMs = clampInterval(settings.intervalMinutes) * 60_000;
  const random = deps.random ?? Math.random;
  const fail = (problem: Problem) => ({
    state: failed(state, problem, now, intervalMs, random),
    result: { source: id, ok: false, items: 0, brandItems: 0, mentionsAdded: 0, problem },
  });

  const permission = sourcePermission(id, deps.settings);
  const base = baseFor(id, deps);
  if (!permission || !base) return fail({ code: 'not-configured' });
  const queries = client.queries(deps.profile, { hashtags: id === 'mastodon' ? deps.settings.mastodon.hashtags : undefined });
  if (queries.length === 0) return fail({ code: 'no-terms' });
  // The one gate in front of the network: no permission, no request.
  if (!(await deps.hasPermission(permission).catch(() => false))) return fail({ code: 'permission' });

  const queryIndex = state.queryIndex % queries.length;
  const query = queries[queryIndex]!;
  const previous = state.since[query];
  const read = await readPages(id, query, previous, { base, token: settings.token }, deps);
  if (read.items.length === 0 && read.problem) return fail(read.problem);
  const { items, problem } = read;

  const { mentions, brandItems } = mentionsFromItems(id, items, matcher, now, {
    rules: deps.rules,
    toPlatform: deps.toPlatform,
    ownHandles: deps.profile.handles,
  });
  // Only the posts past the previous position count toward the totals: the rest were counted before.
  const fresh = previous === undefined ? items : items.filter((item) => client.isNewer(item, previous));
  const freshBrandItems = fresh === items ? brandItems : countBrandItems(fresh, matcher, deps.profile.handles);
  const { added } = await recordMentions(deps.db, mentions);

  // A poll that failed after its first page keeps what it read. Paging back, its position stays where
  // it was, so the next poll reads the gap again (and counts it then); paging forward, it moves on.
  const advance = !problem || client.pagesForward === true;
  const next = advance ? client.nextSince(items, previous, read.lastBody) : previous;
  // Only the current queries' positions are kept: a term removed from the profile is forgotten.
  const since: Record<string, string> = {};
  for (const known of queries) {
    const value = known === query ? next : state.since[known];
    if (value !== undefined) since[known] = value;
  }
  const counted = advance ? { items: fresh.length, brandItems: freshBrandItems } : { items: 0, brandItems: 0 };
  const totals: SourceState = {
    ...state,
    itemsFetched: state.itemsFetched + counted.items,
    brandItems: state.brandItems + counted.brandItems,
    mentionsAdded: state.mentionsAdded + added,
    since,
  };
  if (problem) {
    return {
      state: { ...failed(totals, problem, now, intervalMs, random), lastItems: items.length, lastMentions: added, lastTruncated: undefined },
      result: { source: id, ok: false, items: items.length, brandItems, mentionsAdded: added, problem },
    };
  }
  const truncated = read.truncated ? (client.pagesForward ? 'deferred' : 'skipped') : undefined;
  return {
    state: {
      ...totals,
      lastPoll: now,
      lastSuccess: now,
      nextPoll: now + intervalMs,
      lastItems: items.length,
      lastMentions: added,
      lastError: undefined,
      lastTruncated: truncated,
      consecutiveFailures: 0,
      queryIndex: (queryIndex + 1) % queries.length,
    },
    result: { source: id, ok: true, items: items.length, brandItems, mentionsAdded: added, ...(truncated ? { truncated } : {}) },
  };
}

interface PagesRead {
  /** Every item read, each once. */
  items: SourceItem[];
  lastBody: unknown;
  /** The page budget ran out before the previous position was reached. */
  truncated: boolean;
  /** Why reading stopped early, if a page failed. */
  problem?: Problem;
}

/**
 * Reads one query's pages, newest first, until the previous poll's position, the last page, or
 * MAX_PAGES_PER_POLL. A query polled for the first time reads one page: there is no position to
 * reach back to, and a source just turned on should not pour in its whole history.
 */
async function readPages(id: SourceId, query: string, since: string | undefined, options: { base: string; token?: string }, deps: PollDeps): Promise<PagesRead> {
  const client = SOURCE_CLIENTS[id];
  const items: SourceItem[] = [];
  const seen = new Set<string>();
  let page: string | undefined;
  let lastBody: unknown;
  for (let count = 1; ; count++) {
    const request = client.request(query, { ...options, since, page });
    const response = await fetchJson(deps.fetch, request.url, request.headers, { timeoutMs: deps.timeoutMs, now: deps.now });
    if (!response.ok) return { items, lastBody, truncated: false, problem: response.problem };
    const parsed = client.parse(response.body);
    if (!parsed) return { items, lastBody, truncated: false, problem: { code: 'bad-response', status: response.status } };
    lastBody = response.body;
    // Pages can overlap when posts arrive while they are read.
    for (const item of parsed) {
      if (seen.has(item.postId)) continue;
      seen.add(item.postId);
      items.push(item);
    }
    if (since === undefined || parsed.length === 0 || parsed.some((item) => !client.isNewer(item, since))) break;
    const next = client.nextPage(response.body, parsed);
    if (next === undefined || next === page) break;
    if (count >= MAX_PAGES_PER_POLL) return { items, lastBody, truncated: true };
    page = next;
  }
  return { items, lastBody, truncated: false };
}

/**
 * Polls every source that is on and due. With every source off it returns at once: no permission
 * check, no request. Sources are asked one after the other and the state is saved after each, so a
 * worker stopped halfway loses nothing. Never throws for a source's failure: it is recorded in its state.
 */
export async function pollDueSources(deps: PollDeps): Promise<PollSummary> {
  const enabled = SOURCE_IDS.filter((id) => deps.settings[id].enabled);
  if (enabled.length === 0) return { polled: [], mentionsAdded: 0 };
  let state = await deps.loadState();
  const due = enabled.filter((id) => isDue(current(state, id, deps.settings), deps.now));
  if (due.length === 0) return { polled: [], mentionsAdded: 0 };

  const matcher = compileBrandMatcher(deps.profile);
  if (!deps.rules && deps.loadRules) deps = { ...deps, rules: await deps.loadRules().catch(() => undefined) };
  const polled: SourcePollResult[] = [];
  for (const id of due) {
    const before = current(state, id, deps.settings);
    const outcome = await pollOne(id, before, deps, matcher).catch(
      // Recording failed (a full disk): back off like any failure, and say so.
      (): { state: SourceState; result: SourcePollResult } => ({
        state: failed(before, { code: 'storage' }, deps.now, clampInterval(deps.settings[id].intervalMinutes) * 60_000, deps.random ?? Math.random),
        result: { source: id, ok: false, items: 0, brandItems: 0, mentionsAdded: 0, problem: { code: 'storage' } },
      }),
    );
    state = { ...state, [id]: outcome.state };
    await deps.saveState(state);
    polled.push(outcome.result);
  }
  return { polled, mentionsAdded: polled.reduce((sum, result) => sum + result.mentionsAdded, 0) };
}
