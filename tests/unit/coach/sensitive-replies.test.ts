// Replies to sensitive posts (QA): someone hurt by the product, someone bereaved, a legal threat, a
// journalist asking for comment, and someone who already sent a DM and got no answer. Each was
// answered as an ordinary complaint; each describe below started as a reviewer's failing test.
import { describe, expect, test } from 'vitest';
import { analyze } from '@/utils/analysis';
import { analyzeDraft, findingCodes, measureLength, PLATFORM_REPLY_LIMITS, suggestReplies, type ReplyTarget, type SuggestionContext } from '@/utils/coach';

const VOICES = ['formal', 'friendly'] as const;
const generated = (context: SuggestionContext) => suggestReplies(context).filter((s) => s.kind !== 'pre-approved');

/** Every generated reply fits X and passes the coach (the legal reminder apart). */
function expectPostable(context: SuggestionContext): void {
  const { maxChars, counting } = PLATFORM_REPLY_LIMITS.x;
  for (const { text } of generated(context)) {
    expect(measureLength(text, counting, maxChars).overflowAt, text).toBeNull();
    expect(findingCodes(analyzeDraft(text, context)).replace('needs-approval', ''), text).toBe('');
  }
}

// A post telling of someone (or a pet) hurt by the product must get the safety replies ("set the product
// aside"), as a burn or a fire does. Death, poisoning, a child swallowing a part, a cut needing stitches and
// food making a family vomit were not in HARMED: the coach answered them as a broken gadget or with
// "we understand your frustration".
describe('someone hurt by the product gets the safety replies', () => {
  const POSTS: ReplyTarget[] = [
    { text: 'My dog died two days after eating your new puppy food. Vet says it was poisoning.', author: '@petowner' },
    { text: 'My son was rushed to A&E after the Acme toy broke and he swallowed a piece.', author: '@dad_of_two' },
    { text: 'The blade came loose and cut my finger open. Needed stitches.', author: '@chef_b' },
    { text: 'Whole family has been vomiting all night after eating your lasagne.', author: '@fam' },
    { text: 'Ended up in the ER last night, the Acme heater fumes made my daughter ill.', author: '@jo' },
    { text: 'My daughter came out in a red rash after using your baby lotion.', author: '@mum_of_one' },
    { text: 'Your cheap razor left my son bleeding from his chin.', author: '@dad' },
    { text: 'Your plug-in air freshener killed my cat.', author: '@catlady' },
  ];

  test.each(POSTS)('$text', (post) => {
    for (const voice of VOICES) {
      const context: SuggestionContext = { platform: 'x', voice, replyingTo: post, brandTerms: ['Acme'] };
      const replies = suggestReplies(context).filter((s) => s.kind === 'empathetic');
      expect(replies.length).toBeGreaterThan(0);
      for (const reply of replies) {
        expect(reply.text).not.toMatch(/frustrat|not working as it should|isn't working/);
        expect(reply.text).toMatch(voice === 'formal' ? /set the product aside/ : /put it aside/);
      }
      expectPostable(context);
    }
  });

  // Everyday words that hold the same letters: no safety replies.
  const ORDINARY = [
    'This deal is killer, thank you Acme!',
    'Dead battery again after two weeks. Useless charger.',
    "I'm dying to try the new flavour.",
    'My phone died after using your app for ten minutes. Terrible battery drain.',
    'ERROR 500 again on checkout. Where is my ORDER?',
    'Er, my order still has not arrived and nobody replies.',
    'Your new ad had me in stitches 😂',
    'The stitches on my new jacket came loose after one wash.',
    'Please cut your prices, I cut my hair shorter just to save on your shampoo.',
    'Cancelling Acme was a rash decision, I miss it already.',
    'A rash of complaints about the update and still no fix.',
    'You are bleeding money with this redesign.',
    'The app threw up an error again when I tried to pay.',
    'This update killed my battery.',
    'Your poisonous company culture has poisoned the well with loyal customers.',
    'Swallowed my pride and called support again. Still nothing.',
  ];
  test.each(ORDINARY)('not harm: %s', (text) => {
    for (const voice of VOICES) {
      for (const { text: reply } of generated({ platform: 'x', voice, replyingTo: { text, author: '@someone' }, brandTerms: ['Acme'] })) {
        expect(reply).not.toMatch(/set the product aside|put it aside|safety/);
      }
    }
  });
});

// A bereaved customer (a spouse's card still charged, marketing to a dead parent, closing a late father's
// account) was answered with "we understand your frustration" or a chirpy "thank you for reaching out. We
// are happy to help." A social media manager opens with condolences.
describe('a bereaved customer is offered condolences, not "frustration" or "happy to help"', () => {
  const POSTS: ReplyTarget[] = [
    { text: 'My husband passed away in March and you are STILL charging his card every month. I have called four times.', author: '@widow' },
    { text: 'My mum died last week and I still keep getting your marketing emails addressed to her. Please stop.', author: '@annab' },
    { text: 'My dad passed away last month. He loved his Acme coffee maker. How do I close his account?', author: '@anna' },
    { text: 'Still getting letters addressed to my late wife. Please sort it.', author: '@tom' },
    { text: 'The funeral is on Friday and your florist delivery has not arrived.', author: '@kate' },
  ];

  test.each(POSTS)('$text', (post) => {
    for (const voice of VOICES) {
      const context: SuggestionContext = { platform: 'x', voice, replyingTo: post, brandTerms: ['Acme'] };
      const replies = generated(context);
      expect(replies.length).toBeGreaterThan(0);
      for (const reply of replies) {
        expect(reply.text).not.toMatch(/frustrat|happy to help/i);
        expect(reply.text).toMatch(/sorry for your loss|condolences/i);
      }
      // Still offered a private channel, gently.
      expect(replies.some((reply) => /ready.*DM/.test(reply.text))).toBe(true);
      expectPostable(context);
    }
  });

  test('a pet that died after eating the product: condolences, and still told to set the product aside', () => {
    for (const voice of VOICES) {
      const post = { text: 'My dog died two days after eating your new puppy food. Vet says it was poisoning.', author: '@petowner' };
      const replies = suggestReplies({ platform: 'x', voice, replyingTo: post }).filter((s) => s.kind === 'empathetic');
      expect(replies.length).toBeGreaterThan(0);
      for (const { text } of replies) {
        expect(text).toMatch(/sorry for your loss/);
        expect(text).toMatch(/set the product aside|put it aside/);
      }
    }
  });

  test('a device that "died" is no bereavement', () => {
    for (const text of ['My phone died halfway through the call.', 'The late delivery ruined my weekend.']) {
      for (const reply of generated({ platform: 'x', replyingTo: { text } })) expect(reply.text).not.toMatch(/loss/);
    }
  });
});

// The coach's own note on a reply to a legal threat says "admit nothing in public", yet its suggested
// replies conceded the fault: "We are sorry for the trouble you have had with our service", "We are sorry
// that it is not working as it should". The sympathy without the concession ("We are sorry to hear about
// your experience") is in the phrasebook.
describe('replies to a legal threat admit nothing', () => {
  const POSTS: ReplyTarget[] = [
    { text: 'You charged me twice. I am contacting my lawyer and filing a small claims case unless this is refunded.', author: '@legal2' },
    { text: 'My solicitor is preparing a claim. Your delivery driver damaged my car and your service team ignored me.', author: '@carowner' },
    { text: 'The Acme heater you sold me stopped working after a week. My lawyer will be in touch, see you in court.', author: '@heater_guy' },
  ];

  test.each(POSTS)('$text', (post) => {
    expect(analyze(post.text).signals).toContain('escalation:legal');
    for (const voice of VOICES) {
      const context: SuggestionContext = { platform: 'x', voice, replyingTo: post, brandTerms: ['Acme'] };
      const replies = generated(context);
      expect(replies.length).toBeGreaterThanOrEqual(3);
      for (const reply of replies) {
        expect(reply.text).not.toMatch(/trouble you(?: have|'ve) had with our service|(?:is not|isn't) working as it should|kept waiting/);
      }
      expectPostable(context);
    }
  });
});

// A journalist asking for comment (the analyser marks it escalation:press) got the customer replies: an
// on-the-record admission that the product "is not working as it should", "we understand your
// frustration", "set the product aside", and "send us a DM with the details". A reply to the press
// routes to the press office and concedes nothing.
describe('a press enquiry is not answered like a customer complaint', () => {
  const POSTS: ReplyTarget[] = [
    { text: "Hi @AcmeHome, I'm a reporter with the BBC covering the kettle recall. Could your press office comment? Deadline 5pm.", author: '@sarahchen_bbc' },
    { text: 'Journalist here, writing about customers who say their Acme heaters overheated. Would you like to comment before we publish?', author: '@tomreports' },
    { text: 'Reporter at the Times here. Readers tell us their Acme blenders keep breaking. Any comment for our story?', author: '@times_jo' },
  ];

  test.each(POSTS)('$text', (post) => {
    expect(analyze(post.text).signals).toContain('escalation:press');
    for (const voice of VOICES) {
      const context: SuggestionContext = { platform: 'x', voice, replyingTo: post, brandTerms: ['Acme', '@AcmeHome'] };
      const replies = generated(context);
      expect(replies).toHaveLength(1);
      for (const reply of replies) {
        expect(reply.text).not.toMatch(/not working as it should|frustrat|set the product aside|put it aside|how concerning|trouble you have had|DM|sorry/i);
        expect(reply.text).toMatch(/press office.*statement/);
      }
      expectPostable(context);
    }
  });

  test("the plan's holding statement comes first, in place of the built-in line; its customer messages are out of the way", () => {
    const preApproved = [
      { id: 'move-to-private', title: 'Move to a private channel', text: 'Please send us a direct message with the details so that we can look into it.' },
      { id: 'holding-statement', title: 'Holding statement', text: 'We are aware of reports about our kettles and are looking into it. We will share an update by 5pm.' },
    ];
    const suggestions = suggestReplies({ platform: 'x', replyingTo: POSTS[0]!, preApproved });
    expect(suggestions.map((s) => [s.id, s.secondary === true])).toEqual([
      ['pre-approved:holding-statement', false],
      ['pre-approved:move-to-private', true],
    ]);
    // A holding statement with a blank left is not ready: the built-in line comes first.
    const blank = [{ ...preApproved[1]!, text: 'We are aware of {issue} and are looking into it.' }];
    expect(suggestReplies({ platform: 'x', replyingTo: POSTS[0]!, preApproved: blank }).map((s) => s.id)).toEqual(['empathetic:press', 'pre-approved:holding-statement']);
  });

  // The plan's press contact (its PR and communications role's e-mail address or phone number) never
  // reached the press line: the journalist was told the press office "will respond" with no way to reach it.
  test.each([
    ['press@acme.com', /^H\w+ @\w+, thank(?:s| you) for reaching out\. Please contact our press office at press@acme\.com, and we/],
    ['+44 20 7946 0000', /^H\w+ @\w+, thank(?:s| you) for reaching out\. Please contact our press office at \+44 20 7946 0000, and we/],
  ])("the plan's press contact, %s, is in the press line", (pressContact, line) => {
    for (const post of POSTS) {
      for (const voice of VOICES) {
        const context: SuggestionContext = { platform: 'x', voice, replyingTo: post, brandTerms: ['Acme', '@AcmeHome'], pressContact, allowedContacts: [pressContact] };
        const replies = generated(context);
        expect(replies.map((reply) => reply.id)).toEqual(['empathetic:press']);
        expect(replies[0]!.text).toMatch(line);
        expect(replies[0]!.text).toMatch(/statement/);
        expect(replies[0]!.text).not.toMatch(/DM|sorry|frustrat/i);
        expectPostable(context);
      }
    }
  });

  test('with a press contact, the press line stays on offer after a ready holding statement', () => {
    const preApproved = [{ id: 'holding-statement', title: 'Holding statement', text: 'We are aware of reports about our kettles and are looking into it. We will share an update by 5pm.' }];
    const suggestions = suggestReplies({ platform: 'x', replyingTo: POSTS[0]!, preApproved, pressContact: 'press@acme.com' });
    expect(suggestions.map((s) => s.id)).toEqual(['pre-approved:holding-statement', 'empathetic:press']);
    expect(suggestions[1]!.text).toMatch(/press@acme\.com/);
  });

  test('without a press contact the press line names none; a customer is never sent to it', () => {
    const press = generated({ platform: 'x', replyingTo: POSTS[0]! });
    expect(press[0]!.text).toMatch(/press office will respond to your enquiry/);
    expect(press[0]!.text.replace(/^Hello @\w+, /, '')).not.toMatch(/contact|@|\d/);
    const customer = generated({ platform: 'x', replyingTo: { text: 'Your kettle broke after a week. Useless.', author: '@sam' }, pressContact: 'press@acme.com' });
    expect(customer.map((reply) => reply.text).join(' ')).not.toMatch(/press/);
  });

  test('a customer who threatens to go to the press is still answered as a customer', () => {
    const replies = generated({ platform: 'x', replyingTo: { text: "I'm going to the press about this. Your kettle is a disgrace.", author: '@sam' } });
    expect(replies.length).toBeGreaterThan(1);
    expect(replies.map((r) => r.text).join(' ')).not.toMatch(/press office/);
  });
});

// Someone who says they already sent a DM (and got no answer) was asked, in every suggested reply, to
// "send us a DM with the details": the reply that makes such a customer angrier. It says the brand will
// find their message and answer there.
describe('a customer who already sent a DM is not told to send one', () => {
  const POSTS: ReplyTarget[] = [
    { text: 'I already DMed you three times about my refund and nobody has answered. Stop telling me to DM!', author: '@paul_w' },
    { text: 'Sent you a DM 4 days ago, still no reply. Your support is a joke.', author: '@kim' },
    { text: "Don't tell me to DM you, I've done that twice already. Just fix my order.", author: '@lee' },
    { text: 'I emailed your support team on Monday. Nothing.', author: '@ana' },
  ];

  test.each(POSTS)('$text', (post) => {
    for (const voice of VOICES) {
      const context: SuggestionContext = { platform: 'x', voice, replyingTo: post };
      const replies = generated(context);
      expect(replies.length).toBeGreaterThan(0);
      for (const reply of replies) {
        expect(reply.text).not.toMatch(/send us a DM/);
        expect(reply.text).toMatch(/find your message and reply to you there/);
      }
      expect(replies.some((reply) => /kept waiting/.test(reply.text))).toBe(true);
      expectPostable(context);
    }
  });
});

// A troll (insults and nothing else: no complaint, no case told) was answered "we understand your
// frustration … please send us a DM with the details": an invitation into the DMs for someone with
// nothing to sort out. The playbook moves to DM only where there is a real issue, and does not feed
// trolls: one short, calm reply, with the note that no reply at all is an option. A hostile post with
// a real complaint in it still gets the move-to-DM replies.
describe('a troll is not invited into the DMs', () => {
  const TROLLS: ReplyTarget[] = [
    { text: 'you people are clowns, pathetic brand lol', author: '@troll1' },
    { text: 'imagine being this dumb, garbage company', author: '@troll2' },
    { text: "I hate you people, you're all idiots", author: '@troll3' },
    { text: 'lol what a joke of a company, clowns', author: '@troll4' },
  ];
  const PLAN = [{ id: 'move-to-private', title: 'Move to a private channel', text: 'Please send us a direct message with the details so that we can look into it.' }];

  test.each(TROLLS)('$text', (post) => {
    expect(analyze(post.text).signals).toContain('hostility');
    for (const voice of VOICES) {
      const context: SuggestionContext = { platform: 'x', voice, replyingTo: post, preApproved: PLAN };
      const suggestions = suggestReplies(context);
      const replies = suggestions.filter((s) => s.kind !== 'pre-approved');
      expect(replies.length).toBeGreaterThan(0);
      expect(replies.map((s) => s.kind)).not.toContain('dm');
      for (const reply of replies) expect(reply.text).not.toMatch(/\bDM\b|direct message|private|details|sorry/i);
      // Not replying at all is on offer too.
      expect(replies[0]!.note).toMatch(/not need to reply/);
      // The plan's move-to-private message stays out of the way.
      expect(suggestions.find((s) => s.id === 'pre-approved:move-to-private')?.secondary).toBe(true);
      expectPostable(context);
    }
  });

  test.each([
    'your garbage app charged me twice, fix it idiots',
    "stupid app won't let me log in, idiots",
    'fix your garbage website morons',
    'my parcel never arrived you useless idiots',
  ])('a hostile post with a real complaint still gets the move-to-DM path: %s', (text) => {
    expect(analyze(text).signals).toContain('hostility');
    const context: SuggestionContext = { platform: 'x', replyingTo: { text, author: '@angry' } };
    const replies = generated(context);
    expect(replies.map((s) => s.id)).toContain('dm');
    expect(replies.every((s) => /send us a DM/.test(s.text))).toBe(true);
    expect(replies.every((s) => s.note === undefined)).toBe(true);
    expectPostable(context);
  });
});
