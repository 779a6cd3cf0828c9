// @vitest-environment happy-dom
// The thresholds form: any sensible value is accepted, an emptied field stays empty, every refusal is
// said in the section, and the fields' limits are the rules' limits.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { THRESHOLD_FIELDS, ThresholdsSection } from '@/components/options/ThresholdsSection';
import { spikeThresholds } from '@/utils/settings';
import { PRESET_THRESHOLDS, thresholdProblems, type SpikeThresholds } from '@/utils/tracking/thresholds';
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
    for (const input of root.querySelectorAll<HTMLInputElement>('input[type="number"]')) expect(input.step).toBe('any');
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

  test.each(THRESHOLD_FIELDS.map((entry) => [entry.key, entry] as const))('%s', (key, { min, max }) => {
    expect(problemsWith(key, min)).toEqual([]);
    expect(problemsWith(key, max)).toEqual([]);
    expect(problemsWith(key, min - TICK[key])).not.toEqual([]);
    expect(problemsWith(key, max + TICK[key])).not.toEqual([]);
  });
});
