// @vitest-environment happy-dom
// "Test message sent." is what a screen-reader user waits to hear after "Send test message". A live region
// is heard when its content changes, and one put into the page with its words already in it is not read out
// by every browser and screen reader: the region must be there, empty, before the outcome goes into it.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TeamAlertsSection } from '@/components/options/TeamAlertsSection';
import { setWebhookUrl } from '@/utils/sources/secrets';
import { teamAlertsSettings } from '@/utils/sources/settings';
import { buttonNamed, click, mount, settle, unmountAll, useEnglishMessages } from './helpers';

vi.mock('@/utils/sources/webhooks', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/utils/sources/webhooks')>()),
  sendTeamAlert: async () => ({ ok: true }),
}));

beforeEach(async () => {
  useEnglishMessages();
  fakeBrowser.permissions.contains = vi.fn(async () => true) as unknown as typeof fakeBrowser.permissions.contains;
  const listeners = { addListener: () => undefined, removeListener: () => undefined, hasListener: () => false };
  Object.assign(fakeBrowser.permissions, { onAdded: listeners, onRemoved: listeners });
  await teamAlertsSettings.setValue({ enabled: true, kind: 'slack', levelChanges: true, internalUpdates: true });
  await setWebhookUrl('https://hooks.example.com/services/T000/B000/XXXXsecret');
});
afterEach(unmountAll);

test('"Test message sent." goes into a live region that was already in the page, and again on the next test', async () => {
  const root = await mount(<TeamAlertsSection />);
  const regions = Array.from(root.querySelectorAll('[role="status"], [aria-live]'));
  await click(buttonNamed(root, 'Send test message'));
  const heard = regions.filter((region) => region.textContent?.includes('Test message sent.'));
  expect(heard).toHaveLength(1);

  // Sent again: the region empties first, so the same words are a change, heard again.
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(heard[0]!.textContent ?? ''));
  observer.observe(heard[0]!, { childList: true, subtree: true, characterData: true });
  await click(buttonNamed(root, 'Send test message'));
  await settle();
  observer.disconnect();
  expect(seen).toContain('');
  expect(heard[0]!.textContent).toContain('Test message sent.');
});
