// Spike detection over stored mention buckets: volume spikes and negative-share jumps per platform.
//
// The service worker can be killed at any moment, so the detector keeps everything it knows in one plain,
// JSON-serialisable `SpikeDetectorState`. Each run is `evaluateSpikes(state, buckets, now, thresholds)`:
// it folds the new buckets in, tests the recent windows against the baseline and steps the level machine.
// It never mutates its input, and the same call twice gives the same result and no second alert.
//
// Why several windows: a sudden 5× at high volume is certain after 5 minutes, a 3× at modest volume needs
// 15, a slow ramp or a quiet brand needs the hour. Each window is tested on its own; one that clears
// both the size bar and the chance bar (see thresholds.ts) raises the level.

import {
  appendHour,
  BUCKET_MS,
  computeBaseline,
  emptyHistory,
  expectedMentions,
  historyEnd,
  HOUR_MS,
  hourStartOf,
  MIN_BASELINE_HOURS,
  type Baseline,
  type HourlyHistory,
} from './baseline';
import {
  higherLevel,
  initialLevelState,
  levelRank,
  stepLevel,
  type AlertLevel,
  type CrisisLevel,
  type LevelSignals,
  type LevelState,
} from './levels';
import { groupedCount } from '../count';
import { binomialUpperTail, countUpperTail } from './stats';
import type { SpikeThresholds } from './thresholds';

/** One stored aggregate, as the tracking database keeps them (5-minute or 1-hour buckets). */
export interface MentionBucket {
  platform: string;
  /** Bucket start, ms since epoch (UTC), a multiple of the bucket length. */
  bucketStart: number;
  count: number;
  negatives: number;
  /** Sum of sentiment scores; not used by detection, accepted so stored rows pass through unchanged. */
  sentimentSum?: number;
  /**
   * Bucket length in ms: 5 minutes (the default) or 1 hour. Hourly buckets only feed the baseline
   * history; give each hour either as one hourly bucket or as 5-minute buckets, not both.
   */
  durationMs?: number;
}

/** 5-minute slots of the last few hours, still open to late corrections; contiguous from `start`. */
export interface RecentBuckets {
  /** Start of slot 0 (ms), always the start of an hour. */
  start: number;
  counts: number[];
  negatives: number[];
  /** True where the platform was above normal: the hour is then kept out of the baseline. */
  elevated: boolean[];
}

export interface PlatformDetectorState {
  history: HourlyHistory;
  recent: RecentBuckets;
  /** Cached; recomputed whenever an hour closes. Null while learning. */
  baseline: Baseline | null;
  levels: LevelState;
  /** The evidence behind the level: of its latest rise, or of a later reading at that level that said more (saysMore); null at normal. */
  evidence: AlertEvidence | null;
  /** When that evidence was measured (the rise); absent in states saved before it was kept. */
  evidenceAt?: number | null;
  /** The latest change of coverage this state has taken in (see EvaluateOptions.coverageFrom). */
  coverageFrom?: number;
  /** Since when the windows have called for a level above the current one (see PERSIST_MS); null when not. */
  entrySince?: number | null;
}

export interface SpikeDetectorState {
  version: 1;
  platforms: Record<string, PlatformDetectorState>;
}

export type SpikeTrigger = 'volume' | 'negative-share' | 'volume-and-negative-share';

/** The numbers an alert's reason is made of. */
export interface AlertEvidence {
  trigger: SpikeTrigger;
  windowMinutes: number;
  mentions: number;
  expectedMentions: number;
  negatives: number;
  /** Normal negative share, 0..1. */
  normalNegativeShare: number;
}

export interface SpikeAlert {
  platform: string;
  /** When the detector saw it (ms): the evaluation time. */
  time: number;
  level: AlertLevel;
  previousLevel: CrisisLevel;
  evidence: AlertEvidence;
  /** One line that says why, e.g. "412 mentions in the last hour, 5.1× normal; 68% negative vs 21% normally". */
  reason: string;
}

export interface PlatformStatus {
  platform: string;
  level: CrisisLevel;
  since: number;
  /** Why the level is above normal; null at normal. */
  reason: string | null;
  /**
   * When the reason's figures were measured (the latest rise, or a later refresh); null at normal or when not known. The
   * level can hold, or step down, hours later: the reason is then history, and says so in the UI.
   */
  reasonAt: number | null;
  /** False while there is too little history for a baseline (no alerts then). */
  baselineReady: boolean;
}

