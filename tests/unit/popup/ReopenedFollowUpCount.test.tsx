// @vitest-environment happy-dom
// QA: an incident resolved, its post-mortem held and ticked, then reopened (the story flared up again).
// The popup's progress line must not say the post-mortem steps are still to do "once it is resolved":
// they are done, and stay done (reopenIncident keeps them).
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentPanel } from '@/components/popup/IncidentPanel';
import { completeStep, declareIncident, reopenIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import type { ListeningStatus } from '@/utils/settings';
import { mount, unmountAll, useEnglishMessages } from '../options/helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: async () => ({}) }));

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const now = Date.now();
const plan = createDefaultPlan();
const status = { level: 'crisis', reason: 'Volume 4.8× normal on X', since: now - HOUR, evaluatedAt: now, platforms: [], storageProblem: null } as ListeningStatus;

beforeEach(useEnglishMessages);
afterEach(unmountAll);

test('post-mortem steps already done are not announced as still to come after the next resolution', async () => {
  let incident = declareIncident(plan, { title: 'Kettle base overheating', level: 'crisis' }, now - 5 * DAY);
  incident = resolveIncident(incident, now - 5 * DAY + 3 * HOUR);
  incident = completeStep(incident, 'post-mortem', 'crisis-lead', now - 2 * DAY);
  incident = completeStep(incident, 'update-plan', 'crisis-lead', now - 2 * DAY + HOUR);
  incident = reopenIncident(incident, now - HOUR, 'Flared up');
  expect(incident.checklist.filter((step) => step.after === 'resolution').every((step) => step.done)).toBe(true);

  const root = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);
  const line = root.querySelector('progress')!.parentElement!.textContent!;
  expect(line).not.toMatch(/more once it is resolved/);
});
