import { storage } from 'wxt/utils/storage';
import type { LexiconRule } from './analysis';
import { PLATFORM_IDS, type PlatformId } from './platforms/types';
import { DEFAULT_PLAN, type CrisisPlan } from './plan/plan';
import { EMPTY_BRAND, type BrandProfile } from './tracking/brand';
import type { BrandMemory } from './tracking/brand-change';
import type { PlatformStatus, SpikeDetectorState } from './tracking/detect';
import type { CrisisLevel } from './tracking/levels';
import type { SnoozeWatch } from './tracking/snooze';
import { PRESET_THRESHOLDS, type SpikeThresholds } from './tracking/thresholds';

/** How badges show in pages. */
export interface DisplaySettings {
  /** Badge every post, or only those that mention the brand. */
  badges: 'all' | 'brand';
  /** A dot instead of a labelled pill. */
  compact: boolean;
  /** Platforms Firebreak reads; the others are left alone. */
  platforms: Record<PlatformId, boolean>;
}

export const DEFAULT_DISPLAY: DisplaySettings = {
  badges: 'all',
  compact: false,
  platforms: Object.fromEntries(PLATFORM_IDS.map((id) => [id, true])) as Record<PlatformId, boolean>,
};

export const displaySettings = storage.defineItem<DisplaySettings>('local:display', {
  fallback: DEFAULT_DISPLAY,
  version: 1,
});

export const brandProfile = storage.defineItem<BrandProfile>('local:brand', {
  fallback: EMPTY_BRAND,
  version: 1,
});

/** Whether a brand names anything to listen for: a name, handle, hashtag or product (exclusions alone do not). */
export function hasBrandTerms(brand: BrandProfile): boolean {
  return brand.names.length + brand.handles.length + brand.hashtags.length + brand.products.length > 0;
}

/** The user's own brand lexicon: term → valence (−4..4) or 'ignore' ("Killer Deal" is a product). */
export const brandLexicon = storage.defineItem<Record<string, LexiconRule>>('local:lexicon', {
  fallback: {},
  version: 1,
});

/** The team's crisis plan (roles, response target, approvals, pre-approved messages, checklist). */
export const crisisPlan = storage.defineItem<CrisisPlan>('local:plan', {
  fallback: DEFAULT_PLAN,
  version: 1,
});

/** Settings stored before a platform existed get it switched on. */
export function withAllPlatforms(settings: DisplaySettings): DisplaySettings {
  return { ...DEFAULT_DISPLAY, ...settings, platforms: { ...DEFAULT_DISPLAY.platforms, ...settings.platforms } };
}

/** The spike thresholds: a preset, or custom values on top of one. */
export const spikeThresholds = storage.defineItem<SpikeThresholds>('local:thresholds', {
  fallback: PRESET_THRESHOLDS.balanced,
  version: 1,
});

/** How many days of mentions to keep. */
export const retentionDays = storage.defineItem<number>('local:retentionDays', {
  fallback: 30,
  version: 1,
});

/**
 * Notifications: snoozed until a time, or muted altogether. Levels and the badge go on regardless.
 * Each person's own: never put in a settings file or taken from one (Settings → Desktop notifications).
 */
export interface AlertingSettings {
  snoozedUntil: number;
  muted: boolean;
}

export const alerting = storage.defineItem<AlertingSettings>('local:alerting', {
  fallback: { snoozedUntil: 0, muted: false },
  version: 1,
});

/** What the popup shows at once: written by the worker after every evaluation. */
export interface ListeningStatus {
  level: CrisisLevel;
  /** Why, for the platform at the highest level; null at normal. */
  reason: string | null;
  /** When the reason's figures were measured (see PlatformStatus.reasonAt); absent in older saves. */
  reasonAt?: number | null;
  since: number;
  evaluatedAt: number;
  platforms: PlatformStatus[];
  /** Set when the last write failed for lack of disk space. */
  storageProblem: string | null;
}

export const listeningStatus = storage.defineItem<ListeningStatus | null>('local:status', {
  fallback: null,
  version: 1,
});

/** The detector's memory between evaluations: the worker may be stopped at any moment. */
export const detectorState = storage.defineItem<SpikeDetectorState | null>('local:detector', {
  fallback: null,
  version: 1,
});

/**
 * The worker's memory of the snooze it is watching, to tell what it held once it ends (see
 * tracking/snooze.ts). The worker's own: never in a settings file.
 */
export const snoozeWatch = storage.defineItem<SnoozeWatch | null>('local:snoozeWatch', {
  fallback: null,
  version: 1,
});

/**
 * The worker's memory of the brand it last saw, and when it last became a different brand: every
 * platform then relearns its normal (see tracking/brand-change.ts). Never in a settings file.
 */
export const brandSeen = storage.defineItem<BrandMemory | null>('local:brandSeen', {
  fallback: null,
  version: 1,
});

/** Mastodon instances the user added (beyond the default ones), each with its host permission. */
export const mastodonHosts = storage.defineItem<string[]>('local:mastodonHosts', {
  fallback: [],
  version: 1,
});
