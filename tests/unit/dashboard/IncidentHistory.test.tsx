// @vitest-environment happy-dom
// Earlier incidents stay within reach on the dashboard (a list, the latest first), and the lessons
// typed into the post-mortem are kept with their incident: a reload, another incident declared or
// another one chosen loses nothing.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IncidentSection } from '@/components/dashboard/IncidentSection';
import { addNote, declareIncident, resolveIncident, type Incident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { database } from '@/utils/tracking/db';
import { buttonNamed, click, mount, settle, type, unmountAll, useEnglishMessages } from '../options/helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: async () => undefined }));

const HOUR = 60 * 60_000;
const NOW = Date.now();
const plan = createDefaultPlan();

const earlier: Incident = resolveIncident(addNote(declareIncident(plan, { title: 'Kettle recall', level: 'crisis' }, NOW - 72 * HOUR), 'Recall notice approved by legal', NOW - 71 * HOUR), NOW - 60 * HOUR);
const later: Incident = declareIncident(plan, { title: 'Spike on X', level: 'watch', platform: 'x' }, NOW - HOUR);

/** The control a <label> wraps, by the label's own words (its first text; a hint or options may follow). */
function byLabel(root: HTMLElement, text: string): HTMLTextAreaElement {
  const label = Array.from(root.querySelectorAll('label')).find((candidate) => candidate.firstChild?.textContent?.trim() === text);
  const control = label?.querySelector('select, textarea, input');
  if (!control) throw new Error(`No control labelled "${text}"`);
  return control as HTMLTextAreaElement;
}
const select = (root: HTMLElement) => byLabel(root, 'Incident to show (latest first)') as unknown as HTMLSelectElement;
const timeline = (root: HTMLElement) => root.querySelector('[data-testid="timeline"]')?.textContent ?? '';
const stored = async (id: string) => (await database().incidents.get(id))?.lessons;

/** The incident shown: an open one in its working panel (titled by its heading), a resolved one by its summary line. */
const shownTitle = (root: HTMLElement) =>
  root.querySelector('[data-testid="incident"] #incident-title')?.textContent ?? root.querySelector('.incident-section p > strong')?.textContent;
async function showing(root: HTMLElement, title: string) {
  await vi.waitFor(() => expect(shownTitle(root)).toBe(title));
}

beforeEach(async () => {
  useEnglishMessages();
  await database().incidents.clear();
});
afterEach(unmountAll);

describe('earlier incidents', () => {
  test('are listed, the latest first, and each can be shown with its timeline and post-mortem', async () => {
    await database().incidents.bulkPut([earlier, later]);
    const root = await mount(<IncidentSection />);
    await showing(root, 'Spike on X');

    const list = select(root);
    expect(Array.from(list.options).map((option) => option.textContent)).toEqual([
      expect.stringMatching(/^Spike on X — started .+, active$/),
      expect.stringMatching(/^Kettle recall — started .+, resolved$/),
    ]);
    expect(list.value).toBe(later.id);

    await type(list, earlier.id, 'change');
    await showing(root, 'Kettle recall');
    expect(timeline(root)).toContain('Recall notice approved by legal');
    await click(buttonNamed(root, 'Show the report'));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="post-mortem-markdown"]')?.textContent).toContain('# Post-mortem: Kettle recall'));
  });

  test('declaring a new one shows it, and the one being read stays reachable', async () => {
    await database().incidents.put(earlier);
    const root = await mount(<IncidentSection />);
    await showing(root, 'Kettle recall');
    expect(root.querySelector('select')).toBeNull(); // one incident: nothing to choose

    await database().incidents.put(later);
    await showing(root, 'Spike on X');
    await type(select(root), earlier.id, 'change');
    await showing(root, 'Kettle recall');
  });

  test('one chosen stays shown when another is declared', async () => {
    await database().incidents.bulkPut([earlier, later]);
    const root = await mount(<IncidentSection />);
    await showing(root, 'Spike on X');
    await type(select(root), earlier.id, 'change');
    await showing(root, 'Kettle recall');

    await database().incidents.put(declareIncident(plan, { title: 'Third one', level: 'watch' }, NOW));
    await vi.waitFor(() => expect(select(root).options).toHaveLength(3));
    await showing(root, 'Kettle recall');
    expect(select(root).value).toBe(earlier.id);
  });
});

