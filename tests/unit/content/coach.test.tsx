// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createDefaultPlan } from '@/utils/plan/plan';
import { COACH_TAG, FINDINGS_ATTRIBUTE, coachContextFromPlan, insertText, readDraft, startCoach, type CoachContext, type CoachOptions } from '@/utils/content/coach';
import { useEnglishMessages } from '../options/helpers';
import { testAdapter } from './test-adapter';
import { until } from './until';

// ---- The extension's real English strings, as the browser would serve them --------------------------

beforeEach(useEnglishMessages);

// ---- A page: posts are `.post[data-id]`, reply boxes `.reply` -------------------------------------

const adapter = testAdapter({ textOf: (post) => post.querySelector('.text')?.textContent ?? '' });

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const ANGRY = 'Brewly refused my refund. Worst service ever, I am furious <img src=x onerror="window.__pwned=1">';
const HOSTILE = "Actually you're wrong, that's not true.";
const GOOD = "We're so sorry, that's frustrating. Could you send us a DM so we can look into it?";

interface Page {
  form: HTMLFormElement;
  box: HTMLTextAreaElement | HTMLElement;
  send: HTMLButtonElement;
}

/** A post, then a composer with its own Send button (as the platforms lay them out). */
function page(kind: 'textarea' | 'contenteditable', postText = ANGRY): Page {
  const post = h('article', { class: 'post', 'data-id': '101', 'data-author': '@sam' }, h('div', { class: 'text' }, postText));
  const box =
    kind === 'textarea'
      ? h('textarea', { class: 'reply', 'aria-label': 'Reply' })
      : h('div', { class: 'reply', contenteditable: 'true', role: 'textbox', 'aria-label': 'Reply' }, h('p', {}, h('br')));
  const send = h('button', { type: 'submit' }, 'Send');
  const form = h('form', {}, h('div', { class: 'editor' }, h('div', { class: 'placeholder' }, 'Post your reply'), box), h('div', { class: 'toolbar' }, send));
  document.body.append(post, form);
  return { form, box, send };
}

