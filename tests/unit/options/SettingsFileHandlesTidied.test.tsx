// @vitest-environment happy-dom
// The brand form tidies a handle as it is typed (tidyHandle: a pasted profile link gives its account, "@ brewly"
// loses its space, a lone "@" goes, a handle with and without "@" is kept once), and a hashtag ("# brewly").
// A settings file's brand was stored as written: "https://x.com/brewly" in Handles was never found in any
// post. The import tidies the lists with the form's own function, before its checks and its question.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { SettingsFileSection } from '@/components/options/SettingsFileSection';
import { createDefaultPlan } from '@/utils/plan';
import { brandProfile, crisisPlan } from '@/utils/settings';
import { compileBrandMatcher, EMPTY_BRAND } from '@/utils/tracking/brand';
import { buttonNamed, chooseSettingsFile, click, importProblems, mount, unmountAll, useEnglishMessages } from './helpers';

beforeEach(async () => {
  useEnglishMessages();
  await crisisPlan.setValue(createDefaultPlan());
  await brandProfile.setValue({ ...EMPTY_BRAND, names: ['Brewly'] });
});
afterEach(unmountAll);

test('imported handles and hashtags are tidied as the brand form tidies them, so they match', async () => {
  const root = await mount(<SettingsFileSection />);
  const brand = {
    names: ['Brewly'],
    handles: ['https://x.com/brewly', '@Brewly', '@ brewlysupport', '@', 'https://mastodon.social/@brewly'],
    hashtags: ['# brewlypro', '#'],
  };
  await chooseSettingsFile(root, JSON.stringify({ version: 1, brand }));
  expect(importProblems(root)).toEqual([]);
  const confirm = root.querySelector('.confirm')!;
  // The question shows what will be stored.
  expect(Array.from(confirm.querySelectorAll('li li')).map((li) => li.textContent)).toEqual([
    'Brand names — now: Brewly; from the file: Brewly',
    'Handles — now: none; from the file: brewly, @brewlysupport, @brewly@mastodon.social',
    'Hashtags — now: none; from the file: #brewlypro',
  ]);
  await click(buttonNamed(confirm, 'Replace these settings'));

  const stored = await brandProfile.getValue();
  expect(stored).toEqual({ ...EMPTY_BRAND, names: ['Brewly'], handles: ['brewly', '@brewlysupport', '@brewly@mastodon.social'], hashtags: ['#brewlypro'] });
  const match = compileBrandMatcher(stored);
  expect(match('thanks @brewly for the quick fix').map((hit) => hit.kind)).toContain('handle');
  expect(match('@brewlysupport my order is late').map((hit) => hit.kind)).toContain('handle');
});

test('a file whose only handle is a lone "@" names nothing once tidied, and is refused as an empty brand', async () => {
  const root = await mount(<SettingsFileSection />);
  await chooseSettingsFile(root, JSON.stringify({ version: 1, brand: { handles: ['@', ' @ '] } }));
  expect(importProblems(root)).toEqual([
    'Your brand (in the file: brand): This brand has no names, handles, hashtags or products, so Firebreak would stop listening. Add at least one (for example "names": ["Brewly"]), or delete "brand" from the file to keep your current brand.',
  ]);
  expect(root.querySelector('.confirm')).toBeNull();
});
