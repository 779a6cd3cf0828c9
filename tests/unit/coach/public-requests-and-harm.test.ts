// Asking for personal data in a public reply ("reply with your order number") has the customer post it
// for everyone: the coach warns, as it does for data the reply shows itself; and "inconvenience" said to
// someone hurt makes light of it. The cases are written for this file.
import { describe, expect, test } from 'vitest';
import { analyzeDraft, type DraftContext } from '@/utils/coach';

const COMPLAINT: DraftContext = {
  platform: 'x',
  replyingTo: { text: 'My kettle sparked and burned my hand. Support closed my ticket without a reply.', author: '@sam_patel' },
};

function personal(draft: string) {
  return analyzeDraft(draft, COMPLAINT).find((finding) => finding.code === 'personal-data');
}

describe('a request for their data in public is flagged, and underlined from the verb', () => {
  test.each([
    ["So sorry about this. Please reply with your order number and we'll look into it.", 'reply with your order number'],
    ["Sorry to hear this! Drop your email below and we'll be in touch.", 'Drop your email'],
    ['Really sorry. Can you send your phone number and address here so we can call you?', 'send your phone number'],
    ['Sorry! Comment your order number below.', 'Comment your order number'],
    ["We're sorry. Post your full address in the comments and we'll send a new one.", 'Post your full address'],
    ['Sorry, Sam. Reply to this with your e-mail address please.', 'Reply to this with your e-mail address'],
    ["Sorry! Share your booking reference here and we'll check.", 'Share your booking reference'],
  ])('%s', (draft, request) => {
    const finding = personal(draft);
    expect(finding?.severity).toBe('warning');
    expect(finding?.spans.map((span) => draft.slice(span.start, span.end))).toEqual([request]);
    expect(finding?.why).toBe(`“${request}” asks them for personal data in public, where everyone can read their answer. Ask for it by private message instead.`);
  });
});

describe('the same request through a private channel, or negated, is not', () => {
  test.each([
    "So sorry. Please DM us your order number and we'll sort it.",
    'I\'m sorry. Please send us a direct message with your order number and postcode.',
    'So sorry. Send us your order number via the link in our bio.',
    'Sorry! Reply to our email with your order number.',
    'Sorry! Email us your order number and we will call you today.',
    'Sorry about this. We will never ask you to post your password here.',
    "Sorry, Sam. Please don't share your account details here: we'll DM you.",
    'Sorry! Please send your order number through our secure form: https://brewly.com/help',
    // no public place named: "share" alone may mean privately, and the DM suggestion says where
    'Sorry, could you share your email address so we can follow up?',
    // their feedback or their number of orders is no personal data
    "We're sorry. We'll share your feedback with the team.",
    'Sorry! Tell us your thoughts below.',
  ])('%s', (draft) => {
    expect(personal(draft)).toBeUndefined();
  });
});

test('with data shown as well, the finding stays critical and underlines both', () => {
  const draft = 'Sorry! Reply here with your order number, or call Sam on 07700 900123.';
  const finding = personal(draft);
  expect(finding?.severity).toBe('critical');
  expect(finding?.spans.map((span) => draft.slice(span.start, span.end))).toEqual(['Reply here with your order number', '07700 900123']);
});

test('a pre-approved message asking in public keeps no warning (the plan approved its words)', () => {
  const text = 'We are sorry. Please reply with your order number so we can check.';
  const findings = analyzeDraft(text, { ...COMPLAINT, preApproved: [{ id: 'a', title: 'Ask', text }] });
  expect(findings.map((finding) => finding.code)).not.toContain('personal-data');
});

test('"inconvenience" to someone hurt says why it is dismissive', () => {
  const harmed: DraftContext = { platform: 'x', replyingTo: { text: 'The charger melted and burned my hand.' } };
  const finding = analyzeDraft('So sorry for the inconvenience, please DM us.', harmed).find((f) => f.code === 'dismissive');
  expect(finding?.why).toBe("“inconvenience” makes light of someone hurt or put at risk. Say you're sorry they were hurt, and that their safety comes first.");
});
