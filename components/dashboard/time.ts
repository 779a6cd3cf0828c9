// Dates and times as the dashboard shows them. Where the clocks change within what is shown (the end of
// daylight saving time repeats an hour), the times name their zone, so "1:00 AM EDT" and "1:00 AM EST"
// are two rows and not the same time twice.

const PLAIN: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
// dateStyle and timeStyle cannot take a zone name: the same fields, spelled out.
const ZONED: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };

/**
 * The formats, made again after a minute: toLocaleString with options makes a format for each date, and the
 * chart's table of a 30-day range (720 hours, written again as the worker adds mentions) took 1.4 s of the
 * page's 23 s of CPU in `bench:dashboard`'s crisis. Not kept for longer: a computer moved to another time zone
 * shows its times in the new one within a minute.
 */
const FORMATS_KEPT_MS = 60_000;
let formats: { at: number; plain: Intl.DateTimeFormat; zoned: Intl.DateTimeFormat } | undefined;

function formatsNow() {
  const now = Date.now();
  if (!formats || now - formats.at >= FORMATS_KEPT_MS || now < formats.at) {
    formats = { at: now, plain: new Intl.DateTimeFormat(undefined, PLAIN), zoned: new Intl.DateTimeFormat(undefined, ZONED) };
  }
  return formats;
}

/** A date and time; `zone`: with the short name of the time zone ("EST"). As `toLocaleString` writes it. */
export const when = (ms: number, zone = false) => (zone ? formatsNow().zoned : formatsNow().plain).format(ms);

/** A day without a clock time: a post's time known only from a label such as "3 weeks ago". */
export const day = (ms: number) => new Date(ms).toLocaleDateString(undefined, { dateStyle: 'medium' });

/** Whether the local zone's offset is not the same at all these times: a clock change lies among them. */
export const zoneChanges = (times: readonly number[]) => new Set(times.map((ms) => new Date(ms).getTimezoneOffset())).size > 1;
