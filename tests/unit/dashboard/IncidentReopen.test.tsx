// @vitest-environment happy-dom
// A resolution taken back from the dashboard (QA: resolved too early, the story flared up again an hour
// later, and declaring a new incident lost the timeline and the clock): asked first, open again with its
// tools, and refused with a reason while another incident is open.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentSection } from '@/components/dashboard/IncidentSection';
import { declareIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { reopenStoredIncident } from '@/utils/plan/store';
import { database } from '@/utils/tracking/db';
import { buttonNamed, click, mount, pressEscape, settle, type, unmountAll, useEnglishMessages } from '../options/helpers';

const worker = vi.hoisted(() => ({ sent: [] as Array<{ type: string; data: unknown }>, before: async () => {} }));
// The worker's part, as the background does it.
vi.mock('@/utils/messaging', () => ({
  sendMessage: async (type: string, data: { incidentId: string; reason?: string }) => {
    worker.sent.push({ type, data });
    if (type !== 'page→background:reopenIncident') return undefined;
    await worker.before();
    return reopenStoredIncident(database(), data.incidentId, Date.now(), data.reason);
  },
}));

const HOUR = 60 * 60_000;
const NOW = Date.now();
const plan = createDefaultPlan();
const resolved = resolveIncident(declareIncident(plan, { title: 'Kettle base overheating', level: 'crisis', id: 'kettle' }, NOW - 3 * HOUR), NOW - HOUR, 'Statement out');
const other = declareIncident(plan, { title: 'Spike on Reddit', level: 'watch', id: 'reddit' }, NOW - 30 * 60_000);

beforeEach(async () => {
  useEnglishMessages();
  worker.sent.length = 0;
  worker.before = async () => {};
  await database().incidents.clear();
});
afterEach(unmountAll);

const question = (root: ParentNode) => root.querySelector<HTMLElement>('[role="alertdialog"][aria-labelledby="reopen-question"]');

test('reopened after a question: open again with its checklist and clock, the reason on the timeline, the focus on its heading', async () => {
  await database().incidents.put(resolved);
  const announce = vi.fn();
  const root = await mount(<IncidentSection onAnnounce={announce} />);
  await vi.waitFor(() => expect(root.querySelector('[data-testid="follow-up"]')).not.toBeNull());
  expect(root.querySelector('[data-testid="incident"]')).toBeNull();

  await click(buttonNamed(root, 'Reopen incident…'));
  expect(question(root)?.textContent).toContain('Reopen this incident? It becomes the open incident again');
  const reason = root.querySelector<HTMLInputElement>('input[name="reopen-reason"]')!;
  expect(document.activeElement).toBe(reason);
  expect(reason.closest('label')?.textContent).toContain('Why (optional, noted on the timeline)');
  expect(worker.sent).toEqual([]);

  await type(reason, 'The Daily Post picked the story up');
  await click(buttonNamed(root, 'Yes, reopen'));
  expect(worker.sent).toEqual([{ type: 'page→background:reopenIncident', data: { incidentId: 'kettle', reason: 'The Daily Post picked the story up' } }]);
  await vi.waitFor(() => expect(root.querySelector('[data-testid="incident"]')).not.toBeNull());
  await settle();
  expect(root.querySelector('#incident-title')?.textContent).toBe('Kettle base overheating');
  expect(root.querySelector('[data-testid="incident"]')?.textContent).toContain('3 hours since the start');
  expect(root.querySelector('[data-testid="follow-up"]')).toBeNull();
  expect(buttonNamed(root, 'Resolve the incident…')).toBeTruthy();
  expect(root.querySelector('[data-testid="timeline"]')?.textContent).toContain('Incident reopened: The Daily Post picked the story up');
  expect(document.activeElement).toBe(root.querySelector('#incident-title'));
  expect(announce).toHaveBeenCalledWith('Incident reopened: Kettle base overheating. Its checklist and clock are back, here and in the popup.');
  // One open incident: nothing to declare now.
  expect(root.querySelector('[data-testid="declare-incident"]')).toBeNull();
});

test('Escape answers no: nothing is sent, and the focus is back on the button', async () => {
  await database().incidents.put(resolved);
  const root = await mount(<IncidentSection />);
  await vi.waitFor(() => expect(root.querySelector('[data-testid="follow-up"]')).not.toBeNull());
  await click(buttonNamed(root, 'Reopen incident…'));
  expect(question(root)).not.toBeNull();
  await pressEscape();
  expect(question(root)).toBeNull();
  expect(document.activeElement).toBe(buttonNamed(root, 'Reopen incident…'));
  expect(worker.sent).toEqual([]);
  expect((await database().incidents.get('kettle'))?.resolvedAt).toBe(resolved.resolvedAt);
});

test('with another incident open, it says which to resolve first instead of offering the button', async () => {
  await database().incidents.bulkPut([resolved, other]);
  const root = await mount(<IncidentSection />);
  const choice = await vi.waitFor(() => root.querySelector<HTMLSelectElement>('select[name="incident"]')!);
  await type(choice, 'kettle', 'change');
  await vi.waitFor(() => expect(root.querySelector('[data-testid="follow-up"]')).not.toBeNull());
  expect(root.querySelector('[data-testid="reopen-blocked"]')?.textContent).toBe(
    'To reopen this incident, first resolve “Spike on Reddit”: only one incident can be open at a time.',
  );
  expect(() => buttonNamed(root, 'Reopen incident…')).toThrow();
});

test('refused by the worker (another incident declared meanwhile): the error is shown and nothing changes', async () => {
  await database().incidents.put(resolved);
  worker.before = async () => {
    await database().incidents.put(other);
  };
  const root = await mount(<IncidentSection />);
  await vi.waitFor(() => expect(root.querySelector('[data-testid="follow-up"]')).not.toBeNull());
  await click(buttonNamed(root, 'Reopen incident…'));
  await click(buttonNamed(root, 'Yes, reopen'));
  await vi.waitFor(() =>
    expect(root.querySelector('.incident-section [role="alert"]')?.textContent).toBe(
      'The incident was not reopened: “Spike on Reddit” is still open, and only one incident can be open at a time: resolve it first, then reopen this one.',
    ),
  );
  // Still the incident shown, though a newer one is open now: with the reason it cannot be reopened.
  expect(root.querySelector('[data-testid="reopen-blocked"]')?.textContent).toContain('first resolve “Spike on Reddit”');
  expect((await database().incidents.get('kettle'))?.resolvedAt).toBe(resolved.resolvedAt);
});
