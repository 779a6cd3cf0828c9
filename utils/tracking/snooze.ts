// What a snooze held back. Notifications snoozed for an hour are silent for that hour; when it is up,
// one desktop notification says what was missed ("While snoozed: crisis on X at 10:42, watch on
// Reddit at 10:15. …"), and never again for that snooze.
//
// The worker may be stopped at any moment, so what it knows of the snooze lives in extension storage
// (`SnoozeWatch`): when it first saw it, and until when it was set. It looks at every evaluation
// (each minute), and whenever the notification settings change. A mute is deliberate silence: a snooze
// that ends while notifications are muted is closed without a word, and unmuting says nothing.
import { i18n } from '#i18n';
import { uiCount } from '../count';
import { platformName } from '../platforms/types';
import type { AlertingSettings } from '../settings';
import { TELL_LATE_MS, type AlertRecord, type FirebreakDb } from './db';
import { levelRank, type AlertLevel } from './levels';

/** The snooze the worker is watching: from when it first saw it, until when it was last set. */
export interface SnoozeWatch {
  /** Alerts recorded from then on were held by the snooze. */
  from: number;
  /** The snooze's end as last seen (`snoozedUntil`). */
  until: number;
}

/** The one notification that tells what a snooze held. */
export interface SnoozeSummary {
  /** Start of the snooze it tells of: names the notification, so it is one per snooze. */
  from: number;
  level: AlertLevel;
  /** How many alerts were held. */
  count: number;
  title: string;
  message: string;
}

/** The alert fields a summary reads. */
export type HeldAlert = Pick<AlertRecord, 'time' | 'platform' | 'level' | 'reason'> & Partial<Pick<AlertRecord, 'notified' | 'withinCoolDown'>>;

export interface SnoozeReview {
  /** The watch to store: null once no snooze is on. The same object when nothing changed. */
  watch: SnoozeWatch | null;
  /** What to tell now, if anything. */
  summary: SnoozeSummary | null;
}

/** Platforms listed by name in a summary; the rest are counted ("and 2 more"). */
const LISTED_PLATFORMS = 4;

/**
 * One look at the snooze: starts watching a snooze that began, follows one that was extended, and
 * when one ended, summarises the `alerts` recorded during it (alerts recorded since `watch.from`; the
 * others are left out). Pure: the caller stores the watch it returns, before showing the summary, so
 * a worker stopped in between never tells the same snooze twice.
 *
 * A snooze ends at its `snoozedUntil`, or, when resumed early (set to 0), when it was seen resumed.
 */
export function reviewSnooze(
  watch: SnoozeWatch | null,
  settings: AlertingSettings,
  alerts: readonly HeldAlert[],
  now: number,
  timeOf: (ms: number) => string,
): SnoozeReview {
  const snoozed = settings.snoozedUntil > now;
  if (watch === null) return { watch: snoozed ? { from: now, until: settings.snoozedUntil } : null, summary: null };
  if (snoozed && watch.until > now) {
    // Still the same snooze, perhaps extended (a notification's "Snooze for an hour" during it).
    return { watch: settings.snoozedUntil === watch.until ? watch : { ...watch, until: settings.snoozedUntil }, summary: null };
  }
  // It ended: at its end when it ran out (a new snooze may have begun since), else when seen resumed.
  let end: number;
  if (watch.until <= now) end = watch.until;
  else if (settings.snoozedUntil > watch.from) end = settings.snoozedUntil;
  else end = now;
  // What the snooze held. An alert never told at all (a worker stopped before it could) and still fresh is
  // told on its own by the next worker (tellUntoldAlerts), with the team's chat and the incident: counted
  // here too, it was told twice. One too old for that is told here, or never.
  const toldOnItsOwn = (alert: HeldAlert) => alert.notified === false && alert.time >= now - TELL_LATE_MS;
  // A rise within the cool-down was never to be told, snooze or not: the snooze held nothing there.
  const held = alerts.filter((alert) => alert.time >= watch.from && alert.time < end && !toldOnItsOwn(alert) && !alert.withinCoolDown);
  const next = snoozed ? { from: now, until: settings.snoozedUntil } : null;
  // Muted: deliberate silence, which a summary would break.
  const summary = settings.muted ? null : summariseHeld(held, watch.from, timeOf);
  return { watch: next, summary };
}

