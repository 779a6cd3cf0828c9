// The background's listening sources: on each alarm, every source that is on, due and allowed is
// asked for what is new since its last poll (a few pages at most), its items analysed and matched against the brand, and the brand mentions recorded
// like those seen in pages (recordMentions keeps one per platform + post id, whichever came first).
// Everything the poller knows is read from and written back to storage on every run.
import { analyze, type BrandRules } from '../analysis';
import { towardBrand } from '../analysis/target';
import { webUrl } from '../platforms/dom';
import type { PlatformId } from '../platforms/types';
import { compileBrandMatcher, isOwnAccount, type BrandMatcher, type BrandProfile } from '../tracking/brand';
import { EXCERPT_LENGTH, type FirebreakDb, type Mention } from '../tracking/db';
import { recordMentions } from '../tracking/mentions';
import { clampInterval, delayAfter, isSetupProblem } from './backoff';
import { SOURCE_CLIENTS } from './clients';
import { fetchJson, type FetchLike, type Problem } from './http';
import { parseInstance, sourcePermission } from './permissions';
import { errorOf, stateOf, type GapReport, type SourceGap, type SourcesSettings, type SourcesState, type SourceState } from './settings';
import {
  GAP_RESERVE_PAGES,
  MAX_GAP_AGE_MS,
  MAX_GAPS_PER_QUERY,
  MAX_PAGES_PER_POLL,
  oldestTime,
  SOURCE_IDS,
  type GapSupport,
  type SourceClient,
  type SourceId,
  type SourceItem,
  type SourceRequest,
} from './types';

export { GAP_RESERVE_PAGES, MAX_GAP_AGE_MS, MAX_GAPS_PER_QUERY, MAX_PAGES_PER_POLL };

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
  /** The user's access tokens, by source (secrets: never in the settings or the state). */
  tokens?: Partial<Record<SourceId, string>>;
  /** Or read them only when a source is due (the secrets store, see secrets.ts). */
  loadTokens?(): Promise<Partial<Record<SourceId, string>>>;
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
  /** Posts older than this (ms) are not stored: the retention the user set, as the pages' posts. */
  keepFrom?: number;
  /**
   * Whether a source is still turned on, asked again just before it is polled: one turned off while an
   * earlier source was being read is not asked (its host may be granted anyway, as a content-script match).
   */
  stillEnabled?(source: SourceId): Promise<boolean>;
}

export interface SourcePollResult {
  source: SourceId;
  ok: boolean;
  items: number;
  brandItems: number;
  mentionsAdded: number;
  /** The page budget ran out before the previous position (see SourceState.lastTruncated). */
  truncated?: 'skipped' | 'deferred' | 'gap';
  /** What this poll did about gaps (see SourceState.gaps), when it did anything. */
  gap?: GapReport;
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
      permalink: webUrl(item.permalink),
      excerpt: item.text.slice(0, EXCERPT_LENGTH),
      brandTerms: [...new Set(hits.map((hit) => hit.term))],
      engagement: item.engagement,
      source: 'listening',
    });
  }
  return { mentions, brandItems };
}

const isDue = (state: SourceState, now: number) => (state.nextPoll ?? 0) <= now;

/** A gap whose newest unread post is more than MAX_GAP_AGE_MS old: given up, not read. */
const tooOld = (gap: SourceGap, now: number) => gap.newest < now - MAX_GAP_AGE_MS;

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

