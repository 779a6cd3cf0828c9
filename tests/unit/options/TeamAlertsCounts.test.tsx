// @vitest-environment happy-dom
// The team alerts' status line counts the messages sent and not sent as the browser's UI language groups
// them: "Sent 1,204 messages", never "1204".
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TeamAlertsSection } from '@/components/options/TeamAlertsSection';
import { teamAlertsState } from '@/utils/sources/settings';
import { mount, unmountAll, useEnglishMessages } from './helpers';

beforeEach(async () => {
  useEnglishMessages();
  const listeners = { addListener: () => undefined, removeListener: () => undefined, hasListener: () => false };
  Object.assign(fakeBrowser.permissions, { onAdded: listeners, onRemoved: listeners });
  fakeBrowser.permissions.contains = (async () => true) as unknown as typeof fakeBrowser.permissions.contains;
  const at = Date.now() - 60_000;
  await teamAlertsState.setValue({ sent: 1204, failed: 1500, lastSent: at, lastError: { at, code: 'network' } });
});
afterEach(unmountAll);

const statusLine = (root: ParentNode) => root.querySelector('[data-team-alerts-status]')?.textContent ?? '';

describe('team alerts status counts', () => {
  test('grouped in English: "Sent 1,204 messages", "1,500 could not be sent"', async () => {
    const root = await mount(<TeamAlertsSection />);
    await vi.waitFor(() => expect(statusLine(root)).toContain('Sent 1,204 messages; last at '));
    expect(statusLine(root)).toContain('1,500 could not be sent; last problem at ');
  });

  test('grouped as the UI language does: "1.204" in German', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de');
    const root = await mount(<TeamAlertsSection />);
    await vi.waitFor(() => expect(statusLine(root)).toContain('Sent 1.204 messages; last at '));
    expect(statusLine(root)).toContain('1.500 could not be sent; last problem at ');
  });

  test('one message is "Sent 1 message", not "1 messages"', async () => {
    await teamAlertsState.setValue({ sent: 1, failed: 0, lastSent: Date.now() - 60_000 });
    const root = await mount(<TeamAlertsSection />);
    await vi.waitFor(() => expect(statusLine(root)).toContain('Sent 1 message; last at '));
  });
});
