// @vitest-environment happy-dom
// After an incident is resolved, its follow-up steps (hold the post-mortem, update the plan) are listed
// on the dashboard and can be ticked there: the popup shows an incident only while it is open.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentSection } from '@/components/dashboard/IncidentSection';
import { completeStep, declareIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { database } from '@/utils/tracking/db';
import { click, mount, unmountAll, useEnglishMessages } from '../options/helpers';

const sent = vi.hoisted(() => [] as Array<{ type: string; data: unknown }>);
vi.mock('@/utils/messaging', () => ({
  sendMessage: async (type: string, data: unknown) => void sent.push({ type, data }),
}));

const HOUR = 60 * 60_000;
const NOW = Date.now();
const plan = createDefaultPlan();

beforeEach(async () => {
  useEnglishMessages();
  sent.length = 0;
  await database().incidents.clear();
});
afterEach(unmountAll);

const followUp = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-testid="follow-up"]');

test('a resolved incident lists its follow-up steps with owner and due date, and a tick is sent as a step done', async () => {
  const resolved = resolveIncident(declareIncident(plan, { title: 'Kettle recall', level: 'crisis' }, NOW - 5 * HOUR), NOW - HOUR);
  await database().incidents.put(resolved);
  const root = await mount(<IncidentSection />);
  await vi.waitFor(() => expect(followUp(root)).not.toBeNull());
  const boxes = Array.from(followUp(root)!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
  const steps = resolved.checklist.filter((step) => step.after === 'resolution');
  expect(steps.length).toBeGreaterThan(0);
  expect(boxes).toHaveLength(steps.length);
  expect(boxes.every((box) => !box.checked)).toBe(true);
  expect(followUp(root)!.textContent).toContain(steps[0]!.text);
  expect(followUp(root)!.textContent).toMatch(/due /);

  await click(boxes[0]!);
  expect(sent).toContainEqual({
    type: 'page→background:setStep',
    data: { incidentId: resolved.id, stepId: steps[0]!.id, done: true, byRoleId: steps[0]!.ownerRoleId },
  });
});

test('a step done shows ticked; an open incident has no follow-up list', async () => {
  const base = resolveIncident(declareIncident(plan, { title: 'Kettle recall', level: 'crisis' }, NOW - 5 * HOUR), NOW - HOUR);
  const step = base.checklist.find((candidate) => candidate.after === 'resolution')!;
  await database().incidents.put(completeStep(base, step.id, step.ownerRoleId, NOW));
  const root = await mount(<IncidentSection />);
  await vi.waitFor(() => expect(followUp(root)).not.toBeNull());
  expect(followUp(root)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);

  unmountAll();
  await database().incidents.clear();
  await database().incidents.put(declareIncident(plan, { title: 'Spike on X', level: 'watch' }, NOW - HOUR));
  const open = await mount(<IncidentSection />);
  await vi.waitFor(() => expect(open.querySelector('#incident-title')?.textContent).toBe('Spike on X'));
  expect(followUp(open)).toBeNull();
});

test('"Show the report" moves the focus to the report\'s heading, each time it is pressed', async () => {
  const resolved = resolveIncident(declareIncident(plan, { title: 'Kettle recall', level: 'crisis' }, NOW - 5 * HOUR), NOW - HOUR);
  await database().incidents.put(resolved);
  const root = await mount(<IncidentSection />);
  await vi.waitFor(() => expect(followUp(root)).not.toBeNull());
  const show = Array.from(root.querySelectorAll('button')).find((button) => button.textContent === 'Show the report')!;
  show.focus();
  await click(show);
  await vi.waitFor(() => expect(root.querySelector('[data-testid="post-mortem-markdown"]')).not.toBeNull());
  const heading = root.querySelector<HTMLElement>('#post-mortem-report')!;
  expect(heading.textContent).toBe('Post-mortem report (Markdown)');
  expect(heading.tabIndex).toBe(-1);
  await vi.waitFor(() => expect(document.activeElement).toBe(heading));
  expect(root.querySelector('[data-testid="post-mortem-markdown"]')?.getAttribute('aria-labelledby')).toBe('post-mortem-report');
  // Shown again (after typing more lessons, say): the focus goes there again.
  show.focus();
  await click(show);
  await vi.waitFor(() => expect(document.activeElement).toBe(heading));
});
