// @vitest-environment happy-dom
// A mute has no end: the options page shows it and turns it back off; a snooze, however long, can be ended.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { NotificationsSection } from '@/components/options/NotificationsSection';
import { Options } from '@/components/options/Options';
import { alerting } from '@/utils/settings';
import { buttonNamed, byLabel, click, mount, unmountAll, useEnglishMessages } from './helpers';

const SHOW = 'Show a desktop notification when the level rises';
const stateLine = (root: ParentNode) => root.querySelector('[data-notifications-state]')?.textContent;

beforeEach(useEnglishMessages);
afterEach(unmountAll);

describe('NotificationsSection', () => {
  test('muted: shown as off, and ticking the box turns notifications back on', async () => {
    await alerting.setValue({ snoozedUntil: 0, muted: true });
    const root = await mount(<NotificationsSection />);
    const box = byLabel(root, SHOW);
    expect(box.checked).toBe(false);
    expect(stateLine(root)).toBe('Desktop notifications are off (muted) until you tick the box above.');
    await click(box);
    expect(await alerting.getValue()).toEqual({ snoozedUntil: 0, muted: false });
    expect(byLabel(root, SHOW).checked).toBe(true);
    expect(stateLine(root)).toBe('Desktop notifications are on.');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('✓ Saved.');
  });

  test('unticking mutes', async () => {
    const root = await mount(<NotificationsSection />);
    await click(byLabel(root, SHOW));
    expect(await alerting.getValue()).toEqual({ snoozedUntil: 0, muted: true });
  });

  test('a snooze says until when, and can be ended at once (the focus stays in the section)', async () => {
    const until = Date.now() + 60 * 60_000;
    await alerting.setValue({ snoozedUntil: until, muted: false });
    const root = await mount(<NotificationsSection />);
    expect(stateLine(root)).toMatch(/^Snoozed until .+: no desktop notification before then\.$/);
    await click(buttonNamed(root, 'Turn notifications back on now'));
    expect(await alerting.getValue()).toEqual({ snoozedUntil: 0, muted: false });
    expect(stateLine(root)).toBe('Desktop notifications are on.');
    expect(document.activeElement).toBe(byLabel(root, SHOW));
  });

  test('muted and snoozed: "Turn notifications back on now" does, ending the mute as well as the snooze', async () => {
    await alerting.setValue({ snoozedUntil: Date.now() + 60 * 60_000, muted: true });
    const root = await mount(<NotificationsSection />);
    expect(stateLine(root)).toBe('Desktop notifications are off (muted) until you tick the box above.');
    await click(buttonNamed(root, 'Turn notifications back on now'));
    expect(await alerting.getValue()).toEqual({ snoozedUntil: 0, muted: false });
    expect(byLabel(root, SHOW).checked).toBe(true);
    expect(stateLine(root)).toBe('Desktop notifications are on.');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('✓ Saved.');
  });

  test('a snooze past any date (a settings file could hold one) reads as having no end, and can be ended', async () => {
    await alerting.setValue({ snoozedUntil: Number.MAX_SAFE_INTEGER, muted: false });
    const root = await mount(<NotificationsSection />);
    expect(stateLine(root)).toBe('Snoozed with no end date: no desktop notification until you turn them back on.');
    await click(buttonNamed(root, 'Turn notifications back on now'));
    expect((await alerting.getValue()).snoozedUntil).toBe(0);
  });

  test('is on the options page, with its entry in the table of contents', async () => {
    const root = await mount(<Options />);
    expect(root.querySelector('nav a[href="#notifications"]')?.textContent).toBe('Desktop notifications');
    expect(root.querySelector('section[aria-labelledby="notifications"] h2')?.textContent).toBe('Desktop notifications');
  });
});
