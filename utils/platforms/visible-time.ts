// A post's time as the page prints it for people, where it prints no machine time: "3 weeks ago", "2h",
// "5 min", "yesterday", "Yesterday at 21:14", "6 October", "Oct 6, 2024", "Monday 6 October 2025 at
// 09:02", "2025-10-9"; relative labels and "yesterday" also in Spanish, Portuguese, French, German,
// Italian and Dutch ("hace 3 semanas", "vor 2 Std.", "ieri alle 21:14"; dates with month names in English
// only). YouTube, TikTok's comments and most of Facebook print nothing else
// (QA: a YouTube comment "3 weeks ago" and a Facebook post of "6 October" were counted as posted now).
//
// Such a label is rounded: "2h" is two to three hours ago, "3 weeks ago" three to four weeks, "6 October"
// any time that day. The time given is the latest the label allows, so the post is known to be at least
// that old and is never counted nearer to now than it can be; `approximate` says it may be older still
// (by up to the label's unit), and the spike detector's 5-minute slots leave such a post out
// (tracking/mentions.ts): an hour's posts would pile into one slot there.
//
// Dates are read in this computer's time zone, as the sites print them for their reader; a date without
// a year is the latest such day that is not in the future.

import type { ExtractedPost } from './types';

export interface VisibleTime {
  /** The latest moment the label allows, ms since epoch: the post is at least this old. */
  time: number;
  /** Coarser than a few minutes ("2h", "yesterday", "6 October"): the post may be older, by up to the label's unit. */
  approximate: boolean;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** Units of a relative label, by their spellings; months and years go by the calendar. */
const UNITS: ReadonlyArray<readonly [RegExp, number | 'month' | 'year']> = [
  [/^(?:s|secs?|seconds?)$/, SECOND],
  [/^(?:m|mins?|minutes?)$/, MINUTE],
  [/^(?:h|hrs?|hours?)$/, HOUR],
  [/^(?:d|days?)$/, DAY],
  [/^(?:w|wks?|weeks?)$/, WEEK],
  [/^(?:mo|mos|mths?|months?)$/, 'month'],
  [/^(?:y|yrs?|years?)$/, 'year'],
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** "october", "oct", "oct.", "sept" → 0..11, or -1. */
function monthOf(word: string): number {
  const bare = word.replace(/\.$/, '');
  if (bare.length < 3) return -1;
  const index = MONTHS.indexOf(bare.slice(0, 3));
  if (index < 0) return -1;
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][index]!;
  return full.startsWith(bare) || bare === 'sept' ? index : -1;
}

/** "monday", "mon", "tues" → 0..6 (Sunday first), or -1. */
function weekdayOf(word: string): number {
  const bare = word.replace(/\.$/, '');
  if (bare.length < 3) return -1;
  const index = WEEKDAYS.indexOf(bare.slice(0, 3));
  if (index < 0) return -1;
  const full = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][index]!;
  return full.startsWith(bare) || bare === 'tues' || bare === 'thur' || bare === 'thurs' ? index : -1;
}

/** "21:14", "9:02 am", "9pm", "9.02 p.m." → minutes after midnight, or null. */
function clockOf(text: string): number | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?$/.exec(text);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const half = match[3]?.[0];
  // A bare number ("9") is no clock time; only "9pm" or "09:00" is.
  if (match[2] === undefined && !half) return null;
  if (minutes > 59) return null;
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  } else if (hours > 23) return null;
  return hours * 60 + minutes;
}

/** Midnight of the day `days` after the day of `now` (negative: before), local time. */
function dayStart(now: number, days = 0): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days).getTime();
}

/** A day, with its clock time when the label gives one; without, the day's last moment (not after now). */
function onDay(start: number, clock: number | null, now: number): VisibleTime {
  if (clock !== null) {
    const date = new Date(start);
    return { time: new Date(date.getFullYear(), date.getMonth(), date.getDate(), 0, clock).getTime(), approximate: false };
  }
  const date = new Date(start);
  const end = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime() - 1;
  return { time: Math.min(end, now), approximate: true };
}

/** `count` units before `now`: by the clock for seconds to weeks, by the calendar for months and years. */
function before(count: number, unit: number | 'month' | 'year', now: number): VisibleTime {
  if (typeof unit === 'number') return { time: now - count * unit, approximate: unit > 5 * MINUTE };
  const date = new Date(now);
  const months = unit === 'month' ? count : 12 * count;
  return { time: new Date(date.getFullYear(), date.getMonth() - months, date.getDate(), date.getHours(), date.getMinutes()).getTime(), approximate: true };
}

