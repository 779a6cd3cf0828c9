import { describe, expect, test } from 'vitest';
import { BUCKET_MS, DAY_MS, expectedMentions, HOUR_MS } from '../../../utils/tracking/baseline';
import {
  baselineFor,
  detectSpikes,
  evaluateSpikes,
  formatReason,
  readWindow,
  saysMore,
  spikeStatus,
  testedWindows,
  type AlertEvidence,
  type MentionBucket,
  type SpikeDetectorState,
} from '../../../utils/tracking/detect';
import { generateSeries, type BurstShape } from '../../../utils/tracking/synthetic';
import { PRESET_THRESHOLDS } from '../../../utils/tracking/thresholds';

const balanced = PRESET_THRESHOLDS.balanced;
const START = Date.UTC(2024, 0, 1);
const BURST_AT = START + 9 * DAY_MS + 14 * HOUR_MS + 7 * 60_000;

function seriesWith(shape: BurstShape | null, meanPerHour = 400, seed = 7): MentionBucket[] {
  return generateSeries({
    seed,
    start: START,
    days: 10,
    platforms: [{ platform: 'x', meanPerHour, negativeShare: 0.2, bursts: shape ? [{ shape, start: BURST_AT }] : [] }],
  }).buckets;
}

describe('formatReason', () => {
  const evidence = (overrides: Partial<AlertEvidence>): AlertEvidence => ({
    trigger: 'volume',
    windowMinutes: 60,
    mentions: 412,
    expectedMentions: 80.8,
    negatives: 280,
    normalNegativeShare: 0.21,
    ...overrides,
  });

  test.each<[string, Partial<AlertEvidence>, string[], string]>([
    ['the brief’s example', {}, ['refund', 'recall'], '412 mentions in the last hour, 5.1× normal; 68% negative vs 21% normally; about: refund, recall'],
    ['a short window, no terms', { windowMinutes: 15, mentions: 60, expectedMentions: 12, negatives: 12 }, [], '60 mentions in the last 15 minutes, 5.0× normal; 20% negative vs 21% normally'],
    ['a share jump leads with the share', { trigger: 'negative-share', windowMinutes: 30, mentions: 100, expectedMentions: 95, negatives: 47 }, [], '47% negative vs 21% normally in the last 30 minutes; 47 of 100 mentions, volume 1.1× normal'],
    ['large multiples are rounded', { mentions: 300, expectedMentions: 12 }, [' ', 'outage'], '300 mentions in the last hour, 25× normal; 93% negative vs 21% normally; about: outage'],
    ['two hours', { windowMinutes: 120, mentions: 1, expectedMentions: 0, negatives: 0 }, [], '1 mention in the last 2 hours, none expected; 0% negative vs 21% normally'],
    ['the long window', { windowMinutes: 190, mentions: 30, expectedMentions: 10, negatives: 6 }, [], '30 mentions in the last 3 h 10 min, 3.0× normal; 20% negative vs 21% normally'],
  ])('%s', (_name, overrides, terms, expected) => {
    expect(formatReason(evidence(overrides), terms)).toBe(expected);
  });
});

describe('readWindow', () => {
  const baseline = { overdispersion: 0, negativeShare: 0.2, shareDrift: 0 };
  test.each<[string, number, number, number, string]>([
    ['normal volume', 30, 6, 30, 'normal'],
    ['3× at volume', 90, 18, 30, 'watch'],
    ['5× at volume', 150, 30, 30, 'crisis'],
    ['3× but below the minimum volume', 6, 1, 2, 'normal'],
    ['1 → 3 mentions is noise', 3, 0, 1, 'normal'],
    ['negative share 20% → 45% at volume', 200, 90, 200, 'watch'],
    ['negative share 20% → 60% at volume', 200, 120, 200, 'crisis'],
    ['more and angrier at once', 90, 45, 30, 'crisis'],
  ])('%s', (_name, mentions, negatives, expected, level) => {
    expect(readWindow(15, mentions, negatives, expected, baseline, balanced).level).toBe(level);
  });
});

