// @vitest-environment happy-dom
// Counts on the options page are written as the browser's UI language groups them ("12,412", "12.412" in
// German), never "12412": the data section's stored and deleted counts, a listening source's posts and
// mentions, the team alerts sent, a brand list's terms, and an imported minimum volume. Days, hours,
// multiples and percentages are not counts, and are written as before.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataSection, retentionLoss } from '@/components/options/DataSection';
import { termsProblem } from '@/components/options/fields';
import { thresholdChanges } from '@/components/options/SettingsFileSection';
import { SourceStatus } from '@/components/options/sources/SourceStatus';
import { sendMessage } from '@/utils/messaging';
import type { SourceState } from '@/utils/sources/settings';
import { database, type SeenPost } from '@/utils/tracking/db';
import { wipeAll } from '@/utils/tracking/mentions';
import { PRESET_THRESHOLDS } from '@/utils/tracking/thresholds';
import { retentionDays } from '@/utils/settings';
import { DAY_MS } from '@/utils/tracking/baseline';
import { buttonNamed, click, mount, type, unmountAll, useEnglishMessages } from './helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn() }));

beforeEach(() => {
  useEnglishMessages();
  vi.mocked(sendMessage).mockImplementation((async () => wipeAll(database())) as unknown as typeof sendMessage);
});
afterEach(unmountAll);

const german = () => vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de');

describe('the data section', () => {
  test('what a shorter retention deletes: "12,412 stored mentions … (posts seen: 1,500)"; the days as they are', () => {
    expect(retentionLoss(1000, 7, { mentions: 12412, posts: 1500 })).toBe(
      'Retention 1000 → 7 days: 12,412 stored mentions older than that will be deleted (posts seen: 1,500).',
    );
    german();
    expect(retentionLoss(30, 7, { mentions: 12412, posts: 1500 })).toBe('Retention 30 → 7 days: 12.412 stored mentions older than that will be deleted (posts seen: 1.500).');
  });

  test('a shorter retention confirmed: "Saved. … (posts seen: 1,234)"', async () => {
    await retentionDays.setValue(30);
    const old = Date.now() - 10 * DAY_MS;
    const posts = Array.from({ length: 1234 }, (_, index): SeenPost => ({ platform: 'x', postId: String(index), kind: 'post', sentiment: 'neutral', score: 0, firstSeen: old, lastSeen: old, timesSeen: 1 }));
    await database().posts.bulkPut(posts);
    const root = await mount(<DataSection />);
    const section = root.querySelector('section[aria-labelledby="retention"]')!;
    await type(section.querySelector('input[name="retention"]'), '2');
    await click(buttonNamed(section, 'Save retention'));
    const question = section.querySelector('[role="alertdialog"]')!;
    expect(question.textContent).toContain('Retention 30 → 2 days: 0 stored mentions older than that will be deleted (posts seen: 1,234).');
    await click(buttonNamed(question, 'Delete them and save'));
    expect(section.querySelector('[role="status"]')?.textContent).toBe('✓ Saved. 0 stored mentions older than the new retention are deleted (posts seen: 1,234).');
  });

  test('what a wipe deleted: "posts seen: 1,234"', async () => {
    const posts = Array.from({ length: 1234 }, (_, index): SeenPost => ({ platform: 'x', postId: String(index), kind: 'post', sentiment: 'neutral', score: 0, firstSeen: 1, lastSeen: 1, timesSeen: 1 }));
    await database().posts.bulkPut(posts);
    const root = await mount(<DataSection />);
    await click(buttonNamed(root, 'Delete all stored data…'));
    await click(buttonNamed(root, 'Yes, delete everything'));
    const status = () => root.querySelector('section[aria-labelledby="data"] [role="status"]')?.textContent;
    await vi.waitFor(() => expect(status()).toContain('deleted'), { timeout: 5_000 });
    expect(status()).toContain('(mentions: 0, posts seen: 1,234, alerts: 0, label corrections: 0)');
  });
});

describe('a listening source', () => {
  const state: SourceState = {
    lastPoll: Date.now() - 60_000,
    itemsFetched: 25000,
    brandItems: 12412,
    mentionsAdded: 12000,
    lastItems: 1500,
    lastMentions: 1200,
    lastGap: { items: 1100, closed: true },
    consecutiveFailures: 0,
    queryIndex: 0,
    since: {},
  };

  test('its posts and mentions grouped: "1,500 posts, 1,200 new mentions", "25,000 posts read"', async () => {
    const root = await mount(<SourceStatus enabled state={state} />);
    const text = root.textContent ?? '';
    expect(text).toContain(': 1,500 posts, 1,200 new mentions.');
    expect(text).toContain('(1,100 at this check)');
    expect(text).toContain('Since it was turned on: 25,000 posts read, 12,412 naming the brand, 12,000 mentions added.');
  });

  test('in German: "25.000 posts read"', async () => {
    german();
    const root = await mount(<SourceStatus enabled state={state} />);
    expect(root.textContent).toContain('Since it was turned on: 25.000 posts read, 12.412 naming the brand, 12.000 mentions added.');
  });

  test('a gap still being read: "1,100 read at this check"', async () => {
    const filling: SourceState = { ...state, lastGap: { items: 1100 }, gaps: { q: [{ since: '1', resume: '2', newest: Date.now(), openedAt: Date.now() }] } };
    const root = await mount(<SourceStatus enabled state={filling} />);
    expect(root.textContent).toContain('1,100 read at this check');
  });
});

describe('settings words with counts', () => {
  test('a brand list with too many terms: "at most 1,000 terms; this one has 1,204"', () => {
    const terms = Array.from({ length: 1204 }, (_, index) => `term ${index}`);
    expect(termsProblem(terms)).toBe('A list can hold at most 1,000 terms; this one has 1,204.');
    german();
    expect(termsProblem(terms)).toBe('A list can hold at most 1.000 terms; this one has 1.204.');
  });

  test('an imported minimum volume is a count of mentions: "5,000"; the cool-down minutes are not', () => {
    const now = { ...PRESET_THRESHOLDS.balanced, preset: 'custom' as const };
    const incoming = { ...now, minimumVolume: 5000, coolDownMinutes: 1440 };
    expect(thresholdChanges(now, incoming)).toEqual([
      `Minimum mentions in a window — now: ${now.minimumVolume}; from the file: 5,000`,
      `Cool-down after an alert, minutes — now: ${now.coolDownMinutes}; from the file: 1440`,
    ]);
  });
});
