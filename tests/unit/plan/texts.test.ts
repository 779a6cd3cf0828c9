import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { completeStep, declareIncident, promiseUpdate, setIncidentIssue } from '@/utils/plan/incident';
import { contactKind, createDefaultPlan, DEFAULT_SCHEDULERS, expiredMessages, messageExpiresAt, usableMessages, type CrisisPlan } from '@/utils/plan/plan';
import { fillPublicText, fillTemplate, holdingStatement, incidentPublicText, internalUpdate, internalUpdatePromises, promisesUpdate, publicUpdateAt, TEXT_MESSAGES } from '@/utils/plan/texts';

const MIN = 60_000;
const T0 = Date.UTC(2025, 4, 6, 14, 0); // a Tuesday
const at = (minutes: number) => T0 + minutes * MIN;

describe('holdingStatement', () => {
  test.each([
    ['friendly', { issue: 'problems with the Kettle One' }, at(10), "We're aware of problems with the Kettle One and we're looking into it right now. We'll share an update by 3:15 PM UTC."],
    ['formal', { issue: 'problems with the Kettle One' }, at(10), 'We are aware of problems with the Kettle One and are looking into it. We will share an update by 3:15 PM UTC.'],
    ['friendly', {}, at(0), "We're aware of the concerns being raised and we're looking into it right now. We'll share an update by 3:00 PM UTC."],
    ['friendly', { issue: '  ', nextUpdateAt: at(150) }, at(0), "We're aware of the concerns being raised and we're looking into it right now. We'll share an update by 4:30 PM UTC."],
    ['friendly', { issue: 'the outage', timeZone: 'Europe/Amsterdam' }, at(0), "We're aware of the outage and we're looking into it right now. We'll share an update by 5:00 PM GMT+2."],
    ['friendly', { issue: 'the outage', nextUpdateAt: at(20 * 60) }, at(0), "We're aware of the outage and we're looking into it right now. We'll share an update by Wed, May 7, 10:00 AM UTC."],
  ] as const)('%s voice, %j', (voice, input, now, text) => {
    expect(holdingStatement(createDefaultPlan(voice), input, now)).toBe(text);
  });

  test('uses the team’s own holding statement, and leaves unknown placeholders visible', () => {
    const plan = createDefaultPlan();
    plan.messages[0]!.text = '{brand} knows about {issue}. More by {nextUpdate}. {signature}';
    expect(holdingStatement(plan, { issue: 'the delay', brand: 'Brewly', nextUpdateAt: at(60) }, at(0))).toBe('Brewly knows about the delay. More by 3:00 PM UTC. {signature}');
  });

  test('falls back to the voice’s default when the plan has no holding statement', () => {
    const plan = { ...createDefaultPlan('formal'), messages: [] };
    expect(holdingStatement(plan, { issue: 'the delay' }, at(0))).toMatch(/^We are aware of the delay/);
  });
});