/** Problems of one query, not of the whole source: the next poll asks the next query. */
const QUERY_PROBLEMS: ReadonlySet<Problem['code']> = new Set(['client', 'not-found', 'bad-response', 'timeout']);

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
  // A problem with this query (refused, not found, unreadable, too slow) moves on to the next one at the next
  // poll, so one term the API rejects never keeps a one-term-a-poll source from the brand's other terms.
  const failQuery = <T extends { state: SourceState }>(outcome: T, problem: Problem): T =>
    QUERY_PROBLEMS.has(problem.code) ? { ...outcome, state: { ...outcome.state, queryIndex: (queryIndex + 1) % queries.length } } : outcome;
  const previous = state.since[query];
  const options = { base, token: deps.tokens?.[id] || undefined };
  // New posts first: back to the previous position, with the whole page budget if need be, but for
  // the pages kept for gaps while any is open. In a flood that fills every poll, the gaps of earlier
  // polls are then still read, a page at a time, instead of waiting for a quiet that may come too late.
  const reserve = client.gaps && queries.some((known) => state.gaps?.[known]?.some((gap) => !tooOld(gap, now))) ? GAP_RESERVE_PAGES : 0;
  const read = await readPages(client, (page) => client.request(query, { ...options, since: previous, page }), previous, MAX_PAGES_PER_POLL - reserve, deps);
  if (read.items.length === 0 && read.problem) return failQuery(fail(read.problem), read.problem);

  // Only the posts past the previous position count toward the totals: the rest were counted before.
  const fresh = previous === undefined ? read.items : read.items.filter((item) => client.isNewer(item, previous));

  // A poll that failed after its first page keeps what it read. Paging back, its position stays where
  // it was, so the next poll reads the gap again (and counts it then); paging forward, it moves on.
  const advance = !read.problem || client.pagesForward === true;
  const next = advance ? client.nextSince(read.items, previous, read.lastBody) : previous;
  // Only the current queries' positions and gaps are kept: a term removed from the profile is forgotten.
  const since: Record<string, string> = {};
  let gaps: Record<string, SourceGap[]> = {};
  for (const known of queries) {
    const value = known === query ? next : state.since[known];
    if (value !== undefined) since[known] = value;
    const open = state.gaps?.[known];
    if (open && open.length > 0) gaps[known] = open;
  }

  let truncated: SourcePollResult['truncated'];
  let gapRead: GapsRead = { items: [], fresh: [], report: { items: 0 } };
  if (!read.problem) {
    if (read.end === 'budget') {
      // Cut short: the posts between here and the previous position are a gap, read by the next polls.
      const opened = client.gaps && previous !== undefined ? openGap(client.gaps, read, previous, now) : undefined;
      if (opened) gaps = { ...gaps, [query]: [opened, ...(gaps[query] ?? [])] };
      truncated = opened ? 'gap' : client.pagesForward ? 'deferred' : 'skipped';
    }
    if (client.gaps) {
      // What is left of the budget (the reserve at least) goes back for gaps, every query's, the oldest first.
      gapRead = await readGaps(client, client.gaps, gaps, MAX_PAGES_PER_POLL - read.pages, new Set(read.items.map((item) => item.postId)), options, deps);
      gaps = gapRead.gaps ?? gaps;
    }
  }
  const items = [...read.items, ...gapRead.items];
  const problem = read.problem ?? gapRead.problem;

  const { mentions, brandItems } = mentionsFromItems(id, items, matcher, now, {
    rules: deps.rules,
    toPlatform: deps.toPlatform,
    ownHandles: deps.profile.handles,
  });
  const counted = advance
    ? {
        items: fresh.length + gapRead.fresh.length,
        brandItems: countBrandItems(fresh, matcher, deps.profile.handles) + countBrandItems(gapRead.fresh, matcher, deps.profile.handles),
      }
    : { items: 0, brandItems: 0 };
  const keepFrom = deps.keepFrom;
  const { added } = await recordMentions(deps.db, keepFrom === undefined ? mentions : mentions.filter((mention) => mention.time >= keepFrom));

  const report = gapRead.report;
  const lastGap = report.items > 0 || report.closed || report.givenUp ? report : undefined;
  const totals: SourceState = {
    ...state,
    itemsFetched: state.itemsFetched + counted.items,
    brandItems: state.brandItems + counted.brandItems,
    mentionsAdded: state.mentionsAdded + added,
    since,
    gaps: Object.keys(gaps).length > 0 ? gaps : undefined,
    lastGap,
  };
  if (problem) {
    return failQuery({
      state: { ...failed(totals, problem, now, intervalMs, random), lastItems: items.length, lastMentions: added, lastTruncated: undefined },
      result: { source: id, ok: false, items: items.length, brandItems, mentionsAdded: added, problem, ...(lastGap ? { gap: lastGap } : {}) },
    }, problem);
  }
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
    result: { source: id, ok: true, items: items.length, brandItems, mentionsAdded: added, ...(truncated ? { truncated } : {}), ...(lastGap ? { gap: lastGap } : {}) },
  };
}

