import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** A list of terms edited as one comma- or line-separated text field. */
export function splitTerms(text: string): string[] {
  return [...new Set(text.split(/[\n,]/).map((term) => term.trim()).filter(Boolean))];
}

export function TermsField(props: { label: string; hint: string; value: string[]; onChange: (terms: string[]) => void; name: string }) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <textarea
        id={id}
        name={props.name}
        rows={2}
        aria-describedby={`${id}-hint`}
        value={props.value.join(', ')}
        onChange={(event) => props.onChange(splitTerms((event.currentTarget as HTMLTextAreaElement).value))}
      />
      <p id={`${id}-hint`} class="hint">
        {props.hint}
      </p>
    </div>
  );
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
export type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

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
      <p class="status" role="status" aria-live="polite" id={props.statusId}>
        {props.state?.kind === 'saved' && <span class="ok">✓ {i18n.t('options.saved')}</span>}
        {props.state?.kind === 'done' && <span class="ok">✓ {props.state.message}</span>}
        {props.state?.kind === 'error' && <span class="error">{props.state.message}</span>}
      </p>
    </section>
  );
}
