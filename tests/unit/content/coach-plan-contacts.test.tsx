// @vitest-environment happy-dom
// The contacts the team published in its plan (the support contact, and the addresses, numbers and links
// its pre-approved messages give out) are the brand's own: the coach never calls them personal data,
// and the "take it private" reply may send people to the support role's address.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { analyzeDraft, findingCodes, suggestReplies } from '@/utils/coach';
import { COACH_TAG, FINDINGS_ATTRIBUTE, coachContextFromPlan, readDraft, startCoach } from '@/utils/content/coach';
import { createDefaultPlan, type CrisisPlan } from '@/utils/plan/plan';
import { useEnglishMessages } from '../options/helpers';
import { testAdapter } from './test-adapter';
import { until } from './until';

beforeEach(useEnglishMessages);

const BRAND = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };
const CONTACT_US = "We're sorry about this. Please email support@brewly.com or call our hotline on 0800 123 4567 and we'll sort it out.";

/** The QA plan: a message that gives the support address and the hotline, and the support role reachable at that address. */
function planWithContacts(): CrisisPlan {
  const plan = createDefaultPlan();
  plan.messages.push({ id: 'contact-us', title: 'Contact support', text: CONTACT_US, ownerRoleId: plan.roles[0]!.id });
  plan.roles = plan.roles.map((role) => (role.id === 'customer-support' ? { ...role, contact: 'support@brewly.com' } : role));
  return plan;
}

const ANGRY = { text: 'Brewly refused my refund. Worst service ever, I am furious.', author: '@angry_customer' };

