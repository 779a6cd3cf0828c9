import { describe, expect, test } from 'vitest';
import { BUCKET_MS, DAY_MS, HOUR_MS, MINUTE_MS } from '../../../utils/tracking/baseline';
import { detectSpikes } from '../../../utils/tracking/detect';
import { generateSeries } from '../../../utils/tracking/synthetic';
import { PRESET_THRESHOLDS } from '../../../utils/tracking/thresholds';
import { detectEveryMinute, idealCatches, MAX_SEEDS, slowerShapes, suiteSeries, VOLUME_REGIMES, type DetectorSummary, type SuiteSeries } from '../../bench/spikes/suite';

describe('suiteSeries (bench:spikes synthetic suite)', () => {
  const high = VOLUME_REGIMES.find((r) => r.name === 'high')!;

  test('an index picks one reproducible series; another index (--first-seed) a different one', () => {
    const first = suiteSeries(high, 'negative-jump', 0);
    const again = suiteSeries(high, 'negative-jump', 0);
    const other = suiteSeries(high, 'negative-jump', 4);
    expect(again.burst).toEqual(first.burst);
    expect(again.buckets.slice(0, 50)).toEqual(first.buckets.slice(0, 50));
    expect(other.seed).not.toBe(first.seed);
    expect(other.burst.start).not.toBe(first.burst.start);
  });

  test('refuses an index that would reuse the next shape’s seed', () => {
    expect(suiteSeries(high, 'sudden-5x', MAX_SEEDS - 1).seed).toBeLessThan(suiteSeries(high, 'sudden-3x', 0).seed);
    expect(() => suiteSeries(high, 'sudden-5x', MAX_SEEDS)).toThrow(RangeError);
    expect(() => suiteSeries(high, 'sudden-5x', -1)).toThrow(RangeError);
  });
});

describe('detectEveryMinute (the suite replays a series as the service worker sees it)', () => {
  test('a sudden 5× at 400/h is caught a minute or two in, before its bucket is complete', () => {
    const start = Date.UTC(2024, 0, 1);
    const burstAt = start + 2 * DAY_MS + 14 * HOUR_MS + 2 * MINUTE_MS;
    const series = generateSeries({
      seed: 11,
      start,
      days: 3,
      minutes: true,
      platforms: [{ platform: 'x', meanPerHour: 400, negativeShare: 0.2, bursts: [{ shape: 'sudden-5x', start: burstAt }] }],
    });
    const balanced = PRESET_THRESHOLDS.balanced;
    const everyMinute = detectEveryMinute(series.minutes![0]!, balanced);
    const atBucketEnds = detectSpikes(series.buckets, balanced);
    expect(everyMinute.filter((a) => a.time < burstAt)).toEqual([]);
    const first = everyMinute.find((a) => a.time >= burstAt)!;
    const firstAtBucketEnd = atBucketEnds.find((a) => a.time >= burstAt)!;
    expect(first.time - burstAt).toBeLessThanOrEqual(2 * MINUTE_MS);
    expect(first.time).toBeLessThan(firstAtBucketEnd.time);
    expect(first.time % BUCKET_MS).not.toBe(0);
  });
});

