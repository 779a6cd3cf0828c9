// @vitest-environment happy-dom
// Team alerts whose site permission is gone (taken back in the browser's settings): the section names
// that problem, not "save an address" or "turn the source off and on", and offers the way back.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TeamAlertsSection } from '@/components/options/TeamAlertsSection';
import { setWebhookUrl } from '@/utils/sources/secrets';
import { teamAlertsSettings, teamAlertsState } from '@/utils/sources/settings';
import { buttonNamed, click, mount, settle, unmountAll, useEnglishMessages } from './helpers';

const URL_SAVED = 'https://hooks.example.com/services/T000/B000/XXXXsecret';
const ORIGIN = 'https://hooks.example.com/*';

let granted: Set<string>;
let request: ReturnType<typeof vi.fn>;
let answer: boolean;

beforeEach(async () => {
  useEnglishMessages();
  granted = new Set();
  answer = true;
  request = vi.fn(async ({ origins }: { origins: string[] }) => {
    if (answer) for (const origin of origins) granted.add(origin);
    return answer;
  });
  fakeBrowser.permissions.request = request as unknown as typeof fakeBrowser.permissions.request;
  fakeBrowser.permissions.contains = (async ({ origins }: { origins: string[] }) =>
    origins.every((origin) => granted.has(origin))) as unknown as typeof fakeBrowser.permissions.contains;
  const listeners = { addListener: () => undefined, removeListener: () => undefined, hasListener: () => false };
  Object.assign(fakeBrowser.permissions, { onAdded: listeners, onRemoved: listeners });
  await teamAlertsSettings.setValue({ enabled: true, kind: 'slack', levelChanges: true, internalUpdates: true });
  await setWebhookUrl(URL_SAVED);
});
afterEach(unmountAll);

const statusLine = (root: ParentNode) => root.querySelector('[data-team-alerts-status]')?.textContent ?? '';

describe('TeamAlertsSection without the site permission', () => {
  test('says so when the page opens, and "Allow" asks for that origin and clears the warning', async () => {
    const root = await mount(<TeamAlertsSection />);
    expect(root.textContent).toContain('Firebreak is not allowed to reach hooks.example.com any more, so no team alert can be sent.');
    await click(buttonNamed(root, 'Allow hooks.example.com'));
    expect(request).toHaveBeenCalledWith({ origins: [ORIGIN] });
    await settle();
    expect(root.textContent).not.toContain('is not allowed to reach');
    expect(root.textContent).toContain('hooks.example.com is allowed again. Send a test message to check.');
    expect(() => buttonNamed(root, 'Allow hooks.example.com')).toThrow();
  });

  test('refused again: says so, and the button stays', async () => {
    answer = false;
    const root = await mount(<TeamAlertsSection />);
    await click(buttonNamed(root, 'Allow hooks.example.com'));
    expect(root.textContent).toContain('Permission for hooks.example.com was not given, so team alerts still cannot be sent.');
    expect(buttonNamed(root, 'Allow hooks.example.com')).toBeTruthy();
  });

  test('a test message names the missing permission and the step, never "save an address" or a "source"', async () => {
    const root = await mount(<TeamAlertsSection />);
    await click(buttonNamed(root, 'Send test message'));
    await settle();
    const shown = root.querySelector('.status')?.textContent ?? '';
    expect(shown).toBe('Nothing was sent: Firebreak is not allowed to reach hooks.example.com. Choose Allow hooks.example.com, then Allow when the browser asks.');
    expect(root.textContent).not.toContain('Save an address first');
    expect(document.activeElement).toBe(buttonNamed(root, 'Allow hooks.example.com'));
    expect((await teamAlertsState.getValue()).lastError?.code).toBe('permission');
    expect(statusLine(root)).toContain("Firebreak was not allowed to reach the webhook's site. Allow it again with the button above.");
    expect(statusLine(root)).not.toContain('source');
  });

  test('with the permission held, no warning', async () => {
    granted.add(ORIGIN);
    const root = await mount(<TeamAlertsSection />);
    expect(root.textContent).not.toContain('is not allowed to reach');
    expect(() => buttonNamed(root, 'Allow hooks.example.com')).toThrow();
  });
});
