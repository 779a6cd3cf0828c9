// @vitest-environment happy-dom
// QA: an older incident reopened and resolved again is the last one resolved. The popup's "last
// incident … was resolved at …" line (and whether the level's spike counts as handled) must follow the
// latest resolution, not the incident with the latest start.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { declareIncident, reopenIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { brandProfile, listeningStatus, type ListeningStatus } from '@/utils/settings';
import { database } from '@/utils/tracking/db';
import { buttonNamed, mount, settle, unmountAll, useEnglishMessages } from '../options/helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: async () => ({}) }));

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const plan = createDefaultPlan();

beforeEach(async () => {
  useEnglishMessages();
  vi.spyOn(window, 'close').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `chrome-extension://firebreak-test${path}`);
  await database().incidents.clear();
  await brandProfile.setValue({ names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] });
});
afterEach(unmountAll);

test('an older incident reopened and resolved again is the one the popup names as last resolved', async () => {
  const now = Date.now();
  // A: declared three days ago, resolved. B: declared two days ago, resolved.
  const a0 = resolveIncident(declareIncident(plan, { title: 'Kettle base overheating', level: 'crisis', id: 'a' }, now - 3 * DAY), now - 3 * DAY + HOUR);
  const b = resolveIncident(declareIncident(plan, { title: 'Delivery delays', level: 'watch', id: 'b' }, now - 2 * DAY), now - 2 * DAY + HOUR);
  // The kettle story flares up again: A is reopened an hour ago for today's spike, and resolved 10 minutes ago.
  const a = resolveIncident(reopenIncident(a0, now - HOUR, 'Flared up'), now - 10 * MIN);
  await database().incidents.bulkPut([a, b]);
  // The spike behind today's crisis level began 90 minutes ago: A's reopening handled it.
  await listeningStatus.setValue({
    level: 'crisis',
    reason: '64 mentions in the last 15 minutes, 21× normal',
    reasonAt: now - 90 * MIN,
    since: now - 90 * MIN,
    evaluatedAt: now,
    platforms: [{ platform: 'x', level: 'crisis', since: now - 90 * MIN, reason: '64 mentions', baselineReady: true }],
    storageProblem: null,
  } as ListeningStatus);

  const root = await mount(<Popup />);
  await settle();
  const line = root.querySelector('[data-testid="last-resolved"]');
  expect(line?.textContent).toContain('Kettle base overheating');
  // And the spike it handled does not make "Declare" the alarm-red button again.
  expect(buttonNamed(root, 'Declare an incident').className).not.toContain('danger');
});
