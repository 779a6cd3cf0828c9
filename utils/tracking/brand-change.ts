// A brand renamed to a different brand: its mention history is the old brand's, so every platform
// relearns its normal, as when a listening source is turned on (EvaluateOptions.coverageFrom).
//
// The worker compares the brand profile with the last one it saw (kept in extension storage), so a
// change from the options page, a settings file or anywhere else counts alike. Editing the same
// brand (a product, a hashtag, an exclusion, one more name or handle) never resets anything: a team
// editing the profile mid-crisis must not silence its alerts.
//
// Different brand: both have a name or handle, and no name or handle of one holds a name or handle
// of the other as whole words, in either direction. Case, "@", "u/" and punctuation do not count:
// "Brewly" is the same brand as "Brewly Coffee", "@brewly_support" or "@brewly@mastodon.social";
// "Brewly Coffee" and "Kettlo Coffee" are different. Hashtags and products are not compared (they
// change with campaigns), and a brand with no name or handle is compared by the last that had one.
import { PLATFORM_IDS } from '../platforms/types';
import type { BrandProfile } from './brand';

/** What the worker remembers of the brand between evaluations. */
export interface BrandMemory {
  /** The names and handles (as word lists joined by spaces) of the last brand seen that had any. */
  identity: string[];
  /** When the brand last became a different brand; null if it has not since this was kept. */
  changedAt: number | null;
}

/** A name or handle as its words: "@Brewly_Support" → ["brewly", "support"]. */
function termWords(term: string): string[] {
  return term
    .trim()
    .toLowerCase()
    .replace(/^u\//, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The brand's names and handles, each as its words joined by a space; empty when it has none. */
export function brandIdentity(profile: Partial<BrandProfile>): string[] {
  const terms = [...(profile.names ?? []), ...(profile.handles ?? [])].map((term) => termWords(term).join(' ')).filter(Boolean);
  return [...new Set(terms)].sort();
}

/** Whether `inner`'s words stand together, in order, among `outer`'s. */
function holds(outer: readonly string[], inner: readonly string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((word, k) => outer[i + k] === word)) return true;
  }
  return false;
}

/** Whether two identities are different brands (see the top of this file); false when either is empty. */
export function isDifferentBrand(before: readonly string[], after: readonly string[]): boolean {
  if (before.length === 0 || after.length === 0) return false;
  const a = before.map((term) => term.split(' '));
  const b = after.map((term) => term.split(' '));
  return !a.some((old) => b.some((current) => holds(current, old) || holds(old, current)));
}

/**
 * The memory once the worker has seen `profile` at `now`: `changedAt` moves to `now` when it is a
 * different brand from the last one seen. The same object when nothing changed (nothing to store).
 * A first look (no memory) only remembers: nothing says what the brand was before.
 */
export function noteBrand(memory: BrandMemory | null, profile: Partial<BrandProfile>, now: number): BrandMemory {
  const identity = brandIdentity(profile);
  if (memory === null || !Array.isArray(memory.identity)) return { identity, changedAt: null };
  // No name or handle (only hashtags or products): the last brand that had one stays the reference.
  if (identity.length === 0 || identity.join('\n') === memory.identity.join('\n')) return memory;
  return { identity, changedAt: isDifferentBrand(memory.identity, identity) ? now : memory.changedAt };
}

/**
 * Per platform, when its volume is measured anew from: the later of when its listening source was
 * turned on (`sources`) and when the brand became a different one, for every platform.
 */
export function coverageWithBrand(
  sources: Readonly<Record<string, number>>,
  brandChangedAt: number | null,
  platforms: readonly string[] = PLATFORM_IDS,
): Record<string, number> {
  if (brandChangedAt === null) return { ...sources };
  const from: Record<string, number> = {};
  for (const platform of new Set([...platforms, ...Object.keys(sources)])) {
    from[platform] = Math.max(sources[platform] ?? -Infinity, brandChangedAt);
  }
  return from;
}
