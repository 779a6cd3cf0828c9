// What a normal hour looks like for one platform, learned from closed hourly totals.
//
// Model: expected mentions per hour = hour-of-day profile × weekday factor × recent level.
// - The hour-of-day profile appears from the first day and sharpens as days accumulate (shrunk towards
//   the flat mean while it rests on few days, so two days of history do not invent a cycle).
// - Weekday factors need two weeks (two samples per weekday); until then they are 1.
// - The recent level follows slow organic growth once the profile has two weeks to compare against.
// Robustness: hours that overlapped an alert are excluded by the detector, and the estimators below use
// median/MAD fences, so one viral evening neither inflates nor deflates normal.
// Times are UTC: the cycle is learned per UTC hour, which is as good as local hours for a 24-hour cycle;
// only the weekday boundary is off by the user's UTC offset.

export const MINUTE_MS = 60_000;
export const BUCKET_MS = 5 * MINUTE_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Four weeks: enough for two to four samples per weekday-hour, small enough to persist cheaply. */
export const HISTORY_HOURS = 28 * 24;
/** Below this many usable hours there is no baseline and no alert: one full daily cycle must be seen first. */
export const MIN_BASELINE_HOURS = 24;
const WEEKDAY_HISTORY_DAYS = 14;
/** How far weekdays typically differ from the week's mean volume (a prior for `weekdayPriorDays`). */
const WEEKDAY_EFFECT_SD = 0.25;
const RECENT_LEVEL_DAYS = 7;
const DISPERSION_DAYS = 14;
const SHARE_DAYS = 14;
/**
 * "Today's level" uses the last 6 closed hours. The detector closes an hour only once it has left its
 * 3-hour open window, so the hour being predicted is 2 hours past the end of history.
 */
const TODAY_HOURS = 6;
const TODAY_LAG_HOURS = 2;
/** Mentions of prior weight pulling today's level towards 1: quiet brands keep level 1. */
const TODAY_PRIOR_MENTIONS = 50;
const TODAY_LEVEL_MIN = 0.8;
const TODAY_LEVEL_MAX = 1.3;
/**
 * "Today's" negative share uses the last 12 usable closed hours, weighed against the day-to-day drift
 * of the share: a day that runs a few points more negative than the fortnight is not a jump.
 */
const TODAY_SHARE_HOURS = 12;

/** Closed hours, contiguous from `firstHour`. Plain arrays so the whole thing serialises as JSON. */
export interface HourlyHistory {
  /** Start (ms, UTC) of the hour at index 0. */
  firstHour: number;
  counts: number[];
  negatives: number[];
  /** True where the hour overlapped an alert: kept out of the baseline so a crisis never becomes normal. */
  excluded: boolean[];
}

export interface Baseline {
  /** Hours of history the baseline rests on (excluded hours not counted). */
  usableHours: number;
  /** Expected mentions per hour for each UTC hour of the day, before weekday and level factors. */
  hourOfDayRate: number[];
  /** Multiplier per UTC weekday, Sunday = 0. All 1 until two weeks of history. */
  weekdayFactor: number[];
  /** Volume of the last week relative to the profile: follows slow organic growth. */
  level: number;
  /**
   * Volume of the last closed hours relative to the above, within 0.8–1.3: a busy news day lifts normal a
   * little. Bounded and lagging, so a burst or a six-hour ramp cannot teach itself to be normal.
   */
  todayLevel: number;
  /**
   * Extra variance beyond Poisson, as variance = mean + overdispersion · mean². Real volume drifts from
   * day to day; ignoring that would turn every busy day into an alert at high volume.
   */
  overdispersion: number;
  /** Normal share of negative mentions, 0..1. */
  negativeShare: number;
  /** Day-to-day variance of the negative share beyond sampling noise. Widens the share test. */
  shareDrift: number;
}

export function emptyHistory(firstHour: number): HourlyHistory {
  return { firstHour, counts: [], negatives: [], excluded: [] };
}

export function hourStartOf(time: number): number {
  return Math.floor(time / HOUR_MS) * HOUR_MS;
}

export function historyEnd(history: HourlyHistory): number {
  return history.firstHour + history.counts.length * HOUR_MS;
}

