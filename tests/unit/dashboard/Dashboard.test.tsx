// @vitest-environment happy-dom
// A dashboard left open keeps up: its time window follows the clock, on its own tick and whenever new
// data arrives, so mentions from after it was opened are counted and old ones drop out.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { brandProfile } from '@/utils/settings';
import { database, type Mention } from '@/utils/tracking/db';
import { bucketsOf, demoMentions } from '../../browser/seed';
import { mount, settle, unmountAll, useEnglishMessages } from '../options/helpers';

// The chart draws on a canvas, which happy-dom has not: its title carries the figures.
vi.mock('@/components/dashboard/TrendChart', () => ({
  TrendChart: ({ title }: { title: string }) => <p data-testid="chart-title">{title}</p>,
}));

const HOUR = 60 * 60_000;
// Half past an hour in UTC, where the chart's hours begin (a local 12:30 is on the hour in India).
const opened = Date.UTC(2026, 2, 10, 12, 30);

const chartTitle = (root: HTMLElement) => root.querySelector('[data-testid="chart-title"]')?.textContent;
/** What a dashboard shows at `now` for the last 24 hours: 24 hourly buckets, the current one the last. */
const expectedTitle = (mentions: readonly Mention[], now: number) => {
  const current = Math.floor(now / HOUR) * HOUR;
  const shown = mentions.filter((mention) => mention.time >= current - 23 * HOUR && mention.time < current + HOUR);
  const negative = shown.filter((mention) => mention.sentiment === 'negative').length;
  return `${shown.length} mentions, ${Math.round((negative / shown.length) * 100)}% negative`;
};

async function store(mentions: readonly Mention[]) {
  await database().transaction('rw', database().mentions, database().buckets, async () => {
    await database().mentions.bulkPut([...mentions]);
    // Buckets add up: a new mention's bucket may already hold others.
    for (const bucket of bucketsOf(mentions)) {
      const existing = await database().buckets.get([bucket.platform, bucket.size, bucket.start]);
      await database().buckets.put(existing ? { ...bucket, count: existing.count + bucket.count, negatives: existing.negatives + bucket.negatives } : bucket);
    }
  });
}

beforeEach(async () => {
  useEnglishMessages();
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(opened);
  await Promise.all([database().mentions.clear(), database().buckets.clear()]);
  await brandProfile.setValue({ names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] });
});
afterEach(async () => {
  await unmountAll();
  vi.useRealTimers();
});

test('the window moves with the clock while the dashboard stays open', async () => {
  // A history up to three hours after the dashboard was opened: the wave is still to come.
  const mentions = demoMentions(opened + 3 * HOUR, 2);
  await store(mentions);
  const root = await mount(<Dashboard />);
  await vi.waitFor(() => expect(chartTitle(root)).toBe(expectedTitle(mentions, opened)));

  // Three hours later, with no new data, the clock's tick alone brings the wave in.
  vi.setSystemTime(opened + 3 * HOUR - 60_000);
  vi.advanceTimersByTime(60_000);
  await settle();
  expect(chartTitle(root)).toBe(expectedTitle(mentions, opened + 3 * HOUR));
  expect(chartTitle(root)).not.toBe(expectedTitle(mentions, opened));
});

test('new data moves the window too, without waiting for the tick', async () => {
  const mentions = demoMentions(opened, 2);
  await store(mentions);
  const root = await mount(<Dashboard />);
  await vi.waitFor(() => expect(chartTitle(root)).toBe(expectedTitle(mentions, opened)));

  // Two hours on (the tick has not come), a new mention arrives.
  const later = opened + 2 * HOUR;
  vi.setSystemTime(later);
  const late: Mention = { ...mentions.at(-1)!, postId: 'late-1', time: later - 1000, firstSeen: later - 1000, sentiment: 'negative' };
  await store([late]);
  await vi.waitFor(() => expect(chartTitle(root)).toBe(expectedTitle([...mentions, late], later)));
});

test('"Most engaged" says what each post drew, and the other lists do not repeat it', async () => {
  const base = demoMentions(opened, 1).slice(-2);
  const engaged: Mention[] = [
    { ...base[0]!, postId: 'big', time: opened - HOUR, excerpt: 'The lid cracked again', engagement: { likes: 1204, reposts: 87, replies: 1 } },
    { ...base[1]!, postId: 'small', time: opened - 2 * HOUR, excerpt: 'Nice mug', engagement: { likes: 3, reposts: 0 } },
  ];
  await store(engaged);
  const root = await mount(<Dashboard />);
  // The list under the heading (the heading's section holds the most negative ones too).
  const section = () => [...root.querySelectorAll('h2')].find((heading) => heading.textContent === 'Most engaged')?.nextElementSibling;
  await vi.waitFor(() => expect(section()?.querySelectorAll('[data-testid="engagement"]').length).toBe(2));
  const lines = [...section()!.querySelectorAll('li')].map((item) => [item.querySelector('blockquote')?.textContent, item.querySelector('[data-testid="engagement"]')?.textContent]);
  // The most engaged first; counts in words, thousands grouped, zeros left out, one in the singular.
  expect(lines).toEqual([
    ['The lid cracked again', `${(1204).toLocaleString()} likes · 87 reposts · 1 reply`],
    ['Nice mug', '3 likes'],
  ]);
  // Only the list ranked by engagement shows it.
  expect(root.querySelectorAll('[data-testid="engagement"]').length).toBe(2);
  // And how it is ranked, after the list (reposts and replies weigh more than likes).
  expect(section()?.nextElementSibling?.textContent).toBe('Ranked by likes, with each repost and reply counted as two.');
});

