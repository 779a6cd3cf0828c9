// @vitest-environment happy-dom
// First run: with no brand set, the popup's one strong button is "Set up your brand". "Declare an incident"
// drawn as strongly beside it left a new user with two first steps, one of them a crisis nobody measured (QA).
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { EMPTY_BRAND } from '@/utils/tracking/brand';
import { brandProfile } from '@/utils/settings';
import { buttonNamed, mount, settle, unmountAll, useEnglishMessages } from '../options/helpers';

beforeEach(() => {
  useEnglishMessages();
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `chrome-extension://firebreak-test${path}`);
});
afterEach(unmountAll);

const primaries = (root: ParentNode) => Array.from(root.querySelectorAll('button.primary')).map((button) => button.textContent?.trim());

test('no brand: setting it up is the only primary button; Declare is still there, plainly drawn', async () => {
  await brandProfile.setValue(EMPTY_BRAND);
  const root = await mount(<Popup />);
  await settle();
  expect(primaries(root)).toEqual(['Set up your brand']);
  expect(buttonNamed(root, 'Declare an incident')).toBeTruthy();
});

test('a brand set: Declare is the primary button again', async () => {
  await brandProfile.setValue({ ...EMPTY_BRAND, names: ['Brewly'] });
  const root = await mount(<Popup />);
  await settle();
  expect(primaries(root)).toEqual(['Declare an incident']);
});
