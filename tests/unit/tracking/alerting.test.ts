import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { alertOfNotification, BADGE, NOTIFICATION_PREFIX, showLevel } from '@/utils/tracking/alerting';

describe('toolbar badge', () => {
  beforeEach(() => fakeBrowser.reset());

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
