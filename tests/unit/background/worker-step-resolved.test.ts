// A popup opened before the incident was resolved (another device or tab resolved it) still shows its crisis
// steps as tickable. The plan refuses such a tick (stepEditable) and nothing was written, but the worker
// answered as if it had worked: the popup showed the tick for two seconds, then silently took it back. The
// worker answers with an error that says why, and writes nothing.
import { beforeEach, expect, test } from 'vitest';
import { completeStep, declareIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { sendMessage } from '@/utils/messaging';
import { database } from '@/utils/tracking/db';
import { useEnglishMessages } from '../messages';
import { answerMessages, startWorker, stubLocks, stubMissingApis } from './start-worker';

const MIN = 60_000;
const T0 = Date.now() - 60 * MIN;
const plan = createDefaultPlan();
const open = declareIncident(plan, { title: 'Kettle One overheating', level: 'crisis', id: 'kettle' }, T0);
const crisisStep = open.checklist.find((step) => step.after === 'start')!;
const followUp = open.checklist.find((step) => step.after === 'resolution')!;
const CLOSED = 'This incident was resolved: its crisis steps are closed. Reopen it to change them.';

beforeEach(async () => {
  stubLocks();
  stubMissingApis();
  answerMessages();
  useEnglishMessages();
  await startWorker();
});

test('a tick on a resolved incident’s crisis step is refused with why, and nothing is written', async () => {
  const ticked = completeStep(open, crisisStep.id, crisisStep.ownerRoleId, T0 + MIN);
  const resolved = resolveIncident(open, T0 + 30 * MIN);
  const resolvedTicked = resolveIncident(ticked, T0 + 30 * MIN);

  await database().incidents.put(resolved);
  await expect(sendMessage('page→background:setStep', { incidentId: open.id, stepId: crisisStep.id, done: true, byRoleId: crisisStep.ownerRoleId })).rejects.toThrow(CLOSED);
  expect(await database().incidents.get(open.id)).toEqual(resolved);

  await database().incidents.put(resolvedTicked);
  await expect(sendMessage('page→background:setStep', { incidentId: open.id, stepId: crisisStep.id, done: false, byRoleId: crisisStep.ownerRoleId })).rejects.toThrow(CLOSED);
  expect(await database().incidents.get(open.id)).toEqual(resolvedTicked);

  // The steps after the resolution (the follow-up, the post-mortem) are still ticked there.
  const after = await sendMessage('page→background:setStep', { incidentId: open.id, stepId: followUp.id, done: true, byRoleId: followUp.ownerRoleId });
  expect(after?.checklist.find((step) => step.id === followUp.id)?.done).toBeTruthy();
  expect((await database().incidents.get(open.id))?.checklist.find((step) => step.id === followUp.id)?.done).toBeTruthy();
});
