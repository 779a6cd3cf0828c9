import { describe, expect, test } from 'vitest';
import { checklistProgress, crisisClock, stepStatus } from '@/utils/plan/clock';
import {
  addNote,
  MAX_NOTE_CHARS,
  MAX_TITLE_CHARS,
  renameIncident,
  addScreenshot,
  addTimelineEntry,
  changeLevel,
  completeStep,
  declareIncident,
  recordAlert,
  recordDraftedReply,
  resolveIncident,
  uncompleteStep,
  type Incident,
} from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';

const MIN = 60_000;
const T0 = Date.UTC(2025, 4, 6, 14, 0);
const at = (minutes: number) => T0 + minutes * MIN;
const plan = createDefaultPlan();

const declared = (): Incident =>
  declareIncident(plan, { title: 'Kettle One overheating', level: 'crisis', platform: 'x', alert: { reason: 'Volume 4.8× normal on X', time: T0, keyTerms: ['kettle', 'fire'] } }, at(5));

describe('declareIncident', () => {
  test('from an alert: the clock starts at the spike, the alert and the declaration are on the timeline', () => {
    const incident = declared();
    expect(incident).toMatchObject({
      title: 'Kettle One overheating',
      level: 'crisis',
      platform: 'x',
      source: 'alert',
      triggerReason: 'Volume 4.8× normal on X',
      startedAt: T0,
      declaredAt: at(5),
      responseTargetMinutes: 60,
    });
    expect(incident.timeline.map((entry) => [entry.kind, entry.at])).toEqual([
      ['alert', T0],
      ['declared', at(5)],
    ]);
    expect(incident.timeline[0]!.data).toEqual({ reason: 'Volume 4.8× normal on X', level: 'crisis', keyTerms: ['kettle', 'fire'] });
  });

  test('by hand: the clock starts now', () => {
    const incident = declareIncident(plan, { title: '  Rude reply screenshot ', level: 'watch' }, at(0));
    expect(incident).toMatchObject({ title: 'Rude reply screenshot', source: 'manual', startedAt: at(0), id: `incident-${at(0).toString(36)}` });
    expect(incident.platform).toBeUndefined();
    expect(incident.timeline.map((entry) => entry.kind)).toEqual(['declared']);
  });

  test('the checklist is the plan’s template with due times from the start', () => {
    const incident = declared();
    expect(incident.checklist).toHaveLength(plan.checklist.length);
    const due = Object.fromEntries(incident.checklist.map((step) => [step.id, step.dueAt]));
    expect(due).toMatchObject({
      'pause-scheduled-posts': at(15),
      'holding-statement': at(60), // the response target
      'brief-employees': at(60),
      'post-mortem': null, // due after the resolution
    });
    expect(incident.checklist.every((step) => step.done === undefined)).toBe(true);
  });

  test('follows a plan with another response target', () => {
    const fast = { ...plan, responseTargetMinutes: 30 };
    const incident = declareIncident(fast, { title: 'x', level: 'crisis' }, T0);
    expect(incident.checklist.find((step) => step.id === 'holding-statement')!.dueAt).toBe(at(30));
    expect(incident.responseTargetMinutes).toBe(30);
  });

  test('is plain JSON', () => {
    const incident = resolveIncident(recordDraftedReply(completeStep(declared(), 'assess', 'crisis-lead', at(6)), { platform: 'x', postId: '1', text: 'Sorry' }, at(20)), at(200));
    expect(JSON.parse(JSON.stringify(incident))).toEqual(incident);
  });
});

