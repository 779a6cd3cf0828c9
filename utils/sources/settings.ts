// The sources' and team alerts' own storage items. Settings (what the user chose) and state (what
// the worker learned) are separate items: the options page writes one, the worker the other, and
// neither overwrites the other's change. None of these is in the settings file: the state is this
// browser's own. The secrets (the webhook address, a source's token) are not here at all: content
// scripts can read storage.local, so they live in the secrets store (secrets.ts), which also moves
// those an earlier version kept in these items. These items keep their version: a WXT migration runs
// wherever an item is defined, and would drop the secret before it was copied.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_INTERVAL_MINUTES } from './backoff';
import type { Problem, ProblemCode } from './http';
import { SOURCE_IDS, type SourceId } from './types';

export interface SourceSettings {
  /** Off until the user turns it on (and grants the host permission). */
  enabled: boolean;
  /** Minutes between polls: at least 5, default 10. */
  intervalMinutes: number;
  // The user's own access token, for an API or mirror that asks for one, is a secret: secrets.ts.
  /**
   * When the user last turned it on. The worker alone writes the state; a new value here tells it
   * to start over (due at once, no backoff left from before).
   */
  enabledAt?: number;
}

export interface MastodonSourceSettings extends SourceSettings {
  /** The instance whose hashtag timeline is read: "mastodon.social". Empty until chosen. */
  instance: string;
  /** Hashtags to follow, comma-separated; empty: the brand's hashtags and one-word names. */
  hashtags: string;
}

export interface SourcesSettings {
  bluesky: SourceSettings;
  mastodon: MastodonSourceSettings;
  reddit: SourceSettings;
  hackernews: SourceSettings;
}

const off: SourceSettings = { enabled: false, intervalMinutes: DEFAULT_INTERVAL_MINUTES };

export const DEFAULT_SOURCES: SourcesSettings = {
  bluesky: { ...off },
  mastodon: { ...off, instance: '', hashtags: '' },
  reddit: { ...off },
  hackernews: { ...off },
};

export const sourcesSettings = storage.defineItem<SourcesSettings>('local:sources', {
  fallback: DEFAULT_SOURCES,
  version: 1,
});

/** Stored settings with every source present (a source added later starts off). */
export function withAllSources(settings: Partial<SourcesSettings> | null | undefined): SourcesSettings {
  return {
    bluesky: { ...DEFAULT_SOURCES.bluesky, ...settings?.bluesky },
    mastodon: { ...DEFAULT_SOURCES.mastodon, ...settings?.mastodon },
    reddit: { ...DEFAULT_SOURCES.reddit, ...settings?.reddit },
    hackernews: { ...DEFAULT_SOURCES.hackernews, ...settings?.hackernews },
  };
}

export interface SourceError {
  code: ProblemCode;
  status?: number;
  at: number;
}

/** A problem as it is kept in state: its code and status (never text that could hold a URL), and when. */
export const errorOf = (problem: Problem, at: number): SourceError => ({
  code: problem.code,
  ...(problem.status !== undefined ? { status: problem.status } : {}),
  at,
});

/** What the worker knows about one source: persisted after every poll (the worker may stop at any time). */
export interface SourceState {
  lastPoll?: number;
  lastSuccess?: number;
  /** When it is due again; 0 or absent: at the next alarm. */
  nextPoll?: number;
  /**
   * Totals since the source was turned on, of new posts only: a post read again (Reddit's search
   * returns the same newest posts every time) is not counted again.
   */
  itemsFetched: number;
  /** New items that named the brand (Hacker News ones are counted here even when not recorded). */
  brandItems: number;
  mentionsAdded: number;
  /** The last poll's figures: the posts it read, the mentions it added. */
  lastItems: number;
  lastMentions: number;
  /**
   * The last poll stopped at its page budget before reaching where the one before got to:
   * 'skipped', the posts in between were not read; 'deferred', the next poll reads them (paging
   * forward); 'gap', the next polls go back for them (see gaps).
   */
  lastTruncated?: 'skipped' | 'deferred' | 'gap';
  /** Per query: the gaps still to be read, newest first (see SourceGap). */
  gaps?: Record<string, SourceGap[]>;
  /** What the last poll did about gaps, when it did anything. */
  lastGap?: GapReport;
  lastError?: SourceError;
  consecutiveFailures: number;
  /** Which query is next (sources that take one term per poll). */
  queryIndex: number;
  /** Per query: where the last poll got to (a time or an id, as the client writes it). */
  since: Record<string, string>;
  /** The settings' enabledAt this state belongs to. */
  enabledAt?: number;
}

