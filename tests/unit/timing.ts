// Linear-time checks that a shared, busy machine cannot decide.

/**
 * How many times longer `run(large)` takes than `run(small)`: the fastest of `rounds` interleaved rounds
 * of each size, so a busy spell slows both sizes alike instead of one of them (all the small runs, then
 * all the large ones, failed so under load). A time under `floorMs` counts as `floorMs`, the grain of
 * the measure.
 */
export function timeRatio<T>(run: (input: T) => unknown, small: T, large: T, { rounds = 5, floorMs = 1 } = {}): number {
  // Compiled before it is timed.
  run(small);
  let fastestSmall = Infinity;
  let fastestLarge = Infinity;
  for (let round = 0; round < rounds; round++) {
    let started = performance.now();
    run(small);
    fastestSmall = Math.min(fastestSmall, performance.now() - started);
    started = performance.now();
    run(large);
    fastestLarge = Math.min(fastestLarge, performance.now() - started);
  }
  return fastestLarge / Math.max(fastestSmall, floorMs);
}
