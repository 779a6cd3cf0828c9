// A resolved incident's crisis checklist is a record: a tick arriving after the resolution (a popup still
// open on it, another window) was stored, changing what the post-mortem reports (a step "done" after the
// crisis ended, a first response after it was over). It is refused; the follow-up steps, which are done
// after the resolution, are still ticked, and a reopened incident is open again, its checklist too.
import { beforeEach, describe, expect, test } from 'vitest';
import { completeStep, declareIncident, reopenIncident, resolveIncident, uncompleteStep, type Incident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { updateIncident } from '@/utils/plan/store';
import { FirebreakDb } from '@/utils/tracking/db';

const MIN = 60_000;
const T0 = Date.UTC(2026, 4, 6, 14, 0);
const at = (minutes: number) => T0 + minutes * MIN;
const plan = createDefaultPlan();
const declared = () => declareIncident(plan, { title: 'Kettle One overheating', level: 'crisis', id: 'incident-kettle' }, T0);
/** Resolved at 2:00 with "assess" done during the crisis and the response never ticked. */
const resolved = (): Incident => resolveIncident(completeStep(declared(), 'assess', 'crisis-lead', at(10)), at(120), 'Calm again');
const step = (incident: Incident, id: string) => incident.checklist.find((candidate) => candidate.id === id)!;

describe('the checklist of a resolved incident', () => {
  test('a tick of a crisis step is refused: the same incident, nothing ticked, no timeline entry', () => {
    const incident = resolved();
    expect(step(incident, 'holding-statement').after).toBe('start');
    const ticked = completeStep(incident, 'holding-statement', 'social-media-manager', at(150));
    expect(ticked).toBe(incident);
    expect(step(ticked, 'holding-statement').done).toBeUndefined();
    expect(ticked.firstResponseAt).toBeUndefined();
  });

  test('taking back a crisis step done during the crisis is refused too', () => {
    const incident = resolved();
    const unticked = uncompleteStep(incident, 'assess', at(150));
    expect(unticked).toBe(incident);
    expect(step(unticked, 'assess').done).toEqual({ at: at(10), byRoleId: 'crisis-lead' });
  });

  test('its follow-up steps are still ticked and unticked: they are done after the resolution', () => {
    const incident = resolved();
    expect(step(incident, 'post-mortem').after).toBe('resolution');
    const done = completeStep(incident, 'post-mortem', 'crisis-lead', at(150));
    expect(step(done, 'post-mortem').done).toEqual({ at: at(150), byRoleId: 'crisis-lead' });
    expect(step(uncompleteStep(done, 'post-mortem', at(151)), 'post-mortem').done).toBeUndefined();
  });

  test('reopened, it is open again: its crisis steps are ticked and unticked', () => {
    const reopened = reopenIncident(resolved(), at(180), 'It flared up again');
    const ticked = completeStep(reopened, 'holding-statement', 'social-media-manager', at(190));
    expect(step(ticked, 'holding-statement').done).toEqual({ at: at(190), byRoleId: 'social-media-manager' });
    expect(ticked.firstResponseAt).toBe(at(190));
    expect(step(uncompleteStep(ticked, 'assess', at(191)), 'assess').done).toBeUndefined();
  });
});

describe('as the worker stores a tick', () => {
  let db: FirebreakDb;
  beforeEach(() => {
    db = new FirebreakDb('resolved-checklist-test');
  });

  test('a tick of a crisis step on a resolved incident is not written', async () => {
    const incident = resolved();
    await db.incidents.put(incident);
    await updateIncident(db, incident.id, (current) => completeStep(current, 'holding-statement', 'social-media-manager', at(150)));
    const stored = (await db.incidents.get(incident.id))!;
    expect(step(stored, 'holding-statement').done).toBeUndefined();
    expect(stored.timeline.filter((entry) => entry.kind === 'step-done').map((entry) => entry.data?.stepId)).toEqual(['assess']);
  });
});
