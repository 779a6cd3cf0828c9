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
