/**
 * An error handler that hears of each kind of failure once (by message), so a broken page never
 * floods the console, and whose own failure stays here: nothing reaches the page.
 */
export function reportOnce(onError?: (error: unknown) => void): (error: unknown) => void {
  const seen = new Set<string>();
  return (error) => {
    const key = error instanceof Error ? error.message : String(error);
    if (seen.has(key)) return;
    seen.add(key);
    try {
      onError?.(error);
    } catch {
      // The error handler's own failure stays here too.
    }
  };
}
