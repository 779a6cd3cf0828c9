import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { z } from 'zod';
import { uiCount } from '@/utils/count';

/**
 * A list of terms edited as one comma- or line-separated text field. Matching ignores case, so a term
 * that differs from an earlier one only in case is dropped: the first spelling is kept.
 *
 * A comma inside a term stays in it where it must: between two digits ("$2,500,000"), and in a term the
 * list already holds (`kept`: the field's stored terms, which the field shows joined by ", "), so that
 * "Acme, Inc." imported from a plan file is not cut in two when another term is added.
 */
export function splitTerms(text: string, kept: readonly string[] = []): string[] {
  const withComma = kept.filter((term) => term.includes(','));
  const pieces: string[] = [];
  for (const line of text.split('\n')) {
    let at = 0;
    while (at <= line.length) {
      while (at < line.length && /\s/.test(line[at]!)) at++;
      const whole = withComma.find((term) => line.startsWith(term, at) && /^\s*(?:,|$)/.test(line.slice(at + term.length)));
      let end: number;
      if (whole !== undefined) {
        end = line.indexOf(',', at + whole.length);
      } else {
        end = at;
        while (end < line.length && !(line[end] === ',' && !(/\d/.test(line[end - 1] ?? '') && /\d/.test(line[end + 1] ?? '')))) end++;
      }
      if (end === -1 || end >= line.length) end = line.length;
      pieces.push(line.slice(at, end));
      at = end + 1;
    }
  }
  const seen = new Set<string>();
  return pieces
    .map((term) => term.trim())
    .filter((term) => {
      const key = term.toLowerCase();
      if (!term || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The longest a brand term may be, and the most terms one list may hold. */
export const MAX_TERM_LENGTH = 200;
export const MAX_TERMS = 1000;

/** A brand term list as a settings file holds it. The brand form refuses what this refuses (termsProblem). */
export const termsSchema = z.array(z.string().trim().min(1).max(MAX_TERM_LENGTH)).max(MAX_TERMS);

/** Why a list of terms could not be saved (and imported again from its own export), or null. */
export function termsProblem(terms: readonly string[]): string | null {
  if (terms.length > MAX_TERMS) return i18n.t('options.brand.tooManyTerms', [uiCount(MAX_TERMS), uiCount(terms.length)]);
  const long = terms.find((term) => term.trim().length > MAX_TERM_LENGTH);
  return long === undefined ? null : i18n.t('options.brand.termTooLong', [MAX_TERM_LENGTH, `${long.trim().slice(0, 30)}…`]);
}

/**
 * A number field's text as a value. An empty field (or text that is no number) is NaN, never 0: Number('')
 * is 0, and a field that turned into "0" as it was cleared would be saved as 0.
 */
export function numberFromText(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** What a number field shows for a value: nothing for NaN (an emptied field stays empty). */
export function textOfNumber(value: number): string {
  return Number.isNaN(value) ? '' : String(value);
}

/** A section's outcome: saved, done (with words that say what happened), or a problem to fix. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'unsaved' }
  | { kind: 'saved' }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/**
 * A settings section: a heading, its fields, and a status line read out when it changes. `statusId`
 * names the status line, for fields whose problem it describes (aria-describedby).
 */
export function Section(props: { id: string; title: string; intro?: string; state?: SaveState; statusId?: string; children: ComponentChildren }) {
  return (
    <section class="settings-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.intro && <p class="muted">{props.intro}</p>}
      {props.children}
      <StatusLine status={props.state} id={props.statusId}>
        {props.state?.kind === 'unsaved' && <span class="unsaved">● {i18n.t('options.unsaved')}</span>}
        {props.state?.kind === 'saved' && <span class="ok">✓ {i18n.t('options.saved')}</span>}
        {props.state?.kind === 'done' && <span class="ok">✓ {props.state.message}</span>}
        {props.state?.kind === 'error' && <span class="error">{props.state.message}</span>}
      </StatusLine>
    </section>
  );
}

/** How long a status line stays empty before the same words come back: over a frame, so the two are two changes. */
export const REANNOUNCE_MS = 150;

/**
 * A status line: a polite live region, read out when its words change. `status` is the outcome it shows,
 * a new object for each new outcome (each save, export or refusal makes one). A new outcome in the same
 * words as the line holds ("✓ Saved." after a second save, the same export twice in a day) would change
 * nothing, and a screen reader would say nothing: the line empties, and the words come back REANNOUNCE_MS
 * later, a change that is read out. Used by every options section (Section) and the settings file's line.
 */
export function StatusLine(props: { status: object | undefined; id?: string; children: ComponentChildren }) {
  const line = useRef<HTMLParagraphElement>(null);
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
  return (
    <p class="status" role="status" aria-live="polite" id={props.id} ref={line}>
      {blank ? null : props.children}
    </p>
  );
}
