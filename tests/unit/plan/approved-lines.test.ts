// The internal update tells employees what they may say: its approved lines must be word for word
// what is posted — the holding statement the popup copies and the messages the reply coach inserts —
// never the internal alert title ("Spike on X") put into public wording, never a {brand} left blank.
import { describe, expect, test } from 'vitest';
import { coachContextFromPlan } from '@/utils/content/coach';
import { declareIncident } from '@/utils/plan/incident';
import { createDefaultPlan, HOLDING_STATEMENT_ID, type CrisisPlan } from '@/utils/plan/plan';
import { holdingStatement, internalUpdate } from '@/utils/plan/texts';

const NOW = Date.UTC(2026, 10, 30, 14, 5);
const BRAND = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };
const options = { timeZone: 'UTC', brand: 'Brewly' };

/** A plan whose messages use every placeholder, as a team's own often do. */
function teamPlan(): CrisisPlan {
  const plan = createDefaultPlan('friendly');
  plan.messages = plan.messages.map((message) =>
    message.id === HOLDING_STATEMENT_ID ? { ...message, text: "Hi, it's {brand}. We're aware of {issue} and on it. Next update by {nextUpdate}." } : message,
  );
  plan.messages.push({ id: 'signed', title: 'Signed reply', text: 'Thanks for flagging this. — The {brand} team', ownerRoleId: 'communications' });
  return plan;
}

const incident = (plan: CrisisPlan) =>
  declareIncident(plan, { title: 'Spike on X', level: 'crisis', platform: 'x', alert: { reason: '21× normal', time: NOW - 15 * 60_000 } }, NOW - 10 * 60_000);

/** The "- Title: text" lines under "What you may say". */
const approvedLines = (update: string) => update.split('\n').filter((line) => line.startsWith('- '));

describe('the internal update’s approved lines', () => {
  test.each([
    ['the default plan', createDefaultPlan('friendly')],
    ['a formal plan', createDefaultPlan('formal')],
    ['a team’s own messages with {brand}', teamPlan()],
  ])('%s: the holding statement is the one the popup copies', (_name, plan) => {
    const update = internalUpdate(plan, incident(plan), { level: 'crisis', reason: null }, NOW, options);
    expect(approvedLines(update)).toContain(`- Holding statement: ${holdingStatement(plan, options, NOW)}`);
  });

  test('every line is the text the reply coach inserts, filled the same way', () => {
    const plan = teamPlan();
    const update = internalUpdate(plan, incident(plan), { level: 'crisis', reason: null }, NOW, options);
    const coach = coachContextFromPlan({ plan, brand: BRAND, incidentActive: true, now: NOW, timeZone: 'UTC' }).preApproved!;
    expect(approvedLines(update)).toEqual(coach.map((message) => `- ${message.title}: ${message.text}`));
  });

  test('no internal wording, no blanks', () => {
    const plan = teamPlan();
    const lines = approvedLines(internalUpdate(plan, incident(plan), { level: 'crisis', reason: null }, NOW, options)).join('\n');
    expect(lines).not.toContain('Spike on X');
    expect(lines).not.toMatch(/\{brand\}|\{issue\}|\{nextUpdate\}|\[time of the next update\]/);
    expect(lines).toContain("- Holding statement: Hi, it's Brewly. We're aware of the concerns being raised and on it. Next update by 3:15 PM UTC.");
    expect(lines).toContain('- Signed reply: Thanks for flagging this. — The Brewly team');
  });

  test('the incident title stays where it belongs: the update’s own heading', () => {
    const plan = teamPlan();
    expect(internalUpdate(plan, incident(plan), { level: 'crisis', reason: null }, NOW, options).split('\n')[0]).toBe('Crisis update: Spike on X');
  });
});
