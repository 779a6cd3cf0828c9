// With two platforms at the same level, the status is meant to lead with "the latest rise (the newest
// news)" (listening.ts). It compares `since`, which a step DOWN also sets: a platform that calmed from
// crisis to watch a moment ago takes the lead from one that has just risen to watch, and the user reads
// the old crisis figures first, with the fresh rise relegated to "also Reddit (watch)".
import { beforeEach, expect, test, vi } from 'vitest';
import type { ListeningStatus } from '@/utils/settings';
import { FirebreakDb, type Mention } from '@/utils/tracking/db';
import type { AlertEvidence, SpikeDetectorState } from '@/utils/tracking/detect';
import { evaluateListening, type ListeningDeps } from '@/utils/tracking/listening';
import { recordMentions } from '@/utils/tracking/mentions';
import { PRESET_THRESHOLDS } from '@/utils/tracking/thresholds';
import { brandMention } from './mention';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Date.UTC(2026, 10, 23, 14, 2, 0);

async function seedQuiet(db: FirebreakDb) {
  const rows: Mention[] = [];
  for (const platform of ['x', 'reddit'] as const) {
    for (let hour = 14 * 24; hour >= 1; hour--) {
      for (let i = 0; i < 12; i++) rows.push(brandMention(`${platform}${hour}-${i}`, NOW - hour * HOUR + i * 5 * MINUTE, i % 5 === 0, { platform }));
    }
  }
  await recordMentions(db, rows);
}

const evidence = (mentions: number): AlertEvidence => ({ trigger: 'volume', windowMinutes: 15, mentions, expectedMentions: 3, negatives: mentions, normalNegativeShare: 0.2 });

let db: FirebreakDb;
beforeEach(() => {
  db = new FirebreakDb('qa-status-top');
});

test('between two platforms at watch, the one that just rose leads, not the one that just stepped down', async () => {
  await seedQuiet(db);
  let state: SpikeDetectorState | null = null;
  const statuses: ListeningStatus[] = [];
  const deps: ListeningDeps = {
    db,
    now: NOW - 30 * MINUTE,
    thresholds: PRESET_THRESHOLDS.balanced,
    loadState: async () => state,
    saveState: async (next) => void (state = structuredClone(next)),
    saveStatus: async (status) => void statuses.push(status),
    showLevel: vi.fn(async () => undefined),
    notify: vi.fn(async () => undefined),
  };
  await evaluateListening(deps);
  expect(state!.platforms.x!.baseline).not.toBeNull();
  expect(state!.platforms.reddit!.baseline).not.toBeNull();

  // X: a crisis raised at 12:50, which has just calmed to watch (at 13:57, after the calm period).
  // Reddit: rose to watch at 13:42, the newest news.
  const xRose = NOW - 72 * MINUTE;
  const xSteppedDown = NOW - 5 * MINUTE;
  const redditRose = NOW - 20 * MINUTE;
  const s = state!;
  s.platforms.x = { ...s.platforms.x!, levels: { level: 'watch', since: xSteppedDown, calmSince: null, lastAlertAt: xRose, lastAlertLevel: 'crisis' }, evidence: evidence(90), evidenceAt: xRose };
  s.platforms.reddit = { ...s.platforms.reddit!, levels: { level: 'watch', since: redditRose, calmSince: null, lastAlertAt: redditRose, lastAlertLevel: 'watch' }, evidence: evidence(20), evidenceAt: redditRose };
  await db.alerts.add({ time: xRose, platform: 'x', level: 'crisis', previousLevel: 'normal', reason: 'x crisis', keyTerms: [], notified: true });
  await db.alerts.add({ time: redditRose, platform: 'reddit', level: 'watch', previousLevel: 'normal', reason: 'reddit watch', keyTerms: [], notified: true });

  const { status } = await evaluateListening({ ...deps, now: NOW });
  expect(status.platforms.filter((p) => p.level === 'watch').map((p) => p.platform)).toEqual(['reddit', 'x']);
  // Reddit's rise is the newest news: its figures lead, X is "also".
  expect(status.reason).toMatch(/^Reddit: 20 mentions in the last 15 minutes.*; also X \(watch\)$/);
});
