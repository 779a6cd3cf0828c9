// @vitest-environment happy-dom
// The brand form refuses terms that could never match (listProblem: "#acme" in Handles, a hashtag with a
// space). A name that is also an exclusion ("Apple" and "apple pie"'s shorter cousin "apple") can never
// match either: every mention of it lies within the exclusion. The form saves it with "✓ Saved." and
// Firebreak then listens for nothing, without a word.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { BrandSection, exclusionProblem } from '@/components/options/BrandSection';
import { brandProfile } from '@/utils/settings';
import { compileBrandMatcher, EMPTY_BRAND } from '@/utils/tracking/brand';
import { buttonNamed, byLabel, click, mount, type, unmountAll, useEnglishMessages } from './helpers';

const status = (root: HTMLElement) => root.querySelector('[role="status"]')?.textContent;

beforeEach(async () => {
  useEnglishMessages();
  await brandProfile.setValue(EMPTY_BRAND);
});
afterEach(unmountAll);

test('a brand name that is also an exclusion is pointed out, not saved as a brand that matches nothing', async () => {
  // The matcher: the name never matches, even in a plain mention.
  expect(compileBrandMatcher({ ...EMPTY_BRAND, names: ['Apple'], exclusions: ['apple'] })('Apple recall: my Apple Watch burnt me')).toEqual([]);

  const root = await mount(<BrandSection />);
  await type(byLabel(root, 'Brand names'), 'Apple', 'change');
  await type(byLabel(root, 'Exclusions'), 'apple, apple pie', 'change');
  await click(buttonNamed(root, 'Save brand'));

  expect({ status: status(root), exclusionsInvalid: byLabel(root, 'Exclusions').getAttribute('aria-invalid') }).toEqual({
    status: 'Not saved: fix the lists marked “Error:” above.',
    exclusionsInvalid: 'true',
  });
});

test('exclusions that only remove other uses of a name are fine', () => {
  const brand = { ...EMPTY_BRAND, names: ['Apple', 'Brewly'], products: ['Brewly Pro'], exclusions: ['apple pie', 'apples', 'pro bono'] };
  expect(exclusionProblem(brand)).toBeNull();
  expect(exclusionProblem({ ...brand, exclusions: ['APPLE'] })).toMatch(/^“APPLE” here also removes “Apple”/);
});