export interface SpikeEvaluation {
  state: SpikeDetectorState;
  alerts: SpikeAlert[];
  /**
   * Rises the cool-down kept from alerting (a platform back to normal that rose again soon after its last
   * alert; a second spike to a level already told of): nobody is told of them, but each began or raised an
   * episode, which the worker records (AlertRecord.withinCoolDown). Not in `alerts`, nor in detectSpikes.
   */
  quietRises: SpikeAlert[];
  status: PlatformStatus[];
}

export interface EvaluateOptions {
  /** Key terms per platform from the text analysis, appended to reasons as "about: …". */
  keyTerms?: Readonly<Record<string, readonly string[]>>;
  /**
   * Per platform, when Firebreak last started reading it another way (a listening source turned on).
   * Volume measured before then is not comparable: the first poll alone brings hours of posts the
   * pages never showed. A platform whose coverage changed within the last day relearns its normal
   * from that point and raises no level until it has (MIN_BASELINE_HOURS of history).
   */
  coverageFrom?: Readonly<Record<string, number>>;
  /**
   * Per platform, from when its mentions are this brand's: the brand was renamed to a different one then
   * (give the same time in coverageFrom). The open window's slots that start earlier hold the old brand's
   * mentions, so they are kept out of the history the new normal is learned from. Unlike a source turned
   * on, whose first poll rightly fills those slots with the new coverage.
   */
  countFrom?: Readonly<Record<string, number>>;
  /** The words reasons are written in: the locale's in the worker; English by default. */
  messages?: ReasonMessages;
}

/**
 * Window lengths tested within the open slots, in 5-minute buckets: 5, 10, 15, 30 minutes, 1 and 2 hours.
 * The open window always holds at least two full hours, so the longest fits. See `testedWindows`.
 */
const WINDOW_BUCKETS = [1, 2, 3, 6, 12, 24] as const;
/** Hours kept open as 5-minute slots: the longest window plus room for late posts. */
const OPEN_HOURS = 3;
/** The 5-minute window's chance bar relative to the preset's (see `readWindow`). */
const SHORTEST_WINDOW_GUARD_FACTOR = 0.01;
/**
 * A rise to watch seen in windows of few mentions must still be there after this long (three looks a
 * minute apart) before the level follows it. A real spike lasts; a chance cluster of a dozen mentions
 * rarely survives the next two looks. At 25 mentions an hour false alarms went 0.21 → 0.12 a quiet week
 * (seeds 0–15) and 0.18 → 0.09 (16–31), for about two minutes more delay to a watch. A crisis is never
 * kept waiting (making it wait too gave 0.10 and 0.08, but a crisis two minutes late is the wrong trade),
 * and at volume the windows hold more than PERSIST_BELOW_MENTIONS mentions, so nothing waits.
 */
const PERSIST_MS = 2 * 60_000;
const PERSIST_BELOW_MENTIONS = 50;
/** Chance bar for holding a level: loose, because holding is about not flapping, not about proof. */
const HOLD_GUARD = 0.01;

export function initialSpikeState(): SpikeDetectorState {
  return { version: 1, platforms: {} };
}

/** Every problem with a bucket, or null when it is usable. */
export function bucketProblem(bucket: MentionBucket): string | null {
  const duration = bucket.durationMs ?? BUCKET_MS;
  if (typeof bucket.platform !== 'string' || bucket.platform === '') return 'platform must be a non-empty string';
  if (duration !== BUCKET_MS && duration !== HOUR_MS) return 'durationMs must be 5 minutes or 1 hour';
  if (!Number.isFinite(bucket.bucketStart) || bucket.bucketStart % duration !== 0) {
    return `bucketStart must be a time aligned to ${duration === HOUR_MS ? 'the hour' : '5 minutes'}`;
  }
  if (!Number.isInteger(bucket.count) || bucket.count < 0) return 'count must be a whole number ≥ 0';
  if (!Number.isInteger(bucket.negatives) || bucket.negatives < 0 || bucket.negatives > bucket.count) {
    return 'negatives must be a whole number between 0 and count';
  }
  return null;
}

/**
 * Folds `buckets` into the state, evaluates every known platform at `now` and returns the new state, the
 * alerts raised by this evaluation (at most one per platform) and the current status. Buckets replace
 * earlier values for the same slot while it is open (the last three hours); buckets for hours already
 * closed are ignored, except on a first run, when they seed the history. Throws RangeError on a bad
 * bucket, before changing anything.
 */
