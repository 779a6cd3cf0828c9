// Crisis levels with hysteresis: normal → watch → crisis.
//
// A level rises as soon as the signals call for it, but falls only after the signals have stayed below a
// looser "hold" bar for a sustained calm period, one step at a time. Without that, a spike hovering
// around its threshold would flip the toolbar badge and re-notify every five minutes.

import type { SpikeThresholds } from './thresholds';

export type CrisisLevel = 'normal' | 'watch' | 'crisis';
export type AlertLevel = Exclude<CrisisLevel, 'normal'>;

const RANK: Readonly<Record<CrisisLevel, number>> = { normal: 0, watch: 1, crisis: 2 };
const BY_RANK: readonly CrisisLevel[] = ['normal', 'watch', 'crisis'];

export function levelRank(level: CrisisLevel): number {
  return RANK[level];
}

export function higherLevel(a: CrisisLevel, b: CrisisLevel): CrisisLevel {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * Of the platforms' statuses, the one whose level and reason the status leads with: the highest level;
 * between equals, the latest rise (the newest news), not the first in the alphabet. `since` also moves
 * when a level steps down (crisis → watch), which is no news; the reason's time (`reasonAt`, set on a
 * rise) is. The worker words the status by it, and the popup declares an incident of that platform.
 */
export function leadingStatus<T extends { level: CrisisLevel; since: number; reasonAt?: number | null }>(statuses: readonly T[]): T | undefined {
  const risen = (candidate: T) => candidate.reasonAt ?? candidate.since;
  return statuses.reduce<T | undefined>((best, status) => {
    if (!best) return status;
    const rank = RANK[status.level] - RANK[best.level];
    return rank > 0 || (rank === 0 && status.level !== 'normal' && risen(status) > risen(best)) ? status : best;
  }, undefined);
}

export interface LevelState {
  level: CrisisLevel;
  /** When the current level was entered (ms). */
  since: number;
  /** Since when every signal has been below the hold bar of the current level; null while it is not. */
  calmSince: number | null;
  lastAlertAt: number | null;
  lastAlertLevel: AlertLevel | null;
}

export interface LevelSignals {
  /** The level the signals call for by the entry thresholds. */
  entry: CrisisLevel;
  /** The highest level whose looser hold thresholds the signals still meet. */
  hold: CrisisLevel;
}

export interface LevelStep {
  state: LevelState;
  /** Set when the level rose and the rise should notify (not swallowed by the cool-down). */
  alert: AlertLevel | null;
  /** True when the level differs from before, alert or not (the badge follows this). */
  changed: boolean;
}

export function initialLevelState(now: number): LevelState {
  return { level: 'normal', since: now, calmSince: null, lastAlertAt: null, lastAlertLevel: null };
}

/** One evaluation of the level machine. Pure: returns a new state. */
export function stepLevel(
  previous: LevelState,
  signals: LevelSignals,
  now: number,
  thresholds: Pick<SpikeThresholds, 'coolDownMinutes' | 'calmMinutes'>,
): LevelStep {
  const state: LevelState = { ...previous };
  if (RANK[signals.entry] > RANK[state.level]) {
    state.level = signals.entry;
    state.since = now;
    state.calmSince = null;
    const coolingDown =
      state.lastAlertAt !== null && now - state.lastAlertAt < thresholds.coolDownMinutes * 60_000;
    const escalates = state.lastAlertLevel === null || RANK[signals.entry] > RANK[state.lastAlertLevel];
    // `signals.entry` is above the old level, hence never 'normal' here.
    const alertLevel = signals.entry as AlertLevel;
    if (!coolingDown || escalates) {
      state.lastAlertAt = now;
      state.lastAlertLevel = alertLevel;
      return { state, alert: alertLevel, changed: true };
    }
    return { state, alert: null, changed: true };
  }
  if (state.level === 'normal' || RANK[signals.hold] >= RANK[state.level]) {
    state.calmSince = null;
    return { state, alert: null, changed: false };
  }
  state.calmSince ??= now;
  if (now - state.calmSince < thresholds.calmMinutes * 60_000) return { state, alert: null, changed: false };
  state.level = BY_RANK[RANK[state.level] - 1]!;
  state.since = now;
  // Keep timing the calm for the next step down only if the signals are below that level's bar too.
  state.calmSince = RANK[signals.hold] >= RANK[state.level] ? null : now;
  return { state, alert: null, changed: true };
}
