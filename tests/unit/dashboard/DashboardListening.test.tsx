// @vitest-environment happy-dom
// QA: the dashboard showed a green "● Normal" when nothing was measured (no brand set, or the baseline
// still learning), where the popup says "○ Not listening yet" and "Learning what a normal day looks
// like". Both pages now draw the same pill and summary. And "1 posts seen" reads "1 post seen".
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { Popup } from '@/components/popup/Popup';
import { brandProfile, listeningStatus, type ListeningStatus } from '@/utils/settings';
import { EMPTY_BRAND } from '@/utils/tracking/brand';
import { database } from '@/utils/tracking/db';
import { recordPosts } from '@/utils/tracking/posts';
import { mount, settle, unmountAll, useEnglishMessages } from '../options/helpers';

vi.mock('@/components/dashboard/TrendChart', () => ({ TrendChart: () => null }));

const LEARNING = 'Learning what a normal day looks like — alerts start after a day of history.';
const pill = (root: ParentNode) => root.querySelector('header .level-pill')!;
const status = (baselineReady: boolean): ListeningStatus => ({
  level: 'normal',
  reason: null,
  since: Date.now() - 60_000,
  evaluatedAt: Date.now(),
  platforms: [{ platform: 'x', level: 'normal', since: Date.now() - 60_000, reason: null, reasonAt: null, baselineReady }],
  storageProblem: null,
});

beforeEach(async () => {
  useEnglishMessages();
  await database().posts.clear();
  await brandProfile.setValue(EMPTY_BRAND);
  await listeningStatus.setValue(null);
});
afterEach(unmountAll);

/** The pill and the summary line, as each page shows them. */
async function shown(page: 'dashboard' | 'popup') {
  const root = await mount(page === 'dashboard' ? <Dashboard /> : <Popup />);
  await settle();
  await vi.waitFor(() => expect(pill(root).getAttribute('data-level')).not.toBeNull());
  return {
    level: pill(root).getAttribute('data-level'),
    pill: pill(root).textContent?.trim(),
    learning: root.querySelector('[data-testid="learning"]')?.textContent ?? null,
    noBrand: root.querySelector('[data-testid="no-brand"]')?.textContent ?? null,
    normal: root.querySelector('[data-testid="no-reason"]')?.textContent ?? null,
    setUp: root.querySelector('[data-testid="set-up-brand"]')?.textContent ?? null,
  };
}

describe('the dashboard says what the popup says', () => {
  test('no brand set: "Not listening yet", not a green Normal, and the way to set the brand up', async () => {
    const dashboard = await shown('dashboard');
    expect(dashboard).toMatchObject({ level: 'off', pill: '○ Not listening yet', setUp: 'Set up your brand', learning: null, normal: null });
    expect(dashboard.noBrand).toBe("Tell Firebreak your brand's names and handles to start listening.");
    await unmountAll();
    expect(await shown('popup')).toEqual(dashboard);
  });

  test('a brand set, posts read, no day of history yet: "Learning what a normal day looks like"', async () => {
    await brandProfile.setValue({ ...EMPTY_BRAND, names: ['Brewly'] });
    await listeningStatus.setValue(status(false));
    const dashboard = await shown('dashboard');
    expect(dashboard).toMatchObject({ level: 'learning', pill: '○ Learning normal', learning: LEARNING, normal: null, noBrand: null, setUp: null });
    await unmountAll();
    expect(await shown('popup')).toEqual(dashboard);
  });

  test('a brand set and no status written yet (just saved) is learning too', async () => {
    await brandProfile.setValue({ ...EMPTY_BRAND, names: ['Brewly'] });
    const dashboard = await shown('dashboard');
    expect(dashboard).toMatchObject({ level: 'learning', pill: '○ Learning normal', learning: LEARNING });
    await unmountAll();
    expect(await shown('popup')).toEqual(dashboard);
  });

  test('with a day of history, mentions look normal on both', async () => {
    await brandProfile.setValue({ ...EMPTY_BRAND, names: ['Brewly'] });
    await listeningStatus.setValue(status(true));
    const dashboard = await shown('dashboard');
    expect(dashboard).toMatchObject({ level: 'normal', pill: '● Normal', normal: 'Mentions look normal.', learning: null });
    await unmountAll();
    expect(await shown('popup')).toEqual(dashboard);
  });
});

test('a raised level shows while other platforms are still learning: the pill never hides a spike', async () => {
  await brandProfile.setValue({ ...EMPTY_BRAND, names: ['Brewly'] });
  await listeningStatus.setValue({ ...status(false), level: 'watch', reason: '40 mentions in the last hour, 4× normal' });
  const dashboard = await shown('dashboard');
  expect(dashboard).toMatchObject({ level: 'watch', pill: '▲ Watch' });
  await unmountAll();
  expect(await shown('popup')).toEqual(dashboard);
});

describe('posts seen', () => {
  const post = (id: string) => ({ platform: 'x' as const, id, kind: 'post' as const, text: 'hello', sentiment: 'neutral' as const, score: 0 });
  const seenLine = (root: HTMLElement) => root.querySelector('section[aria-labelledby="health"] > p')?.textContent;

  test('one post is "1 post seen", two are "2 posts seen"', async () => {
    await recordPosts(database(), [post('1')]);
    const root = await mount(<Dashboard />);
    await vi.waitFor(() => expect(seenLine(root)).toBe('1 post seen in pages so far.'));
    await recordPosts(database(), [post('2')]);
    await vi.waitFor(() => expect(seenLine(root)).toBe('2 posts seen in pages so far.'));
  });
});
