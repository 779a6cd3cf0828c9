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
    ['Ana Lima', /^Hello Ana Lima, /],
    ['Sam Acmeson', /^Hello Sam Acmeson, /],
  ])('a customer %j is greeted by name', (author, greeting) => {
    for (const text of texts(author)) expect(text).toMatch(greeting);
  });

  test('without brand terms every author is greeted as before', () => {
    for (const text of texts('@acmecoffee', { brandTerms: undefined })) expect(text).toMatch(/^Hello @acmecoffee, /);
  });
});
