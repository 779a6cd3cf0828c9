import { expect, test } from 'vitest';
import type { Bucket } from '@/utils/tracking/db';
import { totals, trendOf } from '@/utils/tracking/trend';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 23, 12, 30);
const bucket = (hoursAgo: number, count: number, negatives: number, platform: Bucket['platform'] = 'x'): Bucket => ({
  platform,
  size: '1h',
  start: Date.UTC(2026, 10, 23, 12) - hoursAgo * HOUR,
  count,
  negatives,
  sentimentSum: 0,
});

test('24 hourly points ending with the current hour, platforms summed, gaps as zero', () => {
  const points = trendOf([bucket(0, 5, 1), bucket(0, 3, 3, 'reddit'), bucket(2, 4, 0), bucket(30, 99, 99)], '1h', NOW, 24 * HOUR);
  expect(points).toHaveLength(24);
  expect(points.at(-1)).toEqual({ start: Date.UTC(2026, 10, 23, 12), count: 8, negatives: 4 });
  expect(points.at(-3)).toMatchObject({ count: 4, negatives: 0 });
  expect(points.at(-2)).toMatchObject({ count: 0, negatives: 0 });
  expect(totals(points)).toEqual({ count: 12, negatives: 4, negativeShare: 4 / 12 });
});

test('one platform only, and other bucket sizes ignored', () => {
  const points = trendOf([bucket(0, 5, 1), bucket(0, 3, 3, 'reddit'), { ...bucket(0, 7, 7), size: '5m' }], '1h', NOW, 24 * HOUR, 'reddit');
  expect(totals(points)).toMatchObject({ count: 3, negatives: 3 });
});

test('no data: zero share, not NaN', () => {
  expect(totals(trendOf([], '1h', NOW, 24 * HOUR))).toEqual({ count: 0, negatives: 0, negativeShare: 0 });
});
