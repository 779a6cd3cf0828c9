// @vitest-environment happy-dom
// A follow-up step ticked on the dashboard goes through the worker, which may refuse it (incident.stepClosed)
// or fail to write it (a full disk). The dashboard ignored the failure: the box stayed ticked and nothing was
// said. As the popup's checklist does, the tick is put back and the reason is said in a status line, and the
// focus stays on the box.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentSection } from '@/components/dashboard/IncidentSection';
import { declareIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { database } from '@/utils/tracking/db';
import { click, mount, settle, unmountAll, useEnglishMessages } from '../options/helpers';

const answer = vi.hoisted(() => ({ refusal: null as Error | null }));
vi.mock('@/utils/messaging', () => ({
  sendMessage: async (type: string) => {
    if (type === 'page→background:setStep' && answer.refusal) throw answer.refusal;
  },
}));

const HOUR = 60 * 60_000;
const NOW = Date.now();
const FULL = 'Firebreak could not save this: the disk is full.';

beforeEach(async () => {
  useEnglishMessages();
  answer.refusal = null;
  await database().incidents.clear();
});
afterEach(unmountAll);

const followUp = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-testid="follow-up"]');
const statusOf = (root: HTMLElement) => root.querySelector('[aria-labelledby="follow-up"] [role="status"]')?.textContent ?? '';

test('a refused tick is put back, the reason is said, and the focus stays on the box', async () => {
  await database().incidents.put(resolveIncident(declareIncident(createDefaultPlan(), { title: 'Kettle recall', level: 'crisis' }, NOW - 5 * HOUR), NOW - HOUR));
  const root = await mount(<IncidentSection />);
  await vi.waitFor(() => expect(followUp(root)).not.toBeNull());
  const box = followUp(root)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;

  answer.refusal = new Error(FULL);
  box.focus();
  await click(box);
  await vi.waitFor(() => expect(statusOf(root)).toBe(FULL));
  expect(box.checked).toBe(false);
  expect(box.isConnected).toBe(true);
  expect(document.activeElement).toBe(box);
  // The clock's renders do not tick it again.
  await settle();
  expect(box.checked).toBe(false);

  // Tried again once the disk has room: the box stays ticked, and the reason goes.
  answer.refusal = null;
  await click(box);
  expect(box.checked).toBe(true);
  await vi.waitFor(() => expect(statusOf(root)).toBe(''));
});
