// What the background worker calls: the poller and its dependencies read from storage and the
// browser, so the wiring in entrypoints/background.ts stays one line per event.
import { browser } from 'wxt/browser';
import type { BrandRules } from '../analysis';
import { brandProfile, retentionDays } from '../settings';
import type { FirebreakDb } from '../tracking/db';
import { retentionCutoff } from '../tracking/retention';
import { pollDueSources, type PollDeps, type PollSummary } from './poller';
import { getSourceTokens } from './secrets';
import { sourcesSettings, sourcesState, withAllSources } from './settings';

/**
 * Polls the sources that are due, with the stored settings, state and brand profile (and the tokens
 * from the secrets store). `loadRules` is called only when a source is due. Never throws for a source.
 */
export async function pollSources(db: FirebreakDb, loadRules?: () => Promise<BrandRules>, overrides: Partial<PollDeps> = {}): Promise<PollSummary> {
  const settings = withAllSources(await sourcesSettings.getValue());
  const now = overrides.now ?? Date.now();
  return pollDueSources({
    db,
    now,
    // The prune's own cut-off, as for a page's posts: what arrives is what the prune keeps (retention.ts).
    keepFrom: retentionCutoff(await retentionDays.getValue(), now),
    stillEnabled: async (id) => {
      const latest = withAllSources(await sourcesSettings.getValue())[id];
      return latest.enabled && latest.enabledAt === settings[id].enabledAt;
    },
    settings,
    profile: await brandProfile.getValue(),
    loadRules,
    loadTokens: getSourceTokens,
    fetch: (input, init) => globalThis.fetch(input, init),
    hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    loadState: () => sourcesState.getValue(),
    saveState: (state) => sourcesState.setValue(state),
    ...overrides,
  });
}
