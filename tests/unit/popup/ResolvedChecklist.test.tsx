// @vitest-environment happy-dom
// The panel offers no tick of a crisis step on a resolved incident (the worker refuses it: completeStep).
// The popup and the dashboard show the panel only while an incident is open, but one drawn with an
// incident that has just been resolved shows its checklist as the record it now is, and sends nothing;
// reopened, its boxes work again.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentPanel } from '@/components/popup/IncidentPanel';
import { declareIncident, reopenIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import type { ListeningStatus } from '@/utils/settings';
import { click, mount, unmountAll, useEnglishMessages } from '../options/helpers';

const sent = vi.hoisted(() => [] as Array<{ name: string; data: unknown }>);
vi.mock('@/utils/messaging', () => ({
  sendMessage: async (name: string, data: unknown) => {
    sent.push({ name, data });
    return {};
  },
}));

const MIN = 60_000;
const now = Date.now();
const plan = createDefaultPlan();
const status = { level: 'crisis', reason: 'Volume 4.8× normal on X', since: now - 15 * MIN, evaluatedAt: now, platforms: [], storageProblem: null } as ListeningStatus;
const resolved = resolveIncident(declareIncident(plan, { title: 'Kettle One overheating', level: 'crisis' }, now - 90 * MIN), now - MIN);
const boxes = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLInputElement>('.checklist input[type="checkbox"]'));
const steps = () => sent.filter((message) => message.name === 'page→background:setStep');

beforeEach(() => {
  useEnglishMessages();
  sent.length = 0;
});
afterEach(unmountAll);

test('a resolved incident: its crisis steps are shown but cannot be ticked, and a click sends nothing', async () => {
  const root = await mount(<IncidentPanel incident={resolved} plan={plan} status={status} />);
  expect(boxes(root).length).toBeGreaterThan(0);
  expect(boxes(root).every((box) => box.disabled)).toBe(true);
  await click(boxes(root)[0]);
  expect(boxes(root)[0]!.checked).toBe(false);
  expect(steps()).toEqual([]);
});

test('reopened, its crisis steps can be ticked again', async () => {
  const reopened = reopenIncident(resolved, now, 'It flared up again');
  const root = await mount(<IncidentPanel incident={reopened} plan={plan} status={status} />);
  expect(boxes(root).some((box) => box.disabled)).toBe(false);
  await click(boxes(root)[0]);
  expect(steps()).toHaveLength(1);
});
