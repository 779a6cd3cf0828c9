// Edges of the post-mortem's Markdown (QA, twentieth session). It can be generated while the incident is
// still open (the dashboard offers it, folded, "for after"): its figures are then counted up to now, and
// the report said they ran "to the end of the hour it was resolved in", a time still to come, beside
// "Resolved: not resolved yet".
import { expect, test } from 'vitest';
import { declareIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { postMortemMarkdown } from '@/utils/plan/report';
import { incidentWindow } from '@/utils/plan/store';

const MIN = 60_000;
const T0 = Date.UTC(2025, 4, 6, 14, 0);

test('an open incident’s report does not say its figures run to a resolution in the future', () => {
  const plan = createDefaultPlan();
  const incident = declareIncident(plan, { title: 'Kettle base overheating', level: 'crisis', alert: { reason: 'Volume 5× normal on X', time: T0 } }, T0 + 5 * MIN);
  const now = T0 + 80 * MIN; // 15:20 UTC, still open
  const figures = { peakMentionsPerHour: 40, peakAt: T0, totalMentions: 60, negativeShare: 0.6, baselineNegativeShare: 0.2, platforms: [], keyTerms: [], window: incidentWindow(incident, now) };
  const markdown = postMortemMarkdown({ incident, plan, figures, lessons: { wentWell: '', wentWrong: '', actions: [] }, now }, { timeZone: 'UTC' });
  expect(markdown).toContain('not resolved yet');
  const windowLine = markdown.split('\n').find((line) => line.startsWith('Counted from'))!;
  expect(windowLine).not.toContain('2025-05-06 16:00 UTC');
});

test('a title ending in "#" keeps it in the heading (Markdown drops a heading’s closing #s)', () => {
  const plan = createDefaultPlan();
  const incident = declareIncident(plan, { title: 'Wrong total on invoice #', level: 'watch' }, T0);
  const figures = { peakMentionsPerHour: 0, peakAt: null, totalMentions: 0, negativeShare: 0, baselineNegativeShare: null, platforms: [], keyTerms: [] };
  const markdown = postMortemMarkdown({ incident, plan, figures, lessons: { wentWell: '', wentWrong: '', actions: [] }, now: T0 + MIN }, { timeZone: 'UTC' });
  expect(markdown.split('\n')[0]).toMatch(/invoice \\#$/);
});
