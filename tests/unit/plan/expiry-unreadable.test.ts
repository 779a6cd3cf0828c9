// A pre-approved message whose expiry is there but cannot be read (a plan stored before the schema refused
// it, storage edited by hand: "next week", "2031-02-30", a number beyond any date) was read as "never
// expires", and offered as approved for ever. An approval that cannot be checked is not an approval: it
// counts as expired, and is named as such, until the date is entered again.
import { describe, expect, test } from 'vitest';
import { createDefaultPlan, expiredMessages, messageExpiresAt, messageExpiryUnreadable, usableMessages, type CrisisPlan, type PreApprovedMessage } from '@/utils/plan/plan';
import { parsePlanFile, SCHEMA_MESSAGES } from '@/utils/plan/schema';
import { internalUpdate } from '@/utils/plan/texts';
import { declareIncident } from '@/utils/plan/incident';

const NOW = Date.UTC(2026, 4, 6, 14);
const message = (id: string, expires?: unknown): PreApprovedMessage =>
  ({ id, title: id, text: `${id} text`, ownerRoleId: 'legal', ...(expires !== undefined ? { expires } : {}) }) as PreApprovedMessage;

const UNREADABLE: Array<[string, unknown]> = [
  ['words', 'next week'],
  ['a day the month does not have', '2031-02-30'],
  ['a month that does not exist', '2025-13-01'],
  ['an empty date', ''],
  ['a number beyond any date', 1e20],
  ['a whole number past the last date there is', 9_000_000_000_000_000],
  ['not a number', Number.NaN],
  ['an infinite number', Number.POSITIVE_INFINITY],
];

describe('an unreadable expiry', () => {
  test.each(UNREADABLE)('%s counts as expired: not usable, named among the expired', (_, expires) => {
    const plan = { messages: [message('never'), message('bad', expires), message('later', '2026-12-31')] };
    expect(usableMessages(plan, NOW).map((m) => m.id)).toEqual(['never', 'later']);
    expect(expiredMessages(plan, NOW).map((m) => m.id)).toEqual(['bad']);
    // The reply coach reads the same moment (utils/content/coach.tsx): one already past.
    expect(messageExpiresAt(plan.messages[1]!)).not.toBeNull();
    expect(messageExpiresAt(plan.messages[1]!)!).toBeLessThanOrEqual(NOW);
    expect(messageExpiryUnreadable(plan.messages[1]!)).toBe(true);
  });

  test('a readable expiry or none is not unreadable', () => {
    for (const expires of [undefined, '2026-12-31', '2026-12-31T18:00:00Z', Date.UTC(2026, 11, 31)]) {
      expect(messageExpiryUnreadable(message('m', expires))).toBe(false);
    }
    expect(messageExpiresAt(message('m'))).toBeNull();
  });

  test('the internal update does not quote a message whose approval cannot be read', () => {
    const plan: CrisisPlan = { ...createDefaultPlan(), messages: createDefaultPlan().messages.map((m) => (m.id === 'follow-up-update' ? { ...m, expires: '2031-02-30' } : m)) };
    const incident = declareIncident(plan, { title: 'Spike on X', level: 'crisis' }, NOW);
    const text = internalUpdate(plan, incident, { level: 'crisis', reason: null }, NOW, { timeZone: 'UTC' });
    expect(text).toContain('- Holding statement:');
    expect(text).not.toContain('- Follow-up update:');
  });

  test('a plan file with a number beyond any date as an expiry is refused, as an unreadable date is', () => {
    const plan = structuredClone(createDefaultPlan()) as unknown as { messages: Array<Record<string, unknown>> };
    // A whole number still (a safe integer), but past the last moment a date can name (year 275760).
    plan.messages[0]!.expires = 9_000_000_000_000_000;
    const result = parsePlanFile(JSON.stringify({ format: 'firebreak-settings', version: 1, plan }));
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain(SCHEMA_MESSAGES.expires.replace(/"/g, '\\"'));
  });
});
