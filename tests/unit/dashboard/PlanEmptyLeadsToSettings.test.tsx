// @vitest-environment happy-dom
// First run: the crisis plan as installed names the roles but nobody who holds them. The dashboard's plan
// showed a table of dashes and said neither that it is not filled in nor where to fill it in (QA).
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentSection } from '@/components/dashboard/IncidentSection';
import { createDefaultPlan } from '@/utils/plan/plan';
import { crisisPlan } from '@/utils/settings';
import { mount, unmountAll, useEnglishMessages } from '../options/helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: async () => undefined }));

beforeEach(useEnglishMessages);
afterEach(unmountAll);

const planOf = (root: HTMLElement) => {
  const details = [...root.querySelectorAll('details')].find((element) => element.querySelector('summary')?.textContent === 'The crisis plan');
  if (!details) throw new Error('No crisis plan shown');
  return details;
};

test('the plan as installed says who is missing and leads to the plan in the settings', async () => {
  const root = await mount(<IncidentSection />);
  const plan = await vi.waitFor(() => planOf(root));
  expect(plan.textContent).toContain('6 roles have no owner or contact yet');
  const link = plan.querySelector('a[href="/options.html#plan"]');
  expect(link?.textContent).toBe('Fill in the plan in the settings');
});

test('a plan filled in says nothing is missing, and still leads to where it is changed', async () => {
  const filled = createDefaultPlan();
  filled.roles = filled.roles.map((role, index) => ({ ...role, owner: `Person ${index}`, contact: `person${index}@brewly.example` }));
  await crisisPlan.setValue(filled);
  const root = await mount(<IncidentSection />);
  const plan = await vi.waitFor(() => planOf(root));
  expect(plan.textContent).not.toContain('no owner or contact');
  expect(plan.querySelector('a[href="/options.html#plan"]')?.textContent).toBe('Change the plan in the settings');
});
