// Labelled fields that can show their own errors: each problem is printed next to its field, in words,
// and linked to the control with aria-describedby.

import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { splitTerms } from '../fields';

export interface FieldProps {
  /** The control's DOM id; error and hint ids derive from it. */
  id: string;
  label: string;
  hint?: ComponentChildren;
  /** Problems with this field, shown under it. */
  errors?: readonly string[];
}

/** The ids a control should point to with aria-describedby, and its invalid state. */
export function describedBy(props: FieldProps): { 'aria-describedby'?: string; 'aria-invalid'?: 'true' } {
  const ids = [props.hint ? `${props.id}-hint` : '', props.errors?.length ? `${props.id}-error` : ''].filter(Boolean);
  return {
    ...(ids.length > 0 ? { 'aria-describedby': ids.join(' ') } : {}),
    ...(props.errors?.length ? { 'aria-invalid': 'true' as const } : {}),
  };
}

/** The hint and the errors under a control. Errors say "Error:" in words, never by colour alone. */
export function FieldNotes(props: FieldProps) {
  return (
    <>
      {props.hint && (
        <p id={`${props.id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
      {props.errors && props.errors.length > 0 && (
        <p id={`${props.id}-error`} class="error field-error">
          <strong>{i18n.t('options.plan.errorPrefix')}</strong> {props.errors.join(' ')}
        </p>
      )}
    </>
  );
}

type InputType = 'text' | 'url' | 'date' | 'number' | 'email';

export function TextField(
  props: FieldProps & {
    value: string | number;
    onInput: (value: string) => void;
    type?: InputType;
    name?: string;
    min?: number;
    max?: number;
    autoComplete?: string;
  },
) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.name ?? props.id}
        type={props.type ?? 'text'}
        min={props.min}
        max={props.max}
        autoComplete={props.autoComplete ?? 'off'}
        value={props.value}
        onInput={(event) => props.onInput((event.currentTarget as HTMLInputElement).value)}
        {...describedBy(props)}
      />
      <FieldNotes {...props} />
    </div>
  );
}

export function TextAreaField(props: FieldProps & { value: string; onInput: (value: string) => void; rows?: number; name?: string }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        name={props.name ?? props.id}
        rows={props.rows ?? 3}
        value={props.value}
        onInput={(event) => props.onInput((event.currentTarget as HTMLTextAreaElement).value)}
        {...describedBy(props)}
      />
      <FieldNotes {...props} />
    </div>
  );
}

/**
 * A list of terms as one comma- or line-separated text (splitTerms: a term it holds keeps its commas), with an
 * error slot. While it is typed in, it shows the text as typed (the list it makes would eat a trailing comma
 * under the caret) and the list follows each keystroke, so the section knows at once that it is unsaved: a
 * page closed with the caret still in the field asks first. Leaving the field shows the tidied list.
 */
export function TermsListField(props: FieldProps & { value: readonly string[]; onChange: (terms: string[]) => void; name?: string }) {
  const [typed, setTyped] = useState<{ text: string; kept: readonly string[] } | null>(null);
  const listOf = (text: string) => splitTerms(text, typed?.kept ?? props.value);
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        name={props.name ?? props.id}
        rows={2}
        value={typed?.text ?? props.value.join(', ')}
        onInput={(event) => {
          const text = (event.currentTarget as HTMLTextAreaElement).value;
          setTyped({ text, kept: typed?.kept ?? props.value });
          props.onChange(listOf(text));
        }}
        onChange={(event) => {
          props.onChange(listOf((event.currentTarget as HTMLTextAreaElement).value));
          setTyped(null);
        }}
        {...describedBy(props)}
      />
      <FieldNotes {...props} />
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField(props: FieldProps & { value: string; options: readonly SelectOption[]; onChange: (value: string) => void; name?: string }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        name={props.name ?? props.id}
        value={props.value}
        onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value)}
        {...describedBy(props)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes {...props} />
    </div>
  );
}

/**
 * The buttons under an item of an ordered list (approval steps, checklist steps): move up, move down,
 * remove. Keyboard first: no drag and drop. `ids` name the two move buttons, so the focus can follow
 * the item it moved.
 */
export function OrderedItemActions(props: {
  index: number;
  count: number;
  ids: { up: string; down: string };
  labels: { up: string; down: string; remove: string };
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <div class="row">
      <button type="button" id={props.ids.up} disabled={props.index === 0} aria-label={props.labels.up} onClick={() => props.onMove(-1)}>
        ↑ {i18n.t('options.plan.moveUp')}
      </button>
      <button type="button" id={props.ids.down} disabled={props.index === props.count - 1} aria-label={props.labels.down} onClick={() => props.onMove(1)}>
        ↓ {i18n.t('options.plan.moveDown')}
      </button>
      <button type="button" aria-label={props.labels.remove} onClick={props.onRemove}>
        {i18n.t('options.plan.remove')}
      </button>
    </div>
  );
}
