// @vitest-environment happy-dom
// Firebreak never posts, so the popup says how the response clock stops: by ticking the response
// step. Ticked, the clock shows the response; without a response step in the plan, it says so.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentPanel } from '@/components/popup/IncidentPanel';
import { completeStep, declareIncident, recordDraftedReply } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import type { ListeningStatus } from '@/utils/settings';
import { mount, unmountAll, useEnglishMessages } from '../options/helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: async () => ({}) }));

const MIN = 60_000;
const now = Date.now();
const plan = createDefaultPlan();
const status = { level: 'crisis', reason: '21× normal', since: now - 15 * MIN, evaluatedAt: now, platforms: [], storageProblem: null } as ListeningStatus;
const declared = declareIncident(plan, { title: 'Spike on X', level: 'crisis', platform: 'x', alert: { reason: '21× normal', time: now - 15 * MIN } }, now - 14 * MIN);

const clock = (root: HTMLElement) => root.querySelector('[data-testid="crisis-clock"]')?.textContent ?? '';
const hint = (root: HTMLElement) => root.querySelector('[data-testid="response-hint"]')?.textContent ?? null;

beforeEach(useEnglishMessages);
afterEach(unmountAll);

test('a drafted reply leaves the clock running, and the popup says which tick stops it', async () => {
  const root = await mount(<IncidentPanel incident={recordDraftedReply(declared, { platform: 'x', postId: '1', text: 'Sorry' }, now - 5 * MIN)} plan={plan} status={status} />);
  expect(clock(root)).toMatch(/first response due in 45 minutes/);
  expect(hint(root)).toBe('The clock stops when you tick “Post the holding statement on the affected platforms”. Firebreak never posts, so it cannot tell when a reply goes out.');
});

test('ticked: the clock shows the response, and the hint goes', async () => {
  const root = await mount(<IncidentPanel incident={completeStep(declared, 'holding-statement', 'social-media-manager', now - 5 * MIN)} plan={plan} status={status} />);
  expect(clock(root)).toContain('first response after 10 minutes, on time');
  expect(hint(root)).toBeNull();
});

test('a plan without a response step: the popup says the clock cannot stop', async () => {
  const noResponse = { ...plan, checklist: plan.checklist.filter((step) => !step.isResponse) };
  const incident = declareIncident(noResponse, { title: 'Spike on X', level: 'crisis' }, now - 14 * MIN);
  const root = await mount(<IncidentPanel incident={incident} plan={noResponse} status={status} />);
  expect(hint(root)).toMatch(/^This plan’s checklist has no response step/);
});

test('the clock’s two durations add up to the response target (time passed rounds down, time left up)', async () => {
  const fresh = declareIncident(plan, { title: 'Spike on X', level: 'crisis' }, now - 20_000);
  const justDeclared = await mount(<IncidentPanel incident={fresh} plan={plan} status={status} />);
  expect(clock(justDeclared)).toMatch(/^under a minute since the start · first response due in 1 hour/);
  const later = declareIncident(plan, { title: 'Spike on X', level: 'crisis' }, now - 14.5 * MIN);
  const halfway = await mount(<IncidentPanel incident={later} plan={plan} status={status} />);
  expect(clock(halfway)).toMatch(/^14 minutes since the start · first response due in 46 minutes/);
});

test('a response in the first minute is "within a minute", not "after 1 minute" beside "under a minute since the start" (QA)', async () => {
  const fresh = declareIncident(plan, { title: 'Spike on X', level: 'crisis' }, now - 40_000);
  const root = await mount(<IncidentPanel incident={completeStep(fresh, 'holding-statement', 'social-media-manager', now - 10_000)} plan={plan} status={status} />);
  expect(clock(root)).toContain('under a minute since the start');
  expect(clock(root)).toContain('first response within a minute, on time');
});

test('an open step says when it is due, not only once it is late (QA)', async () => {
  const fresh = declareIncident(plan, { title: 'Spike on X', level: 'crisis' }, now - 5 * MIN);
  const root = await mount(<IncidentPanel incident={fresh} plan={plan} status={status} />);
  const steps = Array.from(root.querySelectorAll('ul.checklist li')).map((li) => li.textContent ?? '');
  // The first steps are due 15 minutes after the start.
  expect(steps[0]).toContain('· due in 10 minutes');
  expect(steps.some((text) => text.includes('late'))).toBe(false);
});
