import { describe, expect, test } from 'vitest';
import { initialLevelState, stepLevel, type CrisisLevel, type LevelState } from '../../../utils/tracking/levels';

const MINUTE = 60_000;
const timing = { coolDownMinutes: 60, calmMinutes: 30 };

/** Runs the level machine over (minute, entry, hold) steps and returns the alerts and final level. */
function run(steps: Array<[number, CrisisLevel, CrisisLevel]>): { alerts: string[]; levels: CrisisLevel[]; state: LevelState } {
  let state = initialLevelState(0);
  const alerts: string[] = [];
  const levels: CrisisLevel[] = [];
  for (const [minute, entry, hold] of steps) {
    const step = stepLevel(state, { entry, hold }, minute * MINUTE, timing);
    state = step.state;
    if (step.alert) alerts.push(`${minute}:${step.alert}`);
    levels.push(state.level);
  }
  return { alerts, levels, state };
}

describe('stepLevel', () => {
  test('rises at once and alerts', () => {
    expect(run([[5, 'watch', 'watch']]).alerts).toEqual(['5:watch']);
  });

  test('escalation alerts again, even inside the cool-down', () => {
    expect(run([[5, 'watch', 'watch'], [10, 'crisis', 'crisis']]).alerts).toEqual(['5:watch', '10:crisis']);
  });

  test('does not flap: a signal hovering around the bar keeps the level and alerts once', () => {
    const steps: Array<[number, CrisisLevel, CrisisLevel]> = [];
    for (let minute = 5; minute <= 120; minute += 5) {
      steps.push([minute, minute % 10 === 0 ? 'watch' : 'normal', 'watch']);
    }
    const { alerts, levels } = run(steps);
    expect(alerts).toEqual(['10:watch']);
    expect(levels.slice(1).every((level) => level === 'watch')).toBe(true);
  });

  test('steps down one level at a time, only after the calm period', () => {
    const { levels } = run([
      [0, 'crisis', 'crisis'],
      [5, 'normal', 'normal'],
      [30, 'normal', 'normal'],
      [35, 'normal', 'normal'],
      [60, 'normal', 'normal'],
      [65, 'normal', 'normal'],
    ]);
    expect(levels).toEqual(['crisis', 'crisis', 'crisis', 'watch', 'watch', 'normal']);
  });

  test('a hold signal resets the calm clock', () => {
    const { levels } = run([
      [0, 'watch', 'watch'],
      [5, 'normal', 'normal'],
      [30, 'normal', 'watch'],
      [40, 'normal', 'normal'],
      [65, 'normal', 'normal'],
      [70, 'normal', 'normal'],
    ]);
    expect(levels).toEqual(['watch', 'watch', 'watch', 'watch', 'watch', 'normal']);
  });

  test.each<[string, number, string[]]>([
    ['inside the cool-down is silent', 50, ['0:watch']],
    ['after the cool-down alerts again', 120, ['0:watch', '120:watch']],
  ])('re-entering watch %s', (_name, reentryMinute, expected) => {
    const { alerts } = run([
      [0, 'watch', 'watch'],
      [5, 'normal', 'normal'],
      [40, 'normal', 'normal'],
      [reentryMinute, 'watch', 'watch'],
    ]);
    expect(alerts).toEqual(expected);
  });

  test('is pure', () => {
    const before = initialLevelState(0);
    const copy = structuredClone(before);
    stepLevel(before, { entry: 'crisis', hold: 'crisis' }, MINUTE, timing);
    expect(before).toEqual(copy);
  });
});
