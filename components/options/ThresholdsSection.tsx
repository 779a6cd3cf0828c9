import { i18n } from '#i18n';
import { useId, useRef, useState } from 'preact/hooks';
import { spikeThresholds } from '@/utils/settings';
import {
  PRESET_THRESHOLDS,
  presetOf,
  THRESHOLD_LIMITS,
  THRESHOLD_PRESETS,
  thresholdProblems,
  type SpikeThresholds,
  type ThresholdField,
  type ThresholdPreset,
} from '@/utils/tracking/thresholds';
import { numberFromText, Section, textOfNumber } from './fields';
import { useChangedElsewhere, useSetting } from './useSetting';

/**
 * Each field's limits: THRESHOLD_LIMITS, the ones thresholdProblems checks (one source; a unit test holds
 * the two together). The browser's spinner and assistive technology read them; what decides on save is
 * thresholdProblems, and its words go in the section's status line. Multiples and jumps take any step (a
 * coarser step once refused sensible values such as 1.25× with only the browser's bubble to say why);
 * mentions and minutes are whole numbers, step 1.
 */
export const THRESHOLD_FIELDS: ReadonlyArray<{ key: ThresholdField; min: number; max: number; step: 1 | 'any' }> = (
  Object.keys(THRESHOLD_LIMITS) as ThresholdField[]
).map((key) => {
  const { min, max, whole } = THRESHOLD_LIMITS[key];
  return { key, min, max, step: whole ? 1 : 'any' };
});

const isField = (key: string): key is ThresholdField => THRESHOLD_FIELDS.some((field) => field.key === key);

/**
 * Every problem with the values in the form, fields in order. An empty field (or text that is no number)
 * holds NaN: it is named by its label, and not again as "… must be a number".
 */
export function formProblems(values: SpikeThresholds): Array<{ field: ThresholdField; message: string }> {
  const empty = THRESHOLD_FIELDS.filter(({ key }) => Number.isNaN(values[key])).map(({ key }) => ({
    field: key,
    message: i18n.t('options.thresholds.empty', [i18n.t(`options.thresholds.${key}`)]),
  }));
  const rules = thresholdProblems(values).flatMap((problem) =>
    isField(problem.field) && !Number.isNaN(values[problem.field]) ? [{ field: problem.field, message: problem.message }] : [],
  );
  const order = (field: ThresholdField) => THRESHOLD_FIELDS.findIndex((entry) => entry.key === field);
  return [...empty, ...rules].sort((a, b) => order(a.field) - order(b.field));
}

export function ThresholdsSection() {
  const uid = useId();
  const statusId = `${uid}-status`;
  const setting = useSetting(spikeThresholds, (value) =>
    formProblems(value)
      .map((problem) => problem.message)
      .join(' ') || null,
  );
  const { draft, update, save, state } = setting;
  // What each field shows while it is edited, as typed: an emptied field stays empty (not "0").
  const [typed, setTyped] = useState<Partial<Record<ThresholdField, string>>>({});
  const [invalid, setInvalid] = useState<ReadonlySet<ThresholdField>>(new Set());
  // Changed elsewhere (another tab, an import): the draft is the stored value again, and what was typed here
  // goes with it; otherwise the fields showed values that Save would not write.
  useChangedElsewhere(setting, () => {
    setTyped({});
    setInvalid(new Set());
  });
  const form = useRef<HTMLFormElement>(null);
  // Values stored under a preset's name but not its values (older imports) are custom: no preset is shown
  // chosen, so choosing one brings its real values back.
  const shownPreset = presetOf(draft);

  const choosePreset = (preset: ThresholdPreset) => {
    const values = { ...PRESET_THRESHOLDS[preset] };
    setTyped({});
    setInvalid(new Set());
    // The draft is the preset at once: a render before storage answers must not uncheck the radio just chosen.
    update(values);
    void save(values);
  };

  const setNumber = (key: ThresholdField, text: string) => {
    setTyped({ ...typed, [key]: text });
    if (invalid.has(key)) setInvalid(new Set([...invalid].filter((field) => field !== key)));
    update({ ...draft, preset: 'custom', [key]: numberFromText(text) });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const problems = formProblems(draft);
    setInvalid(new Set(problems.map((problem) => problem.field)));
    if (problems.length > 0) {
      // The first field to fix takes the focus; the status line says what is wrong with each.
      form.current?.querySelector<HTMLInputElement>(`input[name="${problems[0]!.field}"]`)?.focus();
    }
    if (await save()) setTyped({});
  };

  return (
    <Section id="thresholds" title={i18n.t('options.thresholds.title')} intro={i18n.t('options.thresholds.intro')} state={state} statusId={statusId}>
      <fieldset>
        <legend>{i18n.t('options.thresholds.preset')}</legend>
        {THRESHOLD_PRESETS.map((preset) => (
          <label key={preset} class="choice">
            <input type="radio" name="preset" value={preset} checked={shownPreset === preset} onChange={() => choosePreset(preset)} />{' '}
            <strong>{i18n.t(`options.thresholds.presets.${preset}`)}</strong> — {i18n.t(`options.thresholds.presets.${preset}Hint`)}
          </label>
        ))}
        {shownPreset === 'custom' && <p class="muted">{i18n.t('options.thresholds.custom')}</p>}
      </fieldset>
      {/* noValidate: the section checks the values itself and says what is wrong in its status line. */}
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <div class="grid">
          {THRESHOLD_FIELDS.map(({ key, min, max, step }) => (
            <label key={key} class="field">
              {i18n.t(`options.thresholds.${key}`)}
              <input
                type="number"
                name={key}
                step={step}
                min={min}
                max={max}
                value={typed[key] ?? textOfNumber(draft[key])}
                aria-invalid={invalid.has(key) ? 'true' : undefined}
                aria-describedby={invalid.has(key) ? statusId : undefined}
                onInput={(event) => setNumber(key, (event.currentTarget as HTMLInputElement).value)}
              />
            </label>
          ))}
        </div>
        <button type="submit">{i18n.t('options.thresholds.save')}</button>
      </form>
    </Section>
  );
}
