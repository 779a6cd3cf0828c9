// An alert recorded during a snooze by a worker stopped before it could tell (or hold) it is put in the
// snooze's summary when the snooze ends. The next worker then tells it again on its own, because nothing
// marks it as told: the user hears the same crisis twice ("While snoozed: crisis on X at …" and
// "Firebreak: possible crisis on X").
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { alerting, snoozeWatch } from '@/utils/settings';
import { SNOOZE_MS } from '@/utils/tracking/alerting';
import { FirebreakDb } from '@/utils/tracking/db';
import { tellUntoldAlerts } from '@/utils/tracking/listening';
import { checkSnooze, type SnoozeSummary } from '@/utils/tracking/snooze';
import { useEnglishMessages } from '../messages';

const MINUTE = 60_000;
const TEN = new Date(2026, 10, 23, 10, 0, 0).getTime();

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});

test('an alert summarised by the snooze is not told again as an untold alert', async () => {
  const db = new FirebreakDb('qa-snooze-untold');
  const shown: SnoozeSummary[] = [];
  const look = async (now: number) =>
    checkSnooze({
      db,
      now,
      settings: await alerting.getValue(),
      loadWatch: () => snoozeWatch.getValue(),
      saveWatch: (watch) => snoozeWatch.setValue(watch),
      show: async (summary) => void shown.push(summary),
      timeOf: () => '10:55',
    });

  // Snoozed at ten for an hour; the worker sees it.
  await alerting.setValue({ muted: false, snoozedUntil: TEN + SNOOZE_MS });
  await look(TEN + 30_000);
  // At 10:55 a crisis is recorded, then the worker is stopped before telling (or holding) it.
  await db.alerts.add({ time: TEN + 55 * MINUTE, platform: 'x', level: 'crisis', previousLevel: 'normal', reason: 'crisis reason', keyTerms: [], notified: false });

  // 11:05: the browser is back; the starting worker looks at the snooze, then tells untold alerts (background.ts).
  const restart = TEN + 65 * MINUTE;
  await look(restart);
  const notify = vi.fn(async () => undefined);
  await tellUntoldAlerts(db, restart, notify);

  // Told once in all: in the snooze's summary or on its own, never both.
  const inSummaries = shown.filter((summary) => summary.message.includes('crisis on X')).length;
  expect({ inSummaries, onItsOwn: notify.mock.calls.length, total: inSummaries + notify.mock.calls.length }).toMatchObject({ total: 1 });
});
