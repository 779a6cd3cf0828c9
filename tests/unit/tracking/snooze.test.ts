import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { timeOrDate } from '@/components/popup/time';
import { alerting, snoozeWatch } from '@/utils/settings';
import { notifySnoozeSummary, SNOOZE_MS, SNOOZE_SUMMARY_PREFIX } from '@/utils/tracking/alerting';
import { FirebreakDb, type AlertRecord } from '@/utils/tracking/db';
import { tellUntoldAlerts } from '@/utils/tracking/listening';
import { checkSnooze, holdForSnooze, reviewSnooze, summariseHeld, type SnoozeSummary } from '@/utils/tracking/snooze';
import { useEnglishMessages } from '../messages';

beforeEach(() => useEnglishMessages());

const MINUTE = 60_000;
// Local time: the summary speaks the user's clock, like the popup.
const TEN = new Date(2026, 10, 23, 10, 0, 0).getTime();
const at = (minutes: number, seconds = 0) => TEN + minutes * MINUTE + seconds * 1000;

const REASON_X = '412 mentions in the last hour, 5.1× normal; 68% negative vs 21% normally; about: refund';

async function record(db: FirebreakDb, alert: Pick<AlertRecord, 'time' | 'platform' | 'level'> & Partial<AlertRecord>) {
  await db.alerts.add({ previousLevel: 'normal', reason: `${alert.level} reason on ${alert.platform}`, keyTerms: [], notified: true, ...alert });
}

