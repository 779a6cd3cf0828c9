// @vitest-environment happy-dom
// The brand form refuses terms that could never match (BrandSection's listProblem and exclusionProblem):
// "🔥" with no letter or digit, "#acme" in Handles, "#acme recall" as a hashtag, an exclusion that removes
// the brand's own name. A settings file imported them all the same, and Firebreak then listened for
// nothing. The import refuses them with the form's own checks, says which list and what to do, and
// changes nothing.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsFileSection } from '@/components/options/SettingsFileSection';
import { createDefaultPlan } from '@/utils/plan';
import { brandProfile, crisisPlan } from '@/utils/settings';
import { EMPTY_BRAND } from '@/utils/tracking/brand';
import { chooseSettingsFile, importProblems, mount, unmountAll, useEnglishMessages } from './helpers';

const BRAND = { ...EMPTY_BRAND, names: ['Brewly'], handles: ['@brewly'] };
const everything = async () => fakeBrowser.storage.local.get(null);
const brandFile = (brand: Partial<typeof BRAND>) => JSON.stringify({ version: 1, brand });

beforeEach(async () => {
  useEnglishMessages();
  await crisisPlan.setValue(createDefaultPlan());
  await brandProfile.setValue(BRAND);
});
afterEach(unmountAll);

describe('an imported brand term that could never match is refused as the brand form refuses it', () => {
  test.each([
    [
      'a name that is only emoji',
      { names: ['Apple', '🔥'] },
      'Your brand › Brand names (in the file: brand.names): “🔥” can never be found: Firebreak finds your brand by its words, and emoji or punctuation alone are not words. Write it in letters or digits, as people type it, or remove it.',
    ],
    [
      'a hashtag in Handles',
      { names: ['Apple'], handles: ['@apple', '#apple'] },
      'Your brand › Handles (in the file: brand.handles): A handle never starts with “#”: move #apple from "handles" to "hashtags" in the file.',
    ],
    [
      'a hashtag with a space',
      { names: ['Apple'], hashtags: ['#apple pie'] },
      'Your brand › Hashtags (in the file: brand.hashtags): A hashtag has no spaces: write #applepie, not “#apple pie”.',
    ],
    [
      'an exclusion that removes the brand name itself',
      { names: ['Apple'], exclusions: ['APPLE'] },
      'Your brand › Exclusions (in the file: brand.exclusions): “APPLE” here also removes “Apple”, so Firebreak would never find it. Remove “APPLE”, or make it longer (for example “APPLE pie”, as posts that are not about you say it).',
    ],
  ])('%s', async (_name, brand, problem) => {
    const before = await everything();
    const root = await mount(<SettingsFileSection />);
    await chooseSettingsFile(root, brandFile(brand));
    expect(importProblems(root)).toEqual([problem]);
    expect(root.querySelector('.confirm')).toBeNull();
    expect(await everything()).toEqual(before);
  });

  test('every list with a problem is named at once', async () => {
    const root = await mount(<SettingsFileSection />);
    await chooseSettingsFile(root, brandFile({ names: ['🔥'], handles: ['#apple'], products: ['Apple Pie'], exclusions: ['apple pie'] }));
    expect(importProblems(root).map((problem) => problem?.split(' (in the file')[0])).toEqual([
      'Your brand › Brand names',
      'Your brand › Handles',
      'Your brand › Exclusions',
    ]);
  });

  test('a brand the form would save is still imported', async () => {
    const root = await mount(<SettingsFileSection />);
    await chooseSettingsFile(root, brandFile({ names: ['Apple', 'Brewly ☕'], handles: ['@apple'], hashtags: ['#Apple🔥'], exclusions: ['apple pie'] }));
    expect(importProblems(root)).toEqual([]);
    expect(root.querySelector('.confirm')).not.toBeNull();
  });
});
