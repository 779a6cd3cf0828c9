// The post-mortem lessons live with their incident, as typed; incidents stored before they did read
// with empty lessons, and text that is not text reads as empty rather than breaking the dashboard.
import { describe, expect, test } from 'vitest';
import { declareIncident, lessonsOf, readIncident, setLessons, type Incident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { lessonsLearned, postMortemReport } from '@/utils/plan/report';
import { listIncidents, saveLessons } from '@/utils/plan/store';
import { database } from '@/utils/tracking/db';

const T0 = Date.UTC(2025, 4, 6, 14, 0);
const plan = createDefaultPlan();
const incident = declareIncident(plan, { title: 'Kettle recall', level: 'crisis' }, T0);
const typed = { wentWell: 'Legal signed off fast', wentWrong: 'Support closed tickets', actions: 'Add a legal backup — Dana\nRetrain support - Head of support\n\nNo owner here' };

describe('lessons kept with the incident', () => {
  test('set as typed; the same text changes nothing (same object)', () => {
    const withLessons = setLessons(incident, typed);
    expect(withLessons.lessons).toEqual(typed);
    expect(setLessons(withLessons, { ...typed })).toBe(withLessons);
    expect(setLessons(incident, { wentWell: '', wentWrong: '', actions: '' })).toBe(incident);
  });

  test.each([
    ['none stored (an incident from before)', undefined],
    ['not an object', 'went well'],
    ['fields that are not text', { wentWell: 42, wentWrong: null, actions: ['a'] }],
  ])('%s: read as empty', (_name, lessons) => {
    const stored = { ...incident, lessons } as unknown as Incident;
    expect(lessonsOf(stored)).toEqual({ wentWell: '', wentWrong: '', actions: '' });
    expect(lessonsOf(readIncident(stored))).toEqual({ wentWell: '', wentWrong: '', actions: '' });
  });

  test('as the report takes them: one action a line, the owner after the last spaced dash', () => {
    expect(lessonsLearned(typed)).toEqual({
      wentWell: 'Legal signed off fast',
      wentWrong: 'Support closed tickets',
      actions: [
        { text: 'Add a legal backup', owner: 'Dana' },
        { text: 'Retrain support', owner: 'Head of support' },
        { text: 'No owner here', owner: '' },
      ],
    });
    expect(postMortemReport({ incident: setLessons(incident, typed), plan, figures: { peakMentionsPerHour: 0, peakAt: null, totalMentions: 0, negativeShare: 0, baselineNegativeShare: null, platforms: [], keyTerms: [] }, lessons: lessonsLearned(typed), now: T0 }).lessons.actions).toHaveLength(3);
  });

  test.each([
    ['Update the plan - Jean-Luc', 'Update the plan', 'Jean-Luc'],
    ['Rotate passwords — Anne-Marie Smith', 'Rotate passwords', 'Anne-Marie Smith'],
    ['Re-train front-line support – Head of customer-care', 'Re-train front-line support', 'Head of customer-care'],
    ['Call back – then e-mail — Dana', 'Call back – then e-mail', 'Dana'],
    ['Set up a follow-up call', 'Set up a follow-up call', ''],
  ])('an action %j: split at the last spaced dash, hyphens kept', (line, text, owner) => {
    expect(lessonsLearned({ wentWell: '', wentWrong: '', actions: line }).actions).toEqual([{ text, owner }]);
  });

  test('saved in the database with the incident, beside what the worker records', async () => {
    await database().incidents.clear();
    await database().incidents.put(incident);
    expect((await saveLessons(database(), incident.id, typed))?.lessons).toEqual(typed);
    const [read] = await listIncidents(database());
    expect(read?.lessons).toEqual(typed);
    expect(read?.timeline).toEqual(incident.timeline);
    expect(await saveLessons(database(), 'no-such-incident', typed)).toBeUndefined();
  });

  test('listIncidents: the latest first, each read tolerantly', async () => {
    await database().incidents.clear();
    const later = declareIncident(plan, { title: 'Later', level: 'watch' }, T0 + 60_000);
    await database().incidents.bulkPut([{ ...incident, lessons: 7 } as unknown as Incident, later]);
    const list = await listIncidents(database());
    expect(list.map((item) => item.title)).toEqual(['Later', 'Kettle recall']);
    expect(list[1]!.lessons).toEqual({ wentWell: '', wentWrong: '', actions: '' });
  });
});
