// @vitest-environment happy-dom
// Every word of the reply coach's panel comes from the locale file, the findings' lines and the
// suggestions' titles and notes included: under a pseudo-locale (each message's Latin letters made
// fullwidth, see tests/unit/messages.ts) no Latin letter is left but the draft's own words (quoted in
// the findings) and the suggested replies' text (what gets posted, in English). The plan's data here
// (approver, step, terms, titles, owners) is Cyrillic.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { COACH_TAG, FINDINGS_ATTRIBUTE, startCoach, type CoachContext } from '@/utils/content/coach';
import { pseudo, usePseudoMessages } from '../messages';
import { testAdapter } from './test-adapter';
import { until } from './until';

const adapter = testAdapter({ textOf: (post) => post.querySelector('.text')?.textContent ?? '' });
const HOUR = 60 * 60 * 1000;

const COMPLAINT = 'Brewly refused my refund. Worst service ever, I am furious.';
/** One draft with nearly every finding, too long for a crisis reply among them. */
const DRAFT =
  "Actually you're wrong, CALM DOWN!!! Oh great. You idiot. Email jo@example.com or call +44 7700 900123 about {issue} and [what we found]. " +
  'We were negligent and it will never happen again. Фалкон ships soon, and then the rest of this goes on and on.';
const SPANISH = 'Usted está equivocado. Cálmese, es su culpa por no leer el manual.';

const context = (): CoachContext => ({
  confidentialTerms: ['Фалкон'],
  incident: { active: true, approver: 'Дана Рейес (пресс-служба)', approvalStep: 'Юристы в #кризис' },
  preApproved: [
    { id: 'holding', title: 'Заявление', text: 'We know and we are on it.', owner: 'Дана', expires: Date.now() + 3 * HOUR },
    { id: 'untitled', title: '', text: 'We are looking into it.' },
    { id: 'old', title: 'Старое', text: 'An old line.', expires: Date.now() - 30 * HOUR },
    { id: 'long', title: 'Длинное', text: 'A long statement. '.repeat(20), owner: 'Дана' },
  ],
});

function page(): HTMLTextAreaElement {
  const post = document.createElement('article');
  post.className = 'post';
  post.setAttribute('data-id', '101');
  post.setAttribute('data-author', '@sam');
  const text = document.createElement('div');
  text.className = 'text';
  text.textContent = COMPLAINT;
  post.append(text);
  const box = document.createElement('textarea');
  box.className = 'reply';
  document.body.append(post, box);
  return box;
}

function type(box: HTMLTextAreaElement, text: string) {
  box.value = text;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

const shadow = () => document.querySelector(COACH_TAG)!.shadowRoot!;

/**
 * What the panel says in Latin letters that is not the draft's: the text of a finding may quote the
 * draft (its words are allowed there); a quote of the draft and a suggested reply's text are data;
 * everything else, accessible names and tooltips included, must have no Latin letter at all.
 */
function untranslated(draft: string): string[] {
  const root = shadow();
  const draftWords = new Set(draft.match(/[A-Za-z]+/g) ?? []);
  const leaks: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent ?? '';
    if (!parent || parent.closest('style, q.quote, .suggestion-text') || !/[A-Za-z]/.test(text)) continue;
    const words = text.match(/[A-Za-z]+/g) ?? [];
    const allowed = parent.closest('li.finding') ? words.filter((word) => !draftWords.has(word)) : words;
    if (allowed.length > 0) leaks.push(text);
  }
  for (const element of Array.from(root.querySelectorAll('[aria-label], [title]'))) {
    for (const name of ['aria-label', 'title']) {
      const value = element.getAttribute(name);
      if (value && /[A-Za-z]/.test(value)) leaks.push(value);
    }
  }
  return leaks;
}

