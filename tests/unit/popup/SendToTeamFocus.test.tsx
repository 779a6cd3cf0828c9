// @vitest-environment happy-dom
// "Send internal update to the team" while it sends: a button disabled under the focus drops the focus to
// the popup's <body> (Tab then starts again from the top, and a screen reader says nothing of where it is).
// It stays focusable, says it is busy (aria-disabled), and a second press while it sends sends nothing.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentPanel } from '@/components/popup/IncidentPanel';
import { declareIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import type { ListeningStatus } from '@/utils/settings';
import { buttonNamed, click, mount, settle, unmountAll, useEnglishMessages } from '../options/helpers';

const team = vi.hoisted(() => ({ sends: 0, answer: (_: { ok: boolean }) => undefined as void }));
vi.mock('@/utils/messaging', () => ({
  sendMessage: (name: string) =>
    name === 'page→background:teamUpdate'
      ? new Promise<{ ok: boolean }>((resolve) => {
          team.sends += 1;
          team.answer = resolve;
        })
      : Promise.resolve({}),
}));
vi.mock('@/utils/sources/webhooks', () => ({ teamUpdatesReady: () => true }));

const NOW = new Date(2026, 10, 30, 14, 2).getTime();
const plan = createDefaultPlan();
const status = { level: 'crisis', reason: '21× normal', since: NOW - 900_000, evaluatedAt: NOW, platforms: [], storageProblem: null } as ListeningStatus;
const incident = declareIncident(plan, { title: 'Spike on X', level: 'crisis', alert: { reason: '21× normal', time: NOW - 900_000 } }, NOW);

beforeEach(() => {
  useEnglishMessages();
  team.sends = 0;
});
afterEach(unmountAll);

test('the focus stays on the button while the update is sent, and a second press sends nothing more', async () => {
  const root = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);
  const send = buttonNamed(root, 'Send internal update to the team');
  send.focus();
  await click(send);
  expect(team.sends).toBe(1);
  // Sending: still the focused control, and said to be unavailable.
  expect(document.activeElement).toBe(send);
  expect(send.disabled).toBe(false);
  expect(send.getAttribute('aria-disabled')).toBe('true');
  await click(send);
  expect(team.sends).toBe(1);

  await act(() => team.answer({ ok: true }));
  await settle();
  expect(root.querySelector('[role="status"]')?.textContent).toBe("Sent to the team's chat.");
  expect(document.activeElement).toBe(send);
  expect(send.getAttribute('aria-disabled')).toBe('false');
});
