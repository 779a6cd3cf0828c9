import { describe, expect, test } from 'vitest';
import { analyzeDraft, findingCodes, measureLength, PLATFORM_REPLY_LIMITS, suggestReplies, type ReplyTarget, type SuggestionContext } from '@/utils/coach';
import { PLATFORM_IDS } from '@/utils/platforms/types';

const POSTS = {
  service: { text: '@acme my order never arrived and your support has ignored me for a week. Furious.', author: '@sam_patel' },
  product: { text: 'Your app keeps crashing every time I open it. Useless.', author: 'sam_patel' },
  employee: { text: 'Your staff were so rude to my mum at the store today', author: 'Sam Patel' },
  insensitive: { text: 'This ad is so tone deaf and offensive. Pull it.', author: '@kim.bsky.social' },
  hypocrisy: { text: 'Greenwashing again. Practice what you preach.', author: '@eco' },
  security: { text: 'I got a suspicious login alert, was my account hacked?', author: '@worried' },
  angry: { text: 'Honestly I am just so angry right now.', author: 'Alex Kim' },
  question: { text: 'Does the new model support USB-C charging?', author: '@sam@mastodon.social' },
  praise: { text: 'Love the new update, thank you!', author: '@fan' },
  safety: { text: '@acme my kettle base sparked and burned my hand. Support closed my ticket. Not ok.', author: '@sam_patel' },
  conduct: { text: 'Acme fired the staff who tried to unionise. Boycott Acme. #BoycottAcme', author: '@union_now' },
  anonymous: { text: 'My parcel is late again and nobody replies. So frustrating.' },
} satisfies Record<string, ReplyTarget>;

const HOUR = 60 * 60 * 1000;

describe('generated replies pass the coach', () => {
  const cases = Object.keys(POSTS).flatMap((post) =>
    PLATFORM_IDS.flatMap((platform) => (['formal', 'friendly'] as const).map((voice) => [post, platform, voice] as const)),
  );

  test.each(cases)('%s on %s, %s voice', (post, platform, voice) => {
    const replyingTo: ReplyTarget = POSTS[post as keyof typeof POSTS];
    const context: SuggestionContext = { platform, voice, replyingTo, privateContact: 'support@acme.com', allowedContacts: ['support@acme.com'] };
    const suggestions = suggestReplies(context).filter((s) => s.kind !== 'pre-approved');
    expect(suggestions.length).toBeGreaterThanOrEqual(post === 'praise' ? 1 : post === 'conduct' ? 2 : 3);
    for (const suggestion of suggestions) {
      expect(findingCodes(analyzeDraft(suggestion.text, context)), suggestion.text).toBe('');
      // During an incident, only the approval reminder.
      expect(findingCodes(analyzeDraft(suggestion.text, { ...context, incident: { active: true } }))).toBe('needs-approval');
      const { maxChars, counting } = PLATFORM_REPLY_LIMITS[platform];
      expect(measureLength(suggestion.text, counting, maxChars).overflowAt).toBeNull();
      expect(suggestion.usable).toBe(true);
    }
  });
});