describe('internalUpdate', () => {
  const plan: CrisisPlan = {
    ...createDefaultPlan(),
    roles: createDefaultPlan().roles.map((role) => (role.id === 'crisis-lead' ? { ...role, owner: 'Dana Ortiz', contact: 'dana@brewly.com' } : role)),
    confidentialTerms: ['Project Kettle', 'supplier name'],
  };
  const incident = completeStep(declareIncident(plan, { title: 'Kettle One overheating', level: 'crisis' }, T0), 'assess', 'crisis-lead', at(10));

  test('says where things stand, what is open, what may and may not be said', () => {
    const text = internalUpdate(plan, incident, { level: 'crisis', reason: 'Volume 4.8× normal on X' }, at(70));
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Crisis update: Kettle One overheating',
      'Status: Crisis. Volume 4.8× normal on X',
      'Started 1 hour 10 minutes ago. First public response: not marked as posted yet, 10 minutes past the target.',
      'Checklist: 1 of 10 steps done. Still open: Alert the crisis team and the executive sponsor, using the contacts in the plan (Crisis lead); ' +
        'Pause scheduled posts in every scheduler, and note the reason (Social media manager); ' +
        'Check the social media policy and the confidential terms: what may and may not be said (Legal); ' +
        'Post the holding statement on the affected platforms (Social media manager); ' +
        'Reply to the people concerned one by one, with empathy; take individual cases to a private message, e-mail or call (Customer support); and 4 more.',
    ]);
    expect(text).toContain('Send questions from press or customers to Dana Ortiz (Crisis lead, dana@brewly.com).');
    // Word for word the holding statement the popup hands out at that moment.
    expect(text).toContain(`- Holding statement: ${holdingStatement(plan, {}, at(70))}`);
    expect(text).toContain("- Holding statement: We're aware of the concerns being raised and we're looking into it right now. We'll share an update by 4:15 PM UTC.");
    expect(text).toContain('Do not share or mention: Project Kettle, supplier name.');
    expect(text).toContain('Next internal update by 5:15 PM UTC.');
  });

  test.each([
    [completeStep(incident, 'holding-statement', 'social-media-manager', at(42)), at(70), 'First public response: marked as posted after 42 minutes (target 1 hour).'],
    [completeStep(incident, 'holding-statement', 'social-media-manager', at(90)), at(95), 'First public response: marked as posted after 1 hour 30 minutes (target 1 hour, late).'],
    [incident, at(20), 'First public response: not marked as posted yet, due within 40 minutes.'],
  ])('first response line %#', (current, now, line) => {
    expect(internalUpdate(plan, current, { level: 'crisis', reason: null }, now)).toContain(line);
  });

  test('leaves out expired messages and says when none are left', () => {
    const expired = { ...createDefaultPlan(), messages: plan.messages.map((message) => ({ ...message, expires: '2025-01-01' })) };
    const text = internalUpdate(expired, incident, { level: 'watch', reason: null }, at(5));
    expect(text).toContain(TEXT_MESSAGES.noApprovedLines);
    expect(text).toContain('Status: Watch. No reason recorded.');
    expect(text).toContain('to the crisis lead.');
  });

  test('with no reason: declared by the team with no spike, or calm again after one; never a made-up level', () => {
    const own = declareIncident(plan, { title: 'Possible crisis', level: 'watch' }, T0);
    expect(internalUpdate(plan, own, { level: 'normal', reason: null }, at(5))).toContain('Status: Normal. Declared by the team; no spike detected.');
    const fromAlert = declareIncident(plan, { title: 'Spike on X', level: 'watch', alert: { reason: 'Volume 2.6× normal on X', time: T0 } }, T0);
    expect(internalUpdate(plan, fromAlert, { level: 'normal', reason: null }, at(5))).toContain('Status: Normal. Mentions look normal now.');
    expect(internalUpdate(plan, own, { level: 'watch', reason: 'Volume 2.6× normal on X' }, at(5))).toContain('Status: Watch. Volume 2.6× normal on X');
  });
});

