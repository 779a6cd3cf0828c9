/**
 * Events that Firebreak's elements in a page (a badge, the coach's panel) keep from the page: a key
 * pressed in them must not reach the site's shortcuts (Escape closes X's reply dialog; j, k and l
 * move and like), nor a click its "open this post" handlers.
 */
export const CONTAINED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress'] as const;
