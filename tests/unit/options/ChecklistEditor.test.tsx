// @vitest-environment happy-dom
// The incident checklist in the plan editor: after a post-mortem a manager changes its steps, their
// owners and due times, adds and removes steps, and gives a role's steps to another role.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PlanSection } from '@/components/options/PlanSection';
import { checklistInDueOrder, sortChecklist } from '@/components/options/plan/ChecklistEditor';
import { describePath } from '@/components/options/plan/where';
import { createDefaultPlan, declareIncident, SCHEMA_MESSAGES } from '@/utils/plan';
import { crisisPlan } from '@/utils/settings';
import { buttonNamed, byLabel, click, mount, type, unmountAll, useEnglishMessages } from './helpers';
import { group, save, seededPlan, stored } from './plan-helpers';

function step(root: ParentNode, n: number): HTMLFieldSetElement {
  const found = Array.from(root.querySelectorAll('fieldset')).find((fieldset) => fieldset.querySelector('legend')?.textContent === `Checklist step ${n}`);
  if (!found) throw new Error(`No checklist step ${n}`);
  return found;
}
const checklistGroups = (root: ParentNode) => Array.from(root.querySelectorAll('fieldset')).filter((fieldset) => fieldset.querySelector('legend')?.textContent?.startsWith('Checklist step '));
const summaryItems = (root: ParentNode) => Array.from(root.querySelectorAll('.error-summary li')).map((li) => li.textContent);
const errorOf = (control: Element) => {
  const id = control.getAttribute('aria-describedby')?.split(' ').find((candidate) => candidate.endsWith('-error'));
  return id ? document.getElementById(id)?.textContent : undefined;
};

beforeEach(async () => {
  useEnglishMessages();
  await crisisPlan.setValue(seededPlan());
});
afterEach(unmountAll);

