// @vitest-environment happy-dom
// The popup's incident panel: the step count is the count of the steps it lists, a copy the
// clipboard refuses shows the text to copy by hand, and declaring records the alert's platform.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DeclareIncident, IncidentPanel } from '@/components/popup/IncidentPanel';
import { declareIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan, HOLDING_STATEMENT_ID } from '@/utils/plan/plan';
import { holdingStatement } from '@/utils/plan/texts';
import type { ListeningStatus } from '@/utils/settings';
import { buttonNamed, click, mount, pressEscape, pressTab, unmountAll, useEnglishMessages } from '../options/helpers';

const sent = vi.hoisted(() => [] as Array<{ name: string; data: unknown }>);
vi.mock('@/utils/messaging', () => ({
  sendMessage: async (name: string, data: unknown) => {
    sent.push({ name, data });
    return {};
  },
}));

const now = Date.now();
const plan = createDefaultPlan();
const REASON = '64 mentions in the last 15 minutes, 21× normal';
const status: ListeningStatus = {
  level: 'crisis',
  reason: REASON,
  since: now - 15 * 60_000,
  evaluatedAt: now,
  platforms: [
    { platform: 'reddit', level: 'watch', since: now - 30 * 60_000, reason: 'watch on reddit', baselineReady: true },
    { platform: 'x', level: 'crisis', since: now - 15 * 60_000, reason: REASON, baselineReady: true },
  ],
  storageProblem: null,
} as ListeningStatus;
const incident = declareIncident(plan, { title: 'Spike on X', level: 'crisis', platform: 'x', alert: { reason: REASON, time: now - 15 * 60_000 } }, now);

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(writeText) }, configurable: true });
}

beforeEach(() => {
  useEnglishMessages();
  sent.length = 0;
});
afterEach(unmountAll);

describe('IncidentPanel', () => {
  test('counts the steps it lists, and says how many come after the resolution', async () => {
    const root = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);
    const listed = root.querySelectorAll('.checklist input[type="checkbox"]').length;
    const later = incident.checklist.length - listed;
    expect(later).toBeGreaterThan(0);
    const line = root.querySelector('progress')!.parentElement!;
    expect(line.textContent?.trim()).toBe(`0 of ${listed} steps done · ${later} more once it is resolved`);
    expect(root.querySelector('progress')?.max).toBe(listed);
  });

  test('a copy the clipboard refuses shows the text, selected and focused, to copy by hand', async () => {
    stubClipboard(() => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')));
    const root = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);
    const button = buttonNamed(root, 'Copy holding statement');
    button.focus();
    await click(button);

    const area = root.querySelector<HTMLTextAreaElement>('[data-testid="manual-copy"]')!;
    expect(area).toBeTruthy();
    expect(area.readOnly).toBe(true);
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(area.value).toBe(holdingStatement(plan, { timeZone }, Date.now()));
    expect(area.closest('label')?.textContent).toContain('Holding statement');
    expect(document.activeElement).toBe(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Could not copy to the clipboard: copy the text below by hand.');

    // The internal update replaces it; Done hides it and gives the focus back.
    const internal = buttonNamed(root, 'Copy internal update');
    internal.focus();
    await click(internal);
    const again = root.querySelector<HTMLTextAreaElement>('[data-testid="manual-copy"]')!;
    expect(again.closest('label')?.textContent).toContain('Internal update');
    expect(again.value).toContain('Spike on X');
    expect(document.activeElement).toBe(again);
    await click(buttonNamed(root, 'Done'));
    expect(root.querySelector('[data-testid="manual-copy"]')).toBeNull();
    expect(document.activeElement).toBe(internal);
  });

  test('a copy that works says so and shows no text box', async () => {
    const copied: string[] = [];
    stubClipboard(async (text) => void copied.push(text));
    const root = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);
    await click(buttonNamed(root, 'Copy internal update'));
    expect(copied[0]).toContain('Spike on X');
    expect(root.querySelector('[data-testid="manual-copy"]')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('“Internal update” copied to the clipboard.');
  });

  test('an expired holding statement is copied with a warning that it needs approving again', async () => {
    const copied: string[] = [];
    stubClipboard(async (text) => void copied.push(text));
    const stale = { ...plan, messages: plan.messages.map((message) => (message.id === HOLDING_STATEMENT_ID ? { ...message, expires: '2020-01-01' } : message)) };
    const root = await mount(<IncidentPanel incident={incident} plan={stale} status={status} />);
    await click(buttonNamed(root, 'Copy holding statement'));
    expect(copied).toHaveLength(1);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      "“Holding statement” copied to the clipboard. This holding statement's approval has expired: have it approved again before you post it.",
    );
    // The approved one is copied with no warning.
    await mount(<IncidentPanel incident={incident} plan={plan} status={status} />).then(async (fresh) => {
      await click(buttonNamed(fresh, 'Copy holding statement'));
      expect(fresh.querySelector('[role="status"]')?.textContent).toBe('“Holding statement” copied to the clipboard.');
    });
  });
});

