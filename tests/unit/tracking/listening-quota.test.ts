// When IndexedDB is out of space, recording the alert (db.alerts.add) throws QuotaExceededError and
// evaluateListening rejects before it saves the state, the status, the badge or tells anyone: the
// worker logs "evaluation failed" every minute and a crisis raises nothing at all. The worker's own
// rule (background.ts) is that a full disk must never stop it: it should still show the level and
// tell of the alert, even if it cannot record it.
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ListeningStatus } from '@/utils/settings';
import { FirebreakDb, type Mention } from '@/utils/tracking/db';
import type { SpikeDetectorState } from '@/utils/tracking/detect';
import { evaluateListening, type ListeningDeps } from '@/utils/tracking/listening';
import { recordMentions } from '@/utils/tracking/mentions';
import { describeStorageError } from '@/utils/tracking/storage-errors';
import { PRESET_THRESHOLDS } from '@/utils/tracking/thresholds';
import { brandMention } from './mention';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 23, 14, 2, 0);
const mention = (id: string, time: number, negative: boolean, excerpt = 'just a normal post about the brand'): Mention =>
  brandMention(id, time, negative, { excerpt });

describe('an alert the full disk cannot record', () => {
  afterEach(() => vi.restoreAllMocks());

  test('still shows the raised level and tells the user', async () => {
    const db = new FirebreakDb('qa-quota-alert');
    const rows: Mention[] = [];
    for (let hour = 14 * 24; hour >= 1; hour--) {
      for (let i = 0; i < 12; i++) rows.push(mention(`h${hour}-${i}`, NOW - hour * HOUR + i * 5 * 60_000, i % 5 === 0));
    }
    await recordMentions(db, rows);

    let state: SpikeDetectorState | null = null;
    const statuses: ListeningStatus[] = [];
    const deps: ListeningDeps = {
      db,
      now: NOW,
      thresholds: PRESET_THRESHOLDS.balanced,
      loadState: async () => state,
      saveState: async (next) => void (state = structuredClone(next)),
      saveStatus: async (status) => void statuses.push(status),
      showLevel: vi.fn(async () => undefined),
      notify: vi.fn(async () => undefined),
    };
    await evaluateListening(deps);
    await recordMentions(
      db,
      Array.from({ length: 45 }, (_, i) => mention(`w${i}`, NOW + i * 10_000, i % 10 !== 0, i % 2 ? 'Brewly refund refused, kettle recall now' : 'kettle burned me, refund please')),
    );

    // From here on the disk is full.
    vi.spyOn(db.alerts, 'add').mockRejectedValue(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    const outcome = await evaluateListening({ ...deps, now: NOW + 10 * 60_000 }).then(
      () => 'evaluated',
      (error: unknown) => `rejected with ${(error as Error).name}`,
    );

    expect(outcome).toBe('evaluated');
    expect(deps.showLevel).toHaveBeenLastCalledWith(expect.stringMatching(/watch|crisis/));
    expect(deps.notify).toHaveBeenCalledTimes(1);
    // The status says why the alert is not in the list.
    expect(statuses.at(-1)?.storageProblem).toBe(describeStorageError({ name: 'QuotaExceededError' }));
  });
});
