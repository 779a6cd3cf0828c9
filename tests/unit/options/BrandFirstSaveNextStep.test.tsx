// @vitest-environment happy-dom
// QA: on a first run, saving the first brand said "✓ Saved." and nothing else: a new user was left
// wondering what happens now. The first save of a brand (from none) says what comes next: where Firebreak
// listens, and that it learns a normal day first ("Learning normal" in the popup). A later save of a brand
// already set says only "Saved.", and the status line keeps its own words.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { BrandSection } from '@/components/options/BrandSection';
import { EMPTY_BRAND } from '@/utils/tracking/brand';
import { brandProfile, DEFAULT_DISPLAY, displaySettings } from '@/utils/settings';
import { buttonNamed, byLabel, click, mount, settle, type, unmountAll, useEnglishMessages } from './helpers';

const nextStep = (root: HTMLElement) => root.querySelector('[data-testid="brand-next-step"]')?.textContent ?? '';
const status = (root: HTMLElement) => root.querySelector('[role="status"]')?.textContent;

beforeEach(async () => {
  useEnglishMessages();
  await brandProfile.setValue(EMPTY_BRAND);
  await displaySettings.setValue(DEFAULT_DISPLAY);
});
afterEach(unmountAll);

test('the first brand saved says what happens next: where Firebreak listens, and that it learns a normal day first', async () => {
  const root = await mount(<BrandSection />);
  expect(nextStep(root)).toBe('');
  await type(byLabel(root, 'Brand names'), 'Brewly, Brewly Coffee', 'change');
  await click(buttonNamed(root, 'Save brand'));

  expect((await brandProfile.getValue()).names).toEqual(['Brewly', 'Brewly Coffee']);
  // The status line says "Saved." and only that: the next step is not in the live status line.
  expect(status(root)).toBe('✓ Saved.');
  const text = nextStep(root);
  expect(text).toContain('Brewly');
  expect(text).toContain('X, Reddit, YouTube, LinkedIn, Facebook, Instagram, Threads, TikTok, Bluesky, Mastodon');
  expect(text).toContain('Listening sources');
  expect(text).toContain('a day');
  expect(text).toContain('Learning normal');
  expect(root.querySelector('[role="status"] [data-testid="brand-next-step"]')).toBeNull();
});

test('the next step names only the platforms turned on under Badges and platforms', async () => {
  await displaySettings.setValue({ ...DEFAULT_DISPLAY, platforms: { ...DEFAULT_DISPLAY.platforms, x: false, tiktok: false } });
  const root = await mount(<BrandSection />);
  await type(byLabel(root, 'Handles'), '@brewly', 'change');
  await click(buttonNamed(root, 'Save brand'));

  const text = nextStep(root);
  expect(text).toContain('@brewly');
  expect(text).toContain('Reddit, YouTube, LinkedIn, Facebook, Instagram, Threads, Bluesky, Mastodon');
  expect(text).not.toMatch(/\bX\b|TikTok/);
});

test('with every platform off, the next step says to turn one on', async () => {
  await displaySettings.setValue({ ...DEFAULT_DISPLAY, platforms: Object.fromEntries(Object.keys(DEFAULT_DISPLAY.platforms).map((id) => [id, false])) as typeof DEFAULT_DISPLAY.platforms });
  const root = await mount(<BrandSection />);
  await type(byLabel(root, 'Brand names'), 'Brewly', 'change');
  await click(buttonNamed(root, 'Save brand'));

  expect(nextStep(root)).toContain('Badges and platforms');
  expect(nextStep(root)).toContain('turn on');
});

test('a save refused (nothing to listen for) says no next step', async () => {
  const root = await mount(<BrandSection />);
  await click(buttonNamed(root, 'Save brand'));
  expect(status(root)).toBe('Add at least one name, handle, hashtag or product, so Firebreak knows what to listen for.');
  expect(nextStep(root)).toBe('');
});

test('saving a brand already set says only "Saved."', async () => {
  await brandProfile.setValue({ ...EMPTY_BRAND, names: ['Brewly'] });
  const root = await mount(<BrandSection />);
  await type(byLabel(root, 'Brand names'), 'Brewly, Brewly Coffee', 'change');
  await click(buttonNamed(root, 'Save brand'));
  expect(status(root)).toBe('✓ Saved.');
  expect(nextStep(root)).toBe('');
});

test('the next step goes with the next save of the brand, and when the brand is changed elsewhere', async () => {
  const root = await mount(<BrandSection />);
  await type(byLabel(root, 'Brand names'), 'Brewly', 'change');
  await click(buttonNamed(root, 'Save brand'));
  expect(nextStep(root)).toContain('Brewly');

  await type(byLabel(root, 'Brand names'), 'Brewly, Brewly Coffee', 'change');
  await click(buttonNamed(root, 'Save brand'));
  expect(status(root)).toBe('✓ Saved.');
  expect(nextStep(root)).toBe('');

  // Emptied elsewhere (a settings file, another tab), then set again here: the first brand again.
  await brandProfile.setValue(EMPTY_BRAND);
  await type(byLabel(root, 'Brand names'), 'Kettle Co', 'change');
  await click(buttonNamed(root, 'Save brand'));
  expect(nextStep(root)).toContain('Kettle Co');
  await brandProfile.setValue({ ...EMPTY_BRAND, names: ['Other'] });
  await settle();
  expect(nextStep(root)).toBe('');
});
