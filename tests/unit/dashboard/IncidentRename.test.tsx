// @vitest-environment happy-dom
// The team names the incident in its own words ("Kettle base overheating", not "Spike on X"): the
// dashboard shows the new name, the timeline notes the old one, and the report is headed by it (QA).
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentSection } from '@/components/dashboard/IncidentSection';
import { declareIncident, renameIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { updateIncident } from '@/utils/plan/store';
import { database } from '@/utils/tracking/db';
import { buttonNamed, click, mount, type, unmountAll, useEnglishMessages } from '../options/helpers';

const sent = vi.hoisted(() => [] as Array<{ type: string; data: unknown }>);
// The worker's part, as the background does it: the rename is applied to the stored incident.
vi.mock('@/utils/messaging', () => ({
  sendMessage: async (type: string, data: { incidentId: string; title: string }) => {
    sent.push({ type, data });
    if (type === 'page→background:renameIncident') return updateIncident(database(), data.incidentId, (incident) => renameIncident(incident, data.title, Date.now()));
    return undefined;
  },
}));

const HOUR = 60 * 60_000;
const NOW = Date.now();

beforeEach(async () => {
  useEnglishMessages();
  sent.length = 0;
  await database().incidents.clear();
});
afterEach(unmountAll);

test('an incident renamed on the dashboard shows its new name, notes the old one, and heads its report with it', async () => {
  const incident = resolveIncident(declareIncident(createDefaultPlan(), { title: 'Spike on X', level: 'crisis', platform: 'x' }, NOW - 3 * HOUR), NOW - HOUR, 'Recall');
  await database().incidents.put(incident);
  const root = await mount(<IncidentSection />);
  await vi.waitFor(() => expect(root.querySelector('.incident-section p > strong')?.textContent).toBe('Spike on X'));

  const name = root.querySelector<HTMLInputElement>('input[name="incident-name"]')!;
  expect(name.value).toBe('Spike on X');
  expect(name.closest('label')?.textContent).toContain('Name of the incident');
  await type(name, 'Kettle base overheating');
  await click(buttonNamed(root, 'Rename'));
  expect(sent).toEqual([{ type: 'page→background:renameIncident', data: { incidentId: incident.id, title: 'Kettle base overheating' } }]);
  await vi.waitFor(() => expect(root.querySelector('.incident-section p > strong')?.textContent).toBe('Kettle base overheating'));
  expect(root.querySelector('.rename-incident [role="status"]')?.textContent).toBe('✓ Renamed.');
  expect(root.querySelector('[data-testid="timeline"]')?.textContent).toContain('Renamed from “Spike on X” to “Kettle base overheating”');

  await click(buttonNamed(root, 'Show the report'));
  await vi.waitFor(() => expect(root.querySelector('[data-testid="post-mortem-markdown"]')?.textContent).toContain('# Post-mortem: Kettle base overheating'));
});
