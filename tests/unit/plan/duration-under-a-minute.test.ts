// QA (one crisis, the same facts in every view): 40 seconds after the start the crisis clock says "under a
// minute since the start", but the post-mortem said "Duration: 1 minute (ongoing)" and the internal update
// "Started 1 minute ago" (a duration never reads under 1 minute). Time passed under a minute is worded as
// the clock words it, in every view; from the first whole minute on, the figures are as before.
import { describe, expect, test } from 'vitest';
import { declareIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { postMortemJson, postMortemMarkdown } from '@/utils/plan/report';
import { internalUpdate } from '@/utils/plan/texts';

const MIN = 60_000;
const T0 = Date.UTC(2025, 4, 6, 14, 0);
const plan = createDefaultPlan();
const declared = declareIncident(plan, { title: 'Kettle recall', level: 'crisis' }, T0);
const figures = { peakMentionsPerHour: 0, peakAt: null, totalMentions: 0, negativeShare: 0, baselineNegativeShare: null, platforms: [], keyTerms: [] };
const lessons = { wentWell: '', wentWrong: '', actions: [] };

describe('the post-mortem’s duration under a minute', () => {
  test('ongoing, 40 seconds old: "under a minute (ongoing)", in the summary and the figures', () => {
    const markdown = postMortemMarkdown({ incident: declared, plan, figures, lessons, now: T0 + 40_000 });
    expect(markdown).toContain('- **Duration:** under a minute (ongoing)\n');
    expect(markdown).toContain('| Duration | under a minute (ongoing) |');
    expect(markdown).not.toContain('1 minute (ongoing)');
    // The JSON keeps whole minutes, rounded down as the clock's.
    expect(JSON.parse(postMortemJson({ incident: declared, plan, figures, lessons, now: T0 + 40_000 })).incident.durationMinutes).toBe(0);
  });

  test('resolved after 59 seconds: "under a minute"', () => {
    const markdown = postMortemMarkdown({ incident: resolveIncident(declared, T0 + 59_000), plan, figures, lessons, now: T0 + 5 * MIN });
    expect(markdown).toContain('- **Duration:** under a minute\n');
  });

  test.each([
    [60_000, '1 minute (ongoing)'],
    [61 * MIN + 30_000, '1 hour 1 minute (ongoing)'],
  ])('%d ms: %s, as before', (ms, text) => {
    expect(postMortemMarkdown({ incident: declared, plan, figures, lessons, now: T0 + ms })).toContain(`- **Duration:** ${text}\n`);
  });
});

describe('the internal update’s time since the start', () => {
  test('40 seconds after the start: "Started under a minute ago"', () => {
    const update = internalUpdate(plan, declared, { level: 'crisis', reason: null }, T0 + 40_000);
    expect(update).toContain('Started under a minute ago.');
  });

  test('from the first whole minute: the minutes passed', () => {
    expect(internalUpdate(plan, declared, { level: 'crisis', reason: null }, T0 + 60_000)).toContain('Started 1 minute ago.');
  });
});
