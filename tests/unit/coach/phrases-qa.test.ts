// QA pass qa6, items 2, 3 and 9: the tone phrases read negation, supportive and self-critical
// contexts, close variants of the listed phrases, and the two findings for legal admissions and
// promises the brand cannot keep. Each row gives the exact finding codes, like acceptance.test.ts.
import { describe, expect, test } from 'vitest';
import { analyzeDraft, FINDING_CODES, FINDING_TITLES, findingCodes, type DraftContext, type FindingCode } from '@/utils/coach';
import { expandPhrase } from '@/utils/coach/phrases';

/** The context QA used: a furious customer on X. */
const COMPLAINT: DraftContext = {
  platform: 'x',
  replyingTo: { text: 'Your app deleted all my photos and support ignored me for a week. Absolutely furious.', author: '@sam_patel' },
};
const QUESTION: DraftContext = { platform: 'x', replyingTo: { text: 'Does it support USB-C?', author: '@curious' } };

const codes = (draft: string, context: DraftContext = COMPLAINT): string => findingCodes(analyzeDraft(draft, context));

describe('QA item 2: empathetic replies are not flagged', () => {
  test.each([
    // Negated blame: a negator a few words before the phrase.
    'Sorry Sam, this is not your fault at all. DM us?',
    'Sorry Sam — none of this is your fault. DM us?',
    "Sorry Sam, it's not your mistake. DM us?",
    "Sorry Sam, it's a known bug, not user error. DM us?",
    "Sorry Sam, that isn't your fault in any way. DM us?",
    "Sorry Sam, we don't think it's your fault. DM us?",
    'Sorry Sam, in no way is this your fault. DM us?',
    // Sympathy: what they should not have had to go through.
    "Sorry Sam, you shouldn't have had to wait this long. DM us?",
    "Sorry, Sam. You shouldn't have to deal with this. DM us?",
    'Sorry, Sam. You should not have been charged twice. DM us?',
    'Sorry Sam — you were supposed to get a refund already. DM us?',
    'Sorry Sam — you were supposed to receive an e-mail from us. DM us?',
    // Reassurance.
    "Sorry Sam, you're not overreacting — this is a real problem. DM us?",
    "Sorry Sam, I don't think you're overreacting. DM us?",
    "Sorry Sam, nobody thinks you're overreacting. DM us?",
    "Sorry Sam, don't be so hard on yourself — this was on us. DM us?",
    "Sorry Sam — we'll fix this so you can move on with your day. DM us?",
    'Sorry Sam, that must be so frustrating. How many times did it crash? DM us?',
    'Sorry Sam, how many times has this happened? DM us?',
    "Sorry, Sam. Per our policy, you're entitled to a full refund. DM us.",
    'Sorry, Sam. According to our policy you are eligible for a replacement. DM us.',
    // A hedge or aside before the brand owning the problem.
    'Sorry Sam. To be fair, we should have told you sooner. DM us?',
    'Sorry Sam — for the record, we take full responsibility. DM us?',
    'Sorry Sam. Clearly we got this wrong. DM us?',
    "Sorry, Sam. Obviously this shouldn't have happened. DM us?",
    'Sorry Sam. The fact is, we dropped the ball. DM us?',
  ])('%j → no finding', (draft) => {
    expect(codes(draft)).toBe('');
  });
});

describe('QA item 2: the same phrases still flag what they are for', () => {
  test.each([
    ["Sorry, but it's your fault.", 'defensive'],
    ["Don't blame us, it's your fault.", 'defensive no-acknowledgement'],
    ["Sorry, it's not our fault, it's your mistake.", 'defensive'],
    ["Sorry, but that's user error.", 'defensive'],
    ["Sorry, but you shouldn't have updated the app.", 'defensive'],
    ["Sorry, you shouldn't have done that.", 'defensive'],
    ['Sorry, you were supposed to read the instructions.', 'defensive'],
    ["You're overreacting.", 'dismissive no-acknowledgement'],
    ['Sorry, but don\'t be too sensitive.', 'dismissive'],
    ["Don't be so dramatic, sorry.", 'dismissive'],
    ['Sorry, just move on.', 'dismissive'],
    ['Sorry, how many times do we have to tell you?', 'dismissive'],
    ['Sorry, how many times have I said this?', 'dismissive'],
    ["Per our policy, we can't refund you. Sorry.", 'dismissive'],
    ['Per our policy, you are not entitled to a refund. Sorry.', 'dismissive'],
    ['To be fair, we did reply twice. Sorry.', 'arguing'],
    ['Sorry, but for the record, we never said that.', 'arguing'],
    // "Our fault" negated is no ownership: the hedge stays arguing.
    ["To be fair, it's not our fault. Sorry.", 'arguing defensive'],
    ['Obviously we are sorry.', 'sarcasm'],
    ['Sorry. Clearly, you know best.', 'sarcasm'],
  ])('%j → %j', (draft, expected) => {
    expect(codes(draft)).toBe(expected);
  });
});

