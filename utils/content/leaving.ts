/**
 * Calls `listener` when the page is going (pagehide: closed, navigated away from) or is hidden (after
 * which the browser may discard it without a pagehide), until `signal` aborts. Both may come, one after
 * the other: the listener sends only what still waits.
 */
export function onLeavingPage(doc: Document, listener: () => void, signal: AbortSignal): void {
  doc.defaultView?.addEventListener('pagehide', listener, { signal });
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState === 'hidden') listener();
    },
    { signal },
  );
}
