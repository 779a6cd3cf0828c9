// Suggested replies never greet the brand itself: its names and handles (the coach's brandTerms)
// in any of the forms a page shows them. A customer's name is still used.
import { describe, expect, test } from 'vitest';
import { suggestReplies, type SuggestionContext } from '@/utils/coach';

const BRAND_TERMS = ['Acme', 'Acme Coffee', 'Brewly Pro', 'acmecoffee'];
const COMPLAINT = 'My order never arrived and your support has ignored me for a week. Furious.';

const texts = (author: string, context: Partial<SuggestionContext> = {}) =>
  suggestReplies({ platform: 'x', brandTerms: BRAND_TERMS, replyingTo: { text: COMPLAINT, author }, ...context })
    .filter((suggestion) => suggestion.kind !== 'pre-approved')
    .map((suggestion) => suggestion.text);

describe('greetings', () => {
  test.each(['@acmecoffee', 'acmecoffee', '@AcmeCoffee', 'Acme Coffee', 'Acme Home', 'Acme', '@acmecoffee@mastodon.social', '@acme.bsky.social', '@acmecoffee_support', 'The Acme Store'])(
    'the brand as %j is never greeted',
    (author) => {
      const formal = texts(author);
      expect(formal.length).toBeGreaterThan(0);
      for (const text of formal) expect(text).not.toMatch(/acme|^Hello/i);
      // The friendly voice greets no one by name instead.
      for (const text of texts(author, { voice: 'friendly' })) expect(text).toMatch(/^Hi there, /);
    },
  );

  test.each([
    ['@sam_patel', /^Hello @sam_patel, /],
    ['Ana Lima', /^Hello Ana, /],
    ['Sam Acmeson', /^Hello Sam, /],
  ])('a customer %j is greeted by name', (author, greeting) => {
    for (const text of texts(author)) expect(text).toMatch(greeting);
  });

  // A display name with more than a name in it ("Sarah Chen, Daily Post", a job, a flag, pronouns) was
  // greeted whole: "Hello Sarah Chen, Daily Post, we …". The greeting takes the first name where the
  // name is plainly one, and greets no one where it is not.
  test.each([
    ['Sarah Chen, Daily Post', 'Sarah'],
    ['Sarah Chen | Reporter at The Daily Post', 'Sarah'],
    ['Sam 🇬🇧 (he/him)', 'Sam'],
    ['🌻 María José López 🌻', 'María'],
    ["Seán O'Brien - Tech writer", 'Seán'],
    ['Dr Sarah Chen', 'Dr Chen'],
    ['Tom at the BBC', 'Tom'],
  ])('a display name %j is greeted by the first name, %j', (author, name) => {
    for (const text of texts(author)) expect(text).toMatch(new RegExp(`^Hello ${name}, we `));
    for (const text of texts(author, { voice: 'friendly' })) expect(text).toMatch(new RegExp(`^Hi ${name}, `));
  });

  test.each(['The Daily Post', 'Breaking News 24/7', '🔥🔥🔥 (she/her)', 'not happy customer', 'Daily Post Newsdesk', 'SARAH CHEN', 'xX_gamer 99 Xx', 'Kettle Owners Club UK'])(
    'a display name that is not plainly a person\'s, %j, is greeted by no name',
    (author) => {
      const formal = texts(author);
      expect(formal.length).toBeGreaterThan(0);
      for (const text of formal) expect(text).toMatch(/^We /);
      for (const text of texts(author, { voice: 'friendly' })) expect(text).toMatch(/^Hi there, /);
    },
  );

  test("handles are greeted as the platform writes them: Reddit's u/name, a bare handle on X", () => {
    for (const text of texts('u/sam_patel', { platform: 'reddit' })) expect(text).toMatch(/^Hello u\/sam_patel, /);
    for (const text of texts('sam_patel')) expect(text).toMatch(/^Hello @sam_patel, /);
  });

  test('without brand terms every author is greeted as before', () => {
    for (const text of texts('@acmecoffee', { brandTerms: undefined })) expect(text).toMatch(/^Hello @acmecoffee, /);
  });
});
