import { describe, expect, test } from 'vitest';
import {
  appendHour,
  computeBaseline,
  DAY_MS,
  emptyHistory,
  expectedMentions,
  expectedRatePerHour,
  HISTORY_HOURS,
  HOUR_MS,
  median,
  robustMean,
  weekdayPriorDays,
  type HourlyHistory,
} from '../../../utils/tracking/baseline';

const MONDAY = Date.UTC(2024, 0, 1);

/** History of `days` days where hour h of the day has `rateAt(h, day)` mentions, 20% negative. */
function historyOf(days: number, rateAt: (hourOfDay: number, day: number) => number): HourlyHistory {
  const history = emptyHistory(MONDAY);
  for (let i = 0; i < days * 24; i++) {
    const count = Math.round(rateAt(i % 24, Math.floor(i / 24)));
    appendHour(history, MONDAY + i * HOUR_MS, count, Math.round(count * 0.2), false);
  }
  return history;
}

const dailyCycle = (hour: number): number => 100 + 80 * Math.sin(((hour - 6) / 24) * 2 * Math.PI);

describe('median and robustMean', () => {
  test.each([
    [[], 0, 0],
    [[3], 3, 3],
    [[1, 2, 3, 4], 2.5, 2.5],
    [[10, 11, 9, 10, 500], 10, 10],
    // At low counts a 4 among 0–2 is Poisson noise, not an outlier.
    [[0, 1, 2, 1, 4], 1, 1.6],
  ])('%j → median %d, robust mean %d', (values, expectedMedian, expectedMean) => {
    expect(median(values)).toBe(expectedMedian);
    expect(robustMean(values)).toBeCloseTo(expectedMean, 10);
  });
});

describe('appendHour', () => {
  test('fills skipped hours with zero and forgets beyond four weeks', () => {
    const history = emptyHistory(MONDAY);
    appendHour(history, MONDAY, 5, 1, false);
    appendHour(history, MONDAY + 3 * HOUR_MS, 7, 2, false);
    expect(history.counts).toEqual([5, 0, 0, 7]);
    for (let i = 4; i < HISTORY_HOURS + 10; i++) appendHour(history, MONDAY + i * HOUR_MS, 1, 0, false);
    expect(history.counts).toHaveLength(HISTORY_HOURS);
    expect(history.firstHour).toBe(MONDAY + 10 * HOUR_MS);
  });

  test('ignores an hour that is already closed', () => {
    const history = emptyHistory(MONDAY);
    appendHour(history, MONDAY, 5, 1, false);
    appendHour(history, MONDAY, 50, 10, false);
    expect(history.counts).toEqual([5]);
  });
});

describe('computeBaseline', () => {
  test('is null until a full day has been seen', () => {
    expect(computeBaseline(historyOf(0.5, () => 10))).toBeNull();
    expect(computeBaseline(historyOf(1, () => 10))).not.toBeNull();
  });

  test('learns the daily cycle', () => {
    const baseline = computeBaseline(historyOf(14, dailyCycle))!;
    expect(Math.abs(baseline.hourOfDayRate[12]! - dailyCycle(12))).toBeLessThan(2);
    expect(Math.abs(baseline.hourOfDayRate[0]! - dailyCycle(0))).toBeLessThan(2);
    // Mid-hour the interpolated rate is the hour's own rate.
    expect(expectedRatePerHour(baseline, MONDAY + 14 * DAY_MS + 12.5 * HOUR_MS)).toBeCloseTo(dailyCycle(12), -1);
  });

  test('learns weekdays once two weeks are there', () => {
    const weekend = (day: number): boolean => day % 7 === 5 || day % 7 === 6;
    const rate = (hour: number, day: number): number => (weekend(day) ? 50 : 100);
    expect(computeBaseline(historyOf(10, rate))!.weekdayFactor).toEqual([1, 1, 1, 1, 1, 1, 1]);
    const factors = computeBaseline(historyOf(21, rate))!.weekdayFactor;
    expect(factors[6]!).toBeLessThan(0.8); // Saturday
    expect(factors[1]!).toBeGreaterThan(1.1); // Monday
  });

  test('weekday factors lean on two weeks as far as the days agree', () => {
    // Weekends at half the weekday volume: the true Saturday factor is 50 / (600 / 7) ≈ 0.58.
    const weekend = (day: number): boolean => day % 7 === 5 || day % 7 === 6;
    const steady = computeBaseline(historyOf(14, (_hour, day) => (weekend(day) ? 50 : 100)))!;
    expect(steady.weekdayFactor[6]!).toBeCloseTo(0.583, 1);
    expect(steady.weekdayFactor[1]!).toBeCloseTo(1.167, 1);
    // Days that scatter by ±40% are thin evidence: the factors stay nearer 1.
    const scatter = [1.4, 0.6, 1.3, 0.7, 1.4, 0.6, 1.3, 0.6, 1.4, 0.7, 1.3, 0.6, 1.4, 0.7];
    const noisy = computeBaseline(historyOf(14, (_hour, day) => (weekend(day) ? 50 : 100) * scatter[day]!))!;
    expect(Math.abs(noisy.weekdayFactor[6]! - 1)).toBeLessThan(Math.abs(steady.weekdayFactor[6]! - 1) * 0.75);
  });

  test('weekdayPriorDays: from the scatter of single days', () => {
    expect(weekdayPriorDays([[1, 1], [0.8, 0.8], [1.1, 1.1], [1.1, 1.1], [1, 1], [1, 1], [0.9, 0.9]])).toBe(0.1);
    expect(weekdayPriorDays([[0.5, 1.5], [0.5, 1.5], [0.5, 1.5], [0.5, 1.5], [0.5, 1.5]])).toBe(3);
    // Too few pairs to measure: days assumed to drift by 15 %.
    expect(weekdayPriorDays([[1, 1.2], [1], [1], [1], [1], [1], [1]])).toBeCloseTo(0.36, 5);
  });

  test('one viral evening does not move normal', () => {
    const calm = computeBaseline(historyOf(14, dailyCycle))!;
    const viral = computeBaseline(historyOf(14, (hour, day) => (day === 10 && hour === 20 ? 5000 : dailyCycle(hour))))!;
    expect(viral.hourOfDayRate[20]).toBeCloseTo(calm.hourOfDayRate[20]!, 0);
  });

  test('excluded hours do not count', () => {
    const history = historyOf(14, dailyCycle);
    const spikeHour = 10 * 24 + 20;
    history.counts[spikeHour] = 900;
    history.excluded[spikeHour] = true;
    expect(computeBaseline(history)!.usableHours).toBe(14 * 24 - 1);
  });

  test('follows slow growth', () => {
    const growing = computeBaseline(historyOf(28, (hour, day) => 100 * 1.02 ** day))!;
    const latest = 100 * 1.02 ** 27;
    const predicted = growing.hourOfDayRate[12]! * growing.level * growing.weekdayFactor[1]!;
    expect(Math.abs(predicted - latest) / latest).toBeLessThan(0.15);
  });

  test('normal negative share and overdispersion', () => {
    const baseline = computeBaseline(historyOf(7, () => 100))!;
    expect(baseline.negativeShare).toBeCloseTo(0.2, 2);
    expect(baseline.overdispersion).toBeGreaterThan(0);
    expect(baseline.overdispersion).toBeLessThan(0.01);
  });
});

