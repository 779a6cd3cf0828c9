// The snoozed button's words: a time today, a date and time later on, and no "Invalid Date" for a
// time no calendar can show (a settings file may hold any number).
import { beforeEach, expect, test } from 'vitest';
import { snoozedLabel } from '@/components/popup/snooze';
import { useEnglishMessages } from '../options/helpers';

beforeEach(useEnglishMessages);

const now = new Date(2026, 2, 10, 9, 0).getTime();

test('later today: the time', () => {
  const until = new Date(2026, 2, 10, 10, 0).getTime();
  const time = new Date(until).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
  expect(snoozedLabel(until, now)).toBe(`Alerts snoozed until ${time} — resume`);
});

test('another day: the date and the time', () => {
  const until = new Date(2026, 2, 11, 8, 30).getTime();
  const label = snoozedLabel(until, now);
  expect(label).toBe(`Alerts snoozed until ${new Date(until).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })} — resume`);
  expect(label).toMatch(/2026/);
});

test.each([
  ['Number.MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER],
  ['Infinity', Infinity],
  ['past the last date there is', 8.64e15 + 1],
  ['past the year 9999', new Date(12000, 0, 1).getTime()],
])('%s: snoozed with no end date', (_name, until) => {
  const label = snoozedLabel(until, now);
  expect(label).toBe('Alerts snoozed with no end date — resume');
  expect(label).not.toMatch(/Invalid/);
});
