// @vitest-environment happy-dom
// A public text that promises the next update ({nextUpdate}) makes that promise only once it is out: the
// panel recorded it before the clipboard was written, so a copy the clipboard refused (permission denied,
// the popup not focused) still stood as a promise made, and the clock area counted down to it.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IncidentPanel } from '@/components/popup/IncidentPanel';
import { declareIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import type { ListeningStatus } from '@/utils/settings';
import { buttonNamed, click, mount, unmountAll, useEnglishMessages } from '../options/helpers';

const sent = vi.hoisted(() => [] as Array<{ name: string; data: unknown }>);
const teamAnswer = vi.hoisted(() => ({ ok: true }));
vi.mock('@/utils/messaging', () => ({
  sendMessage: async (name: string, data: unknown) => {
    sent.push({ name, data });
    return name === 'page→background:teamUpdate' ? teamAnswer : {};
  },
}));
// The team's chat is set up, so the panel offers "Send to the team" too.
vi.mock('@/utils/sources/webhooks', () => ({ teamUpdatesReady: () => true }));

const MIN = 60_000;
// 14:02 local time: the response target (an hour) from now, on a quarter hour, is 15:15.
const NOW = new Date(2026, 10, 30, 14, 2).getTime();
const PROMISE = new Date(2026, 10, 30, 15, 15).getTime();
const plan = createDefaultPlan();
const status = { level: 'crisis', reason: '21× normal', since: NOW - 15 * MIN, evaluatedAt: NOW, platforms: [], storageProblem: null } as ListeningStatus;
const incident = declareIncident(plan, { title: 'Spike on X', level: 'crisis', alert: { reason: '21× normal', time: NOW - 15 * MIN } }, NOW);

let copied: string[];
function stubClipboard(works: boolean) {
  copied = [];
  const writeText = works ? async (text: string) => void copied.push(text) : () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}
const promises = () => sent.filter((message) => message.name === 'page→background:promiseUpdate').map((message) => message.data);
const promiseLine = (root: HTMLElement) => root.querySelector('[data-testid="update-promise"]');
const statusLine = (root: HTMLElement) => root.querySelector('[role="status"]')?.textContent;
const COPY_FAILED = 'Could not copy to the clipboard: copy the text below by hand.';

beforeEach(() => {
  useEnglishMessages();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  sent.length = 0;
  teamAnswer.ok = true;
});
afterEach(async () => {
  await unmountAll();
  vi.useRealTimers();
});

describe('a text that promises the next update', () => {
  test.each([
    ['the holding statement', (root: HTMLElement) => buttonNamed(root, 'Copy holding statement')],
    ['another approved message', (root: HTMLElement) => buttonNamed(root, 'Copy “Follow-up update”')],
    ['the internal update quoting them', (root: HTMLElement) => buttonNamed(root, 'Copy internal update')],
  ])('%s the clipboard refused promises nothing; the copy failure is shown as before', async (_, button) => {
    stubClipboard(false);
    const root = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);
    await click(button(root));

    expect(root.querySelector<HTMLTextAreaElement>('[data-testid="manual-copy"]')?.value).toContain('update by');
    expect(statusLine(root)).toBe(COPY_FAILED);
    expect(promises()).toEqual([]);
    expect(promiseLine(root)).toBeNull();

    // Copied once the clipboard works: now the promise is made.
    stubClipboard(true);
    await click(button(root));
    expect(copied).toHaveLength(1);
    expect(promises()).toEqual([{ incidentId: incident.id, at: PROMISE }]);
    expect(promiseLine(root)).not.toBeNull();
  });

  test('an internal update the team chat did not take promises nothing; one it took does', async () => {
    teamAnswer.ok = false;
    const root = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);
    await click(buttonNamed(root, 'Send internal update to the team'));
    expect(sent.filter((message) => message.name === 'page→background:teamUpdate')).toHaveLength(1);
    expect(promises()).toEqual([]);
    expect(promiseLine(root)).toBeNull();

    teamAnswer.ok = true;
    await click(buttonNamed(root, 'Send internal update to the team'));
    expect(promises()).toEqual([{ incidentId: incident.id, at: PROMISE }]);
  });
});
