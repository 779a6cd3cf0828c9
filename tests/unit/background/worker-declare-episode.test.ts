// QA (one crisis, the same facts in every view): X rose to watch at 14:00 and to crisis at 14:20. Declared
// from the popup, the incident started at 14:20 (the crisis's rise); declared from the watch notification's
// button, at 14:00 but at level watch. Every way of declaring now gives the same incident: it starts at the
// first alert of the episode (the trouble first detected), at the highest level the episode reached, with
// each of its alerts on the timeline. An earlier episode (back to normal since) and another platform's alert
// are not part of it.
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { incidentTitle } from '@/components/popup/incidentTitle';
import { sendMessage } from '@/utils/messaging';
import { declarationFromAlert, type Incident } from '@/utils/plan/incident';
import { NOTIFICATION_PREFIX } from '@/utils/tracking/alerting';
import { database, type AlertRecord } from '@/utils/tracking/db';
import { useEnglishMessages } from '../messages';
import { answerMessages, startWorker, stubLocks, stubMissingApis } from './start-worker';

type ButtonListener = (id: string, index: number) => Promise<void>;
const buttons: ButtonListener[] = [];

const MIN = 60_000;
const NOW = Date.now();
const record = (minutesAgo: number, platform: string, level: AlertRecord['level'], previousLevel: AlertRecord['previousLevel']): AlertRecord => ({
  time: NOW - minutesAgo * MIN,
  platform,
  level,
  previousLevel,
  reason: `${level} on ${platform}, ${minutesAgo} minutes ago`,
  keyTerms: [],
  notified: true,
});
// An earlier episode on X, over since; then this one: watch at -30, crisis at -10. Reddit's watch between.
const earlier = record(300, 'x', 'watch', 'normal');
const watch = record(30, 'x', 'watch', 'normal');
const reddit = record(20, 'reddit', 'watch', 'normal');
const crisis = record(10, 'x', 'crisis', 'watch');

beforeEach(async () => {
  stubLocks();
  stubMissingApis();
  answerMessages();
  useEnglishMessages();
  const notifications = fakeBrowser.notifications as unknown as { onButtonClicked: { addListener(listener: ButtonListener): void } };
  notifications.onButtonClicked = { ...notifications.onButtonClicked, addListener: (listener) => void buttons.push(listener) };
  (fakeBrowser.notifications as unknown as { clear: () => Promise<boolean> }).clear = async () => true;
  (fakeBrowser.tabs as unknown as { create: () => Promise<object> }).create = async () => ({});
  await database().alerts.bulkAdd([earlier, watch, reddit, crisis]);
  await startWorker();
});

/** What the incident says of its start, level, trigger and alerts, as every view reads them. */
const facts = (incident: Incident | undefined) => ({
  startedAt: incident?.startedAt,
  level: incident?.level,
  platform: incident?.platform,
  triggerReason: incident?.triggerReason,
  alerts: incident?.timeline.filter((entry) => entry.kind === 'alert').map((entry) => [entry.at, entry.data?.level]),
});
const expected = {
  startedAt: watch.time,
  level: 'crisis',
  platform: 'x',
  triggerReason: watch.reason,
  alerts: [
    [watch.time, 'watch'],
    [crisis.time, 'crisis'],
  ],
};

async function declaredOnce(declare: () => Promise<unknown>): Promise<Incident | undefined> {
  await database().incidents.clear();
  await declare();
  const incidents = await database().incidents.toArray();
  expect(incidents).toHaveLength(1);
  return incidents[0];
}

test('the popup, the crisis notification and the watch notification declare the same incident, from the first alert; the team’s own, when declared', async () => {
  // The popup sends the alert behind the status it shows: the crisis, the latest rise.
  const fromPopup = await declaredOnce(() => sendMessage('page→background:declareIncident', declarationFromAlert(crisis, 'popup', incidentTitle)));
  expect(facts(fromPopup)).toEqual(expected);

  expect(buttons).toHaveLength(1);
  const fromCrisis = await declaredOnce(() => buttons[0]!(`${NOTIFICATION_PREFIX}x:${crisis.time}`, 0));
  expect(facts(fromCrisis)).toEqual(expected);

  const fromWatch = await declaredOnce(() => buttons[0]!(`${NOTIFICATION_PREFIX}x:${watch.time}`, 0));
  expect(facts(fromWatch)).toEqual(expected);
  // The clock and its due times run from that start, whichever way it was declared.
  expect(fromWatch?.checklist.map((step) => step.dueAt)).toEqual(fromPopup?.checklist.map((step) => step.dueAt));

  // Declared with no alert behind it (the team's own judgement), the incident starts when it is declared.
  const before = Date.now();
  const byTeam = await declaredOnce(() => sendMessage('page→background:declareIncident', declarationFromAlert(undefined, 'popup', incidentTitle)));
  expect(byTeam?.startedAt).toBeGreaterThanOrEqual(before);
  expect(byTeam?.startedAt).toBe(byTeam?.declaredAt);
});