/**
 * The watch once an alert was held by the snooze: it counts from that alert on. An alert recorded
 * just before the snooze began, or by a worker stopped before it could tell it, is then held too. The
 * same object when it already was.
 */
export function holdForSnooze(watch: SnoozeWatch | null, settings: AlertingSettings, alertTime: number): SnoozeWatch {
  if (watch === null) return { from: alertTime, until: settings.snoozedUntil };
  if (watch.from <= alertTime && watch.until >= settings.snoozedUntil) return watch;
  return { from: Math.min(watch.from, alertTime), until: Math.max(watch.until, settings.snoozedUntil) };
}

/**
 * The notification for alerts held by a snooze, or null when none were: one entry per platform at
 * the highest level it reached, at the time of its latest alert at that level, the highest level
 * first (between equals the latest first), and the reason of the first entry.
 */
export function summariseHeld(alerts: readonly HeldAlert[], from: number, timeOf: (ms: number) => string): SnoozeSummary | null {
  if (alerts.length === 0) return null;
  const byPlatform = new Map<string, HeldAlert>();
  for (const alert of alerts) {
    const best = byPlatform.get(alert.platform);
    const rank = best ? levelRank(alert.level) - levelRank(best.level) : 1;
    if (!best || rank > 0 || (rank === 0 && alert.time >= best.time)) byPlatform.set(alert.platform, alert);
  }
  const entries = [...byPlatform.values()].sort((a, b) => levelRank(b.level) - levelRank(a.level) || b.time - a.time);
  const top = entries[0]!;
  const listed = entries
    .slice(0, LISTED_PLATFORMS)
    .map((entry) => i18n.t(`notifications.snoozedEntry.${entry.level}`, [platformName(entry.platform), timeOf(entry.time)]));
  const more = entries.length - LISTED_PLATFORMS;
  const what = more > 0 ? i18n.t('notifications.snoozedMore', [listed.join(', '), uiCount(more)]) : listed.join(', ');
  const why = entries.length > 1 ? i18n.t('notifications.snoozedLatest', [platformName(top.platform), top.reason]) : top.reason;
  return {
    from,
    level: top.level,
    count: alerts.length,
    title: i18n.t(`notifications.snoozedTitle.${top.level}`),
    message: i18n.t('notifications.snoozedMessage', [what, why]),
  };
}

export interface SnoozeDeps {
  db: FirebreakDb;
  now: number;
  settings: AlertingSettings;
  loadWatch(): Promise<SnoozeWatch | null>;
  saveWatch(watch: SnoozeWatch | null): Promise<void>;
  /** Shows the summary (a desktop notification). */
  show(summary: SnoozeSummary): Promise<unknown>;
  /** A held alert's time as the summary writes it (the popup's: the clock time today, else with the date). */
  timeOf: (ms: number) => string;
}

/** The worker's look at the snooze (see `reviewSnooze`): stores what it learned, then tells. */
export async function checkSnooze(deps: SnoozeDeps): Promise<SnoozeSummary | null> {
  const watch = await deps.loadWatch();
  const alerts = watch === null ? [] : await deps.db.alerts.where('time').between(watch.from, deps.now, true, true).toArray();
  const review = reviewSnooze(watch, deps.settings, alerts, deps.now, deps.timeOf);
  // Stored first: a worker stopped before the notification shows loses it rather than telling it twice.
  if (review.watch !== watch) await deps.saveWatch(review.watch);
  if (review.summary) await deps.show(review.summary);
  return review.summary;
}
