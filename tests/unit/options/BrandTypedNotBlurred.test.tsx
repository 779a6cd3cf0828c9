// @vitest-environment happy-dom
// The unsaved-changes guard must cover a brand term that is typed but not yet committed by leaving the
// field: the brand lists update their draft only on `change` (blur), so closing or reloading the page
// with the caret still in "Brand names" loses the text without the browser's "Leave site?" question.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { BrandSection } from '@/components/options/BrandSection';
import { brandProfile } from '@/utils/settings';
import { byLabel, mount, type, unmountAll, useEnglishMessages } from './helpers';

const status = (root: HTMLElement) => root.querySelector('[role="status"]')?.textContent;

beforeEach(async () => {
  useEnglishMessages();
  await brandProfile.setValue({ names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] });
});
afterEach(unmountAll);

test('a brand name typed (focus still in the field) is guarded when the page is closed', async () => {
  const root = await mount(<BrandSection />);
  const names = byLabel(root, 'Brand names');
  names.focus();
  // Keystrokes send `input`; `change` comes only when the field is left.
  await type(names, 'Brewly, Brewly Coffee', 'input');

  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  expect({ asks: event.defaultPrevented, status: status(root) }).toEqual({
    asks: true,
    status: '● Unsaved changes. Save this section to keep them.',
  });
});
