// @vitest-environment happy-dom
// Counts in the popup are written as the browser's UI language groups them: "12,412 mentions in the last
// 24 hours", never "12412"; the posts seen too. The percentage beside them is not a count.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { brandProfile } from '@/utils/settings';
import { EMPTY_BRAND } from '@/utils/tracking/brand';
import { database, type SeenPost } from '@/utils/tracking/db';
import { mount, unmountAll, useEnglishMessages } from '../options/helpers';

const HOUR = 60 * 60_000;

beforeEach(async () => {
  useEnglishMessages();
  const db = database();
  await Promise.all([db.buckets.clear(), db.posts.clear()]);
  await brandProfile.setValue({ ...EMPTY_BRAND, names: ['Brewly'] });
  // An hour two hours back holding 12,412 mentions, a quarter of them negative.
  const start = Math.floor((Date.now() - 2 * HOUR) / HOUR) * HOUR;
  await db.buckets.put({ platform: 'x', size: '1h', start, count: 12412, negatives: 3103, sentimentSum: 0 });
  const posts = Array.from({ length: 1234 }, (_, index): SeenPost => ({ platform: 'x', postId: String(index), kind: 'post', sentiment: 'neutral', score: 0, firstSeen: 1, lastSeen: 1, timesSeen: 1 }));
  await db.posts.bulkPut(posts);
});
afterEach(unmountAll);

const summary = (root: HTMLElement) => root.querySelector('svg.sparkline + p')?.textContent;
const seen = (root: HTMLElement) => root.querySelector('footer span')?.textContent;

describe('popup counts', () => {
  test('grouped in English: "12,412 mentions", "1,234 posts seen"', async () => {
    const root = await mount(<Popup />);
    await vi.waitFor(() => expect(summary(root)).toBe('12,412 mentions in the last 24 hours, 25% negative'));
    expect(root.querySelector('svg.sparkline')?.getAttribute('aria-label')).toBe('12,412 mentions in the last 24 hours, 25% negative');
    await vi.waitFor(() => expect(seen(root)).toBe('1,234 posts seen'));
  });

  test('one mention is "1 mention", not "1 mentions"', async () => {
    const db = database();
    await db.buckets.clear();
    const start = Math.floor((Date.now() - 2 * HOUR) / HOUR) * HOUR;
    await db.buckets.put({ platform: 'x', size: '1h', start, count: 1, negatives: 0, sentimentSum: 0 });
    const root = await mount(<Popup />);
    await vi.waitFor(() => expect(summary(root)).toBe('1 mention in the last 24 hours, 0% negative'));
  });

  test('grouped as the UI language does: "12.412" in German', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de');
    const root = await mount(<Popup />);
    await vi.waitFor(() => expect(summary(root)).toBe('12.412 mentions in the last 24 hours, 25% negative'));
    await vi.waitFor(() => expect(seen(root)).toBe('1.234 posts seen'));
  });
});
