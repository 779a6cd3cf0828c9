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
