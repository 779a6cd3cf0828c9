import type { JSX } from 'preact';
import { answerNoOnEscape } from './escape';

/** What Tab stops on: enabled controls, links and anything put in the tab order on purpose. */
const TABBABLE = 'button, [href], input, select, textarea, summary, [tabindex]';

function tabStops(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (element) => element.tabIndex >= 0 && !element.hasAttribute('disabled') && !element.closest('[hidden], [inert]'),
  );
}

/**
 * A keydown handler that keeps Tab and Shift+Tab within `event.currentTarget`: from the last stop to the
 * first and back. A question in the page is role="alertdialog", which is modal: while it waits for an
 * answer, Tab must not carry the focus off into the rest of a long page and leave the question open.
 */
export function keepTabWithin(event: JSX.TargetedKeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const stops = tabStops(event.currentTarget);
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  const wrapTo = event.shiftKey ? (active === first || !stops.includes(active as HTMLElement) ? last : null) : active === last ? first : null;
  if (!wrapTo) return;
  event.preventDefault();
  wrapTo.focus();
}

/**
 * The keys of a question in the page (an alertdialog: wipe, import, resolve): Escape answers no, as its
 * Cancel button does, and Tab stays within the question until it is answered.
 */
export function questionKeys(answerNo: () => void): (event: JSX.TargetedKeyboardEvent<HTMLElement>) => void {
  const escape = answerNoOnEscape(answerNo);
  return (event) => {
    escape(event);
    if (!event.defaultPrevented) keepTabWithin(event);
  };
}
