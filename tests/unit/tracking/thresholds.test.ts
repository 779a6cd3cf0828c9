import { describe, expect, test } from 'vitest';
import {
  customThresholds,
  FALSE_ALARM_GUARD_MAX,
  PRESET_THRESHOLDS,
  presetOf,
  THRESHOLD_LIMITS,
  THRESHOLD_PRESETS,
  thresholdProblems,
  type SpikeThresholds,
} from '../../../utils/tracking/thresholds';

describe('presets', () => {
  test.each(THRESHOLD_PRESETS)('%s is valid', (preset) => {
    expect(thresholdProblems(PRESET_THRESHOLDS[preset])).toEqual([]);
  });

  test('sensitive ≤ balanced ≤ strict on every bar', () => {
    const { sensitive, balanced, strict } = PRESET_THRESHOLDS;
    for (const key of ['watchMultiple', 'crisisMultiple', 'watchShareJump', 'minimumVolume'] as const) {
      expect(sensitive[key]).toBeLessThanOrEqual(balanced[key]);
      expect(balanced[key]).toBeLessThanOrEqual(strict[key]);
    }
    expect(sensitive.falseAlarmGuard).toBeGreaterThan(strict.falseAlarmGuard);
  });
});

describe('customThresholds', () => {
  test('keeps the preset for what is not overridden and marks the result custom', () => {
    const custom = customThresholds('balanced', { watchMultiple: 3, crisisMultiple: 6 });
    expect(custom).toMatchObject({ preset: 'custom', watchMultiple: 3, crisisMultiple: 6 });
    expect(custom.minimumVolume).toBe(PRESET_THRESHOLDS.balanced.minimumVolume);
  });

  test.each<[string, Partial<SpikeThresholds>, string]>([
    ['watch multiple at 1×', { watchMultiple: 1 }, 'watch multiple must be above 1×'],
    ['crisis below watch', { watchMultiple: 3, crisisMultiple: 2 }, 'crisis multiple cannot be below'],
    ['share jump of 0', { watchShareJump: 0 }, 'at least 0.1 points'],
    ['zero minimum volume', { minimumVolume: 0 }, 'at least 1 mention'],
    ['negative cool-down', { coolDownMinutes: -5 }, 'cool-down cannot be negative'],
    ['not a number', { watchMultiple: Number.NaN }, 'must be a number'],
  ])('rejects %s', (_name, values, message) => {
    expect(() => customThresholds('balanced', values)).toThrow(message);
  });
});

describe('thresholdProblems: upper bounds', () => {
  // Past these an alert could never come, or never come again: alerting off without a word.
  test.each<[string, Partial<SpikeThresholds>, keyof SpikeThresholds, string]>([
    ['a watch multiple of 99999999999×', { watchMultiple: 99_999_999_999, crisisMultiple: 99_999_999_999 }, 'watchMultiple', 'at most 100× normal'],
    ['a crisis multiple of 1e308×', { crisisMultiple: 1e308 }, 'crisisMultiple', 'at most 100× normal'],
    ['a minimum volume of 1e308', { minimumVolume: 1e308 }, 'minimumVolume', 'at most 100,000 mentions'],
    ['a cool-down of 1e308 minutes', { coolDownMinutes: 1e308 }, 'coolDownMinutes', 'at most 1,440 minutes'],
    ['a calm time of a week', { calmMinutes: 10_080 }, 'calmMinutes', 'at most 1,440 minutes'],
  ])('refuses %s', (_name, values, field, message) => {
    const problems = thresholdProblems({ ...PRESET_THRESHOLDS.balanced, ...values, preset: 'custom' });
    expect(problems.find((problem) => problem.field === field)?.message).toContain(message);
  });

  test('accepts the bounds themselves', () => {
    const atBounds: SpikeThresholds = {
      ...PRESET_THRESHOLDS.balanced,
      preset: 'custom',
      watchMultiple: 100,
      crisisMultiple: 100,
      minimumVolume: 100_000,
      coolDownMinutes: 1440,
      calmMinutes: 1440,
    };
    expect(thresholdProblems(atBounds)).toEqual([]);
  });

  test('an infinite value is one problem, not two', () => {
    const problems = thresholdProblems({ ...PRESET_THRESHOLDS.balanced, preset: 'custom', coolDownMinutes: Number.POSITIVE_INFINITY });
    expect(problems).toEqual([{ field: 'coolDownMinutes', message: 'coolDownMinutes must be a number.' }]);
  });
});

