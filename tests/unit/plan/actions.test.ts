import { describe, expect, test } from 'vitest';
import { analyze, type Analysis, type SignalCode } from '@/utils/analysis';
import { questionKind } from '@/utils/coach/question';
import { formatDuration, suggestedAction } from '@/utils/plan/actions';

const verdict = (label: Analysis['label'], signals: SignalCode[] = []): Analysis => ({
  label,
  score: label === 'negative' ? -0.7 : label === 'positive' ? 0.7 : 0,
  intensity: 0.5,
  confidence: 0.8,
  signals,
  reasons: [],
});

describe('suggestedAction', () => {
  test.each([
    ['negative', ['escalation:legal'], true, 'escalate'],
    ['negative', ['escalation:press'], true, 'escalate'],
    ['negative', ['boycott', 'anger'], true, 'escalate'],
    ['mixed', ['escalation:viral'], true, 'escalate'],
    ['negative', ['complaint:security'], true, 'escalate'],
    ['neutral', ['complaint:security'], true, 'escalate'],
    ['neutral', ['escalation:press'], true, 'none'],
    // Without the brand, a legal threat is someone else's crisis: still an empathetic reply at most.
    ['negative', ['escalation:legal'], false, 'reply'],
    ['negative', ['complaint:service'], true, 'reply-dm'],
    ['negative', ['complaint:product'], false, 'reply-dm'],
    ['negative', ['complaint:employee'], true, 'reply-dm'],
    ['negative', [], true, 'reply'],
    ['negative', ['anger'], false, 'reply'],
    ['negative', [], false, 'none'],
    ['positive', [], true, 'thank'],
    ['positive', [], false, 'none'],
    ['neutral', [], true, 'none'],
  ] as const)('%s %j, brand %s → %s', (label, signals, mentionsBrand, kind) => {
    expect(suggestedAction(verdict(label, [...signals]), { mentionsBrand, responseTargetMinutes: 60 }).kind).toBe(kind);
  });

  // Harm is escalated as the playbook says, judged on the complaint's own words (QA: a near fire was to
  // be answered within the hour); a product complaint that names no harm is answered in private.
  test.each([
    ['I want the unit that nearly set my counter on fire collected and a refund.', 'escalate'],
    ['My Acme kettle caught fire this morning.', 'escalate'],
    ['The Acme kettle keeps overheating, this is dangerous.', 'escalate'],
    ['Acme oat bars say nut free but my son had an allergic reaction. Epipen used.', 'escalate'],
    ["The Acme label says decaf but it's clearly not lol", 'reply-dm'],
    ['My Acme kettle is broken after two days. Useless.', 'reply-dm'],
  ] as const)('%s → %s', (text, kind) => {
    expect(suggestedAction(analyze(text), { mentionsBrand: true, responseTargetMinutes: 60 }).kind).toBe(kind);
  });

  test('with no brand set, no post is to be answered, and the advice says what to set up', () => {
    const action = suggestedAction(verdict('negative', ['complaint:service', 'escalation:legal']), { mentionsBrand: false, responseTargetMinutes: 60, brandConfigured: false });
    expect(action).toEqual({ kind: 'none', text: 'Set up your brand in Firebreak’s settings to see which posts to answer.' });
  });

  test('a brand post Firebreak cannot read is for a person to read, not “no action”', () => {
    const foreign: Analysis = { ...verdict('neutral'), confidence: 0.3, notEnglish: true };
    const action = suggestedAction(foreign, { mentionsBrand: true, responseTargetMinutes: 60 });
    expect(action.kind).toBe('reply');
    expect(action.text).toContain('read this post yourself');
    expect(suggestedAction(foreign, { mentionsBrand: false, responseTargetMinutes: 60 }).kind).toBe('none');
  });

  test('the brand’s own post is not a complaint to answer, whatever its words', () => {
    const statement = verdict('negative', ['complaint:product', 'boycott']);
    expect(suggestedAction(statement, { mentionsBrand: true, responseTargetMinutes: 60 }).kind).toBe('escalate');
    expect(suggestedAction(statement, { mentionsBrand: true, responseTargetMinutes: 60, ownPost: true })).toEqual({
      kind: 'none',
      text: 'Your brand’s own post: nothing to answer here.',
    });
  });

  test('says the plan’s response target', () => {
    expect(suggestedAction(verdict('negative', ['complaint:service']), { mentionsBrand: true, responseTargetMinutes: 30 }).text).toContain('within 30 minutes');
  });
});

