// The reply coach flags a reply that insults the person or talks down to them (`hostile`): the
// analyser's insults when the reply aims them at the person, and the put-downs it cannot know.
// An apology that uses the same words, a quotation and a polite reply stay clean.
import { describe, expect, test } from 'vitest';
import { analyzeDraft, findingCodes, suggestReplies, type DraftContext } from '@/utils/coach';

const CONTEXTS = {
  /** A neutral question: nothing else to find in a short reply. */
  question: { platform: 'x', replyingTo: { text: 'Does the Brewly Pro come with a warranty? Asking before I buy.', author: '@curious' } },
  /** An angry complaint that insults the brand: the reply must not answer in kind. */
  complaint: { platform: 'x', replyingTo: { text: 'My order never arrived and your support ignored me. This company is a joke, you are all idiots.' } },
  none: { platform: 'x' },
} satisfies Record<string, DraftContext>;

type ContextName = keyof typeof CONTEXTS;

const codes = (draft: string, context: ContextName) => findingCodes(analyzeDraft(draft, CONTEXTS[context]));
const hostile = (draft: string, context: ContextName = 'question') => analyzeDraft(draft, CONTEXTS[context]).find((finding) => finding.code === 'hostile');

describe('insults and put-downs are flagged', () => {
  // The drafts QA found marked "Looks good".
  test.each([
    ["You're an idiot if you think we'll give you a warranty. Learn to read. Get lost.", 'critical', ['idiot', 'Learn to read', 'Get lost']],
    ['Idiot.', 'critical', ['Idiot']],
    ['Shut up and stop whining.', 'critical', ['Shut up', 'stop whining']],
    ['Stop whining.', 'critical', ['Stop whining']],
    ['Go away, troll.', 'critical', ['Go away', 'troll']],
    ['What a stupid question.', 'critical', ['stupid']],
    ['You people are never happy.', 'warning', ['You people']],
    ['Did you even plug it in?', 'warning', ['Did you even']],
    ['Learn to read.', 'warning', ['Learn to read']],
  ] as const)('%j: %s, underlining %j', (draft, severity, underlined) => {
    for (const context of ['question', 'none'] as const) {
      const finding = hostile(draft, context);
      expect(finding?.severity).toBe(severity);
      expect(finding!.spans.map((span) => draft.slice(span.start, span.end))).toEqual(underlined);
    }
  });

  test('the finding says why in the product\'s voice, quoting the first insult', () => {
    const insult = hostile("You're an idiot if you think we'll give you a warranty. Learn to read. Get lost.")!;
    expect(insult.why).toBe('“idiot” reads as an insult. Never attack the person in public, however they wrote: acknowledge the problem and offer help.');
    const putDown = hostile('Did you even plug it in?')!;
    expect(putDown.why).toBe('“Did you even” talks down to them. Assume they tried: acknowledge the problem and offer the next step.');
  });

  test.each([
    ['Sorry, but what a stupid question.'],
    ['Sorry, idiot.'],
    ["Don't be stupid."],
    ['You look like an idiot.'],
    ['Shame on you.'],
    ["That's stupid of you."],
    ['Just shut up and stop whining, sorry.'],
    ["Stop whining, we're sorry."],
    ["We're sick of your complaints."],
    ['Thank you for the stupid question.'],
    ['You clowns never read anything.'],
    ['Are you calling us liars?'],
    ['Honestly, who cares?'],
    ['Grow up.'],
  ])('%j is an insult, apology or not', (draft) => {
    expect(hostile(draft, 'complaint')?.severity).toBe('critical');
  });

  test.each([
    ['No offence, but did you even read the manual?', 'defensive hostile'],
    ['How hard is it to read a label?', 'hostile'],
    ["It's not rocket science.", 'hostile'],
    ['Use some common sense.', 'hostile'],
  ])('%j talks down to them: a warning', (draft, expected) => {
    expect(codes(draft, 'question')).toBe(expected);
    expect(hostile(draft)?.severity).toBe('warning');
  });

  test('an insult beside a put-down is critical, and both are underlined', () => {
    const draft = 'Did you even try? What a stupid question.';
    const finding = hostile(draft)!;
    expect(finding.severity).toBe('critical');
    expect(finding.spans.map((span) => draft.slice(span.start, span.end))).toEqual(['Did you even', 'stupid']);
  });

  test('even a pre-approved message keeps it', () => {
    const text = 'Shut up and stop whining.';
    const context: DraftContext = { ...CONTEXTS.question, preApproved: [{ id: 'x', title: 'x', text }] };
    expect(findingCodes(analyzeDraft(text, context))).toBe('hostile');
  });
});

