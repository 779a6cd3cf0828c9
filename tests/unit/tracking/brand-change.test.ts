import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { brandSeen, type ListeningStatus } from '@/utils/settings';
import { EMPTY_BRAND, type BrandProfile } from '@/utils/tracking/brand';
import { brandIdentity, coverageWithBrand, isDifferentBrand, noteBrand, type BrandMemory } from '@/utils/tracking/brand-change';
import { FirebreakDb, type Mention } from '@/utils/tracking/db';
import type { SpikeDetectorState } from '@/utils/tracking/detect';
import { evaluateListening, type ListeningDeps } from '@/utils/tracking/listening';
import { recordMentions } from '@/utils/tracking/mentions';
import { PRESET_THRESHOLDS } from '@/utils/tracking/thresholds';
import { brandMention } from './mention';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 23, 14, 2, 0);

const brewly: BrandProfile = { ...EMPTY_BRAND, names: ['Brewly'], handles: ['@brewly'], hashtags: ['#BrewlyPro'], products: ['Kettle One'] };
const kettlo: BrandProfile = { ...EMPTY_BRAND, names: ['Kettlo'], handles: ['@kettlo_hq'], hashtags: ['#BrewlyPro'] };

describe('a different brand', () => {
  const different = (a: Partial<BrandProfile>, b: Partial<BrandProfile>) => isDifferentBrand(brandIdentity(a), brandIdentity(b));

  test('no name or handle in common, as whole words in either direction, case and punctuation aside', () => {
    expect(different(brewly, kettlo)).toBe(true);
    expect(different({ names: ['Brewly Coffee'] }, { names: ['Kettlo Coffee'] })).toBe(true);
    // The same brand, written another way or with more to it.
    expect(different({ names: ['Brewly'] }, { names: ['BREWLY'] })).toBe(false);
    expect(different({ names: ['Brewly'] }, { names: ['Brewly Coffee'] })).toBe(false);
    expect(different({ names: ['Brewly Coffee'] }, { names: ['Brewly'] })).toBe(false);
    expect(different({ names: ['Brewly'] }, { names: ['Kettlo'], handles: ['@brewly'] })).toBe(false);
    expect(different({ handles: ['@brewly'] }, { handles: ['@brewly_support', 'u/brewly'] })).toBe(false);
    expect(different({ handles: ['@brewly@mastodon.social'] }, { names: ['Brewly'] })).toBe(false);
    // A word inside another is not the name: "Brew" is not "Brewly".
    expect(different({ names: ['Brew'] }, { names: ['Brewly'] })).toBe(true);
  });

  test('a brand with no name or handle cannot be told apart: never a different brand', () => {
    expect(different(EMPTY_BRAND, brewly)).toBe(false);
    expect(different(brewly, { hashtags: ['#Kettlo'] })).toBe(false);
  });
});

describe('noteBrand: what the worker remembers of the brand', () => {
  test('the first look only remembers (an update must not throw away a learned normal)', () => {
    expect(noteBrand(null, brewly, NOW)).toEqual({ identity: ['brewly'], changedAt: null });
  });

  test('adding a product, a hashtag, an exclusion or a name to the same brand changes nothing', () => {
    const memory = noteBrand(null, brewly, NOW - HOUR);
    const edited: BrandProfile = {
      names: [...brewly.names, 'Brewly Coffee'],
      handles: brewly.handles,
      hashtags: [...brewly.hashtags, '#BrewlyRecall'],
      products: [...brewly.products, 'Kettle Two'],
      exclusions: ['brewly street'],
    };
    expect(noteBrand(memory, { ...brewly, products: [...brewly.products, 'Kettle Two'] }, NOW)).toBe(memory);
    expect(noteBrand(memory, { ...brewly, exclusions: ['brewly street'] }, NOW)).toBe(memory);
    expect(noteBrand(memory, edited, NOW).changedAt).toBeNull();
  });

  test('renamed to a different brand: changed now, once', () => {
    const memory = noteBrand(null, brewly, NOW - HOUR);
    const renamed = noteBrand(memory, kettlo, NOW);
    expect(renamed).toEqual({ identity: ['kettlo', 'kettlo hq'], changedAt: NOW });
    expect(noteBrand(renamed, kettlo, NOW + HOUR)).toBe(renamed);
    // Then edited (one more handle): still the change of an hour ago.
    expect(noteBrand(renamed, { ...kettlo, handles: ['@kettlo_hq', '@kettlo'] }, NOW + HOUR).changedAt).toBe(NOW);
  });

  test('renamed in two saves through a profile with no name or handle: still a different brand', () => {
    const memory = noteBrand(null, brewly, NOW - HOUR);
    const between = noteBrand(memory, { ...EMPTY_BRAND, hashtags: ['#BrewlyPro'] }, NOW - HOUR / 2);
    expect(between).toBe(memory);
    expect(noteBrand(between, kettlo, NOW).changedAt).toBe(NOW);
  });

  test('kept in extension storage, as the worker keeps it', async () => {
    fakeBrowser.reset();
    await brandSeen.setValue(noteBrand(await brandSeen.getValue(), brewly, NOW - HOUR));
    await brandSeen.setValue(noteBrand(await brandSeen.getValue(), kettlo, NOW));
    expect((await brandSeen.getValue())?.changedAt).toBe(NOW);
  });
});

