// @vitest-environment happy-dom
// QA: two copies in a row (the holding statement, then the internal update; or the same text again
// after a paste went wrong). The panel's status line is its only confirmation, and a polite live region
// (role="status") is only read out when it changes: the second copy must change it, or a screen-reader
// user (and anyone glancing at the line) cannot tell the second copy happened.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentPanel } from '@/components/popup/IncidentPanel';
import { declareIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import type { ListeningStatus } from '@/utils/settings';
import { buttonNamed, click, mount, unmountAll, useEnglishMessages } from '../options/helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: async () => ({}) }));

const now = Date.now();
const plan = createDefaultPlan();
const status = { level: 'crisis', reason: 'Volume 4.8× normal on X', since: now - 15 * 60_000, evaluatedAt: now, platforms: [], storageProblem: null } as ListeningStatus;
const incident = declareIncident(plan, { title: 'Spike on X', level: 'crisis', platform: 'x', alert: { reason: 'Volume 4.8× normal on X', time: now - 15 * 60_000 } }, now);

beforeEach(() => {
  useEnglishMessages();
  const copied: string[] = [];
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) }, configurable: true });
});
afterEach(unmountAll);

test('the second successful copy changes the status line, so it is announced', async () => {
  const root = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);
  const line = root.querySelector('[role="status"]')!;

  await click(buttonNamed(root, 'Copy holding statement'));
  const afterFirst = line.textContent;
  expect(afterFirst).toBe('“Holding statement” copied to the clipboard.');

  const changes: MutationRecord[] = [];
  const observer = new MutationObserver((records) => changes.push(...records));
  observer.observe(line, { childList: true, characterData: true, subtree: true });
  await click(buttonNamed(root, 'Copy internal update'));
  observer.disconnect();

  // The line names what was copied, so it changes (it read "Copied to the clipboard." both times before).
  expect({ changed: changes.length > 0, text: line.textContent }).toEqual({ changed: true, text: '“Internal update” copied to the clipboard.' });
});