describe('the checklist editor', () => {
  test('shows every step in order, in labelled fields', async () => {
    const root = await mount(<PlanSection />);
    expect(Array.from(root.querySelectorAll('h3')).map((h) => h.textContent)).toContain('Incident checklist');
    const plan = seededPlan();
    expect(checklistGroups(root)).toHaveLength(plan.checklist.length);
    const first = step(root, 1);
    expect(byLabel(first, 'What to do').value).toBe(plan.checklist[0]!.text);
    expect(byLabel(first, 'Owner (does it)').value).toBe('crisis-lead');
    expect(byLabel(first, 'When it is due').value).toBe('start');
    expect(byLabel(first, 'Minutes').value).toBe('15');
    // The holding statement is due at the response-time target, and is the first public response.
    const holding = step(root, 5);
    expect(byLabel(holding, 'When it is due').value).toBe('target');
    expect(holding.textContent).toContain('At the response target (1 hour)');
    expect(holding.querySelector('input[type="number"]')).toBeNull();
    expect(byLabel(holding, 'Doing this is the first public response (ticking it stops the crisis clock)').checked).toBe(true);
    // The post-mortem counts from the resolution, and says how long that is.
    const postMortem = step(root, 11);
    expect(byLabel(postMortem, 'When it is due').value).toBe('resolution');
    expect(byLabel(postMortem, 'Minutes').value).toBe('10080');
    expect(postMortem.textContent).toContain('That is 7 days.');
    // Under an hour, the minutes say it all.
    expect(first.textContent).not.toContain('That is');
    // In due order: no warning.
    expect(root.textContent).not.toContain('Some steps come before steps that are due earlier');
  });

  test("a step's text, owner, due time and response mark are edited and saved", async () => {
    const root = await mount(<PlanSection />);
    const policy = step(root, 4);
    await type(byLabel(policy, 'What to do'), 'Check the policy with Legal');
    await type(byLabel(policy, 'Owner (does it)'), 'communications', 'change');
    await type(byLabel(policy, 'Minutes'), '45');
    // The holding statement: from "at the target" to minutes, which start from the target's.
    const holding = step(root, 5);
    await type(byLabel(holding, 'When it is due'), 'start', 'change');
    expect(byLabel(step(root, 5), 'Minutes').value).toBe('60');
    await type(byLabel(step(root, 5), 'Minutes'), '50');
    // Replying to people now counts as the first response too; briefing employees is due at the target.
    await click(byLabel(step(root, 6), 'Doing this is the first public response (ticking it stops the crisis clock)'));
    await type(byLabel(step(root, 7), 'When it is due'), 'target', 'change');
    await save(root);

    expect(root.querySelector('.error-summary')).toBeNull();
    const checklist = (await stored())!.checklist;
    expect(checklist[3]).toEqual({ ...seededPlan().checklist[3], text: 'Check the policy with Legal', ownerRoleId: 'communications', due: 45 });
    expect(checklist[4]).toMatchObject({ id: 'holding-statement', due: 50, after: 'start', isResponse: true });
    expect(checklist[5]).toMatchObject({ id: 'reply-to-people', isResponse: true });
    expect(checklist[6]).toMatchObject({ id: 'brief-employees', due: 'response-target', after: 'start' });
    // The rest is as it was, and the next incident starts with the new checklist.
    expect(checklist.slice(7)).toEqual(seededPlan().checklist.slice(7));
    const incident = declareIncident((await stored())!, { title: 'Recall', level: 'crisis' }, Date.UTC(2025, 4, 6, 12));
    expect(incident.checklist[3]).toMatchObject({ text: 'Check the policy with Legal', ownerRoleId: 'communications', dueMinutes: 45 });

    // Unticking the response mark takes it away, as the default plan has it.
    await click(byLabel(step(root, 6), 'Doing this is the first public response (ticking it stops the crisis clock)'));
    await save(root);
    expect((await stored())!.checklist[5]).toEqual(seededPlan().checklist[5]);
  });

  test('a step is added, moved and removed, with the focus where the user works', async () => {
    const root = await mount(<PlanSection />);
    await click(buttonNamed(root, 'Add a checklist step'));
    // It goes last of the steps for the crisis (before those after the resolution), due with the one before it.
    const added = step(root, 11);
    const text = byLabel(added, 'What to do');
    expect(document.activeElement).toBe(text);
    expect(text.value).toBe('');
    expect(byLabel(added, 'Minutes').value).toBe('240');
    await type(text, 'Call the insurer');
    await type(byLabel(step(root, 11), 'Owner (does it)'), 'legal', 'change');

    // Up one: the focus follows the step's own button.
    await click(buttonNamed(root, 'Move checklist step 11 up'));
    expect(byLabel(step(root, 10), 'What to do').value).toBe('Call the insurer');
    expect(document.activeElement).toBe(buttonNamed(root, 'Move checklist step 10 up'));
    // The first step cannot go up: its button is disabled, and moving down keeps the focus on the step.
    expect(buttonNamed(root, 'Move checklist step 1 up').disabled).toBe(true);
    await click(buttonNamed(root, 'Move checklist step 1 down'));
    expect(document.activeElement).toBe(buttonNamed(root, 'Move checklist step 2 down'));

    // Remove the step that does not apply; the focus goes to "Add a checklist step".
    await click(buttonNamed(root, 'Remove checklist step 9'));
    expect(document.activeElement).toBe(buttonNamed(root, 'Add a checklist step'));
    await save(root);

    expect(root.querySelector('.error-summary')).toBeNull();
    const checklist = (await stored())!.checklist;
    expect(checklist.map((candidate) => candidate.id)).toEqual([
      'assemble-team',
      'assess',
      'pause-scheduled-posts',
      'check-policy',
      'holding-statement',
      'reply-to-people',
      'brief-employees',
      'secure-accounts',
      'step-13',
      'approve-full-response',
      'post-mortem',
      'update-plan',
    ]);
    // A new id, unique in the checklist, and the plan's own practice.
    expect(checklist[8]).toEqual({ id: 'step-13', text: 'Call the insurer', ownerRoleId: 'legal', practice: 3, due: 240, after: 'start' });
  });

  test('a step out of due order is pointed out, and sorted on request', async () => {
    const root = await mount(<PlanSection />);
    await type(byLabel(step(root, 1), 'Minutes'), '90');
    expect(root.textContent).toContain('Some steps come before steps that are due earlier');
    await click(buttonNamed(root, 'Sort by due time'));
    expect(root.textContent).not.toContain('Some steps come before steps that are due earlier');
    expect(document.activeElement).toBe(byLabel(step(root, 1), 'What to do'));
    await save(root);
    const ids = (await stored())!.checklist.map((candidate) => candidate.id);
    // Due at 90 minutes: after the steps due in the first hour, before the internal update at 2 hours.
    expect(ids.indexOf('assess')).toBe(ids.indexOf('secure-accounts') + 1);
    expect(ids.slice(0, 3)).toEqual(['assemble-team', 'pause-scheduled-posts', 'check-policy']);
  });

  test('a step with empty text or no due time is refused with the error next to its field', async () => {
    const root = await mount(<PlanSection />);
    const text = byLabel(step(root, 2), 'What to do');
    await type(text, '   ');
    const minutes = byLabel(step(root, 3), 'Minutes');
    await type(minutes, '');
    await save(root);

    expect(summaryItems(root)).toEqual([
      `Checklist step 2 › text: ${SCHEMA_MESSAGES.tooShort}`,
      `Checklist step 3 (Pause scheduled posts in every scheduler…) › due (minutes): ${SCHEMA_MESSAGES.due}`,
    ]);
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(text)).toBe(`Error: ${SCHEMA_MESSAGES.tooShort}`);
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(minutes)).toBe(`Error: ${SCHEMA_MESSAGES.due}`);
    // The summary's entry links to the field.
    await click(root.querySelector('.error-summary a'));
    expect(document.activeElement).toBe(text);
    expect(await stored()).toEqual(seededPlan());
  });

  test('giving the last steps of a role to another role lets the role be removed', async () => {
    const root = await mount(<PlanSection />);
    await click(buttonNamed(root, 'Remove role Social media manager'));
    const refusal = group(root, 'Role 2').querySelector('[role="alert"]')!;
    expect(refusal.textContent).toBe(
      '“Social media manager” cannot be removed while incident checklist steps (3) still name it. Give those to another role first, or rename this role instead. Go to its checklist steps',
    );
    // The pointer takes the user to the first of those steps' owner.
    await click(refusal.querySelector('a'));
    expect(document.activeElement).toBe(byLabel(step(root, 3), 'Owner (does it)'));

    for (const n of [3, 5]) await type(byLabel(step(root, n), 'Owner (does it)'), 'crisis-lead', 'change');
    // One step still names it: still refused, with the count as it is now.
    expect(group(root, 'Role 2').querySelector('[role="alert"]')?.textContent).toContain('incident checklist steps (1)');
    await type(byLabel(step(root, 8), 'Owner (does it)'), 'communications', 'change');
    // Nothing names it any more: the refusal is gone, and the role can be removed.
    expect(group(root, 'Role 2').querySelector('[role="alert"]')).toBeNull();
    await click(buttonNamed(root, 'Remove role Social media manager'));
    expect(Array.from(root.querySelectorAll('fieldset legend')).map((legend) => legend.textContent)).not.toContain('Role 2: Social media manager');
    await save(root);

    expect(root.querySelector('.error-summary')).toBeNull();
    const plan = (await stored())!;
    expect(plan.roles.map((role) => role.id)).not.toContain('social-media-manager');
    expect(plan.checklist.filter((candidate) => candidate.ownerRoleId === 'social-media-manager')).toEqual([]);
    expect(plan.checklist.find((candidate) => candidate.id === 'secure-accounts')?.ownerRoleId).toBe('communications');
  });
});

describe('checklist order and places', () => {
  test('the default checklist is in due order; sorting keeps steps due at the same time as they were', () => {
    const plan = createDefaultPlan();
    expect(checklistInDueOrder(plan)).toBe(true);
    expect(sortChecklist(plan)).toEqual(plan.checklist);
    // A later response target puts the holding statement after the steps due within the hour.
    const slower = { ...plan, responseTargetMinutes: 90 };
    expect(checklistInDueOrder(slower)).toBe(false);
    const ids = sortChecklist(slower).map((candidate) => candidate.id);
    expect(ids.slice(4, 8)).toEqual(['brief-employees', 'secure-accounts', 'holding-statement', 'reply-to-people']);
    expect(ids.slice(-2)).toEqual(['post-mortem', 'update-plan']);
  });

  test('a checklist problem is named after the step', () => {
    const plan = createDefaultPlan();
    expect(describePath('plan.checklist[10].ownerRoleId', { plan, withinPlan: true })).toBe('Checklist step 11 (Hold the post-mortem with support, PR…) › owner');
  });
});