describe('testedWindows', () => {
  const HOUR_START = START + 5 * DAY_MS;
  /** 26 open slots of 2 mentions (1 negative) each, after a closed hour of 30 (12 negative). */
  function stateWith(overrides: { excluded?: boolean; historyEnd?: number } = {}) {
    const end = overrides.historyEnd ?? HOUR_START;
    return {
      history: { firstHour: end - HOUR_MS, counts: [30], negatives: [12], excluded: [overrides.excluded ?? false] },
      recent: {
        start: HOUR_START,
        counts: Array.from({ length: 26 }, () => 2),
        negatives: Array.from({ length: 26 }, () => 1),
        elevated: Array.from({ length: 26 }, () => false),
      },
    };
  }

  test('tests the last 5 minutes to 2 hours of open slots, then every open slot with the last closed hour', () => {
    const windows = testedWindows(stateWith());
    expect(windows.map((w) => w.minutes)).toEqual([5, 10, 15, 30, 60, 120, 190]);
    expect(windows[5]).toEqual({ minutes: 120, from: HOUR_START + 2 * BUCKET_MS, mentions: 48, negatives: 24 });
    expect(windows[6]).toEqual({ minutes: 190, from: HOUR_START - HOUR_MS, mentions: 30 + 52, negatives: 12 + 26 });
  });

  test('between evaluations at slot ends, every short window still spans its full length', () => {
    // Two minutes into slot 25: the last 5 minutes are those 2 minutes plus 3/5 of slot 24, pro rata.
    const state = stateWith();
    state.recent.counts[25] = 7;
    state.recent.negatives[25] = 3;
    const now = HOUR_START + 25 * BUCKET_MS + 2 * 60_000;
    const windows = testedWindows(state, now);
    expect(windows[0]).toEqual({ minutes: 5, from: now - 5 * 60_000, mentions: 7 + 0.6 * 2, negatives: 3 + 0.6 * 1 });
    expect(windows[5]).toMatchObject({ minutes: 120, from: now - 120 * 60_000 });
    expect(windows[5]!.mentions).toBeCloseTo(7 + 23 * 2 + 0.6 * 2, 9);
    // At a slot's end the windows are whole slots, as without a time.
    expect(testedWindows(state, HOUR_START + 26 * BUCKET_MS)).toEqual(testedWindows(state));
  });

  test('leaves the long window out when the closed hour overlapped an alert or history stops short', () => {
    expect(testedWindows(stateWith({ excluded: true })).map((w) => w.minutes)).toEqual([5, 10, 15, 30, 60, 120]);
    expect(testedWindows(stateWith({ historyEnd: HOUR_START - HOUR_MS })).map((w) => w.minutes)).toEqual([5, 10, 15, 30, 60, 120]);
  });

  test('a +25-point jump clears the balanced bar at about 65 mentions, not at 45 (the 15-minute limit)', () => {
    // 22% → 47% negative. At 400 an hour a 10-minute window holds ~67 mentions: 31 negative is p ≈ 1e-5,
    // right at the bar. At 270 an hour (45 mentions; the suite's slow seed 0) 20 negative is p ≈ 7e-4,
    // a hundredfold short: a looser bar that caught it would alarm about twice a week on quiet data.
    const baseline = { overdispersion: 0, negativeShare: 0.22, shareDrift: 7e-5 };
    expect(readWindow(10, 45, 20, 45, baseline, balanced).level).toBe('normal');
    expect(readWindow(10, 67, 31, 67, baseline, balanced).level).toBe('normal');
    expect(readWindow(15, 100, 47, 100, baseline, balanced).level).toBe('watch');
    expect(readWindow(15, 100, 47, 100, baseline, balanced).evidence.trigger).toBe('negative-share');
  });

  test('the 5-minute window needs a hundredfold stronger proof than the longer ones', () => {
    // 31 against 12 (2.6×) is p ≈ 3e-6, and 15 of 21 negative at 20% is p ≈ 2e-6: spikes over ten
    // minutes, chance clusters over five, which the service worker re-tests every minute.
    const baseline = { overdispersion: 0, negativeShare: 0.2, shareDrift: 0 };
    expect(readWindow(10, 31, 6, 12, baseline, balanced).level).toBe('watch');
    expect(readWindow(5, 31, 6, 12, baseline, balanced).level).toBe('normal');
    expect(readWindow(10, 20, 14, 20, baseline, balanced).level).toBe('crisis');
    expect(readWindow(5, 20, 14, 20, baseline, balanced).level).toBe('normal');
    // A big spike at volume still shows within five minutes.
    expect(readWindow(5, 165, 36, 33, baseline, balanced).level).toBe('crisis');
    expect(readWindow(5, 100, 22, 33, baseline, balanced).level).toBe('watch');
  });

  test('a 3× rise at 3 mentions an hour, too thin for two hours, is caught over three', () => {
    // 3× of 3 an hour: 18 against 6 in two hours is p ≈ 1e-4; 28 against 9.5 over 3 h 10 is p ≈ 1e-7.
    const baseline = { overdispersion: 0.01, negativeShare: 0.2, shareDrift: 0.0003 };
    expect(readWindow(120, 18, 4, 6, baseline, balanced).level).toBe('normal');
    expect(readWindow(190, 28, 6, 9.5, baseline, balanced).level).toBe('watch');
  });
});

