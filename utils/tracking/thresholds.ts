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

/** The values a team sets on the options page (falseAlarmGuard comes with a preset or a settings file). */
export type ThresholdField = 'watchMultiple' | 'crisisMultiple' | 'watchShareJump' | 'crisisShareJump' | 'minimumVolume' | 'coolDownMinutes' | 'calmMinutes';

/**
 * Each value's limits: the one source for thresholdProblems and for the options page's fields (their min,
 * max and step). `whole`: only whole numbers (mentions and minutes); otherwise any value in range.
 * Upper bounds too: past them an alert could never come (or come again), alerting silently off.
 */
export const THRESHOLD_LIMITS: Readonly<Record<ThresholdField, { min: number; max: number; whole: boolean }>> = {
  watchMultiple: { min: 1.01, max: 100, whole: false },
  crisisMultiple: { min: 1.01, max: 100, whole: false },
  watchShareJump: { min: 0.1, max: 99.9, whole: false },
  crisisShareJump: { min: 0.1, max: 99.9, whole: false },
  minimumVolume: { min: 1, max: 100_000, whole: true },
  coolDownMinutes: { min: 0, max: 1440, whole: true },
  calmMinutes: { min: 5, max: 1440, whole: true },
};

/**
 * The false-alarm guard's limits. Above 1e-3 almost every window counts as unlikely by chance (the
 * sensitive preset, the most eager, uses 1e-4); 0 would never let a spike through.
 */
export const FALSE_ALARM_GUARD_MAX = 1e-3;

/** A limit as the messages say it: 100,000 and 1,440 with separators, 1.01 and 99.9 as they are. */
const said = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 4 });

type RuleMessages = Readonly<Record<ThresholdField, { low: string; high: string; whole?: string; belowWatch?: string }>>;
let messagesMade: RuleMessages | undefined;

/**
 * What each rule says when it is broken. `low`: below the field's minimum (or below the watch value, for the
 * crisis values: `belowWatch`); `high`: above its maximum; `whole`: a fraction where only whole numbers fit.
 * Written on first use: the first number formatted loads the locale's formats (about 20 ms), which a
 * bundle that never checks thresholds (the service worker, at each start) should not pay.
 */
const ruleMessages = (): RuleMessages => (messagesMade ??= {
  watchMultiple: {
    low: `The watch multiple must be above 1× normal: at least ${said(THRESHOLD_LIMITS.watchMultiple.min)}×.`,
    high: `The watch multiple can be at most ${said(THRESHOLD_LIMITS.watchMultiple.max)}× normal.`,
  },
  crisisMultiple: {
    low: `The crisis multiple must be above 1× normal: at least ${said(THRESHOLD_LIMITS.crisisMultiple.min)}×.`,
    high: `The crisis multiple can be at most ${said(THRESHOLD_LIMITS.crisisMultiple.max)}× normal.`,
    belowWatch: 'The crisis multiple cannot be below the watch multiple.',
  },
  watchShareJump: {
    low: `The watch jump in negative share must be at least ${said(THRESHOLD_LIMITS.watchShareJump.min)} points.`,
    high: `The watch jump in negative share can be at most ${said(THRESHOLD_LIMITS.watchShareJump.max)} points.`,
  },
  crisisShareJump: {
    low: `The crisis jump in negative share must be at least ${said(THRESHOLD_LIMITS.crisisShareJump.min)} points.`,
    high: `The crisis jump in negative share can be at most ${said(THRESHOLD_LIMITS.crisisShareJump.max)} points.`,
    belowWatch: 'The crisis jump in negative share cannot be below the watch jump.',
  },
  minimumVolume: {
    low: `The minimum volume must be at least ${said(THRESHOLD_LIMITS.minimumVolume.min)} mention.`,
    high: `The minimum volume can be at most ${said(THRESHOLD_LIMITS.minimumVolume.max)} mentions.`,
    whole: 'The minimum volume must be a whole number of mentions.',
  },
  coolDownMinutes: {
    low: 'The cool-down cannot be negative.',
    high: `The cool-down can be at most ${said(THRESHOLD_LIMITS.coolDownMinutes.max)} minutes (a day).`,
    whole: 'The cool-down must be a whole number of minutes.',
  },
  calmMinutes: {
    low: `A level needs at least ${said(THRESHOLD_LIMITS.calmMinutes.min)} calm minutes to step down.`,
    high: `The calm time can be at most ${said(THRESHOLD_LIMITS.calmMinutes.max)} minutes (a day).`,
    whole: 'The calm time must be a whole number of minutes.',
  },
});

/** The crisis value of each pair that has one, and the watch value it may not go below. */
const WATCH_OF: Partial<Record<ThresholdField, ThresholdField>> = { crisisMultiple: 'watchMultiple', crisisShareJump: 'watchShareJump' };

/** Every problem with a set of thresholds, in words a user can act on; empty when they are usable. */
export function thresholdProblems(thresholds: SpikeThresholds): ThresholdProblem[] {
  const problems: ThresholdProblem[] = [];
  /** Whether the value is a number to check further; says so once when it is not. */
  const finite = (field: keyof SpikeThresholds): boolean => {
    if (Number.isFinite(thresholds[field])) return true;
    problems.push({ field, message: `${field} must be a number.` });
    return false;
  };
  for (const field of Object.keys(THRESHOLD_LIMITS) as ThresholdField[]) {
    if (!finite(field)) continue;
    const value = thresholds[field];
    const { min, max, whole } = THRESHOLD_LIMITS[field];
    const messages = ruleMessages()[field];
    const watch = WATCH_OF[field];
    // At most one problem a field, the one to fix first: the range, then the pair's order, then the step.
    if (value < min) problems.push({ field, message: messages.low });
    else if (value > max) problems.push({ field, message: messages.high });
    else if (watch && messages.belowWatch && value < thresholds[watch]) problems.push({ field, message: messages.belowWatch });
    else if (whole && messages.whole && !Number.isInteger(value)) problems.push({ field, message: messages.whole });
  }
  if (finite('falseAlarmGuard') && !(thresholds.falseAlarmGuard > 0 && thresholds.falseAlarmGuard <= FALSE_ALARM_GUARD_MAX)) {
    problems.push({
      field: 'falseAlarmGuard',
      message: `The false-alarm guard must be a probability above 0 and at most ${FALSE_ALARM_GUARD_MAX} (the sensitive preset uses ${PRESET_THRESHOLDS.sensitive.falseAlarmGuard}).`,
    });
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

/**
 * The preset these values really are: the named one only while every value is that preset's own, else
 * 'custom'. A file (or older data) naming "balanced" with its own multiples is custom values, and shown so.
 */
export function presetOf(thresholds: SpikeThresholds): ThresholdPreset | 'custom' {
  const { preset } = thresholds;
  if (preset === 'custom' || !isThresholdPreset(preset)) return 'custom';
  const named = PRESET_THRESHOLDS[preset];
  const same = (Object.keys(named) as Array<keyof SpikeThresholds>).every((key) => Object.is(thresholds[key], named[key]));
  return same ? preset : 'custom';
}

export function isThresholdPreset(value: string): value is ThresholdPreset {
  return (THRESHOLD_PRESETS as readonly string[]).includes(value);
}
