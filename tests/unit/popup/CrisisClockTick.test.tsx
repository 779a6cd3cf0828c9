// @vitest-environment happy-dom
// The crisis clock (time since the start, time to the first response, time to the promised update) moves
// every second while the panel is in view: it was redrawn every 30 s, so "under a minute" and "due in 1
// minute" lagged by up to half a minute. While the page is hidden it runs no timer, and it is right again
// as soon as the page shows.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IncidentPanel } from '@/components/popup/IncidentPanel';
import { declareIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import type { ListeningStatus } from '@/utils/settings';
import { mount, unmountAll, useEnglishMessages } from '../options/helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: async () => ({}) }));

const MIN = 60_000;
const NOW = new Date(2026, 10, 30, 14, 2).getTime();
const plan = createDefaultPlan();
const status = { level: 'crisis', reason: '21× normal', since: NOW, evaluatedAt: NOW, platforms: [], storageProblem: null } as ListeningStatus;
// Started 59.5 s ago: the first whole minute is half a second away.
const incident = declareIncident(plan, { title: 'Spike on X', level: 'crisis', alert: { reason: '21× normal', time: NOW - MIN + 500 } }, NOW);
const clockLine = (root: HTMLElement) => root.querySelector('[data-testid="crisis-clock"]')?.textContent;
const promiseLine = (root: HTMLElement) => root.querySelector('[data-testid="update-promise"]')?.textContent;

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });
  Object.defineProperty(document, 'visibilityState', { value: hidden ? 'hidden' : 'visible', configurable: true });
}
const advance = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

beforeEach(() => {
  useEnglishMessages();
  // Only the clock's interval and Date are faked: the helpers' settling runs on real timeouts.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(NOW);
  setHidden(false);
});
afterEach(async () => {
  await unmountAll();
  vi.useRealTimers();
  setHidden(false);
});

describe('the crisis clock', () => {
  test('moves within a second of the minute turning, not up to 30 seconds later', async () => {
    const root = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);
    expect(clockLine(root)).toMatch(/^under a minute since the start · first response due in 1 hour /);
    await advance(1_000);
    expect(clockLine(root)).toMatch(/^1 minute since the start · first response due in 59 minutes /);
    // And on: a minute later it says two.
    await advance(60_000);
    expect(clockLine(root)).toMatch(/^2 minutes since the start · first response due in 58 minutes /);
  });

  test('the time to the promised update counts down with it', async () => {
    const root = await mount(<IncidentPanel incident={{ ...incident, updatePromisedAt: NOW + 10 * MIN + 500 }} plan={plan} status={status} />);
    expect(promiseLine(root)).toMatch(/\(in 11 minutes\)$/);
    await advance(1_000);
    expect(promiseLine(root)).toMatch(/\(in 10 minutes\)$/);
  });

  test('runs no timer while the page is hidden, and is right again as soon as it shows', async () => {
    const root = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);
    expect(vi.getTimerCount()).toBe(1);
    setHidden(true);
    await act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(vi.getTimerCount()).toBe(0);

    // Five minutes pass out of sight, then the page shows: the clock says so at once.
    vi.setSystemTime(NOW + 5 * MIN);
    setHidden(false);
    await act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(clockLine(root)).toMatch(/^5 minutes since the start/);
    expect(vi.getTimerCount()).toBe(1);

    // Gone from the page: no timer left behind.
    await unmountAll();
    expect(vi.getTimerCount()).toBe(0);
  });
});
