// @vitest-environment happy-dom
// A button that takes itself away (Remove, Replace) must not drop a keyboard user's focus to the top of
// the page: it goes to the control that takes the button's place, as NotificationsSection's "Turn back on"
// does. happy-dom, like the browsers, leaves no element focused once the focused one is removed.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InstancesSection } from '@/components/options/InstancesSection';
import { TeamAlertsSection } from '@/components/options/TeamAlertsSection';
import { mastodonHosts } from '@/utils/settings';
import { getWebhookUrl, setWebhookUrl } from '@/utils/sources/secrets';
import { teamAlertsSettings } from '@/utils/sources/settings';
import { buttonNamed, click, mount, settle, type, unmountAll, useEnglishMessages } from './helpers';

const URL_SAVED = 'https://hooks.example.com/services/T000/B000/XXXXsecret';

beforeEach(async () => {
  useEnglishMessages();
  fakeBrowser.permissions.request = vi.fn(async () => true) as unknown as typeof fakeBrowser.permissions.request;
  fakeBrowser.permissions.contains = vi.fn(async () => true) as unknown as typeof fakeBrowser.permissions.contains;
  fakeBrowser.permissions.remove = vi.fn(async () => true) as unknown as typeof fakeBrowser.permissions.remove;
  fakeBrowser.runtime.getManifest = (() => ({ manifest_version: 3, name: 'Firebreak', version: '0' })) as typeof fakeBrowser.runtime.getManifest;
  const listeners = { addListener: () => undefined, removeListener: () => undefined, hasListener: () => false };
  Object.assign(fakeBrowser.permissions, { onAdded: listeners, onRemoved: listeners });
});
afterEach(unmountAll);

/** Presses a button from the keyboard: it has the focus, then it is activated. */
async function press(button: HTMLButtonElement) {
  button.focus();
  expect(document.activeElement).toBe(button);
  await click(button);
}

describe('Mastodon instances', () => {
  test('removing one keeps the focus in the section, on the field to add one', async () => {
    await mastodonHosts.setValue(['social.example.org', 'other.example.net']);
    const root = await mount(<InstancesSection />);
    await press(buttonNamed(root, /social\.example\.org/));
    expect(root.textContent).not.toContain('social.example.org');
    expect(document.activeElement).toBe(root.querySelector('input[name="instance"]'));
  });
});

describe('Team alerts webhook address', () => {
  beforeEach(async () => {
    await teamAlertsSettings.setValue({ enabled: true, kind: 'slack', levelChanges: true, internalUpdates: true });
    await setWebhookUrl(URL_SAVED);
  });

  test('"Replace" puts the focus in the field for the new address', async () => {
    const root = await mount(<TeamAlertsSection />);
    await press(buttonNamed(root, 'Replace address'));
    expect(document.activeElement).toBe(root.querySelector('input[name="team-alerts-url"]'));
  });

  test('"Remove" puts the focus in the field for an address', async () => {
    const root = await mount(<TeamAlertsSection />);
    await press(buttonNamed(root, 'Remove address'));
    expect(await getWebhookUrl()).toBe('');
    expect(document.activeElement).toBe(root.querySelector('input[name="team-alerts-url"]'));
  });
});

describe('Team alerts webhook address, saved with Enter', () => {
  test('the saved address takes the field\'s place, and the focus goes to "Replace address"', async () => {
    await teamAlertsSettings.setValue({ enabled: true, kind: 'slack', levelChanges: true, internalUpdates: true });
    await setWebhookUrl(URL_SAVED);
    const root = await mount(<TeamAlertsSection />);
    await press(buttonNamed(root, 'Replace address'));
    const field = root.querySelector<HTMLInputElement>('input[name="team-alerts-url"]')!;
    await type(field, 'https://hooks.example.com/services/T000/B000/NEWsecret');
    field.focus();
    await act(() => {
      field.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await settle();
    expect(await getWebhookUrl()).toBe('https://hooks.example.com/services/T000/B000/NEWsecret');
    expect(root.querySelector('input[name="team-alerts-url"]')).toBeNull();
    expect(document.activeElement).toBe(buttonNamed(root, 'Replace address'));
  });

  test('an address refused keeps the field, and a later save with the button leaves the focus on it', async () => {
    await teamAlertsSettings.setValue({ enabled: true, kind: 'slack', levelChanges: true, internalUpdates: true });
    await setWebhookUrl(URL_SAVED);
    const root = await mount(<TeamAlertsSection />);
    await press(buttonNamed(root, 'Replace address'));
    const field = root.querySelector<HTMLInputElement>('input[name="team-alerts-url"]')!;
    await type(field, 'http://insecure.example.com/hook');
    field.focus();
    await act(() => {
      field.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await settle();
    expect(root.querySelector('input[name="team-alerts-url"]')).toBe(field);
    await type(field, '');
    const save = buttonNamed(root, 'Save team alerts');
    await press(save);
    expect(root.querySelector('input[name="team-alerts-url"]')).toBeNull();
    expect(document.activeElement).toBe(save);
  });
});