describe('the reply coach speaks the locale file', () => {
  let controller: AbortController;
  beforeEach(() => {
    usePseudoMessages();
    document.body.replaceChildren();
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  const start = () =>
    startCoach({ root: document, adapter, signal: controller.signal, getContext: async () => context(), onInserted: () => undefined, onError: (error) => console.error(error) });

  test('findings’ lines, suggestions’ titles and notes: no Latin letter but the draft’s and the replies’', async () => {
    const box = page();
    start();
    await until(() => document.querySelector(COACH_TAG));
    // The context (plan, incident) arrives first; then the draft is typed.
    await new Promise((resolve) => setTimeout(resolve, 20));
    type(box, DRAFT);
    const codes = await until(() => document.querySelector(COACH_TAG)?.getAttribute(FINDINGS_ATTRIBUTE), (value) => !!value?.includes('needs-approval'));
    for (const code of ['hostile', 'arguing', 'dismissive', 'sarcasm', 'shouting', 'too-long', 'personal-data', 'confidential', 'legal-risk', 'overpromise', 'no-acknowledgement', 'placeholder']) {
      expect(codes.split(' ')).toContain(code);
    }
    await until(() => shadow().querySelector('li.finding[data-code="needs-approval"]'));
    expect(untranslated(DRAFT)).toEqual([]);

    const why = (code: string) => {
      const item = shadow().querySelector(`li.finding[data-code="${code}"]`)!;
      // The line after the title: "<severity> <title>: <why>", the quotes of the draft after it.
      return item.textContent!.slice(0, item.textContent!.length - (item.querySelector('.quotes')?.textContent?.length ?? 0));
    };
    expect(why('needs-approval')).toContain(pseudo('An incident is active: this reply needs approval from ') + 'Дана Рейес (пресс-служба) (Юристы в #кризис)');
    expect(why('confidential')).toContain(`${pseudo('The crisis plan marks ')}“Фалкон”${pseudo(' as confidential: it must not appear in public.')}`);
    expect(why('arguing')).toContain(`“Actually”${pseudo(' reads as arguing.')}`);
    expect(why('personal-data')).toContain(pseudo('This shows an e-mail address and a phone number in public.'));
    expect(why('placeholder')).toContain(`${pseudo('Fill in ')}“{issue}”${pseudo(' and ')}“[what we found]”${pseudo(' before posting: they would go out exactly as written.')}`);
    expect(why('too-long')).toContain(pseudo('a crisis reply works best in 3 short sentences (about 60 words).'));

    const suggestion = (id: string) => shadow().querySelector(`li[data-suggestion="${id}"]`)!;
    expect(suggestion('empathetic:apology').querySelector('strong')?.textContent).toBe(pseudo('Apologise and offer help'));
    expect(suggestion('dm').querySelector('strong')?.textContent).toBe(pseudo('Take it to DM'));
    expect(suggestion('pre-approved:untitled').querySelector('strong')?.textContent).toBe(pseudo('Pre-approved message'));
    expect(suggestion('pre-approved:holding').querySelector('.note')?.textContent).toBe(`${pseudo('Expires in 3 hours')} · ${pseudo('Owner: ')}Дана`);
    expect(suggestion('pre-approved:old').querySelector('.note')?.textContent).toBe(`✖ ${pseudo('Not available: ')}${pseudo('Expired 1 day 6 hours ago')}`);
    expect(suggestion('pre-approved:long').querySelector('.note')?.textContent).toBe(
      `✖ ${pseudo('Not available: ')}${pseudo('Longer than X allows (360/280)')} · ${pseudo('Owner: ')}Дана`,
    );
    // The reply itself is what gets posted: English, the language the coach reads.
    expect(suggestion('empathetic:apology').querySelector('.suggestion-text')?.textContent).toMatch(/^Hi @sam|^Hello @sam|sorry/i);
  });

  test('a draft in another language: its note is the locale file’s', async () => {
    const box = page();
    start();
    await until(() => document.querySelector(COACH_TAG));
    await new Promise((resolve) => setTimeout(resolve, 20));
    type(box, SPANISH);
    await until(() => shadow().querySelector('li.finding[data-code="not-english"]'));
    expect(untranslated(SPANISH)).toEqual([]);
    expect(shadow().querySelector('li.finding[data-code="not-english"]')?.textContent).toContain(
      pseudo('This draft seems not to be in English, and the coach reads English only.'),
    );
  });
});