describe('what the replies say', () => {
  const texts = (context: SuggestionContext) => suggestReplies(context).filter((s) => s.kind !== 'pre-approved').map((s) => s.text);

  test('greets the author by handle or name, in the brand voice', () => {
    expect(texts({ platform: 'x', voice: 'friendly', replyingTo: POSTS.service })[0]).toMatch(/^Hi @sam_patel, I'm /);
    expect(texts({ platform: 'x', voice: 'formal', replyingTo: POSTS.service })[0]).toMatch(/^Hello @sam_patel, we are /);
    // A bare handle on a platform of @-mentions becomes one; a display name stays as it is.
    expect(texts({ platform: 'tiktok', replyingTo: POSTS.product })[0]).toMatch(/^Hello @sam_patel,/);
    expect(texts({ platform: 'facebook', replyingTo: POSTS.employee })[0]).toMatch(/^Hello Sam,/);
    expect(texts({ platform: 'x', voice: 'formal', replyingTo: POSTS.anonymous })[0]).toMatch(/^We are sorry/);
  });

  test('apologises for a complaint, not for a neutral question', () => {
    expect(texts({ platform: 'x', replyingTo: POSTS.service }).some((t) => /sorry/i.test(t))).toBe(true);
    for (const text of texts({ platform: 'x', replyingTo: POSTS.question })) expect(text).not.toMatch(/sorry|apolog/i);
    for (const text of texts({ platform: 'x', replyingTo: POSTS.praise })) expect(text).toMatch(/thank/i);
  });

  test('someone hurt is told to set the product aside in every reply, never that it "isn\'t working as it should" (QA)', () => {
    for (const voice of ['formal', 'friendly'] as const) {
      const replies = suggestReplies({ platform: 'x', voice, replyingTo: POSTS.safety }).filter((s) => s.kind === 'empathetic');
      expect(replies.length).toBeGreaterThanOrEqual(3);
      for (const { text } of replies) {
        expect(text).toMatch(/set the product aside|put it aside/);
        expect(text).not.toMatch(/working as it should/);
      }
    }
    // Food that made someone ill is harm too; a late parcel is not.
    expect(texts({ platform: 'x', replyingTo: { text: 'I got food poisoning from your chicken wrap' } })[0]).toMatch(/safety/);
    expect(texts({ platform: 'x', replyingTo: POSTS.service }).join(' ')).not.toMatch(/safety|aside/);
  });

  test("the company's conduct criticised by someone with no experience of their own: heard and passed on, no details asked (QA)", () => {
    for (const voice of ['formal', 'friendly'] as const) {
      const replies = texts({ platform: 'x', voice, replyingTo: POSTS.conduct });
      expect(replies.length).toBeGreaterThanOrEqual(2);
      for (const text of replies) {
        expect(text).toMatch(/understand how strongly you feel/);
        expect(text).not.toMatch(/your experience|details|DM/);
      }
    }
    // Their own experience of the staff is asked about in private.
    expect(texts({ platform: 'x', replyingTo: POSTS.employee })[0]).toMatch(/experience with our team.*DM/);
  });

  test('a post that threatens legal action: replies are still offered, each with the reminder to have it checked first', () => {
    const context: SuggestionContext = { platform: 'x', replyingTo: { text: 'Your kettle is a joke and support ignored me. My lawyer will be in touch.', author: '@sam' } };
    const replies = suggestReplies(context).filter((s) => s.kind !== 'pre-approved');
    expect(replies.length).toBeGreaterThanOrEqual(3);
    for (const { text } of replies) {
      const findings = analyzeDraft(text, context);
      expect(findingCodes(findings)).toBe('needs-approval');
      expect(findings[0]?.why).toMatch(/threatens legal action.*legal matters/);
    }
    // During an incident the plan's approval step says it, once.
    const during = analyzeDraft(replies[0]!.text, { ...context, incident: { active: true, approver: 'Dana (Legal)' } });
    expect(during.map((f) => f.why)).toEqual([expect.stringContaining('Dana (Legal)')]);
    // No threat, no reminder.
    expect(findingCodes(analyzeDraft(replies[0]!.text, { ...context, replyingTo: POSTS.service }))).toBe('');
  });

  test('invites the person to a private channel the platform has', () => {
    expect(texts({ platform: 'x', replyingTo: POSTS.service }).every((t) => t.includes('DM'))).toBe(true);
    expect(texts({ platform: 'mastodon', replyingTo: POSTS.service }).every((t) => t.includes('private mention'))).toBe(true);
    expect(texts({ platform: 'youtube', replyingTo: POSTS.service, privateContact: 'help@acme.com' }).every((t) => t.includes('help@acme.com'))).toBe(true);
  });

  test('never invents a contact or a fact', () => {
    for (const text of texts({ platform: 'youtube', replyingTo: POSTS.anonymous })) {
      expect(text).not.toMatch(/@|https?:|www\.|\d/);
    }
  });

  test('ids are stable and unique', () => {
    const ids = suggestReplies({ platform: 'x', replyingTo: POSTS.service }).map((s) => s.id);
    expect(ids).toEqual(['empathetic:apology', 'empathetic:next-step', 'empathetic:short', 'dm']);
  });

  test('a name that would itself get a finding is left out', () => {
    const shouting = suggestReplies({ platform: 'facebook', replyingTo: { ...POSTS.service, author: 'ANGRY CUSTOMER' } });
    expect(shouting[0]!.text).not.toContain('ANGRY');
    expect(findingCodes(analyzeDraft(shouting[0]!.text, { platform: 'facebook', replyingTo: POSTS.service }))).toBe('');
  });

  test('without a post, it still offers a neutral reply and the DM message', () => {
    expect(suggestReplies({ platform: 'x' }).map((s) => s.kind)).toEqual(['empathetic', 'empathetic', 'dm']);
  });
});

describe('pre-approved messages', () => {
  const now = Date.UTC(2025, 0, 1);
  const suggestions = suggestReplies({
    platform: 'x',
    now,
    replyingTo: POSTS.service,
    preApproved: [
      { id: 'old', title: 'Old holding line', text: 'We are aware and investigating.', expires: now - 2 * HOUR, owner: 'Dana' },
      { id: 'holding', title: 'Holding statement', text: "We know, we're looking into it, more soon.", expires: now + 30 * 24 * HOUR },
      { id: 'soon', title: 'Update', text: 'Service is restored for most customers.', expires: now + 3 * HOUR },
      { id: 'essay', title: 'Full statement', text: 'A'.repeat(400) },
      { id: 'forever', title: 'No expiry', text: 'Thank you for your patience.' },
    ],
  }).filter((s) => s.kind === 'pre-approved');
  const byId = Object.fromEntries(suggestions.map((s) => [s.id, s]));

  test('usable ones first, in plan order; expired and too long ones last', () => {
    expect(suggestions.map((s) => s.id)).toEqual([
      'pre-approved:holding',
      'pre-approved:soon',
      'pre-approved:forever',
      'pre-approved:old',
      'pre-approved:essay',
    ]);
  });

  test('expired: marked, not usable, says since when', () => {
    expect(byId['pre-approved:old']).toMatchObject({ expired: true, usable: false, note: 'Expired 2 hours ago · Owner: Dana' });
  });

  test('an expiry the plan cannot read (0): not usable, and says so, never "expired 20,000 days ago"', () => {
    const [unreadable] = suggestReplies({ platform: 'x', now, preApproved: [{ id: 'bad', title: 'Bad', text: 'A line.', expires: 0 }] }).filter((s) => s.kind === 'pre-approved');
    expect(unreadable).toMatchObject({ expired: true, usable: false, note: 'Its approval date cannot be read: enter it again in the crisis plan' });
  });

  test('soon to expire: flagged with the time left', () => {
    expect(byId['pre-approved:soon']).toMatchObject({ expiresSoon: true, usable: true, note: 'Expires in 3 hours' });
    expect(byId['pre-approved:holding']!.expiresSoon).toBeUndefined();
    expect(byId['pre-approved:forever']).toMatchObject({ usable: true });
    expect(byId['pre-approved:forever']!.expired).toBeUndefined();
  });

  test('longer than the platform allows: not usable', () => {
    expect(byId['pre-approved:essay']).toMatchObject({ tooLong: true, usable: false, note: 'Longer than X allows (400/280)' });
  });

  test('texts are the plan’s own words, unchanged', () => {
    expect(byId['pre-approved:holding']!.text).toBe("We know, we're looking into it, more soon.");
  });

  test('offered as secondary under a pleased post only: the crisis messages are not for a fan (QA)', () => {
    const plan = [{ id: 'holding', title: 'Holding statement', text: "We know, we're looking into it, more soon." }];
    const secondary = (replyingTo?: ReplyTarget) =>
      suggestReplies({ platform: 'x', now, preApproved: plan, ...(replyingTo ? { replyingTo } : {}) })
        .filter((s) => s.kind === 'pre-approved')
        .map((s) => s.secondary === true);
    expect(secondary(POSTS.praise)).toEqual([true]);
    expect(secondary({ text: 'Best customer service ever, they sorted my refund in minutes 🙌', author: '@fan' })).toEqual([true]);
    for (const post of [POSTS.service, POSTS.angry, POSTS.question, POSTS.safety, POSTS.conduct]) expect(secondary(post)).toEqual([false]);
    expect(secondary()).toEqual([false]);
    expect(suggestions.some((s) => s.secondary)).toBe(false);
  });
});

test('a plain question whose words read negative is offered help, not sympathy for a frustration', () => {
  const asked = suggestReplies({ platform: 'x', replyingTo: { text: 'Which batches are affected by the contamination?', author: '@curious' } });
  expect(asked.length).toBeGreaterThan(0);
  for (const suggestion of asked) expect(suggestion.text).not.toMatch(/frustration|sorry/i);
  // the same question asked in anger is acknowledged
  const angry = suggestReplies({ platform: 'x', replyingTo: { text: 'Which batches are affected by the contamination?? Nobody at Brewly will tell us!', author: '@curious' } });
  expect(angry.some((suggestion) => /frustration|sorry/i.test(suggestion.text))).toBe(true);
});

test('a plain question is answered where others read it: the first suggestion says so', () => {
  const [first] = suggestReplies({ platform: 'x', replyingTo: { text: 'Does the Pro 2 work on 110V?', author: '@curious' } });
  expect(first?.note).toBe('A question: answer it here, with the facts or a link, and everyone who wonders the same reads it too. Take it to DM only for their own details.');
  // its reply promises the answer here, not in a DM; the DM message stays on offer for their own details
  expect(first?.text).toBe('Hello @curious, thank you for your question. We are checking and will answer here shortly.');
  // a complaint, or a question in their own name about their own case, is not told that
  const [complaint] = suggestReplies({ platform: 'x', replyingTo: { text: 'Is my order ever going to arrive?? Three weeks now.', author: '@waiting' } });
  expect(complaint?.note).toBeUndefined();
});

test('a plain question in their own name is thanked and looked into with their details, not consoled', () => {
  // "recall" reads negative; the writer only asks about their own kettle (QA: "we understand your frustration")
  const post = { text: 'Is my kettle part of the recall?', author: '@sam' };
  const asked = suggestReplies({ platform: 'x', replyingTo: post });
  expect(asked.map((suggestion) => suggestion.text).slice(0, 2)).toEqual([
    'Hello @sam, thank you for your question. We are happy to check this for you. Please send us a DM with the details.',
    'Hello @sam, thank you for your question. Please send us a DM with the details.',
  ]);
  for (const suggestion of asked) expect(suggestion.text).not.toMatch(/frustration|sorry/i);
  // no "answer it here": their answer is about their own kettle
  expect(asked[0]?.note).toBeUndefined();
  // a straight answer needs no acknowledgement first
  expect(analyzeDraft('Hi Sam, yes it is. Here is how to get a replacement: brewly.com/recall', { platform: 'x', replyingTo: post }).map((f) => f.code)).not.toContain('no-acknowledgement');
  // asked in anger, or with a word of complaint, it is still acknowledged
  for (const text of ['Is my kettle part of the recall?? Nobody will tell me', 'Is my kettle STILL not part of the recall?', 'Why is my kettle not part of the recall?']) {
    expect(analyzeDraft('Hi Sam, yes it is.', { platform: 'x', replyingTo: { text, author: '@sam' } }).map((f) => f.code)).toContain('no-acknowledgement');
  }
});
