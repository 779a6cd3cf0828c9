import { describe, expect, test } from 'vitest';
import { BUCKET_MS, DAY_MS, HOUR_MS, MINUTE_MS } from '../../../utils/tracking/baseline';
import { detectSpikes } from '../../../utils/tracking/detect';
import { generateSeries } from '../../../utils/tracking/synthetic';
import { PRESET_THRESHOLDS } from '../../../utils/tracking/thresholds';
import { detectEveryMinute, MAX_SEEDS, suiteSeries, VOLUME_REGIMES } from '../../bench/spikes/suite';

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

describe('detectEveryMinute (the suite replays a series as the service worker sees it)', () => {
  test('a sudden 5× at 400/h is caught a minute or two in, before its bucket is complete', () => {
    const start = Date.UTC(2024, 0, 1);
    const burstAt = start + 2 * DAY_MS + 14 * HOUR_MS + 2 * MINUTE_MS;
    const series = generateSeries({
      seed: 11,
      start,
      days: 3,
      minutes: true,
      platforms: [{ platform: 'x', meanPerHour: 400, negativeShare: 0.2, bursts: [{ shape: 'sudden-5x', start: burstAt }] }],
    });
    const balanced = PRESET_THRESHOLDS.balanced;
    const everyMinute = detectEveryMinute(series.minutes![0]!, balanced);
    const atBucketEnds = detectSpikes(series.buckets, balanced);
    expect(everyMinute.filter((a) => a.time < burstAt)).toEqual([]);
    const first = everyMinute.find((a) => a.time >= burstAt)!;
    const firstAtBucketEnd = atBucketEnds.find((a) => a.time >= burstAt)!;
    expect(first.time - burstAt).toBeLessThanOrEqual(2 * MINUTE_MS);
    expect(first.time).toBeLessThan(firstAtBucketEnd.time);
    expect(first.time % BUCKET_MS).not.toBe(0);
  });
});
