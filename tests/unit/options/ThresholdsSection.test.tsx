// @vitest-environment happy-dom
// The thresholds form: any sensible value is accepted, an emptied field stays empty, every refusal is
// said in the section, and the fields' limits are the rules' limits.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { THRESHOLD_FIELDS, ThresholdsSection } from '@/components/options/ThresholdsSection';
import { spikeThresholds } from '@/utils/settings';
import { PRESET_THRESHOLDS, THRESHOLD_LIMITS, thresholdProblems, type SpikeThresholds } from '@/utils/tracking/thresholds';
import { buttonNamed, click, mount, settle, type, unmountAll, useEnglishMessages } from './helpers';

const field = (root: ParentNode, name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
const status = (root: ParentNode) => root.querySelector('[role="status"]')?.textContent;

async function submit(root: HTMLElement) {
  await act(() => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

beforeEach(useEnglishMessages);
afterEach(unmountAll);

describe('ThresholdsSection', () => {
  test('accepts values between the old steps: a 7-minute cool-down, a 1.25× watch', async () => {
    const root = await mount(<ThresholdsSection />);
    // Multiples and jumps take any step; mentions and minutes are whole numbers.
    const steps = Object.fromEntries(Array.from(root.querySelectorAll<HTMLInputElement>('input[type="number"]'), (input) => [input.name, input.step]));
    expect(steps).toEqual({
      watchMultiple: 'any',
      crisisMultiple: 'any',
      watchShareJump: 'any',
      crisisShareJump: 'any',
      minimumVolume: '1',
      coolDownMinutes: '1',
      calmMinutes: '1',
    });
    await type(field(root, 'coolDownMinutes'), '7');
    await type(field(root, 'watchMultiple'), '1.25');
    await click(buttonNamed(root, 'Save thresholds'));
    expect(status(root)).toBe('✓ Saved.');
    expect(await spikeThresholds.getValue()).toEqual({ ...PRESET_THRESHOLDS.balanced, preset: 'custom', coolDownMinutes: 7, watchMultiple: 1.25 });
  });

  test('an emptied field stays empty, and saving names it, marks it, focuses it and saves nothing', async () => {
    const root = await mount(<ThresholdsSection />);
    await type(field(root, 'coolDownMinutes'), '');
    expect(field(root, 'coolDownMinutes').value).toBe('');
    await submit(root);
    expect(status(root)).toBe('Enter a number in “Cool-down after an alert, minutes” (it is empty, or not a number).');
    expect(field(root, 'coolDownMinutes').getAttribute('aria-invalid')).toBe('true');
    expect(field(root, 'coolDownMinutes').getAttribute('aria-describedby')).toBe(root.querySelector('[role="status"]')!.id);
    expect(document.activeElement).toBe(field(root, 'coolDownMinutes'));
    expect(field(root, 'coolDownMinutes').value).toBe('');
    expect(await spikeThresholds.getValue()).toEqual(PRESET_THRESHOLDS.balanced);

    // Fixed: the mark goes, the value is saved.
    await type(field(root, 'coolDownMinutes'), '45');
    expect(field(root, 'coolDownMinutes').hasAttribute('aria-invalid')).toBe(false);
    await submit(root);
    expect((await spikeThresholds.getValue()).coolDownMinutes).toBe(45);
  });

  test('absurd values are refused in words, in the section, and nothing is saved', async () => {
    const root = await mount(<ThresholdsSection />);
    await type(field(root, 'watchMultiple'), '99999999999');
    await type(field(root, 'crisisMultiple'), '99999999999');
    await type(field(root, 'minimumVolume'), '1e308');
    await submit(root);
    expect(status(root)).toBe(
      'The watch multiple can be at most 100× normal. The crisis multiple can be at most 100× normal. The minimum volume can be at most 100,000 mentions.',
    );
    expect(document.activeElement).toBe(field(root, 'watchMultiple'));
    expect(await spikeThresholds.getValue()).toEqual(PRESET_THRESHOLDS.balanced);
  });

  test('calm minutes below the rule’s 5 are refused by the field’s limit and by the section', async () => {
    const root = await mount(<ThresholdsSection />);
    expect(field(root, 'calmMinutes').min).toBe('5');
    await type(field(root, 'calmMinutes'), '0');
    await submit(root);
    expect(status(root)).toBe('A level needs at least 5 calm minutes to step down.');
  });

  test.each([
    ['watchMultiple', '1.001', 'The watch multiple must be above 1× normal: at least 1.01×.'],
    ['watchShareJump', '0.01', 'The watch jump in negative share must be at least 0.1 points.'],
    ['minimumVolume', '2.5', 'The minimum volume must be a whole number of mentions.'],
    ['coolDownMinutes', '0.5', 'The cool-down must be a whole number of minutes.'],
    ['calmMinutes', '7.5', 'The calm time must be a whole number of minutes.'],
  ])('%s of %s, past what the field promises, is refused in words and not saved', async (name, value, message) => {
    const root = await mount(<ThresholdsSection />);
    await type(field(root, name), value);
    await submit(root);
    expect(status(root)).toBe(message);
    expect(field(root, name).getAttribute('aria-invalid')).toBe('true');
    expect(await spikeThresholds.getValue()).toEqual(PRESET_THRESHOLDS.balanced);
  });

  test('values stored under a preset’s name but not its values show as custom, and choosing the preset restores it', async () => {
    // What an import stored before it knew better: "balanced" with 10× and 20×.
    await spikeThresholds.setValue({ ...PRESET_THRESHOLDS.balanced, watchMultiple: 10, crisisMultiple: 20 });
    const root = await mount(<ThresholdsSection />);
    const balanced = root.querySelector<HTMLInputElement>('input[name="preset"][value="balanced"]')!;
    expect(Array.from(root.querySelectorAll<HTMLInputElement>('input[name="preset"]')).filter((radio) => radio.checked)).toEqual([]);
    expect(root.textContent).toContain('Custom values');
    await click(balanced);
    expect(await spikeThresholds.getValue()).toEqual(PRESET_THRESHOLDS.balanced);
    expect(balanced.checked).toBe(true);
    expect(field(root, 'watchMultiple').value).toBe(String(PRESET_THRESHOLDS.balanced.watchMultiple));
  });

  test('a preset chosen after a refused save stays checked while it is saved', async () => {
    const root = await mount(<ThresholdsSection />);
    await type(field(root, 'coolDownMinutes'), '0.5');
    await submit(root);
    const sensitive = root.querySelector<HTMLInputElement>('input[name="preset"][value="sensitive"]')!;
    // The render right after the click, before storage has answered.
    await act(() => {
      sensitive.click();
    });
    expect(sensitive.checked).toBe(true);
    await settle();
    expect(sensitive.checked).toBe(true);
    expect(await spikeThresholds.getValue()).toEqual(PRESET_THRESHOLDS.sensitive);
  });

  test('a preset clears what was typed', async () => {
    const root = await mount(<ThresholdsSection />);
    await type(field(root, 'coolDownMinutes'), '');
    await click(root.querySelector<HTMLInputElement>('input[name="preset"][value="strict"]'));
    expect(field(root, 'coolDownMinutes').value).toBe(String(PRESET_THRESHOLDS.strict.coolDownMinutes));
    expect(await spikeThresholds.getValue()).toEqual(PRESET_THRESHOLDS.strict);
  });
});

describe('the fields’ limits are the rules’ limits', () => {
  // The smallest difference a person types in each field (the fields take any step).
  const TICK: Record<(typeof THRESHOLD_FIELDS)[number]['key'], number> = {
    watchMultiple: 0.01,
    crisisMultiple: 0.01,
    watchShareJump: 0.1,
    crisisShareJump: 0.1,
    minimumVolume: 1,
    coolDownMinutes: 1,
    calmMinutes: 1,
  };
  // Values that keep the other rules quiet (crisis ≥ watch) while one field moves.
  const BASE: SpikeThresholds = { ...PRESET_THRESHOLDS.balanced, preset: 'custom', watchMultiple: 1.01, crisisMultiple: 100, watchShareJump: 0.1, crisisShareJump: 99.9 };
  const problemsWith = (key: string, value: number) => thresholdProblems({ ...BASE, [key]: value }).filter((problem) => problem.field === key);

  test.each(THRESHOLD_FIELDS.map((entry) => [entry.key, entry] as const))('%s', (key, { min, max, step }) => {
    expect(problemsWith(key, min)).toEqual([]);
    expect(problemsWith(key, max)).toEqual([]);
    expect(problemsWith(key, min - TICK[key])).not.toEqual([]);
    expect(problemsWith(key, max + TICK[key])).not.toEqual([]);
    // A tenth of the smallest tick past the minimum: within the field's step only where it takes any step.
    const between = problemsWith(key, min + TICK[key] / 10);
    if (step === 'any') expect(between).toEqual([]);
    else expect(between).not.toEqual([]);
  });

  test('the limits are the ones thresholds.ts exports', () => {
    for (const { key, min, max, step } of THRESHOLD_FIELDS) {
      expect({ min, max, whole: step === 1 }).toEqual(THRESHOLD_LIMITS[key]);
    }
  });
});
