import { describe, expect, test } from 'vitest';
import { REASON_FRESH_MS, reasonHistoryAt } from '@/components/levelReason';

const SPIKE = Date.UTC(2026, 10, 30, 20, 0);

describe('reasonHistoryAt: when the level’s reason is history', () => {
  test('current: measured at the rise, looked at soon after', () => {
    expect(reasonHistoryAt({ reasonAt: SPIKE, since: SPIKE, evaluatedAt: SPIKE + 5 * 60_000 })).toBeNull();
  });

  test('the level stepped down since (crisis → watch): the reason is the spike’s, said with its time', () => {
    expect(reasonHistoryAt({ reasonAt: SPIKE, since: SPIKE + 3 * 3_600_000, evaluatedAt: SPIKE + 3 * 3_600_000 })).toBe(SPIKE);
  });

  test('the level has held long without a new spike', () => {
    expect(reasonHistoryAt({ reasonAt: SPIKE, since: SPIKE, evaluatedAt: SPIKE + REASON_FRESH_MS + 60_000 })).toBe(SPIKE);
  });

  test('unknown time (a status saved before it was kept): shown as before', () => {
    expect(reasonHistoryAt({ since: SPIKE, evaluatedAt: SPIKE + 3 * 3_600_000 })).toBeNull();
    expect(reasonHistoryAt({ reasonAt: null, since: SPIKE, evaluatedAt: SPIKE + 3 * 3_600_000 })).toBeNull();
  });
});
