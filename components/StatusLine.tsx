import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** How long a status line stays empty before the same words come back: over a frame, so the two are two changes. */
export const REANNOUNCE_MS = 150;

/**
 * A status line: a polite live region, read out when its words change. `status` is the outcome it shows,
 * a new object for each new outcome (each save, export, rename or refusal makes one). A new outcome in the
 * same words as the line holds ("✓ Saved." after a second save, the same export twice in a day, "Nothing
 * to rename" after a second Rename) would change nothing, and a screen reader would say nothing: the line
 * empties, and the words come back REANNOUNCE_MS later, a change that is read out. Used by every options
 * section (Section), the settings file's line and the dashboard's Rename. `inline`: a <span>, for a line
 * that sits in a row beside a button, instead of a paragraph.
 */
export function StatusLine(props: { status: object | undefined; id?: string; inline?: boolean; children: ComponentChildren }) {
  const line = useRef<HTMLElement | null>(null);
  /** One callback for the <p> or the <span>, made once (a new one each render would be called again). */
  const setLine = useRef((element: HTMLElement | null) => {
    line.current = element;
  }).current;
  /** The outcome last shown, and its words. */
  const last = useRef<{ status: object | undefined; text: string } | null>(null);
  /** The outcome the line is empty for, until its words come back. */
  const [blankFor, setBlankFor] = useState<object | null>(null);
  const blank = blankFor !== null && blankFor === props.status;
  useLayoutEffect(() => {
    if (blank) return;
    const text = line.current?.textContent ?? '';
    const before = last.current;
    last.current = { status: props.status, text };
    if (before && props.status && before.status !== props.status && text !== '' && text === before.text) setBlankFor(props.status);
  });
  useEffect(() => {
    if (blankFor === null) return;
    const timer = setTimeout(() => setBlankFor(null), REANNOUNCE_MS);
    return () => clearTimeout(timer);
  }, [blankFor]);
  const Tag = props.inline ? 'span' : 'p';
  return (
    <Tag class="status" role="status" aria-live="polite" id={props.id} ref={setLine}>
      {blank ? null : props.children}
    </Tag>
  );
}