describe('coachContextFromPlan: the brand’s own contacts', () => {
  test('the support contact, and the e-mail addresses, phone numbers and links in the messages, are allowed; other roles’ contacts are not', () => {
    const plan = planWithContacts();
    plan.roles = plan.roles.map((role) => (role.id === 'legal' ? { ...role, contact: '+44 20 7946 0000' } : role));
    plan.messages.push({ id: 'status', title: 'Status page', text: 'Follow https://status.brewly.com/incidents/42. for updates.', ownerRoleId: plan.roles[0]!.id, channels: ['linkedin'] });
    const context = coachContextFromPlan({ plan, brand: BRAND, incidentActive: false, platform: 'x' });
    expect(context.allowedContacts).toEqual(expect.arrayContaining(['support@brewly.com', '0800 123 4567', 'https://status.brewly.com/incidents/42']));
    // The legal lead's direct line is the team's, not the public's: pasted into a reply, it is still flagged.
    expect(context.allowedContacts).not.toContain('+44 20 7946 0000');
    const draft = "I'm sorry. Our lawyer is on +44 20 7946 0000.";
    expect(analyzeDraft(draft, { ...context, platform: 'x', replyingTo: ANGRY }).some((f) => f.code === 'personal-data')).toBe(true);
  });

  test('the team’s own message, inserted as it is, gets no personal-data finding (on X and on Mastodon)', () => {
    for (const platform of ['x', 'mastodon'] as const) {
      const context = coachContextFromPlan({ plan: planWithContacts(), brand: BRAND, incidentActive: false, platform });
      const message = context.preApproved!.find((candidate) => candidate.id === 'contact-us')!;
      expect(findingCodes(analyzeDraft(message.text, { ...context, platform, replyingTo: ANGRY }))).toBe('');
      // Written by hand too, and the support role's address in another sentence.
      expect(findingCodes(analyzeDraft("I'm sorry. Email support@brewly.com or call 0800 123 4567.", { ...context, platform, replyingTo: ANGRY }))).toBe('');
    }
  });

  test("a customer's own address or number is still personal data", () => {
    const context = coachContextFromPlan({ plan: planWithContacts(), brand: BRAND, incidentActive: false, platform: 'x' });
    const draft = "I'm sorry. We'll write to sam.patel@gmail.com and call 07911 123456.";
    expect(analyzeDraft(draft, { ...context, platform: 'x', replyingTo: ANGRY }).find((f) => f.code === 'personal-data')?.spans.length).toBe(2);
  });

  test('the support role’s e-mail address is where the "take it private" reply sends people on YouTube', () => {
    const context = coachContextFromPlan({ plan: planWithContacts(), brand: BRAND, incidentActive: false, platform: 'youtube' });
    expect(context.privateContact).toBe('support@brewly.com');
    const dm = suggestReplies({ ...context, platform: 'youtube', replyingTo: ANGRY }).find((suggestion) => suggestion.id === 'dm');
    expect(dm?.text).toContain('support@brewly.com');
  });

  /** The default plan without its holding statement, which would otherwise answer the press first. */
  const planWithoutHolding = (voice?: 'formal' | 'friendly'): CrisisPlan => {
    const plan = createDefaultPlan(voice);
    plan.messages = plan.messages.filter((message) => message.id !== 'holding-statement');
    return plan;
  };
  const JOURNALIST = { text: "I'm a reporter with the BBC covering the Brewly kettle recall. Could your press office comment? Deadline 5pm.", author: '@sarahchen_bbc' };

  test('the PR and communications role’s e-mail address is the press contact: the press line names it, and it is no personal data', () => {
    const plan = planWithoutHolding('formal');
    plan.roles = plan.roles.map((role) => (role.id === 'communications' ? { ...role, contact: ' press@brewly.com ' } : role));
    const context = coachContextFromPlan({ plan, brand: BRAND, incidentActive: false, platform: 'x' });
    expect(context.pressContact).toBe('press@brewly.com');
    expect(context.allowedContacts).toContain('press@brewly.com');
    const press = suggestReplies({ ...context, platform: 'x', replyingTo: JOURNALIST }).find((suggestion) => suggestion.id === 'empathetic:press');
    expect(press?.text).toContain('Please contact our press office at press@brewly.com');
    expect(findingCodes(analyzeDraft(press!.text, { ...context, platform: 'x', replyingTo: JOURNALIST }))).toBe('');
  });

  test('a role the team titled "Press office" is the press contact before the communications role', () => {
    const plan = createDefaultPlan();
    plan.roles = [
      ...plan.roles.map((role) => (role.id === 'communications' ? { ...role, contact: 'dana@brewly.com' } : role)),
      { id: 'press-office', title: 'Press office', owner: '', contact: '+44 20 7946 0000' },
    ];
    expect(coachContextFromPlan({ plan, brand: BRAND, incidentActive: false, platform: 'x' }).pressContact).toBe('+44 20 7946 0000');
  });

  test('no press contact without one in the plan, nor from a chat channel: the press line stays as it was', () => {
    expect(coachContextFromPlan({ plan: createDefaultPlan(), brand: BRAND, incidentActive: false, platform: 'x' }).pressContact).toBeUndefined();
    const plan = planWithoutHolding();
    plan.roles = plan.roles.map((role) => (role.id === 'communications' ? { ...role, contact: 'https://brewly.slack.com/archives/C0PRESS' } : role));
    const context = coachContextFromPlan({ plan, brand: BRAND, incidentActive: false, platform: 'x' });
    expect(context.pressContact).toBeUndefined();
    // The communications role's phone is a person's mobile as often as a desk's: never given out to the press.
    plan.roles = plan.roles.map((role) => (role.id === 'communications' ? { ...role, contact: '+44 7700 900123' } : role));
    expect(coachContextFromPlan({ plan, brand: BRAND, incidentActive: false, platform: 'x' }).pressContact).toBeUndefined();
    const press = suggestReplies({ ...context, platform: 'x', replyingTo: JOURNALIST }).find((suggestion) => suggestion.id === 'empathetic:press');
    expect(press?.text).toMatch(/^Hi @sarahchen_bbc, thanks for reaching out\. Our press office will get back to you/);
  });

  test('a support contact that is the team’s chat channel is never given to the public', () => {
    const plan = createDefaultPlan();
    plan.roles = plan.roles.map((role) => (role.id === 'customer-support' ? { ...role, contact: 'https://brewly.slack.com/archives/C0SUPPORT' } : role));
    const context = coachContextFromPlan({ plan, brand: BRAND, incidentActive: false, platform: 'youtube' });
    expect(context.privateContact).toBeUndefined();
    const dm = suggestReplies({ ...context, platform: 'youtube', replyingTo: ANGRY }).find((suggestion) => suggestion.id === 'dm');
    expect(dm?.text).not.toContain('slack');
  });
});

describe('in the page', () => {
  let controller: AbortController;
  beforeEach(() => {
    document.body.replaceChildren();
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  test('inserting the "Contact support" message leaves no finding', async () => {
    const adapter = testAdapter();
    const post = document.createElement('div');
    post.className = 'post';
    post.setAttribute('data-id', '1');
    post.textContent = ANGRY.text;
    const box = document.createElement('textarea');
    box.className = 'reply';
    document.body.append(post, box);
    const context = coachContextFromPlan({ plan: planWithContacts(), brand: BRAND, incidentActive: false, platform: 'x' });
    startCoach({ root: document, adapter, signal: controller.signal, getContext: async () => context, onInserted: () => undefined });
    const host = await until(() => document.querySelector<HTMLElement>(COACH_TAG));
    (await until(() => host.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle'))).click();
    const insert = await until(() => host.shadowRoot!.querySelector<HTMLButtonElement>('li[data-suggestion="pre-approved:contact-us"] button.insert'));
    insert.click();
    expect(readDraft(box)).toBe(CONTACT_US);
    expect(host.getAttribute(FINDINGS_ATTRIBUTE)).toBe('');
  });
});
