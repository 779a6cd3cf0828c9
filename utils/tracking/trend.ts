import type { Bucket, BucketSize } from './db';
import { BUCKET_MS } from './db';

export interface TrendPoint {
  start: number;
  count: number;
  negatives: number;
}

/**
 * One point per bucket of `size` over the last `span` ms up to `now`, all platforms (or one)
 * summed, missing buckets as zero: what a sparkline or a chart draws.
 */
export function trendOf(buckets: readonly Bucket[], size: BucketSize, now: number, span: number, platform?: string): TrendPoint[] {
  const step = BUCKET_MS[size];
  const last = Math.floor(now / step) * step;
  const first = last - Math.ceil(span / step) * step + step;
  const points: TrendPoint[] = [];
  for (let start = first; start <= last; start += step) points.push({ start, count: 0, negatives: 0 });
  for (const bucket of buckets) {
    if (bucket.size !== size || (platform && bucket.platform !== platform)) continue;
    const index = (bucket.start - first) / step;
    const point = points[index];
    if (!point) continue;
    point.count += bucket.count;
    point.negatives += bucket.negatives;
  }
  return points;
}

export function totals(points: readonly TrendPoint[]): { count: number; negatives: number; negativeShare: number } {
  const count = points.reduce((sum, point) => sum + point.count, 0);
  const negatives = points.reduce((sum, point) => sum + point.negatives, 0);
  return { count, negatives, negativeShare: count > 0 ? negatives / count : 0 };
}
