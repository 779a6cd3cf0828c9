import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffDelay, clampInterval, delayAfter, RETRY_AFTER_CAP_MS } from '@/utils/sources/backoff';
import { parseRetryAfter, problemOfStatus } from '@/utils/sources/http';

const NOW = Date.UTC(2025, 0, 1, 12);
const MIN = 60_000;

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Wed, 01 Jan 2025 12:05:00 GMT', 5 * MIN],
    ['Wed, 01 Jan 2025 11:00:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
    ['-5', undefined],
  ])('%j → %j', (header, ms) => {
    expect(parseRetryAfter(header, NOW)).toBe(ms);
  });
});

describe('problemOfStatus', () => {
  it.each([
    [200, null, null],
    [429, '30', { code: 'rate-limited', status: 429, retryAfterMs: 30_000 }],
    [429, null, { code: 'rate-limited', status: 429 }],
    [503, '60', { code: 'rate-limited', status: 503, retryAfterMs: 60_000 }],
    [503, null, { code: 'server', status: 503 }],
    [500, null, { code: 'server', status: 500 }],
    [401, null, { code: 'refused', status: 401 }],
    [403, null, { code: 'refused', status: 403 }],
    [404, null, { code: 'not-found', status: 404 }],
    [400, null, { code: 'client', status: 400 }],
  ])('%i (Retry-After %j)', (status, retryAfter, problem) => {
    expect(problemOfStatus(status, retryAfter, NOW)).toEqual(problem);
  });
});

describe('backoff', () => {
  it('clamps the interval to 5 minutes … a day, default 10', () => {
    expect(clampInterval(1)).toBe(5);
    expect(clampInterval(10)).toBe(10);
    expect(clampInterval(7.4)).toBe(7);
    expect(clampInterval(99_999)).toBe(24 * 60);
    expect(clampInterval(Number.NaN)).toBe(10);
    expect(clampInterval('3')).toBe(10);
  });

  it('doubles per failure, capped at an hour, jittered within the upper half', () => {
    const interval = 10 * MIN;
    expect([1, 2, 3, 4, 10].map((failures) => backoffDelay(failures, interval, () => 1))).toEqual([10 * MIN, 20 * MIN, 40 * MIN, 60 * MIN, 60 * MIN]);
    expect([1, 2, 3, 4].map((failures) => backoffDelay(failures, interval, () => 0))).toEqual([5 * MIN, 10 * MIN, 20 * MIN, 30 * MIN]);
    expect(backoffDelay(50, interval, Math.random)).toBeLessThanOrEqual(BACKOFF_CAP_MS);
  });

  it('honours Retry-After: never sooner, never sooner than the interval, capped at a day', () => {
    const interval = 10 * MIN;
    expect(delayAfter({ code: 'rate-limited', retryAfterMs: 90 * MIN }, 1, interval, () => 0)).toBe(90 * MIN);
    expect(delayAfter({ code: 'rate-limited', retryAfterMs: 30_000 }, 1, interval, () => 0)).toBe(interval);
    expect(delayAfter({ code: 'rate-limited', retryAfterMs: 400 * 24 * 60 * MIN }, 1, interval, () => 0)).toBe(RETRY_AFTER_CAP_MS);
    expect(delayAfter({ code: 'rate-limited' }, 3, interval, () => 1)).toBe(40 * MIN);
  });

  it('does not back off for set-up problems', () => {
    expect(delayAfter({ code: 'permission' }, 5, 10 * MIN, () => 1)).toBe(10 * MIN);
    expect(delayAfter({ code: 'no-terms' }, 5, 10 * MIN, () => 1)).toBe(10 * MIN);
  });
});
