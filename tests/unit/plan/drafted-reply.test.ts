// A suggestion the reply coach inserts is a draft: the user may edit it, delete it or never post it,
// and Firebreak never sees what is posted. The response clock stops only when the team ticks the
// response step (the holding statement); the timeline, the post-mortem and the internal update say so.
import { describe, expect, test } from 'vitest';
import { crisisClock } from '@/utils/plan/clock';
import { completeStep, declareIncident, readIncident, recordDraftedReply, uncompleteStep, type Incident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { postMortemMarkdown, postMortemReport, type PostMortemFigures } from '@/utils/plan/report';
import { currentIncident, listIncidents, updateIncident } from '@/utils/plan/store';
import { internalUpdate } from '@/utils/plan/texts';
import { database } from '@/utils/tracking/db';

const MIN = 60_000;
const T0 = Date.UTC(2025, 4, 6, 14, 0);
const at = (minutes: number) => T0 + minutes * MIN;
const plan = createDefaultPlan();
const figures: PostMortemFigures = { peakMentionsPerHour: 0, peakAt: null, totalMentions: 0, negativeShare: 0, baselineNegativeShare: null, platforms: [], keyTerms: [] };
const noLessons = { wentWell: '', wentWrong: '', actions: [] };
const REPLY = { platform: 'x' as const, postId: '1000000000000000003', text: 'We’re so sorry. Could you DM us your order number?' };

const declared = (): Incident =>
  declareIncident(plan, { title: 'Spike on X', level: 'crisis', platform: 'x', alert: { reason: '21× normal', time: T0 } }, at(1));

describe('an inserted reply is a draft, not a response', () => {
  const drafted = recordDraftedReply(declared(), REPLY, at(15));

  test('the clock keeps running', () => {
    expect(drafted.firstResponseAt).toBeUndefined();
    expect(crisisClock(drafted, plan, at(20))).toMatchObject({ timeToFirstResponseMs: null, respondedOnTime: null, waitingForResponseMs: 20 * MIN, responseRemainingMs: 40 * MIN });
    expect(crisisClock(drafted, plan, at(75))).toMatchObject({ overdue: true, timeToFirstResponseMs: null });
  });

  test('the timeline says it was drafted', () => {
    expect(drafted.timeline.at(-1)).toMatchObject({ at: at(15), kind: 'reply-inserted', text: 'Reply drafted on X: “We’re so sorry. Could you DM us your order number?”' });
  });

  test('the post-mortem records no response and logs the draft as a draft', () => {
    const input = { incident: drafted, plan, figures, lessons: noLessons, now: at(90) };
    expect(postMortemReport(input).response).toEqual({ targetMinutes: 60, firstResponseAt: null, firstResponseMinutes: null, onTime: null });
    const markdown = postMortemMarkdown(input);
    expect(markdown).toContain('- **First response:** none marked on the checklist (target 1 hour)');
    expect(markdown).toContain('| Reply drafted | Reply drafted on X:');
    expect(markdown).not.toMatch(/after the start|Reply inserted/);
  });

  test('the internal update does not report it as a response', () => {
    expect(internalUpdate(plan, drafted, { level: 'crisis', reason: null }, at(20))).toContain('First public response: not marked as posted yet, due within 40 minutes.');
  });
});

describe('ticking the response step is what stops the clock', () => {
  test('ticked after a draft: the tick’s time, not the draft’s', () => {
    const incident = completeStep(recordDraftedReply(declared(), REPLY, at(15)), 'holding-statement', 'social-media-manager', at(50));
    expect(incident.firstResponseAt).toBe(at(50));
    expect(crisisClock(incident, plan, at(90))).toMatchObject({ timeToFirstResponseMs: 50 * MIN, respondedOnTime: true });
    const markdown = postMortemMarkdown({ incident, plan, figures, lessons: noLessons, now: at(90) });
    expect(markdown).toContain('- **First response:** 50 minutes after the start, as marked on the checklist (target 1 hour): on time');
  });

  test('a tick taken back starts the clock again; a later tick is the response', () => {
    const ticked = completeStep(declared(), 'holding-statement', 'social-media-manager', at(10));
    const unticked = uncompleteStep(ticked, 'holding-statement', at(12));
    expect(unticked.firstResponseAt).toBeUndefined();
    expect(crisisClock(unticked, plan, at(30)).waitingForResponseMs).toBe(30 * MIN);
    expect(completeStep(unticked, 'holding-statement', 'social-media-manager', at(70)).firstResponseAt).toBe(at(70));
  });

  test('with two response steps, untaking one keeps the other’s time', () => {
    const twoResponses = { ...plan, checklist: plan.checklist.map((step) => (step.id === 'reply-to-people' ? { ...step, isResponse: true } : step)) };
    let incident = declareIncident(twoResponses, { title: 'x', level: 'crisis' }, T0);
    incident = completeStep(incident, 'reply-to-people', 'customer-support', at(20));
    incident = completeStep(incident, 'holding-statement', 'social-media-manager', at(30));
    expect(incident.firstResponseAt).toBe(at(20));
    expect(uncompleteStep(incident, 'reply-to-people', at(40)).firstResponseAt).toBe(at(30));
    expect(uncompleteStep(incident, 'holding-statement', at(40)).firstResponseAt).toBe(at(20));
  });
});

describe('incidents stored by earlier versions', () => {
  /** What the old worker stored: the insertion set the first response, and the text said "inserted". */
  const legacy = (): Incident => {
    const incident = recordDraftedReply(declared(), REPLY, at(15));
    return { ...incident, firstResponseAt: at(15), timeline: incident.timeline.map((entry) => (entry.kind === 'reply-inserted' ? { ...entry, text: 'Reply inserted on X: “…”' } : entry)) };
  };

  test.each([
    ['only a draft: no response', legacy(), undefined],
    ['the holding statement ticked later: the tick', { ...legacy(), checklist: legacy().checklist.map((step) => (step.id === 'holding-statement' ? { ...step, done: { at: at(40), byRoleId: 'social-media-manager' } } : step)) }, at(40)],
  ])('%s', (_name, stored, firstResponseAt) => {
    expect(readIncident(stored).firstResponseAt).toBe(firstResponseAt);
  });

  test('an incident written by this version reads as it is (same object)', () => {
    const incident = completeStep(declared(), 'holding-statement', 'social-media-manager', at(40));
    expect(readIncident(incident)).toBe(incident);
  });

  test('every read from the database corrects them; an unrelated change writes the correction', async () => {
    await database().incidents.put(legacy());
    for (const read of [await currentIncident(database()), (await listIncidents(database()))[0]]) {
      expect(read?.firstResponseAt).toBeUndefined();
      expect(read?.timeline.map((entry) => entry.text)).toContain('Reply inserted on X: “…”'); // history is not rewritten
    }
    const changed = await updateIncident(database(), legacy().id, (incident) => completeStep(incident, 'assess', 'crisis-lead', at(20)));
    expect(changed?.firstResponseAt).toBeUndefined();
    expect((await database().incidents.get(legacy().id))?.firstResponseAt).toBeUndefined();
  });
});