describe('the texts of an incident: its wording of the issue and the update it promised', () => {
  const plan = createDefaultPlan();
  const incident = declareIncident(plan, { title: 'Spike on X', level: 'crisis' }, T0);
  const worded = setIncidentIssue(incident, 'the delays to your orders', at(1));

  test('the incident’s wording fills {issue}; without one, the general wording does', () => {
    const text = '{issue} — {issue}';
    expect(fillPublicText(plan, text, incidentPublicText(plan, worded, at(2)), at(2))).toBe('the delays to your orders — the delays to your orders');
    expect(fillPublicText(plan, text, incidentPublicText(plan, incident, at(2)), at(2))).toBe(`${TEXT_MESSAGES.defaultIssue} — ${TEXT_MESSAGES.defaultIssue}`);
    expect(holdingStatement(plan, incidentPublicText(plan, worded, at(2)), at(2))).toMatch(/^We're aware of the delays to your orders and/);
  });

  test('a promise still ahead is repeated by every later text; once it has passed, the texts make a new one', () => {
    // 14:02: the response target from now, on a quarter hour: 15:15.
    const first = publicUpdateAt(plan, undefined, at(2));
    expect(first).toBe(at(75));
    const promised = promiseUpdate(worded, first, at(2));
    // 14:10 would count 15:15 too, but 14:20 would count 15:30: the promise stands instead.
    for (const minute of [10, 20, 74]) {
      expect(holdingStatement(plan, incidentPublicText(plan, promised, at(minute)), at(minute))).toMatch(/update by 3:15 PM UTC\.$/);
    }
    expect(publicUpdateAt(plan, undefined, at(20))).toBe(at(90));
    // Passed (at 15:15 itself too): a new promise, counted from then.
    expect(publicUpdateAt(plan, promised.updatePromisedAt, at(75))).toBe(at(135));
    expect(holdingStatement(plan, incidentPublicText(plan, promised, at(80)), at(80))).toMatch(/update by 4:30 PM UTC\.$/);
  });

  test('the internal update quotes the approved lines with the incident’s wording and its promise, its own next update apart', () => {
    const promised = promiseUpdate(worded, at(75), at(2));
    const text = internalUpdate(plan, promised, { level: 'crisis', reason: null }, at(20));
    expect(text).toContain("- Holding statement: We're aware of the delays to your orders and we're looking into it right now. We'll share an update by 3:15 PM UTC.");
    expect(text).toContain('- Follow-up update: An update on the delays to your orders: ');
    expect(text).toContain(`- Holding statement: ${holdingStatement(plan, incidentPublicText(plan, promised, at(20)), at(20))}`);
    // The team's own next update: two hours from now, not the public promise.
    expect(text).toContain('Next internal update by 4:30 PM UTC.');
    // A time given for the public lines is used as given.
    expect(internalUpdate(plan, promised, { level: 'crisis', reason: null }, at(20), { publicUpdateAt: at(100) })).toContain("We'll share an update by 3:40 PM UTC.");
  });

  test('which texts make a promise: those with {nextUpdate}, and the internal update when a line it quotes has one', () => {
    expect(promisesUpdate('We will share an update by {nextUpdate}.')).toBe(true);
    expect(promisesUpdate('Please send us a direct message.')).toBe(false);
    expect(internalUpdatePromises(plan, at(0))).toBe(true);
    const noPromises = { ...plan, messages: plan.messages.filter((message) => !message.text.includes('{nextUpdate}')) };
    expect(internalUpdatePromises(noPromises, at(0))).toBe(false);
    expect(internalUpdatePromises({ ...plan, internalUpdateTemplate: 'Crisis update: {title}' }, at(0))).toBe(false);
  });
});

describe('pre-approved messages', () => {
  // Dates alone run to the end of the day in the user's zone: these figures are for a user in UTC.
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'UTC';
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });
  const plan = {
    messages: [
      { id: 'a', title: 'A', text: 'a', ownerRoleId: 'legal' },
      { id: 'b', title: 'B', text: 'b', ownerRoleId: 'legal', expires: '2025-05-06' },
      { id: 'c', title: 'C', text: 'c', ownerRoleId: 'legal', expires: '2025-05-06T12:00:00Z' },
      { id: 'd', title: 'D', text: 'd', ownerRoleId: 'legal', expires: Date.UTC(2025, 4, 10), channels: ['linkedin' as const] },
    ],
  };

  test.each([
    [Date.UTC(2025, 4, 6, 11), []],
    [Date.UTC(2025, 4, 6, 12), ['c']],
    [Date.UTC(2025, 4, 6, 23, 59), ['c']], // a date alone is valid through that day
    [Date.UTC(2025, 4, 7), ['b', 'c']],
    [Date.UTC(2025, 4, 10), ['b', 'c', 'd']],
  ])('expiredMessages at %s', (now, ids) => {
    expect(expiredMessages(plan, now).map((message) => message.id)).toEqual(ids);
  });

  test.each([
    [undefined, ['a', 'b', 'd']],
    ['linkedin' as const, ['a', 'b', 'd']],
    ['x' as const, ['a', 'b']],
  ])('usableMessages for %s', (platform, ids) => {
    expect(usableMessages(plan, Date.UTC(2025, 4, 6, 13), platform).map((message) => message.id)).toEqual(ids);
  });

  test.each([
    [{}, null],
    // Unreadable: long expired (the epoch), not "never" (expiry-unreadable.test.ts).
    [{ expires: 'garbage' }, 0],
    [{ expires: 5 }, 5],
    [{ expires: '2025-05-06' }, Date.UTC(2025, 4, 7)],
    [{ expires: '2024-02-29' }, Date.UTC(2024, 2, 1)],
    [{ expires: '2025-13-01' }, 0],
    // A day the month does not have is unreadable, not rolled over into the next month.
    [{ expires: '2031-02-30' }, 0],
    [{ expires: '2025-04-31' }, 0],
    [{ expires: '2031-02-30T10:00:00Z' }, 0],
  ])('messageExpiresAt(%j)', (message, expected) => {
    expect(messageExpiresAt(message)).toBe(expected);
  });
});

