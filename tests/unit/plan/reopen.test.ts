// Reopening a resolved incident as the worker does it (reopenStoredIncident, the handler of
// 'page→background:reopenIncident'): refused while another incident is open, since Firebreak works on
// one at a time; once reopened, it is the current incident again, however many were declared since.
import { beforeEach, expect, test } from 'vitest';
import { declareIncident, resolveIncident, type Incident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { currentIncident, reopenStoredIncident } from '@/utils/plan/store';
import { FirebreakDb } from '@/utils/tracking/db';

const HOUR = 60 * 60_000;
const T0 = Date.UTC(2026, 4, 6, 14, 0);
const plan = createDefaultPlan();

const resolved = (title: string, startedAt: number, id = `incident-${startedAt}`): Incident =>
  resolveIncident(declareIncident(plan, { title, level: 'crisis', id }, startedAt), startedAt + HOUR, 'Calm again');

let db: FirebreakDb;
beforeEach(() => {
  db = new FirebreakDb('reopen-test');
});

test('a resolved incident reopened is the current incident again, and stored so', async () => {
  const incident = resolved('Kettle base overheating', T0);
  await db.incidents.put(incident);
  expect(await currentIncident(db)).toBeUndefined();

  const reopened = await reopenStoredIncident(db, incident.id, T0 + 2 * HOUR, 'Flared up');
  expect(reopened?.resolvedAt).toBeUndefined();
  expect(reopened?.timeline.at(-1)).toMatchObject({ kind: 'reopened', text: 'Incident reopened: Flared up' });
  expect(await db.incidents.get(incident.id)).toEqual(reopened);
  expect((await currentIncident(db))?.id).toBe(incident.id);
});

test('refused while another incident is open, with an error that says which to resolve first; nothing is written', async () => {
  const earlier = resolved('Kettle base overheating', T0);
  const open = declareIncident(plan, { title: 'Spike on Reddit', level: 'watch', id: 'open' }, T0 + 3 * HOUR);
  await db.incidents.bulkPut([earlier, open]);

  await expect(reopenStoredIncident(db, earlier.id, T0 + 4 * HOUR)).rejects.toThrow(
    '“Spike on Reddit” is still open, and only one incident can be open at a time: resolve it first, then reopen this one.',
  );
  expect(await db.incidents.get(earlier.id)).toEqual(earlier);
  expect((await currentIncident(db))?.id).toBe('open');
});

test('an incident that is open already, or gone: nothing changes', async () => {
  const open = declareIncident(plan, { title: 'Spike on X', level: 'watch', id: 'open' }, T0);
  await db.incidents.put(open);
  expect(await reopenStoredIncident(db, 'open', T0 + HOUR)).toEqual(open);
  expect(await reopenStoredIncident(db, 'gone', T0 + HOUR)).toBeUndefined();
});

test('an old incident reopened is found as the current one behind the many resolved since (it keeps its start)', async () => {
  const old = resolved('The first one', T0, 'old');
  const since = Array.from({ length: 25 }, (_, index) => resolved(`Later ${index}`, T0 + (index + 2) * 24 * HOUR));
  await db.incidents.bulkPut([old, ...since]);
  await reopenStoredIncident(db, 'old', T0 + 30 * 24 * HOUR);
  expect((await currentIncident(db))?.id).toBe('old');
});
