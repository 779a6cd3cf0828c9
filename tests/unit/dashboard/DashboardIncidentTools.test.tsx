// @vitest-environment happy-dom
// QA: with an incident open, the dashboard showed only its timeline, a note field and the post-mortem
// form, and said "Declare one from the popup" with no button of its own. It now has the popup's working
// tools (one component, IncidentPanel): the crisis clock, the holding statement and internal update to
// copy, the schedulers to pause, the checklist and Resolve; the post-mortem is folded away "for after";
// and with no incident open it offers Declare, as the popup does.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IncidentSection } from '@/components/dashboard/IncidentSection';
import { declareIncident, resolveIncident, type DeclareInput } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { database } from '@/utils/tracking/db';
import { buttonNamed, click, mount, settle, unmountAll, useEnglishMessages } from '../options/helpers';

const sent = vi.hoisted(() => [] as Array<{ type: string; data: unknown }>);
vi.mock('@/utils/messaging', () => ({
  sendMessage: async (type: string, data: unknown) => {
    sent.push({ type, data });
    // The worker's part: a declaration is stored as an incident.
    if (type === 'page→background:declareIncident') {
      const { declareIncident: declare } = await import('@/utils/plan/incident');
      const { createDefaultPlan: plan } = await import('@/utils/plan/plan');
      const { database: db } = await import('@/utils/tracking/db');
      await db().incidents.put(declare(plan(), data as DeclareInput, Date.now()));
    }
  },
}));

const NOW = Date.now();
const plan = createDefaultPlan();
const open = declareIncident(plan, { title: 'Brewly kettle recall', level: 'normal', source: 'popup' }, NOW - 20 * 60_000);

beforeEach(async () => {
  useEnglishMessages();
  sent.length = 0;
  await database().incidents.clear();
});
afterEach(unmountAll);

const panel = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-testid="incident"]');

describe('an open incident on the dashboard', () => {
  test('has the popup\'s working tools: clock, texts to copy, schedulers, checklist, Resolve', async () => {
    await database().incidents.put(open);
    const root = await mount(<IncidentSection />);
    await vi.waitFor(() => expect(panel(root)).not.toBeNull());
    const tools = panel(root)!;
    expect(tools.querySelector('h3#incident-title')?.textContent).toBe('Brewly kettle recall');
    expect(tools.querySelector('[data-testid="crisis-clock"]')?.textContent).toMatch(/since the start · first response due in/);
    expect(buttonNamed(tools, 'Copy holding statement')).toBeTruthy();
    expect(buttonNamed(tools, 'Copy internal update')).toBeTruthy();
    expect([...tools.querySelectorAll('details summary')].map((summary) => summary.textContent)).toContain('Pause scheduled posts');
    const steps = open.checklist.filter((step) => step.after === 'start');
    const boxes = tools.querySelectorAll<HTMLInputElement>('ul.checklist input[type="checkbox"]');
    expect(boxes).toHaveLength(steps.length);
    expect(buttonNamed(tools, 'Resolve the incident…')).toBeTruthy();
    // No Declare while one is open.
    expect(root.querySelector('[data-testid="declare-incident"]')).toBeNull();

    await click(boxes[0]!);
    expect(sent).toContainEqual({ type: 'page→background:setStep', data: { incidentId: open.id, stepId: steps[0]!.id, done: true, byRoleId: steps[0]!.ownerRoleId } });

    await click(buttonNamed(tools, 'Resolve the incident…'));
    await click(buttonNamed(tools, 'Yes, resolve'));
    expect(sent).toContainEqual({ type: 'page→background:resolveIncident', data: { incidentId: open.id } });
  });

  test('keeps its timeline and note field, and folds the post-mortem away as "for after"', async () => {
    await database().incidents.put(open);
    const root = await mount(<IncidentSection />);
    await vi.waitFor(() => expect(panel(root)).not.toBeNull());
    expect(root.querySelector('[data-testid="timeline"]')?.textContent).toContain('Incident declared by the team, with no spike detected');
    expect(root.querySelector('input[name="note"]')).not.toBeNull();
    const later = root.querySelector<HTMLDetailsElement>('details[data-testid="post-mortem-for-after"]')!;
    expect(later.open).toBe(false);
    expect(later.querySelector('summary')?.textContent).toBe('The post-mortem, for after the incident');
    expect(later.querySelector('#post-mortem')).not.toBeNull();
    // The tools come before it in the page (and the tab order).
    expect(panel(root)!.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('once resolved, the post-mortem is out in the open with the follow-up, and Declare is offered again', async () => {
    await database().incidents.put(resolveIncident(open, NOW));
    const root = await mount(<IncidentSection />);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="follow-up"]')).not.toBeNull());
    expect(panel(root)).toBeNull();
    expect(root.querySelector('[data-testid="post-mortem-for-after"]')).toBeNull();
    expect(root.querySelector('#post-mortem')).not.toBeNull();
    expect(buttonNamed(root, 'Declare an incident')).toBeTruthy();
  });
});

describe('no incident open', () => {
  test('offers Declare; declaring shows the new incident\'s tools, with the focus on its heading and an announcement', async () => {
    const announce = vi.fn();
    const root = await mount(<IncidentSection onAnnounce={announce} />);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="declare-incident"]')).not.toBeNull());
    expect(root.textContent).toContain('No incident yet. Declare one when an alert needs the crisis plan.');
    expect(root.textContent).not.toContain('from the popup');
    const declare = buttonNamed(root, 'Declare an incident');
    declare.focus();
    await click(declare);
    expect(sent[0]).toEqual({ type: 'page→background:declareIncident', data: { title: 'Possible crisis', level: 'normal', source: 'popup' } });

    await vi.waitFor(() => expect(panel(root)).not.toBeNull());
    await settle();
    expect(document.activeElement).toBe(panel(root)!.querySelector('#incident-title'));
    expect(announce).toHaveBeenCalledWith('Incident declared: Possible crisis. Its checklist and crisis clock follow.');
    expect(root.querySelector('[data-testid="declare-incident"]')).toBeNull();
  });
});
