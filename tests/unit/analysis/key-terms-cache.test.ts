import { afterAll, describe, expect, test } from 'vitest';
import { keyTerms, resetTagCache, tagging, type KeyTerm } from '@/utils/analysis/key-terms';
import { SCENARIOS } from './key-terms-scenarios';

// The dashboard and the worker call keyTerms again and again with nearly the same posts: a text tagged
// once is not tagged again while it is remembered, and what is remembered never changes a result.

const THINGS = ['kettle', 'grinder', 'milk frother', 'travel mug', 'charger', 'lid', 'filter', 'thermostat', 'handle', 'base', 'app', 'warranty'];
const FAULTS = ['leaks everywhere', 'sparked twice', 'overheats badly', 'cracked open', 'smells of plastic', 'keeps beeping', 'rattles loudly', 'burned my hand', 'tripped the fuse', 'scratched the counter'];
const PLACES = ['in the kitchen', 'at the office', 'in my flat', 'at the cafe', 'in the studio', 'at the hotel', 'in our cabin', 'at the school', 'in the garage'];
const ENDINGS = ['recall it', 'fix it now', 'refund me', 'never again'];
const CALM = ['makes a great flat white', 'looks lovely on the shelf', 'was a nice gift', 'boils fast', 'is quiet', 'keeps coffee hot'];

/** The i-th of many different complaints (no two copies of each other). */
const complaint = (i: number): string =>
  `Brewly ${THINGS[i % THINGS.length]!} ${FAULTS[Math.floor(i / THINGS.length) % FAULTS.length]!} ${PLACES[Math.floor(i / (THINGS.length * FAULTS.length)) % PLACES.length]!}, ${ENDINGS[Math.floor(i / (THINGS.length * FAULTS.length * PLACES.length)) % ENDINGS.length]!}`;
/** The i-th of an ordinary day's posts. */
const ordinary = (i: number): string => `My Brewly ${THINGS[i % THINGS.length]!} ${CALM[Math.floor(i / THINGS.length) % CALM.length]!}`;
const range = (from: number, to: number, of: (i: number) => string): string[] => Array.from({ length: to - from }, (_, k) => of(from + k));

type Call = [texts: string[], baseline: string[]];

/** Each call's terms with nothing remembered between calls (as before the cache), and the texts each tagged. */
const uncached = (calls: readonly Call[]) => cached(calls, 0);

/** Each call's terms with a cache of `limit` texts, and the texts each tagged. */
function cached(calls: readonly Call[], limit: number): { results: KeyTerm[][]; tagged: number[] } {
  resetTagCache(limit);
  const results: KeyTerm[][] = [];
  const tagged: number[] = [];
  for (const [texts, baseline] of calls) {
    const before = tagging.texts;
    results.push(keyTerms(texts, baseline, { limit: 12 }));
    tagged.push(tagging.texts - before);
  }
  return { results, tagged };
}

describe('keyTerms remembers what it tagged', () => {
  // Other test files share this module: leave the cache at its usual size.
  afterAll(() => resetTagCache());

  test('a second call with mostly the same texts tags only the new ones, and finds the same terms', () => {
    const spike = range(0, 80, complaint);
    const baseline = range(0, 40, ordinary);
    // Five new posts at the top, the five oldest gone: as the dashboard's sample moves on.
    const next = [...range(200, 205, complaint), ...spike.slice(0, 75)];
    const { results, tagged } = cached([[spike, baseline], [next, baseline]], 1000);
    expect(tagged).toEqual([120, 5]);
    expect(results).toEqual(uncached([[spike, baseline], [next, baseline]]).results);
    expect(results[1]!.length).toBeGreaterThan(0);
  });

  test('results are the same with and without the cache as texts repeat, change and are evicted', () => {
    const a = range(0, 20, complaint);
    const b = range(20, 40, complaint);
    const base = range(0, 10, ordinary);
    const calls: Call[] = [
      [a, base], // 30 new
      [a, base], // the same again: nothing to tag
      [[...a.slice(0, 15), ...b.slice(0, 5)], base], // five changed
      [b, base], // 15 more of b: a's five oldest-used and more are evicted (30 kept)
      [a, base], // a again: its evicted texts are tagged again
      [base, a], // the sides swapped
      [[...b, ...a], range(10, 20, ordinary)], // a new baseline
      [[], base],
    ];
    const without = uncached(calls);
    const withCache = cached(calls, 30);
    expect(withCache.results).toEqual(without.results);
    expect(withCache.tagged).toEqual([30, 0, 5, 15, 20, 0, 30, 10]);
    // Without the cache every call tags every different text it reads.
    expect(without.tagged).toEqual([30, 30, 30, 30, 30, 30, 50, 10]);
    expect(withCache.results.filter((terms) => terms.length > 0).length).toBeGreaterThanOrEqual(6);
  });

  test('the QA scenarios find the same terms with texts kept from every other scenario', () => {
    const calls: Call[] = SCENARIOS.map((scenario) => [scenario.spike, scenario.baseline]);
    // Then each spike against the next one's baseline: every text read before, on either side.
    calls.push(...SCENARIOS.map((scenario, i): Call => [scenario.spike, SCENARIOS[(i + 1) % SCENARIOS.length]!.baseline]));
    const kept = cached(calls, 4000);
    expect(kept.results).toEqual(uncached(calls).results);
    expect(kept.tagged.slice(SCENARIOS.length)).toEqual(SCENARIOS.map(() => 0));
  });

  test('above 1,000 different texts (a sample tagged), a moving window finds the same terms with the cache', () => {
    const spike = range(0, 1080, complaint);
    const baseline = range(0, 60, ordinary);
    const calls: Call[] = [
      [spike, baseline],
      [[...range(1080, 1110, complaint), ...spike.slice(0, 1050)], baseline],
    ];
    const withCache = cached(calls, 4000);
    expect(withCache.results).toEqual(uncached(calls).results);
    // The sample shifts with the window: some texts are new to the tagger, far fewer than a thousand.
    expect(withCache.tagged[1]).toBeLessThan(500);
  });
});
