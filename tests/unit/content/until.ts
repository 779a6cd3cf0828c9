// Waits in the content-script tests: polls `read` every 10 ms until `ok` accepts its value (by default
// anything but null, undefined and false), or fails after `timeout` ms with the last value seen.
export async function until<T>(
  read: () => T,
  ok: (value: T) => boolean = (value) => value !== null && value !== undefined && value !== false,
  timeout = 2_000,
): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = read();
    if (ok(value)) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`Timed out; last value: ${String(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
