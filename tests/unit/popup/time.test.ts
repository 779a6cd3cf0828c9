import { expect, test, vi } from 'vitest';
import { when } from '@/components/dashboard/time';
import { timeOrDate } from '@/components/popup/time';

// The popup and the dashboard write a clock time the same way: "2:13 AM" in both, not "02:13 AM" in one.
test("today's time in the popup is the dashboard's clock time, without a padded hour", () => {
  const now = new Date(2026, 11, 2, 9, 0).getTime();
  const early = new Date(2026, 11, 2, 2, 13).getTime();
  const popup = timeOrDate(early, now);
  const hourOnly = new Date(early).toLocaleTimeString(undefined, { hour: 'numeric' }).replace(/\D/g, '');
  expect(popup.startsWith(hourOnly)).toBe(true);
  expect(popup).not.toMatch(/^0\d/);
  expect(when(early)).toContain(popup);
});

// The dashboard keeps its formats for a minute (the chart's table writes hundreds of dates at a time): the same
// text as toLocaleString, and a change of time zone shows once the minute is over.
test('a date reads as toLocaleString writes it, and in a new time zone within a minute', () => {
  const zone = process.env.TZ;
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    process.env.TZ = 'America/New_York';
    vi.setSystemTime(Date.UTC(2026, 10, 1, 12, 0));
    // Across the end of daylight saving time in New York (1 November 2026, 2 AM).
    const times = [Date.UTC(2026, 10, 1, 5, 30), Date.UTC(2026, 10, 1, 6, 30), Date.UTC(2026, 0, 31, 23, 59)];
    for (const ms of times) {
      expect(when(ms)).toBe(new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }));
      expect(when(ms, true)).toBe(
        new Date(ms).toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }),
      );
    }
    expect(when(times[0]!, true)).toMatch(/EDT/);
    expect(when(times[1]!, true)).toMatch(/EST/);
    process.env.TZ = 'Asia/Tokyo';
    vi.setSystemTime(Date.UTC(2026, 10, 1, 12, 1, 1));
    expect(when(times[0]!, true)).toMatch(/GMT\+9|JST/);
  } finally {
    vi.useRealTimers();
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});
