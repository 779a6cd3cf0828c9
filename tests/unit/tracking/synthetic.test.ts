import { describe, expect, test } from 'vitest';
import { DAY_MS, HOUR_MS } from '../../../utils/tracking/baseline';
import { generateSeries, sampleBinomial, samplePoisson, seededRandom } from '../../../utils/tracking/synthetic';

const START = Date.UTC(2024, 0, 1);

describe('samplers', () => {
  test.each([0.5, 5, 29, 31, 400])('Poisson(%d) has the right mean and variance', (mean) => {
    const random = seededRandom(1);
    const draws = Array.from({ length: 20000 }, () => samplePoisson(mean, random));
    const average = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - average) ** 2, 0) / draws.length;
    expect(average).toBeCloseTo(mean, mean < 10 ? 1 : 0);
    expect(variance / mean).toBeGreaterThan(0.95);
    expect(variance / mean).toBeLessThan(1.05);
  });

  test('binomial mean', () => {
    const random = seededRandom(2);
    const draws = Array.from({ length: 5000 }, () => sampleBinomial(50, 0.2, random));
    expect(draws.reduce((a, b) => a + b, 0) / draws.length).toBeCloseTo(10, 0);
  });
});

describe('generateSeries', () => {
  const options = { seed: 3, start: START, days: 7, platforms: [{ platform: 'x', meanPerHour: 100, negativeShare: 0.2 }] };

  test('is reproducible', () => {
    expect(generateSeries(options)).toEqual(generateSeries(options));
    expect(generateSeries({ ...options, seed: 4 }).buckets).not.toEqual(generateSeries(options).buckets);
  });

  test('one bucket per platform per 5 minutes, valid counts', () => {
    const { buckets } = generateSeries(options);
    expect(buckets).toHaveLength(7 * 288);
    expect(buckets.every((b) => b.negatives <= b.count && b.count >= 0)).toBe(true);
  });

  test('has a daily cycle and the asked-for mean', () => {
    const { buckets } = generateSeries({ ...options, quietNoise: false });
    const total = buckets.reduce((sum, b) => sum + b.count, 0);
    expect(total / (7 * 24)).toBeGreaterThan(90);
    expect(total / (7 * 24)).toBeLessThan(110);
    const byHour = new Array<number>(24).fill(0);
    for (const b of buckets) byHour[new Date(b.bucketStart).getUTCHours()]! += b.count;
    expect(Math.max(...byHour) / Math.min(...byHour)).toBeGreaterThan(3);
  });

  test.each<['sudden-5x' | 'negative-jump', number, number]>([
    ['sudden-5x', 4, 6],
    ['negative-jump', 0.9, 1.1],
  ])('%s changes volume by the stated multiple', (shape, low, high) => {
    const at = START + 3 * DAY_MS + 12 * HOUR_MS;
    const withBurst = generateSeries({
      ...options,
      quietNoise: false,
      platforms: [{ ...options.platforms[0]!, bursts: [{ shape, start: at }] }],
    });
    const without = generateSeries({ ...options, quietNoise: false });
    const hourAfter = (buckets: typeof without.buckets): number =>
      buckets.filter((b) => b.bucketStart >= at && b.bucketStart < at + HOUR_MS).reduce((sum, b) => sum + b.count, 0);
    const ratio = hourAfter(withBurst.buckets) / hourAfter(without.buckets);
    expect(ratio).toBeGreaterThan(low);
    expect(ratio).toBeLessThan(high);
    expect(withBurst.bursts[0]).toMatchObject({ shape, start: at, platform: 'x' });
  });

  test('minute by minute: the same buckets, five minutes to each, a burst starting at its minute', () => {
    const at = START + 3 * DAY_MS + 12 * HOUR_MS + 2 * 60_000;
    const burstOptions = { ...options, platforms: [{ ...options.platforms[0]!, bursts: [{ shape: 'sudden-5x' as const, start: at }] }] };
    const plain = generateSeries(burstOptions);
    const detailed = generateSeries({ ...burstOptions, minutes: true });
    expect(plain.minutes).toBeUndefined();
    expect(detailed.buckets).toEqual(plain.buckets);
    const minutes = detailed.minutes![0]!;
    expect(minutes).toMatchObject({ platform: 'x', start: START });
    expect(minutes.counts).toHaveLength(7 * 288 * 5);
    detailed.buckets.forEach((bucket, i) => {
      const slice = (values: number[]): number => values.slice(i * 5, i * 5 + 5).reduce((a, b) => a + b, 0);
      expect([slice(minutes.counts), slice(minutes.negatives)]).toEqual([bucket.count, bucket.negatives]);
    });
    expect(minutes.negatives.every((n, m) => n >= 0 && n <= minutes.counts[m]!)).toBe(true);
    // The burst's bucket: its two minutes before the start run at the normal rate, the three after at 5×
    // (expected about 3 against 22 here).
    const first = (at - START) / 60_000 - 2;
    const before = minutes.counts[first]! + minutes.counts[first + 1]!;
    const after = minutes.counts[first + 2]! + minutes.counts[first + 3]! + minutes.counts[first + 4]!;
    expect(after).toBeGreaterThan(3 * before);
    // The normal without the burst, for the bench's ideal test: the burst leaves it alone, it follows the
    // counts over the quiet days, and negatives are a share of it.
    expect(minutes.normal).toHaveLength(minutes.counts.length);
    expect(minutes.normal[first + 3]! / minutes.normal[first]!).toBeCloseTo(1, 1);
    const quiet = (values: number[]): number => values.slice(0, (at - START) / 60_000 - 2).reduce((a, b) => a + b, 0);
    expect(quiet(minutes.counts) / quiet(minutes.normal)).toBeGreaterThan(0.95);
    expect(quiet(minutes.counts) / quiet(minutes.normal)).toBeLessThan(1.05);
    expect(minutes.normalNegatives.every((n, m) => n > 0 && n < minutes.normal[m]!)).toBe(true);
    expect(quiet(minutes.negatives) / quiet(minutes.normalNegatives)).toBeGreaterThan(0.9);
    expect(quiet(minutes.negatives) / quiet(minutes.normalNegatives)).toBeLessThan(1.1);
  });
});
