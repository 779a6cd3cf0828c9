// Realistic synthetic mention series, seeded and reproducible, for the spike benchmark and tests.
//
// Quiet data is deliberately not clean Poisson: volume follows a daily and a weekly cycle, grows slowly,
// drifts from day to day, and has small organic bumps (a well-liked post, a mention by a bigger account)
// that a good detector must not call a crisis. The negative share drifts a little from day to day too.
// Injected bursts come in the shapes a social media crisis takes.

import { BUCKET_MS, DAY_MS, HOUR_MS, MINUTE_MS, weekdayOf } from './baseline';
import type { MentionBucket } from './detect';
import { logGamma } from './stats';

export type BurstShape = 'sudden-5x' | 'sudden-3x' | 'ramp-3x' | 'negative-jump' | 'viral-post';

export const BURST_SHAPES: readonly BurstShape[] = ['sudden-5x', 'sudden-3x', 'ramp-3x', 'negative-jump', 'viral-post'];

export interface InjectedBurst {
  shape: BurstShape;
  /** When the burst starts (ms); any minute, not only bucket starts. */
  start: number;
}

export interface InjectedBurstSpan extends InjectedBurst {
  platform: string;
  /** When the burst has faded back to normal (ms). */
  end: number;
  /** For a ramp, when it first reaches 3× normal; otherwise equal to start. */
  fullStrength: number;
}

export interface SyntheticPlatform {
  platform: string;
  /** Average mentions per hour over a week, before growth. */
  meanPerHour: number;
  /** Normal share of negative mentions, 0..1. */
  negativeShare: number;
  /** Shift of the daily cycle in hours (audiences in different time zones). */
  cycleShiftHours?: number;
  bursts?: readonly InjectedBurst[];
}

export interface SyntheticSeriesOptions {
  seed: number;
  /** Start of the series (ms); rounded down to a 5-minute boundary. */
  start: number;
  days: number;
  platforms: readonly SyntheticPlatform[];
  /** Organic growth per week, e.g. 0.03 for +3 % a week. */
  weeklyGrowth?: number;
  /** Day-to-day drift of volume (log-normal sigma) and small organic bumps; on by default. */
  quietNoise?: boolean;
  /**
   * Also split every bucket into its five minutes (see SyntheticSeries.minutes), for replaying the series
   * as the service worker sees it: evaluated every minute, the current bucket still filling. The buckets
   * are the same with or without it (the split draws from its own random stream).
   */
  minutes?: boolean;
}

/** One platform's mentions minute by minute; five minutes sum to each of its buckets. */
export interface MinuteSeries {
  platform: string;
  /** Start of minute 0 (ms), the series' start. */
  start: number;
  counts: number[];
  negatives: number[];
  /**
   * What the generator expected each minute without the burst: mentions, and negatives among them. The
   * true normal, day drift and organic bumps included, that no detector can know; the bench's ideal test
   * uses it to bound what any detector could do on the same series.
   */
  normal: number[];
  normalNegatives: number[];
}

export interface SyntheticSeries {
  buckets: MentionBucket[];
  bursts: InjectedBurstSpan[];
  /** Only with `minutes: true`: per platform, in the order of the options. */
  minutes?: MinuteSeries[];
}

/** Mulberry32: tiny, fast, good enough for simulation, and identical on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * A Poisson draw. Exact for every mean: multiplication below 30, and Hörmann's transformed rejection
 * (PTRS) above, so the right tail, where false alarms live, is as heavy as real Poisson noise.
 */
export function samplePoisson(mean: number, random: () => number): number {
  if (mean <= 0) return 0;
  if (mean < 30) {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = random();
    while (product > limit) {
      k++;
      product *= random();
    }
    return k;
  }
  const sqrtMean = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * sqrtMean;
  const a = -0.059 + 0.02483 * b;
  const inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random() - 0.5;
    const v = random();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b) <= -mean + k * logMean - logGamma(k + 1)) {
      return k;
    }
  }
}

export function sampleBinomial(trials: number, probability: number, random: () => number): number {
  if (trials <= 0 || probability <= 0) return 0;
  if (probability >= 1) return trials;
  if (trials > 1000) {
    const mean = trials * probability;
    const draw = Math.round(mean + Math.sqrt(mean * (1 - probability)) * normal(random));
    return Math.min(trials, Math.max(0, draw));
  }
  let successes = 0;
  for (let i = 0; i < trials; i++) if (random() < probability) successes++;
  return successes;
}

/** Daily cycle: quiet at night (0.35×), busiest mid-afternoon (1.65×), averaging 1 over the day. */
function dailyCycle(time: number, shiftHours: number): number {
  const hour = ((time % DAY_MS) / HOUR_MS + shiftHours + 24) % 24;
  return 0.35 + 0.65 * (1 + Math.cos((2 * Math.PI * (hour - 15)) / 24));
}

