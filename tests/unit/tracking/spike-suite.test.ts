import { describe, expect, test } from 'vitest';
import { MAX_SEEDS, suiteSeries, VOLUME_REGIMES } from '../../bench/spikes/suite';

describe('suiteSeries (bench:spikes synthetic suite)', () => {
  const high = VOLUME_REGIMES.find((r) => r.name === 'high')!;

  test('an index picks one reproducible series; another index (--first-seed) a different one', () => {
    const first = suiteSeries(high, 'negative-jump', 0);
    const again = suiteSeries(high, 'negative-jump', 0);
    const other = suiteSeries(high, 'negative-jump', 4);
    expect(again.burst).toEqual(first.burst);
    expect(again.buckets.slice(0, 50)).toEqual(first.buckets.slice(0, 50));
    expect(other.seed).not.toBe(first.seed);
    expect(other.burst.start).not.toBe(first.burst.start);
  });

  test('refuses an index that would reuse the next shape’s seed', () => {
    expect(suiteSeries(high, 'sudden-5x', MAX_SEEDS - 1).seed).toBeLessThan(suiteSeries(high, 'sudden-3x', 0).seed);
    expect(() => suiteSeries(high, 'sudden-5x', MAX_SEEDS)).toThrow(RangeError);
    expect(() => suiteSeries(high, 'sudden-5x', -1)).toThrow(RangeError);
  });
});
