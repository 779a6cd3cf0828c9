// The post-mortem is read by people: its counts are grouped as its English words are ("12,412 mentions per
// hour", "| X | 10,500 | 70% |"), never "12412". Shares, times and durations are written as before; the
// JSON keeps plain numbers.
import { describe, expect, test } from 'vitest';
import { declareIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { postMortemJson, postMortemMarkdown, REPORT_MESSAGES, type PostMortemFigures } from '@/utils/plan/report';

const T0 = Date.UTC(2025, 4, 6, 14, 0);
const plan = createDefaultPlan();
const incident = declareIncident(plan, { title: 'Kettle base overheating', level: 'crisis', alert: { reason: 'Volume 5× normal on X', time: T0 } }, T0);
const figures: PostMortemFigures = {
  peakMentionsPerHour: 12412,
  peakAt: T0,
  totalMentions: 25000,
  negativeShare: 0.62,
  baselineNegativeShare: 0.18,
  platforms: [
    { platform: 'x', mentions: 10500, negativeShare: 0.7 },
    { platform: 'reddit', mentions: 14500, negativeShare: 0.55 },
  ],
  keyTerms: ['kettle'],
};
const input = { incident, plan, figures, lessons: { wentWell: '', wentWrong: '', actions: [] }, now: T0 + 60 * 60_000 };

describe('counts in the post-mortem', () => {
  const markdown = postMortemMarkdown(input, { timeZone: 'UTC' });

  test.each([
    ['peak volume', '| Peak volume | 12,412 mentions per hour (hour starting 2025-05-06 14:00 UTC) |'],
    ['total', '| Total mentions | 25,000 |'],
    ['platform x', '| X | 10,500 | 70% |'],
    ['platform reddit', '| Reddit | 14,500 | 55% |'],
    // Not counts: as they were.
    ['negative share', '| Negative share | 62% (normal 18%, +44 points) |'],
  ])('%s', (_name, text) => {
    expect(markdown).toContain(text);
  });

  test('a peak of one is "1 mention per hour", not "1 mentions"', () => {
    const one = postMortemMarkdown({ ...input, figures: { ...figures, peakMentionsPerHour: 1 } }, { timeZone: 'UTC' });
    expect(one).toContain('| Peak volume | 1 mention per hour (hour starting 2025-05-06 14:00 UTC) |');
  });

  test('the checklist counts are grouped too', () => {
    expect(REPORT_MESSAGES.summary.checklistCounts(1000, 1200, 0, 1500, 3700)).toBe('1,000 of 3,700 steps on time, 1,200 late, 0 not done, 1,500 still to come');
  });

  test('the JSON keeps the numbers as numbers', () => {
    const json = JSON.parse(postMortemJson(input)) as { figures: { peakMentionsPerHour: number; totalMentions: number } };
    expect(json.figures).toMatchObject({ peakMentionsPerHour: 12412, totalMentions: 25000 });
  });
});