export function evaluateSpikes(
  state: SpikeDetectorState | null | undefined,
  buckets: readonly MentionBucket[],
  now: number,
  thresholds: SpikeThresholds,
  options: EvaluateOptions = {},
): SpikeEvaluation {
  if (!Number.isFinite(now)) throw new RangeError('now must be a time in ms');
  const byPlatform = new Map<string, MentionBucket[]>();
  for (const bucket of buckets) {
    const problem = bucketProblem(bucket);
    if (problem !== null) {
      throw new RangeError(`Bad bucket (${JSON.stringify(bucket)}): ${problem}.`);
    }
    if (bucket.bucketStart >= now) continue; // not started yet: clock skew between contexts
    const list = byPlatform.get(bucket.platform) ?? [];
    list.push(bucket);
    byPlatform.set(bucket.platform, list);
  }

  const previous = state ?? initialSpikeState();
  const platforms: Record<string, PlatformDetectorState> = { ...previous.platforms };
  const alerts: SpikeAlert[] = [];
  const quietRises: SpikeAlert[] = [];
  const names = new Set([...Object.keys(platforms), ...byPlatform.keys()]);
  for (const platform of [...names].sort()) {
    const changedAt = options.coverageFrom?.[platform];
    const known = withCoverage(platforms[platform], changedAt, now);
    let ingested = ingest(known, byPlatform.get(platform) ?? [], now, options.countFrom?.[platform]);
    // A platform first seen after the change was read the new way from its first mention.
    if (known === undefined && changedAt !== undefined && changedAt <= now) ingested = { ...ingested, coverageFrom: changedAt };
    const { platformState, alert, quietRise } = evaluatePlatform(
      platform,
      ingested,
      now,
      thresholds,
      options.keyTerms?.[platform] ?? [],
      options.messages,
    );
    platforms[platform] = platformState;
    if (alert) alerts.push(alert);
    if (quietRise) quietRises.push(quietRise);
  }
  const next: SpikeDetectorState = { version: 1, platforms };
  return { state: next, alerts, quietRises, status: spikeStatus(next, options) };
}

/**
 * The platform's state once it has taken in a change of coverage at `changedAt`. A change within the last
 * day starts the history over from the open window (the first poll's backlog lands there) and returns the
 * level to normal: the old normal would call the new coverage a spike. An older change (a state saved
 * before coverage was tracked, or a worker stopped for a day) is only noted.
 */
function withCoverage(state: PlatformDetectorState | undefined, changedAt: number | undefined, now: number): PlatformDetectorState | undefined {
  if (state === undefined || changedAt === undefined || changedAt <= (state.coverageFrom ?? -Infinity) || changedAt > now) return state;
  if (now - changedAt >= MIN_BASELINE_HOURS * HOUR_MS) return { ...state, coverageFrom: changedAt };
  return {
    ...state,
    history: emptyHistory(state.recent.start),
    recent: { ...state.recent, elevated: state.recent.elevated.map(() => false) },
    baseline: null,
    levels: initialLevelState(now),
    evidence: null,
    evidenceAt: null,
    entrySince: null,
    coverageFrom: changedAt,
  };
}

/** The current level and why, per platform, straight from the state (no evaluation). */
export function spikeStatus(state: SpikeDetectorState, options: EvaluateOptions = {}): PlatformStatus[] {
  return Object.entries(state.platforms)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([platform, p]) => ({
      platform,
      level: p.levels.level,
      since: p.levels.since,
      reason:
        p.levels.level === 'normal' || p.evidence === null
          ? null
          : formatReason(p.evidence, options.keyTerms?.[platform] ?? [], options.messages),
      reasonAt: p.levels.level === 'normal' || p.evidence === null ? null : (p.evidenceAt ?? null),
      baselineReady: p.baseline !== null,
    }));
}

/** The baseline the detector uses for `platform`, or null while it is still learning. */
export function baselineFor(state: SpikeDetectorState, platform: string): Baseline | null {
  return state.platforms[platform]?.baseline ?? null;
}

/**
 * Replays a whole series in time order, one evaluation per 5-minute step (gaps count as zero mentions),
 * and returns every alert. The same code path the service worker runs, used by the benchmark and tests.
 */
export function detectSpikes(
  series: readonly MentionBucket[],
  thresholds: SpikeThresholds,
  options: EvaluateOptions = {},
): SpikeAlert[] {
  if (series.length === 0) return [];
  const byStep = new Map<number, MentionBucket[]>();
  let first = Infinity;
  let last = -Infinity;
  for (const bucket of series) {
    const step = Math.floor(bucket.bucketStart / BUCKET_MS) * BUCKET_MS;
    const list = byStep.get(step) ?? [];
    list.push(bucket);
    byStep.set(step, list);
    first = Math.min(first, step);
    last = Math.max(last, step + (bucket.durationMs ?? BUCKET_MS) - BUCKET_MS);
  }
  const alerts: SpikeAlert[] = [];
  let state: SpikeDetectorState | null = null;
  for (let step = first; step <= last; step += BUCKET_MS) {
    const result = evaluateSpikes(state, byStep.get(step) ?? [], step + BUCKET_MS, thresholds, options);
    state = result.state;
    alerts.push(...result.alerts);
  }
  return alerts;
}