/** "2h", "3 weeks ago", "an hour ago", "5 min" → the time, or null. */
function relative(text: string, now: number): VisibleTime | null {
  const match = /^(\d+|an?|one)\s*([a-z]+)(?:\s+ago)?$/.exec(text);
  if (!match) return null;
  const count = /^\d+$/.test(match[1]!) ? Number(match[1]) : 1;
  const unit = UNITS.find(([spelling]) => spelling.test(match[2]!))?.[1];
  if (unit === undefined) return null;
  // "a minute", "a day" are words; "3m" with no count is not a time.
  if (!/^\d/.test(match[1]!) && match[2]!.length < 3) return null;
  return before(count, unit, now);
}

/**
 * Units of a relative label in the other languages the platforms print them in most (Spanish,
 * Portuguese, French, German, Italian, Dutch), without accents: "hace 3 semanas", "há 2 dias", "il y a 3
 * semaines", "vor 2 Std.", "3 settimane fa", "3 weken geleden".
 */
const FOREIGN_UNITS: ReadonlyArray<readonly [RegExp, number | 'month' | 'year']> = [
  [/^(?:seg|segundos?|secondes?|sek|sekunden?|secondi|secondo|seconden?)$/, SECOND],
  [/^(?:min|minutos?|minutes?|minuten?|minuti|minuut)$/, MINUTE],
  [/^(?:h|horas?|heures?|std|stunden?|ore|ora|uur|u)$/, HOUR],
  [/^(?:dias?|jours?|j|tag|tagen?|giorni|giorno|dag|dagen)$/, DAY],
  [/^(?:sem|semanas?|semaines?|wochen?|settimane|settimana|weken|week)$/, WEEK],
  [/^(?:mes|meses|mois|monat|monaten?|mesi|mese|maand|maanden)$/, 'month'],
  [/^(?:anos?|an|ans|annees?|jahr|jahren?|anni|anno|jaar|jaren)$/, 'year'],
];
/** "vor einer Woche", "il y a un an", "hace una hora": one. */
const FOREIGN_ONE = /^(?:un|une|uno|una|um|uma|ein|eine|einem|einer|een)$/;
/** "hace 3 semanas", "il y a 3 semaines", "vor 3 Wochen", "há 3 semanas"; "3 settimane fa", "3 weken geleden", "3 semanas atrás". */
const FOREIGN_AGO = /^(?:hace|ha|il y a|vor)\s+(\S+)\s+(\S+)$|^(\S+)\s+(\S+)\s+(?:fa|geleden|atras)$/;
/** Facebook's German "3 Std.", French "2 j", Spanish and Portuguese "3 sem.": a count and a unit no English label uses. */
const FOREIGN_SHORT = /^(\d+)\s*(std|j|sem)\.?$/;

