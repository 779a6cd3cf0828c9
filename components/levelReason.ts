import type { ListeningStatus } from '@/utils/settings';

/** A reason this much older than the evaluation is history even while the level holds. */
export const REASON_FRESH_MS = 15 * 60_000;

/**
 * When the level's reason was measured, if it is history by now: the level stepped down since (its
 * "since" is later), or it has held that long without a new spike. Null while the reason is current or
 * its time is unknown. The popup and the dashboard then say "Last spike, at 8:00 PM: …", so "20×
 * normal" is never read as now, next to a level that is calming.
 */
export function reasonHistoryAt(status: Pick<ListeningStatus, 'reasonAt' | 'since' | 'evaluatedAt'>): number | null {
  const at = status.reasonAt;
  if (at === undefined || at === null) return null;
  return at < status.since || status.evaluatedAt - at > REASON_FRESH_MS ? at : null;
}