// ---------------------------------------------------------------------------------------------------
// Ingestion

function ingest(
  previous: PlatformDetectorState | undefined,
  buckets: readonly MentionBucket[],
  now: number,
  countFrom?: number,
): PlatformDetectorState {
  const openFrom = hourStartOf(now) - (OPEN_HOURS - 1) * HOUR_MS;
  let platform = previous;
  if (platform === undefined) {
    // First run: start at the earliest bucket given, so stored history seeds the baseline at once.
    const earliest = buckets.reduce((min, b) => Math.min(min, b.bucketStart), hourStartOf(now));
    const start = hourStartOf(earliest);
    platform = {
      history: emptyHistory(start),
      recent: { start, counts: [], negatives: [], elevated: [] },
      baseline: null,
      levels: initialLevelState(now),
      evidence: null,
    };
  }
  const recent: RecentBuckets = {
    start: platform.recent.start,
    counts: [...platform.recent.counts],
    negatives: [...platform.recent.negatives],
    elevated: [...platform.recent.elevated],
  };
  const slotsUntilNow = Math.max(0, Math.ceil((now - recent.start) / BUCKET_MS));
  while (recent.counts.length < slotsUntilNow) {
    recent.counts.push(0);
    recent.negatives.push(0);
    recent.elevated.push(false);
  }
  for (const bucket of buckets) {
    const slot = (bucket.bucketStart - recent.start) / BUCKET_MS;
    if (slot < 0 || slot >= recent.counts.length) continue; // closed hour, or after now
    recent.counts[slot] = bucket.count;
    recent.negatives[slot] = bucket.negatives;
  }
  // Slots from before the brand was renamed are the old brand's: closed like a spike's, out of the normal.
  if (countFrom !== undefined) {
    for (let s = 0; s < recent.counts.length && recent.start + s * BUCKET_MS < countFrom; s++) recent.elevated[s] = true;
  }

  // Close the hours that left the open window: they become history and the baseline is relearned.
  const slotsPerHour = HOUR_MS / BUCKET_MS;
  const hoursToClose = Math.max(0, Math.round((openFrom - recent.start) / HOUR_MS));
  let history = platform.history;
  let baseline = platform.baseline;
  if (hoursToClose > 0) {
    history = {
      firstHour: history.firstHour,
      counts: [...history.counts],
      negatives: [...history.negatives],
      excluded: [...history.excluded],
    };
    for (let h = 0; h < hoursToClose; h++) {
      // Slots of a spike are left out; the rest of the hour stands for the whole hour if it is at least
      // half of it. Excluding whole hours would, day after day, starve the hours when spikes happen.
      let count = 0;
      let negatives = 0;
      let normalSlots = 0;
      for (let s = h * slotsPerHour; s < (h + 1) * slotsPerHour; s++) {
        if (recent.elevated[s]) continue;
        count += recent.counts[s] ?? 0;
        negatives += recent.negatives[s] ?? 0;
        normalSlots++;
      }
      const scale = normalSlots > 0 ? slotsPerHour / normalSlots : 0;
      const hourStart = recent.start + h * HOUR_MS;
      if (hourStart >= historyEnd(history) || history.counts.length === 0) {
        appendHour(
          history,
          hourStart,
          Math.round(count * scale),
          Math.round(negatives * scale),
          normalSlots < slotsPerHour / 2,
        );
      }
    }
    const dropped = hoursToClose * slotsPerHour;
    recent.counts.splice(0, dropped);
    recent.negatives.splice(0, dropped);
    recent.elevated.splice(0, dropped);
    recent.start = openFrom;
    baseline = computeBaseline(history);
  }
  return { ...platform, history, recent, baseline };
}

// ---------------------------------------------------------------------------------------------------
// Evaluation

export interface WindowReading {
  level: CrisisLevel;
  holdLevel: CrisisLevel;
  /** Smallest tail probability among the tests that set `level`; ranks windows for the reason. */
  surprise: number;
  evidence: AlertEvidence;
}

