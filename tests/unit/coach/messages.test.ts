// The coach's `why` lines and its suggestions' titles and notes are written in the words they are given:
// the locale file's in the content script (coach.why.*, coach.suggestionTitles.*, coach.notes.*,
// duration.* in assets/locales/en.yml), English by default where there is no browser. Run over every
// draft the coach's tests hold, the locale file says exactly what the English default says; in a
// pseudo-locale no English is left but the draft's own words and the plan's.
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  analyzeDraft,
  ENGLISH_COACH_MESSAGES,
  FINDING_CODES,
  suggestReplies,
  type CoachMessages,
  type DraftContext,
  type Finding,
  type PreApprovedMessage,
  type SuggestionContext,
} from '@/utils/coach';
import { localeCoachMessages } from '@/utils/coach/messages';
import { PLATFORM_IDS } from '@/utils/platforms/types';
import { useEnglishMessages, usePseudoMessages } from '../messages';

/** Every string the coach's own tests write (drafts, posts, terms): read from their source, not run. */
function draftsInTests(): string[] {
  const dir = 'tests/unit/coach';
  const found = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.test.ts') && name !== 'messages.test.ts')) {
    const source = ts.createSourceFile(file, readFileSync(`${dir}/${file}`, 'utf8'), ts.ScriptTarget.Latest);
    const visit = (node: ts.Node): void => {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /\p{L}/u.test(node.text) && node.text.trim().length > 1) found.add(node.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...found];
}

const COMPLAINT = "@AcmeCloud your app has been down ALL MORNING and I've lost a client presentation. Absolutely useless.";

/** Drafts for what the tests' strings may not reach: every kind of data, many blanks, " | " in data, a huge paste. */
const CRAFTED = [
  'Email jo@example.com or call +44 7700 900123 about order #A12345, booking ref XK7PQ2, 10 Downing Street, SW1A 2AA, card 4242 4242 4242 4242, card ending 4242.',
  'Call +44 7700 900123.',
  'Write to jo@example.com and call +44 7700 900123.',
  'Hi [name], about {issue}: [what we found].',
  'Hi [name], about {issue}: [what we found] and [when] and [who].',
  'Hi [name | handle], about {issue} | [what we | found] and [more | blanks].',
  'Hi [name], sorry.',
  'Hi [name] and [name], sorry.',
  'Actually | you are wrong | calm down | oh great!!! | IDIOT.',
  'We were negligent and it will never happen again. Project Falcon ships in Q3 results.',
  'THIS IS NOT OK. WE DID NOTHING WRONG!!!',
  `${'We are sorry. '.repeat(5)}${'word '.repeat(70)}`,
  'word '.repeat(70),
  `We're sorry. ${'x'.repeat(25_000)}`,
  'Usted está equivocado. Cálmese, es su culpa por no leer el manual.',
];

const CONFIDENTIAL = ['Project Falcon', 'Bluebird', 'Nightjar', 'Q3-results', 'price | hike'];

const CONTEXTS: DraftContext[] = [
  {
    platform: 'x',
    replyingTo: { text: COMPLAINT, author: '@dana_k' },
    confidentialTerms: CONFIDENTIAL,
    allowedContacts: ['support@acme.com'],
    brandTerms: ['Acme', 'AcmeCloud'],
    incident: { active: true, approver: 'Dana Reyes (PR | lead)', approvalStep: 'Legal review in #crisis-room' },
  },
  { platform: 'tiktok', replyingTo: { text: 'Does the new model support USB-C charging?' }, confidentialTerms: CONFIDENTIAL, incident: { active: true, approver: 'Dana Reyes' } },
  { platform: 'bluesky', replyingTo: { text: COMPLAINT, label: 'negative', signals: ['anger'] }, maxLength: 60, incident: { active: true, approvalStep: 'Legal review' } },
  { platform: 'youtube', incident: { active: true } },
  // A legal threat answered outside an incident: the reminder to have the reply checked.
  { platform: 'reddit', replyingTo: { text: 'Your kettle burned my counter and support ignored me. My lawyer will be in touch.' } },
];

