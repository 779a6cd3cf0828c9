// When a source is asked again. Polite by default (every 10 minutes, never more often than every
// 5), slower after each failure, and never sooner than a server's Retry-After.
import type { Problem } from './http';

export const DEFAULT_INTERVAL_MINUTES = 10;
export const MIN_INTERVAL_MINUTES = 5;
export const MAX_INTERVAL_MINUTES = 24 * 60;
/** Backoff after repeated failures stops growing here. */
export const BACKOFF_CAP_MS = 60 * 60_000;
/** A Retry-After longer than this is taken as a mistake (a bad date), not obeyed for weeks. */
export const RETRY_AFTER_CAP_MS = 24 * 60 * 60_000;

/** A whole number of minutes between the minimum and a day; anything else becomes the default. */
export function clampInterval(minutes: unknown): number {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes)) return DEFAULT_INTERVAL_MINUTES;
  return Math.min(MAX_INTERVAL_MINUTES, Math.max(MIN_INTERVAL_MINUTES, Math.round(minutes)));
}

/**
 * Exponential backoff with jitter: the interval, doubled for each failure after the first, capped
 * at an hour (or the interval, if that is longer), then a random point in its upper half, so that
 * many browsers that failed together do not come back together.
 */
export function backoffDelay(failures: number, intervalMs: number, random: () => number = Math.random): number {
  const ceiling = Math.max(intervalMs, BACKOFF_CAP_MS);
  const exponent = Math.min(Math.max(failures - 1, 0), 20);
  const full = Math.min(ceiling, intervalMs * 2 ** exponent);
  const jitter = Math.min(Math.max(random(), 0), 1);
  return Math.round(full / 2 + (full / 2) * jitter);
}

/** A problem of the set-up (no permission, no terms, no instance), not of the server: no backoff for it. */
export const isSetupProblem = (problem: Problem) => problem.code === 'permission' || problem.code === 'no-terms' || problem.code === 'not-configured';

/** The delay before the next poll after a problem; `failures` counts this one. */
export function delayAfter(problem: Problem, failures: number, intervalMs: number, random: () => number = Math.random): number {
  // Set-up problems are not the server's fault: look again at the normal pace.
  if (isSetupProblem(problem)) return intervalMs;
  if (problem.retryAfterMs !== undefined) {
    // The server said when: no sooner than that, and no sooner than our own pace.
    return Math.min(RETRY_AFTER_CAP_MS, Math.max(problem.retryAfterMs, intervalMs));
  }
  return backoffDelay(failures, intervalMs, random);
}
