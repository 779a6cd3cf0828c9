import type { JSX } from 'preact';

/**
 * A keydown handler for a question in the page (an alertdialog): Escape answers no, as its Cancel
 * button does, and goes no further (in the popup it would close the popup).
 */
export function answerNoOnEscape(answerNo: () => void): (event: JSX.TargetedKeyboardEvent<HTMLElement>) => void {
  return (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    answerNo();
  };
}
