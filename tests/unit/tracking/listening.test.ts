import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { ListeningStatus } from '@/utils/settings';
import { FirebreakDb, type Mention } from '@/utils/tracking/db';
import type { SpikeDetectorState } from '@/utils/tracking/detect';
import { evaluateListening, spikeKeyTerms, tellUntoldAlerts, type ListeningDeps } from '@/utils/tracking/listening';
import { recordMentions } from '@/utils/tracking/mentions';
import { PRESET_THRESHOLDS } from '@/utils/tracking/thresholds';
import { describeStorageError } from '@/utils/tracking/storage-errors';
import { brandMention } from './mention';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 23, 14, 2, 0);

const mention = (id: string, time: number, negative: boolean, excerpt = 'just a normal post about the brand'): Mention =>
  brandMention(id, time, negative, { excerpt });

/** Two weeks of a quiet brand: about 12 mentions an hour, one in five negative. */
/** Two weeks of quiet (12 mentions an hour, one in five negative) on X, or on Reddit. */
async function seedQuietHistory(db: FirebreakDb, platform?: 'reddit') {
  const rows: Mention[] = [];
  for (let hour = 14 * 24; hour >= 1; hour--) {
    for (let i = 0; i < 12; i++) {
      const row = mention(`${platform ? 'r' : 'h'}${hour}-${i}`, NOW - hour * HOUR + i * 5 * 60_000, i % 5 === 0);
      rows.push(platform ? { ...row, platform } : row);
    }
  }
  await recordMentions(db, rows);
}

function harness(db: FirebreakDb, now: number) {
  let state: SpikeDetectorState | null = null;
  const statuses: ListeningStatus[] = [];
  const deps: ListeningDeps = {
    db,
    now,
    thresholds: PRESET_THRESHOLDS.balanced,
    loadState: async () => state,
    saveState: async (next) => void (state = structuredClone(next)),
    saveStatus: async (status) => void statuses.push(status),
    showLevel: vi.fn(async () => undefined),
    notify: vi.fn(async () => undefined),
  };
  return { deps, statuses, at: (time: number) => ({ ...deps, now: time }) };
}