describe('an expiry date runs to the end of that day where the user is', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });
  const plan = { messages: [{ id: 'm', title: 'M', text: 'm', ownerRoleId: 'legal', expires: '2026-11-30' }] };

  test('in Los Angeles (UTC−8): still approved at 6 PM local on that day, expired at local midnight', () => {
    process.env.TZ = 'America/Los_Angeles';
    // Midnight at the end of 30 November in Los Angeles is 08:00 UTC on 1 December.
    expect(messageExpiresAt(plan.messages[0]!)).toBe(Date.UTC(2026, 11, 1, 8));
    expect(expiredMessages(plan, Date.parse('2026-11-30T18:00:00-08:00'))).toEqual([]);
    expect(usableMessages(plan, Date.parse('2026-11-30T23:59:00-08:00')).map((message) => message.id)).toEqual(['m']);
    expect(expiredMessages(plan, Date.parse('2026-12-01T00:00:00-08:00')).map((message) => message.id)).toEqual(['m']);
  });

  test('in Kolkata (UTC+5:30): expired from local midnight, not 5.5 hours later', () => {
    process.env.TZ = 'Asia/Kolkata';
    expect(messageExpiresAt(plan.messages[0]!)).toBe(Date.parse('2026-12-01T00:00:00+05:30'));
    expect(expiredMessages(plan, Date.parse('2026-11-30T23:59:00+05:30'))).toEqual([]);
    expect(usableMessages(plan, Date.parse('2026-12-01T04:00:00+05:30'))).toEqual([]);
  });

  test('across a clock change the day is still the whole local day', () => {
    process.env.TZ = 'America/New_York';
    // The clocks went back at 2 AM on 2 November 2025: that day had 25 hours.
    expect(messageExpiresAt({ expires: '2025-11-02' })).toBe(Date.parse('2025-11-03T00:00:00-05:00'));
    expect(messageExpiresAt({ expires: '2025-12-31' })).toBe(Date.parse('2026-01-01T00:00:00-05:00'));
    // A date-time or a moment in ms is that moment, in any zone.
    expect(messageExpiresAt({ expires: '2025-05-06T12:00:00Z' })).toBe(Date.UTC(2025, 4, 6, 12));
  });
});

test.each([
  ['dana@brewly.com', 'email'],
  ['+1 (555) 010-2030', 'phone'],
  ['020 123 4567', 'phone'],
  ['@dana', 'chat'],
  ['#crisis', 'chat'],
  ['@dana:matrix.org', 'chat'],
  ['https://teams.microsoft.com/l/chat/0/0?users=dana@brewly.com', 'chat'],
  ['slack://user?team=T1&id=U2', 'chat'],
  ['12', null],
  ['Dana', null],
  ['', null],
])('contactKind(%j) = %s', (contact, kind) => {
  expect(contactKind(contact)).toBe(kind);
});

test.each([
  ['{issue} by {nextUpdate}', { issue: 'delays', nextUpdate: '3 PM' }, 'delays by 3 PM'],
  ['{issue} and {issue}', { issue: 'x' }, 'x and x'],
  ['{unknown} stays', {}, '{unknown} stays'],
  ['no placeholders', { issue: 'x' }, 'no placeholders'],
])('fillTemplate(%j)', (template, values, text) => {
  expect(fillTemplate(template, values)).toBe(text);
});

describe('the default plan encodes the practices', () => {
  const plan = createDefaultPlan();
  test('every practice has at least one checklist step', () => {
    expect([...new Set(plan.checklist.map((step) => step.practice))].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  test('a one-hour response target and a holding statement', () => {
    expect(plan.responseTargetMinutes).toBe(60);
    expect(plan.messages.find((message) => message.id === 'holding-statement')?.text).toMatch(/aware of \{issue\}.*update by \{nextUpdate\}/);
  });
  test('the roles the playbook names', () => {
    expect(plan.roles.map((role) => role.id)).toEqual(['crisis-lead', 'social-media-manager', 'communications', 'legal', 'customer-support', 'executive-sponsor']);
  });
  test.each(DEFAULT_SCHEDULERS.map((link) => [link.name, link.url]))('%s links to https (%s)', (_name, url) => {
    expect(new URL(url).protocol).toBe('https:');
  });
  test('each call builds a fresh plan', () => {
    const a = createDefaultPlan();
    a.roles[0]!.owner = 'changed';
    expect(createDefaultPlan().roles[0]!.owner).toBe('');
  });
});
