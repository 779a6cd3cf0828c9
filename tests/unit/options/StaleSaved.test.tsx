// @vitest-environment happy-dom
// "✓ Saved." speaks of this page's own change. When the popup (or another tab) changes the same
// setting, the options page shows the new value and no longer says "Saved." about the old one;
// this page's own save coming back from storage keeps its "Saved.".
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DisplaySection } from '@/components/options/DisplaySection';
import { NotificationsSection } from '@/components/options/NotificationsSection';
import { alerting, displaySettings } from '@/utils/settings';
import { buttonNamed, byLabel, click, mount, settle, unmountAll, useEnglishMessages } from './helpers';

const SHOW = 'Show a desktop notification when the level rises';
const COMPACT = 'Compact badges (a coloured dot; the label is still read out to screen readers)';
const HOUR = 60 * 60_000;

const status = (root: ParentNode) => root.querySelector('[role="status"]')?.textContent ?? '';
const stateLine = (root: ParentNode) => root.querySelector('[data-notifications-state]')?.textContent;

/** What the popup does when its snooze buttons are pressed: the same stored setting, from another page. */
async function popupSnoozes(hours: number): Promise<void> {
  await alerting.setValue({ ...(await alerting.getValue()), snoozedUntil: Date.now() + hours * HOUR });
  await settle();
}
async function popupUnsnoozes(): Promise<void> {
  await alerting.setValue({ ...(await alerting.getValue()), snoozedUntil: 0 });
  await settle();
}

beforeEach(useEnglishMessages);
afterEach(unmountAll);

describe('a setting changed elsewhere clears the page\'s own "Saved."', () => {
  test('notifications: ended here, then snoozed again from the popup', async () => {
    await alerting.setValue({ snoozedUntil: Date.now() + HOUR, muted: false });
    const root = await mount(<NotificationsSection />);
    await click(buttonNamed(root, 'Turn notifications back on now'));
    expect(status(root)).toBe('✓ Saved.');
    expect(stateLine(root)).toBe('Desktop notifications are on.');

    await popupSnoozes(1);
    expect(stateLine(root)).toMatch(/^Snoozed until .+: no desktop notification before then\.$/);
    expect(status(root)).toBe('');
  });

  test('notifications: muted here, then un-snoozed from the popup', async () => {
    await alerting.setValue({ snoozedUntil: Date.now() + HOUR, muted: false });
    const root = await mount(<NotificationsSection />);
    await click(byLabel(root, SHOW));
    expect(byLabel(root, SHOW).checked).toBe(false);
    expect(status(root)).toBe('✓ Saved.');

    await popupUnsnoozes();
    expect((await alerting.getValue()).snoozedUntil).toBe(0);
    expect(status(root)).toBe('');
  });

  test("the page's own change keeps its \"Saved.\" once storage has reported it back", async () => {
    const root = await mount(<NotificationsSection />);
    await click(byLabel(root, SHOW));
    await settle(10);
    expect(await alerting.getValue()).toEqual({ snoozedUntil: 0, muted: true });
    expect(status(root)).toBe('✓ Saved.');
    // A second change here says "Saved." again (the line empties first, so it is read out again), and a
    // change elsewhere after it clears it again.
    await click(byLabel(root, SHOW));
    await vi.waitFor(() => expect(status(root)).toBe('✓ Saved.'));
    await popupSnoozes(2);
    expect(status(root)).toBe('');
  });

  test('its own change reported late, keys in another order (as Chrome may), keeps "Saved."', async () => {
    await alerting.setValue({ snoozedUntil: Date.now() + HOUR, muted: false });
    // Storage's change reports to the page are held until `deliver`, each object's keys reversed.
    type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
    const held: Array<() => unknown> = [];
    const reversed = (value: unknown): unknown =>
      value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse()) : value;
    const events = fakeBrowser.storage.local.onChanged;
    const listen = events.addListener.bind(events);
    vi.spyOn(events, 'addListener').mockImplementation((listener: (changes: Changes) => unknown) =>
      listen((changes: Changes) => {
        const late = Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, { oldValue: reversed(change.oldValue), newValue: reversed(change.newValue) }]));
        held.push(() => listener(late));
      }),
    );
    const deliver = async () => {
      for (const report of held.splice(0)) await report();
      await settle();
    };
    const root = await mount(<NotificationsSection />);
    await click(buttonNamed(root, 'Turn notifications back on now'));
    expect(status(root)).toBe('✓ Saved.');
    await deliver();
    expect(stateLine(root)).toBe('Desktop notifications are on.');
    expect(status(root)).toBe('✓ Saved.');
    // The popup's snooze, reported late too, still clears it.
    await alerting.setValue({ ...(await alerting.getValue()), snoozedUntil: Date.now() + HOUR });
    await deliver();
    expect(stateLine(root)).toMatch(/^Snoozed until /);
    expect(status(root)).toBe('');
  });

  test('every section: display settings changed in another tab', async () => {
    const root = await mount(<DisplaySection />);
    await click(byLabel(root, COMPACT));
    expect(byLabel(root, COMPACT).checked).toBe(true);
    expect(status(root)).toBe('✓ Saved.');

    await displaySettings.setValue({ ...(await displaySettings.getValue()), compact: false });
    await settle();
    expect(byLabel(root, COMPACT).checked).toBe(false);
    expect(status(root)).toBe('');
  });
});
