// Times as people read them in posts, team updates and reports (platform names: platformName in
// utils/platforms/types.ts). A time zone can be passed so that the output is the same on every machine
// (tests, a team spread over time zones); it defaults to UTC.

export interface TimeOptions {
  /** IANA zone ("Europe/Amsterdam"); default 'UTC'. */
  timeZone?: string;
}

function parts(ms: number, timeZone: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const formatter = new Intl.DateTimeFormat('en-US', { timeZone, ...options });
  return Object.fromEntries(formatter.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
}

/** "3:30 PM UTC", or "Tue, May 6, 3:30 PM UTC" when it is not on the same day as `reference`. */
export function formatClockTime(ms: number, reference: number, options: TimeOptions = {}): string {
  const timeZone = options.timeZone ?? 'UTC';
  const day = (at: number) => {
    const p = parts(at, timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' });
    return `${p.year}-${p.month}-${p.day}`;
  };
  const sameDay = day(ms) === day(reference);
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(sameDay ? {} : { weekday: 'short', month: 'short', day: 'numeric' }),
  }).format(new Date(ms));
}

/** "2025-05-06 15:30 UTC": sortable, unambiguous, for reports. */
export function formatTimestamp(ms: number, options: TimeOptions = {}): string {
  const timeZone = options.timeZone ?? 'UTC';
  const p = parts(ms, timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  });
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${p.timeZoneName}`;
}

/** "42%" from 0.42. */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * The date in the user's own time zone as YYYY-MM-DD: what a date field shows and what dated file names
 * carry ("firebreak-settings-2025-05-06.json" is the day the user exported it, not UTC's).
 */
export function localDate(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