describe('IncidentPanel: a plan with no holding statement and no schedulers', () => {
  const bare = { ...plan, messages: plan.messages.filter((message) => message.id !== HOLDING_STATEMENT_ID), schedulers: [] };

  test('the built-in wording is copied with a warning that it is not approved', async () => {
    const copied: string[] = [];
    stubClipboard(async (text) => void copied.push(text));
    const root = await mount(<IncidentPanel incident={incident} plan={bare} status={status} />);
    await click(buttonNamed(root, 'Copy holding statement'));
    expect(copied).toHaveLength(1);
    expect(copied[0]).toBe(holdingStatement(bare, { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }, Date.now()));
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      "“Holding statement” copied to the clipboard. Your plan has no holding statement, so this is Firebreak's default wording: have it approved before you post it (add yours in Options › Crisis plan).",
    );
  });

  test('the schedulers list says where to add them instead of opening on nothing', async () => {
    const schedulers = (root: HTMLElement) => [...root.querySelectorAll('details')].find((details) => details.querySelector('summary')?.textContent === 'Pause scheduled posts')!;
    const root = await mount(<IncidentPanel incident={incident} plan={bare} status={status} />);
    const details = schedulers(root);
    expect(details.querySelectorAll('a')).toHaveLength(0);
    expect(details.textContent).toContain('No schedulers in your plan');
    const full = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);
    expect(schedulers(full).querySelectorAll('a').length).toBe(plan.schedulers.length);
    expect(schedulers(full).textContent).not.toContain('No schedulers');
  });
});

describe('IncidentPanel: resolving', () => {
  test('while the resolve question is open, Tab and Shift+Tab stay within it (an alertdialog is modal)', async () => {
    const root = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);
    await click(buttonNamed(root, 'Resolve the incident…'));
    const dialog = root.querySelector<HTMLElement>('[role="alertdialog"]')!;
    expect(document.activeElement).toBe(buttonNamed(dialog, 'Cancel'));
    await pressTab();
    expect(document.activeElement).toBe(buttonNamed(dialog, 'Yes, resolve'));
    await pressTab(true);
    expect(document.activeElement).toBe(buttonNamed(dialog, 'Cancel'));
  });

  test('the question takes the focus on Cancel; Cancel and Escape close it and give the focus back to Resolve', async () => {
    const root = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);
    await click(buttonNamed(root, 'Resolve the incident…'));
    const dialog = root.querySelector('[role="alertdialog"]')!;
    expect(document.activeElement).toBe(buttonNamed(dialog, 'Cancel'));

    await click(buttonNamed(dialog, 'Cancel'));
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(buttonNamed(root, 'Resolve the incident…'));

    await click(buttonNamed(root, 'Resolve the incident…'));
    expect(document.activeElement).toBe(buttonNamed(root.querySelector('[role="alertdialog"]')!, 'Cancel'));
    await pressEscape();
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(buttonNamed(root, 'Resolve the incident…'));
    expect(sent.filter((message) => message.name === 'page→background:resolveIncident')).toEqual([]);
  });
});

