// @vitest-environment happy-dom
// A popup open from before the incident was resolved on another device or tab: its crisis steps still look
// tickable. The worker refuses the tick (the steps of a resolved incident are a record) and used to answer
// as if it had worked, so the box stayed ticked for two seconds and then went back without a word. The tick
// is put back at once, and the panel says why, where it says why any tick failed. Popup and worker as they
// run, the messages between them through the fake browser.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentPanel } from '@/components/popup/IncidentPanel';
import { declareIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import type { ListeningStatus } from '@/utils/settings';
import { database } from '@/utils/tracking/db';
import { answerMessages, startWorker, stubMissingApis } from '../background/start-worker';
import { mount, unmountAll, useEnglishMessages } from '../options/helpers';

const MIN = 60_000;
const now = Date.now();
const plan = createDefaultPlan();
const status = { level: 'crisis', reason: 'Volume 4.8× normal on X', since: now - 15 * MIN, evaluatedAt: now, platforms: [], storageProblem: null } as ListeningStatus;
const open = declareIncident(plan, { title: 'Kettle One overheating', level: 'crisis', id: 'kettle' }, now - 30 * MIN);
const step = open.checklist.find((candidate) => candidate.after === 'start')!;

const box = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('.checklist label'))
    .find((label) => label.textContent?.includes(step.text))!
    .querySelector('input') as HTMLInputElement;

beforeEach(async () => {
  useEnglishMessages();
  // navigator.locks as the worker uses it (happy-dom has none): one holder at a time is all a test needs.
  Object.defineProperty(navigator, 'locks', { value: { request: (_name: string, work: () => Promise<unknown>) => work() }, configurable: true });
  stubMissingApis();
  answerMessages();
  await startWorker();
});
afterEach(unmountAll);

test('a tick on a crisis step of an incident resolved elsewhere is put back, with why', async () => {
  const resolved = resolveIncident(open, now - 5 * MIN);
  await database().incidents.put(resolved);
  // The popup still shows the incident as it was when it opened: open.
  const root = await mount(<IncidentPanel incident={open} plan={plan} status={status} />);
  expect(box(root).disabled).toBe(false);

  box(root).click();
  await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('This incident was resolved: its crisis steps are closed. Reopen it to change them.'));
  expect(box(root).checked).toBe(false);
  expect(await database().incidents.get(open.id)).toEqual(resolved);
});
