// Dates and times as the dashboard shows them. Where the clocks change within what is shown (the end of
// daylight saving time repeats an hour), the times name their zone, so "1:00 AM EDT" and "1:00 AM EST"
// are two rows and not the same time twice.

const PLAIN: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
// dateStyle and timeStyle cannot take a zone name: the same fields, spelled out.
const ZONED: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };

/** A date and time; `zone`: with the short name of the time zone ("EST"). */
export const when = (ms: number, zone = false) => new Date(ms).toLocaleString(undefined, zone ? ZONED : PLAIN);

/** A day without a clock time: a post's time known only from a label such as "3 weeks ago". */
export const day = (ms: number) => new Date(ms).toLocaleDateString(undefined, { dateStyle: 'medium' });

/** Whether the local zone's offset is not the same at all these times: a clock change lies among them. */
export const zoneChanges = (times: readonly number[]) => new Set(times.map((ms) => new Date(ms).getTimezoneOffset())).size > 1;
