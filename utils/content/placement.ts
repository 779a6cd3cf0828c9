// Where a badge's popover goes in the window: below the badge when it fits there, above when it
// fits there instead, else on the roomier side and no taller than that room (it scrolls inside).
// Pure: the badge calls it on opening and on each scroll or resize while the popover is open.

/** Space kept between the popover and the window's edges, in px. */
export const EDGE_MARGIN = 8;
/** Space between the badge and its popover, in px. */
export const ANCHOR_GAP = 6;
/** The popover is never squeezed below this height while the window has the room, in px. */
export const MIN_POPOVER_HEIGHT = 160;

export type PopoverSide = 'below' | 'above';

export interface PopoverPlacement {
  top: number;
  left: number;
  /** The popover's max-height: what is taller scrolls inside it. */
  maxHeight: number;
  side: PopoverSide;
}

interface Box {
  top: number;
  bottom: number;
  left: number;
}

interface Size {
  width: number;
  height: number;
}

/**
 * Places a popover of `natural` size (its full content, unclipped) next to `anchor` (the badge's
 * rectangle in the window) in a `viewport` of the window's size. `current` is the side it is on
 * now: it stays there while it fits, so it does not flip back and forth as the page scrolls.
 * While the badge is in view the popover stays inside the window; once the page scrolls the badge
 * out of view, the popover goes with it.
 */
export function placePopover(anchor: Box, natural: Size, viewport: Size, current?: PopoverSide): PopoverPlacement {
  const width = Math.min(natural.width, viewport.width - 2 * EDGE_MARGIN);
  const left = Math.max(EDGE_MARGIN, Math.min(anchor.left, viewport.width - width - EDGE_MARGIN));
  const room: Record<PopoverSide, number> = {
    below: viewport.height - anchor.bottom - ANCHOR_GAP - EDGE_MARGIN,
    above: anchor.top - ANCHOR_GAP - EDGE_MARGIN,
  };
  const fits = (side: PopoverSide) => natural.height <= room[side];
  let side: PopoverSide;
  if (current && fits(current)) side = current;
  else if (fits('below')) side = 'below';
  else if (fits('above')) side = 'above';
  else side = room.below >= room.above ? 'below' : 'above';

  const windowRoom = Math.max(0, viewport.height - 2 * EDGE_MARGIN);
  const maxHeight = Math.min(windowRoom, Math.max(room[side], Math.min(MIN_POPOVER_HEIGHT, windowRoom)));
  const height = Math.min(natural.height, maxHeight);
  let top = side === 'below' ? anchor.bottom + ANCHOR_GAP : anchor.top - ANCHOR_GAP - height;
  const badgeInView = anchor.bottom > 0 && anchor.top < viewport.height;
  if (badgeInView) top = Math.max(EDGE_MARGIN, Math.min(top, viewport.height - EDGE_MARGIN - height));
  return { top, left, maxHeight, side };
}
