// The coach reads English only. A draft in another language gets one note saying so, instead of
// verdicts from English phrase lists that cannot read it ("No acknowledgement" on a polite German
// apology, nothing at all on a Spanish put-down).
import { describe, expect, test } from 'vitest';
import { analyzeDraft, findingCodes, suggestReplies, type DraftContext } from '@/utils/coach';

const COMPLAINT: DraftContext = { platform: 'x', replyingTo: { text: 'Brewly refused my refund. Worst service ever, I am furious.', author: '@sam' } };
const QUESTION: DraftContext = { platform: 'x', replyingTo: { text: 'Does it support USB-C?' } };
const NONE: DraftContext = { platform: 'mastodon' };

const SPANISH = 'Usted está equivocado. Cálmese, es su culpa por no leer el manual.';
const GERMAN = 'Es tut uns sehr leid. Bitte schreiben Sie uns eine DM, dann kümmern wir uns darum.';
const FRENCH = 'Nous sommes désolés pour ce problème. Envoyez-nous un message privé et nous allons vous aider.';

describe('a draft that seems not to be in English', () => {
  test.each([
    [SPANISH, COMPLAINT],
    [SPANISH, QUESTION],
    [SPANISH, NONE],
    [GERMAN, COMPLAINT],
    [GERMAN, NONE],
    [FRENCH, COMPLAINT],
  ])('%j gets one informational note and no English-only verdict', (draft, context) => {
    const findings = analyzeDraft(draft, context);
    expect(findingCodes(findings)).toBe('not-english');
    const note = findings[0]!;
    expect(note.severity).toBe('info');
    expect(note.spans).toEqual([]);
    expect(note.why).toMatch(/English only/);
    expect(note.why).toMatch(/check the tone/);
  });

  test('keeps what does not depend on the language: personal data, confidential terms, the platform limit, the approval step', () => {
    const context: DraftContext = { ...COMPLAINT, confidentialTerms: ['Proyecto Halcón'], incident: { active: true, approver: 'Dana' } };
    const draft = `Lo siento, es muy tarde para el pedido. Escriba a sam.patel@gmail.com sobre el Proyecto Halcón. ${'Gracias y saludos para usted. '.repeat(12)}`;
    expect(findingCodes(analyzeDraft(draft, context))).toBe('confidential needs-approval not-english personal-data too-long');
  });

  test('an English insult in it still counts', () => {
    expect(findingCodes(analyzeDraft('Usted es un idiot, y no es nuestro problema.', QUESTION))).toBe('hostile not-english');
  });

  test('English drafts with a foreign word or two stay English', () => {
    expect(findingCodes(analyzeDraft("I'm so sorry, that's not the experience we want. Merci for your patience: please DM us.", COMPLAINT))).toBe('');
    expect(findingCodes(analyzeDraft('Please send us a DM.', COMPLAINT))).toBe('no-acknowledgement');
  });

  test('a pre-approved message in another language needs no note: the plan approved its wording', () => {
    const context: DraftContext = { ...COMPLAINT, preApproved: [{ id: 'es', title: 'German holding', text: GERMAN }] };
    expect(analyzeDraft(GERMAN, context)).toEqual([]);
  });
});

// A complaint in Spanish got English replies with no word said: the coach reads English only, so it could
// neither tell the complaint nor answer in the person's language. The first suggestion now says so.
describe('a post that seems not to be in English', () => {
  test.each([
    'Hola, mi pedido llegó roto y nadie me responde. Quiero un reembolso.',
    'Der Service ist furchtbar und ich warte seit zwei Wochen auf mein Geld.',
    "Je suis très déçu, la bouilloire ne marche pas et personne ne répond.",
  ])('%j: the first suggestion says the replies are in English', (text) => {
    const suggestions = suggestReplies({ platform: 'x', replyingTo: { text, author: '@cliente' } });
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions[0]!.note).toMatch(/post seems not to be in English.*replies are in English/);
    expect(suggestions.slice(1).every((suggestion) => suggestion.note === undefined)).toBe(true);
  });

  test('an English post, or none, gets no such note', () => {
    for (const context of [COMPLAINT, QUESTION, NONE]) {
      for (const suggestion of suggestReplies(context)) expect(suggestion.note ?? '').not.toMatch(/English/);
    }
  });
});
