// @vitest-environment happy-dom
// The dashboard draws itself again each time a slice of its range is read (useRangeDigest): some 50 times for
// 30 days. Each time it wrote every row of the chart's table again, a date format for each of the range's
// 720 hours: 2.8 of the 8.8 s it took to read 30 days of 2,000 mentions a day in Chromium (bench:dashboard).
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { brandProfile } from '@/utils/settings';
import { database, type Bucket } from '@/utils/tracking/db';
import { buttonNamed, click, mount, unmountAll, useEnglishMessages } from '../options/helpers';
import { mention } from './mention';

// The chart draws on a canvas, which happy-dom has not.
vi.mock('@/components/dashboard/TrendChart', () => ({
  TrendChart: ({ title }: { title: string }) => <p data-testid="chart-title">{title}</p>,
}));

const HOUR = 60 * 60_000;
const NOW = Date.now();
const HOURS = 30 * 24;

beforeEach(async () => {
  useEnglishMessages();
  await Promise.all([database().mentions.clear(), database().buckets.clear()]);
  await brandProfile.setValue({ names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] });
});
afterEach(unmountAll);

test("the chart's table is written once for the data, not again for each slice of the range read", async () => {
  // A mention in each hour of 30 days, and its hour's bucket: a row of the chart's table each.
  const hours = Array.from({ length: HOURS }, (_, index) => Math.floor(NOW / HOUR) * HOUR - index * HOUR);
  await database().mentions.bulkPut(hours.map((start, index) => mention(`m${index}`, start + 60_000)));
  await database().buckets.bulkPut(hours.map((start): Bucket => ({ platform: 'x', size: '1h', start, count: 1, negatives: 1, sentimentSum: -0.6 })));
  const root = await mount(<Dashboard />);
  await vi.waitFor(() => expect(root.querySelector('ol.mentions')).not.toBeNull(), { timeout: 10_000 });

  const formats = vi.spyOn(Date.prototype, 'toLocaleString');
  await click(buttonNamed(root, '30 days'));
  await vi.waitFor(
    () => {
      expect(root.querySelectorAll('details tbody tr').length).toBeGreaterThanOrEqual(HOURS);
      expect(root.querySelector('[data-testid="reading-older"]')).toBeNull();
      expect(root.querySelectorAll('ol.mentions')[0]?.querySelectorAll('li')).toHaveLength(8);
    },
    { timeout: 20_000 },
  );
  // Each row once (twice at most: the buckets and the range's first slices may come in either order), and the
  // lists' 16 mentions on each drawing; not 720 again for each of some 50 slices.
  expect(formats.mock.calls.length).toBeLessThan(3 * HOURS);
}, 60_000);
