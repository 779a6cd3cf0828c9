// QA (do the numbers agree): the internal update, copied from the popup or sent to the team's chat, words the
// first response as the crisis clock beside it and the post-mortem do. A response 20 seconds past a one-hour
// target was "1 hour 1 minute … late" in the clock and the post-mortem, but "marked as posted after 1 hour
// (target 1 hour, late)" in the update: the minutes were rounded, the QA bug the post-mortem had fixed. And
// with 40 min 20 s to go the clock said "due in 41 minutes", the update "due within 40 minutes".
import { describe, expect, test } from 'vitest';
import { completeStep, declareIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { postMortemMarkdown } from '@/utils/plan/report';
import { internalUpdate } from '@/utils/plan/texts';

const MIN = 60_000;
const T0 = Date.UTC(2025, 4, 6, 14, 0);
const plan = createDefaultPlan();
const declared = declareIncident(plan, { title: 'Kettle recall', level: 'crisis' }, T0);
const figures = { peakMentionsPerHour: 0, peakAt: null, totalMentions: 0, negativeShare: 0, baselineNegativeShare: null, platforms: [], keyTerms: [] };

describe('the first response in the internal update agrees with the clock and the post-mortem', () => {
  test('20 seconds past the target: 1 hour 1 minute, late, in both', () => {
    const responded = completeStep(declared, 'holding-statement', 'social-media-manager', T0 + 60 * MIN + 20_000);
    const markdown = postMortemMarkdown({
      incident: resolveIncident(responded, T0 + 3 * 60 * MIN),
      plan,
      figures,
      lessons: { wentWell: '', wentWrong: '', actions: [] },
      now: T0 + 3 * 60 * MIN,
    });
    expect(markdown).toContain('- **First response:** 1 hour 1 minute after the start');
    expect(internalUpdate(plan, responded, { level: 'crisis', reason: null }, T0 + 70 * MIN)).toContain(
      'First public response: marked as posted after 1 hour 1 minute (target 1 hour, late).',
    );
  });

  test('on time, the minutes the post-mortem gives', () => {
    const responded = completeStep(declared, 'holding-statement', 'social-media-manager', T0 + 12 * MIN + 20_000);
    expect(internalUpdate(plan, responded, { level: 'crisis', reason: null }, T0 + 20 * MIN)).toContain(
      'First public response: marked as posted after 12 minutes (target 1 hour).',
    );
  });

  test('still to come: the minutes left rounded up, as the clock says "due in 41 minutes"', () => {
    expect(internalUpdate(plan, declared, { level: 'crisis', reason: null }, T0 + 19 * MIN + 40_000)).toContain(
      'First public response: not marked as posted yet, due within 41 minutes.',
    );
  });
});
