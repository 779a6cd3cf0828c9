// @vitest-environment happy-dom
// The chart's words: its title counts in proper English ("1 mention"), and the hour the clocks repeat
// at the end of daylight saving time reads as two hours in the table, not the same time twice.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { brandProfile } from '@/utils/settings';
import { database } from '@/utils/tracking/db';
import { recordMentions } from '@/utils/tracking/mentions';
import { mount, unmountAll, useEnglishMessages } from '../options/helpers';
import { mention } from './mention';

// The chart draws on a canvas, which happy-dom has not: its title carries the figures.
vi.mock('@/components/dashboard/TrendChart', () => ({
  TrendChart: ({ title }: { title: string }) => <p data-testid="chart-title">{title}</p>,
}));

const MIN = 60_000;
const chartTitle = (root: HTMLElement) => root.querySelector('[data-testid="chart-title"]')?.textContent;
/** The first column of "The chart as a table". */
const tableTimes = (root: HTMLElement) => {
  const table = Array.from(root.querySelectorAll('details')).find((details) => details.querySelector('summary')?.textContent === 'The chart as a table');
  return Array.from(table?.querySelectorAll('tbody tr') ?? []).map((row) => row.querySelector('td')?.textContent);
};


const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

beforeEach(async () => {
  useEnglishMessages();
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  await Promise.all([database().mentions.clear(), database().buckets.clear()]);
  await brandProfile.setValue({ names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] });
});
afterEach(async () => {
  await unmountAll();
  vi.useRealTimers();
});

describe('Dashboard chart', () => {
  test('one mention is "1 mention"; more are "mentions"', async () => {
    const now = Date.UTC(2026, 2, 10, 16, 30);
    vi.setSystemTime(now);
    await recordMentions(database(), [mention('one', now - 2 * 60 * MIN)]);
    let root = await mount(<Dashboard />);
    await vi.waitFor(() => expect(chartTitle(root)).toBe('1 mention, 100% negative'));

    await unmountAll();
    await recordMentions(database(), [mention('two', now - 60 * MIN, { sentiment: 'neutral' })]);
    root = await mount(<Dashboard />);
    await vi.waitFor(() => expect(chartTitle(root)).toBe('2 mentions, 50% negative'));
  });

  test('times name their zone when the clocks change within the range, and only then', async () => {
    // Nov 1, 2026 in New York: 1:00–2:00 AM comes twice, first EDT (05:00 UTC), then EST (06:00 UTC).
    const now = Date.UTC(2026, 10, 1, 17, 0);
    vi.setSystemTime(now);
    await recordMentions(database(), [mention('edt', Date.UTC(2026, 10, 1, 5, 30)), mention('est', Date.UTC(2026, 10, 1, 6, 30))]);
    const root = await mount(<Dashboard />);
    await vi.waitFor(() => expect(tableTimes(root)).toHaveLength(2));
    expect(tableTimes(root)).toEqual(['Nov 1, 2026, 1:00 AM EDT', 'Nov 1, 2026, 1:00 AM EST']);

    // Two days on, the range holds no clock change: the times as before, without a zone.
    await unmountAll();
    vi.setSystemTime(now + 2 * 24 * 60 * MIN);
    await recordMentions(database(), [mention('later', now + 2 * 24 * 60 * MIN - 60 * MIN)]);
    const later = await mount(<Dashboard />);
    await vi.waitFor(() => expect(tableTimes(later)).toEqual(['Nov 3, 2026, 11:00 AM']));
  });
});