function evaluatePlatform(
  platform: string,
  state: PlatformDetectorState,
  now: number,
  thresholds: SpikeThresholds,
  keyTerms: readonly string[],
  messages: ReasonMessages | undefined,
): { platformState: PlatformDetectorState; alert: SpikeAlert | null; quietRise: SpikeAlert | null } {
  const baseline = state.baseline;
  if (baseline === null) return { platformState: state, alert: null, quietRise: null };

  let entry: CrisisLevel = 'normal';
  let hold: CrisisLevel = 'normal';
  let best: WindowReading | null = null;
  const recent = state.recent;
  const lastSlot = recent.counts.length - 1;
  for (const window of testedWindows(state, now)) {
    const expected = expectedMentions(baseline, window.from, now);
    const reading = readWindow(window.minutes, window.mentions, window.negatives, expected, baseline, thresholds);
    entry = higherLevel(entry, reading.level);
    hold = higherLevel(hold, reading.holdLevel);
    if (
      reading.level !== 'normal' &&
      (best === null ||
        levelRank(reading.level) > levelRank(best.level) ||
        (reading.level === best.level && reading.surprise < best.surprise))
    ) {
      best = reading;
    }
  }

  let entrySince = state.entrySince ?? null;
  if (levelRank(entry) > levelRank(state.levels.level)) {
    entrySince ??= now;
    const few = best !== null && best.evidence.mentions < PERSIST_BELOW_MENTIONS;
    if (entry === 'watch' && few && now - entrySince < PERSIST_MS) entry = state.levels.level;
  } else {
    entrySince = null;
  }
  const signals: LevelSignals = { entry, hold: higherLevel(hold, entry) };
  const step = stepLevel(state.levels, signals, now, thresholds);
  let evidence = state.evidence;
  let evidenceAt = state.evidenceAt ?? null;
  let recentState = state.recent;
  const risen = levelRank(step.state.level) > levelRank(state.levels.level);
  if (risen && best !== null) {
    evidence = best.evidence;
    evidenceAt = now;
  } else if (best !== null && evidence !== null && step.state.level !== 'normal' && best.level === step.state.level && saysMore(best.evidence, evidence)) {
    // While the level holds, a reading at that level that says more refreshes the reason's figures
    // ("4.2× normal", not the 2.8× of its first minutes; the negative share joining the volume). No
    // new alert: the level did not change.
    evidence = best.evidence;
    evidenceAt = now;
  }
  if (step.state.level === 'normal') {
    evidence = null;
    evidenceAt = null;
  }
  if (risen || (step.state.level !== 'normal' && signals.hold !== 'normal')) {
    // Keep the spike out of the baseline: the slots where it is visible, and on a rise the hour before.
    const elevated = [...recentState.elevated];
    const from = risen ? Math.max(0, lastSlot - 11) : Math.max(0, lastSlot);
    for (let s = from; s <= lastSlot; s++) elevated[s] = true;
    recentState = { ...recentState, elevated };
  }

  const platformState: PlatformDetectorState = { ...state, levels: step.state, evidence, evidenceAt, recent: recentState, entrySince };
  if (!risen || best === null) return { platformState, alert: null, quietRise: null };
  const rise: SpikeAlert = {
    platform,
    time: now,
    // Above the level before it, hence never 'normal'.
    level: step.state.level as AlertLevel,
    previousLevel: state.levels.level,
    evidence: best.evidence,
    reason: formatReason(best.evidence, keyTerms, messages),
  };
  // Within the cool-down the rise is not told, but it happened: it begins (or raises) an episode all the same.
  return step.alert === null ? { platformState, alert: null, quietRise: rise } : { platformState, alert: { ...rise, level: step.alert }, quietRise: null };
}

/**
 * Whether `next` says clearly more than `held` about the same spike: the negative share joins the
 * volume, or the multiple grows by a quarter, or the negative share by 5 points.
 */
export function saysMore(next: AlertEvidence, held: AlertEvidence): boolean {
  const both = (e: AlertEvidence) => e.trigger === 'volume-and-negative-share';
  if (both(next) !== both(held)) return both(next);
  const ratio = (e: AlertEvidence) => (e.expectedMentions > 0 ? e.mentions / e.expectedMentions : e.mentions);
  const jump = (e: AlertEvidence) => (e.mentions > 0 ? e.negatives / e.mentions - e.normalNegativeShare : 0);
  if (next.trigger !== 'negative-share' && held.trigger !== 'negative-share' && ratio(next) >= ratio(held) * 1.25) return true;
  return next.trigger !== 'volume' && held.trigger !== 'volume' && jump(next) >= jump(held) + 0.05;
}

export interface TestedWindow {
  /** Length in minutes, as the reason states it. */
  minutes: number;
  /** Start of the window (ms); it ends at the evaluation time. */
  from: number;
  /** Mentions in the window; fractional when it takes a pro-rata share of a slot. */
  mentions: number;
  negatives: number;
}