/**
 * Appends the closed hour starting at `hourStart` (hours skipped in between count as zero mentions) and
 * forgets hours older than HISTORY_HOURS. Mutates `history`: the detector owns a private copy.
 */
export function appendHour(
  history: HourlyHistory,
  hourStart: number,
  count: number,
  negatives: number,
  excluded: boolean,
): void {
  if (history.counts.length === 0) history.firstHour = hourStart;
  const index = Math.round((hourStart - history.firstHour) / HOUR_MS);
  if (index < history.counts.length) return; // already closed: late data for closed hours is ignored
  while (history.counts.length < index) {
    history.counts.push(0);
    history.negatives.push(0);
    history.excluded.push(false);
  }
  history.counts.push(count);
  history.negatives.push(negatives);
  history.excluded.push(excluded);
  const overflow = history.counts.length - HISTORY_HOURS;
  if (overflow > 0) {
    history.counts.splice(0, overflow);
    history.negatives.splice(0, overflow);
    history.excluded.splice(0, overflow);
    history.firstHour += overflow * HOUR_MS;
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Mean of the values inside median ± 4 robust standard deviations. The scale never drops below the
 * Poisson noise of the median, so at low counts a 0 or a 3 is not mistaken for an outlier.
 */
export function robustMean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const center = median(values);
  const mad = median(values.map((v) => Math.abs(v - center)));
  const scale = Math.max(1.4826 * mad, Math.sqrt(center) + 1);
  let sum = 0;
  let kept = 0;
  for (const value of values) {
    if (Math.abs(value - center) <= 4 * scale) {
      sum += value;
      kept++;
    }
  }
  return kept > 0 ? sum / kept : center;
}

export function hourOfDay(time: number): number {
  return Math.floor((((time % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
}

/** UTC weekday, Sunday = 0 (1 January 1970 was a Thursday). */
export function weekdayOf(time: number): number {
  return (Math.floor(time / DAY_MS) + 4) % 7;
}

/** The baseline learned from `history`, or null while there are fewer than MIN_BASELINE_HOURS usable hours. */
export function computeBaseline(history: HourlyHistory): Baseline | null {
  const hours = history.counts.length;
  const counts = history.counts;
  const usable: number[] = [];
  for (let i = 0; i < hours; i++) if (!history.excluded[i]) usable.push(i);
  if (usable.length < MIN_BASELINE_HOURS) return null;

  // Index arithmetic instead of dates: this runs once an hour per platform and must stay cheap.
  const firstHourIndex = Math.round(history.firstHour / HOUR_MS);
  const hourOfDayAt = (index: number): number => (firstHourIndex + index) % 24;
  const dayAt = (index: number): number => Math.floor((firstHourIndex + index) / 24);
  const weekdayAt = (index: number): number => (dayAt(index) + 4) % 7;

  // Hour-of-day profile, shrunk towards the flat mean while it rests on few days.
  const byHour: number[][] = Array.from({ length: 24 }, () => []);
  for (const i of usable) byHour[hourOfDayAt(i)]!.push(counts[i]!);
  const hourMeans = byHour.map((values) => robustMean(values));
  const seenHours = byHour.filter((values) => values.length > 0).length;
  const flatRate = hourMeans.reduce((sum, mean) => sum + mean, 0) / seenHours;
  const fewestDays = Math.min(...byHour.map((values) => values.length));
  // Shrinking matters where Poisson noise swamps the cycle (a few mentions an hour), not at hundreds.
  const priorDays = Math.min(1, 10 / Math.max(flatRate, 1));
  let hourOfDayRate = byHour.map((values, h) => {
    const days = values.length;
    return (days * hourMeans[h]! + priorDays * flatRate) / (days + priorDays);
  });
  // An hour of the day never seen (history under a day, or always excluded) borrows from its neighbours.
  hourOfDayRate = hourOfDayRate.map((rate, h) => {
    if (byHour[h]!.length > 0) return rate;
    for (let distance = 1; distance < 12; distance++) {
      const near = [h - distance, h + distance].map((n) => (n + 24) % 24).filter((n) => byHour[n]!.length > 0);
      if (near.length > 0) return near.reduce((sum, n) => sum + hourOfDayRate[n]!, 0) / near.length;
    }
    return flatRate;
  });
  if (fewestDays < 7 && flatRate < 30) {
    // With under a week per hour the profile is noisy; neighbouring hours are a fair prior.
    hourOfDayRate = hourOfDayRate.map(
      (rate, h) => 0.25 * hourOfDayRate[(h + 23) % 24]! + 0.5 * rate + 0.25 * hourOfDayRate[(h + 1) % 24]!,
    );
  }
  const profileDayTotal = hourOfDayRate.reduce((sum, rate) => sum + rate, 0);

  // Per-day ratio of actual to profile volume, for days with most hours usable.
  const firstDay = dayAt(0);
  const dayCount = dayAt(hours - 1) - firstDay + 1;
  const dayObserved = new Float64Array(dayCount);
  const dayExpected = new Float64Array(dayCount);
  const dayHours = new Uint8Array(dayCount);
  for (const i of usable) {
    const d = dayAt(i) - firstDay;
    dayObserved[d]! += counts[i]!;
    dayExpected[d]! += hourOfDayRate[hourOfDayAt(i)]!;
    dayHours[d]!++;
  }
  const fullDays: number[] = [];
  for (let d = 0; d < dayCount; d++) if (dayHours[d]! >= 18 && dayExpected[d]! > 0) fullDays.push(d);
  const weekdayOfDay = (d: number): number => (firstDay + d + 4) % 7;
  const historyDays = usable.length / 24;

  const weekdayFactor = [1, 1, 1, 1, 1, 1, 1];
  if (historyDays >= WEEKDAY_HISTORY_DAYS && profileDayTotal > 0) {
    const ratiosByWeekday = [0, 1, 2, 3, 4, 5, 6].map((weekday) =>
      fullDays.filter((d) => weekdayOfDay(d) === weekday).map((d) => dayObserved[d]! / dayExpected[d]!),
    );
    const priorDaysWeight = weekdayPriorDays(ratiosByWeekday);
    for (let weekday = 0; weekday < 7; weekday++) {
      const ratios = ratiosByWeekday[weekday]!;
      // Shrink towards 1 by how noisy single days are: two Mondays are thin evidence that Mondays differ
      // when days scatter widely, and good evidence when they agree.
      weekdayFactor[weekday] = ratios.length === 0 ? 1 : (ratios.length * median(ratios) + priorDaysWeight) / (ratios.length + priorDaysWeight);
    }
    const meanFactor = weekdayFactor.reduce((sum, f) => sum + f, 0) / 7;
    if (meanFactor > 0) for (let weekday = 0; weekday < 7; weekday++) weekdayFactor[weekday]! /= meanFactor;
  }

  let level = 1;
  if (historyDays >= WEEKDAY_HISTORY_DAYS) {
    const recent = fullDays
      .filter((d) => d > dayCount - 1 - RECENT_LEVEL_DAYS)
      .map((d) => dayObserved[d]! / (dayExpected[d]! * weekdayFactor[weekdayOfDay(d)]!));
    if (recent.length >= 3) level = Math.min(2, Math.max(0.5, median(recent)));
  }

  // Today's level as the detector will see it at hour `index`: from the usable closed hours before it.
  const expected = new Float64Array(hours);
  const usableObserved = new Float64Array(hours + 1);
  const usableExpected = new Float64Array(hours + 1);
  for (let i = 0; i < hours; i++) {
    expected[i] = hourOfDayRate[hourOfDayAt(i)]! * weekdayFactor[weekdayAt(i)]! * level;
    const use = history.excluded[i] ? 0 : 1;
    usableObserved[i + 1] = usableObserved[i]! + use * counts[i]!;
    usableExpected[i + 1] = usableExpected[i]! + use * expected[i]!;
  }
  const todayLevelAt = (index: number): number => {
    const to = Math.max(0, Math.min(hours, index - TODAY_LAG_HOURS));
    const from = Math.max(0, to - TODAY_HOURS);
    const observed = usableObserved[to]! - usableObserved[from]!;
    const expectedSum = usableExpected[to]! - usableExpected[from]!;
    const ratio = (observed + TODAY_PRIOR_MENTIONS) / (expectedSum + TODAY_PRIOR_MENTIONS);
    return Math.min(TODAY_LEVEL_MAX, Math.max(TODAY_LEVEL_MIN, ratio));
  };

  // Overdispersion by moments over recent usable hours (against the same prediction the detector makes),
  // the most surprising 2% left out.
  const dispersionStart = hours - DISPERSION_DAYS * 24;
  const residualIndex: number[] = [];
  const residualExpected: number[] = [];
  const surprises: number[] = [];
  for (const i of usable) {
    if (i < dispersionStart) continue;
    const expectedCount = expected[i]! * todayLevelAt(i);
    if (expectedCount <= 0) continue;
    residualIndex.push(i);
    residualExpected.push(expectedCount);
    surprises.push(Math.abs(counts[i]! - expectedCount) / Math.sqrt(expectedCount + 1));
  }
  const sortedSurprises = Float64Array.from(surprises).sort();
  const surpriseCap = sortedSurprises[Math.max(0, Math.ceil(sortedSurprises.length * 0.98) - 1)] ?? Infinity;
  let excessVariance = 0;
  let squaredMeans = 0;
  for (let r = 0; r < residualIndex.length; r++) {
    if (surprises[r]! > surpriseCap) continue;
    const observed = counts[residualIndex[r]!]!;
    const expectedCount = residualExpected[r]!;
    excessVariance += (observed - expectedCount) ** 2 - observed;
    squaredMeans += expectedCount * expectedCount;
  }
  const measuredDispersion = squaredMeans > 0 ? Math.min(0.25, Math.max(0, excessVariance / squaredMeans)) : 0;
  // The profile itself is an estimate: its relative variance is about 1 / (days × mentions per hour).
  const meanHourlyRate = profileDayTotal / 24;
  const estimationDispersion = 1 / (Math.max(1, historyDays) * Math.max(0.5, meanHourlyRate));
  // Day-to-day drift cannot be measured from a day or two; assume some (±14% on day one) until it can.
  const driftPrior = 0.02 / Math.max(1, historyDays);
  const overdispersion = measuredDispersion + estimationDispersion + driftPrior;

  const { negativeShare, shareDrift } = shareBaseline(history, usable, hours - SHARE_DAYS * 24);

  return {
    usableHours: usable.length,
    hourOfDayRate,
    weekdayFactor,
    level,
    todayLevel: todayLevelAt(hours + TODAY_LAG_HOURS),
    overdispersion,
    negativeShare,
    shareDrift,
  };
}

/**
 * How many days of prior weight pull a weekday factor towards 1: the scatter of single days around their
 * weekday's mean (pooled over weekdays, Poisson noise included) over the spread weekday effects have
 * (±25 %, WEEKDAY_EFFECT_SD). Days that agree to within a few percent leave two Mondays nearly unshrunk;
 * a quiet brand's noisy days still lean on the prior. Exported for tests.
 */
export function weekdayPriorDays(ratiosByWeekday: readonly (readonly number[])[]): number {
  let squares = 0;
  let degrees = 0;
  for (const ratios of ratiosByWeekday) {
    if (ratios.length < 2) continue;
    const mean = ratios.reduce((sum, r) => sum + r, 0) / ratios.length;
    for (const r of ratios) squares += (r - mean) ** 2;
    degrees += ratios.length - 1;
  }
  // Too few pairs to measure: assume days drift by about 15 %.
  const dayVariance = degrees >= 4 ? squares / degrees : 0.15 ** 2;
  return Math.min(3, Math.max(0.1, dayVariance / WEEKDAY_EFFECT_SD ** 2));
}

/**
 * Normal negative share from recent usable hours, with days whose share is an outlier left out, then
 * updated with the last TODAY_SHARE_HOURS usable hours. Exported for tests.
 */
export function shareBaseline(
  history: HourlyHistory,
  usable: readonly number[],
  fromIndex: number,
): { negativeShare: number; shareDrift: number } {
  const days = new Map<number, { count: number; negatives: number }>();
  for (const i of usable) {
    if (i < fromIndex) continue;
    const day = Math.floor((history.firstHour + i * HOUR_MS) / DAY_MS);
    const entry = days.get(day) ?? { count: 0, negatives: 0 };
    entry.count += history.counts[i]!;
    entry.negatives += history.negatives[i]!;
    days.set(day, entry);
  }
  const entries = [...days.values()];
  const measurable = entries.filter((e) => e.count >= 20);
  let kept = entries;
  if (measurable.length >= 3) {
    const shares = measurable.map((e) => e.negatives / e.count);
    const center = median(shares);
    const scale = Math.max(1.4826 * median(shares.map((s) => Math.abs(s - center))), 0.02);
    kept = entries.filter((e) => e.count < 20 || Math.abs(e.negatives / e.count - center) <= 4 * scale);
  }
  const count = kept.reduce((sum, e) => sum + e.count, 0);
  const negatives = kept.reduce((sum, e) => sum + e.negatives, 0);
  // A weak prior (a quarter negative, worth four mentions) keeps a silent start from claiming 0% or 100%.
  const negativeShare = (negatives + 1) / (count + 4);

  let shareDrift = 0;
  const keptMeasurable = kept.filter((e) => e.count >= 20);
  if (keptMeasurable.length >= 3) {
    const p = negativeShare;
    let observedVariance = 0;
    let samplingVariance = 0;
    for (const e of keptMeasurable) {
      observedVariance += (e.negatives / e.count - p) ** 2;
      samplingVariance += (p * (1 - p)) / e.count;
    }
    shareDrift = Math.min(0.01, Math.max(0, (observedVariance - samplingVariance) / keptMeasurable.length));
  }
  // Like volume drift, share drift cannot be measured from a day or two: assume ±3 points on day one.
  shareDrift += 0.0009 / Math.max(1, usable.length / 24);

  // Today's share: a normal prior (the fortnight's share, variance shareDrift) updated with the recent
  // hours' share (sampling variance p(1 − p)/n). At hundreds of mentions an hour the recent hours decide;
  // at a few they barely move it. The share also moves within a day, so the hours ending 2–3 hours ago
  // predict the next ones only to about half the day-to-day spread: that much variance always remains.
  // An alert's slots are excluded from history, so a jump that has been flagged does not teach itself.
  let recentCount = 0;
  let recentNegatives = 0;
  const recentFrom = history.counts.length - TODAY_SHARE_HOURS;
  for (let j = usable.length - 1; j >= 0 && usable[j]! >= recentFrom; j--) {
    recentCount += history.counts[usable[j]!]!;
    recentNegatives += history.negatives[usable[j]!]!;
  }
  if (recentCount === 0) return { negativeShare, shareDrift };
  const samplingVariance = (negativeShare * (1 - negativeShare)) / recentCount;
  const weight = shareDrift / (shareDrift + samplingVariance);
  return {
    negativeShare: negativeShare + weight * (recentNegatives / recentCount - negativeShare),
    shareDrift: weight * samplingVariance + shareDrift / 4,
  };
}

/** Expected mentions per hour at an instant: the profile interpolated between hour centres. */
export function expectedRatePerHour(baseline: Baseline, time: number): number {
  const position = (((time % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS - 0.5;
  const lower = Math.floor(position);
  const fraction = position - lower;
  const rates = baseline.hourOfDayRate;
  const rate = (1 - fraction) * rates[(lower + 24) % 24]! + fraction * rates[(lower + 25) % 24]!;
  return rate * baseline.weekdayFactor[weekdayOf(time)]! * baseline.level * baseline.todayLevel;
}

/** Expected mentions in [from, to), integrated over 5-minute slices (partial slices pro rata). */
export function expectedMentions(baseline: Baseline, from: number, to: number): number {
  let total = 0;
  let start = from;
  while (start < to) {
    const end = Math.min(to, (Math.floor(start / BUCKET_MS) + 1) * BUCKET_MS);
    total += (expectedRatePerHour(baseline, (start + end) / 2) * (end - start)) / HOUR_MS;
    start = end;
  }
  return total;
}