describe('evaluateSpikes', () => {
  test('no alert while learning, nor on quiet days', () => {
    expect(detectSpikes(seriesWith(null), balanced)).toEqual([]);
  });

  test.each<[BurstShape, number]>([
    ['sudden-5x', 400],
    ['sudden-3x', 400],
    ['negative-jump', 400],
    ['sudden-5x', 25],
  ])('%s at %d/h is caught within 15 minutes, with one alert per level', (shape, meanPerHour) => {
    const alerts = detectSpikes(seriesWith(shape, meanPerHour), balanced);
    const forBurst = alerts.filter((a) => a.time >= BURST_AT);
    expect(forBurst.length).toBeGreaterThan(0);
    expect(forBurst[0]!.time - BURST_AT).toBeLessThanOrEqual(15 * 60_000);
    expect(alerts.filter((a) => a.time < BURST_AT)).toEqual([]);
    expect(forBurst.length).toBeLessThanOrEqual(2);
    expect(new Set(forBurst.map((a) => a.level)).size).toBe(forBurst.length);
  });

  test('the state survives JSON, and resuming from it gives the same alerts', () => {
    const buckets = seriesWith('sudden-5x');
    const whole = detectSpikes(buckets, balanced);
    let state: SpikeDetectorState | null = null;
    const resumed = [];
    for (let step = buckets[0]!.bucketStart; step <= buckets.at(-1)!.bucketStart; step += BUCKET_MS) {
      const result = evaluateSpikes(state, buckets.filter((b) => b.bucketStart === step), step + BUCKET_MS, balanced);
      // The service worker may die between any two evaluations.
      state = JSON.parse(JSON.stringify(result.state)) as SpikeDetectorState;
      resumed.push(...result.alerts);
    }
    expect(resumed).toEqual(whole);
  });

  test('evaluating the same moment twice raises no second alert and leaves the input untouched', () => {
    const buckets = seriesWith('sudden-5x');
    const until = BURST_AT + 20 * 60_000;
    const first = evaluateSpikes(null, buckets.filter((b) => b.bucketStart < until - 30 * 60_000), until - 30 * 60_000, balanced);
    const recent = buckets.filter((b) => b.bucketStart >= until - 30 * 60_000 && b.bucketStart < until);
    const second = evaluateSpikes(first.state, recent, until, balanced);
    expect(second.alerts.length).toBe(1);
    const frozen = JSON.stringify(second.state);
    const again = evaluateSpikes(second.state, recent, until, balanced);
    expect(again.alerts).toEqual([]);
    expect(JSON.stringify(second.state)).toBe(frozen);
    expect(spikeStatus(again.state)[0]).toMatchObject({ platform: 'x', level: second.alerts[0]!.level, baselineReady: true });
    expect(spikeStatus(again.state)[0]!.reason).toBe(second.alerts[0]!.reason);
    // The reason's figures carry the time they were measured: the alert's, however long the level holds.
    expect(spikeStatus(again.state)[0]!.reasonAt).toBe(second.alerts[0]!.time);
  });

  test('at low volume a watch-level rise must last two minutes; a crisis-level one is told at once', () => {
    const quiet = generateSeries({ seed: 5, start: START, days: 5, quietNoise: false, platforms: [{ platform: 'x', meanPerHour: 25, negativeShare: 0.2 }] }).buckets;
    const slot = START + 4 * DAY_MS + 15 * HOUR_MS;
    const learned = evaluateSpikes(null, quiet.filter((b) => b.bucketStart < slot), slot, balanced);
    const tenMinutes = expectedMentions(baselineFor(learned.state, 'x')!, slot - BUCKET_MS, slot + BUCKET_MS);
    // About 3.5× normal over the last ten minutes: a watch, if it is still there at the next looks.
    const watch = Math.round(1.75 * tenMinutes);
    const rise = [
      { platform: 'x', bucketStart: slot - BUCKET_MS, count: watch, negatives: Math.round(watch / 5) },
      { platform: 'x', bucketStart: slot, count: watch, negatives: Math.round(watch / 5) },
    ];
    const first = evaluateSpikes(learned.state, rise, slot + BUCKET_MS - 2 * 60_000, balanced);
    expect(first.state.platforms.x!.entrySince).toBe(slot + BUCKET_MS - 2 * 60_000);
    expect(first.alerts).toEqual([]);
    const next = evaluateSpikes(first.state, rise, slot + BUCKET_MS - 60_000, balanced);
    expect(next.alerts).toEqual([]);
    const held = evaluateSpikes(next.state, rise, slot + BUCKET_MS, balanced);
    expect(held.alerts.map((a) => a.level)).toEqual(['watch']);
    // Gone at the next look (the page's counts were corrected down): the wait starts over.
    const quietAgain = rise.map((bucket) => ({ ...bucket, count: 2, negatives: 0 }));
    const gone = evaluateSpikes(first.state, quietAgain, slot + BUCKET_MS - 60_000, balanced);
    expect(gone.state.platforms.x!.entrySince).toBeNull();
    // Twice that is a crisis, and a crisis is not kept waiting.
    const crisis = rise.map((bucket) => ({ ...bucket, count: 2 * watch }));
    expect(evaluateSpikes(learned.state, crisis, slot + BUCKET_MS - 2 * 60_000, balanced).alerts.map((a) => a.level)).toEqual(['crisis']);
  });

  test('while the level holds, a reading that says more refreshes the reason, with no second alert', () => {
    const quiet = generateSeries({ seed: 5, start: START, days: 5, quietNoise: false, platforms: [{ platform: 'x', meanPerHour: 400, negativeShare: 0.2 }] }).buckets;
    const slot = START + 4 * DAY_MS + 15 * HOUR_MS;
    const learned = evaluateSpikes(null, quiet.filter((b) => b.bucketStart < slot), slot, balanced);
    const baseline = baselineFor(learned.state, 'x')!;
    const slotOf = (index: number, multiple: number) => {
      const start = slot + index * BUCKET_MS;
      const count = Math.round(multiple * expectedMentions(baseline, start, start + BUCKET_MS));
      return { platform: 'x', bucketStart: start, count, negatives: Math.round(count / 5) };
    };
    // About 2.6× normal for ten minutes: a watch.
    const first = evaluateSpikes(learned.state, [slotOf(0, 2.6), slotOf(1, 2.6)], slot + 2 * BUCKET_MS - 60_000, balanced);
    expect(first.alerts.map((a) => a.level)).toEqual(['watch']);
    const before = spikeStatus(first.state)[0]!;
    // Ten minutes on it runs at 4.2×, still below the crisis multiple (4.5): the level holds, the figures follow.
    const later = slot + 4 * BUCKET_MS;
    const grown = evaluateSpikes(first.state, [slotOf(2, 4.2), slotOf(3, 4.2)], later, balanced);
    expect(grown.alerts).toEqual([]);
    const after = spikeStatus(grown.state)[0]!;
    expect(after.level).toBe('watch');
    expect(after.reasonAt).toBe(later);
    expect(after.reason).not.toBe(before.reason);
    // The same again (no more than before) changes nothing.
    const same = evaluateSpikes(grown.state, [slotOf(3, 4.2)], later + 30_000, balanced);
    expect(spikeStatus(same.state)[0]!.reasonAt).toBe(later);
  });

  test('saysMore: the negative share joining, a quarter more volume, or 5 more points of share', () => {
    const volume: AlertEvidence = { trigger: 'volume', windowMinutes: 15, mentions: 300, expectedMentions: 100, negatives: 60, normalNegativeShare: 0.2 };
    expect(saysMore({ ...volume, trigger: 'volume-and-negative-share', negatives: 150 }, volume)).toBe(true);
    expect(saysMore({ ...volume, mentions: 400, negatives: 80 }, volume)).toBe(true);
    expect(saysMore({ ...volume, mentions: 340, negatives: 68 }, volume)).toBe(false);
    expect(saysMore(volume, { ...volume, trigger: 'volume-and-negative-share' })).toBe(false);
    const share: AlertEvidence = { ...volume, trigger: 'negative-share', mentions: 100, negatives: 45 };
    expect(saysMore({ ...share, negatives: 52 }, share)).toBe(true);
    expect(saysMore({ ...share, negatives: 47 }, share)).toBe(false);
  });

  test('a chance cluster in the first minute of a slot is not read as a five-minute spike', () => {
    // The worker evaluates every minute. Six times a minute's normal in the first minute of a slot is
    // p < 1e-7 on its own, but the last 5 minutes (that minute and 4/5 of the slot before) are ~2× normal.
    const quiet = generateSeries({
      seed: 3,
      start: START,
      days: 5,
      quietNoise: false,
      platforms: [{ platform: 'x', meanPerHour: 200, negativeShare: 0.2 }],
    }).buckets;
    const slot = START + 4 * DAY_MS + 15 * HOUR_MS;
    const learned = evaluateSpikes(null, quiet.filter((b) => b.bucketStart < slot), slot, balanced);
    const perMinute = expectedMentions(baselineFor(learned.state, 'x')!, slot, slot + 60_000);
    const cluster = Math.round(6 * perMinute);
    expect(cluster).toBeGreaterThanOrEqual(15);
    const oneMinuteIn = evaluateSpikes(learned.state, [{ platform: 'x', bucketStart: slot, count: cluster, negatives: 2 }], slot + 60_000, balanced);
    expect(oneMinuteIn.alerts).toEqual([]);
    expect(oneMinuteIn.status[0]!.level).toBe('normal');
    // The same rate kept up for the whole five minutes is a real spike, and is caught.
    const sustained = evaluateSpikes(learned.state, [{ platform: 'x', bucketStart: slot, count: 5 * cluster, negatives: cluster }], slot + BUCKET_MS, balanced);
    expect(sustained.alerts.map((a) => a.level)).toEqual(['crisis']);
  });

  test('a first run from stored history has a baseline at once', () => {
    const buckets = seriesWith(null).filter((b) => b.bucketStart < START + 3 * DAY_MS);
    const { status } = evaluateSpikes(null, buckets, START + 3 * DAY_MS, balanced);
    expect(status).toEqual([expect.objectContaining({ platform: 'x', level: 'normal', baselineReady: true, reason: null })]);
  });

  describe('a listening source turned on (coverage changes)', () => {
    // Two weeks of what the pages showed: about one mention an hour. Then the source is turned on and its
    // first poll brings the last three hours of ordinary posts, 25 of them, a fifth negative as usual.
    const TURNED_ON = START + 14 * DAY_MS + 15 * HOUR_MS;
    const pagesOnly = generateSeries({ seed: 3, start: START, days: 14.6, platforms: [{ platform: 'bluesky', meanPerHour: 1, negativeShare: 0.2 }] })
      .buckets.filter((b) => b.bucketStart < TURNED_ON - 3 * HOUR_MS);
    const learned = evaluateSpikes(null, pagesOnly, TURNED_ON - 3 * HOUR_MS, balanced);
    const backlog: MentionBucket[] = Array.from({ length: 25 }, (_, i) => ({
      platform: 'bluesky',
      bucketStart: TURNED_ON - 3 * HOUR_MS + Math.floor((i * 7) % 36) * BUCKET_MS,
      count: 1,
      negatives: i % 5 === 0 ? 1 : 0,
    }));
    const merged = [...backlog.reduce((slots, b) => {
      const slot = slots.get(b.bucketStart) ?? { ...b, count: 0, negatives: 0 };
      slots.set(b.bucketStart, { ...slot, count: slot.count + b.count, negatives: slot.negatives + b.negatives });
      return slots;
    }, new Map<number, MentionBucket>()).values()];

    test('the old normal would call the first poll a crisis', () => {
      expect(learned.status[0]!.baselineReady).toBe(true);
      const { alerts } = evaluateSpikes(learned.state, merged, TURNED_ON + 60_000, balanced);
      expect(alerts.map((a) => a.level)).toContain('crisis');
    });

    test('with the change known, the platform relearns its normal and raises nothing', () => {
      const options = { coverageFrom: { bluesky: TURNED_ON } };
      const first = evaluateSpikes(learned.state, merged, TURNED_ON + 60_000, balanced, options);
      expect(first.alerts).toEqual([]);
      expect(first.status[0]).toEqual(expect.objectContaining({ level: 'normal', baselineReady: false }));
      // Taken in once: later evaluations keep the new history and learn from it.
      const later = evaluateSpikes(first.state, [], TURNED_ON + 2 * HOUR_MS, balanced, options);
      expect(later.state.platforms.bluesky!.coverageFrom).toBe(TURNED_ON);
      expect(later.state.platforms.bluesky!.history.counts.length).toBeGreaterThan(0);
    });

    test('a change from over a day ago is only noted (a state saved before coverage was kept)', () => {
      const old = evaluateSpikes(learned.state, [], TURNED_ON - 3 * HOUR_MS + 60_000, balanced, { coverageFrom: { bluesky: START } });
      expect(old.status[0]!.baselineReady).toBe(true);
      expect(old.state.platforms.bluesky!.coverageFrom).toBe(START);
    });
  });

  describe('a brand renamed to a different one (countFrom)', () => {
    // Two weeks of a loud old brand (40 an hour); renamed mid-hour to a quiet one (one mention every 20 minutes).
    const RENAMED = START + 14 * DAY_MS + 15 * HOUR_MS + 7 * 60_000;
    const old = generateSeries({ seed: 5, start: START, days: 14.7, platforms: [{ platform: 'x', meanPerHour: 40, negativeShare: 0.2 }] }).buckets;
    const learned = evaluateSpikes(null, old.filter((b) => b.bucketStart < RENAMED - BUCKET_MS), RENAMED - 60_000, balanced);
    const quietNewBrand = (from: number, to: number): MentionBucket[] => {
      const buckets: MentionBucket[] = [];
      for (let t = Math.ceil(from / (4 * BUCKET_MS)) * 4 * BUCKET_MS; t < to; t += 4 * BUCKET_MS) buckets.push({ platform: 'x', bucketStart: t, count: 1, negatives: 0 });
      return buckets;
    };
    function afterADay(options: { coverageFrom: Record<string, number>; countFrom?: Record<string, number> }) {
      let state = evaluateSpikes(learned.state, [], RENAMED + 60_000, balanced, options).state;
      for (let t = RENAMED + HOUR_MS; t <= RENAMED + 27 * HOUR_MS; t += HOUR_MS) {
        state = evaluateSpikes(state, quietNewBrand(t - HOUR_MS, t), t, balanced, options).state;
      }
      return state.platforms.x!;
    }

    test('the old brand’s slots still open at the rename stay out of the new normal', () => {
      const renamed = afterADay({ coverageFrom: { x: RENAMED }, countFrom: { x: RENAMED } });
      const { history } = renamed;
      const hourOf = (time: number) => (time - history.firstHour) / HOUR_MS;
      // The open window held two and a bit hours of the old brand: those hours are kept out.
      expect(history.firstHour).toBeLessThan(RENAMED - 2 * HOUR_MS);
      for (let h = 0; h < hourOf(RENAMED - (RENAMED % HOUR_MS)); h++) expect(history.excluded[h]).toBe(true);
      expect(renamed.baseline).not.toBeNull();
      const perHour = expectedMentions(renamed.baseline!, RENAMED + 27 * HOUR_MS, RENAMED + 28 * HOUR_MS);
      // Three an hour, as the new brand runs (3.8 when the old brand's hours counted).
      expect(perHour).toBeGreaterThan(2.7);
      expect(perHour).toBeLessThan(3.3);
    });

    test('without it (a source turned on), those slots are the new coverage and count', () => {
      const { history } = afterADay({ coverageFrom: { x: RENAMED } });
      expect(history.excluded[0]).toBe(false);
      expect(history.counts[0]).toBeGreaterThan(15);
    });
  });

  test('missing buckets count as zero and platforms are independent', () => {
    const quiet = seriesWith(null, 100).filter((b) => b.bucketStart < START + 3 * DAY_MS);
    const other = quiet.filter((_, i) => i % 2 === 0).map((b) => ({ ...b, platform: 'reddit' }));
    const alerts = detectSpikes([...other, ...quiet].reverse(), balanced);
    expect(alerts).toEqual([]);
  });

  test.each<[string, Partial<MentionBucket>, string]>([
    ['negatives above count', { count: 3, negatives: 4 }, 'negatives must be a whole number between 0 and count'],
    ['a fractional count', { count: 2.5 }, 'count must be a whole number'],
    ['an unaligned start', { bucketStart: START + 1000 }, 'aligned to 5 minutes'],
    ['an empty platform', { platform: '' }, 'platform must be a non-empty string'],
  ])('rejects %s with a clear message', (_name, overrides, message) => {
    const bucket: MentionBucket = { platform: 'x', bucketStart: START, count: 3, negatives: 1, ...overrides };
    expect(() => evaluateSpikes(null, [bucket], START + HOUR_MS, balanced)).toThrow(message);
  });
});