describe('idealCatches (the bound on any detector printed beside the suite)', () => {
  const tiny = VOLUME_REGIMES.find((r) => r.name === 'tiny')!;
  const START = Date.UTC(2024, 0, 1);
  const BURST = START + 2 * HOUR_MS + 7 * MINUTE_MS;

  /** Three mentions an hour, 20% negative, for four hours; `during` mentions (`negatives` of them) in the burst's first 15 minutes. */
  function flatSeries(shape: 'sudden-3x' | 'negative-jump', during: number, negatives = 0): SuiteSeries {
    const length = 4 * 60;
    const counts = new Array<number>(length).fill(0);
    const negativeCounts = new Array<number>(length).fill(0);
    const at = (BURST - START) / MINUTE_MS;
    for (let i = 0; i < during; i++) counts[at + i] = 1;
    for (let i = 0; i < negatives; i++) negativeCounts[at + i] = 1;
    return {
      regime: tiny,
      shape,
      seed: 0,
      buckets: [],
      minutes: {
        platform: 'x',
        start: START,
        counts,
        negatives: negativeCounts,
        normal: new Array<number>(length).fill(3 / 60),
        normalNegatives: new Array<number>(length).fill(0.6 / 60),
      },
      burst: { shape, start: BURST, platform: 'x', end: BURST + HOUR_MS, fullStrength: BURST },
    };
  }

  test('at 3 an hour, 15 minutes must hold 5 mentions (0.75 normal): a sudden 3× brings about 2', () => {
    // P(X ≥ 4 | 0.75) ≈ 0.0068 is above the 1-in-672 chance a 15-minute window gets at one false alarm a
    // week; P(X ≥ 5 | 0.75) ≈ 0.0008 is below it.
    expect(idealCatches(flatSeries('sudden-3x', 4))).toBe(false);
    expect(idealCatches(flatSeries('sudden-3x', 5))).toBe(true);
    // A tenth of the budget asks for one more.
    expect(idealCatches(flatSeries('sudden-3x', 5), 0.1)).toBe(false);
    expect(idealCatches(flatSeries('sudden-3x', 6), 0.1)).toBe(true);
  });

  test('a negative-share jump is tested on the negatives among the burst’s mentions, not on volume', () => {
    // 8 mentions where 0.75 are normal: a volume spike, but only 1 negative of 8 at a normal 20%.
    expect(idealCatches(flatSeries('sudden-3x', 8, 1))).toBe(true);
    expect(idealCatches(flatSeries('negative-jump', 8, 1))).toBe(false);
    expect(idealCatches(flatSeries('negative-jump', 8, 8))).toBe(true);
    expect(idealCatches(flatSeries('negative-jump', 0))).toBe(false);
  });

  test('on the suite’s series: every burst at 400/h is caught, and a tighter budget never catches more', () => {
    const high = VOLUME_REGIMES.find((r) => r.name === 'high')!;
    for (const shape of ['sudden-5x', 'sudden-3x', 'ramp-3x'] as const) expect(idealCatches(suiteSeries(high, shape, 0))).toBe(true);
    const series = [0, 1, 2, 3].map((i) => suiteSeries(tiny, 'sudden-3x', i));
    const caught = (budget: number): number => series.filter((s) => idealCatches(s, budget)).length;
    expect(caught(0.01)).toBeLessThanOrEqual(caught(1));
    expect(caught(1)).toBeLessThanOrEqual(caught(100));
    expect(caught(100)).toBeGreaterThan(caught(0.01));
  });
});

describe('slowerShapes (bench:spikes: "better than the rule on delay")', () => {
  /** A detector's summary with one shape per entry: delays by seed, null for a miss. */
  const summary = (detector: string, ...shapes: Array<Array<number | null>>): DetectorSummary => ({
    detector,
    regime: 'high',
    quietWeeks: 10,
    quietAlerts: 0,
    falseAlarmsPerQuietWeek: 0,
    shapes: shapes.map((delays) => {
      const caught = delays.filter((delay): delay is number => delay !== null).sort((a, b) => a - b);
      return {
        shape: 'ramp-3x',
        bursts: delays.length,
        detected: caught.length,
        withinTarget: caught.length,
        medianDelayMinutes: caught.length ? caught[caught.length >> 1]! : null,
        maxDelayMinutes: caught.length ? caught[caught.length - 1]! : null,
        alertsPerDetectedBurst: 1,
        delaysBySeed: Object.fromEntries(delays.map((delay, seed) => [seed, delay])),
      };
    }),
  });

  test('compared on the bursts both caught: a rule that caught only its early ones is not faster', () => {
    // The rule's own median (50) is below ours (200), but on the two bursts it caught we were first.
    const ours = summary('ours', [40, 45, 200, 210, 220]);
    const rule = summary('rule', [50, 60, null, null, null]);
    expect(ours.shapes[0]!.medianDelayMinutes).toBeGreaterThan(rule.shapes[0]!.medianDelayMinutes!);
    expect(slowerShapes(ours, rule)).toEqual([]);
  });

  test('slower on the bursts both caught, or fewer caught, is slower', () => {
    const ours = summary('ours', [70, 80, 90, null], [10, 10, null, null]);
    const rule = summary('rule', [50, 60, null, null], [20, 20, 20, null]);
    expect(slowerShapes(ours, rule).map((shape) => shape.detected)).toEqual([3, 2]);
    // Caught nothing in common and no fewer: not slower.
    expect(slowerShapes(summary('ours', [null, 30]), summary('rule', [30, null]))).toEqual([]);
  });
});