describe('apologies, quotations and polite replies are not hostile', () => {
  test.each([
    // The same words, negated: reassurance.
    ['question', "That's not a stupid question at all!"],
    ['question', "There's no such thing as a stupid question."],
    ['question', 'You are not an idiot for asking.'],
    ['question', "Asking isn't stupid, happy to help."],
    ['question', "Please don't feel stupid, it happens to everyone."],
    // What they felt or were called, in an apology.
    ['complaint', "I'm sorry you felt ignored."],
    ['complaint', "I'm sorry we made you feel stupid."],
    ['complaint', "I'm sorry you were made to feel like a fool."],
    ['complaint', "I'm sorry our agent told you to shut up."],
    ['complaint', 'Sorry you were called a liar in store.'],
    ['complaint', 'I hear you: nobody should be called an idiot by our staff. Sorry.'],
    ["complaint", "Sorry, we would never call you an idiot."],
    ['complaint', "I'm sorry you felt our app was useless."],
    ["complaint", "Sorry, you're not whining: you're right."],
    // Said of the brand itself.
    ['complaint', 'That was a stupid mistake on our part, sorry.'],
    ['complaint', 'Sorry, our service has been pathetic this week.'],
    ['complaint', "Our staff were incompetent and rude to you; I'm sorry."],
    ['complaint', 'We were incompetent here, and I apologise.'],
    ['complaint', 'Sorry for our incompetence.'],
    // A verdict on what happened, owned by the apology.
    ['complaint', "It's a disgrace, and we're sorry."],
    ['complaint', "This is a joke, I know, and we're sorry."],
    ['complaint', "You're right, that's a disgrace. We're sorry."],
    // The customer's words quoted.
    ['complaint', 'Sorry to hear you were told "get lost, you idiot" in store. That should not have happened.'],
    ['complaint', 'I\'m sorry you were told to "stop whining". We will look into it: please DM us.'],
    // Everyday uses of the put-downs' words.
    ['question', 'Thank you people for the support!'],
    ['complaint', 'Sometimes parcels get lost; sorry this happened.'],
    ['question', 'The warning should go away after the update.'],
    ["complaint", "Did you even get a reply from us? I'm so sorry."],
    ["complaint", "We're sick of these delays too, and we're sorry."],
    ['complaint', 'Thank you for your patience and your kind words. Sorry again.'],
  ] as Array<[ContextName, string]>)('[%s] %j', (context, draft) => {
    expect(codes(draft, context).split(' ')).not.toContain('hostile');
  });

  test.each([
    ['question', 'Great question: yes, it comes with a two-year warranty.'],
    ['complaint', "I'm really sorry about this. Could you send us a DM so we can look into it?"],
  ] as Array<[ContextName, string]>)('[%s] %j has no finding at all', (context, draft) => {
    expect(codes(draft, context)).toBe('');
  });

  test('every suggested reply to an insulting complaint is clean', () => {
    for (const voice of ['formal', 'friendly'] as const) {
      for (const suggestion of suggestReplies({ ...CONTEXTS.complaint, voice })) {
        expect(findingCodes(analyzeDraft(suggestion.text, CONTEXTS.complaint))).toBe('');
      }
    }
  });
});
