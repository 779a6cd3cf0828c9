// Where a badge's popover goes: below when it fits, above when only that fits, never taller than
// the window, inside it while the badge is in view, and with its badge once the badge scrolls away.
import { describe, expect, test } from 'vitest';
import { ANCHOR_GAP, EDGE_MARGIN, MIN_POPOVER_HEIGHT, placePopover, type PopoverSide } from '@/utils/content/placement';

const WINDOW = { width: 1200, height: 700 };
const POPOVER = { width: 360, height: 400 };
/** A badge 18 px tall whose top is at `top`, at x = 100. */
const badgeAt = (top: number, left = 100) => ({ top, bottom: top + 18, left });

describe('placePopover', () => {
  test.each([
    ['near the top: below', 50, undefined, 'below', 50 + 18 + ANCHOR_GAP],
    ['near the bottom: above', 640, undefined, 'above', 640 - ANCHOR_GAP - 400],
    ['in the middle, fits both: below', 250, undefined, 'below', 250 + 18 + ANCHOR_GAP],
    ['already above and still fits there: stays above', 500, 'above', 'above', 500 - ANCHOR_GAP - 400],
    ['above but no longer fits there: below', 200, 'above', 'below', 200 + 18 + ANCHOR_GAP],
  ] as Array<[string, number, PopoverSide | undefined, PopoverSide, number]>)('%s', (_name, top, current, side, expectedTop) => {
    const placement = placePopover(badgeAt(top), POPOVER, WINDOW, current);
    expect(placement.side).toBe(side);
    expect(placement.top).toBe(expectedTop);
    expect(placement.top).toBeGreaterThanOrEqual(EDGE_MARGIN);
    expect(placement.top + Math.min(POPOVER.height, placement.maxHeight)).toBeLessThanOrEqual(WINDOW.height - EDGE_MARGIN);
  });

  test('never taller than the window: too tall for either side, it takes the roomier one and scrolls inside', () => {
    const tall = { width: 360, height: 2_000 };
    const placement = placePopover(badgeAt(500), tall, WINDOW);
    expect(placement.side).toBe('above');
    expect(placement.maxHeight).toBe(500 - ANCHOR_GAP - EDGE_MARGIN);
    expect(placement.top).toBe(EDGE_MARGIN);
    for (const top of [0, 100, 341, 682]) {
      const anywhere = placePopover(badgeAt(top), tall, WINDOW);
      expect(anywhere.maxHeight).toBeLessThanOrEqual(WINDOW.height - 2 * EDGE_MARGIN);
      expect(anywhere.top).toBeGreaterThanOrEqual(EDGE_MARGIN);
      expect(anywhere.top + anywhere.maxHeight).toBeLessThanOrEqual(WINDOW.height - EDGE_MARGIN);
    }
  });

  test('a tiny window: the popover keeps a usable height and stays inside the window', () => {
    const small = { width: 320, height: 240 };
    const placement = placePopover(badgeAt(110), POPOVER, small);
    expect(placement.maxHeight).toBe(MIN_POPOVER_HEIGHT);
    expect(placement.top).toBeGreaterThanOrEqual(EDGE_MARGIN);
    expect(placement.top + placement.maxHeight).toBeLessThanOrEqual(small.height - EDGE_MARGIN);
    // Narrower than the popover: it fits the width with a margin each side.
    expect(placement.left).toBe(EDGE_MARGIN);
  });

  test('kept inside the window horizontally', () => {
    expect(placePopover(badgeAt(50, 1_100), POPOVER, WINDOW).left).toBe(WINDOW.width - POPOVER.width - EDGE_MARGIN);
    expect(placePopover(badgeAt(50, -30), POPOVER, WINDOW).left).toBe(EDGE_MARGIN);
  });

  test('a badge scrolled out of the window takes its popover with it', () => {
    const placement = placePopover(badgeAt(-300), POPOVER, WINDOW, 'below');
    expect(placement.side).toBe('below');
    expect(placement.top).toBe(-300 + 18 + ANCHOR_GAP);
  });
});
