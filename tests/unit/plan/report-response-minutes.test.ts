// QA: a holding statement ticked 20 seconds after a one-hour target read "1 hour after the start … (target
// 1 hour): late" and "The first response took 1 hour against a target of 1 hour": the minutes were rounded,
// so a late response could read as exactly on target. A late one is counted up to the next whole minute.
import { describe, expect, test } from 'vitest';
import { completeStep, declareIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { postMortemMarkdown, postMortemReport, type PostMortemInput } from '@/utils/plan/report';

const MIN = 60_000;
const T0 = Date.UTC(2025, 4, 6, 14, 0);
const plan = createDefaultPlan();
const figures: PostMortemInput['figures'] = {
  peakMentionsPerHour: 0,
  peakAt: null,
  totalMentions: 0,
  negativeShare: 0,
  baselineNegativeShare: null,
  platforms: [],
  keyTerms: [],
};

/** Declared at T0 with the default one-hour target, the holding statement ticked `after` ms later. */
function input(after: number): PostMortemInput {
  const declared = declareIncident(plan, { title: 'Kettle recall', level: 'crisis' }, T0);
  const incident = resolveIncident(completeStep(declared, 'holding-statement', 'social-media-manager', T0 + after), T0 + 5 * 60 * MIN);
  return { incident, plan, figures, lessons: { wentWell: '', wentWrong: '', actions: [] }, now: T0 + 6 * 60 * MIN };
}

describe('the first response in the post-mortem', () => {
  test('20 seconds past the target is late, and never reads as the target itself', () => {
    const late = input(60 * MIN + 20_000);
    const report = postMortemReport(late);
    expect(report.response).toMatchObject({ onTime: false, firstResponseMinutes: 61 });
    const markdown = postMortemMarkdown(late);
    expect(markdown).toContain('- **First response:** 1 hour 1 minute after the start, as marked on the checklist (target 1 hour): late');
    expect(markdown).toContain('The first response took 1 hour 1 minute against a target of 1 hour.');
    expect(markdown).not.toContain('1 hour after the start');
  });

  test('on time, it is rounded as before, and never past the target', () => {
    expect(postMortemReport(input(59 * MIN + 40_000)).response).toMatchObject({ onTime: true, firstResponseMinutes: 60 });
    expect(postMortemReport(input(60 * MIN)).response).toMatchObject({ onTime: true, firstResponseMinutes: 60 });
    expect(postMortemReport(input(12 * MIN + 20_000)).response).toMatchObject({ onTime: true, firstResponseMinutes: 12 });
  });
});
