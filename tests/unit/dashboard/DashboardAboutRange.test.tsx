// @vitest-environment happy-dom
// QA: "What it is about" over 7 or 30 days compared the range's negative mentions with the 8 to 1 days
// before now, which the range itself holds: a wave three days ago was its own baseline, and the section
// said "Not enough negative mentions in this period" in the week of a crisis. The range is set against
// the week before it.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { brandProfile } from '@/utils/settings';
import { database } from '@/utils/tracking/db';
import { buttonNamed, click, mount, settle, unmountAll, useEnglishMessages } from '../options/helpers';
import { mention } from './mention';

// The chart draws on a canvas, which happy-dom has not.
vi.mock('@/components/dashboard/TrendChart', () => ({
  TrendChart: ({ title }: { title: string }) => <p data-testid="chart-title">{title}</p>,
}));

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const NOW = Date.now();

// Ordinary talk, nine days ago: the week before a 7-day range.
const ORDINARY = [
  'Brewly delivery was two days late again',
  'The Brewly app keeps logging me out',
  'Waited twenty minutes on the Brewly helpline',
  'Brewly Mini lid is hard to open',
  'Love my Brewly Pro, best flat white',
  'Brewly coffee beans arrived stale',
  'Brewly support never answered my email',
].map((text, index) => mention(`ordinary-${index}`, NOW - 9 * DAY + index * HOUR, { excerpt: text, sentiment: index % 2 ? 'negative' : 'neutral' }));
// The wave, three days ago.
const WAVE = [
  'My Brewly Pro base sparked and the counter is scorched',
  'Brewly Pro base overheating, someone is going to get hurt',
  'Scorched counter again from the Brewly Pro base. Recall it.',
  'The base of my Brewly Pro melted on the counter',
  'Brewly base overheating burned my counter',
  'Recall the Brewly Pro base now, it is overheating',
].map((text, index) => mention(`wave-${index}`, NOW - 3 * DAY + index * HOUR, { excerpt: text }));

const terms = (root: HTMLElement) => Array.from(root.querySelectorAll('[data-testid="key-terms"] li')).map((item) => item.firstChild?.textContent?.trim());

beforeEach(async () => {
  useEnglishMessages();
  await Promise.all([database().mentions.clear(), database().buckets.clear()]);
  await brandProfile.setValue({ names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] });
});
afterEach(unmountAll);

test('over 7 days, a wave three days ago is what the negative talk is about', async () => {
  await database().mentions.bulkPut([...ORDINARY, ...WAVE]);
  const root = await mount(<Dashboard />);
  await click(buttonNamed(root, '7 days'));
  await settle();
  await vi.waitFor(() => expect(terms(root)).toContain('base'));
  expect(terms(root)).toContain('counter');
});