describe('thresholdProblems: what the fields promise', () => {
  const problemsFor = (values: Partial<SpikeThresholds>) => thresholdProblems({ ...PRESET_THRESHOLDS.balanced, ...values, preset: 'custom' });

  // The fields declare min 1.01× and 0.1 points, and whole numbers of mentions and minutes.
  test.each<[string, Partial<SpikeThresholds>, keyof SpikeThresholds, string]>([
    ['a watch multiple of 1.001×', { watchMultiple: 1.001 }, 'watchMultiple', 'The watch multiple must be above 1× normal: at least 1.01×.'],
    ['a crisis multiple of 1.001× (watch too)', { watchMultiple: 1.001, crisisMultiple: 1.001 }, 'crisisMultiple', 'The crisis multiple must be above 1× normal: at least 1.01×.'],
    ['a watch jump of 0.01 points', { watchShareJump: 0.01, crisisShareJump: 0.01 }, 'watchShareJump', 'The watch jump in negative share must be at least 0.1 points.'],
    ['a crisis jump of 0.01 points', { watchShareJump: 0.01, crisisShareJump: 0.01 }, 'crisisShareJump', 'The crisis jump in negative share must be at least 0.1 points.'],
    ['a watch jump of 99.95 points', { watchShareJump: 99.95, crisisShareJump: 99.95 }, 'watchShareJump', 'The watch jump in negative share can be at most 99.9 points.'],
    ['a crisis jump below the watch jump', { watchShareJump: 20, crisisShareJump: 10 }, 'crisisShareJump', 'The crisis jump in negative share cannot be below the watch jump.'],
    ['a minimum volume of 2.5 mentions', { minimumVolume: 2.5 }, 'minimumVolume', 'The minimum volume must be a whole number of mentions.'],
    ['a cool-down of 0.5 minutes', { coolDownMinutes: 0.5 }, 'coolDownMinutes', 'The cool-down must be a whole number of minutes.'],
    ['a calm time of 7.5 minutes', { calmMinutes: 7.5 }, 'calmMinutes', 'The calm time must be a whole number of minutes.'],
    ['a negative cool-down of -0.5 (the range first)', { coolDownMinutes: -0.5 }, 'coolDownMinutes', 'The cool-down cannot be negative.'],
  ])('refuses %s', (_name, values, field, message) => {
    expect(problemsFor(values).filter((problem) => problem.field === field)).toEqual([{ field, message }]);
  });

  test.each<[string, number]>([
    ['0.49 (almost every window would count)', 0.49],
    ['just above the limit', 1.1e-3],
    ['0 (no spike would ever count)', 0],
    ['a negative probability', -1e-5],
  ])('refuses a false-alarm guard of %s', (_name, falseAlarmGuard) => {
    expect(problemsFor({ falseAlarmGuard })).toEqual([
      { field: 'falseAlarmGuard', message: 'The false-alarm guard must be a probability above 0 and at most 0.001 (the sensitive preset uses 0.0001).' },
    ]);
  });

  test('accepts a false-alarm guard at the limit and every preset’s own', () => {
    expect(FALSE_ALARM_GUARD_MAX).toBe(1e-3);
    expect(problemsFor({ falseAlarmGuard: FALSE_ALARM_GUARD_MAX })).toEqual([]);
    for (const preset of THRESHOLD_PRESETS) expect(PRESET_THRESHOLDS[preset].falseAlarmGuard).toBeLessThanOrEqual(FALSE_ALARM_GUARD_MAX);
  });

  test('accepts every limit itself, and whole numbers where only whole numbers fit', () => {
    const atMinimum = Object.fromEntries(Object.entries(THRESHOLD_LIMITS).map(([key, { min }]) => [key, min]));
    const atMaximum = Object.fromEntries(Object.entries(THRESHOLD_LIMITS).map(([key, { max }]) => [key, max]));
    expect(problemsFor(atMinimum)).toEqual([]);
    expect(problemsFor(atMaximum)).toEqual([]);
    for (const { min, max, whole } of Object.values(THRESHOLD_LIMITS)) {
      if (whole) expect(Number.isInteger(min) && Number.isInteger(max)).toBe(true);
    }
  });
});

describe('presetOf', () => {
  test.each(THRESHOLD_PRESETS)('%s with its own values is that preset', (preset) => {
    expect(presetOf(PRESET_THRESHOLDS[preset])).toBe(preset);
  });

  test('a preset name with other values is custom', () => {
    expect(presetOf({ ...PRESET_THRESHOLDS.balanced, watchMultiple: 10, crisisMultiple: 20 })).toBe('custom');
    expect(presetOf({ ...PRESET_THRESHOLDS.strict, falseAlarmGuard: 1e-4 })).toBe('custom');
  });

  test('custom stays custom, even with a preset’s values', () => {
    expect(presetOf({ ...PRESET_THRESHOLDS.balanced, preset: 'custom' })).toBe('custom');
  });
});
