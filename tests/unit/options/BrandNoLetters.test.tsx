// @vitest-environment happy-dom
// A brand term with no letter or digit ("🔥", "🍔🍟", "!!!") can never match: Firebreak finds the brand by
// its words, and an emoji is none. The form saved it with "✓ Saved." and Firebreak then listened for
// nothing. It is refused next to its list, with what to write instead, as the other terms that could
// never match are (listProblem).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BrandSection, listProblem } from '@/components/options/BrandSection';
import { brandProfile } from '@/utils/settings';
import { compileBrandMatcher, EMPTY_BRAND } from '@/utils/tracking/brand';
import { buttonNamed, byLabel, click, mount, unmountAll, type, useEnglishMessages } from './helpers';

const BRAND = { ...EMPTY_BRAND, names: ['Brewly'] };
const status = (root: HTMLElement) => root.querySelector('[role="status"]')?.textContent;

beforeEach(async () => {
  useEnglishMessages();
  await brandProfile.setValue(BRAND);
});
afterEach(unmountAll);

describe('a brand term with no letters or digits', () => {
  test.each([['🔥'], ['🍔🍟'], ['❤️'], ['👍🏽'], ['!!!']])('%s never matches, even written on its own', (term) => {
    for (const key of ['names', 'products', 'hashtags', 'handles'] as const) {
      expect(compileBrandMatcher({ ...EMPTY_BRAND, [key]: [term] })(`${term} ${term} love it ${term}`)).toEqual([]);
    }
  });

  test('a name that is only emoji is refused next to its list, says what to write, and is not saved', async () => {
    const root = await mount(<BrandSection />);
    const names = byLabel(root, 'Brand names');
    await type(names, 'Brewly, 🔥, 🍔🍟', 'change');
    await click(buttonNamed(root, 'Save brand'));

    expect(await brandProfile.getValue()).toEqual(BRAND);
    expect(names.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${names.id}-error`)?.textContent).toBe(
      'Error: “🔥”, “🍔🍟” can never be found: Firebreak finds your brand by its words, and emoji or punctuation alone are not words. Write it in letters or digits, as people type it, or remove it.',
    );
    expect(document.activeElement).toBe(names);
    expect(status(root)).toBe('Not saved: fix the lists marked “Error:” above.');

    // Removed, the brand saves.
    await type(names, 'Brewly, Brewly 🔥', 'change');
    expect(document.getElementById(`${names.id}-error`)).toBeNull();
    await click(buttonNamed(root, 'Save brand'));
    expect(status(root)).toBe('✓ Saved.');
    expect((await brandProfile.getValue()).names).toEqual(['Brewly', 'Brewly 🔥']);
  });

  test.each([
    ['products', ''],
    ['hashtags', '#'],
    ['handles', '@'],
    ['exclusions', ''],
  ] as const)('in %s too', (key, sigil) => {
    expect(listProblem(key, [`${sigil}Brewly`, `${sigil}🍔`, '🍟'])).toBe(
      `“${sigil}🍔”, “🍟” can never be found: Firebreak finds your brand by its words, and emoji or punctuation alone are not words. Write it in letters or digits, as people type it, or remove it.`,
    );
  });

  test('a term with a letter or a digit in it is fine: "7-Eleven ⭐", "Brewly ☕", "#Brewly🔥", a name in another script', () => {
    expect(listProblem('names', ['Brewly ☕', '7 ⭐', 'ブルーリー', 'Ⅻ'])).toBeNull();
    expect(listProblem('hashtags', ['#Brewly🔥'])).toBeNull();
  });
});
