// The whole minutes a crisis figure reads, one rule per kind of figure, so that the crisis clock (popup and
// dashboard), the internal update, the dashboard's resolved line and the post-mortem print the same figure
// for one incident at one instant (QA: a response 10 min 40 s after the start was "10 minutes" in the clock
// and "11 minutes" in the report and the update).
//
// - Time passed (since the start, a response on time, how long a response is overdue, an incident's
//   duration): rounded down, whether the clock still runs or has stopped. Time passed and time left then
//   add up to the target ("59 minutes since the start · due in 1 minute"), and a clock that stops (the
//   response ticked, the incident resolved) keeps the figure it showed a moment before. On time, it is
//   never past the target.
// - Time left (due in): rounded up, never less time than there is.
// - Late (a response or a step done after its due time): rounded up, so that 20 seconds past a one-hour
//   target reads "1 hour 1 minute … late", never the target itself.

const MINUTE = 60_000;

/** Time passed, in whole minutes, rounded down. */
export function minutesPassed(ms: number): number {
  return Math.floor(Math.max(0, ms) / MINUTE);
}

/** Time left, in whole minutes, rounded up. */
export function minutesLeft(ms: number): number {
  return Math.ceil(Math.max(0, ms) / MINUTE);
}

/** How late something was done, in whole minutes: rounded up as time left is, never 0 once it is late. */
export const minutesLate = minutesLeft;

/** Start → first response, in whole minutes: time passed when on time, late rounded up. */
export function responseMinutes(ms: number, onTime: boolean): number {
  return onTime ? minutesPassed(ms) : minutesLate(ms);
}
