// @vitest-environment happy-dom
// QA: an older incident reopened after a newer one was resolved. The popup goes by the open incident and
// by the last resolution; the dashboard went by the latest start, and contradicted it: it opened on the
// newer, resolved incident (the open one, with its clock and checklist, hidden in the list), and once
// both were resolved it named the newer one as the last resolved, with the alarm-red Declare button for
// a spike the reopened incident had already handled.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentSection } from '@/components/dashboard/IncidentSection';
import { declareIncident, reopenIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import type { ListeningStatus } from '@/utils/settings';
import { database } from '@/utils/tracking/db';
import { buttonNamed, mount, settle, unmountAll, useEnglishMessages } from '../options/helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: async () => undefined }));

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = Date.now();
const plan = createDefaultPlan();

// A: the kettle story, three days ago, resolved. B: delivery delays, two days ago, resolved.
const kettle = resolveIncident(declareIncident(plan, { title: 'Kettle base overheating', level: 'crisis', id: 'kettle' }, NOW - 3 * DAY), NOW - 3 * DAY + HOUR);
const delays = resolveIncident(declareIncident(plan, { title: 'Delivery delays', level: 'watch', id: 'delays' }, NOW - 2 * DAY), NOW - 2 * DAY + HOUR);
// The kettle story flares up again an hour ago: A is reopened (B stays resolved).
const reopened = reopenIncident(kettle, NOW - HOUR, 'Flared up');

beforeEach(async () => {
  useEnglishMessages();
  await database().incidents.clear();
});
afterEach(unmountAll);

test('the reopened incident is the one shown, open with its tools, as in the popup', async () => {
  await database().incidents.bulkPut([reopened, delays]);
  const root = await mount(<IncidentSection />);
  await settle();
  expect(root.querySelector('select[name="incident"]')).not.toBeNull();
  expect(root.querySelector('[data-testid="incident"] #incident-title')?.textContent).toBe('Kettle base overheating');
  expect(buttonNamed(root, 'Resolve the incident…')).toBeTruthy();
});

test('resolved again, it is the last resolved: named so, and the spike it handled does not make Declare alarm-red', async () => {
  await database().incidents.bulkPut([resolveIncident(reopened, NOW - 10 * MIN), delays]);
  // The spike behind today's crisis level began 90 minutes ago: the reopened incident handled it.
  const status = {
    level: 'crisis',
    reason: '64 mentions in the last 15 minutes, 21× normal',
    reasonAt: NOW - 90 * MIN,
    since: NOW - 90 * MIN,
    evaluatedAt: NOW,
    platforms: [{ platform: 'x', level: 'crisis', since: NOW - 90 * MIN, reason: '64 mentions', baselineReady: true }],
    storageProblem: null,
  } as ListeningStatus;
  const root = await mount(<IncidentSection status={status} />);
  await settle();
  expect(root.querySelector('[data-testid="last-resolved"]')?.textContent).toContain('Kettle base overheating');
  expect(buttonNamed(root, 'Declare an incident').className).not.toContain('danger');
  // And the one shown until another is chosen is that one, with its follow-up and post-mortem.
  expect(root.querySelector('.incident-section p > strong')?.textContent).toBe('Kettle base overheating');
});
