/**
 * A message for the user when a write failed for lack of space, or null for any other error.
 * Dexie wraps the browser's QuotaExceededError; the name survives either way.
 */
export function describeStorageError(error: unknown): string | null {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  if (!names.some((name) => name === 'QuotaExceededError')) return null;
  return 'The disk is full: Firebreak could not save new mentions. Free some disk space, or keep fewer days of history in Settings → Retention.';
}