describe('expectedMentions', () => {
  test('integrates the rate, partial slices pro rata', () => {
    const baseline = computeBaseline(historyOf(3, () => 120))!;
    const start = MONDAY + 5 * DAY_MS;
    expect(expectedMentions(baseline, start, start + HOUR_MS)).toBeCloseTo(120 * baseline.todayLevel, 5);
    expect(expectedMentions(baseline, start, start + 2.5 * 60_000)).toBeCloseTo(5 * baseline.todayLevel, 5);
  });
});

describe("today's negative share", () => {
  /** 14 days at a steady rate and 20% negative, then `recentHours` hours at `recentShare`. */
  function shiftedShare(perHour: number, recentShare: number, recentHours = 12): HourlyHistory {
    const history = emptyHistory(MONDAY);
    const hours = 14 * 24;
    for (let i = 0; i < hours; i++) {
      const share = i >= hours - recentHours ? recentShare : 0.2;
      appendHour(history, MONDAY + i * HOUR_MS, perHour, Math.round(perHour * share), false);
    }
    return history;
  }

  test('follows a day running a few points more negative at hundreds of mentions an hour', () => {
    const busy = computeBaseline(shiftedShare(400, 0.27))!;
    // The fortnight says 20%; 4,800 recent mentions say 27% and outweigh the drift prior by about 5 to 1.
    expect(busy.negativeShare).toBeGreaterThan(0.25);
    expect(busy.negativeShare).toBeLessThan(0.27);
  });

  test('barely moves at a few mentions an hour, where the recent hours are mostly noise', () => {
    // 5 an hour: 60 recent mentions at 40% against a fortnight at 20%.
    const quiet = computeBaseline(shiftedShare(5, 0.4))!;
    expect(quiet.negativeShare).toBeGreaterThan(0.2);
    expect(quiet.negativeShare).toBeLessThan(0.23);
  });

  test('only the last 12 usable hours count, and excluded hours not at all', () => {
    const older = computeBaseline(shiftedShare(400, 0.27, 12))!;
    const history = shiftedShare(400, 0.27, 12);
    // The same recent hours flagged as an alert: back to the fortnight's share.
    for (let i = history.excluded.length - 12; i < history.excluded.length; i++) history.excluded[i] = true;
    const flagged = computeBaseline(history)!;
    expect(flagged.negativeShare).toBeCloseTo(0.2, 2);
    expect(older.negativeShare).toBeGreaterThan(flagged.negativeShare + 0.05);
  });

  test('knowing today at volume narrows the share test, but never below a quarter of the drift', () => {
    const busy = computeBaseline(shiftedShare(400, 0.2))!;
    const quiet = computeBaseline(shiftedShare(5, 0.2))!;
    expect(busy.shareDrift).toBeLessThan(quiet.shareDrift);
    // Day one's drift prior alone (0.0009 / 14 days) sets the floor: a quarter of it.
    expect(busy.shareDrift).toBeGreaterThanOrEqual(0.0009 / 14 / 4);
  });
});