describe('evaluateListening', () => {
  let db: FirebreakDb;
  beforeEach(() => {
    db = new FirebreakDb('listening-test');
  });

  test('a quiet brand stays normal and shows no badge', async () => {
    await seedQuietHistory(db);
    const { deps, statuses } = harness(db, NOW);
    const { alerts, status } = await evaluateListening(deps);
    expect(alerts).toEqual([]);
    expect(status.level).toBe('normal');
    expect(statuses).toHaveLength(1);
    expect(deps.showLevel).toHaveBeenCalledWith('normal');
    expect(deps.notify).not.toHaveBeenCalled();
  });

  test('a wave of angry mentions raises the level once, says why and what it is about', async () => {
    await seedQuietHistory(db);
    const { deps, at } = harness(db, NOW);
    await evaluateListening(deps);
    const wave = Array.from({ length: 45 }, (_, i) =>
      mention(`w${i}`, NOW + i * 10_000, i % 10 !== 0, i % 2 ? 'Brewly refund refused, kettle recall now' : 'kettle burned me, refund please'),
    );
    await recordMentions(db, wave);
    const later = NOW + 10 * 60_000;
    const first = await evaluateListening(at(later));
    expect(first.alerts).toHaveLength(1);
    expect(first.status.level).not.toBe('normal');
    expect(first.status.reason).toMatch(/mentions in/);
    expect(first.status.reason).toMatch(/about: .*(refund|kettle|recall)/);
    expect(deps.notify).toHaveBeenCalledTimes(1);
    expect(deps.showLevel).toHaveBeenLastCalledWith(first.status.level);
    expect(await db.alerts.count()).toBe(1);

    // The same spike, evaluated again a minute later: no second alert.
    const again = await evaluateListening(at(later + 60_000));
    expect(again.alerts).toEqual([]);
    expect(again.status.level).toBe(first.status.level);
    // The status still says what the spike is about (from its alert), not only how large it is.
    expect(again.status.reason).toMatch(/about: .*(refund|kettle|recall)/);
    // Its figures are the alert's, measured then: the status keeps that time for "Last spike, at …".
    expect(first.status.reasonAt).toBe(later);
    expect(again.status.reasonAt).toBe(later);
    expect(deps.notify).toHaveBeenCalledTimes(1);
  });

  test('evaluation starts from the persisted state only: a fresh worker gets the same answer', async () => {
    await seedQuietHistory(db);
    const one = harness(db, NOW);
    await evaluateListening(one.deps);
    await recordMentions(db, Array.from({ length: 45 }, (_, i) => mention(`w${i}`, NOW + i * 10_000, true)));
    const restarted = harness(db, NOW + 10 * 60_000);
    const state = await one.deps.loadState();
    restarted.deps.loadState = async () => structuredClone(state);
    const result = await evaluateListening(restarted.deps);
    expect(result.alerts).toHaveLength(1);
  });

  test('an alert recorded by a worker stopped before it told anyone is told on the next evaluation, once', async () => {
    await seedQuietHistory(db);
    const { deps, at } = harness(db, NOW);
    await evaluateListening(deps);
    await recordMentions(db, Array.from({ length: 45 }, (_, i) => mention(`w${i}`, NOW + i * 10_000, true)));
    // The worker is stopped while it tells the user: the alert and the state are saved, nobody heard.
    const stopped = at(NOW + 10 * 60_000);
    stopped.notify = vi.fn(async () => {
      throw new Error('the worker was stopped');
    });
    const first = await evaluateListening(stopped);
    expect(first.alerts).toHaveLength(1);
    expect((await db.alerts.toArray()).map((record) => record.notified)).toEqual([false]);

    const next = await evaluateListening(at(NOW + 11 * 60_000));
    expect(next.alerts).toEqual([]);
    expect(deps.notify).toHaveBeenCalledTimes(1);
    expect(vi.mocked(deps.notify).mock.calls[0]![0]).toMatchObject({ platform: 'x', level: first.alerts[0]!.level, reason: first.alerts[0]!.reason });
    expect((await db.alerts.toArray()).map((record) => record.notified)).toEqual([true]);

    await evaluateListening(at(NOW + 12 * 60_000));
    expect(deps.notify).toHaveBeenCalledTimes(1);
  });

  test('a worker stopped after recording an alert but before saving its state does not raise it twice', async () => {
    await seedQuietHistory(db);
    const { deps, at } = harness(db, NOW);
    await evaluateListening(deps);
    const before = await deps.loadState();
    await recordMentions(db, Array.from({ length: 45 }, (_, i) => mention(`w${i}`, NOW + i * 10_000, true)));
    const first = await evaluateListening(at(NOW + 10 * 60_000));
    expect(first.alerts).toHaveLength(1);
    // The state write never happened: the restarted worker starts from the state before the rise.
    const restarted = harness(db, NOW + 11 * 60_000);
    restarted.deps.loadState = async () => structuredClone(before);
    const second = await evaluateListening(restarted.deps);
    expect(second.alerts).toEqual([]);
    expect(await db.alerts.count()).toBe(1);
    expect(restarted.deps.notify).not.toHaveBeenCalled();
    // The level is still shown: the detector rose again, only the alert is not repeated.
    expect(second.status.level).toBe(first.status.level);
  });

  test('with two platforms raised, the reason names whose figures it gives and the other platform', async () => {
    await seedQuietHistory(db);
    await seedQuietHistory(db, 'reddit');
    const { deps, at } = harness(db, NOW);
    await evaluateListening(deps);
    await recordMentions(db, Array.from({ length: 45 }, (_, i) => mention(`wx${i}`, NOW + i * 10_000, true)));
    await evaluateListening(at(NOW + 8 * 60_000));
    await recordMentions(db, Array.from({ length: 45 }, (_, i) => ({ ...mention(`wr${i}`, NOW + 3 * 60_000 + i * 10_000, true), platform: 'reddit' as const })));
    const both = await evaluateListening(at(NOW + 12 * 60_000));
    expect(both.status.platforms.filter((platform) => platform.level !== 'normal').map((platform) => platform.platform)).toEqual(['reddit', 'x']);
    // Reddit rose last: its figures lead, named, and X is said to be raised too.
    expect(both.status.reason).toMatch(/^Reddit: \d+ mentions in .*; also X \((watch|crisis)\)$/);
  });

  test('with one platform raised of two tracked, the reason names that platform, as the notification title does', async () => {
    // QA: "44 mentions in the last 5 minutes" in the popup and the dashboard beside a 24-hour summary and a
    // chart of every platform: the reader took the figures for all platforms. The reason says whose they are.
    await seedQuietHistory(db);
    await seedQuietHistory(db, 'reddit');
    const { deps, at } = harness(db, NOW);
    await evaluateListening(deps);
    await recordMentions(db, Array.from({ length: 45 }, (_, i) => mention(`wx${i}`, NOW + i * 10_000, true)));
    const raised = await evaluateListening(at(NOW + 8 * 60_000));
    expect(raised.status.platforms.filter((platform) => platform.level !== 'normal').map((platform) => platform.platform)).toEqual(['x']);
    expect(raised.alerts).toHaveLength(1);
    expect(raised.status.reason).toBe(`X: ${raised.alerts[0]!.reason}`);
    // The alert itself (its record, the notification whose title names the platform) keeps its own words.
    expect(raised.alerts[0]!.reason).toMatch(/^\d+ mentions in /);
    // A minute later, from the detector's state rather than the fresh alert: still named.
    const again = await evaluateListening(at(NOW + 9 * 60_000));
    expect(again.status.reason).toMatch(/^X: \d+ mentions in /);
  });

  test('"about:" leaves out the brand\'s own words, inside phrases and hashtags too', async () => {
    await seedQuietHistory(db);
    const texts = ['Brewly kettle caught fire #boycottbrewlycoffee', 'brewly kettle fire, coffee everywhere', 'kettle fire again #boycottbrewlycoffee'];
    await recordMentions(db, Array.from({ length: 12 }, (_, i) => mention(`k${i}`, NOW - i * 60_000, true, texts[i % 3])));
    const terms = await spikeKeyTerms(db, 'x', NOW + 1, 5, new Set(['brewly coffee', 'brewly', 'boycottbrewlycoffee']));
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) expect(term.toLowerCase()).not.toMatch(/brewly|coffee/);
  });

  test('a starting worker tells the untold alerts without evaluating (the status stays as it was)', async () => {
    await db.alerts.add({ time: NOW - 60_000, platform: 'x', level: 'crisis', previousLevel: 'watch', reason: 'told late', keyTerms: [], notified: false });
    await db.alerts.add({ time: NOW - 120_000, platform: 'x', level: 'watch', previousLevel: 'normal', reason: 'told already', keyTerms: [], notified: true });
    const notify = vi.fn(async () => undefined);
    expect(await tellUntoldAlerts(db, NOW, notify)).toBe(1);
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ reason: 'told late', level: 'crisis' }));
    expect(await tellUntoldAlerts(db, NOW, notify)).toBe(0);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  test('an untold alert older than half an hour is left to the popup and the dashboard', async () => {
    await db.alerts.add({ time: NOW - 31 * 60_000, platform: 'x', level: 'watch', previousLevel: 'normal', reason: 'old news', keyTerms: [], notified: false });
    const { deps } = harness(db, NOW);
    await evaluateListening(deps);
    expect(deps.notify).not.toHaveBeenCalled();
  });

  test("an alert's key terms are never an e-mail address, a link or a tag's name (QA 2)", async () => {
    await seedQuietHistory(db);
    const texts = [
      'order page shows <img src=x onerror=alert(1)> again',
      'email care@brewly.example they said, order page still broken',
      'order page broken, see brewly.example/status',
    ];
    await recordMentions(db, Array.from({ length: 12 }, (_, i) => mention(`m${i}`, NOW - i * 60_000, true, texts[i % 3])));
    const terms = await spikeKeyTerms(db, 'x', NOW + 1, 5);
    expect(terms).toContain('order page');
    for (const term of terms) expect(term.toLowerCase()).not.toMatch(/img|src|onerror|care|example|status/);
  });

  test('key terms need at least two negative mentions', async () => {
    await recordMentions(db, [mention('a', NOW - 60_000, true, 'refund refund')]);
    expect(await spikeKeyTerms(db, 'x', NOW)).toEqual([]);
  });

  test('an alert a full disk cannot record is still shown and told, and the status says why', async () => {
    await seedQuietHistory(db);
    const { deps, statuses, at } = harness(db, NOW);
    await evaluateListening(deps);
    await recordMentions(
      db,
      Array.from({ length: 45 }, (_, i) => mention(`w${i}`, NOW + i * 10_000, i % 10 !== 0, i % 2 ? 'Brewly refund refused, kettle recall now' : 'kettle burned me, refund please')),
    );
    // From here on the disk is full: the evaluation failed before the badge and the notification.
    const add = vi.spyOn(db.alerts, 'add').mockRejectedValue(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    try {
      await evaluateListening(at(NOW + 10 * 60_000));
    } finally {
      add.mockRestore();
    }
    expect(deps.showLevel).toHaveBeenLastCalledWith(expect.stringMatching(/watch|crisis/));
    expect(deps.notify).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)?.storageProblem).toBe(describeStorageError({ name: 'QuotaExceededError' }));
  });
});

describe('describeStorageError', () => {
  test.each([
    [{ name: 'QuotaExceededError' }, true],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, true],
    // Dexie's BulkError keeps each failed request's error in `failures`, not in `inner`.
    [{ name: 'BulkError', failures: [{ name: 'ConstraintError' }, { name: 'QuotaExceededError' }] }, true],
    [{ name: 'ConstraintError' }, false],
    [new Error('boom'), false],
    [null, false],
    ['QuotaExceededError', false],
  ])('%j → %s', (error, isQuota) => {
    expect(describeStorageError(error) !== null).toBe(isQuota);
  });
});
