// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PlanSection } from '@/components/options/PlanSection';
import { createDefaultPlan, SCHEMA_MESSAGES } from '@/utils/plan';
import { crisisPlan } from '@/utils/settings';
import { buttonNamed, byLabel, click, mount, pressEscape, pressTab, settle, type, unmountAll, useEnglishMessages } from './helpers';
import { group, save, seededPlan, stored } from './plan-helpers';

beforeEach(async () => {
  useEnglishMessages();
  await crisisPlan.setValue(seededPlan());
});
afterEach(unmountAll);

describe('PlanSection', () => {
  test('shows the stored plan in labelled fields', async () => {
    const root = await mount(<PlanSection />);
    const lead = group(root, 'Role 1');
    expect(lead.querySelector('legend')?.textContent).toBe('Role 1: Crisis lead');
    expect(byLabel(lead, 'Owner (who holds the role)').value).toBe('Dana Ortiz');
    expect(byLabel(lead, 'Contact').value).toBe('dana@brewly.com');
    // A role nobody holds says so in words.
    expect(group(root, 'Role 2').textContent).toContain('No owner yet. No contact yet.');
    expect(byLabel(root, 'First public response within (minutes)').value).toBe('60');
    // Every control of the form has a label.
    for (const control of Array.from(root.querySelectorAll('input, select, textarea'))) {
      const labelled = control.closest('label') ?? (control.id && root.querySelector(`label[for="${control.id}"]`));
      expect(labelled, `${control.tagName} ${control.id}`).toBeTruthy();
    }
  });

  test('a validation error shows its place and message, takes the focus, and saves nothing', async () => {
    const before = await stored();
    const root = await mount(<PlanSection />);
    const contact = byLabel(group(root, 'Role 3'), 'Contact');
    await type(contact, 'call me maybe');
    await type(byLabel(root, 'Social media policy (link)'), 'ftp://intranet/policy');
    await save(root);

    const summary = root.querySelector('[role="alert"]') as HTMLElement;
    expect(summary).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    const items = Array.from(summary.querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toEqual([
      `Role 3 (PR and communications) › contact: ${SCHEMA_MESSAGES.contact}`,
      `social media policy: ${SCHEMA_MESSAGES.optionalUrl}`,
    ]);
    // Next to the field, linked to it, and marked invalid.
    expect(contact.getAttribute('aria-invalid')).toBe('true');
    const errorId = contact.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(document.getElementById(errorId)?.textContent).toBe(`Error: ${SCHEMA_MESSAGES.contact}`);
    // The summary's link takes the user to the field.
    await click(summary.querySelector('a'));
    expect(document.activeElement).toBe(contact);
    // Nothing was written, and no "Saved" was said.
    expect(await stored()).toEqual(before);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('');
  });

  test('an empty response target and an empty message are refused with their places', async () => {
    const root = await mount(<PlanSection />);
    await type(byLabel(root, 'First public response within (minutes)'), '');
    await click(buttonNamed(root, 'Add a message'));
    // The new message's first field has the focus.
    expect(document.activeElement).toBe(byLabel(group(root, 'Message 4'), 'Title'));
    await save(root);
    const items = Array.from(root.querySelectorAll('[role="alert"] li')).map((li) => li.textContent);
    expect(items).toEqual([
      `first response target: ${SCHEMA_MESSAGES.responseTarget}`,
      `Message 4 › title: ${SCHEMA_MESSAGES.tooShort}`,
      `Message 4 › text: ${SCHEMA_MESSAGES.tooShort}`,
    ]);
    expect(await stored()).toEqual(seededPlan());
  });

  test('a role title of only spaces is refused next to the field; nothing is saved', async () => {
    const root = await mount(<PlanSection />);
    const title = byLabel(group(root, 'Role 2'), 'Role title');
    await type(title, '   ');
    await save(root);
    const items = Array.from(root.querySelectorAll('[role="alert"] li')).map((li) => li.textContent);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/^Role 2 .*› title: /);
    expect(items[0]).toContain(SCHEMA_MESSAGES.tooShort);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    const errorId = title.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(document.getElementById(errorId)?.textContent).toBe('Error: Empty, or only spaces: fill it in.');
    expect(await stored()).toEqual(seededPlan());

    // Spaces around a title are not kept.
    await type(title, '  Social lead  ');
    await save(root);
    expect((await stored())!.roles[1]!.title).toBe('Social lead');
  });

  test('a valid edit is saved whole and confirmed', async () => {
    const root = await mount(<PlanSection />);
    const legal = group(root, 'Role 4');
    await type(byLabel(legal, 'Owner (who holds the role)'), 'Sam Lee');
    await type(byLabel(legal, 'Contact'), '+44 20 7946 0000');
    await type(byLabel(root, 'First public response within (minutes)'), '30');

    // Approval steps: move the legal step first with the keyboard-reachable buttons; the focus follows it.
    await click(buttonNamed(root, 'Move step 2 up'));
    expect(document.activeElement).toBe(buttonNamed(root, 'Move step 1 down'));
    await type(byLabel(group(root, 'Step 3'), 'Approver'), 'crisis-lead', 'change');

    await click(buttonNamed(root, 'Add a message'));
    const message = group(root, 'Message 4');
    await type(byLabel(message, 'Title'), 'Recall notice');
    await type(byLabel(message, 'Text'), 'We are recalling {issue}.');
    await type(byLabel(message, 'Owner (keeps it up to date)'), 'legal', 'change');
    await type(byLabel(message, 'Approved until'), '2099-12-31');

    await type(byLabel(root, 'Confidential terms'), 'Project Falcon, Q3 figures', 'change');
    await type(byLabel(root, 'Social media policy (link)'), 'https://brewly.com/policy');
    await click(root.querySelector('input[name="plan-brandVoice"][value="formal"]'));
    await click(buttonNamed(root, 'Add a scheduler'));
    const scheduler = group(root, 'Scheduler 8');
    await type(byLabel(scheduler, 'Name'), 'Agorapulse');
    await type(byLabel(scheduler, 'Link to its scheduled posts'), 'https://app.agorapulse.com/publishing');
    await click(buttonNamed(root, 'Remove scheduler Hootsuite'));
    await save(root);

    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Saved.');
    const plan = (await stored())!;
    expect(plan.roles[3]).toEqual({ id: 'legal', title: 'Legal', owner: 'Sam Lee', contact: '+44 20 7946 0000' });
    expect(plan.responseTargetMinutes).toBe(30);
    expect(plan.approvalSteps.map((step) => [step.id, step.roleId])).toEqual([
      ['legal', 'legal'],
      ['facts', 'crisis-lead'],
      ['executive', 'crisis-lead'],
    ]);
    expect(plan.messages[3]).toEqual({ id: 'message-4', title: 'Recall notice', text: 'We are recalling {issue}.', ownerRoleId: 'legal', expires: '2099-12-31' });
    expect(plan.confidentialTerms).toEqual(['Project Falcon', 'Q3 figures']);
    expect(plan.policyUrl).toBe('https://brewly.com/policy');
    expect(plan.brandVoice).toBe('formal');
    expect(plan.schedulers.map((link) => link.name)).toEqual(['Buffer', 'Sprout Social', 'Later', 'Meta Business Suite', 'X', 'LinkedIn', 'Agorapulse']);
    // The checklist, which this test does not touch, is kept as it was.
    expect(plan.checklist).toEqual(seededPlan().checklist);
  });

  test('an expired message is flagged in words', async () => {
    const plan = seededPlan();
    plan.messages[0] = { ...plan.messages[0]!, expires: '2020-01-31' };
    await crisisPlan.setValue(plan);
    const root = await mount(<PlanSection />);
    expect(group(root, 'Message 1').textContent).toContain('Expired on 2020-01-31');
    expect(group(root, 'Message 2').textContent).not.toContain('Expired');
  });

  test('a placeholder nothing fills is pointed out under the message text, which still saves as written (QA)', async () => {
    const root = await mount(<PlanSection />);
    const text = byLabel(group(root, 'Message 1'), 'Text');
    expect(group(root, 'Message 1').textContent).not.toContain('Nothing fills');
    await type(text, '{Brand} is aware of {issue}. Contact {contact} or {Brand}.');
    const hint = document.getElementById(`${text.id}-hint`);
    expect(hint?.textContent).toBe('⚠ Nothing fills {Brand}, {contact}: it would be posted as written. The placeholders that are filled in: {issue}, {nextUpdate}, {brand}.');
    expect(text.getAttribute('aria-describedby')).toContain(hint!.id);
    await save(root);
    expect((await stored())?.messages[0]?.text).toBe('{Brand} is aware of {issue}. Contact {contact} or {Brand}.');
  });

  test('a role the plan still uses cannot be removed; an unused one can', async () => {
    const root = await mount(<PlanSection />);
    await click(buttonNamed(root, 'Remove role Legal'));
    const refusal = group(root, 'Role 4').querySelector('[role="alert"]');
    expect(refusal?.textContent).toBe(
      '“Legal” cannot be removed while approval steps (1), incident checklist steps (1) still name it. Give those to another role first, or rename this role instead. Go to its checklist steps',
    );
    await click(buttonNamed(root, 'Add a role'));
    await type(byLabel(group(root, 'Role 7'), 'Role title'), 'Agency');
    await click(buttonNamed(root, 'Remove role Agency'));
    expect(root.querySelectorAll('fieldset legend')[6]?.textContent).not.toContain('Agency');
    expect(document.activeElement).toBe(buttonNamed(root, 'Add a role'));
  });

  test('reset asks first, then restores the default plan', async () => {
    const root = await mount(<PlanSection />);
    await click(buttonNamed(root, 'Reset to the default plan…'));
    const dialog = root.querySelector('[role="alertdialog"]')!;
    expect(document.activeElement).toBe(buttonNamed(dialog, 'Cancel'));
    await click(buttonNamed(dialog, 'Cancel'));
    expect(await stored()).toEqual(seededPlan());
    await click(buttonNamed(root, 'Reset to the default plan…'));
    await click(buttonNamed(root, 'Yes, reset the plan'));
    expect(await stored()).toEqual(createDefaultPlan());
    expect(byLabel(group(root, 'Role 1'), 'Owner (who holds the role)').value).toBe('');
    await settle();
  });

  test('Escape closes the reset question, changes nothing, and gives the focus back to its button', async () => {
    const root = await mount(<PlanSection />);
    await click(buttonNamed(root, 'Reset to the default plan…'));
    await pressEscape();
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(buttonNamed(root, 'Reset to the default plan…'));
    expect(await stored()).toEqual(seededPlan());
  });

  test('while the reset question is open, Tab and Shift+Tab stay within it, and Escape still answers no', async () => {
    const root = await mount(<PlanSection />);
    await click(buttonNamed(root, 'Reset to the default plan…'));
    const dialog = root.querySelector<HTMLElement>('[role="alertdialog"]')!;
    expect(document.activeElement).toBe(buttonNamed(dialog, 'Cancel'));
    // Cancel is the question's last stop: Tab wraps to its first, not on into the rest of the page.
    await pressTab();
    expect(document.activeElement).toBe(buttonNamed(dialog, 'Yes, reset the plan'));
    await pressTab(true);
    expect(document.activeElement).toBe(buttonNamed(dialog, 'Cancel'));
    await pressTab();
    await pressEscape();
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(buttonNamed(root, 'Reset to the default plan…'));
    expect(await stored()).toEqual(seededPlan());
  });
});
