import { storage } from 'wxt/utils/storage';
import type { LexiconRule } from './analysis';
import { PLATFORM_IDS, type PlatformId } from './platforms/types';
import { EMPTY_BRAND, type BrandProfile } from './tracking/brand';

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

/** The user's own brand lexicon: term → valence (−4..4) or 'ignore' ("Killer Deal" is a product). */
export const brandLexicon = storage.defineItem<Record<string, LexiconRule>>('local:lexicon', {
  fallback: {},
  version: 1,
});

/** The response-time target of the plan, in minutes (the plan editor owns it later). */
export const responseTargetMinutes = storage.defineItem<number>('local:responseTargetMinutes', {
  fallback: 60,
  version: 1,
});

/** Settings stored before a platform existed get it switched on. */
export function withAllPlatforms(settings: DisplaySettings): DisplaySettings {
  return { ...DEFAULT_DISPLAY, ...settings, platforms: { ...DEFAULT_DISPLAY.platforms, ...settings.platforms } };
}
