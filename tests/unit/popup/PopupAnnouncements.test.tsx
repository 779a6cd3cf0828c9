// @vitest-environment happy-dom
// What a keyboard and screen-reader user is told in the popup: the focus follows a declaration and a
// resolution to the section that replaces the button, a live region says what happened and when the
// level changes (once per change), old times carry their date, and a brand just saved with nothing
// measured yet reads as learning, not as "Mentions look normal".
import { afterEach, beforeEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { declareIncident, resolveIncident, type DeclareInput } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { updateIncident } from '@/utils/plan/store';
import { brandProfile, listeningStatus, type ListeningStatus } from '@/utils/settings';
import { database } from '@/utils/tracking/db';
import { buttonNamed, click, mount, settle, unmountAll, useEnglishMessages } from '../options/helpers';

// The worker's side of the two messages: the incident is written to the database, where the popup's
// live query finds it, as in the extension.
vi.mock('@/utils/messaging', () => ({
  sendMessage: async (name: string, data: unknown) => {
    if (name === 'page→background:declareIncident') {
      const incident = declareIncident(createDefaultPlan(), data as DeclareInput, Date.now());
      await database().incidents.put(incident);
      return incident;
    }
    if (name === 'page→background:resolveIncident') {
      return updateIncident(database(), (data as { incidentId: string }).incidentId, (incident) => resolveIncident(incident, Date.now()));
    }
    return {};
  },
}));

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const announcement = (root: ParentNode) => root.querySelector('[data-testid="announcement"]');

function statusAt(level: ListeningStatus['level'], now: number, extra: Partial<ListeningStatus> = {}): ListeningStatus {
  const reason = level === 'normal' ? null : '64 mentions in the last 15 minutes, 21× normal';
  return {
    level,
    reason,
    reasonAt: now - 5 * MIN,
    since: now - 5 * MIN,
    evaluatedAt: now,
    platforms: [{ platform: 'x', level, since: now - 5 * MIN, reason, baselineReady: true }],
    storageProblem: null,
    ...extra,
  } as ListeningStatus;
}

beforeEach(async () => {
  useEnglishMessages();
  vi.spyOn(window, 'close').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `chrome-extension://firebreak-test${path}`);
  await database().incidents.clear();
  await brandProfile.setValue({ names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] });
});
afterEach(unmountAll);

describe('Popup: declaring and resolving move the focus and say so', () => {
  test('after "Declare an incident" the focus is on the new incident\'s heading, and it is announced', async () => {
    await listeningStatus.setValue(statusAt('crisis', Date.now()));
    const root = await mount(<Popup />);
    const declare = buttonNamed(root, 'Declare an incident');
    declare.focus();
    await click(declare);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="incident"]')).not.toBeNull());
    await settle();
    const heading = root.querySelector<HTMLElement>('[data-testid="incident"] h2')!;
    expect(heading.textContent).toBe('Spike on X');
    expect(heading.tabIndex).toBe(-1);
    expect(document.activeElement).toBe(heading);
    expect(announcement(root)?.getAttribute('aria-live')).toBe('polite');
    expect(announcement(root)?.textContent).toBe('Incident declared: Spike on X. Its checklist and crisis clock follow.');
  });

  test('after "Yes, resolve" the focus is on the heading of what replaces the incident, and it is announced', async () => {
    await listeningStatus.setValue(statusAt('crisis', Date.now()));
    const root = await mount(<Popup />);
    await click(buttonNamed(root, 'Declare an incident'));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="incident"]')).not.toBeNull());
    await click(buttonNamed(root, 'Resolve the incident…'));
    const yes = buttonNamed(root, 'Yes, resolve');
    yes.focus();
    await click(yes);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="last-resolved"]')).not.toBeNull());
    await settle();
    const heading = root.querySelector<HTMLElement>('#incident-title')!;
    expect(heading.textContent).toBe('No incident declared');
    expect(document.activeElement).toBe(heading);
    expect(announcement(root)?.textContent).toBe('Incident resolved: Spike on X. Its follow-up and post-mortem are on the dashboard.');
  });

  test('an incident declared elsewhere does not take the focus', async () => {
    await listeningStatus.setValue(statusAt('crisis', Date.now()));
    const root = await mount(<Popup />);
    const settings = buttonNamed(root, 'Settings');
    settings.focus();
    await database().incidents.put(declareIncident(createDefaultPlan(), { title: 'From the worker', level: 'crisis' }, Date.now()));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="incident"]')).not.toBeNull());
    await settle();
    expect(document.activeElement).toBe(settings);
    expect(announcement(root)?.textContent).toBe('');
  });
});

