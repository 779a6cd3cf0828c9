// @vitest-environment happy-dom
// Deleting every stored mention says what was deleted (not "Saved."), and the keyboard focus never
// falls off the page on the way.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DataSection } from '@/components/options/DataSection';
import { sendMessage } from '@/utils/messaging';
import { download } from '@/utils/tracking/export';
import { database, type AlertRecord, type Mention, type SeenPost } from '@/utils/tracking/db';
import { wipeAll } from '@/utils/tracking/mentions';
import { buttonNamed, click, mount, pressEscape, pressTab, settle, unmountAll, useEnglishMessages } from './helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn() }));
vi.mock('@/utils/tracking/export', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/utils/tracking/export')>()),
  download: vi.fn(),
}));

beforeEach(() => {
  useEnglishMessages();
  // The worker's answer to the wipe message: it deletes.
  vi.mocked(sendMessage).mockImplementation((async () => wipeAll(database())) as unknown as typeof sendMessage);
});
afterEach(unmountAll);

const mention = (postId: string) => ({ platform: 'x', postId, time: 1, firstSeen: 1, sentiment: 'negative', score: -0.5, signals: [], excerpt: '', source: 'page' }) as unknown as Mention;
const post = (postId: string) => ({ platform: 'x', postId, kind: 'post', sentiment: 'neutral', score: 0, excerpt: '', firstSeen: 1, lastSeen: 1 }) as unknown as SeenPost;

describe('DataSection: delete all stored data', () => {
  test('says what was deleted, asks on the safe answer first, and gives the focus back', async () => {
    const db = database();
    await db.mentions.bulkPut([mention('1'), mention('2')]);
    await db.posts.bulkPut([post('1'), post('2'), post('3')]);
    await db.alerts.add({ time: 1, platform: 'x', level: 'watch', previousLevel: 'normal', reason: 'r', keyTerms: [] } as AlertRecord);

    const root = await mount(<DataSection />);
    await click(buttonNamed(root, 'Delete all stored data…'));
    expect(document.activeElement).toBe(buttonNamed(root, 'Cancel'));
    await click(buttonNamed(root, 'Yes, delete everything'));

    // The deletion is a database transaction: under load it can take longer than click()'s settling.
    const status = () => root.querySelector('section[aria-labelledby="data"] [role="status"]')?.textContent;
    await vi.waitFor(() => expect(status()).toContain('deleted'), { timeout: 5_000 });
    await settle();
    expect(status()).toBe(
      '✓ All stored data deleted (mentions: 2, posts seen: 3, alerts: 1, label corrections: 0), with the learned baseline and the team-alerts webhook address. Your other settings, plan and incident records are unchanged.',
    );
    expect(status()).not.toContain('Saved');
    expect(await db.mentions.count()).toBe(0);
    expect(document.activeElement).toBe(buttonNamed(root, 'Delete all stored data…'));
  });

  test('Escape closes the question, deletes nothing, and gives the focus back to the button', async () => {
    await database().mentions.put(mention('1'));
    const root = await mount(<DataSection />);
    await click(buttonNamed(root, 'Delete all stored data…'));
    expect(document.activeElement).toBe(buttonNamed(root, 'Cancel'));
    await pressEscape();
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(buttonNamed(root, 'Delete all stored data…'));
    expect(await database().mentions.count()).toBe(1);
  });

  test('while the question is open, Tab and Shift+Tab stay within it (an alertdialog is modal)', async () => {
    const root = await mount(<DataSection />);
    await click(buttonNamed(root, 'Delete all stored data…'));
    const dialog = root.querySelector<HTMLElement>('[role="alertdialog"]')!;
    expect(document.activeElement).toBe(buttonNamed(dialog, 'Cancel'));
    await pressTab();
    expect(document.activeElement).toBe(buttonNamed(dialog, 'Yes, delete everything'));
    await pressTab(true);
    expect(document.activeElement).toBe(buttonNamed(dialog, 'Cancel'));
    expect(root.querySelector('[role="alertdialog"]')).not.toBeNull();
  });

  test('a failed wipe says why, and not that it worked', async () => {
    vi.mocked(sendMessage).mockRejectedValue(new Error('The worker did not answer.'));
    const root = await mount(<DataSection />);
    await click(buttonNamed(root, 'Delete all stored data…'));
    await click(buttonNamed(root, 'Yes, delete everything'));
    expect(root.querySelector('section[aria-labelledby="data"] [role="status"]')?.textContent).toBe('The worker did not answer.');
  });
});

describe('DataSection: export', () => {
  test("files are dated with the user's own date, not UTC's", async () => {
    const zone = process.env.TZ;
    // 1:30 AM on 1 December in Kolkata is still 30 November in UTC.
    process.env.TZ = 'Asia/Kolkata';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 30, 20, 0));
    try {
      await database().mentions.put(mention('1'));
      const root = await mount(<DataSection />);
      await click(buttonNamed(root, 'Export mentions (CSV)'));
      await click(buttonNamed(root, 'Export mentions (JSON)'));
      expect(vi.mocked(download).mock.calls.map(([name]) => name)).toEqual(['firebreak-mentions-2026-12-01.csv', 'firebreak-mentions-2026-12-01.json']);
    } finally {
      vi.useRealTimers();
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
