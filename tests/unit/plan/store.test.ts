// The post-mortem's figures count the whole window the report is about: the hour before the incident
// began to its end, in whole hours, with nothing of the hour that holds its first moment left out.
import { beforeEach, describe, expect, test } from 'vitest';
import { declareIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { incidentFigures, incidentWindow } from '@/utils/plan/store';
import { FirebreakDb, type Mention } from '@/utils/tracking/db';
import { recordMentions } from '@/utils/tracking/mentions';

const MIN = 60_000;
const HOUR = 60 * MIN;
const H0 = Date.UTC(2026, 4, 6, 14, 0);
/** Declared at 15:40: the report's window starts with the hour that holds 14:40. */
const STARTED = H0 + 100 * MIN;

function mention(postId: string, time: number, overrides: Partial<Mention> = {}): Mention {
  return { platform: 'x', postId, time, firstSeen: time, sentiment: 'neutral', score: 0, signals: [], excerpt: `post ${postId}`, brandTerms: ['Brewly'], source: 'page', ...overrides };
}

describe('incidentFigures', () => {
  let db: FirebreakDb;
  beforeEach(() => {
    db = new FirebreakDb('plan-store-test');
  });

  test('count every mention of the window, the hour that holds its start included', async () => {
    const incident = resolveIncident(declareIncident(createDefaultPlan(), { title: 'Wave', level: 'crisis' }, STARTED), STARTED + 90 * MIN, 'Done');
    const window = incidentWindow(incident, STARTED + 24 * HOUR);
    expect(window).toEqual({ from: H0, to: H0 + 4 * HOUR });

    await recordMentions(db, [
      mention('before', H0 - 10 * MIN, { sentiment: 'negative' }), // baseline: before the window
      // The hour that holds start − 1h (14:00–15:00), from its first minute: the wave began here.
      mention('a', H0 + 5 * MIN, { sentiment: 'negative' }),
      mention('b', H0 + 20 * MIN, { sentiment: 'negative' }),
      mention('c', H0 + 30 * MIN, { sentiment: 'negative' }),
      mention('d', H0 + 45 * MIN, { platform: 'reddit' }),
      mention('e', H0 + 70 * MIN),
      mention('f', H0 + 3 * HOUR + 50 * MIN), // the hour of the resolution (17:10)
      mention('after', H0 + 5 * HOUR), // after the window
    ]);

    const figures = await incidentFigures(db, incident, STARTED + 24 * HOUR);
    expect(figures.totalMentions).toBe(6);
    expect(figures.peakMentionsPerHour).toBe(4);
    expect(figures.peakAt).toBe(H0);
    expect(figures.negativeShare).toBe(3 / 6);
    expect(figures.baselineNegativeShare).toBe(1);
    expect([...figures.platforms].sort((a, b) => a.platform.localeCompare(b.platform))).toEqual([
      { platform: 'reddit', mentions: 1, negativeShare: 0 },
      { platform: 'x', mentions: 5, negativeShare: 3 / 5 },
    ]);
  });

  test("normal is the week before without an earlier incident's hours", async () => {
    const plan = createDefaultPlan();
    const first = resolveIncident(declareIncident(plan, { title: 'First wave', level: 'crisis' }, STARTED - 48 * HOUR), STARTED - 46 * HOUR, 'Done');
    const second = declareIncident(plan, { title: 'Second', level: 'watch' }, STARTED);
    await db.incidents.bulkPut([first, second]);
    await recordMentions(db, [
      // The first incident's angry wave, inside its window.
      ...Array.from({ length: 20 }, (_, i) => mention(`wave${i}`, STARTED - 48 * HOUR + i * MIN, { sentiment: 'negative' })),
      // Quiet days: one negative in five.
      ...Array.from({ length: 10 }, (_, i) => mention(`quiet${i}`, STARTED - 30 * HOUR + i * HOUR, { sentiment: i % 5 === 0 ? 'negative' : 'neutral' })),
    ]);
    const figures = await incidentFigures(db, second, STARTED + 2 * HOUR);
    expect(figures.baselineNegativeShare).toBe(0.2);
    expect(figures.totalMentions).toBe(0);
  });
});
