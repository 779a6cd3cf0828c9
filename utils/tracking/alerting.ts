// The worker's side effects for a level or an alert: toolbar badge and desktop notification.
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { platformName } from '../platforms/types';
import type { AlertingSettings } from '../settings';
import type { SpikeAlert } from './detect';
import type { CrisisLevel } from './levels';
import type { SnoozeSummary } from './snooze';

export const NOTIFICATION_PREFIX = 'firebreak-alert:';
/** The notification that tells what a snooze held: `firebreak-snoozed:<start of the snooze>`. */
export const SNOOZE_SUMMARY_PREFIX = 'firebreak-snoozed:';
export const SNOOZE_MS = 60 * 60_000;

/**
 * The toolbar badge fits about four characters ("CRISIS" showed as "CRIS…"): marks that read at a
 * glance without the colour, the level's name in the button's title and the notification.
 */
export const BADGE: Record<CrisisLevel, { text: string; color: string }> = {
  normal: { text: '', color: '#1a7f37' },
  watch: { text: '!', color: '#9a6700' },
  crisis: { text: '!!!', color: '#b3261e' },
};

/** chrome.action in MV3, browserAction in Firefox's MV2. */
function toolbarButton() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function showLevel(level: CrisisLevel): Promise<void> {
  const button = toolbarButton();
  await button.setBadgeText({ text: BADGE[level].text });
  await button.setBadgeBackgroundColor({ color: BADGE[level].color });
  await button.setTitle({ title: level === 'normal' ? i18n.t('extName') : i18n.t('notifications.toolbarTitle', [i18n.t(`notifications.toolbarLevel.${level}`)]) });
}

export function notificationsSilenced(settings: AlertingSettings, now: number): boolean {
  return settings.muted || settings.snoozedUntil > now;
}

/** The alert a notification was shown for, from its id (`firebreak-alert:<platform>:<time>`); null for another id. */
export function alertOfNotification(id: string): { platform: string; time: number } | null {
  if (!id.startsWith(NOTIFICATION_PREFIX)) return null;
  const rest = id.slice(NOTIFICATION_PREFIX.length);
  const colon = rest.lastIndexOf(':');
  const time = Number(rest.slice(colon + 1));
  if (colon <= 0 || !Number.isFinite(time)) return null;
  return { platform: rest.slice(0, colon), time };
}

/**
 * A desktop notification that says why, with buttons where the browser has them. A platform has one
 * notification at a time: its newer alert (the crisis after its watch) takes the place of the earlier
 * one, which would otherwise stay on screen with buttons for an alert the level has moved past. The id
 * still names the alert (`alertOfNotification`), so the buttons act on the alert shown. An older alert
 * told late leaves a newer one be.
 */
export async function notifyAlert(alert: Pick<SpikeAlert, 'platform' | 'time' | 'level' | 'reason'>, supportsButtons: boolean): Promise<string> {
  const platform = platformName(alert.platform);
  const id = await browser.notifications.create(`${NOTIFICATION_PREFIX}${alert.platform}:${alert.time}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: i18n.t(`notifications.alertTitle.${alert.level}`, [platform]),
    message: alert.reason,
    priority: alert.level === 'crisis' ? 2 : 1,
    // Clicking the notification opens the dashboard; the buttons act on the alert.
    ...(supportsButtons ? { buttons: [{ title: i18n.t('notifications.declare') }, { title: i18n.t('notifications.snooze') }] } : {}),
  });
  // Cleared after the new one is up: a failure here never keeps the alert from being told.
  try {
    const earlier = Object.keys(await browser.notifications.getAll()).filter((other) => {
      const shown = alertOfNotification(other);
      return shown !== null && shown.platform === alert.platform && shown.time < alert.time;
    });
    await Promise.all(earlier.map((other) => browser.notifications.clear(other)));
  } catch (error) {
    console.warn('[Firebreak] could not clear the platform’s earlier notification', error);
  }
  return id;
}

/** What a snooze held, in one notification (no buttons: clicking it opens the dashboard). */
export async function notifySnoozeSummary(summary: SnoozeSummary): Promise<string> {
  return browser.notifications.create(`${SNOOZE_SUMMARY_PREFIX}${summary.from}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: summary.title,
    message: summary.message,
    priority: summary.level === 'crisis' ? 2 : 1,
  });
}