describe('DeclareIncident', () => {
  test('records the platform of the alert, named in the title', async () => {
    const root = await mount(<DeclareIncident status={status} />);
    await click(buttonNamed(root, 'Declare an incident'));
    // the declaration is sent after the alert is looked up in IndexedDB: a number of ticks a loaded machine may exceed
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent).toEqual([
      {
        name: 'page→background:declareIncident',
        data: { title: 'Spike on X', level: 'crisis', platform: 'x', source: 'popup', alert: { reason: REASON, time: status.since } },
      },
    ]);
  });

  test('the spike began when the level rose: figures refreshed since (the spike grew) do not move the start', async () => {
    const root = await mount(<DeclareIncident status={{ ...status, reasonAt: status.since + 10 * 60_000 }} />);
    await click(buttonNamed(root, 'Declare an incident'));
    // the declaration is sent after the alert is looked up in IndexedDB: a number of ticks a loaded machine may exceed
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.data).toMatchObject({ alert: { reason: REASON, time: status.since } });
  });

  test('at the normal level: no platform, a general title, and no level claimed (none was measured)', async () => {
    const root = await mount(<DeclareIncident status={{ ...status, level: 'normal', reason: null, platforms: status.platforms.map((p) => ({ ...p, level: 'normal' as const })) }} />);
    await click(buttonNamed(root, 'Declare an incident'));
    // the declaration is sent after the alert is looked up in IndexedDB: a number of ticks a loaded machine may exceed
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.data).toEqual({ title: 'Possible crisis', level: 'normal', source: 'popup' });
  });

  test('after an incident was resolved: the popup says so, points to its follow-up, and the spike it handled is no red alarm', async () => {
    // Resolved now, not in a quarter of an hour: the popup says "at <time>" of the same day and "on <date>" of
    // another (PopupAnnouncements), and a run in the last quarter hour before midnight crossed it.
    const resolved = resolveIncident(incident, now);
    const opened = vi.fn();
    const root = await mount(<DeclareIncident status={status} lastResolved={resolved} onOpenDashboard={opened} />);
    expect(root.querySelector('[data-testid="last-resolved"]')?.textContent).toMatch(/^The last incident, “Spike on X”, was resolved at .+\. See its follow-up and post-mortem$/);
    await click(buttonNamed(root, 'See its follow-up and post-mortem'));
    expect(opened).toHaveBeenCalledTimes(1);
    expect(buttonNamed(root, 'Declare an incident').className).toBe('primary');
    // A new spike since the resolution: the button is the alarm again.
    const fresh = await mount(<DeclareIncident status={{ ...status, reasonAt: resolved.resolvedAt! + 60_000 }} lastResolved={resolved} />);
    expect(buttonNamed(fresh, 'Declare an incident').className).toBe('primary danger');
  });
});

describe('IncidentPanel: the copy-by-hand box', () => {
  test('Escape closes it, as Done does, and gives the focus back to the copy button', async () => {
    stubClipboard(() => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')));
    const root = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);
    const button = buttonNamed(root, 'Copy internal update');
    button.focus();
    await click(button);
    expect(document.activeElement).toBe(root.querySelector('[data-testid="manual-copy"]'));
    await pressEscape();
    expect(root.querySelector('[data-testid="manual-copy"]')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});

describe('IncidentPanel: a self-declared incident (no alert behind it)', () => {
  test('the internal update says what the pill says, and that the team declared it with no spike detected', async () => {
    const copied: string[] = [];
    stubClipboard(async (text) => void copied.push(text));
    const calm = { ...status, level: 'normal', reason: null, platforms: status.platforms.map((p) => ({ ...p, level: 'normal' as const, reason: null })) } as unknown as ListeningStatus;
    const own = declareIncident(plan, { title: 'Possible crisis', level: 'watch', source: 'popup' }, now);
    const root = await mount(<IncidentPanel incident={own} plan={plan} status={calm} />);
    await click(buttonNamed(root, 'Copy internal update'));
    expect(copied[0]).toContain('Status: Normal. Declared by the team; no spike detected.');
    expect(copied[0]).not.toContain('Status: Watch');
    // No status stored yet: the same (the popup's pill then says Normal too).
    const fresh = await mount(<IncidentPanel incident={own} plan={plan} status={null} />);
    await click(buttonNamed(fresh, 'Copy internal update'));
    expect(copied[1]).toContain('Status: Normal. Declared by the team; no spike detected.');
    // The timeline claims no level the detector never measured.
    expect(own.timeline.map((entry) => entry.text)).toEqual(['Incident declared by the team, with no spike detected: Possible crisis']);
  });
});