/** The gap a cut-short read leaves: from the oldest post it read back to the position it was reading back to. */
function openGap(support: GapSupport, read: PagesRead, since: string, now: number): SourceGap | undefined {
  const resume = support.resume(read.items, read.next);
  if (resume === undefined) return undefined;
  return { since, resume, ...seenAt(support, read.items, resume), newest: oldestTime(read.items) ?? now, openedAt: now };
}

/** The gap after some of it was read (its newer end moved down), or undefined when it cannot be told where it goes on. */
function movedGap(support: GapSupport, gap: SourceGap, items: readonly SourceItem[], next: string | undefined): SourceGap | undefined {
  if (items.length === 0) return gap;
  const resume = support.resume(items, next);
  if (resume === undefined) return undefined;
  const seen = seenAt(support, items, resume).seen ?? [];
  // Still at the same place (every post read lies there): what was seen there before still holds.
  const kept = resume === gap.resume ? [...new Set([...(gap.seen ?? []), ...seen])] : seen;
  return {
    since: gap.since,
    resume,
    ...(kept.length > 0 ? { seen: kept.slice(-MAX_SEEN) } : {}),
    newest: Math.min(gap.newest, oldestTime(items) ?? gap.newest),
    openedAt: gap.openedAt,
  };
}

/** Ids kept per gap for the posts at its resume position (two or three, in practice). */
const MAX_SEEN = 100;

function seenAt(support: GapSupport, items: readonly SourceItem[], resume: string): { seen?: string[] } {
  const seen = support.atResume ? items.filter((item) => support.atResume!(item, resume)).map((item) => item.postId) : [];
  return seen.length > 0 ? { seen: seen.slice(-MAX_SEEN) } : {};
}

interface GapsRead {
  /** Every item read from gaps and not read before in this poll. */
  items: SourceItem[];
  /** Those new to the totals: inside their gap, not read by an earlier poll. */
  fresh: SourceItem[];
  report: GapReport;
  /** The gaps left, by query; undefined: unchanged. */
  gaps?: Record<string, SourceGap[]>;
  problem?: Problem;
}

/**
 * Gives up the gaps too old (or too many: past MAX_GAPS_PER_QUERY a query's oldest) to go back for,
 * then reads the others while the budget lasts, the oldest first whichever query it belongs to: its
 * posts are the next to be given up (by age, or by the limit when a flood goes on), and they are the
 * wave's beginning, where a crisis is understood from. The newest posts are the new-post read's.
 * A gap is closed when its reading reaches its old end; otherwise it moves down to where this poll
 * stopped, keeping the rest for the next polls.
 */
