/**
 * Events that Firebreak's elements in a page (a badge, the coach's panel) keep from the page: a key
 * pressed in them must not reach the site's shortcuts (Escape closes X's reply dialog; j, k and l
 * move and like), nor a click its "open this post" handlers.
 */
export const CONTAINED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress'] as const;

/**
 * Whether an event is the user's (a click, a key, assistive technology) rather than one a page's
 * own script made: the badge's and the coach's shadow roots are open, so a page can reach in and
 * `.click()` their buttons (saving a correction in the user's name, putting the plan's message into
 * its reply box). Browsers mark those isTrusted: false, and a page cannot change that. A DOM that
 * does not implement isTrusted (the unit tests' happy-dom: undefined on every event) tells nothing
 * either way, so only `false` is refused; tests of this check give their events one.
 */
export const isUserEvent = (event: Event): boolean => event.isTrusted !== false;

function refusePageClick(event: Event): void {
  if (isUserEvent(event)) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

/**
 * Firebreak's controls under `root` (a shadow root) act on the user's clicks only: a click the
 * page's script made stops at the root, before any of them hears it. Keys need no such check: an
 * untrusted Enter or Space does not activate a button.
 */
export function ignorePageClicks(root: ShadowRoot, options: { signal?: AbortSignal } = {}): void {
  root.addEventListener('click', refusePageClick, { capture: true, ...options });
}
