// @vitest-environment happy-dom
// The dashboard's "Crisis plan" block lists the plan's approval steps with who approves. It names each
// approver from the last incident's snapshot of the roles, so a role the team added to the plan since
// (its id "role-7") shows as its raw id, and a renamed role under its old name.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentSection } from '@/components/dashboard/IncidentSection';
import { declareIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { crisisPlan } from '@/utils/settings';
import { database } from '@/utils/tracking/db';
import { mount, unmountAll, useEnglishMessages } from '../options/helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: async () => undefined }));

const T0 = Date.UTC(2025, 4, 6, 14, 0);

beforeEach(async () => {
  useEnglishMessages();
  await database().incidents.clear();
});
afterEach(unmountAll);

test('approvers are named by the plan as it is now, not by an old incident', async () => {
  // Last month's incident, declared with the default plan.
  const old = resolveIncident(declareIncident(createDefaultPlan(), { title: 'Kettle recall', level: 'crisis' }, T0), T0 + 3 * 3_600_000);
  await database().incidents.put(old);
  // Since then the post-mortem added a role and gave it an approval step.
  const plan = createDefaultPlan();
  plan.roles.push({ id: 'role-7', title: 'Head of product safety', owner: 'Kim Park', contact: 'kim@brewly.example' });
  plan.approvalSteps.push({ id: 'safety', roleId: 'role-7', description: 'Product safety facts' });
  await crisisPlan.setValue(plan);

  const root = await mount(<IncidentSection />);
  await vi.waitFor(() => expect(root.textContent).toContain('Product safety facts'));
  const approvals = [...root.querySelectorAll('details ol li')].map((item) => item.textContent);
  expect(approvals.at(-1)).toBe('Product safety facts — Head of product safety');
});