/**
 * The windows tested at `now`: the last 5, 10, 15, 30, 60 and 120 minutes, and a long window of every
 * open slot plus the last closed hour (3 hours to 3 h 55). The long window is what a quiet brand needs:
 * at 25 mentions an hour, a 25-point jump in negative share is ~50 mentions and z ≈ 4 after two hours,
 * z ≈ 5.5 after three; at 3 an hour, a 3× volume is p ≈ 1e-3 after two hours, ≈ 1e-6 after three and a
 * half. It is skipped when that closed hour overlapped an alert (its count is not the hour's) or history
 * does not reach up to the open slots.
 *
 * The service worker evaluates every minute, while the current 5-minute slot is still filling. Each
 * short window still spans its full length then: the filled part of the current slot, the whole slots
 * before it, and the matching share of the slot before those, pro rata. (Testing the filling slot alone
 * as "the last 5 minutes" would read one minute's chance cluster as a 5× spike: measured on the
 * synthetic suite, that quadrupled false alarms.) Without `now`, or at a slot boundary, windows are
 * whole slots. Exported for tests.
 */
export function testedWindows(state: Pick<PlatformDetectorState, 'history' | 'recent'>, now?: number): TestedWindow[] {
  const { recent, history } = state;
  const lastSlot = recent.counts.length - 1;
  const windows: TestedWindow[] = [];
  // How much of the current slot has passed, and so how much of the slot before a window it must borrow.
  const lastSlotStart = recent.start + lastSlot * BUCKET_MS;
  const filled = now === undefined ? BUCKET_MS : Math.min(BUCKET_MS, Math.max(0, now - lastSlotStart));
  const borrow = 1 - filled / BUCKET_MS;
  for (const windowBuckets of WINDOW_BUCKETS) {
    const firstSlot = lastSlot - windowBuckets + 1;
    if (firstSlot < 0) continue;
    let mentions = 0;
    let negatives = 0;
    for (let s = firstSlot; s <= lastSlot; s++) {
      mentions += recent.counts[s]!;
      negatives += recent.negatives[s]!;
    }
    let from = recent.start + firstSlot * BUCKET_MS;
    if (borrow > 0 && firstSlot > 0) {
      mentions += borrow * recent.counts[firstSlot - 1]!;
      negatives += borrow * recent.negatives[firstSlot - 1]!;
      from -= borrow * BUCKET_MS;
    }
    windows.push({ minutes: windowBuckets * 5, from, mentions, negatives });
  }
  const closedHour = history.counts.length - 1;
  if (closedHour >= 0 && !history.excluded[closedHour] && historyEnd(history) === recent.start && lastSlot >= 0) {
    let mentions = history.counts[closedHour]!;
    let negatives = history.negatives[closedHour]!;
    for (let s = 0; s <= lastSlot; s++) {
      mentions += recent.counts[s]!;
      negatives += recent.negatives[s]!;
    }
    const from = recent.start - HOUR_MS;
    windows.push({ minutes: HOUR_MS / 60_000 + (lastSlot + 1) * 5, from, mentions, negatives });
  }
  return windows;
}