const DRAFTS = [...draftsInTests(), ...CRAFTED];

/** The locale's messages, noting which were used. */
function tracked(messages: CoachMessages, used: Set<string>): CoachMessages {
  const entries = Object.entries(messages).map(([name, message]) => [
    name,
    (...args: unknown[]) => {
      used.add(name);
      return (message as (...values: unknown[]) => string)(...args);
    },
  ]);
  return Object.fromEntries(entries) as unknown as CoachMessages;
}

const HOUR = 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 23, 12);

const PRE_APPROVED: PreApprovedMessage[] = [
  { id: 'holding', title: 'Holding statement', text: 'We know and we are on it.', owner: 'Dana Reyes (PR lead)', expires: NOW + 3 * HOUR },
  { id: 'soon', title: '', text: 'We are looking into it.', expires: NOW + 25 * 60_000 },
  { id: 'old', title: 'Old', text: 'An old line.', expires: NOW - 30 * 60 * 60_000 },
  { id: 'older', title: 'Older', text: 'An older line.', owner: 'Сергей', expires: NOW - 3 * 24 * HOUR - 7 * 60_000 },
  { id: 'long', title: 'Long', text: `${'A long statement. '.repeat(40)}`, owner: 'Dana' },
  { id: 'later', title: 'Later', text: 'Still fine.', expires: NOW + 10 * 24 * HOUR },
  // An expiry the plan cannot read reaches the coach as 0 (messageExpiresAt).
  { id: 'unreadable', title: 'Unreadable', text: 'A line.', expires: 0 },
];

const POSTS = [
  { text: COMPLAINT, author: '@dana_k' },
  { text: 'My account was hacked and someone changed my password. Scary.', author: 'Priya Shah' },
  { text: 'I am so angry right now.', author: '@sam' },
  { text: 'Love the new update, great work!', author: '@fan' },
  { text: 'Does the new model support USB-C charging?' },
  { text: 'you people are clowns, pathetic brand lol', author: '@troll' },
  { text: 'Hola, mi pedido llegó roto y nadie me responde. Quiero un reembolso.', author: 'María López' },
];

const suggestionContexts: SuggestionContext[] = PLATFORM_IDS.flatMap((platform) =>
  (['formal', 'friendly'] as const).flatMap((voice) =>
    [...POSTS, undefined].map(
      (replyingTo): SuggestionContext => ({
        platform,
        voice,
        now: NOW,
        preApproved: PRE_APPROVED,
        ...(replyingTo ? { replyingTo } : {}),
        ...(platform === 'youtube' ? { privateContact: 'support@acme.com' } : {}),
        ...(platform === 'linkedin' ? { maxLength: 200 } : {}),
      }),
    ),
  ),
);

