import { describe, expect, test } from 'vitest';
import { checklistProgress, crisisClock, stepStatus } from '@/utils/plan/clock';
import {
  addNote,
  MAX_NOTE_CHARS,
  MAX_ISSUE_CHARS,
  MAX_TITLE_CHARS,
  promiseUpdate,
  renameIncident,
  setIncidentIssue,
  addScreenshot,
  addTimelineEntry,
  changeLevel,
  completeStep,
  declareIncident,
  isResolved,
  issueWording,
  recordAlert,
  recordDraftedReply,
  reopenIncident,
  resolveIncident,
  setLessons,
  uncompleteStep,
  type Incident,
} from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { holdingStatement } from '@/utils/plan/texts';

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

  test('the public wording of the issue is kept on one line, noted on the timeline, cleared when empty, and unchanged wording changes nothing', () => {
    const incident = declared();
    const worded = setIncidentIssue(incident, '  the delays\n to   your orders ', at(20));
    expect(worded.issue).toBe('the delays to your orders');
    expect(worded.timeline.at(-1)).toMatchObject({ at: at(20), kind: 'note', text: 'Public wording of the issue: “the delays to your orders”', data: { issue: 'the delays to your orders' } });
    expect(setIncidentIssue(worded, 'the delays to your orders ', at(21))).toBe(worded);
    expect(setIncidentIssue(incident, '   ', at(21))).toBe(incident);
    expect(setIncidentIssue(incident, 'x'.repeat(500), at(21)).issue).toHaveLength(MAX_ISSUE_CHARS);

    const cleared = setIncidentIssue(worded, ' ', at(22));
    expect(cleared).not.toHaveProperty('issue');
    expect(cleared.timeline.at(-1)).toMatchObject({ at: at(22), kind: 'note', text: 'Public wording of the issue cleared: the texts use the general wording' });
    // The rest of the incident is left as it was.
    expect({ ...cleared, timeline: [] }).toEqual({ ...incident, timeline: [] });
  });

  test('the wording of the issue is a phrase: a full stop or other closing mark typed after it is dropped, so the texts read on', () => {
    // "We're aware of {issue} and we're looking into it": typed as a sentence, the public text read
    // "We're aware of the delays to your orders. and we're looking into it".
    expect(setIncidentIssue(declared(), 'the delays to your orders.', at(20)).issue).toBe('the delays to your orders');
    expect(issueWording('reports of overheating kettles!! ')).toBe('reports of overheating kettles');
    expect(issueWording('the outage; ')).toBe('the outage');
    expect(holdingStatement(createDefaultPlan(), { issue: issueWording('the delays to your orders.') }, at(0))).toMatch(/^We're aware of the delays to your orders and we're looking/);
    // A question mark or full stop inside stays: only the end is a sentence's.
    expect(issueWording('the “is it safe?” posts about the Kettle 2.0')).toBe('the “is it safe?” posts about the Kettle 2.0');
    expect(issueWording(' . ')).toBe('');
  });

  test('a promised public update stands while it is ahead; once it has passed, the next promise replaces it', () => {
    const incident = declared();
    const promised = promiseUpdate(incident, at(60), at(10));
    expect(promised.updatePromisedAt).toBe(at(60));
    // Ahead still: a later time handed out meanwhile does not move it, and the same time changes nothing.
    expect(promiseUpdate(promised, at(75), at(20))).toBe(promised);
    expect(promiseUpdate(promised, at(60), at(20))).toBe(promised);
    // Passed: the next promise is the one standing.
    expect(promiseUpdate(promised, at(120), at(61)).updatePromisedAt).toBe(at(120));
    // A time already past promises nothing.
    expect(promiseUpdate(incident, at(5), at(10))).toBe(incident);
    expect(promiseUpdate(incident, Number.NaN, at(10))).toBe(incident);
    // No timeline entry: the promise is a fact of the texts, not an event.
    expect(promised.timeline).toBe(incident.timeline);
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

describe('reopenIncident', () => {
  const DAY = 24 * 60 * MIN;
  const figures = { peakMentionsPerHour: 3, peakAt: at(0), totalMentions: 5, negativeShare: 0.4, baselineNegativeShare: null, platforms: [], keyTerms: [], window: { from: at(-60), to: at(180) } };
  /** Resolved at 2:00 with a summary, the post-mortem held, lessons typed and the figures kept. */
  const resolvedEarly = () => {
    let incident = completeStep(declared(), 'holding-statement', 'social-media-manager', at(40));
    incident = resolveIncident(incident, at(120), 'Statement out, calm again');
    incident = completeStep(incident, 'post-mortem', 'crisis-lead', at(150));
    incident = setLessons(incident, { wentWell: 'Fast statement', wentWrong: '', actions: '' });
    return { ...incident, figures };
  };

  test('not resolved: the same object', () => {
    const open = declared();
    expect(reopenIncident(open, at(30), 'why')).toBe(open);
  });

  test('open again, with the reopening and the old summary on the timeline; the clock runs from the start', () => {
    const reopened = reopenIncident(resolvedEarly(), at(180), '  Story  picked up by the Daily Post ');
    expect(reopened.resolvedAt).toBeUndefined();
    expect(reopened.summary).toBeUndefined();
    expect(isResolved(reopened)).toBe(false);
    expect(reopened.timeline.at(-1)).toEqual({
      at: at(180),
      kind: 'reopened',
      text: 'Incident reopened: Story picked up by the Daily Post',
      data: { resolvedAt: at(120), summary: 'Statement out, calm again', reason: 'Story picked up by the Daily Post' },
    });
    expect(reopened.timeline.map((entry) => entry.kind).slice(-3)).toEqual(['resolved', 'step-done', 'reopened']);
    expect(reopenIncident(resolvedEarly(), at(180)).timeline.at(-1)!.text).toBe('Incident reopened');
    expect(reopenIncident(resolvedEarly(), at(180), '   ').timeline.at(-1)!.data).toEqual({ resolvedAt: at(120), summary: 'Statement out, calm again' });
    expect(crisisClock(reopened, plan, at(200))).toMatchObject({ startedAt: T0, elapsedMs: 200 * MIN, resolved: false, timeToFirstResponseMs: 40 * MIN });
  });

  test('post-resolution steps not done wait for the next resolution; done ones, and the crisis steps, stay as they were', () => {
    const before = resolvedEarly();
    const reopened = reopenIncident(before, at(180));
    const step = (incident: Incident, id: string) => incident.checklist.find((candidate) => candidate.id === id)!;
    expect(step(before, 'update-plan').dueAt).toBe(at(120) + 14 * DAY);
    expect(step(reopened, 'update-plan').dueAt).toBeNull();
    expect(stepStatus(step(reopened, 'update-plan'), at(200))).toBe('waiting');
    expect(step(reopened, 'post-mortem')).toEqual(step(before, 'post-mortem'));
    expect(reopened.checklist.filter((candidate) => candidate.after === 'start')).toEqual(before.checklist.filter((candidate) => candidate.after === 'start'));
    // The popup's "next step" is a crisis step, not the post-mortem of a resolution taken back.
    expect(crisisClock(reopened, plan, at(200)).nextStep?.id).not.toBe('update-plan');
  });

  test('the kept figures go (counted again, and kept again, after the next resolution); the lessons stay', () => {
    const reopened = reopenIncident(resolvedEarly(), at(180));
    expect(reopened).not.toHaveProperty('figures');
    expect(reopened.lessons).toEqual({ wentWell: 'Fast statement', wentWrong: '', actions: '' });
  });

  test('resolved again: the last resolution counts, the steps get due times from it, a done one keeps its own', () => {
    const again = resolveIncident(reopenIncident(resolvedEarly(), at(180), 'Flared up'), at(300), 'Recall announced');
    expect(again.resolvedAt).toBe(at(300));
    expect(again.summary).toBe('Recall announced');
    expect(again.timeline.filter((entry) => ['resolved', 'reopened'].includes(entry.kind)).map((entry) => [entry.kind, entry.at, entry.text])).toEqual([
      ['resolved', at(120), 'Incident resolved: Statement out, calm again'],
      ['reopened', at(180), 'Incident reopened: Flared up'],
      ['resolved', at(300), 'Incident resolved: Recall announced'],
    ]);
    expect(again.checklist.find((step) => step.id === 'update-plan')!.dueAt).toBe(at(300) + 14 * DAY);
    expect(again.checklist.find((step) => step.id === 'post-mortem')!.dueAt).toBe(at(120) + 7 * DAY);
    expect(crisisClock(again, plan, at(1000))).toMatchObject({ elapsedMs: 300 * MIN, resolved: true });
    // Reopened twice: each is on the timeline.
    expect(reopenIncident(again, at(400)).timeline.filter((entry) => entry.kind === 'reopened')).toHaveLength(2);
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
