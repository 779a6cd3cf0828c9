// @vitest-environment happy-dom
// QA: the holding statement ticked 20 seconds after a one-hour target. The dashboard's crisis clock read
// "first response after 1 hour, late" (time passed rounds down), and the post-mortem "1 hour 1 minute … late":
// a late response that reads as exactly the target, and two figures for one response. A late one counts
// up to the next whole minute, as the report does.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentSection } from '@/components/dashboard/IncidentSection';
import { completeStep, declareIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { database } from '@/utils/tracking/db';
import { mount, settle, unmountAll, useEnglishMessages } from '../options/helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: async () => undefined }));

const MIN = 60_000;
const NOW = Date.now();
const plan = createDefaultPlan();

beforeEach(async () => {
  useEnglishMessages();
  await database().incidents.clear();
});
afterEach(unmountAll);

const clock = (root: HTMLElement) => root.querySelector('[data-testid="crisis-clock"]')?.textContent ?? '';

test('a response 20 seconds past the one-hour target reads as 1 hour 1 minute, late', async () => {
  const started = NOW - 90 * MIN;
  const incident = completeStep(declareIncident(plan, { title: 'Kettle recall', level: 'crisis' }, started), 'holding-statement', 'social-media-manager', started + 60 * MIN + 20_000);
  await database().incidents.put(incident);
  const root = await mount(<IncidentSection />);
  await settle();
  await vi.waitFor(() => expect(clock(root)).toContain('first response after'));
  expect(clock(root)).toContain('first response after 1 hour 1 minute, late');
});

test('on time, time passed still rounds down', async () => {
  const started = NOW - 90 * MIN;
  const incident = completeStep(declareIncident(plan, { title: 'Kettle recall', level: 'crisis' }, started), 'holding-statement', 'social-media-manager', started + 59 * MIN + 40_000);
  await database().incidents.put(incident);
  const root = await mount(<IncidentSection />);
  await settle();
  await vi.waitFor(() => expect(clock(root)).toContain('first response after 59 minutes, on time'));
});