describe('a snooze that ends tells what it held, once', () => {
  let db: FirebreakDb;
  let shown: SnoozeSummary[];
  // The worker's look, as background.ts makes it: everything from extension storage, nothing in memory.
  const look = async (now: number) =>
    checkSnooze({
      db,
      now,
      settings: await alerting.getValue(),
      loadWatch: () => snoozeWatch.getValue(),
      saveWatch: (watch) => snoozeWatch.setValue(watch),
      show: async (summary) => void shown.push(summary),
      timeOf: (ms) => timeOrDate(ms, now),
    });
  /** One look a minute, as the evaluation alarm does, from `from` to `to` minutes past ten. */
  const everyMinute = async (from: number, to: number) => {
    for (let minute = from; minute <= to; minute++) await look(at(minute, 30));
  };

  beforeEach(() => {
    fakeBrowser.reset();
    db = new FirebreakDb('snooze-test');
    shown = [];
  });

  test('alerts raised while snoozed for an hour are summarised when the hour is up, highest level first, and never again', async () => {
    await record(db, { time: at(-20), platform: 'x', level: 'watch' }); // before the snooze: told then
    await everyMinute(-5, -1);
    await alerting.setValue({ muted: false, snoozedUntil: TEN + SNOOZE_MS });
    await everyMinute(0, 14);
    await record(db, { time: at(15, 30), platform: 'reddit', level: 'watch', reason: 'watch reason on reddit' });
    await everyMinute(15, 29);
    await record(db, { time: at(30, 30), platform: 'x', level: 'watch' });
    await everyMinute(30, 41);
    await record(db, { time: at(42, 30), platform: 'x', level: 'crisis', reason: REASON_X });
    await everyMinute(42, 59);
    expect(shown).toEqual([]);

    await everyMinute(60, 90);
    expect(shown).toHaveLength(1);
    const [summary] = shown;
    expect(summary!.level).toBe('crisis');
    expect(summary!.count).toBe(3);
    expect(summary!.title).toBe('Firebreak: possible crisis while snoozed');
    const now = at(60, 30);
    expect(summary!.message).toBe(
      `While snoozed: crisis on X at ${timeOrDate(at(42, 30), now)}, watch on Reddit at ${timeOrDate(at(15, 30), now)}. Latest on X: ${REASON_X}`,
    );
    expect(await snoozeWatch.getValue()).toBeNull();
  });

  test('resumed early: told at the next look, and an alert after the resume is not in it', async () => {
    await alerting.setValue({ muted: false, snoozedUntil: TEN + SNOOZE_MS });
    await look(at(0, 10));
    await record(db, { time: at(5, 30), platform: 'reddit', level: 'watch', reason: 'Reddit is unhappy' });
    await everyMinute(5, 9);
    await alerting.setValue({ muted: false, snoozedUntil: 0 });
    await look(at(10, 5));
    expect(shown.map((summary) => summary.message)).toEqual([`While snoozed: watch on Reddit at ${timeOrDate(at(5, 30), at(10, 5))}. Reddit is unhappy`]);
    expect(shown[0]!.title).toBe('Firebreak: watch while snoozed');
    await record(db, { time: at(12, 30), platform: 'x', level: 'crisis' });
    await everyMinute(12, 80);
    expect(shown).toHaveLength(1);
  });

  test('a snooze that held nothing ends without a word', async () => {
    await alerting.setValue({ muted: false, snoozedUntil: TEN + SNOOZE_MS });
    await everyMinute(0, 70);
    expect(shown).toEqual([]);
    expect(await snoozeWatch.getValue()).toBeNull();
  });

  test('muted when the snooze ends: nothing, and unmuting later says nothing either', async () => {
    await alerting.setValue({ muted: false, snoozedUntil: TEN + SNOOZE_MS });
    await look(at(0, 10));
    await record(db, { time: at(5, 30), platform: 'x', level: 'crisis' });
    await alerting.setValue({ muted: true, snoozedUntil: TEN + SNOOZE_MS });
    await everyMinute(5, 70);
    await alerting.setValue({ muted: false, snoozedUntil: 0 });
    await everyMinute(71, 75);
    expect(shown).toEqual([]);
  });

  test('extended during the snooze (another hour from a notification): one summary at the new end', async () => {
    await alerting.setValue({ muted: false, snoozedUntil: TEN + SNOOZE_MS });
    await look(at(0, 10));
    await record(db, { time: at(10, 30), platform: 'x', level: 'watch' });
    await alerting.setValue({ muted: false, snoozedUntil: at(50) + SNOOZE_MS });
    await everyMinute(10, 109);
    expect(shown).toEqual([]);
    await record(db, { time: at(100, 30), platform: 'youtube', level: 'watch' });
    await everyMinute(110, 115);
    expect(shown.map((summary) => summary.count)).toEqual([2]);
  });

  test('two snoozes one after the other: each tells its own alerts', async () => {
    await alerting.setValue({ muted: false, snoozedUntil: TEN + SNOOZE_MS });
    await look(at(0, 10));
    await record(db, { time: at(10, 30), platform: 'x', level: 'watch' });
    // The first runs out at 11:00; the second is set before any look saw the first end.
    await look(at(59, 30));
    await alerting.setValue({ muted: false, snoozedUntil: at(60, 20) + SNOOZE_MS });
    await look(at(60, 30));
    await record(db, { time: at(70, 30), platform: 'reddit', level: 'crisis' });
    await everyMinute(71, 130);
    expect(shown.map((summary) => [summary.count, summary.level])).toEqual([
      [1, 'watch'],
      [1, 'crisis'],
    ]);
  });

  test('a worker stopped between storing the end and showing it does not tell it again', async () => {
    await alerting.setValue({ muted: false, snoozedUntil: TEN + SNOOZE_MS });
    await look(at(0, 10));
    await record(db, { time: at(10, 30), platform: 'x', level: 'watch' });
    const failing = checkSnooze({
      db,
      now: at(61),
      settings: await alerting.getValue(),
      loadWatch: () => snoozeWatch.getValue(),
      saveWatch: (watch) => snoozeWatch.setValue(watch),
      show: async () => {
        throw new Error('the worker was stopped');
      },
      timeOf: (ms) => timeOrDate(ms, at(61)),
    });
    await expect(failing).rejects.toThrow('stopped');
    await everyMinute(62, 70);
    expect(shown).toEqual([]);
  });

  test('an alert a stopped worker never told (nor held) is told once after the snooze: on its own, not also in the summary', async () => {
    await alerting.setValue({ muted: false, snoozedUntil: TEN + SNOOZE_MS });
    await look(at(0, 30));
    // At 10:55 a crisis is recorded, then the worker is stopped before telling (or holding) it.
    await db.alerts.add({ time: at(55), platform: 'x', level: 'crisis', previousLevel: 'normal', reason: 'crisis reason', keyTerms: [], notified: false });
    // 11:05: the starting worker looks at the snooze, then tells the untold alerts (background.ts).
    await look(at(65));
    const notify = vi.fn(async () => undefined);
    await tellUntoldAlerts(db, at(65), notify);
    expect({ inSummaries: shown.filter((summary) => summary.message.includes('crisis on X')).length, onItsOwn: notify.mock.calls.length }).toEqual({ inSummaries: 0, onItsOwn: 1 });
  });

  test('one never told and too old to be told on its own is in the summary (told there, or never)', async () => {
    await alerting.setValue({ muted: false, snoozedUntil: TEN + SNOOZE_MS });
    await look(at(0, 30));
    await db.alerts.add({ time: at(10), platform: 'x', level: 'crisis', previousLevel: 'normal', reason: 'crisis reason', keyTerms: [], notified: false });
    await look(at(65));
    const notify = vi.fn(async () => undefined);
    await tellUntoldAlerts(db, at(65), notify);
    expect({ inSummaries: shown.filter((summary) => summary.message.includes('crisis on X')).length, onItsOwn: notify.mock.calls.length }).toEqual({ inSummaries: 1, onItsOwn: 0 });
  });

  test('a rise within the cool-down was never to be told: the snooze held nothing there, and nothing tells it late', async () => {
    await alerting.setValue({ muted: false, snoozedUntil: TEN + SNOOZE_MS });
    await look(at(0, 30));
    // X fell back to normal and rose again within the cool-down of its last alert: recorded for its episode only.
    await db.alerts.add({ time: at(20), platform: 'x', level: 'watch', previousLevel: 'normal', reason: 'watch reason on x', keyTerms: [], withinCoolDown: true });
    await record(db, { time: at(30), platform: 'reddit', level: 'watch', reason: 'watch reason on reddit' });
    await everyMinute(1, 65);
    expect(shown.map((summary) => [summary.count, summary.message])).toEqual([[1, expect.stringMatching(/^While snoozed: watch on Reddit at [^,]*\. watch reason on reddit$/)]]);
    const notify = vi.fn(async () => undefined);
    expect(await tellUntoldAlerts(db, at(25), notify)).toBe(0);
  });
});

