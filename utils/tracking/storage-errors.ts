/**
 * A message for the user when a write failed for lack of space, or null for any other error.
 * Dexie wraps the browser's QuotaExceededError; the name survives either way: in `inner` (an aborted
 * transaction) or, for a bulk write whose requests failed one by one, among the BulkError's `failures`.
 */
export function describeStorageError(error: unknown): string | null {
  let found = false;
  // Breadth first, a few levels deep: a failure's own `inner` is looked at too.
  let level: unknown[] = [error];
  for (let depth = 0; depth < 4 && !found && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const current of level) {
      if (!current || typeof current !== 'object') continue;
      const { name, inner, failures } = current as { name?: unknown; inner?: unknown; failures?: unknown };
      if (name === 'QuotaExceededError') found = true;
      next.push(inner);
      if (Array.isArray(failures)) next.push(...failures.slice(0, 20));
    }
    level = next;
  }
  if (!found) return null;
  return 'The disk is full: Firebreak could not save new mentions. Free some disk space, or keep fewer days of history in Settings → Retention.';
}