describe('QA item 3: close variants of the listed phrases', () => {
  test('a table phrase spells out its optional words and alternatives', () => {
    expect(expandPhrase('sorry [that|if] you (feel|think)')).toEqual([
      'sorry that you feel', 'sorry that you think', 'sorry if you feel', 'sorry if you think', 'sorry you feel', 'sorry you think',
    ]);
    expect(expandPhrase('next time[,] read')).toEqual(['next time, read', 'next time read']);
    expect(expandPhrase('calm down')).toEqual(['calm down']);
  });

  test.each([
    ["We're sorry that you feel that way.", 'dismissive no-acknowledgement'],
    ["We're sorry if you feel that way.", 'dismissive no-acknowledgement'],
    ["I'm sorry that you see it that way.", 'dismissive no-acknowledgement'],
    ['Sorry, sounds like you used it wrong.', 'defensive'],
    ["Sorry, but you're using it wrong.", 'defensive'],
    ['Sorry, but read the FAQ next time.', 'defensive'],
    ['Sorry, please check the help page next time.', 'defensive'],
    ['As mentioned earlier, restart the app. Sorry.', 'dismissive'],
    ['As we mentioned before, restart the app. Sorry.', 'dismissive'],
    ['As explained above, restart the app. Sorry.', 'dismissive'],
    ["Sorry to hear that, but honestly it's not that deep.", 'dismissive'],
    ["We're sorry you're upset, but this is a you problem.", 'dismissive'],
    ["Sorry, but that's your problem.", 'dismissive'],
    ['Sorry to hear that. Oh well.', 'dismissive'],
    ['Sorry, these things happen.', 'dismissive'],
    ["Sorry, it's not the end of the world.", 'dismissive'],
    ['Sorry, but your wrong.', 'arguing'],
    ['Sorry, but your wrong about the date.', 'arguing'],
    ["Sorry, but you're just wrong.", 'arguing'],
    ['Sorry, but you are completely wrong.', 'arguing'],
  ])('%j → %j', (draft, expected) => {
    expect(codes(draft)).toBe(expected);
  });

  test('"sorry" inside a non-apology is no acknowledgement, wherever the filler goes', () => {
    expect(codes("We're sorry that you feel that way.")).toContain('no-acknowledgement');
    // A real apology beside it still counts.
    expect(codes("We're sorry that you feel that way, and sorry for the wait.")).toBe('dismissive');
  });

  test('the variants leave their innocent neighbours alone', () => {
    for (const draft of [
      'Sorry, we sent you the wrong size. DM us?',
      "Sorry, your wrong item is on its way back to us. DM us?",
      "We're sorry this happened. Read the FAQ here, or DM us: https://acme.com/faq",
      "Sorry, we'll do better next time. DM us?",
      "Sorry, we know it's not a minor inconvenience. DM us?",
      "I'm sorry you felt ignored. DM us?",
      "We're sorry you're upset, and we'd like to help. DM us?",
    ]) {
      expect(codes(draft), draft).toBe('');
    }
  });
});

describe('QA item 9: legal admissions and promises the brand cannot keep', () => {
  test.each([
    ['Sorry, we were negligent and we accept full liability.', 'legal-risk'],
    ['Sorry, we are liable for this.', 'legal-risk'],
    ['Sorry, we admit fault. DM us?', 'legal-risk'],
    ['Sorry, this was a breach of contract on our side. DM us?', 'legal-risk'],
    ['Sorry, we were not negligent. DM us?', 'legal-risk'],
    ['Sorry! Full refund guaranteed to everyone, no questions asked.', 'overpromise'],
    ['Sorry about this — it will never happen again, we promise.', 'overpromise'],
    ["Sorry, this won't happen again. DM us?", 'overpromise'],
    ['Sorry! A replacement by Friday, guaranteed.', 'overpromise'],
    ['Sorry, we guarantee it will be fixed today.', 'overpromise'],
    ['Sorry, your data is 100% safe. DM us?', 'overpromise'],
    ['Sorry, we were negligent, and it will never happen again.', 'legal-risk overpromise'],
  ])('%j → %j', (draft, expected) => {
    expect(codes(draft)).toBe(expected);
  });

  test.each([
    // Ownership the playbook asks for is no legal admission.
    'Sorry Sam, this is on us. DM us?',
    "We got this wrong, and we're sorry. DM us?",
    "We take full responsibility, and we're sorry. DM us?",
    "Sorry, it's our fault and we'll put it right. DM us?",
    // A product guarantee, and an honest "not guaranteed", are no promises.
    'Sorry! Your 2-year guarantee covers this. DM us?',
    "Sorry, a refund isn't guaranteed, but we'll check your case. DM us?",
    "Sorry, we can't guarantee a date yet. DM us?",
    'Sorry about the data breach. DM us?',
    "Sorry, we're working to stop this happening again. DM us?",
  ])('%j → no finding', (draft) => {
    expect(codes(draft)).toBe('');
  });

  test.each([
    ['legal-risk', 'Sorry, we were negligent.', 'we were negligent', 'Legal'],
    ['overpromise', 'Sorry, it will never happen again.', 'never happen again', 'next step'],
  ] as Array<[FindingCode, string, string, string]>)('%s is a warning that underlines the words and says what to do', (code, draft, words, advice) => {
    const finding = analyzeDraft(draft, QUESTION).find((f) => f.code === code);
    expect(finding?.severity).toBe('warning');
    expect(finding?.spans.map((span) => draft.slice(span.start, span.end)).join(' ')).toContain(words.split(' ').pop());
    expect(finding?.why).toContain(advice);
    expect(FINDING_CODES).toContain(code);
    expect(FINDING_TITLES[code]).toBeTruthy();
  });

  test('a pre-approved message keeps only critical findings: the plan approved its wording', () => {
    const text = "We're sorry. This will never happen again.";
    const context: DraftContext = { ...COMPLAINT, preApproved: [{ id: 'p', title: 'P', text }] };
    expect(codes(text, context)).toBe('');
    expect(codes(text)).toBe('overpromise');
  });
});
