import { expect, vi } from 'vitest';
import { BADGE_TAG } from '@/utils/content/badge';

/** Opens the badge of a post element (once it has one) and returns its popover, the dialog in its shadow root. */
export async function openPopover(element: Element): Promise<Element> {
  const host = await vi.waitFor(() => {
    const badge = element.querySelector(BADGE_TAG);
    expect(badge).not.toBeNull();
    return badge!;
  });
  (host.shadowRoot!.querySelector('button.badge') as HTMLButtonElement).click();
  return vi.waitFor(() => {
    const dialog = host.shadowRoot!.querySelector('[role="dialog"]');
    expect(dialog).not.toBeNull();
    return dialog!;
  });
}

/** The words of a post's badge popover (see openPopover). */
export const popoverText = async (element: Element): Promise<string> => (await openPopover(element)).textContent ?? '';
