// @vitest-environment happy-dom
// QA (do the numbers agree): a spike that grows refreshes the status's figures within minutes ("15 mentions
// in the last 5 minutes, 15× normal" at the rise, "35 …, 35× normal" three minutes later), while the desktop
// notification, the team's chat and the dashboard's list of alerts keep the alert's own. Declared from the
// popup, the incident's timeline put the refreshed figures at the alert's time: on the dashboard, the list of
// alerts and the timeline gave two sets of figures for the same alert at the same minute, and the post-mortem's
// trigger was neither the notification's nor the timeline's alert.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { DeclareIncident } from '@/components/popup/IncidentPanel';
import type { ListeningStatus } from '@/utils/settings';
import { database, type Mention } from '@/utils/tracking/db';
import type { SpikeDetectorState } from '@/utils/tracking/detect';
import { evaluateListening, type AlertToTell, type ListeningDeps } from '@/utils/tracking/listening';
import { recordMentions } from '@/utils/tracking/mentions';
import { PRESET_THRESHOLDS } from '@/utils/tracking/thresholds';
import { brandMention } from '../tracking/mention';
import { buttonNamed, click, mount, unmountAll, useEnglishMessages } from '../options/helpers';

const sent = vi.hoisted(() => [] as Array<{ name: string; data: unknown }>);
vi.mock('@/utils/messaging', () => ({
  sendMessage: async (name: string, data: unknown) => {
    sent.push({ name, data });
    return {};
  },
}));

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = Date.UTC(2026, 10, 23, 14, 0);

beforeEach(() => {
  useEnglishMessages();
  sent.length = 0;
});
afterEach(unmountAll);

test('declared from the popup after the figures grew, the incident quotes the alert the notification told', async () => {
  const db = database();
  // Two weeks of 12 mentions an hour, one in five negative.
  const quiet: Mention[] = [];
  for (let hour = 14 * 24; hour >= 1; hour--) for (let i = 0; i < 12; i++) quiet.push(brandMention(`q${hour}-${i}`, T0 - hour * HOUR + i * 5 * MINUTE, i % 5 === 0));
  await recordMentions(db, quiet);
  let state: SpikeDetectorState | null = null;
  let status: ListeningStatus | null = null;
  const told: AlertToTell[] = [];
  const deps: ListeningDeps = {
    db,
    now: T0,
    thresholds: PRESET_THRESHOLDS.balanced,
    loadState: async () => state,
    saveState: async (next) => void (state = structuredClone(next)),
    saveStatus: async (next) => void (status = next),
    showLevel: async () => undefined,
    notify: async (alert) => void told.push(alert),
  };
  await evaluateListening(deps);
  // From 14:35, seven angry mentions a minute, evaluated every minute as the worker does.
  let n = 0;
  for (let minute = 36; minute <= 45; minute++) {
    const at = T0 + minute * MINUTE;
    await recordMentions(db, Array.from({ length: 7 }, (_, k) => brandMention(`s${n++}`, at - k * 8_000, k < 5)));
    await evaluateListening({ ...deps, now: at });
  }
  expect(told).toHaveLength(1);
  const alert = told[0]!;
  const shown = status!;
  // The status has moved on from the alert's figures: what the popup shows when Declare is pressed.
  expect(shown.reason).not.toBe(alert.reason);

  const root = await mount(<DeclareIncident status={shown} />);
  await click(buttonNamed(root, 'Declare an incident'));
  expect(sent).toHaveLength(1);
  // The timeline's alert and the post-mortem's trigger: the alert as notified, at its time.
  expect(sent[0]!.data).toMatchObject({ platform: 'x', level: 'crisis', alert: { reason: alert.reason, time: alert.time } });
});
