// @vitest-environment happy-dom
// The public texts the incident panel hands out (QA): worded for the incident in the field beside the
// copy buttons, promising one time for the next update on every copy while it is ahead (and saying so,
// or that it is overdue), and the plan's other approved messages there to copy too.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IncidentPanel } from '@/components/popup/IncidentPanel';
import { declareIncident, type Incident } from '@/utils/plan/incident';
import { formatClockTime } from '@/utils/plan/format';
import { createDefaultPlan, type CrisisPlan } from '@/utils/plan/plan';
import type { ListeningStatus } from '@/utils/settings';
import { buttonNamed, click, mount, settle, type, unmountAll, useEnglishMessages } from '../options/helpers';

const sent = vi.hoisted(() => [] as Array<{ name: string; data: unknown }>);
vi.mock('@/utils/messaging', () => ({
  sendMessage: async (name: string, data: unknown) => {
    sent.push({ name, data });
    return {};
  },
}));

const MIN = 60_000;
// 14:02 local time: the response target (an hour) from now, on a quarter hour, is 15:15.
const NOW = new Date(2026, 10, 30, 14, 2).getTime();
const plan = createDefaultPlan();
const status = { level: 'crisis', reason: '21× normal', since: NOW - 15 * MIN, evaluatedAt: NOW, platforms: [], storageProblem: null } as ListeningStatus;
const incident = declareIncident(plan, { title: 'Spike on X', level: 'crisis', platform: 'x', alert: { reason: '21× normal', time: NOW - 15 * MIN } }, NOW);
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** "3:15 PM GMT+1", as the texts write a time. */
const inText = (ms: number) => formatClockTime(ms, Date.now(), { timeZone });
/** "3:15 PM", as the popup shows one. */
const shown = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });

let copied: string[];
function stubClipboard(works = true) {
  copied = [];
  const writeText = works ? async (text: string) => void copied.push(text) : () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError'));
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}
const messages = (name: string) => sent.filter((message) => message.name === name).map((message) => message.data);
const statusLine = (root: HTMLElement) => root.querySelector('[role="status"]')?.textContent;
const panel = (root: HTMLElement) => root.querySelector('[data-testid="incident"]')!;
const render = (shownIncident: Incident, shownPlan: CrisisPlan = plan) => mount(<IncidentPanel incident={shownIncident} plan={shownPlan} status={status} />);

beforeEach(() => {
  useEnglishMessages();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  sent.length = 0;
  stubClipboard();
});
afterEach(async () => {
  await unmountAll();
  vi.useRealTimers();
});