describe('Popup: level changes are announced once', () => {
  test('the level word and its reason, once per change; not on opening, not for new figures at the same level', async () => {
    const now = Date.now();
    await listeningStatus.setValue(statusAt('watch', now));
    const root = await mount(<Popup />);
    // What the popup opens on is shown, not announced.
    expect(announcement(root)?.textContent).toBe('');
    // The reason's figures change at the same level: nothing new to say.
    await listeningStatus.setValue({ ...statusAt('watch', now), reason: '70 mentions in the last 15 minutes, 23× normal' });
    await settle();
    expect(announcement(root)?.textContent).toBe('');

    await listeningStatus.setValue(statusAt('crisis', now));
    await settle();
    expect(announcement(root)?.textContent).toBe('Crisis level now Crisis: 64 mentions in the last 15 minutes, 21× normal');
    // The pill, outside the live region, says the same word.
    expect(root.querySelector('.level-pill')?.textContent?.trim()).toBe('■ Crisis');

    await listeningStatus.setValue(statusAt('normal', now));
    await settle();
    expect(announcement(root)?.textContent).toBe('Crisis level now Normal.');
    // The reason line is no longer a live region of its own (it would say it a second time).
    expect(root.querySelector('section.status')?.getAttribute('aria-live')).toBeNull();
  });
});

describe('Popup: times of another day carry their date', () => {
  test('"Last spike" three days ago and "since" show the date; today shows the clock time alone', async () => {
    // Midday, so that half an hour before is the same day whenever the suite runs (only Date is faked).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 5, 15, 12, 0));
    onTestFinished(() => void vi.useRealTimers());
    const now = Date.now();
    await listeningStatus.setValue(statusAt('watch', now, { reasonAt: now - 3 * DAY, since: now - 3 * DAY }));
    const root = await mount(<Popup />);
    const reason = root.querySelector('[data-testid="level-reason"]')!.textContent!;
    const old = new Date(now - 3 * DAY);
    const date = old.toLocaleDateString(undefined, { dateStyle: 'medium' });
    expect(reason).toContain(`Last spike, at ${date}`);
    expect(reason).toContain(`(since ${date}`);

    const earlier = now - 30 * MIN;
    await listeningStatus.setValue(statusAt('watch', now, { reasonAt: earlier, since: earlier }));
    await settle();
    const today = root.querySelector('[data-testid="level-reason"]')!.textContent!;
    expect(today).toContain(`Last spike, at ${new Date(earlier).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' })}:`);
  });

  test('the last incident resolved two days ago says on which day', async () => {
    const now = Date.now();
    await listeningStatus.setValue(statusAt('normal', now));
    const resolved = resolveIncident(declareIncident(createDefaultPlan(), { title: 'Kettle recall', level: 'watch' }, now - 2 * DAY - 60 * MIN), now - 2 * DAY);
    await database().incidents.put(resolved);
    const root = await mount(<Popup />);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="last-resolved"]')).not.toBeNull());
    const date = new Date(now - 2 * DAY).toLocaleDateString(undefined, { dateStyle: 'medium' });
    expect(root.querySelector('[data-testid="last-resolved"]')?.textContent).toContain(`“Kettle recall”, was resolved on ${date}`);
  });
});

describe('Popup: first run', () => {
  test('a brand just saved with no status stored yet reads as learning, not as "Mentions look normal"', async () => {
    const root = await mount(<Popup />);
    expect(root.querySelector('[data-testid="learning"]')?.textContent).toBe('Learning what a normal day looks like — alerts start after a day of history.');
    expect(root.textContent).not.toContain('Mentions look normal.');
  });

  test('a status with no platform measured yet is learning too; one with a baseline is normal', async () => {
    await listeningStatus.setValue({ ...statusAt('normal', Date.now()), platforms: [] });
    const root = await mount(<Popup />);
    expect(root.querySelector('[data-testid="learning"]')).not.toBeNull();
    await listeningStatus.setValue(statusAt('normal', Date.now()));
    await settle();
    expect(root.querySelector('[data-testid="learning"]')).toBeNull();
    expect(root.textContent).toContain('Mentions look normal.');
    expect(root.querySelector('[data-testid="learning-some"]')).toBeNull();
  });

  test('a platform relearning its normal (a listening source just turned on) is named beside the others', async () => {
    const measured = statusAt('normal', Date.now());
    const relearning = { platform: 'bluesky', level: 'normal' as const, since: Date.now(), reason: null, reasonAt: null, baselineReady: false };
    await listeningStatus.setValue({ ...measured, platforms: [...measured.platforms, relearning] });
    const root = await mount(<Popup />);
    expect(root.textContent).toContain('Mentions look normal.');
    expect(root.querySelector('[data-testid="learning-some"]')?.textContent).toBe(
      'Still learning what normal looks like on Bluesky: no alerts from there until it has a day of history.',
    );
  });
});
