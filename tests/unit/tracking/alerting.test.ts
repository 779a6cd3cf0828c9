import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { alertOfNotification, BADGE, NOTIFICATION_PREFIX, notifyAlert, showLevel } from '@/utils/tracking/alerting';
import { useEnglishMessages } from '../messages';

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});

describe('toolbar badge', () => {
  test('each level’s text fits the about four characters the toolbar shows, and no two read alike', () => {
    const texts = Object.values(BADGE).map((badge) => badge.text);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(4);
    expect(new Set(texts).size).toBe(texts.length);
  });

  test('the level’s name is in the button’s title', async () => {
    await showLevel('crisis');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!!!');
    expect(await fakeBrowser.action.getTitle({})).toBe('Firebreak: crisis level');
    await showLevel('normal');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Firebreak');
  });
});

describe('the alert notification (texts from the locale file)', () => {
  test('says the level and platform in its title, the reason in its body, and offers the two buttons', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id');
    await notifyAlert({ platform: 'reddit', time: 1764547200000, level: 'crisis', reason: '68% negative' }, true);
    await notifyAlert({ platform: 'x', time: 1764547260000, level: 'watch', reason: '3.1× normal' }, false);
    const [crisis, watch] = create.mock.calls.map((call) => (call as unknown[])[1] as { title: string; message: string; buttons?: Array<{ title: string }> });
    expect(crisis).toMatchObject({ title: 'Firebreak: possible crisis on Reddit', message: '68% negative' });
    expect(crisis!.buttons?.map((b) => b.title)).toEqual(['Declare an incident', 'Snooze for an hour']);
    expect(watch).toMatchObject({ title: 'Firebreak: watch on X', message: '3.1× normal' });
    expect(watch!.buttons).toBeUndefined();
  });
});

describe('a notification names its alert', () => {
  test('platform and time come back from the id, so a button acts on that alert and not the newest', () => {
    expect(alertOfNotification(`${NOTIFICATION_PREFIX}reddit:1764547200000`)).toEqual({ platform: 'reddit', time: 1764547200000 });
    expect(alertOfNotification(`${NOTIFICATION_PREFIX}x:1764547260000`)).toEqual({ platform: 'x', time: 1764547260000 });
    expect(alertOfNotification('another-extension:1')).toBeNull();
    expect(alertOfNotification(`${NOTIFICATION_PREFIX}reddit:soon`)).toBeNull();
  });
});

/** The browser's notification centre as far as Firebreak uses it (fakeBrowser has none): what is on screen, by id. */
function notificationCentre(): Map<string, { title: string; message: string }> {
  const shown = new Map<string, { title: string; message: string }>();
  const notifications = fakeBrowser.notifications as unknown as {
    create(id: string, options: { title: string; message: string }): Promise<string>;
    clear(id: string): Promise<boolean>;
    getAll(): Promise<Record<string, boolean>>;
  };
  vi.spyOn(notifications, 'create').mockImplementation(async (id, options) => {
    shown.set(id, options);
    return id;
  });
  vi.spyOn(notifications, 'clear').mockImplementation(async (id) => shown.delete(id));
  vi.spyOn(notifications, 'getAll').mockImplementation(async () => Object.fromEntries([...shown.keys()].map((id) => [id, true])));
  return shown;
}

const T = 1764547200000;

describe('one notification per platform', () => {
  test('a platform’s crisis takes the place of its watch; another platform’s notification stays', async () => {
    const shown = notificationCentre();
    await notifyAlert({ platform: 'x', time: T, level: 'watch', reason: '3.1× normal' }, true);
    await notifyAlert({ platform: 'reddit', time: T + 60_000, level: 'watch', reason: '2.9× normal' }, true);
    const id = await notifyAlert({ platform: 'x', time: T + 120_000, level: 'crisis', reason: '9.8× normal' }, true);
    expect([...shown.keys()].sort()).toEqual([`${NOTIFICATION_PREFIX}reddit:${T + 60_000}`, `${NOTIFICATION_PREFIX}x:${T + 120_000}`]);
    expect(shown.get(id)).toMatchObject({ title: 'Firebreak: possible crisis on X', message: '9.8× normal' });
    // The buttons still act on the alert shown: the crisis, not the watch it replaced.
    expect(alertOfNotification(id)).toEqual({ platform: 'x', time: T + 120_000 });
  });

  test('an older alert told late never takes the place of a newer one', async () => {
    const shown = notificationCentre();
    await notifyAlert({ platform: 'x', time: T + 120_000, level: 'crisis', reason: '9.8× normal' }, true);
    await notifyAlert({ platform: 'x', time: T, level: 'watch', reason: '3.1× normal' }, true);
    expect(shown.has(`${NOTIFICATION_PREFIX}x:${T + 120_000}`)).toBe(true);
  });

  test('the new notification is shown even when the earlier ones cannot be listed', async () => {
    const shown = notificationCentre();
    vi.spyOn(fakeBrowser.notifications, 'getAll').mockRejectedValue(new Error('not available'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(notifyAlert({ platform: 'x', time: T, level: 'watch', reason: '3.1× normal' }, true)).resolves.toBe(`${NOTIFICATION_PREFIX}x:${T}`);
    expect([...shown.keys()]).toEqual([`${NOTIFICATION_PREFIX}x:${T}`]);
    expect(warn).toHaveBeenCalled();
  });
});