test.each([
  [0.2, '1 minute'],
  [1, '1 minute'],
  [45, '45 minutes'],
  [60, '1 hour'],
  // a countdown a few seconds short of the hour reads as the hour, not "60 minutes"
  [59.7, '1 hour'],
  [59.4, '59 minutes'],
  [90, '1 hour 30 minutes'],
  [71, '1 hour 11 minutes'],
  [1380, '23 hours'],
  // A day or more in days, hours and minutes: "72.1 hours" needs working out.
  [1440, '1 day'],
  [1440.4, '1 day'],
  [1530, '1 day 1 hour 30 minutes'],
  [3000, '2 days 2 hours'],
  [4327, '3 days 7 minutes'],
  [20160, '14 days'],
])('formatDuration(%d) = %s', (minutes, text) => {
  expect(formatDuration(minutes)).toBe(text);
});

describe('a question that names the brand is to be answered', () => {
  test.each([
    // plain questions, whatever their words' tone
    ['Is the Pro 2 affected by the recall too?', 'reply'],
    ['Which batches are affected by the contamination?', 'reply'],
    // asked as plainly in the writer's own name (read negative: "recall")
    ['Is my kettle part of the recall?', 'reply'],
    // other questions where the post does not read negative
    ['Can I return an opened kettle?', 'reply'],
    ['How do I descale the Pro?', 'reply'],
    // asked in anger or with a complaint, the playbook's other answers hold
    ['Why is my refund still not here?? Useless company', 'reply-dm'],
    ['Is this company run by idiots?', 'reply'],
    // no question
    ['Bought the Pro today.', 'none'],
  ] as const)('%s → %s', (text, kind) => {
    const action = suggestedAction(analyze(text), { mentionsBrand: true, responseTargetMinutes: 60, question: questionKind(text) });
    expect(action.kind).toBe(kind);
    const answered = ['Is the', 'Is my', 'Which', 'Can I', 'How do'].some((start) => text.startsWith(start));
    expect(action.text.startsWith('A question for your brand')).toBe(answered);
  });

  test('the advice says to answer it, not to acknowledge a frustration', () => {
    const text = 'Is the Pro 2 affected by the recall too?';
    const action = suggestedAction(analyze(text), { mentionsBrand: true, responseTargetMinutes: 60, question: questionKind(text) });
    expect(action.text).toBe('A question for your brand: answer it within 1 hour, with the facts or where to find them.');
    // without the brand, a question is someone else's
    expect(suggestedAction(analyze(text), { mentionsBrand: false, responseTargetMinutes: 60, question: questionKind(text) }).kind).toBe('none');
  });

  test('a question Firebreak cannot read is for a person to read', () => {
    const foreign: Analysis = { ...verdict('neutral'), confidence: 0.3, notEnglish: true };
    const action = suggestedAction(foreign, { mentionsBrand: true, responseTargetMinutes: 60, question: 'other' });
    expect(action.text).toContain('read this post yourself');
  });

  test('a link with a query string asks nothing', () => {
    expect(questionKind('New recipe up: https://brewly.com/recipes?id=42')).toBeNull();
    expect(questionKind('Can it be returned?')).toBe('plain');
    expect(questionKind('Bought it Monday. Can I still return it?')).toBe('other');
    expect(questionKind('Is my kettle part of the recall?')).toBe('own');
    expect(questionKind('Is my kettle STILL not part of the recall?')).toBe('other');
  });
});