describe('the locale file says exactly what the English default says', () => {
  test('every finding of every draft in the coach’s tests, in five contexts', { timeout: 120_000 }, () => {
    useEnglishMessages();
    const used = new Set<string>();
    const locale = tracked(localeCoachMessages, used);
    const codes = new Set<string>();
    let findings = 0;
    for (const context of CONTEXTS) {
      for (const draft of DRAFTS) {
        const english = analyzeDraft(draft, context);
        const fromLocale = analyzeDraft(draft, context, locale);
        if (fromLocale.length !== english.length || fromLocale.some((finding, i) => finding.why !== english[i]!.why)) {
          expect({ draft, why: fromLocale.map((f) => f.why) }).toEqual({ draft, why: english.map((f) => f.why) });
        }
        expect(fromLocale).toEqual(english);
        for (const finding of english) codes.add(finding.code);
        findings += english.length;
      }
    }
    expect(DRAFTS.length).toBeGreaterThan(1000);
    expect(findings).toBeGreaterThan(5000);
    // Every kind of finding, and every message of a finding, was compared.
    expect([...codes].sort()).toEqual([...FINDING_CODES].sort());
    const findingMessages = Object.keys(ENGLISH_COACH_MESSAGES).filter(
      (name) => !['suggestionTitle', 'expiredAgo', 'expiryUnreadable', 'expiresIn', 'longerThan', 'owner', 'noteSeparator', 'noReplyNeeded', 'postNotEnglish', 'answerInPublic', 'minutes', 'hours', 'days', 'durationSeparator'].includes(name),
    );
    expect(findingMessages.filter((name) => !used.has(name))).toEqual([]);
  });

  test('the pinned lines, read through the locale file', () => {
    useEnglishMessages();
    const why = (draft: string, context: DraftContext = CONTEXTS[0]!) => analyzeDraft(draft, context, localeCoachMessages).map((finding) => finding.why);
    expect(why('Hi [name], about {issue}: [what we found] and [when].', { platform: 'x' })).toEqual([
      'Fill in “[name]”, “{issue}” and 2 more blanks before posting: they would go out exactly as written.',
    ]);
    expect(why('Hi [name], about {issue}: [what we found].', { platform: 'x' })).toEqual([
      'Fill in “[name]”, “{issue}” and 1 more blank before posting: they would go out exactly as written.',
    ]);
    expect(why(`We're sorry. ${'x'.repeat(25_000)}`, { platform: 'x' })).toEqual([
      '25,013 characters: X allows 280. Cut it, and keep a crisis reply to a few short sentences.',
    ]);
    expect(why('Write to jo@example.com, call +44 7700 900123, card 4242 4242 4242 4242.', { platform: 'x' })).toEqual([
      'This shows an e-mail address, a phone number and a card number in public. Move it to a private message and leave it out of the reply.',
    ]);
  });

  test('page and plan text with " | " in it is data: it never picks a plural form', () => {
    useEnglishMessages();
    const context = CONTEXTS[0]!;
    const draft = 'Hi [name | handle], about {issue}: [what we | found] and the price hike.';
    const whys = analyzeDraft(draft, context, localeCoachMessages).map((finding) => finding.why);
    expect(whys).toEqual(analyzeDraft(draft, context).map((finding) => finding.why));
    expect(whys).toContain('Fill in “[name | handle]”, “{issue}” and 1 more blank before posting: they would go out exactly as written.');
    expect(whys).toContain('The crisis plan marks “price | hike” as confidential: it must not appear in public.');
    expect(whys).toContain('An incident is active: this reply needs approval from Dana Reyes (PR | lead) (Legal review in #crisis-room) before you post it.');
  });

  test('suggestions’ titles and notes, on every platform, in both voices, for every kind of post', () => {
    useEnglishMessages();
    const used = new Set<string>();
    const locale = tracked(localeCoachMessages, used);
    let notes = 0;
    for (const context of suggestionContexts) {
      const english = suggestReplies(context);
      expect(suggestReplies(context, locale)).toEqual(english);
      notes += english.filter((suggestion) => suggestion.note).length;
    }
    expect(notes).toBeGreaterThan(100);
    expect(['suggestionTitle', 'expiredAgo', 'expiryUnreadable', 'expiresIn', 'longerThan', 'owner', 'noteSeparator', 'noReplyNeeded', 'postNotEnglish', 'answerInPublic', 'minutes', 'hours', 'days', 'durationSeparator'].filter((name) => !used.has(name))).toEqual(
      [],
    );
    const titles = new Set(suggestionContexts.flatMap((context) => suggestReplies(context, locale).map((suggestion) => suggestion.title)));
    for (const title of ['Apologise and offer help', 'Acknowledge and offer a next step', 'Short', 'Thank them', 'Offer help', 'Take it to DM', 'Take it private', 'Pre-approved message']) {
      expect(titles).toContain(title);
    }
    const pinned = suggestReplies({ platform: 'x', now: NOW, preApproved: PRE_APPROVED }, locale);
    expect(pinned.filter((suggestion) => suggestion.kind === 'pre-approved').map((suggestion) => [suggestion.title, suggestion.note])).toEqual([
      ['Holding statement', 'Expires in 3 hours · Owner: Dana Reyes (PR lead)'],
      ['Pre-approved message', 'Expires in 25 minutes'],
      ['Later', undefined],
      ['Old', 'Expired 1 day 6 hours ago'],
      ['Older', 'Expired 3 days 7 minutes ago · Owner: Сергей'],
      ['Long', 'Longer than X allows (720/280) · Owner: Dana'],
      ['Unreadable', 'Its approval date cannot be read: enter it again in the crisis plan'],
    ]);
  });
});

