// @vitest-environment happy-dom
// The internal update the popup copies counts the checklist as the popup shows it: the steps it lists,
// not those that only come once the incident is resolved.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IncidentPanel } from '@/components/popup/IncidentPanel';
import { completeStep, declareIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { internalUpdate } from '@/utils/plan/texts';
import type { ListeningStatus } from '@/utils/settings';
import { buttonNamed, click, mount, unmountAll, useEnglishMessages } from '../options/helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: async () => ({}) }));

const MIN = 60_000;
const now = Date.now();
const plan = createDefaultPlan();
const status = { level: 'crisis', reason: 'Volume 4.8× normal on X', since: now - 15 * MIN, evaluatedAt: now, platforms: [], storageProblem: null } as ListeningStatus;
const declared = declareIncident(plan, { title: 'Kettle One overheating', level: 'crisis' }, now - 30 * MIN);
const incident = completeStep(completeStep(declared, 'assess', 'crisis-lead', now - 20 * MIN), 'pause-scheduled-posts', 'social-media-manager', now - 10 * MIN);

const countIn = (text: string) => /(\d+) of (\d+) steps done/.exec(text)?.slice(1, 3).map(Number);

beforeEach(useEnglishMessages);
afterEach(unmountAll);

describe('the internal update’s step count', () => {
  test('is the count the popup shows, for the steps it lists', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) }, configurable: true });
    const root = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);

    const listed = root.querySelectorAll('.checklist input[type="checkbox"]');
    const ticked = root.querySelectorAll('.checklist input[type="checkbox"]:checked');
    expect(ticked.length).toBe(2);
    const shown = countIn(root.querySelector('progress')!.parentElement!.textContent ?? '');
    expect(shown).toEqual([2, listed.length]);
    // The plan has steps for after the resolution, which the popup counts apart.
    expect(incident.checklist.length).toBeGreaterThan(listed.length);

    await click(buttonNamed(root, 'Copy internal update'));
    expect(copied).toHaveLength(1);
    expect(countIn(copied[0]!)).toEqual(shown);
  });

  test('agrees with the open steps it lists: done and still open make the total', () => {
    const text = internalUpdate(plan, incident, status, now);
    const [done, total] = countIn(text)!;
    // What "Still open" lists: the steps not done whose due time is set (after the resolution: not yet).
    const open = incident.checklist.filter((step) => !step.done && step.dueAt !== null).length;
    expect(text).toContain(`; and ${open - 5} more.`);
    expect(done! + open).toBe(total);
  });
});
