// Times as pages print them for people (platforms/visible-time.ts): the latest moment each label allows,
// and whether the post may be older still. Local time, as the sites print it.
import { describe, expect, test } from 'vitest';
import { parseVisibleTime } from '@/utils/platforms/visible-time';

const local = (year: number, month: number, day: number, hours = 0, minutes = 0) => new Date(year, month - 1, day, hours, minutes).getTime();
/** Sunday 23 November 2025, 12:10, as the QA's day. */
const NOW = local(2025, 11, 23, 12, 10);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const endOf = (year: number, month: number, day: number) => local(year, month, day + 1) - 1;

describe('parseVisibleTime', () => {
  test.each<[string, number, boolean]>([
    // Relative, as YouTube, TikTok, Facebook and LinkedIn print them.
    ['3 weeks ago', NOW - 21 * DAY, true],
    ['3w', NOW - 21 * DAY, true],
    ['2h', NOW - 2 * HOUR, true],
    ['7 h', NOW - 7 * HOUR, true],
    ['5 min', NOW - 5 * MINUTE, false],
    ['5 mins ago', NOW - 5 * MINUTE, false],
    ['20m', NOW - 20 * MINUTE, false],
    ['45 seconds ago', NOW - 45_000, false],
    ['2d ago', NOW - 2 * DAY, true],
    ['1 day ago (edited)', NOW - DAY, true],
    ['an hour ago', NOW - HOUR, true],
    ['a minute ago', NOW - MINUTE, false],
    ['11 months ago', local(2024, 12, 23, 12, 10), true],
    ['1 year ago', local(2024, 11, 23, 12, 10), true],
    ['3mo', local(2025, 8, 23, 12, 10), true],
    ['Streamed 2 days ago', NOW - 2 * DAY, true],
    ['4h • ', NOW - 4 * HOUR, true],
    ['6h • Edited •', NOW - 6 * HOUR, true],
    ['just now', NOW, false],
    ['Just now', NOW, false],
    ['now', NOW, false],
    // Days.
    ['yesterday', endOf(2025, 11, 22), true],
    ['Yesterday at 21:14', local(2025, 11, 22, 21, 14), false],
    ['Today at 9:02 AM', local(2025, 11, 23, 9, 2), false],
    ['today', NOW, true],
    ['Monday at 09:02', local(2025, 11, 17, 9, 2), false],
    ['Saturday', endOf(2025, 11, 22), true],
    ['Sun 9pm', local(2025, 11, 16, 21, 0), false],
    // Dates, this year unless that would be in the future.
    ['6 October', endOf(2025, 10, 6), true],
    ['6 Oct', endOf(2025, 10, 6), true],
    ['Oct 6', endOf(2025, 10, 6), true],
    ['October 6th', endOf(2025, 10, 6), true],
    ['6 Oct 2024', endOf(2024, 10, 6), true],
    ['Oct 6, 2024', endOf(2024, 10, 6), true],
    ['14 October at 18:40', local(2025, 10, 14, 18, 40), false],
    ['Monday 6 October 2025 at 09:02', local(2025, 10, 6, 9, 2), false],
    ['Mon, Oct 6', endOf(2025, 10, 6), true],
    ['Tuesday 14 October 2025 at 18:40', local(2025, 10, 14, 18, 40), false],
    ['Dec 24', endOf(2024, 12, 24), true],
    ['23 November', NOW, true],
    ['2025-10-9', endOf(2025, 10, 9), true],
    ['2025-10-09', endOf(2025, 10, 9), true],
    ['10-10', endOf(2025, 10, 10), true],
    ['12-31', endOf(2024, 12, 31), true],
    // Other languages: relative labels (YouTube, Facebook) and yesterday or today with a clock time.
    ['hace 3 semanas', NOW - 21 * DAY, true],
    ['hace 2 horas', NOW - 2 * HOUR, true],
    ['hace 5 minutos', NOW - 5 * MINUTE, false],
    ['há 2 dias', NOW - 2 * DAY, true],
    ['2 dias atrás', NOW - 2 * DAY, true],
    ['il y a 3 semaines', NOW - 21 * DAY, true],
    ['il y a un an', local(2024, 11, 23, 12, 10), true],
    ['vor 2 Std.', NOW - 2 * HOUR, true],
    ['vor einer Woche', NOW - 7 * DAY, true],
    ['vor 3 Monaten', local(2025, 8, 23, 12, 10), true],
    ['3 Std.', NOW - 3 * HOUR, true],
    ['2 j', NOW - 2 * DAY, true],
    ['3 settimane fa', NOW - 21 * DAY, true],
    ['1 anno fa', local(2024, 11, 23, 12, 10), true],
    ['3 weken geleden', NOW - 21 * DAY, true],
    ['ayer', endOf(2025, 11, 22), true],
    ['Ayer a las 21:14', local(2025, 11, 22, 21, 14), false],
    ['hier à 21:14', local(2025, 11, 22, 21, 14), false],
    ['Gestern um 21:14', local(2025, 11, 22, 21, 14), false],
    ['ieri alle 21:14', local(2025, 11, 22, 21, 14), false],
    ['gisteren om 21:14', local(2025, 11, 22, 21, 14), false],
    ['ontem às 21:14', local(2025, 11, 22, 21, 14), false],
    ['Heute um 9:02', local(2025, 11, 23, 9, 2), false],
  ])('%s', (label, time, approximate) => {
    expect(parseVisibleTime(label, NOW)).toEqual({ time, approximate });
  });

  test.each([
    '', 'Reply', 'Edited', '3 comments', '12 reactions', '2 shares', 'Acme Coffee', 'Sponsored', 'in 3 hours', '31 February', '6 Smarch',
    '6 October 2030', '3', '3 m o', 'Oct 6 at noonish', '25:00', '6 h • Modifié •', 'hace mucho', 'vor Ort', '3 Stunden später', 'ha ha ha', 'x'.repeat(500),
  ])('%j is no time', (label) => {
    expect(parseVisibleTime(label, NOW)).toBeNull();
  });

  test('a label is never later than now', () => {
    for (const label of ['today', '23 November', 'Nov 23', '0 min', 'just now']) expect(parseVisibleTime(label, NOW)!.time).toBeLessThanOrEqual(NOW);
  });
});
