// @vitest-environment happy-dom
// Counts on the dashboard are written as the browser's UI language groups them: the chart's title and
// its table, the key terms' counts, the posts seen, the posts found per platform and a post's likes
// ("12,412 mentions", "12.412" in German), never "12412". Percentages are not counts.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dashboard, engagementText } from '@/components/dashboard/Dashboard';
import { brandProfile } from '@/utils/settings';
import { EMPTY_BRAND } from '@/utils/tracking/brand';
import { database, type SeenPost } from '@/utils/tracking/db';
import { mount, unmountAll, useEnglishMessages } from '../options/helpers';

// The chart draws on a canvas, which happy-dom has not: its title carries the figures.
vi.mock('@/components/dashboard/TrendChart', () => ({
  TrendChart: ({ title }: { title: string }) => <p data-testid="chart-title">{title}</p>,
}));
// What the key terms are is not under test here, only how their counts are written.
vi.mock('@/utils/plan/about', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/utils/plan/about')>()),
  aboutTerms: () => [{ term: 'refund', score: 2, count: 1204 }],
}));

const HOUR = 60 * 60_000;

beforeEach(async () => {
  useEnglishMessages();
  const db = database();
  await Promise.all([db.buckets.clear(), db.posts.clear(), db.health.clear(), db.mentions.clear()]);
  await brandProfile.setValue({ ...EMPTY_BRAND, names: ['Brewly'] });
  const start = Math.floor((Date.now() - 2 * HOUR) / HOUR) * HOUR;
  await db.buckets.put({ platform: 'x', size: '1h', start, count: 12412, negatives: 3103, sentimentSum: 0 });
  const posts = Array.from({ length: 1234 }, (_, index): SeenPost => ({ platform: 'x', postId: String(index), kind: 'post', sentiment: 'neutral', score: 0, firstSeen: 1, lastSeen: 1, timesSeen: 1 }));
  await db.posts.bulkPut(posts);
  await db.health.put({ platform: 'x', postsFound: 2345, lastVisit: Date.now() - HOUR, lastSuccess: Date.now() - HOUR });
});
afterEach(unmountAll);

const chartTitle = (root: HTMLElement) => root.querySelector('[data-testid="chart-title"]')?.textContent;
const tableRows = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('section[aria-labelledby="trends"] tbody tr')).map((row) => Array.from(row.querySelectorAll('td')).slice(1).map((cell) => cell.textContent));
const termCounts = (root: HTMLElement) => Array.from(root.querySelectorAll('[data-testid="key-terms"] li')).map((item) => item.textContent);
const seenLine = (root: HTMLElement) => root.querySelector('section[aria-labelledby="health"] > p')?.textContent;
const postsFound = (root: HTMLElement) => root.querySelector('[data-testid="adapter-health"] tbody tr td')?.lastChild?.textContent;

describe('dashboard counts', () => {
  test('grouped in English: "12,412 mentions", "×1,204", "1,234 posts seen", "2,345" found', async () => {
    const root = await mount(<Dashboard />);
    await vi.waitFor(() => expect(chartTitle(root)).toBe('12,412 mentions, 25% negative'));
    expect(tableRows(root)).toEqual([['12,412', '3,103']]);
    await vi.waitFor(() => expect(termCounts(root)).toEqual(['refund ×1,204']));
    await vi.waitFor(() => expect(seenLine(root)).toBe('1,234 posts seen in pages so far.'));
    await vi.waitFor(() => expect(postsFound(root)).toBe('2,345'));
  });

  test('grouped as the UI language does: "12.412" in German', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de');
    const root = await mount(<Dashboard />);
    await vi.waitFor(() => expect(chartTitle(root)).toBe('12.412 mentions, 25% negative'));
    expect(tableRows(root)).toEqual([['12.412', '3.103']]);
    await vi.waitFor(() => expect(termCounts(root)).toEqual(['refund ×1.204']));
    await vi.waitFor(() => expect(seenLine(root)).toBe('1.234 posts seen in pages so far.'));
    await vi.waitFor(() => expect(postsFound(root)).toBe('2.345'));
  });

  test("a post's likes, reposts and views follow the UI language, not the runtime's default locale", () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de');
    expect(engagementText({ likes: 1204, reposts: 87, views: 250000 })).toBe('1.204 likes · 87 reposts · 250.000 views');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    expect(engagementText({ likes: 1204, reposts: 87, views: 250000 })).toBe('1,204 likes · 87 reposts · 250,000 views');
  });
});
