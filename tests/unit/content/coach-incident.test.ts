// @vitest-environment happy-dom
// The reply coach during an incident inserts what the popup copies (QA): the incident's wording of the
// issue, and the update time it promised while that is ahead; inserting a message that promises an
// update keeps the promise on the incident, as copying it from the popup does.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { COACH_TAG, coachContextFromPlan, insertedPromise } from '@/utils/content/coach';
import { runOnPage } from '@/utils/content/page';
import { sendMessage } from '@/utils/messaging';
import { formatClockTime } from '@/utils/plan/format';
import { createDefaultPlan, HOLDING_STATEMENT_ID } from '@/utils/plan/plan';
import { holdingStatement, incidentPublicText } from '@/utils/plan/texts';
import { useEnglishMessages } from '../options/helpers';
import { testAdapter } from './test-adapter';
import { until } from './until';

vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn() }));

const MIN = 60_000;
const NOW = Date.UTC(2026, 10, 23, 14, 5);
const BRAND = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };

describe('coachContextFromPlan with an incident open', () => {
  const plan = createDefaultPlan('friendly');

  test('its messages say the incident’s wording and its promised update, word for word the popup’s', () => {
    const incident = { issue: 'the delays to your orders', updatePromisedAt: NOW + 20 * MIN };
    const fill = incidentPublicText(plan, incident, NOW);
    const context = coachContextFromPlan({ plan, brand: BRAND, incidentActive: true, now: NOW, timeZone: 'UTC', ...fill });
    const holding = context.preApproved!.find((message) => message.id === HOLDING_STATEMENT_ID)!;
    expect(holding.text).toBe("We're aware of the delays to your orders and we're looking into it right now. We'll share an update by 2:25 PM UTC.");
    expect(holding.text).toBe(holdingStatement(plan, { ...fill, timeZone: 'UTC', brand: 'Brewly' }, NOW));
  });

  test('an inserted message promises an update only when it has {nextUpdate}', () => {
    expect(insertedPromise(plan, { kind: 'pre-approved', suggestionId: `pre-approved:${HOLDING_STATEMENT_ID}` }, NOW + MIN)).toBe(NOW + MIN);
    expect(insertedPromise(plan, { kind: 'pre-approved', suggestionId: 'pre-approved:follow-up-update' }, NOW + MIN)).toBe(NOW + MIN);
    expect(insertedPromise(plan, { kind: 'pre-approved', suggestionId: 'pre-approved:move-to-private' }, NOW + MIN)).toBeUndefined();
    expect(insertedPromise(plan, { kind: 'empathetic', suggestionId: 'empathetic:apology' }, NOW + MIN)).toBeUndefined();
  });
});

describe('the coach on a page, with an incident open', () => {
  let ctx: ContentScriptContext;
  let open: { issue?: string; updatePromisedAt?: number } | null;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  beforeEach(() => {
    useEnglishMessages();
    fakeBrowser.reset();
    document.body.replaceChildren();
    vi.mocked(sendMessage).mockReset();
    vi.mocked(sendMessage).mockImplementation((async (type: string) => {
      if (type === 'content→background:analysisRules') return { overrides: {}, lexicon: {} };
      return type === 'content→background:openIncident' ? open : undefined;
    }) as unknown as typeof sendMessage);
    ctx = new ContentScriptContext('content');
  });
  afterEach(() => ctx.abort());

  /** Inserts the plan's message `id` into a new reply box, through the coach; returns the text inserted. */
  async function insert(id: string): Promise<string> {
    const box = document.createElement('textarea');
    box.className = 'reply';
    document.body.append(box);
    box.focus();
    // The coach finds the new box (its host follows the box).
    const host = await until(() => (box.nextElementSibling?.localName === COACH_TAG ? (box.nextElementSibling as HTMLElement) : null));
    (await until(() => host.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle'))).click();
    const item = await until(() => host.shadowRoot!.querySelector(`li[data-suggestion="pre-approved:${id}"]`));
    const text = item.querySelector('.suggestion-text')!.textContent!;
    item.querySelector<HTMLButtonElement>('button.insert')!.click();
    await until(() => box.value);
    return text;
  }
  const promises = () => vi.mocked(sendMessage).mock.calls.filter(([type]) => type === 'content→background:updatePromised').map(([, data]) => data);

  test('what it inserts says the incident’s wording and promise; a message that promises keeps the promise, one that does not makes none', async () => {
    const promisedAt = Date.now() + 20 * MIN;
    open = { issue: 'the delays to your orders', updatePromisedAt: promisedAt };
    await runOnPage(ctx, testAdapter());
    const text = await insert(HOLDING_STATEMENT_ID);
    expect(text).toContain("We're aware of the delays to your orders and");
    expect(text).toContain(`update by ${formatClockTime(promisedAt, Date.now(), { timeZone })}.`);
    await vi.waitFor(() => expect(promises()).toEqual([{ at: promisedAt }]));

    await insert('move-to-private');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(promises()).toHaveLength(1);

    // No incident open (a fresh page): the general wording, and no promise to keep.
    ctx.abort();
    document.body.replaceChildren();
    ctx = new ContentScriptContext('content');
    open = null;
    await runOnPage(ctx, testAdapter());
    expect(await insert(HOLDING_STATEMENT_ID)).toContain("We're aware of the concerns being raised and");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(promises()).toHaveLength(1);
  });
});