test('"Most negative" puts what to escalate first and says what to do with each post', async () => {
  const [base] = demoMentions(opened, 1).slice(-1);
  const negative = (postId: string, score: number, signals: Mention['signals'], excerpt: string): Mention => ({
    ...base!,
    postId,
    time: opened - HOUR,
    sentiment: 'negative',
    score,
    signals,
    excerpt,
  });
  await store([
    negative('worst', -0.95, [], 'Worst coffee I have had in years'),
    negative('boycott', -0.3, ['boycott'], 'Until then I am telling friends to hold off on ordering'),
    negative('late', -0.6, ['complaint:service'], 'Third DM this week about my late order'),
  ]);
  const root = await mount(<Dashboard />);
  const list = () => [...root.querySelectorAll('h2')].find((heading) => heading.textContent === 'Most negative')?.nextElementSibling;
  await vi.waitFor(() => expect(list()?.querySelectorAll('li').length).toBe(3));
  const items = [...list()!.querySelectorAll('li')].map((item) => [item.querySelector('[data-testid="action-tag"]')?.textContent, item.querySelector('blockquote')?.textContent]);
  expect(items).toEqual([
    ['Escalate', 'Until then I am telling friends to hold off on ordering'],
    ['Reply in private', 'Third DM this week about my late order'],
    ['Reply', 'Worst coffee I have had in years'],
  ]);
});

test('a post whose time was read from "3 weeks ago" or "6 October" shows its day "or earlier", no clock time (QA)', async () => {
  const base = demoMentions(opened, 1).slice(-2);
  const listed: Mention[] = [
    { ...base[0]!, postId: 'approx', time: opened - 5 * HOUR, timeApproximate: true, sentiment: 'negative', score: -0.9, excerpt: 'From "5 hours ago"' },
    { ...base[1]!, postId: 'exact', time: opened - 2 * HOUR, sentiment: 'negative', score: -0.8, excerpt: 'With its own time' },
  ];
  await store(listed);
  const root = await mount(<Dashboard />);
  const section = () => [...root.querySelectorAll('h2')].find((heading) => heading.textContent === 'Most negative')?.nextElementSibling;
  await vi.waitFor(() => expect(section()?.querySelectorAll('li').length).toBe(2));
  const lines = [...section()!.querySelectorAll('li')].map((item) => item.querySelector('.muted.small')?.textContent ?? '');
  const day = new Date(opened - 5 * HOUR).toLocaleDateString(undefined, { dateStyle: 'medium' });
  expect(lines[0]).toContain(`· ${day} or earlier`);
  expect(lines[0]).not.toContain(new Date(opened - 5 * HOUR).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }));
  expect(lines[1]).toContain(new Date(opened - 2 * HOUR).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }));
  expect(lines[1]).not.toContain('or earlier');
});

test('a stored post link that is not a web address is no link (a javascript: or app link from a page or an API)', async () => {
  const [first, second, third] = demoMentions(opened, 1).filter((mention) => mention.sentiment === 'negative');
  await store([
    { ...first!, permalink: 'javascript:alert(document.domain)' },
    { ...second!, permalink: 'ms-msdt:/id PCWDiagnostic' },
    { ...third!, permalink: 'https://x.com/someone/status/1' },
  ]);
  const root = await mount(<Dashboard />);
  await vi.waitFor(() => expect(root.querySelectorAll('a.post-link').length).toBeGreaterThan(0));
  await settle();
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a.post-link')].map((link) => link.getAttribute('href'));
  expect(links.length).toBeGreaterThan(0);
  expect(links.every((href) => href === 'https://x.com/someone/status/1')).toBe(true);
});

test('a rise within the cool-down is listed with the alerts, saying nobody was notified of it', async () => {
  await database().alerts.clear();
  await database().alerts.bulkAdd([
    { time: opened - 5 * HOUR, platform: 'x', level: 'watch', previousLevel: 'normal', reason: 'The first spike', keyTerms: [], notified: true },
    { time: opened - HOUR, platform: 'x', level: 'watch', previousLevel: 'normal', reason: 'X rose again', keyTerms: [], withinCoolDown: true },
  ]);
  const root = await mount(<Dashboard />);
  await vi.waitFor(() => expect(root.querySelectorAll('ul.alerts li')).toHaveLength(2));
  const lines = [...root.querySelectorAll('ul.alerts li')].map((item) => [item.querySelector('p')?.textContent, item.querySelector('.muted.small')?.textContent]);
  expect(lines).toEqual([
    ['X rose again', expect.stringMatching(/ · X · not notified \(within the cool-down of an earlier alert\)$/)],
    ['The first spike', expect.stringMatching(/ · X$/)],
  ]);
});