/** Types like a user: the text goes in, then the input event the browser fires. */
function type(box: Element, text: string) {
  if (box instanceof HTMLTextAreaElement) box.value = text;
  else box.replaceChildren(...text.split('\n').map((line) => h('p', {}, line)));
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/** Polls until `ok` (by default: until there is a value), and gives that value. */

const hostOf = () => document.querySelector<HTMLElement>(COACH_TAG);
const shadow = () => hostOf()!.shadowRoot!;
const findings = () => hostOf()?.getAttribute(FINDINGS_ATTRIBUTE);
const button = (name: RegExp) =>
  Array.from(shadow().querySelectorAll('button')).find((candidate) => name.test(candidate.getAttribute('aria-label') ?? candidate.textContent ?? ''));

describe('startCoach', () => {
  let controller: AbortController;
  let inserted: Parameters<CoachOptions['onInserted']>[0][];
  let errors: unknown[];
  let context: CoachContext;

  const start = (overrides: Partial<CoachOptions> = {}) =>
    startCoach({
      root: document,
      adapter,
      signal: controller.signal,
      getContext: async () => context,
      onInserted: (reply) => inserted.push(reply),
      onError: (error) => errors.push(error),
      ...overrides,
    });

  beforeEach(() => {
    document.body.replaceChildren();
    controller = new AbortController();
    inserted = [];
    errors = [];
    context = {};
  });
  afterEach(() => controller.abort());

  test.each(['textarea', 'contenteditable'] as const)('on a %s: a hostile draft is flagged, a good one clears it', async (kind) => {
    const { box } = page(kind);
    start();
    const host = await until(hostOf);
    expect(host.getAttribute(FINDINGS_ATTRIBUTE)).toBe('');
    // After the editor's container, before the composer's own buttons: the layout stays the site's.
    expect(host.previousElementSibling?.className).toBe('editor');
    expect(host.nextElementSibling?.className).toBe('toolbar');

    type(box, HOSTILE);
    const codes = await until(findings, (value) => !!value);
    expect(codes!.split(' ')).toContain('arguing');
    // Replying to an angry post without acknowledging it.
    expect(codes!.split(' ')).toContain('no-acknowledgement');

    type(box, GOOD);
    await until(findings, (value) => value === '');
    expect(errors).toEqual([]);
  });

  test('the panel says each finding in words and quotes the exact span of the draft', async () => {
    const { box } = page('textarea');
    start();
    await until(hostOf);
    type(box, HOSTILE);
    await until(findings, (value) => !!value);
    await until(() => shadow().querySelector('li.finding[data-code="arguing"]'));
    const arguing = shadow().querySelector('li.finding[data-code="arguing"]')!;
    expect(arguing.textContent).toContain('Warning');
    expect(arguing.textContent).toContain('Arguing');
    expect(arguing.querySelector('mark')?.textContent).toBe('Actually');
    // Findings are announced politely, also while collapsed.
    const live = shadow().querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toContain('Arguing');
    const toggle = shadow().querySelector('button.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toContain('findings');
  });

  test('the most serious finding comes first in the panel (it scrolls): critical, then warnings', async () => {
    const { box } = page('textarea');
    start();
    await until(hostOf);
    type(box, "Actually you're wrong. CALM DOWN!! email me sam@example.com or call 07700 900123");
    await until(findings, (value) => !!value && value.includes('personal-data') && value.includes('arguing'));
    await until(() => shadow().querySelector('li.finding[data-code="personal-data"]'));
    const codes = Array.from(shadow().querySelectorAll('li.finding')).map((item) => item.getAttribute('data-code'));
    expect(codes[0]).toBe('personal-data');
    expect(codes).toContain('arguing');
    expect(shadow().querySelector('[aria-live="polite"]')!.textContent).toMatch(/Personal data.*Arguing/);
  });

  test('words flagged near each other are quoted once, each marked; words far apart are quoted apart (QA: one sentence quoted three times)', async () => {
    const { box } = page('textarea');
    start();
    await until(hostOf);
    const far = ` ${'and we will be in touch with you about it soon. '.repeat(2)}`;
    type(box, `We are sorry. WE ARE LOOKING INTO IT.${far}STOP SHOUTING AT US`);
    const item = await until(() => shadow().querySelector('li.finding[data-code="shouting"]'));
    await until(() => item.querySelectorAll('q.quote').length === 2 || null);
    const quotes = Array.from(item.querySelectorAll('q.quote'));
    expect(quotes.map((quote) => Array.from(quote.querySelectorAll('mark')).map((mark) => mark.textContent))).toEqual([
      ['WE', 'ARE', 'LOOKING', 'INTO'],
      ['STOP', 'SHOUTING', 'AT'],
    ]);
    expect(item.querySelector('.more')).toBeNull();
  });

  test('a quote of the draft, and each suggestion, take their own direction (right-to-left in Arabic or Hebrew)', async () => {
    const { box } = page('textarea');
    start();
    await until(hostOf);
    type(box, HOSTILE);
    const quote = await until(() => shadow().querySelector('li.finding q.quote'));
    expect(quote.getAttribute('dir')).toBe('auto');
    const suggestions = Array.from(shadow().querySelectorAll('.suggestion-text'));
    expect(suggestions.length).toBeGreaterThan(0);
    for (const text of suggestions) expect(text.getAttribute('dir')).toBe('auto');
  });

  test('a multi-paragraph editor reads as lines, and spans point into that text', () => {
    const box = h('div', { contenteditable: 'true' }, h('p', {}, 'Hello'), h('p', {}, 'CALM DOWN'));
    document.body.append(box);
    expect(readDraft(box)).toBe('Hello\nCALM DOWN');
    const empty = h('div', { contenteditable: 'true' }, h('p', {}, h('br')));
    expect(readDraft(empty)).toBe('');
  });

  test.each(['textarea', 'contenteditable'] as const)('Insert puts the suggestion into the %s as typed text and never submits', async (kind) => {
    const { box, form, send } = page(kind);
    const submits = vi.fn((event: Event) => event.preventDefault());
    const clicks = vi.fn();
    const keys = vi.fn();
    const inputs: InputEvent[] = [];
    form.addEventListener('submit', submits);
    send.addEventListener('click', clicks);
    document.addEventListener('keydown', keys, true);
    box.addEventListener('input', (event) => inputs.push(event as InputEvent));
    start();
    await until(hostOf);
    type(box, HOSTILE);
    await until(findings, (value) => !!value);
    inputs.length = 0;

    const insert = await until(() => button(/^Insert “/));
    const title = /Insert “(.+)” into the reply box/.exec(insert.getAttribute('aria-label')!)![1];
    const text = insert.closest('li')!.querySelector('.suggestion-text')!.textContent!;
    expect(text).toContain('@sam');
    insert.click();

    expect(readDraft(box)).toBe(text);
    expect(inputs.map((event) => event.inputType)).toContain('insertText');
    expect(inserted).toEqual([{ platform: 'x', postId: '101', text, suggestionId: expect.any(String), kind: expect.any(String) }]);
    expect(title).toBeTruthy();
    expect(document.activeElement).toBe(box);
    await until(findings, (value) => value === '');
    expect(submits).not.toHaveBeenCalled();
    expect(clicks).not.toHaveBeenCalled();
    expect(keys).not.toHaveBeenCalled();
  });

  test('with the browser insertText command, that is what inserts (the editor sees beforeinput and input)', () => {
    const { box } = page('contenteditable');
    const exec = vi.fn((command: string, _ui?: boolean, value?: string) => {
      const selection = document.getSelection()!;
      const range = selection.getRangeAt(0);
      range.deleteContents();
      range.insertNode(document.createTextNode(value ?? ''));
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: command, data: value }));
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    try {
      type(box, 'old draft');
      expect(insertText(box, 'We hear you.')).toBe(true);
      expect(exec).toHaveBeenCalledWith('insertText', false, 'We hear you.');
      expect(readDraft(box)).toBe('We hear you.');
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
    }
  });

  test('an editor that handles beforeinput itself gets the text that way', () => {
    const box = h('div', { contenteditable: 'true' });
    document.body.append(box);
    box.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      box.textContent = (event as InputEvent).data;
    });
    expect(insertText(box, 'Thank you for letting us know.')).toBe(true);
    expect(box.textContent).toBe('Thank you for letting us know.');
  });

  test('unusable pre-approved messages are shown disabled with their note', async () => {
    context = { preApproved: [{ id: 'holding', title: 'Holding statement', text: 'We know and we are on it.', expires: Date.now() - 60_000 }] };
    const { box } = page('textarea');
    start();
    await until(hostOf);
    type(box, 'Hi');
    const item = await until(() => shadow().querySelector('li[data-suggestion="pre-approved:holding"]'));
    const insert = item.querySelector('button')!;
    expect(insert.disabled).toBe(true);
    expect(item.textContent).toContain('Not available: Expired');
    insert.click();
    expect(inserted).toEqual([]);
  });

  test('Escape collapses the panel, and "Hide coach for this box" keeps it hidden for that box, with a moment to undo', async () => {
    const { box } = page('textarea');
    start({ hideUndoMs: 150 });
    const host = await until(hostOf);
    type(box, HOSTILE);
    await until(() => shadow().querySelector('li.finding'));
    const insert = button(/^Insert “/)!;
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    insert.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await until(() => shadow().querySelector('button.toggle')?.getAttribute('aria-expanded'), (value) => value === 'false');
    // The site's own Escape (closing its reply dialog, say) never hears the panel's.
    expect(pageKeys).not.toHaveBeenCalled();

    // Hidden, with "Undo" for a moment; typing goes on in the box.
    button(/Hide coach for this box/)!.click();
    expect(document.activeElement).toBe(box);
    await until(() => shadow().querySelector('.hidden-note')?.textContent, (text) => text === 'Reply coach hidden for this box. Undo');
    expect(host.hidden).toBe(false);
    button(/^Undo$/)!.click();
    const toggle = await until(() => shadow().querySelector<HTMLButtonElement>('button.toggle'));
    await until(() => shadow().activeElement === toggle);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(host.hidden).toBe(false);

    button(/Hide coach for this box/)!.click();
    await until(() => host.hidden);
    expect(host.isConnected).toBe(true);
    expect(document.activeElement).toBe(box);
    // The host stays and still carries the findings.
    type(box, GOOD);
    await until(findings, (value) => value === '');
  });

  test('a box in a section the site hides (old Reddit edit forms) keeps its panel hidden with it', async () => {
    const { form, box } = page('textarea');
    const hiddenBox = h('textarea', { class: 'reply' });
    const edit = h('div', { class: 'usertext-edit', style: 'display: none' }, h('div', { class: 'md' }, hiddenBox));
    form.append(edit);
    start();
    await until(() => document.querySelectorAll(COACH_TAG).length === 2);
    expect(edit.querySelector(COACH_TAG)).not.toBeNull();
    expect(box.parentElement!.parentElement!.querySelector(`:scope > ${COACH_TAG}`)).not.toBeNull();
  });

  test('boxes that appear later get a coach when they get focus; removed boxes lose theirs', async () => {
    start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(hostOf()).toBeNull();
    const { form, box } = page('contenteditable');
    (box as HTMLElement).focus();
    await until(hostOf);
    form.remove();
    // The host went with the form; nothing is left behind or attached twice.
    const second = page('textarea');
    (second.box as HTMLElement).focus();
    await until(() => document.querySelectorAll(COACH_TAG).length === 1 && second.form.contains(hostOf()));
  });

  test('a reply to an upset post opens the panel on focus with its replies; to a calm post it waits for typing', async () => {
    const upset = page('textarea');
    start();
    await until(hostOf);
    const expanded = () => shadow().querySelector('button.toggle')?.getAttribute('aria-expanded');
    expect(expanded()).toBe('false');
    (upset.box as HTMLElement).focus();
    await until(expanded, (value) => value === 'true');
    expect(shadow().querySelector('li.suggestion[data-suggestion="empathetic:apology"]')).not.toBeNull();
    // Closed by the user, it stays closed on the next focus.
    button(/Reply coach/)!.click();
    await until(expanded, (value) => value === 'false');
    (upset.box as HTMLElement).blur();
    (upset.box as HTMLElement).focus();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(expanded()).toBe('false');

    controller.abort();
    controller = new AbortController();
    document.body.replaceChildren();
    const calm = page('textarea', 'Does the Brewly Pro come with a milk frother?');
    start();
    await until(hostOf);
    (calm.box as HTMLElement).focus();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(expanded()).toBe('false');
    type(calm.box, 'Hi');
    await until(expanded, (value) => value === 'true');
    expect(errors).toEqual([]);
  });

  test('a box focused before the coach attaches it, under an upset post, opens too', async () => {
    const { box } = page('contenteditable');
    (box as HTMLElement).focus();
    start();
    await until(() => hostOf()?.shadowRoot?.querySelector('button.toggle')?.getAttribute('aria-expanded'), (value) => value === 'true');
  });

  test("under a pleased post the plan's crisis messages sit behind a disclosure, still insertable", async () => {
    context = { preApproved: [{ id: 'holding', title: 'Holding statement', text: "We know, we're looking into it, more soon." }] };
    const { box } = page('textarea', 'Love my new Brewly kettle, best purchase this year! Thank you 🙌');
    start();
    await until(hostOf);
    type(box, 'Thank you so much!');
    const item = await until(() => shadow().querySelector('li[data-suggestion="pre-approved:holding"]'));
    const details = item.closest('details')!;
    expect(details).not.toBeNull();
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe("The plan's pre-approved message, written for a crisis (1)");
    expect(shadow().querySelector('li[data-suggestion="empathetic:thanks"]')!.closest('details')).toBeNull();
    details.open = true;
    item.querySelector('button')!.click();
    expect(readDraft(box)).toBe("We know, we're looking into it, more soon.");

    // Under a complaint they are among the suggestions.
    controller.abort();
    controller = new AbortController();
    document.body.replaceChildren();
    const complaint = page('textarea');
    start();
    await until(hostOf);
    type(complaint.box, 'We are sorry.');
    const angry = await until(() => hostOf()?.shadowRoot?.querySelector('li[data-suggestion="pre-approved:holding"]'));
    expect(angry.closest('details')).toBeNull();
  });

  test("a panel the site's own rendering dropped is put back, still one per box", async () => {
    const { box } = page('textarea');
    start();
    const host = await until(hostOf);
    host.remove();
    document.body.append(h('div', {}, 'the site renders something'));
    await until(() => hostOf()?.isConnected === true);
    expect(document.querySelectorAll(COACH_TAG)).toHaveLength(1);
    type(box, HOSTILE);
    await until(findings, (value) => !!value && value.includes('arguing'));
  });

  test('posts streaming into a feed with no editable element never make the coach look through the page', async () => {
    const findReplyBoxes = vi.fn(adapter.findReplyBoxes);
    start({ adapter: { ...adapter, findReplyBoxes } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const looks = findReplyBoxes.mock.calls.length;
    for (let i = 0; i < 5; i++) {
      document.body.append(h('article', { class: 'post', 'data-id': `s${i}` }, h('div', { class: 'text' }, 'a post'), h('a', { href: '#' }, 'reply')));
      await new Promise((resolve) => setTimeout(resolve, 120));
    }
    expect(findReplyBoxes).toHaveBeenCalledTimes(looks);
    // A reply box arriving is coached when replying starts: when it gets focus.
    const { box } = page('textarea');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(hostOf()).toBeNull();
    (box as HTMLTextAreaElement).focus();
    await until(hostOf);
    expect(findReplyBoxes.mock.calls.length).toBeGreaterThan(looks);
  });

  test('aborting removes the host and stops listening', async () => {
    const { box } = page('textarea');
    start();
    const host = await until(hostOf);
    controller.abort();
    expect(host.isConnected).toBe(false);
    type(box, HOSTILE);
    page('contenteditable');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(document.querySelector(COACH_TAG)).toBeNull();
  });

  test('a failing context or callback never reaches the page', async () => {
    const { box } = page('textarea');
    start({
      getContext: () => Promise.reject(new Error('background asleep')),
      onInserted: () => {
        throw new Error('callback broke');
      },
    });
    await until(hostOf);
    type(box, HOSTILE);
    const insert = await until(() => button(/^Insert “/));
    expect(() => insert.click()).not.toThrow();
    await until(() => errors.length === 2);
    expect(errors.map((error) => (error as Error).message).sort()).toEqual(['background asleep', 'callback broke']);
  });

  test.each([
    'Usted está equivocado. Cálmese, es su culpa por no leer el manual.',
    'Es tut uns sehr leid. Bitte schreiben Sie uns eine DM, dann kümmern wir uns darum.',
  ])('a draft not in English (%j) never "looks good": one note says a person should check it', async (draft) => {
    const { box } = page('textarea');
    start();
    await until(hostOf);
    type(box, draft);
    expect(await until(findings, (value) => !!value)).toBe('not-english');
    const item = await until(() => shadow().querySelector('li.finding[data-code="not-english"]'));
    expect(item.textContent).toContain('Info');
    expect(item.textContent).toContain('Not in English');
    expect(item.textContent).toContain('reads English only');
    const count = shadow().querySelector('.count')!;
    expect(count.textContent).not.toContain('Looks good');
    expect(count.className).toContain('info');
    expect(shadow().querySelector('li.finding[data-code="no-acknowledgement"]')).toBeNull();
  });

  test('page text stays text in the panel', async () => {
    const { box } = page('textarea');
    start();
    await until(hostOf);
    type(box, '<img src=x onerror="window.__pwned=1"> ACTUALLY NO');
    await until(() => shadow().querySelector('li.finding'));
    expect(shadow().querySelector('img')).toBeNull();
    expect(shadow().textContent).toContain('<img src=x');
  });
});

describe('coachContextFromPlan', () => {
  test('maps the plan: terms, voice, approver, pre-approved messages for the platform with their expiry and owner', () => {
    const plan = createDefaultPlan('formal');
    plan.confidentialTerms = ['Project Kettle'];
    plan.roles = plan.roles.map((role, index) => (index === 0 ? { ...role, owner: 'Dana Reyes' } : role));
    plan.approvalSteps = [{ id: 'a1', roleId: plan.roles[0]!.id, description: 'Facts and tone' }];
    plan.messages = [
      { id: 'm1', title: 'Holding', text: '{brand} is looking into it.', ownerRoleId: plan.roles[0]!.id, expires: '2099-01-01' },
      { id: 'm2', title: 'LinkedIn only', text: 'Hello.', ownerRoleId: plan.roles[0]!.id, channels: ['linkedin'] },
    ];
    const brand = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: ['Kettle One'], exclusions: [] };
    const context = coachContextFromPlan({ plan, brand, incidentActive: true, platform: 'x' });
    expect(context.confidentialTerms).toEqual(['Project Kettle']);
    expect(context.voice).toBe('formal');
    expect(context.brandTerms).toEqual(['Brewly', 'Kettle One', 'brewly']);
    expect(context.incident).toEqual({ active: true, approver: `Dana Reyes (${plan.roles[0]!.title})`, approvalStep: 'Facts and tone' });
    expect(context.preApproved).toEqual([
      { id: 'm1', title: 'Holding', text: 'Brewly is looking into it.', owner: `Dana Reyes (${plan.roles[0]!.title})`, expires: new Date(2099, 0, 2).getTime() }, // the end of that day, in the user's zone
    ]);
  });
});