describe('reducers', () => {
  test.each([
    ['completeStep', (i: Incident) => completeStep(i, 'pause-scheduled-posts', 'social-media-manager', at(12)), 'step-done', 'Step done: Pause scheduled posts in every scheduler, and note the reason (owner: Social media manager)'],
    ['addNote', (i: Incident) => addNote(i, 'Press asked for comment', at(30)), 'note', 'Press asked for comment'],
    ['addScreenshot', (i: Incident) => addScreenshot(i, { name: 'viral-post.png', ref: 'downloads/viral-post.png' }, at(31)), 'screenshot', 'Screenshot saved: viral-post.png'],
    ['changeLevel', (i: Incident) => changeLevel(i, 'watch', at(90), 'volume back to 1.5× normal'), 'level-change', 'Level changed from crisis to watch: volume back to 1.5× normal'],
    ['recordDraftedReply', (i: Incident) => recordDraftedReply(i, { platform: 'x', postId: '123', text: 'We’re sorry.\nPlease DM us.' }, at(25)), 'reply-inserted', 'Reply drafted on X: “We’re sorry. Please DM us.”'],
    ['resolveIncident', (i: Incident) => resolveIncident(i, at(300), 'Recall announced'), 'resolved', 'Incident resolved: Recall announced'],
    ['addTimelineEntry', (i: Incident) => addTimelineEntry(i, { kind: 'note', text: 'Backdated', at: at(1) }, at(50)), 'note', 'Backdated'],
  ] as const)('%s returns a new incident with one timeline entry', (_name, reduce, kind, text) => {
    const before = declared();
    const snapshot = structuredClone(before);
    const after = reduce(before);
    expect(after).not.toBe(before);
    expect(before).toEqual(snapshot); // immutable
    expect(after.timeline).toHaveLength(before.timeline.length + 1);
    expect(after.timeline.find((entry) => entry.kind === kind && !before.timeline.includes(entry))?.text).toBe(text);
    // Time order holds whatever the insertion order.
    expect(after.timeline.map((entry) => entry.at)).toEqual([...after.timeline.map((entry) => entry.at)].sort((a, b) => a - b));
  });

  test.each([
    ['an unknown step', (i: Incident) => completeStep(i, 'no-such-step', 'crisis-lead', at(10))],
    ['a step already done', (i: Incident) => completeStep(i, 'assess', 'legal', at(12))],
    ['undoing an open step', (i: Incident) => uncompleteStep(i, 'brief-employees', at(12))],
    ['the same level', (i: Incident) => changeLevel(i, 'crisis', at(12))],
    ['an empty note', (i: Incident) => addNote(i, '   ', at(12))],
    ['an unnamed screenshot', (i: Incident) => addScreenshot(i, { name: '' }, at(12))],
  ] as const)('%s changes nothing (same object)', (_name, reduce) => {
    const incident = completeStep(declared(), 'assess', 'crisis-lead', at(10));
    expect(reduce(incident)).toBe(incident);
  });

  test('a note is a line: a long paste is cut at MAX_NOTE_CHARS (QA: 50,000 characters made the timeline 9,000 px tall)', () => {
    const noted = addNote(declared(), 'x'.repeat(50_000), at(12));
    expect(noted.timeline.at(-1)!.text).toHaveLength(MAX_NOTE_CHARS);
  });

  test("renaming gives the team's name, notes the old one on the timeline, and ignores an empty or unchanged name", () => {
    const incident = declared();
    const renamed = renameIncident(incident, '  Kettle   base overheating ', at(20));
    expect(renamed.title).toBe('Kettle base overheating');
    expect(renamed.timeline.at(-1)).toMatchObject({ at: at(20), kind: 'note', text: `Renamed from “${incident.title}” to “Kettle base overheating”` });
    expect(renameIncident(renamed, '   ', at(21))).toBe(renamed);
    expect(renameIncident(renamed, 'Kettle base overheating', at(21))).toBe(renamed);
    expect(renameIncident(incident, 'x'.repeat(500), at(21)).title).toHaveLength(MAX_TITLE_CHARS);
  });

  test('resolving twice changes nothing', () => {
    const resolved = resolveIncident(declared(), at(100));
    expect(resolveIncident(resolved, at(200))).toBe(resolved);
  });

  test('completing and undoing a step', () => {
    const done = completeStep(declared(), 'brief-employees', 'communications', at(40));
    expect(done.checklist.find((step) => step.id === 'brief-employees')!.done).toEqual({ at: at(40), byRoleId: 'communications' });
    const undone = uncompleteStep(done, 'brief-employees', at(41));
    expect(undone.checklist.find((step) => step.id === 'brief-employees')!.done).toBeUndefined();
    expect(undone.timeline.at(-1)).toMatchObject({ kind: 'step-undone', at: at(41), data: { stepId: 'brief-employees' } });
  });

  test('ticking the holding statement step is the first response', () => {
    const incident = completeStep(declared(), 'holding-statement', 'social-media-manager', at(42));
    expect(incident.firstResponseAt).toBe(at(42));
    // A draft later does not move it.
    expect(recordDraftedReply(incident, { platform: 'x', postId: '2', text: 'Update' }, at(80)).firstResponseAt).toBe(at(42));
  });

  test('other steps are not a response', () => {
    expect(completeStep(declared(), 'pause-scheduled-posts', 'social-media-manager', at(10)).firstResponseAt).toBeUndefined();
  });

  test('a higher alert during the incident raises the level; a lower one is only recorded', () => {
    const watch = declareIncident(plan, { title: 'x', level: 'watch' }, T0);
    const raised = recordAlert(watch, { time: at(20), level: 'crisis', reason: 'Negative share +32 points' });
    expect(raised.level).toBe('crisis');
    expect(raised.timeline.slice(-2).map((entry) => entry.kind)).toEqual(['alert', 'level-change']);
    const again = recordAlert(raised, { time: at(30), level: 'watch', reason: 'Volume 2× normal' });
    expect(again.level).toBe('crisis');
    expect(again.timeline.at(-1)!.kind).toBe('alert');
  });

  test('resolution sets the due times of post-mortem steps', () => {
    const resolved = resolveIncident(declared(), at(240), '  ');
    expect(resolved.resolvedAt).toBe(at(240));
    expect(resolved.summary).toBeUndefined();
    expect(resolved.checklist.find((step) => step.id === 'post-mortem')!.dueAt).toBe(at(240) + 7 * 24 * 60 * MIN);
    expect(resolved.checklist.find((step) => step.id === 'assess')!.dueAt).toBe(at(15));
  });
});