describe('reviewSnooze and holdForSnooze (pure)', () => {
  const settings = (snoozedUntil: number, muted = false) => ({ snoozedUntil, muted });
  const timeOf = (ms: number) => `t${(ms - TEN) / MINUTE}`;

  test('an alert held by the snooze but recorded before it was first seen is in the summary', () => {
    // Recorded at 9:59 by a worker stopped before telling; the next one told it while snoozed.
    const held = holdForSnooze({ from: at(0, 30), until: TEN + SNOOZE_MS }, settings(TEN + SNOOZE_MS), at(-1));
    expect(held.from).toBe(at(-1));
    const review = reviewSnooze(held, settings(TEN + SNOOZE_MS), [{ time: at(-1), platform: 'x', level: 'crisis', reason: 'r' }], at(61), timeOf);
    expect(review.watch).toBeNull();
    expect(review.summary?.message).toBe('While snoozed: crisis on X at t-1. r');
  });

  test('nothing to store while nothing changes', () => {
    const watch = { from: TEN, until: TEN + SNOOZE_MS };
    expect(reviewSnooze(watch, settings(TEN + SNOOZE_MS), [], at(20), timeOf).watch).toBe(watch);
    expect(reviewSnooze(null, settings(0), [], at(20), timeOf)).toEqual({ watch: null, summary: null });
    expect(holdForSnooze(watch, settings(TEN + SNOOZE_MS), at(5))).toBe(watch);
  });

  test('many platforms: the highest level first, the latest first among equals, the rest counted', () => {
    const alerts = [
      { time: at(1), platform: 'x', level: 'watch' as const, reason: 'a' },
      { time: at(2), platform: 'reddit', level: 'watch' as const, reason: 'b' },
      { time: at(3), platform: 'youtube', level: 'crisis' as const, reason: 'c' },
      { time: at(4), platform: 'bluesky', level: 'watch' as const, reason: 'd' },
      { time: at(5), platform: 'linkedin', level: 'crisis' as const, reason: 'e' },
      { time: at(6), platform: 'tiktok', level: 'watch' as const, reason: 'f' },
      { time: at(7), platform: 'linkedin', level: 'watch' as const, reason: 'g' },
    ];
    expect(summariseHeld(alerts, TEN, timeOf)?.message).toBe(
      'While snoozed: crisis on LinkedIn at t5, crisis on YouTube at t3, watch on TikTok at t6, watch on Bluesky at t4 and 2 more. Latest on LinkedIn: e',
    );
  });

  test('the notification: one per snooze, crisis at high priority', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id');
    const summary = summariseHeld([{ time: at(3), platform: 'x', level: 'crisis', reason: 'r' }], TEN, timeOf)!;
    await notifySnoozeSummary(summary);
    expect(create).toHaveBeenCalledWith(
      `${SNOOZE_SUMMARY_PREFIX}${TEN}`,
      expect.objectContaining({ title: 'Firebreak: possible crisis while snoozed', message: summary.message, priority: 2 }),
    );
  });
});