describe('the wording of the issue', () => {
  const field = (root: HTMLElement) => root.querySelector<HTMLInputElement>('input[name="incident-issue"]')!;
  const summary = (root: HTMLElement) => root.querySelector('.issue-field summary')!.textContent;

  test('folded to the wording the texts use; saved on Enter, said in the status line, and used by the next copy at once', async () => {
    const root = await render(incident);
    expect(summary(root)).toBe('Wording: “the concerns being raised”');
    const input = field(root);
    expect(input.closest('label')!.textContent).toBe('What is this about, in public words?');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toContain('Left empty: “the concerns being raised”.');

    await type(input, '  the delays   to your orders ');
    await act(() => {
      input.form!.requestSubmit();
    });
    await settle();
    expect(messages('page→background:setIncidentIssue')).toEqual([{ incidentId: incident.id, issue: 'the delays to your orders' }]);
    expect(statusLine(root)).toBe('Saved: the texts now say “the delays to your orders”.');
    expect(summary(root)).toBe('Wording: “the delays to your orders”');
    expect(input.value).toBe('the delays to your orders');

    // The stored incident has not caught up yet: the copy uses the wording saved all the same.
    await click(buttonNamed(root, 'Copy holding statement'));
    expect(copied[0]).toMatch(/^We're aware of the delays to your orders and we're looking into it/);
    // Leaving the field with the wording saved sends nothing more.
    await act(() => {
      input.dispatchEvent(new FocusEvent('blur'));
    });
    expect(messages('page→background:setIncidentIssue')).toHaveLength(1);
  });

  test('saved when the field loses the focus; emptied, the general wording comes back', async () => {
    const root = await render({ ...incident, issue: 'the delays to your orders' });
    const input = field(root);
    expect(input.value).toBe('the delays to your orders');
    await type(input, '');
    await act(() => {
      input.dispatchEvent(new FocusEvent('blur'));
    });
    await settle();
    expect(messages('page→background:setIncidentIssue')).toEqual([{ incidentId: incident.id, issue: '' }]);
    expect(statusLine(root)).toBe('Cleared: the texts say “the concerns being raised” again.');
    await click(buttonNamed(root, 'Copy holding statement'));
    expect(copied[0]).toMatch(/^We're aware of the concerns being raised and/);
  });

  test('an incident worded already: its texts say so, the internal update’s approved lines too', async () => {
    const root = await render({ ...incident, issue: 'the delays to your orders' });
    expect(summary(root)).toBe('Wording: “the delays to your orders”');
    await click(buttonNamed(root, 'Copy holding statement'));
    await click(buttonNamed(root, 'Copy internal update'));
    const [holding, update] = copied;
    expect(holding).toContain('aware of the delays to your orders');
    expect(update!.split('\n')).toContain(`- Holding statement: ${holding}`);
    expect(update).toContain('- Follow-up update: An update on the delays to your orders:');
  });
});

describe('the promised update', () => {
  const promiseLine = (root: HTMLElement) => panel(root).querySelector('[data-testid="update-promise"]');

  test('the first copy makes the promise; later copies repeat it while it is ahead, and the clock area says when it is due', async () => {
    const root = await render(incident);
    expect(promiseLine(root)).toBeNull();
    await click(buttonNamed(root, 'Copy holding statement'));
    const at = new Date(2026, 10, 30, 15, 15).getTime();
    expect(copied[0]).toContain(`update by ${inText(at)}.`);
    expect(messages('page→background:promiseUpdate')).toEqual([{ incidentId: incident.id, at }]);
    expect(promiseLine(root)?.textContent).toBe(`Next public update promised by ${shown(at)} (in 1 hour 13 minutes)`);

    // 14:20 would count 15:30: the promise stands instead, and nothing new is sent.
    vi.setSystemTime(NOW + 18 * MIN);
    await click(buttonNamed(root, 'Copy holding statement'));
    expect(copied[1]).toBe(copied[0]);
    expect(messages('page→background:promiseUpdate')).toHaveLength(1);
  });

  test('stored on the incident: repeated while ahead; once passed the line says it is overdue, and the next copy makes a new one', async () => {
    const promisedAt = NOW + 30 * MIN;
    const root = await render({ ...incident, updatePromisedAt: promisedAt });
    expect(promiseLine(root)?.textContent).toBe(`Next public update promised by ${shown(promisedAt)} (in 30 minutes)`);
    await click(buttonNamed(root, 'Copy holding statement'));
    expect(copied[0]).toContain(`update by ${inText(promisedAt)}.`);
    expect(messages('page→background:promiseUpdate')).toEqual([]);
    await unmountAll();

    vi.setSystemTime(promisedAt + 5 * MIN);
    const later = await render({ ...incident, updatePromisedAt: promisedAt });
    const overdue = promiseLine(later)!.querySelector('strong.error');
    expect(overdue?.textContent).toBe(`Public update promised by ${shown(promisedAt)} is overdue`);
    stubClipboard();
    await click(buttonNamed(later, 'Copy holding statement'));
    // 14:37: an hour from then, on a quarter hour.
    const renewed = new Date(2026, 10, 30, 15, 45).getTime();
    expect(copied[0]).toContain(`update by ${inText(renewed)}.`);
    expect(messages('page→background:promiseUpdate')).toEqual([{ incidentId: incident.id, at: renewed }]);
    expect(promiseLine(later)?.textContent).toBe(`Next public update promised by ${shown(renewed)} (in 1 hour 8 minutes)`);
  });

  test('the internal update quotes the promise, and makes it: the lines it quotes are for employees to post', async () => {
    const root = await render(incident);
    await click(buttonNamed(root, 'Copy internal update'));
    const at = new Date(2026, 10, 30, 15, 15).getTime();
    expect(copied[0]).toContain(`We'll share an update by ${inText(at)}.`);
    // Its own next update, for the team, is apart: two hours from now.
    expect(copied[0]).toContain(`Next internal update by ${inText(new Date(2026, 10, 30, 16, 15).getTime())}.`);
    expect(messages('page→background:promiseUpdate')).toEqual([{ incidentId: incident.id, at }]);
  });
});

describe('the other approved messages', () => {
  const others = (root: HTMLElement) => root.querySelector<HTMLDetailsElement>('details.other-messages')!;

  test('listed under the copy buttons, folded, each copied filled as the holding statement is', async () => {
    const root = await render({ ...incident, issue: 'the delays to your orders', updatePromisedAt: NOW + 30 * MIN });
    const details = others(root);
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Other approved messages (2)');
    expect([...details.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['Move to a private channel Copy', 'Follow-up update Copy']);

    await click(buttonNamed(details, 'Copy “Follow-up update”'));
    expect(copied[0]).toMatch(new RegExp(`^An update on the delays to your orders: .* Next update by ${inText(NOW + 30 * MIN).replace(/[+]/g, '\\+')}\\.$`));
    expect(statusLine(root)).toBe('“Follow-up update” copied to the clipboard.');
    await click(buttonNamed(details, 'Copy “Move to a private channel”'));
    expect(copied[1]).toBe(plan.messages.find((message) => message.title === 'Move to a private channel')!.text);
    // The promise stood; neither made a new one.
    expect(messages('page→background:promiseUpdate')).toEqual([]);
  });

  test('an expired message is not offered (it is named as expired), and with none left the list says where to add them', async () => {
    const stale = { ...plan, messages: plan.messages.map((message) => (message.title === 'Follow-up update' ? { ...message, expires: '2020-01-01' } : message)) };
    const root = await render(incident, stale);
    expect(others(root).querySelector('summary')!.textContent).toBe('Other approved messages (1)');
    expect(others(root).textContent).not.toContain('Follow-up update');
    expect(panel(root).textContent).toContain('Expired pre-approved messages: Follow-up update.');

    const holdingOnly = { ...plan, messages: plan.messages.filter((message) => message.id === 'holding-statement') };
    const bare = await render(incident, holdingOnly);
    expect(others(bare).querySelector('summary')!.textContent).toBe('Other approved messages (0)');
    expect(others(bare).textContent).toContain('No other approved messages in your plan');
  });

  test('a copy the clipboard refuses shows the message to copy by hand, under its title', async () => {
    stubClipboard(false);
    const root = await render(incident);
    const button = buttonNamed(others(root), 'Copy “Follow-up update”');
    button.focus();
    await click(button);
    const area = root.querySelector<HTMLTextAreaElement>('[data-testid="manual-copy"]')!;
    expect(area.closest('label')!.textContent).toContain('Follow-up update');
    expect(area.value).toMatch(/^An update on the concerns being raised: /);
    expect(document.activeElement).toBe(area);
    expect(statusLine(root)).toBe('Could not copy to the clipboard: copy the text below by hand.');
    await click(buttonNamed(root, 'Done'));
    expect(document.activeElement).toBe(button);
  });
});