describe('coverageWithBrand', () => {
  test('every platform measures anew from the later of the change and its listening source', () => {
    const from = coverageWithBrand({ reddit: NOW - HOUR, bluesky: NOW + HOUR }, NOW, ['x', 'reddit', 'bluesky']);
    expect(from).toEqual({ x: NOW, reddit: NOW, bluesky: NOW + HOUR });
    expect(coverageWithBrand({ reddit: NOW - HOUR }, null)).toEqual({ reddit: NOW - HOUR });
  });
});

describe('the detector after a change of brand', () => {
  let db: FirebreakDb;
  beforeEach(() => {
    db = new FirebreakDb('brand-change-test');
  });

  const mention = (id: string, time: number, negative: boolean, platform: 'x' | 'reddit' = 'x'): Mention => brandMention(id, time, negative, { platform });


  /** Two weeks of Brewly on X and Reddit, about 12 mentions an hour each; then an angry wave on X. */
  async function brewlyInCrisis() {
    const rows: Mention[] = [];
    for (let hour = 14 * 24; hour >= 1; hour--) {
      for (let i = 0; i < 12; i++) {
        rows.push(mention(`h${hour}-${i}`, NOW - hour * HOUR + i * 5 * 60_000, i % 5 === 0));
        rows.push(mention(`r${hour}-${i}`, NOW - hour * HOUR + i * 5 * 60_000, i % 5 === 0, 'reddit'));
      }
    }
    await recordMentions(db, rows);
    let state: SpikeDetectorState | null = null;
    const deps = (now: number, coverageFrom: Record<string, number> = {}, countFrom: Record<string, number> = {}): ListeningDeps => ({
      db,
      now,
      thresholds: PRESET_THRESHOLDS.balanced,
      coverageFrom,
      countFrom,
      loadState: async () => state,
      saveState: async (next) => void (state = structuredClone(next)),
      saveStatus: async (_status: ListeningStatus) => undefined,
      showLevel: vi.fn(async () => undefined),
      notify: vi.fn(async () => undefined),
    });
    await evaluateListening(deps(NOW));
    await recordMentions(db, Array.from({ length: 45 }, (_, i) => mention(`w${i}`, NOW + i * 10_000, true)));
    const raised = await evaluateListening(deps(NOW + 10 * 60_000));
    expect(raised.status.level).not.toBe('normal');
    return { deps };
  }

  /** What the worker does at each evaluation: note the brand, then evaluate with the coverage it gives. */
  async function evaluateWithBrand(
    deps: (now: number, coverageFrom?: Record<string, number>, countFrom?: Record<string, number>) => ListeningDeps,
    profile: BrandProfile,
    now: number,
    memory: { current: BrandMemory | null },
  ) {
    memory.current = noteBrand(memory.current, profile, now);
    const renamedAt = memory.current.changedAt;
    return evaluateListening(deps(now, coverageWithBrand({}, renamedAt), coverageWithBrand({}, renamedAt)));
  }

  test('renamed to another brand: every platform relearns (normal, learning, no alert) though the old brand is still loud', async () => {
    const { deps } = await brewlyInCrisis();
    const memory = { current: noteBrand(null, brewly, NOW - HOUR) };
    const renamedAt = NOW + 12 * 60_000;
    const after = await evaluateWithBrand(deps, kettlo, renamedAt, memory);
    expect(after.status.level).toBe('normal');
    expect(after.alerts).toEqual([]);
    // The popup reads "learning" when no platform has a baseline: first-run wording.
    expect(after.status.platforms.map((platform) => [platform.platform, platform.baselineReady])).toEqual([
      ['reddit', false],
      ['x', false],
    ]);
    await recordMentions(db, Array.from({ length: 60 }, (_, i) => mention(`v${i}`, renamedAt + i * 5_000, true)));
    const later = await evaluateWithBrand(deps, kettlo, renamedAt + 10 * 60_000, memory);
    expect(later.alerts).toEqual([]);
    expect(later.status.level).toBe('normal');
  });

  test('adding a product mid-crisis keeps the level, the baseline and the alerts', async () => {
    const { deps } = await brewlyInCrisis();
    const memory = { current: noteBrand(null, brewly, NOW - HOUR) };
    const edited = { ...brewly, products: [...brewly.products, 'Kettle Two'], exclusions: ['brewly street'] };
    const after = await evaluateWithBrand(deps, edited, NOW + 12 * 60_000, memory);
    expect(after.status.level).not.toBe('normal');
    expect(after.status.platforms.every((platform) => platform.baselineReady)).toBe(true);
  });
});