/** Weekly cycle: weekends at 0.75×, weekdays at 1.1×, averaging 1 over the week. */
function weeklyCycle(time: number): number {
  const weekday = weekdayOf(time);
  return weekday === 0 || weekday === 6 ? 0.75 : 1.1;
}

const SUDDEN_HOLD_MS = 3 * HOUR_MS;
const RAMP_MS = 6 * HOUR_MS;
const RAMP_HOLD_MS = 2 * HOUR_MS;
const DECAY_MS = HOUR_MS;
const NEGATIVE_JUMP_MS = 4 * HOUR_MS;
const NEGATIVE_JUMP_POINTS = 0.25;
const VIRAL_RISE_MS = 15 * MINUTE_MS;
const VIRAL_NEGATIVE_SHARE = 0.5;

/** Multiplier on normal volume during a burst, 1 outside it. */
function burstMultiple(shape: BurstShape, sinceStart: number): number {
  if (sinceStart < 0) return 1;
  const decay = (peak: number, after: number): number => 1 + (peak - 1) * Math.exp(-after / DECAY_MS);
  switch (shape) {
    case 'sudden-5x':
      return sinceStart < SUDDEN_HOLD_MS ? 5 : decay(5, sinceStart - SUDDEN_HOLD_MS);
    case 'sudden-3x':
      return sinceStart < SUDDEN_HOLD_MS ? 3 : decay(3, sinceStart - SUDDEN_HOLD_MS);
    case 'ramp-3x':
      if (sinceStart < RAMP_MS) return 1 + (2 * sinceStart) / RAMP_MS;
      if (sinceStart < RAMP_MS + RAMP_HOLD_MS) return 3;
      return decay(3, sinceStart - RAMP_MS - RAMP_HOLD_MS);
    case 'negative-jump':
    case 'viral-post':
      return 1;
  }
}

/** Extra mentions per hour from one viral post: a 15-minute rise, then a long power-law tail. */
function viralExtraPerHour(sinceStart: number, peakPerHour: number): number {
  if (sinceStart < 0) return 0;
  if (sinceStart < VIRAL_RISE_MS) return (peakPerHour * sinceStart) / VIRAL_RISE_MS;
  return peakPerHour * (1 + (sinceStart - VIRAL_RISE_MS) / (30 * MINUTE_MS)) ** -1.5;
}

function burstEnd(burst: InjectedBurst): number {
  switch (burst.shape) {
    case 'sudden-5x':
    case 'sudden-3x':
      return burst.start + SUDDEN_HOLD_MS + 3 * DECAY_MS;
    case 'ramp-3x':
      return burst.start + RAMP_MS + RAMP_HOLD_MS + 3 * DECAY_MS;
    case 'negative-jump':
      return burst.start + NEGATIVE_JUMP_MS;
    case 'viral-post':
      return burst.start + 6 * HOUR_MS;
  }
}

interface OrganicBump {
  start: number;
  end: number;
  multiple: number;
}

/**
 * Shares `total` out over slots in proportion to `weights`, as independent Poisson arrivals given their
 * total would fall: a chain of binomial draws. Adds to `into` from `offset`.
 */
function shareOut(total: number, weights: readonly number[], random: () => number, into: number[], offset: number): void {
  let left = total;
  let weightLeft = weights.reduce((sum, w) => sum + w, 0);
  for (let i = 0; i < weights.length && left > 0; i++) {
    const weight = weights[i]!;
    const drawn = i === weights.length - 1 || weightLeft <= 0 ? left : sampleBinomial(left, weight / weightLeft, random);
    into[offset + i]! += drawn;
    left -= drawn;
    weightLeft -= weight;
  }
}

