// @vitest-environment happy-dom
// QA (do the numbers agree): with two platforms in crisis, the worker's status leads with the latest rise
// ("X: 60 mentions in the last 10 minutes…; also Bluesky (crisis)"), and the popup says so. Declaring from
// the popup took the platform of the first platform at that level in the alphabet instead: the incident was
// "Spike on Bluesky", its post-mortem said "Platform: Bluesky" next to the trigger "X: …", with X's start time.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { DeclareIncident } from '@/components/popup/IncidentPanel';
import type { ListeningStatus } from '@/utils/settings';
import { FirebreakDb, type Mention } from '@/utils/tracking/db';
import type { SpikeDetectorState } from '@/utils/tracking/detect';
import { evaluateListening, type ListeningDeps } from '@/utils/tracking/listening';
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
const NOW = Date.UTC(2026, 10, 23, 14, 2, 0);

/** Two weeks of quiet on both platforms (12 mentions an hour, one in five negative), then an angry wave on each. */
async function crisisOnTwoPlatforms(db: FirebreakDb): Promise<ListeningStatus> {
  const rows: Mention[] = [];
  for (const platform of ['bluesky', 'x'] as const) {
    for (let hour = 14 * 24; hour >= 1; hour--) {
      for (let i = 0; i < 12; i++) rows.push(brandMention(`${platform}-${hour}-${i}`, NOW - hour * HOUR + i * 5 * MINUTE, i % 5 === 0, { platform }));
    }
  }
  await recordMentions(db, rows);
  let state: SpikeDetectorState | null = null;
  let status: ListeningStatus | null = null;
  const deps: ListeningDeps = {
    db,
    now: NOW,
    thresholds: PRESET_THRESHOLDS.balanced,
    loadState: async () => state,
    saveState: async (next) => void (state = structuredClone(next)),
    saveStatus: async (next) => void (status = next),
    showLevel: async () => undefined,
    notify: async () => undefined,
  };
  await evaluateListening(deps);
  const wave = (platform: Mention['platform'], from: number) =>
    recordMentions(db, Array.from({ length: 60 }, (_, i) => brandMention(`${platform}-wave-${i}`, from + i * 10_000, i % 10 !== 0, { platform })));
  // Bluesky first; X twenty minutes later, the newest news.
  await wave('bluesky', NOW);
  for (let minute = 1; minute <= 20; minute++) await evaluateListening({ ...deps, now: NOW + minute * MINUTE });
  await wave('x', NOW + 20 * MINUTE);
  for (let minute = 21; minute <= 32; minute++) await evaluateListening({ ...deps, now: NOW + minute * MINUTE });
  return status!;
}

beforeEach(() => {
  useEnglishMessages();
  sent.length = 0;
});
afterEach(unmountAll);

test('declared from the popup, the incident is of the platform whose figures the status gives', async () => {
  const status = await crisisOnTwoPlatforms(new FirebreakDb('declare-leading-platform'));
  expect(status.platforms.map((platform) => [platform.platform, platform.level])).toEqual([
    ['bluesky', 'crisis'],
    ['x', 'crisis'],
  ]);
  // The popup and the dashboard show this line: X's figures, Bluesky as "also".
  expect(status.reason).toMatch(/^X: .*; also Bluesky \(crisis\)$/);
  const x = status.platforms.find((platform) => platform.platform === 'x')!;

  const root = await mount(<DeclareIncident status={status} />);
  await click(buttonNamed(root, 'Declare an incident'));
  expect(sent).toHaveLength(1);
  expect(sent[0]!.data).toMatchObject({ title: 'Spike on X', platform: 'x', level: 'crisis', alert: { reason: status.reason, time: x.since } });
});
