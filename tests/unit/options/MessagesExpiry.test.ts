// The plan editor's "Approved until" field shows the day an approval runs out in the user's own time
// zone, the same day messageExpiresAt (the popup, the reply coach) reads back from a date.
import { afterEach, expect, test } from 'vitest';
import { expiryDateValue } from '@/components/options/plan/MessagesEditor';
import { messageExpiresAt } from '@/utils/plan/plan';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

test('a moment in ms or an ISO date-time shows as its local day; a date as it is', () => {
  process.env.TZ = 'America/Los_Angeles';
  // 03:00 UTC on 1 December is 7 PM on 30 November in Los Angeles.
  expect(expiryDateValue(Date.UTC(2026, 11, 1, 3))).toBe('2026-11-30');
  expect(expiryDateValue('2026-12-01T03:00:00Z')).toBe('2026-11-30');
  expect(expiryDateValue('2026-11-30')).toBe('2026-11-30');
  expect(expiryDateValue(undefined)).toBe('');
  // The date the field shows runs to the end of that local day.
  expect(messageExpiresAt({ expires: expiryDateValue(Date.UTC(2026, 11, 1, 3)) })).toBe(Date.parse('2026-12-01T00:00:00-08:00'));
});