/** Generates the series: one bucket per platform per 5 minutes, in time order. */
export function generateSeries(options: SyntheticSeriesOptions): SyntheticSeries {
  const random = seededRandom(options.seed);
  const start = Math.floor(options.start / BUCKET_MS) * BUCKET_MS;
  const steps = Math.round((options.days * DAY_MS) / BUCKET_MS);
  const growthPerMs = Math.log(1 + (options.weeklyGrowth ?? 0)) / (7 * DAY_MS);
  const quietNoise = options.quietNoise ?? true;
  const buckets: MentionBucket[] = [];
  const spans: InjectedBurstSpan[] = [];
  const minutes: MinuteSeries[] = [];
  const splitRandom = seededRandom(options.seed ^ 0x5bd1e995);

  for (const platform of options.platforms) {
    const perMinute: MinuteSeries | undefined = options.minutes
      ? {
          platform: platform.platform,
          start,
          counts: new Array<number>(steps * 5).fill(0),
          negatives: new Array<number>(steps * 5).fill(0),
          normal: new Array<number>(steps * 5).fill(0),
          normalNegatives: new Array<number>(steps * 5).fill(0),
        }
      : undefined;
    if (perMinute) minutes.push(perMinute);
    const minuteRates = [0, 0, 0, 0, 0];
    const minuteNegativeRates = [0, 0, 0, 0, 0];
    const minuteOtherRates = [0, 0, 0, 0, 0];
    // Day-level drift of volume and of the negative share, interpolated so midnight has no step.
    const days = options.days + 2;
    const dayVolume = Array.from({ length: days }, () => (quietNoise ? Math.exp(0.12 * normal(random)) : 1));
    const dayShare = Array.from({ length: days }, () => (quietNoise ? 0.025 * normal(random) : 0));
    // About three small organic bumps a week: 1.3–1.7× for 20–60 minutes.
    const bumps: OrganicBump[] = [];
    if (quietNoise) {
      for (let t = start; t < start + options.days * DAY_MS; ) {
        t += -Math.log(Math.max(random(), 1e-12)) * (DAY_MS * 7) / 3;
        const length = (20 + 40 * random()) * MINUTE_MS;
        bumps.push({ start: t, end: t + length, multiple: 1.3 + 0.4 * random() });
      }
    }
    const bursts = platform.bursts ?? [];
    for (const burst of bursts) {
      spans.push({
        ...burst,
        platform: platform.platform,
        end: burstEnd(burst),
        fullStrength: burst.shape === 'ramp-3x' ? burst.start + RAMP_MS : burst.start,
      });
    }
    const shift = platform.cycleShiftHours ?? 0;
    const dayInterpolated = (values: number[], time: number): number => {
      const position = (time - start) / DAY_MS - 0.5;
      const lower = Math.max(0, Math.floor(position));
      const fraction = Math.min(1, Math.max(0, position - lower));
      return (1 - fraction) * values[Math.min(lower, values.length - 1)]! + fraction * values[Math.min(lower + 1, values.length - 1)]!;
    };

    for (let step = 0; step < steps; step++) {
      const bucketStart = start + step * BUCKET_MS;
      let mentions = 0;
      let negativeMentions = 0;
      // Integrate over one-minute slices: bursts start at any minute, not on bucket boundaries.
      for (let minute = 0; minute < 5; minute++) {
        const time = bucketStart + (minute + 0.5) * MINUTE_MS;
        let normalRate =
          platform.meanPerHour *
          dailyCycle(time, shift) *
          weeklyCycle(time) *
          Math.exp(growthPerMs * (time - start)) *
          dayInterpolated(dayVolume, time);
        for (const bump of bumps) if (time >= bump.start && time < bump.end) normalRate *= bump.multiple;
        let share = Math.min(0.95, Math.max(0.01, platform.negativeShare + dayInterpolated(dayShare, time)));
        if (perMinute) {
          perMinute.normal[step * 5 + minute] = normalRate / 60;
          perMinute.normalNegatives[step * 5 + minute] = (normalRate * share) / 60;
        }
        let rate = normalRate;
        let viralRate = 0;
        for (const burst of bursts) {
          const since = time - burst.start;
          rate *= burstMultiple(burst.shape, since);
          if (burst.shape === 'negative-jump' && since >= 0 && since < NEGATIVE_JUMP_MS) {
            share = Math.min(0.95, share + NEGATIVE_JUMP_POINTS);
          }
          if (burst.shape === 'viral-post') viralRate += viralExtraPerHour(since, 4 * platform.meanPerHour);
        }
        const negativeRate = rate * share + viralRate * VIRAL_NEGATIVE_SHARE;
        rate += viralRate;
        mentions += rate / 60;
        negativeMentions += negativeRate / 60;
        minuteRates[minute] = rate;
        minuteNegativeRates[minute] = negativeRate;
      }
      const count = samplePoisson(mentions, random);
      const negatives = sampleBinomial(count, mentions > 0 ? negativeMentions / mentions : 0, random);
      buckets.push({ platform: platform.platform, bucketStart, count, negatives });
      if (perMinute) {
        for (let minute = 0; minute < 5; minute++) minuteOtherRates[minute] = minuteRates[minute]! - minuteNegativeRates[minute]!;
        shareOut(negatives, minuteNegativeRates, splitRandom, perMinute.negatives, step * 5);
        for (let minute = 0; minute < 5; minute++) perMinute.counts[step * 5 + minute] = perMinute.negatives[step * 5 + minute]!;
        shareOut(count - negatives, minuteOtherRates, splitRandom, perMinute.counts, step * 5);
      }
    }
  }
  buckets.sort((a, b) => a.bucketStart - b.bucketStart || a.platform.localeCompare(b.platform));
  spans.sort((a, b) => a.start - b.start);
  return options.minutes ? { buckets, bursts: spans, minutes } : { buckets, bursts: spans };
}
