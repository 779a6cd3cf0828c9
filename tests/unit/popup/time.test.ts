import { expect, test } from 'vitest';
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