/**
 * The posts a cut-short poll did not reach, between where it stopped and where the poll before it
 * got to. The following polls read them, after the new posts, with what is left of their page budget.
 */
export interface SourceGap {
  /** The gap's old end: the position the cut-short poll was reading back to (not itself missing). */
  since: string;
  /** Where reading goes on, as the client's gap request takes it (a time, or Reddit's `after`). */
  resume: string;
  /** Posts already read that lie exactly at `resume` (the request reads them again): not counted twice. */
  seen?: string[];
  /** The time of the oldest post read above the gap (ms): nothing newer is missing. A day old, it is given up. */
  newest: number;
  /** When the cut-short poll found it. */
  openedAt: number;
}

/** Why a gap was given up: its posts are more than a day old; too many polls in a row were cut short; the service lists nothing further back. */
export type GapGiveUp = 'age' | 'limit' | 'reach';

export interface GapReport {
  /** New posts read from gaps. */
  items: number;
  /** A gap was read to its end. */
  closed?: boolean;
  /** A gap was given up, its remaining posts not read. */
  givenUp?: GapGiveUp;
}

/** How many gaps are still being read back. */
export const openGaps = (state: Pick<SourceState, 'gaps'>): number => Object.values(state.gaps ?? {}).reduce((sum, list) => sum + list.length, 0);

export type SourcesState = Partial<Record<SourceId, SourceState>>;

export const EMPTY_SOURCE_STATE: SourceState = {
  itemsFetched: 0,
  brandItems: 0,
  mentionsAdded: 0,
  lastItems: 0,
  lastMentions: 0,
  consecutiveFailures: 0,
  queryIndex: 0,
  since: {},
};

export const sourcesState = storage.defineItem<SourcesState>('local:sourcesState', {
  fallback: {},
  version: 1,
});

export const stateOf = (state: SourcesState, id: SourceId): SourceState => ({ ...EMPTY_SOURCE_STATE, ...state[id] });

// --- Team alerts ------------------------------------------------------------------------------------

export const WEBHOOK_KINDS = ['slack', 'teams', 'generic'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

export interface TeamAlertsSettings {
  enabled: boolean;
  kind: WebhookKind;
  /** Post when the level rises (watch, crisis). */
  levelChanges: boolean;
  /** Post the popup's internal update (practice 6) when the user sends it. */
  internalUpdates: boolean;
}

export const DEFAULT_TEAM_ALERTS: TeamAlertsSettings = {
  enabled: false,
  kind: 'slack',
  levelChanges: true,
  internalUpdates: true,
};

/**
 * What sending needs: the settings, and the incoming webhook's address from the secrets store (a secret:
 * shown masked, never logged, exported or kept in storage.local).
 */
export interface TeamAlertsConfig extends TeamAlertsSettings {
  url: string;
}

export const teamAlertsSettings = storage.defineItem<TeamAlertsSettings>('local:teamAlerts', {
  fallback: DEFAULT_TEAM_ALERTS,
  version: 1,
});

export interface TeamAlertsState {
  sent: number;
  failed: number;
  lastSent?: number;
  lastError?: SourceError;
}

export const teamAlertsState = storage.defineItem<TeamAlertsState>('local:teamAlertsState', {
  fallback: { sent: 0, failed: 0 },
  version: 1,
});

export { SOURCE_IDS };