describe('lessons', () => {
  test('are saved with the incident as they are typed, and are there after a reload', async () => {
    await database().incidents.put(earlier);
    let root = await mount(<IncidentSection />);
    await showing(root, 'Kettle recall');

    await type(byLabel(root, 'What went well'), 'Legal signed off in 20 minutes');
    await type(byLabel(root, 'Actions'), 'Add a legal backup — Dana');
    // Saved after a pause in typing, without leaving the field.
    await vi.waitFor(() => expect(root.querySelector('[data-testid="lessons-save"]')?.textContent).toBe('Saved with the incident.'), { timeout: 3000 });
    expect(await stored(earlier.id)).toEqual({ wentWell: 'Legal signed off in 20 minutes', wentWrong: '', actions: 'Add a legal backup — Dana' });

    await unmountAll();
    root = await mount(<IncidentSection />);
    await showing(root, 'Kettle recall');
    expect(byLabel(root, 'What went well').value).toBe('Legal signed off in 20 minutes');
    expect(byLabel(root, 'Actions').value).toBe('Add a legal backup — Dana');
    await click(buttonNamed(root, 'Show the report'));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="post-mortem-markdown"]')?.textContent).toContain('| Add a legal backup | Dana |'));
  });

  test('leaving a field saves at once; so does choosing another incident', async () => {
    await database().incidents.bulkPut([earlier, later]);
    const root = await mount(<IncidentSection />);
    await showing(root, 'Spike on X');

    const wrong = byLabel(root, 'What went wrong');
    await type(wrong, 'Support closed tickets without a reply');
    wrong.dispatchEvent(new Event('blur'));
    wrong.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await vi.waitFor(async () => expect((await stored(later.id))?.wentWrong).toBe('Support closed tickets without a reply'), { timeout: 500 });

    await type(byLabel(root, 'What went well'), 'Paused Buffer in five minutes');
    await type(select(root), earlier.id, 'change'); // before the pause in typing is over
    await showing(root, 'Kettle recall');
    expect(byLabel(root, 'What went well').value).toBe('');
    await vi.waitFor(async () => expect((await stored(later.id))?.wentWell).toBe('Paused Buffer in five minutes'), { timeout: 500 });

    await type(select(root), later.id, 'change');
    await showing(root, 'Spike on X');
    await vi.waitFor(() => {
      expect(byLabel(root, 'What went well').value).toBe('Paused Buffer in five minutes');
      expect(byLabel(root, 'What went wrong').value).toBe('Support closed tickets without a reply');
    });
  });

  test('leaving with typing not yet saved starts the save and asks first; nothing typed, it does not ask (QA)', async () => {
    await database().incidents.bulkPut([earlier, later]);
    const root = await mount(<IncidentSection />);
    await showing(root, 'Spike on X');
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    await type(byLabel(root, 'What went wrong'), 'Nobody owned the replies');
    expect(leave()).toBe(true);
    await vi.waitFor(async () => expect((await stored(later.id))?.wentWrong).toBe('Nobody owned the replies'), { timeout: 500 });
    expect(leave()).toBe(false);
  });

  test('an incident stored without lessons, or with unreadable ones, opens with empty fields', async () => {
    const odd = { ...later, lessons: { wentWell: 42, actions: ['not', 'text'] } } as unknown as Incident;
    await database().incidents.bulkPut([earlier, odd]);
    const root = await mount(<IncidentSection />);
    await showing(root, 'Spike on X');
    expect(['What went well', 'What went wrong', 'Actions'].map((label) => byLabel(root, label).value)).toEqual(['', '', '']);
    await type(select(root), earlier.id, 'change');
    await showing(root, 'Kettle recall');
    expect(byLabel(root, 'What went well').value).toBe('');
    await settle();
  });
});