describe('every word is the locale file’s (pseudo-locale)', () => {
  /** The Latin words of `text` that are not the draft's or the plan's own. */
  const foreign = (text: string, data: string): string[] => (text.match(/[A-Za-z]+/g) ?? []).filter((word) => !data.includes(word));
  const planData = (context: DraftContext) =>
    [...(context.confidentialTerms ?? []), context.incident?.approver ?? '', context.incident?.approvalStep ?? ''].join('\n');

  test('a finding’s line: no Latin letter but the draft’s words and the plan’s', { timeout: 120_000 }, () => {
    usePseudoMessages();
    const leaks: Array<{ draft: string; finding: Finding; words: string[] }> = [];
    for (const context of CONTEXTS) {
      for (const draft of DRAFTS) {
        for (const finding of analyzeDraft(draft, context, localeCoachMessages)) {
          const words = foreign(finding.why, `${draft}\n${planData(context)}`);
          if (words.length > 0) leaks.push({ draft, finding, words });
        }
      }
    }
    expect(leaks.slice(0, 5)).toEqual([]);
  });

  test('suggestions’ titles and notes: no Latin letter but the plan’s own (titles, owners)', () => {
    usePseudoMessages();
    const plan = PRE_APPROVED.flatMap((message) => [message.title, message.owner ?? '']).join('\n');
    for (const context of suggestionContexts) {
      for (const suggestion of suggestReplies(context, localeCoachMessages)) {
        expect(foreign(suggestion.title, plan)).toEqual([]);
        expect(foreign(suggestion.note ?? '', plan)).toEqual([]);
      }
    }
  });
});

describe('counts in the length line', () => {
  // One long sentence of 63 words: past the guideline's word count, with a single sentence.
  const draft = `We are so sorry about the delay with your order and we understand how frustrating it is to wait this long for something you paid for in good faith ${'and we will make it right '.repeat(6)}today`;

  test.each([
    ['English default', () => analyzeDraft(draft, { platform: 'mastodon' })],
    ['locale file', () => (useEnglishMessages(), analyzeDraft(draft, { platform: 'mastodon' }, localeCoachMessages))],
  ])('one sentence is "1 sentence", not "1 sentences" (%s)', (_, run) => {
    const line = run().find((finding) => finding.code === 'too-long')?.why ?? '';
    expect(line).toMatch(/^1 sentence, \d+ words: /);
  });
});

describe('figures are written the way the browser language writes them', () => {
  test('German separators in the locale’s lines; English by default', () => {
    useEnglishMessages();
    const draft = `We're sorry. ${'x'.repeat(25_000)}`;
    const longDraft = `${'We are sorry. '.repeat(3)}${'word '.repeat(1_200)}`;
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de');
    try {
      expect(analyzeDraft(draft, { platform: 'x' }, localeCoachMessages).map((finding) => finding.why)).toEqual([
        '25.013 characters: X allows 280. Cut it, and keep a crisis reply to a few short sentences.',
      ]);
      const words = analyzeDraft(longDraft, { platform: 'reddit' }, localeCoachMessages).find((finding) => finding.code === 'too-long')?.why ?? '';
      expect(words).toContain('1.209 words');
    } finally {
      vi.restoreAllMocks();
    }
    useEnglishMessages();
    expect(analyzeDraft(draft, { platform: 'x' }, localeCoachMessages)[0]?.why).toMatch(/^25,013 characters/);
    expect(analyzeDraft(longDraft, { platform: 'reddit' }).find((finding) => finding.code === 'too-long')?.why).toContain('1,209 words');
  });
});
