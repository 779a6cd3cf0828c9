// The two simple published rules Firebreak is compared with, run on exactly the same buckets.
//
// 1. "Last hour vs previous 12 hours at 2×": alert when the last hour's mentions are at least twice the
//    hourly mean of the 12 hours before it.
// 2. "Daily mean + 3 SD over two weeks": alert when the last 24 hours' mentions exceed the mean of the
//    previous 14 daily totals plus three standard deviations.
// Both rules look at mentions and, separately, at negative mentions (otherwise a negative-share jump at flat
// volume would be invisible to them by construction). To compare alerts with alerts, each rule alerts on the
// rising edge of its condition and then keeps the same 60-minute cool-down as Firebreak's balanced preset.

import { DAY_MS, HOUR_MS } from '../../../utils/tracking/baseline';

export interface DenseSeries {
  /** Start of slot 0 (ms). */
  start: number;
  /** Slot length (ms): a minute or a 5-minute bucket. The rules are evaluated at the end of every slot. */
  slotMs: number;
  counts: Float64Array;
  negatives: Float64Array;
}

export interface RuleAlert {
  time: number;
}

export type SimpleRule = (series: DenseSeries) => RuleAlert[];

const COOL_DOWN_MS = HOUR_MS;

function prefixSums(values: Float64Array): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) sums[i + 1] = sums[i]! + values[i]!;
  return sums;
}

/** Rising-edge alerts with a cool-down, from a per-slot condition (evaluated at the end of slot i). */
function edgeAlerts(series: DenseSeries, condition: (slot: number) => boolean): RuleAlert[] {
  const alerts: RuleAlert[] = [];
  const coolDownSlots = COOL_DOWN_MS / series.slotMs;
  let previous = false;
  let lastAlertSlot = -Infinity;
  for (let slot = 0; slot < series.counts.length; slot++) {
    const now = condition(slot);
    if (now && !previous && slot - lastAlertSlot >= coolDownSlots) {
      alerts.push({ time: series.start + (slot + 1) * series.slotMs });
      lastAlertSlot = slot;
    }
    previous = now;
  }
  return alerts;
}

export const lastHourVsPrevious12h: SimpleRule = (series) => {
  const sums = [prefixSums(series.counts), prefixSums(series.negatives)];
  const window = HOUR_MS / series.slotMs;
  const reference = 12 * window;
  return edgeAlerts(series, (slot) => {
    const end = slot + 1;
    if (end < window + reference) return false;
    return sums.some((s) => {
      const lastHour = s[end]! - s[end - window]!;
      const previousHourlyMean = (s[end - window]! - s[end - window - reference]!) / 12;
      // Undefined when nothing happened in 12 hours; read charitably as "no alert".
      return previousHourlyMean > 0 && lastHour >= 2 * previousHourlyMean;
    });
  });
};

export const dailyMeanPlus3Sd: SimpleRule = (series) => {
  const sums = [prefixSums(series.counts), prefixSums(series.negatives)];
  const firstDay = Math.floor(series.start / DAY_MS);
  const slotsPerDay = DAY_MS / series.slotMs;
  const slotOfDayStart = (day: number): number =>
    Math.round(((day - firstDay) * DAY_MS - (series.start - firstDay * DAY_MS)) / series.slotMs);
  // Threshold per calendar day from the 14 complete days before it.
  const thresholdCache = new Map<number, number[] | null>();
  const thresholdsFor = (day: number): number[] | null => {
    if (thresholdCache.has(day)) return thresholdCache.get(day)!;
    let result: number[] | null = null;
    if (slotOfDayStart(day - 14) >= 0) {
      result = sums.map((s) => {
        const totals: number[] = [];
        for (let d = day - 14; d < day; d++) totals.push(s[slotOfDayStart(d + 1)]! - s[slotOfDayStart(d)]!);
        const mean = totals.reduce((a, b) => a + b, 0) / totals.length;
        const sd = Math.sqrt(totals.reduce((a, b) => a + (b - mean) ** 2, 0) / (totals.length - 1));
        return mean + 3 * sd;
      });
    }
    thresholdCache.set(day, result);
    return result;
  };
  return edgeAlerts(series, (slot) => {
    const end = slot + 1;
    if (end < slotsPerDay) return false;
    const day = Math.floor((series.start + slot * series.slotMs) / DAY_MS);
    const limits = thresholdsFor(day);
    if (limits === null) return false;
    return sums.some((s, i) => s[end]! - s[end - slotsPerDay]! > limits[i]!);
  });
};

export const SIMPLE_RULES: ReadonlyArray<{ name: string; rule: SimpleRule }> = [
  { name: 'last hour vs prev 12 h ≥2×', rule: lastHourVsPrevious12h },
  { name: 'daily mean + 3 SD (14 d)', rule: dailyMeanPlus3Sd },
];