/** Tests one window for a volume spike and a negative-share jump. Exported for tests. */
export function readWindow(
  windowMinutes: number,
  mentions: number,
  negatives: number,
  expected: number,
  baseline: Pick<Baseline, 'overdispersion' | 'negativeShare' | 'shareDrift'>,
  thresholds: SpikeThresholds,
): WindowReading {
  const evidenceFor = (trigger: SpikeTrigger): AlertEvidence => ({
    trigger,
    windowMinutes,
    mentions: Math.round(mentions),
    expectedMentions: expected,
    negatives: Math.round(negatives),
    normalNegativeShare: baseline.negativeShare,
  });
  // The 5-minute window is held to a bar 100× stricter. With one look a minute it re-tests nearly the same
  // few mentions five times and gets twelve fresh windows an hour to the hour window's one, so at the same
  // bar it spent most of the false-alarm budget: at 400/h the stricter bar takes false alarms from 0.12 to
  // 0.06–0.09 a quiet week (two sets of 16 series) and delays no burst. Its job is the two-minute catch of
  // a big spike at volume, where the evidence is overwhelming anyway; at low volume a 5-minute window
  // never holds enough mentions to prove a 3× spike.
  const guard = thresholds.falseAlarmGuard * (windowMinutes <= 5 ? SHORTEST_WINDOW_GUARD_FACTOR : 1);
  const bigEnough = mentions >= thresholds.minimumVolume;

  // Volume: how many times normal, and how likely that count is by chance.
  const ratio = expected > 0 ? mentions / expected : mentions > 0 ? Infinity : 0;
  const holdWatchMultiple = 1 + (thresholds.watchMultiple - 1) / 2;
  let volumeP = 1;
  if (ratio >= holdWatchMultiple && mentions > 0) volumeP = countUpperTail(mentions, expected, baseline.overdispersion);
  let volumeLevel: CrisisLevel = 'normal';
  if (bigEnough && volumeP <= guard) {
    if (ratio >= thresholds.crisisMultiple) volumeLevel = 'crisis';
    else if (ratio >= thresholds.watchMultiple) volumeLevel = 'watch';
  }
  let volumeHold: CrisisLevel = 'normal';
  if (volumeP <= HOLD_GUARD) {
    if (ratio >= 1 + (thresholds.crisisMultiple - 1) / 2) volumeHold = 'crisis';
    else if (ratio >= holdWatchMultiple) volumeHold = 'watch';
  }

  // Negative share: points above normal, and how likely that many negatives are by chance. Day-to-day
  // drift of the share shrinks the effective sample (a design effect) so big windows are not overconfident.
  const p0 = baseline.negativeShare;
  const jump = mentions > 0 ? (negatives / mentions - p0) * 100 : 0;
  let shareP = 1;
  if (mentions > 0 && jump >= thresholds.watchShareJump / 2) {
    const effective = mentions / (1 + (mentions * baseline.shareDrift) / (p0 * (1 - p0)));
    shareP = binomialUpperTail((negatives * effective) / mentions, effective, p0);
  }
  let shareLevel: CrisisLevel = 'normal';
  if (bigEnough && shareP <= guard) {
    if (jump >= thresholds.crisisShareJump) shareLevel = 'crisis';
    else if (jump >= thresholds.watchShareJump) shareLevel = 'watch';
  }
  let shareHold: CrisisLevel = 'normal';
  if (shareP <= HOLD_GUARD) {
    if (jump >= thresholds.crisisShareJump / 2 + thresholds.watchShareJump / 2) shareHold = 'crisis';
    else if (jump >= thresholds.watchShareJump / 2) shareHold = 'watch';
  }

  // More people and angrier at once is the classic crisis, even when each on its own is only a watch.
  let level = higherLevel(volumeLevel, shareLevel);
  if (volumeLevel !== 'normal' && shareLevel !== 'normal') level = 'crisis';
  let holdLevel = higherLevel(volumeHold, shareHold);
  if (volumeHold !== 'normal' && shareHold !== 'normal') holdLevel = 'crisis';

  let trigger: SpikeTrigger = 'volume';
  if (shareLevel !== 'normal' && volumeLevel !== 'normal') trigger = 'volume-and-negative-share';
  else if (shareLevel !== 'normal') trigger = 'negative-share';
  const surprise = Math.min(volumeLevel !== 'normal' ? volumeP : 1, shareLevel !== 'normal' ? shareP : 1);
  return { level, holdLevel, surprise, evidence: evidenceFor(trigger) };
}

// ---------------------------------------------------------------------------------------------------
// Reasons

/**
 * The words of a reason. The worker passes the locale's (`reason.*` in assets/locales/en.yml, see
 * reason-messages.ts); where there is no browser (the benchmark, unit tests) the default is
 * ENGLISH_REASON_MESSAGES, the same English. Numbers arrive as figures; a count picks the plural form
 * and is written with the language's grouping (`count`: "12,412 mentions", never "12412").
 * Nothing here may take page text into a plural message: its forms are split on " | " after substitution.
 */
