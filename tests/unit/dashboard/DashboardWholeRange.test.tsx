// @vitest-environment happy-dom
// The dashboard read only the newest 5,000 mentions of its range: on a busy day its "Most negative" and
// "Most engaged" lists and "What it is about" left out everything before the last hour or two. The lists are
// now right over the whole range, and the key terms read a sample spread over all of it.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { brandProfile } from '@/utils/settings';
import { database, type Mention } from '@/utils/tracking/db';
import { mount, unmountAll, useEnglishMessages } from '../options/helpers';
import { mention } from './mention';

// The chart draws on a canvas, which happy-dom has not.
vi.mock('@/components/dashboard/TrendChart', () => ({
  TrendChart: ({ title }: { title: string }) => <p data-testid="chart-title">{title}</p>,
}));

/** Slices starting before `before` are read only once `until` resolves (the last test). */
const hold = vi.hoisted(() => ({ before: -Infinity, until: Promise.resolve() }));
vi.mock('@/components/dashboard/digest', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/components/dashboard/digest')>();
  return {
    ...actual,
    digestSlice: async (...args: Parameters<typeof actual.digestSlice>) => {
      if (args[1].lo < hold.before) await hold.until;
      return actual.digestSlice(...args);
    },
  };
});

const HOUR = 60 * 60_000;
const NOW = Date.now();

// The last two hours: 5,200 mild complaints about a late delivery, each liked once.
const BUSY: Mention[] = Array.from({ length: 5_200 }, (_, index) => ({
  ...mention(`busy-${index}`, NOW - 2 * HOUR + index * 1_000, { excerpt: 'Brewly delivery was late again' }),
  score: -0.3,
  engagement: { likes: 1 },
}));
// Earlier in the day: a call to boycott (to escalate) and the day's most shared post.
const BOYCOTT: Mention = { ...mention('boycott', NOW - 20 * HOUR, { excerpt: 'Boycott Brewly until they recall the kettle' }), score: -0.2, signals: ['boycott'] };
const VIRAL: Mention = { ...mention('viral', NOW - 19 * HOUR, { excerpt: 'My Brewly kettle lid cracked and scalded my hand' }), score: -0.7, engagement: { likes: 5_000, reposts: 900 } };
// And the morning's talk, about the kettle's lid.
const MORNING: Mention[] = Array.from({ length: 600 }, (_, index) =>
  mention(`morning-${index}`, NOW - 22 * HOUR + index * 10_000, { excerpt: index % 2 ? 'Brewly kettle lid cracked after a week' : 'The lid of my Brewly kettle cracked' }),
);

const listUnder = (root: HTMLElement, heading: string) => [...root.querySelectorAll('h2')].find((h2) => h2.textContent === heading)?.nextElementSibling;
const quotes = (list: Element | null | undefined) => [...(list?.querySelectorAll('li blockquote') ?? [])].map((quote) => quote.textContent);
const terms = (root: HTMLElement) => Array.from(root.querySelectorAll('[data-testid="key-terms"] li')).map((item) => item.firstChild?.textContent?.trim());

beforeEach(async () => {
  useEnglishMessages();
  await Promise.all([database().mentions.clear(), database().buckets.clear()]);
  await brandProfile.setValue({ names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] });
});
afterEach(unmountAll);

test('on a busy day, the lists and the key terms cover the whole 24 hours, not the newest 5,000 mentions', async () => {
  await database().mentions.bulkPut([...MORNING, BOYCOTT, VIRAL, ...BUSY]);
  const root = await mount(<Dashboard />);
  // The newest hours are shown first, saying so (useRangeDigest): wait for the whole range.
  await vi.waitFor(
    () => {
      expect(root.querySelector('[data-testid="reading-older"]')).toBeNull();
      expect(quotes(listUnder(root, 'Most negative')).length).toBe(8);
    },
    { timeout: 10_000 },
  );
  expect(quotes(listUnder(root, 'Most negative'))[0]).toBe(BOYCOTT.excerpt);
  expect(quotes(listUnder(root, 'Most negative'))).toContain(VIRAL.excerpt);
  expect(quotes(listUnder(root, 'Most engaged'))[0]).toBe(VIRAL.excerpt);
  // The morning's talk is in the sample ("lid", or a phrase with it).
  await vi.waitFor(() => expect(terms(root).filter((term) => term?.includes('lid'))).not.toEqual([]), { timeout: 10_000 });
  expect(terms(root)).toContain('delivery');
}, 60_000);

test('while older mentions are read, the lists show the newest hours, saying since when; key terms wait for the whole range', async () => {
  await database().mentions.bulkPut([...MORNING, BOYCOTT, VIRAL, ...BUSY]);
  let letGo!: () => void;
  hold.until = new Promise<void>((resolve) => (letGo = resolve));
  hold.before = NOW - 3 * HOUR;
  try {
    const root = await mount(<Dashboard />);
    // The slices after hold.before are read one after the other, the newest first: until the busy hours are.
    await vi.waitFor(
      () => {
        expect(root.querySelector('[data-testid="reading-older"]')?.textContent).toMatch(/^Still reading older mentions: these lists are of the mentions since /);
        expect(quotes(listUnder(root, 'Most negative'))).toHaveLength(8);
      },
      { timeout: 10_000 },
    );
    // The busy hours' own most negative and most engaged: none of the day's before them.
    const negative = quotes(listUnder(root, 'Most negative'));
    expect(new Set(negative)).toEqual(new Set([BUSY[0]!.excerpt]));
    expect(quotes(listUnder(root, 'Most engaged'))).not.toContain(VIRAL.excerpt);
    expect(terms(root)).toEqual([]);

    letGo();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="reading-older"]')).toBeNull(), { timeout: 10_000 });
    expect(quotes(listUnder(root, 'Most negative'))[0]).toBe(BOYCOTT.excerpt);
    expect(quotes(listUnder(root, 'Most engaged'))[0]).toBe(VIRAL.excerpt);
  } finally {
    hold.before = -Infinity;
    letGo();
  }
}, 60_000);
