import { i18n } from '#i18n';

/** Past this year a date no longer reads as one (and past ±8.64e15 ms there is no date at all). */
const LAST_SHOWN_YEAR = 9999;

/** Whether a snooze's end can be shown as a date: the popup and the options page agree on it. */
export function snoozeEndShowable(until: number): boolean {
  const date = new Date(until);
  return !Number.isNaN(date.getTime()) && date.getFullYear() <= LAST_SHOWN_YEAR;
}

/**
 * The snoozed button's words: "Alerts snoozed until 14:30 — resume" today, with the date on another
 * day, and "until you resume them" where the time cannot be shown as a date (a settings file may
 * hold any number).
 */
export function snoozedLabel(until: number, now: number): string {
  if (!snoozeEndShowable(until)) return i18n.t('popup.snoozedIndefinitely');
  const date = new Date(until);
  const today = date.toDateString() === new Date(now).toDateString();
  const shown = today
    ? date.toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' })
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return i18n.t('popup.unsnooze', [shown]);
}