describe('crisisClock', () => {
  test.each([
    // [what, incident, now, expected subset]
    ['no response, within target', declared(), at(45), { elapsedMs: 45 * MIN, overdue: false, waitingForResponseMs: 45 * MIN, responseRemainingMs: 15 * MIN, respondedOnTime: null, timeToFirstResponseMs: null }],
    ['no response, target passed', declared(), at(75), { overdue: true, waitingForResponseMs: 75 * MIN, responseRemainingMs: -15 * MIN, respondedOnTime: null }],
    ['responded on time', completeStep(declared(), 'holding-statement', 'social-media-manager', at(42)), at(90), { overdue: false, timeToFirstResponseMs: 42 * MIN, respondedOnTime: true, waitingForResponseMs: null, responseRemainingMs: null }],
    ['responded late', completeStep(declared(), 'holding-statement', 'social-media-manager', at(61)), at(90), { overdue: false, timeToFirstResponseMs: 61 * MIN, respondedOnTime: false }],
    ['responded exactly at the target', completeStep(declared(), 'holding-statement', 'social-media-manager', at(60)), at(60), { respondedOnTime: true }],
    ['resolved: elapsed stops at the resolution', resolveIncident(declared(), at(50)), at(500), { elapsedMs: 50 * MIN, resolved: true, overdue: false, waitingForResponseMs: null }],
  ] as const)('%s', (_name, incident, now, expected) => {
    expect(crisisClock(incident, plan, now)).toMatchObject({ startedAt: T0, responseTargetMinutes: 60, responseDueAt: at(60), ...expected });
  });

  test('counts steps done, late, overdue and open', () => {
    let incident = declared();
    incident = completeStep(incident, 'assess', 'crisis-lead', at(10)); // on time (due 15)
    incident = completeStep(incident, 'pause-scheduled-posts', 'social-media-manager', at(25)); // late (due 15)
    const clock = crisisClock(incident, plan, at(35));
    // Due by 35: assess ✓, assemble-team ✗, pause ✓ (late), check-policy ✗ (due 30).
    expect(clock.steps).toEqual({ total: 12, done: 2, doneLate: 1, overdue: 2, open: 8 });
    expect(clock.nextStep).toMatchObject({ id: 'assemble-team', ownerTitle: 'Crisis lead', dueAt: at(15), overdue: true });
  });

  test('next step names the role as the plan now calls it', () => {
    const renamed = { ...plan, roles: plan.roles.map((role) => (role.id === 'crisis-lead' ? { ...role, title: 'Incident commander' } : role)) };
    expect(crisisClock(declared(), renamed, at(1)).nextStep!.ownerTitle).toBe('Incident commander');
  });

  test.each([
    [{ at: at(10), byRoleId: 'x' }, at(15), 'done-on-time'],
    [{ at: at(16), byRoleId: 'x' }, at(15), 'done-late'],
    [undefined, at(15), 'open'],
    [undefined, null, 'waiting'],
  ] as const)('stepStatus(done %j, due %s) at 20 min', (done, dueAt, status) => {
    const step = { id: 's', text: 's', ownerRoleId: 'x', practice: 1, dueMinutes: 15, after: 'start' as const, dueAt, ...(done ? { done } : {}) };
    expect(stepStatus(step, at(14))).toBe(status === 'open' ? 'open' : status);
    if (status === 'open') expect(stepStatus(step, at(20))).toBe('overdue');
  });
});

test.each([
  [[], { done: 0, total: 12, ratio: 0 }],
  [['assess', 'assemble-team', 'pause-scheduled-posts'], { done: 3, total: 12, ratio: 0.25 }],
])('checklistProgress after %j', (steps, progress) => {
  const incident = steps.reduce((current, id) => completeStep(current, id, 'crisis-lead', at(5)), declared());
  expect(checklistProgress(incident)).toEqual(progress);
});

test('checklistProgress of an empty checklist is complete', () => {
  expect(checklistProgress({ checklist: [] })).toEqual({ done: 0, total: 0, ratio: 1 });
});