export interface ReasonMessages {
  /** A count with the language's grouping: "12,412" (a multiple of ten or more goes through it too: "1,241× normal"). */
  count(value: number): string;
  /** "the last hour", "the last 2 hours". */
  lastHours(hours: number): string;
  /** "the last 15 minutes". */
  lastMinutes(minutes: number): string;
  /** "the last 3 h 10 min". */
  lastHoursAndMinutes(hours: number, minutes: number): string;
  /** "5.1× normal", from the multiple as written ("5.1", "25"). */
  timesNormal(multiple: string): string;
  /** In place of the multiple when no mention was expected. */
  noneExpected(): string;
  /** "412 mentions in the last hour, 5.1× normal": `window` and `volume` are the messages above. */
  volume(mentions: number, window: string, volume: string): string;
  /** "68% negative vs 21% normally", in whole percent. */
  negativeShare(percent: number, normalPercent: number): string;
  /** "47% negative vs 21% normally in the last 30 minutes": a share jump leads with the share. */
  negativeShareIn(percent: number, normalPercent: number, window: string): string;
  /** "47 of 100 mentions, volume 1.1× normal". */
  negativesOf(negatives: number, mentions: number, volume: string): string;
  /** "about: refund, recall", from the key terms already joined. */
  about(terms: string): string;
  /** Between the parts of a reason: "; ". */
  partSeparator(): string;
  /** Between key terms, and between other platforms: ", ". */
  listSeparator(): string;
  /** With one platform raised: "X: <its reason>", the platform whose figures they are (the notification's title names it too). */
  onePlatform(platform: string, reason: string): string;
  /** With more than one platform raised: "Reddit: <its reason>; also <others>". */
  alsoRaised(platform: string, reason: string, others: string): string;
  /** One of those others: "X (crisis)". */
  otherPlatform(platform: string, level: AlertLevel): string;
}

/** The English of `reason.*` in assets/locales/en.yml (a unit test holds the two together). */
export const ENGLISH_REASON_MESSAGES: ReasonMessages = {
  count: (value) => groupedCount(value),
  lastHours: (hours) => (hours === 1 ? 'the last hour' : `the last ${hours} hours`),
  lastMinutes: (minutes) => (minutes === 1 ? 'the last minute' : `the last ${minutes} minutes`),
  lastHoursAndMinutes: (hours, minutes) => `the last ${hours} h ${minutes} min`,
  timesNormal: (multiple) => `${multiple}× normal`,
  noneExpected: () => 'none expected',
  volume: (mentions, window, volume) => `${groupedCount(mentions)} ${mentions === 1 ? 'mention' : 'mentions'} in ${window}, ${volume}`,
  negativeShare: (percent, normalPercent) => `${percent}% negative vs ${normalPercent}% normally`,
  negativeShareIn: (percent, normalPercent, window) => `${percent}% negative vs ${normalPercent}% normally in ${window}`,
  negativesOf: (negatives, mentions, volume) =>
    `${groupedCount(negatives)} of ${groupedCount(mentions)} ${mentions === 1 ? 'mention' : 'mentions'}, volume ${volume}`,
  about: (terms) => `about: ${terms}`,
  partSeparator: () => '; ',
  listSeparator: () => ', ',
  onePlatform: (platform, reason) => `${platform}: ${reason}`,
  alsoRaised: (platform, reason, others) => `${platform}: ${reason}; also ${others}`,
  otherPlatform: (platform, level) => `${platform} (${level})`,
};

function windowWords(minutes: number, messages: ReasonMessages): string {
  if (minutes % 60 === 0) return messages.lastHours(minutes / 60);
  if (minutes > 120) return messages.lastHoursAndMinutes(Math.floor(minutes / 60), minutes % 60);
  return messages.lastMinutes(minutes);
}

function multipleWords(mentions: number, expected: number, messages: ReasonMessages): string {
  if (expected <= 0) return messages.noneExpected();
  // Rounded first: 9.96 is "10×" as 10.04 is, never "10.0×".
  const tenths = Math.round((mentions / expected) * 10) / 10;
  return messages.timesNormal(tenths >= 10 ? messages.count(Math.round(tenths)) : tenths.toFixed(1));
}

function percent(share: number): number {
  return Math.round(share * 100);
}

/**
 * One line that says why, e.g. "412 mentions in the last hour, 5.1× normal; 68% negative vs 21% normally;
 * about: refund, recall", in the words of `messages`. Leads with the signal that fired. Key terms come
 * from the text analysis.
 */
export function formatReason(evidence: AlertEvidence, keyTerms: readonly string[] = [], messages: ReasonMessages = ENGLISH_REASON_MESSAGES): string {
  const when = windowWords(evidence.windowMinutes, messages);
  const volume = multipleWords(evidence.mentions, evidence.expectedMentions, messages);
  const share = percent(evidence.mentions > 0 ? evidence.negatives / evidence.mentions : 0);
  const normalShare = percent(evidence.normalNegativeShare);
  const parts =
    evidence.trigger === 'negative-share'
      ? [messages.negativeShareIn(share, normalShare, when), messages.negativesOf(evidence.negatives, evidence.mentions, volume)]
      : [messages.volume(evidence.mentions, when, volume), messages.negativeShare(share, normalShare)];
  const terms = keyTerms.map((t) => t.trim()).filter((t) => t !== '');
  if (terms.length > 0) parts.push(messages.about(terms.join(messages.listSeparator())));
  return parts.join(messages.partSeparator());
}
