// A resolved incident's post-mortem figures are kept with it once its window has ended, or before a prune
// would delete what they count: retention must not turn a month-old report into "No mentions recorded" (QA).
import { describe, expect, test, vi } from 'vitest';
import { figuresToKeep, keepIncidentFigures } from '@/utils/plan/freeze';
import { declareIncident, resolveIncident, type Incident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { postMortemMarkdown } from '@/utils/plan/report';
import { incidentFigures, listIncidents } from '@/utils/plan/store';
import { FirebreakDb, type Mention } from '@/utils/tracking/db';
import { recordMentions } from '@/utils/tracking/mentions';
import { pruneOnRetentionChange } from '@/utils/tracking/retention';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const H0 = Date.UTC(2026, 4, 6, 14, 0);
const STARTED = H0 + 100 * MIN;
const RESOLVED = STARTED + 90 * MIN;
/** The window: 14:00 to 18:00 (the hour of the resolution, 17:10, included). */
const WINDOW_END = H0 + 4 * HOUR;

function mention(postId: string, time: number, sentiment: Mention['sentiment'] = 'negative', excerpt = 'kettle recall refund'): Mention {
  return { platform: 'x', postId, time, firstSeen: time, sentiment, score: 0, signals: [], excerpt, brandTerms: ['Brewly'], source: 'page' };
}

const resolved = (): Incident => resolveIncident(declareIncident(createDefaultPlan(), { title: 'Kettle recall', level: 'crisis' }, STARTED), RESOLVED, 'Done');

async function seeded(name: string): Promise<FirebreakDb> {
  const db = new FirebreakDb(`freeze-${name}`);
  await recordMentions(db, [
    mention('calm-1', H0 - 2 * DAY, 'neutral', 'morning coffee'),
    mention('calm-2', H0 - 1 * DAY, 'negative', 'slow delivery'),
    ...Array.from({ length: 6 }, (_, i) => mention(`wave-${i}`, H0 + (30 + i * 10) * MIN, 'negative', `kettle overheating recall refund ${i}`)),
    mention('fan', H0 + 3 * HOUR, 'positive', 'love my kettle'),
  ]);
  return db;
}

describe('figuresToKeep', () => {
  test('a resolved incident once its window has ended, or when a prune would reach its window or the week before', () => {
    const incident = resolved();
    expect(figuresToKeep(incident, WINDOW_END - MIN)).toBe(false);
    expect(figuresToKeep(incident, WINDOW_END)).toBe(true);
    // Still in its window, but a retention of a day would delete the week before it.
    expect(figuresToKeep(incident, WINDOW_END - MIN, H0 - DAY)).toBe(true);
    expect(figuresToKeep(incident, WINDOW_END - MIN, H0 - 8 * DAY)).toBe(false);
    // Open, or already kept: never.
    expect(figuresToKeep(declareIncident(createDefaultPlan(), { title: 'Open', level: 'watch' }, STARTED), WINDOW_END + DAY, WINDOW_END)).toBe(false);
    expect(figuresToKeep({ ...incident, figures: { peakMentionsPerHour: 1, peakAt: null, totalMentions: 1, negativeShare: 0, baselineNegativeShare: null, platforms: [], keyTerms: [] } }, WINDOW_END + DAY)).toBe(false);
  });
});

describe('keepIncidentFigures', () => {
  test('keeps what the report counted, and a prune of every mention leaves them', async () => {
    const db = await seeded('kept');
    await db.incidents.put(resolved());
    const now = WINDOW_END + 2 * DAY;
    const counted = await incidentFigures(db, resolved(), now);
    expect(counted.totalMentions).toBe(7);

    expect(await keepIncidentFigures(db, now, new Set(['brewly']))).toBe(1);
    const [kept] = await listIncidents(db);
    // The wave (14:30 to 15:20) whole: the busiest 60 minutes, not the clock hour 14:00–15:00 (3).
    expect(kept!.figures).toMatchObject({ totalMentions: 7, peakMentionsPerHour: 6, peakAt: H0 + 30 * MIN, peakRolling: true, negativeShare: 6 / 7, baselineNegativeShare: 1 / 2, window: { from: H0, to: WINDOW_END } });
    // The report says what the figures cover, so they can be squared with the dashboard's ranges (QA).
    const markdown = postMortemMarkdown({ incident: kept!, plan: createDefaultPlan(), figures: kept!.figures!, lessons: { wentWell: '', wentWrong: '', actions: [] }, now }, { timeZone: 'UTC' });
    expect(markdown).toContain('Counted from 2026-05-06 14:00 UTC to 2026-05-06 18:00 UTC, on every platform');
    expect(kept!.figures!.keyTerms.length).toBeGreaterThan(0);
    // Kept once: a second run changes nothing.
    expect(await keepIncidentFigures(db, now + DAY, new Set())).toBe(0);

    // Retention of one day, 40 days on: the worker keeps figures first, then prunes.
    let days = 30;
    const { prune } = pruneOnRetentionChange({
      retention: { getValue: async () => days, watch: () => () => {} },
      db: () => db,
      now: () => now + 40 * DAY,
      beforePrune: (database, cutoff, at) => keepIncidentFigures(database, at, new Set(), cutoff),
    });
    days = 1;
    await prune();
    expect(await db.mentions.count()).toBe(0);
    expect((await incidentFigures(db, resolved(), now)).totalMentions).toBe(0);
    expect((await listIncidents(db))[0]!.figures).toEqual(kept!.figures);
  });

  test('a prune that reaches an incident resolved minutes ago keeps its figures first; a failure to keep them does not stop the prune', async () => {
    const db = await seeded('reach');
    await db.incidents.put(resolved());
    const now = RESOLVED + 5 * MIN;
    const { prune } = pruneOnRetentionChange({
      retention: { getValue: async () => 1, watch: () => () => {} },
      db: () => db,
      now: () => now,
      beforePrune: (database, cutoff, at) => keepIncidentFigures(database, at, new Set(), cutoff),
    });
    await prune();
    expect((await listIncidents(db))[0]!.figures?.totalMentions).toBe(7);
    // The mentions of the week before are gone; the wave's (within a day) stay.
    expect(await db.mentions.count()).toBe(7);

    const failing = await seeded('failing');
    const onError = vi.fn();
    const pruning = pruneOnRetentionChange({
      retention: { getValue: async () => 1, watch: () => () => {} },
      db: () => failing,
      now: () => now + 10 * DAY,
      onError,
      beforePrune: async () => {
        throw new Error('quota');
      },
    });
    await pruning.prune();
    expect(onError).toHaveBeenCalledOnce();
    expect(await failing.mentions.count()).toBe(0);
  });
});
