import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { z } from 'zod';
import { StatusLine } from '../StatusLine';
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
 * names the status line, for fields whose problem it describes (aria-describedby). `after`: shown under
 * the status line, outside it (the brand's next step after its first save).
 */
export function Section(props: { id: string; title: string; intro?: string; state?: SaveState; statusId?: string; after?: ComponentChildren; children: ComponentChildren }) {
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
      {props.after}
    </section>
  );
}

// The status line moved to components/StatusLine.tsx (the dashboard uses it too); kept importable from here.
export { REANNOUNCE_MS, StatusLine } from '../StatusLine';
