// Times as the popup shows them: the clock time alone for today, with the date (as the dashboard
// writes it) for any other day, so a spike three days old never reads as one at 11:40 PM today.
import { when } from '../dashboard/time';

export const sameLocalDay = (a: number, b: number) => new Date(a).toDateString() === new Date(b).toDateString();

/** "11:40 PM" today; "Nov 27, 2026, 11:40 PM" on any other day. */
export function timeOrDate(ms: number, now: number = Date.now()): string {
  return sameLocalDay(ms, now) ? new Date(ms).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' }) : when(ms);
}
