// What counts as a spike: the presets the options page offers and the custom values a team can set.
//
// A change must clear two bars before it raises the level: it must be *large* (a multiple of normal
// volume, or a jump in negative share, the numbers a social media manager thinks in) and it must be
// *unlikely by chance* at this volume (`falseAlarmGuard`, a tail probability). The first keeps alerts
// meaningful for big brands; the second keeps quiet brands from alerting on 1 → 3 mentions.

export type ThresholdPreset = 'sensitive' | 'balanced' | 'strict';

export const THRESHOLD_PRESETS: readonly ThresholdPreset[] = ['sensitive', 'balanced', 'strict'];

export interface SpikeThresholds {
  /** The preset these values came from, or 'custom' once a team changed any of them. */
  preset: ThresholdPreset | 'custom';
  /** Volume at or above this multiple of normal (for the time of day and weekday) enters watch. */
  watchMultiple: number;
  /** Volume at or above this multiple of normal enters crisis. */
  crisisMultiple: number;
  /** Negative share this many percentage points above normal enters watch (25 = 20% → 45%). */
  watchShareJump: number;
  /** Negative share this many points above normal enters crisis. */
  crisisShareJump: number;
  /** Windows with fewer mentions than this never raise the level, however unusual they look. */
  minimumVolume: number;
  /** After an alert, no further alert of the same or a lower level for this long (escalations still alert). */
  coolDownMinutes: number;
  /** A level steps down only after this long with every signal well below its entry threshold. */
  calmMinutes: number;
  /**
   * Largest chance probability a window may have and still count as a spike (the 5-minute window: a
   * hundredth of it, see detect.ts). Smaller means fewer false alarms and slower detection at low volume.
   * Not shown in the UI; it comes with the preset.
   */
  falseAlarmGuard: number;
}

export const PRESET_THRESHOLDS: Readonly<Record<ThresholdPreset, Readonly<SpikeThresholds>>> = {
  sensitive: {
    preset: 'sensitive',
    watchMultiple: 1.6,
    crisisMultiple: 3,
    watchShareJump: 12,
    crisisShareJump: 25,
    minimumVolume: 5,
    coolDownMinutes: 30,
    calmMinutes: 45,
    falseAlarmGuard: 1e-4,
  },
  balanced: {
    preset: 'balanced',
    watchMultiple: 2.5,
    crisisMultiple: 4.5,
    watchShareJump: 15,
    crisisShareJump: 30,
    minimumVolume: 8,
    coolDownMinutes: 60,
    calmMinutes: 60,
    falseAlarmGuard: 1e-5,
  },
  strict: {
    preset: 'strict',
    watchMultiple: 3,
    crisisMultiple: 6,
    watchShareJump: 20,
    crisisShareJump: 40,
    minimumVolume: 15,
    coolDownMinutes: 120,
    calmMinutes: 90,
    falseAlarmGuard: 1e-7,
  },
};

export type CustomThresholdValues = Partial<Omit<SpikeThresholds, 'preset'>>;

export interface ThresholdProblem {
  field: keyof SpikeThresholds;
  message: string;
}

/** Every problem with a set of thresholds, in words a user can act on; empty when they are usable. */
export function thresholdProblems(thresholds: SpikeThresholds): ThresholdProblem[] {
  const problems: ThresholdProblem[] = [];
  const finite = (field: keyof SpikeThresholds, value: number): boolean => {
    if (Number.isFinite(value)) return true;
    problems.push({ field, message: `${field} must be a number.` });
    return false;
  };
  // Upper bounds too: past them an alert could never come (or come again), alerting silently off.
  if (finite('watchMultiple', thresholds.watchMultiple)) {
    if (thresholds.watchMultiple <= 1) {
      problems.push({ field: 'watchMultiple', message: 'The watch multiple must be above 1× normal.' });
    } else if (thresholds.watchMultiple > 100) {
      problems.push({ field: 'watchMultiple', message: 'The watch multiple can be at most 100× normal.' });
    }
  }
  if (finite('crisisMultiple', thresholds.crisisMultiple)) {
    if (thresholds.crisisMultiple < thresholds.watchMultiple) {
      problems.push({ field: 'crisisMultiple', message: 'The crisis multiple cannot be below the watch multiple.' });
    } else if (thresholds.crisisMultiple > 100) {
      problems.push({ field: 'crisisMultiple', message: 'The crisis multiple can be at most 100× normal.' });
    }
  }
  if (finite('watchShareJump', thresholds.watchShareJump) && (thresholds.watchShareJump <= 0 || thresholds.watchShareJump >= 100)) {
    problems.push({ field: 'watchShareJump', message: 'The watch jump in negative share must be between 0 and 100 points.' });
  }
  if (
    finite('crisisShareJump', thresholds.crisisShareJump) &&
    (thresholds.crisisShareJump < thresholds.watchShareJump || thresholds.crisisShareJump >= 100)
  ) {
    problems.push({
      field: 'crisisShareJump',
      message: 'The crisis jump in negative share must be at least the watch jump and below 100 points.',
    });
  }
  if (finite('minimumVolume', thresholds.minimumVolume)) {
    if (thresholds.minimumVolume < 1) {
      problems.push({ field: 'minimumVolume', message: 'The minimum volume must be at least 1 mention.' });
    } else if (thresholds.minimumVolume > 100_000) {
      problems.push({ field: 'minimumVolume', message: 'The minimum volume can be at most 100,000 mentions.' });
    }
  }
  if (finite('coolDownMinutes', thresholds.coolDownMinutes)) {
    if (thresholds.coolDownMinutes < 0) {
      problems.push({ field: 'coolDownMinutes', message: 'The cool-down cannot be negative.' });
    } else if (thresholds.coolDownMinutes > 1440) {
      problems.push({ field: 'coolDownMinutes', message: 'The cool-down can be at most 1,440 minutes (a day).' });
    }
  }
  if (finite('calmMinutes', thresholds.calmMinutes)) {
    if (thresholds.calmMinutes < 5) {
      problems.push({ field: 'calmMinutes', message: 'A level needs at least 5 calm minutes to step down.' });
    } else if (thresholds.calmMinutes > 1440) {
      problems.push({ field: 'calmMinutes', message: 'The calm time can be at most 1,440 minutes (a day).' });
    }
  }
  if (finite('falseAlarmGuard', thresholds.falseAlarmGuard) && !(thresholds.falseAlarmGuard > 0 && thresholds.falseAlarmGuard < 0.5)) {
    problems.push({ field: 'falseAlarmGuard', message: 'The false-alarm guard must be a probability between 0 and 0.5.' });
  }
  return problems;
}

/**
 * A preset with a team's own values on top. Throws with every problem listed when the result is
 * unusable, so a bad settings file changes nothing.
 */
export function customThresholds(base: ThresholdPreset, values: CustomThresholdValues): SpikeThresholds {
  const merged: SpikeThresholds = { ...PRESET_THRESHOLDS[base], ...values, preset: 'custom' };
  const problems = thresholdProblems(merged);
  if (problems.length > 0) {
    throw new RangeError(`Invalid spike thresholds: ${problems.map((p) => p.message).join(' ')}`);
  }
  return merged;
}

export function isThresholdPreset(value: string): value is ThresholdPreset {
  return (THRESHOLD_PRESETS as readonly string[]).includes(value);
}
