import { describe, expect, test } from 'vitest';
import {
  customThresholds,
  PRESET_THRESHOLDS,
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
    ['share jump of 0', { watchShareJump: 0 }, 'between 0 and 100 points'],
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