async function readGaps(
  client: SourceClient,
  support: GapSupport,
  gaps: Record<string, SourceGap[]>,
  budget: number,
  readBefore: Set<string>,
  options: { base: string; token?: string },
  deps: PollDeps,
): Promise<GapsRead> {
  const out: GapsRead = { items: [], fresh: [], report: { items: 0 } };
  const giveUp = (reason: NonNullable<GapReport['givenUp']>) => {
    // One reason is shown: the most telling one.
    if (out.report.givenUp !== 'age') out.report.givenUp = reason;
  };
  // The gaps kept, in their stored order (by query, newest first); `gap` becomes where it goes on, or undefined once closed or given up.
  const open: Array<{ query: string; gap: SourceGap | undefined }> = [];
  for (const [query, list] of Object.entries(gaps)) {
    let kept = 0;
    for (const gap of list) {
      if (tooOld(gap, deps.now)) giveUp('age');
      else if (kept >= MAX_GAPS_PER_QUERY) giveUp('limit');
      else {
        kept++;
        open.push({ query, gap });
      }
    }
  }
  // Oldest first: the gap whose newest unread post is the oldest (sort is stable: ties keep the stored order).
  const order = [...open].sort((a, b) => a.gap!.newest - b.gap!.newest);
  for (const entry of order) {
    if (budget <= 0 || out.problem) break;
    const { query } = entry;
    const gap = entry.gap!;
    const read = await readPages(client, (page) => support.request(query, { ...options, since: gap.since, resume: gap.resume, page }), gap.since, budget, deps);
    budget -= read.pages;
    const seen = new Set(gap.seen);
    for (const item of read.items) {
      if (readBefore.has(item.postId)) continue;
      readBefore.add(item.postId);
      out.items.push(item);
      if (!seen.has(item.postId) && client.isNewer(item, gap.since)) out.fresh.push(item);
    }
    out.report.items = out.fresh.length;
    if (read.problem) {
      out.problem = read.problem;
      entry.gap = movedGap(support, gap, read.items, read.next) ?? gap;
    } else if (read.end === 'reached' || (read.end === 'last-page' && support.bounded)) {
      out.report.closed = true;
      entry.gap = undefined;
    } else if (read.end === 'last-page') {
      giveUp('reach');
      entry.gap = undefined;
    } else {
      // Cut short by the budget: the rest of the gap is kept, from where this reading stopped.
      entry.gap = movedGap(support, gap, read.items, read.next);
      if (!entry.gap) giveUp('reach');
    }
  }
  const left: Record<string, SourceGap[]> = {};
  for (const { query, gap } of open) if (gap) (left[query] ??= []).push(gap);
  out.gaps = left;
  return out;
}

interface PagesRead {
  /** Every item read, each once. */
  items: SourceItem[];
  lastBody: unknown;
  /** Requests made. */
  pages: number;
  /**
   * Why reading stopped: 'reached', a page held a post no newer than the position (or there was no
   * position: one page only); 'last-page', the service had no further page; 'budget', the page
   * budget ran out first; 'failed', a page failed (see problem).
   */
  end: 'reached' | 'last-page' | 'budget' | 'failed';
  /** The page after the last one read, if the service gave one (the failed page's, when one failed). */
  next?: string;
  /** Why reading stopped early, if a page failed. */
  problem?: Problem;
}

/**
 * Reads pages, newest first, until a post no newer than `stopAt`, the last page, or `budget` pages.
 * A query polled for the first time (no `stopAt`) reads one page: there is no position to reach
 * back to, and a source just turned on should not pour in its whole history.
 */
async function readPages(
  client: SourceClient,
  request: (page: string | undefined) => SourceRequest,
  stopAt: string | undefined,
  budget: number,
  deps: PollDeps,
): Promise<PagesRead> {
  const items: SourceItem[] = [];
  const seen = new Set<string>();
  let page: string | undefined;
  let lastBody: unknown;
  for (let count = 1; ; count++) {
    const { url, headers } = request(page);
    const response = await fetchJson(deps.fetch, url, headers, { timeoutMs: deps.timeoutMs, now: deps.now });
    if (!response.ok) return { items, lastBody, pages: count, end: 'failed', next: page, problem: response.problem };
    const parsed = client.parse(response.body);
    if (!parsed) return { items, lastBody, pages: count, end: 'failed', next: page, problem: { code: 'bad-response', status: response.status } };
    lastBody = response.body;
    // Pages can overlap when posts arrive while they are read.
    for (const item of parsed) {
      if (seen.has(item.postId)) continue;
      seen.add(item.postId);
      items.push(item);
    }
    if (stopAt === undefined || parsed.some((item) => !client.isNewer(item, stopAt))) return { items, lastBody, pages: count, end: 'reached' };
    const next = parsed.length === 0 ? undefined : client.nextPage(response.body, parsed);
    if (next === undefined || next === page) return { items, lastBody, pages: count, end: 'last-page' };
    if (count >= budget) return { items, lastBody, pages: count, end: 'budget', next };
    page = next;
  }
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
  if (!deps.tokens && deps.loadTokens) deps = { ...deps, tokens: await deps.loadTokens().catch(() => undefined) };
  const polled: SourcePollResult[] = [];
  for (const id of due) {
    if (deps.stillEnabled && !(await deps.stillEnabled(id).catch(() => false))) continue;
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
