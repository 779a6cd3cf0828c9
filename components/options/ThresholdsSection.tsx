import { i18n } from '#i18n';
import { spikeThresholds } from '@/utils/settings';
import { PRESET_THRESHOLDS, THRESHOLD_PRESETS, thresholdProblems, type SpikeThresholds, type ThresholdPreset } from '@/utils/tracking/thresholds';
import { Section } from './fields';
import { useSetting } from './useSetting';

type NumberField = 'watchMultiple' | 'crisisMultiple' | 'watchShareJump' | 'crisisShareJump' | 'minimumVolume' | 'coolDownMinutes' | 'calmMinutes';
const NUMBERS: Array<{ key: NumberField; step: number; min: number }> = [
  { key: 'watchMultiple', step: 0.1, min: 1 },
  { key: 'crisisMultiple', step: 0.1, min: 1 },
  { key: 'watchShareJump', step: 1, min: 1 },
  { key: 'crisisShareJump', step: 1, min: 1 },
  { key: 'minimumVolume', step: 1, min: 1 },
  { key: 'coolDownMinutes', step: 5, min: 0 },
  { key: 'calmMinutes', step: 5, min: 0 },
];

export function ThresholdsSection() {
  const { draft, update, save, state } = useSetting(spikeThresholds, (value) =>
    thresholdProblems(value)
      .map((problem) => problem.message)
      .join(' ') || null,
  );
  const choosePreset = (preset: ThresholdPreset) => void save({ ...PRESET_THRESHOLDS[preset] });
  const setNumber = (key: NumberField, value: number) => update({ ...draft, preset: 'custom', [key]: value } as SpikeThresholds);
  return (
    <Section id="thresholds" title={i18n.t('options.thresholds.title')} intro={i18n.t('options.thresholds.intro')} state={state}>
      <fieldset>
        <legend>{i18n.t('options.thresholds.preset')}</legend>
        {THRESHOLD_PRESETS.map((preset) => (
          <label key={preset} class="choice">
            <input type="radio" name="preset" value={preset} checked={draft.preset === preset} onChange={() => choosePreset(preset)} />{' '}
            <strong>{i18n.t(`options.thresholds.presets.${preset}`)}</strong> — {i18n.t(`options.thresholds.presets.${preset}Hint`)}
          </label>
        ))}
        {draft.preset === 'custom' && <p class="muted">{i18n.t('options.thresholds.custom')}</p>}
      </fieldset>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div class="grid">
          {NUMBERS.map(({ key, step, min }) => (
            <label key={key} class="field">
              {i18n.t(`options.thresholds.${key}`)}
              <input
                type="number"
                name={key}
                step={step}
                min={min}
                value={draft[key]}
                onInput={(event) => setNumber(key, Number((event.currentTarget as HTMLInputElement).value))}
              />
            </label>
          ))}
        </div>
        <button type="submit">{i18n.t('options.thresholds.save')}</button>
      </form>
    </Section>
  );
}
