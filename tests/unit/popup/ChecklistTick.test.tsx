// @vitest-environment happy-dom
// A checklist tick shows at once and stays while the background writes it: a render in between (the crisis
// clock's, every second) used to put the box back as the stored step still had it, so the tick flickered
// off and on (CI: Playwright's check() found "Clicking the checkbox did not change its state").
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IncidentPanel } from '@/components/popup/IncidentPanel';
import { completeStep, declareIncident, type Incident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import type { ListeningStatus } from '@/utils/settings';
import { mount, settle, unmountAll, useEnglishMessages } from '../options/helpers';

const answers: Array<{ resolve: (value: unknown) => void; reject: (error: Error) => void }> = [];
vi.mock('@/utils/messaging', () => ({
  sendMessage: () => new Promise((resolve, reject) => answers.push({ resolve, reject })),
}));

const MIN = 60_000;
const now = Date.now();
const plan = createDefaultPlan();
const status = { level: 'crisis', reason: 'Volume 4.8× normal on X', since: now - 15 * MIN, evaluatedAt: now, platforms: [], storageProblem: null } as ListeningStatus;
const incident = declareIncident(plan, { title: 'Kettle One overheating', level: 'crisis' }, now - 30 * MIN);
const stepId = 'assess';

const box = (root: HTMLElement) => {
  const label = Array.from(root.querySelectorAll('.checklist label')).find((l) => l.textContent?.includes(incident.checklist.find((s) => s.id === stepId)!.text));
  return label!.querySelector('input') as HTMLInputElement;
};
/** The panel drawn again with the incident as stored (a copy: another render, as the clock's tick makes). */
const redraw = async (root: HTMLElement, shown: Incident) => {
  await act(() => {
    render(<IncidentPanel incident={{ ...shown }} plan={plan} status={status} />, root);
  });
};
const tick = async (input: HTMLInputElement) => {
  await act(() => {
    input.click();
  });
};

beforeEach(() => {
  useEnglishMessages();
  answers.length = 0;
});
afterEach(unmountAll);

describe('ticking a checklist step in the popup', () => {
  test('stays ticked through renders until the stored step says so', async () => {
    const root = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);
    expect(box(root).checked).toBe(false);
    await tick(box(root));
    expect(answers).toHaveLength(1);
    await redraw(root, incident);
    expect(box(root).checked).toBe(true);

    // The background accepts and writes it: the stored step is done, and the box stays ticked.
    answers[0]!.resolve({});
    const done = completeStep(incident, stepId, 'crisis-lead', now);
    await redraw(root, done);
    await settle();
    expect(box(root).checked).toBe(true);
  });

  test('a tick the background refuses is put back, and the panel says why', async () => {
    const root = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);
    await tick(box(root));
    await redraw(root, incident);
    expect(box(root).checked).toBe(true);
    await act(async () => {
      answers[0]!.reject(new Error('That incident is resolved.'));
      await Promise.resolve();
    });
    await settle();
    expect(box(root).checked).toBe(false);
    expect(root.textContent).toContain('That incident is resolved.');
  });
});