/** Accents off: "há", "días", "année" read as "ha", "dias", "annee". */
function unaccented(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** A relative label in another language ("hace 3 semanas", "vor 2 Std."), written without accents, or null. */
function foreignRelative(plain: string, now: number): VisibleTime | null {
  const match = FOREIGN_AGO.exec(plain) ?? FOREIGN_SHORT.exec(plain);
  if (!match) return null;
  const countWord = match[1] ?? match[3]!;
  const unitWord = (match[2] ?? match[4]!).replace(/\.$/, '');
  const count = /^\d+$/.test(countWord) ? Number(countWord) : FOREIGN_ONE.test(countWord) ? 1 : NaN;
  const unit = FOREIGN_UNITS.find(([spelling]) => spelling.test(unitWord))?.[1];
  if (!Number.isFinite(count) || unit === undefined) return null;
  return before(count, unit, now);
}

/** "ayer", "hier a 21:14", "gestern um 21:14", "ieri alle 21:14", "gisteren om 21:14", "ontem as 21:14" (accents off) → the English words. */
function englishDay(plain: string): string {
  return plain
    .replace(/^(?:ayer|hier|gestern|ieri|gisteren|ontem)\b/, 'yesterday')
    .replace(/^(?:hoy|aujourd'hui|heute|oggi|vandaag|hoje)\b/, 'today')
    .replace(/^(today|yesterday),?\s+(?:um|a las|a la|a|alle|om|as)\s+/, '$1 at ');
}

/** A calendar date, in this year or the latest year that keeps it out of the future. */
function calendar(year: number | null, month: number, day: number, clock: number | null, now: number): VisibleTime | null {
  if (month < 0 || month > 11 || day < 1 || day > 31) return null;
  const thisYear = new Date(now).getFullYear();
  for (const candidate of year === null ? [thisYear, thisYear - 1] : [year]) {
    const start = new Date(candidate, month, day);
    // "31 February" rolls into March: no such day.
    if (start.getMonth() !== month || start.getDate() !== day) return null;
    if (start.getTime() > now) continue;
    return onDay(start.getTime(), clock, now);
  }
  return null;
}

/**
 * The time a visible label gives, or null when it is not one ("Reply", "Edited", a count). `now`: the
 * moment the page is read.
 */
export function parseVisibleTime(label: string | null | undefined, now: number): VisibleTime | null {
  if (!label) return null;
  let text = label
    .toLowerCase()
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    // "1 day ago (edited)", "Streamed 2 days ago", "6h • Edited •", "Posted on 6 October".
    .replace(/\((?:edited|modified)\)/g, ' ')
    .replace(/^(?:streamed|premiered|posted|published|updated|edited)(?:\s+on)?\s+/, '')
    .replace(/[•·]\s*(?:edited)?\s*[•·]?\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length === 0 || text.length > 60) return null;

  if (/^(?:just now|now|moments? ago|a moment ago|(?:a few )?seconds ago|few seconds ago)$/.test(text)) return { time: now, approximate: false };
  if (/^(?:a )?few minutes ago$/.test(text)) return { time: now - MINUTE, approximate: false };
  const plain = unaccented(text);
  const ago = relative(text, now) ?? foreignRelative(plain, now);
  if (ago) return ago;
  text = englishDay(plain);

  // "Yesterday", "Today at 09:00", "Monday at 21:14", "Mon 9:02 PM".
  const dayWord = /^(today|yesterday|[a-z]+\.?)(?:,?\s+(?:at\s+)?(.+))?$/.exec(text);
  if (dayWord) {
    const clock = dayWord[2] === undefined ? null : clockOf(dayWord[2]);
    if (dayWord[2] === undefined || clock !== null) {
      if (dayWord[1] === 'today') return onDay(dayStart(now), clock, now);
      if (dayWord[1] === 'yesterday') return onDay(dayStart(now, -1), clock, now);
      const weekday = weekdayOf(dayWord[1]!);
      if (weekday >= 0) {
        // The latest such day before today: a site says "Monday" of the past week only.
        const back = ((new Date(now).getDay() - weekday + 6) % 7) + 1;
        return onDay(dayStart(now, -back), clock, now);
      }
    }
  }

  // Dates: "2025-10-09", "2025-10-9", "10-9" (TikTok: month and day of this year).
  const iso = /^(?:(\d{4})[-/])?(\d{1,2})-(\d{1,2})$/.exec(text) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (iso) return calendar(iso[1] === undefined ? null : Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), null, now);

  // "Monday 6 October 2025 at 09:02", "6 Oct", "Oct 6, 2024", "October 6th at 9:02 PM".
  text = text.replace(/^[a-z]+\.?,?\s+(?=\d|[a-z]+\.?\s+\d)/, (weekday) => (weekdayOf(weekday.replace(/[,\s]+$/, '')) >= 0 ? '' : weekday));
  const named =
    /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?),?(?:\s+(\d{4}))?(?:,?\s+(?:at\s+)?(.+))?$/.exec(text) ??
    /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?:,?\s+(?:at\s+)?(.+))?$/.exec(text);
  if (!named) return null;
  const dayFirst = /^\d/.test(named[1]!);
  const month = monthOf(dayFirst ? named[2]! : named[1]!);
  const day = Number(dayFirst ? named[1] : named[2]);
  const clock = named[4] === undefined ? null : clockOf(named[4]);
  if (month < 0 || (named[4] !== undefined && clock === null)) return null;
  return calendar(named[3] === undefined ? null : Number(named[3]), month, day, clock, now);
}

/**
 * An extracted post's time from the first of `labels` that is one (a time link's text, its aria-label):
 * `{ time, timeApproximate }`, or `{}` when none is. `now`: when the page is read.
 */
export function visibleTimeFields(labels: ReadonlyArray<string | null | undefined>, now = Date.now()): Pick<ExtractedPost, 'time' | 'timeApproximate'> {
  for (const label of labels) {
    const parsed = parseVisibleTime(label, now);
    if (parsed) return parsed.approximate ? { time: parsed.time, timeApproximate: true } : { time: parsed.time };
  }
  return {};
}
