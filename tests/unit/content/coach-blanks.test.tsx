// @vitest-environment happy-dom
// Pre-approved messages in the reply coach: placeholders filled as the popup fills them, and what
// is left to write flagged and selected in the box once inserted, so no blank goes out by mistake.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDefaultPlan, HOLDING_STATEMENT_ID } from '@/utils/plan/plan';
import { holdingStatement } from '@/utils/plan/texts';
import { COACH_TAG, FINDINGS_ATTRIBUTE, coachContextFromPlan, readDraft, selectInDraft, startCoach, type CoachContext } from '@/utils/content/coach';
import type { PlatformAdapter } from '@/utils/platforms/types';
import { useEnglishMessages } from '../options/helpers';
import { until as untilValue } from './until';

/** Waits for a truthy value. */
const until = <T,>(read: () => T) => untilValue(read, Boolean);

beforeEach(useEnglishMessages);

const NOW = Date.UTC(2026, 10, 23, 14, 5);
const BRAND = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };

describe('coachContextFromPlan fills the messages as the popup does', () => {
  test('the holding statement is word for word the popup’s', () => {
    const plan = createDefaultPlan('friendly');
    const context = coachContextFromPlan({ plan, brand: BRAND, incidentActive: false, platform: 'x', now: NOW, timeZone: 'UTC' });
    const holding = context.preApproved!.find((message) => message.id === HOLDING_STATEMENT_ID)!;
    expect(holding.text).toBe(holdingStatement(plan, { timeZone: 'UTC', brand: 'Brewly' }, NOW));
    expect(holding.text).toBe("We're aware of the concerns being raised and we're looking into it right now. We'll share an update by 3:15 PM UTC.");
  });

  test('every message gets the same values; what nobody knows stays visible', () => {
    const plan = createDefaultPlan('formal');
    plan.messages.push({ id: 'signed', title: 'Signed', text: '{brand} is on it. Next update by {nextUpdate}. {signature}', ownerRoleId: plan.roles[0]!.id });
    const texts = Object.fromEntries(
      coachContextFromPlan({ plan, brand: BRAND, incidentActive: false, now: NOW, timeZone: 'Europe/Amsterdam' }).preApproved!.map((message) => [message.id, message.text]),
    );
    expect(texts['follow-up-update']).toBe(
      'An update on the concerns being raised: [findings and actions]. Thank you for your patience. We will share a further update by 4:15 PM GMT+1.',
    );
    expect(texts.signed).toBe('Brewly is on it. Next update by 4:15 PM GMT+1. {signature}');
    // No brand set: {brand} is left for the user, not filled with nothing.
    const noBrand = coachContextFromPlan({ plan, incidentActive: false, now: NOW, timeZone: 'UTC' }).preApproved!.find((message) => message.id === 'signed');
    expect(noBrand?.text).toMatch(/^\{brand\} is on it/);
  });
});

// ---- Inserting a message with a blank -------------------------------------------------------------

const adapter: PlatformAdapter = {
  id: 'x',
  name: 'Test',
  matches: [],
  findPosts: () => [],
  badgeAnchor: () => null,
  findReplyBoxes: (root) => Array.from(root.querySelectorAll('.reply')),
  extract: () => null,
};

const FOLLOW_UP = "An update on the outage: [what we found and what we're doing]. Next update by 3:15 PM UTC.";
const BLANK = "[what we found and what we're doing]";

describe('inserting a message with a blank', () => {
  let controller: AbortController;
  beforeEach(() => {
    document.body.replaceChildren();
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  const context: CoachContext = { preApproved: [{ id: 'follow-up-update', title: 'Follow-up update', text: FOLLOW_UP }] };

  test.each(['textarea', 'contenteditable'] as const)('in a %s: flagged in the coach, and the blank is selected to type over', async (kind) => {
    const box = kind === 'textarea' ? document.createElement('textarea') : document.createElement('div');
    box.className = 'reply';
    if (kind === 'contenteditable') box.setAttribute('contenteditable', 'true');
    document.body.append(box);
    startCoach({ root: document, adapter, signal: controller.signal, getContext: async () => context, onInserted: () => undefined });
    const host = await until(() => document.querySelector<HTMLElement>(COACH_TAG));
    // Opened by hand: the box is still empty.
    (await until(() => host.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle'))).click();
    const insert = await until(() => host.shadowRoot!.querySelector<HTMLButtonElement>('li[data-suggestion="pre-approved:follow-up-update"] button.insert'));
    insert.click();

    expect(readDraft(box)).toBe(FOLLOW_UP);
    expect(host.getAttribute(FINDINGS_ATTRIBUTE)).toBe('placeholder');
    const selected =
      box instanceof HTMLTextAreaElement ? box.value.slice(box.selectionStart, box.selectionEnd) : document.getSelection()!.toString();
    expect(selected).toBe(BLANK);
    expect(document.activeElement).toBe(box);

    await until(() => host.shadowRoot!.querySelector('li.finding[data-code="placeholder"]'));
    const finding = host.shadowRoot!.querySelector('li.finding[data-code="placeholder"]')!;
    expect(finding.textContent).toContain('Critical');
    expect(finding.textContent).toContain('Blank to fill in');
    expect(finding.textContent).toContain('Fill in “[what we found and wh');
    expect(finding.querySelector('mark')?.textContent).toBe(BLANK);
  });

  test('selectInDraft finds the right one of two equal blanks in an editor', () => {
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    const first = document.createElement('p');
    first.textContent = 'Hi {name},';
    const second = document.createElement('p');
    second.textContent = 'thanks {name}.';
    box.append(first, second);
    document.body.append(box);
    const draft = readDraft(box);
    const start = draft.lastIndexOf('{name}');
    expect(selectInDraft(box, { start, end: start + 6 })).toBe(true);
    const range = document.getSelection()!.getRangeAt(0);
    expect(range.startContainer).toBe(second.firstChild);
    expect(range.toString()).toBe('{name}');
  });
});
