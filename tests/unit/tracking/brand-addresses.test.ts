// E-mail addresses and links never name the brand, not even the brand's own site; a bare domain is a
// name as people write it (the rule: utils/tracking/addresses.ts). QA 2: "care@acme.example" in
// @AcmeHome's YouTube reply and "acme.example/recall" in a LinkedIn post were "Mentions your brand: Acme".
import { describe, expect, test } from 'vitest';
import { addressSpans, topicText } from '@/utils/tracking/addresses';
import type { BrandProfile } from '@/utils/tracking/brand';
import { expectHits, type Case } from './brand-hits';

const acme: BrandProfile = {
  names: ['Acme', 'Acme Coffee', 'Booking.com'],
  handles: ['@acmecoffee', '@acme@mastodon.social', '@acme.bsky.social'],
  hashtags: ['#AcmeRecall'],
  products: ['KX-200'],
  exclusions: [],
};

describe('brand matching leaves addresses alone', () => {
  const check = expectHits(acme);
  test.each<Case>([
    // The QA's posts, as the fixtures hold them.
    ["We're sorry, Dana. Please email care@acme.example with your order number and we'll sort it today.", []],
    ['The KX-200 recall update is here: acme.example/recall', [['KX-200', 'KX-200']]],
    // Links in any form, the brand's own site too, and accounts inside them.
    ['https://acme.example/recall', []],
    ['see http://www.acme.com/help', []],
    ['www.acme.com', []],
    ['x.com/acme/status/1 lol', []],
    ['https://mastodon.social/@acme', []],
    ['https://example.com/#AcmeRecall', []],
    ['mailto:care@acme.example', []],
    ['CARE@ACME.EXAMPLE', []],
    ['care.team@acme.co.uk', []],
    // The words around them still count.
    ['Acme never answered care@acme.example', [['Acme', 'Acme']]],
    ['(acme.example/recall) Acme Coffee is a joke', [['Acme', 'Acme'], ['Acme Coffee', 'Acme Coffee']]],
    ['my #AcmeRecall form at acme.example/recall', [['#AcmeRecall', '#AcmeRecall']]],
    // A bare domain is a name; a missing space after a full stop is text.
    ['acme.com is down', [['Acme', 'acme']]],
    ['Booking.com cancelled my room', [['Booking.com', 'Booking.com']]],
    ['Acme.Worst kettle ever', [['Acme', 'Acme']]],
    // Handles that look like addresses are handles.
    ['@acme@mastodon.social where is my refund', [['@acme@mastodon.social', '@acme@mastodon.social']]],
    ['ask @acme.bsky.social.', [['@acme.bsky.social', '@acme.bsky.social']]],
    ['@acmecoffee help', [['@acmecoffee', '@acmecoffee']]],
  ])('%s', check);
});

describe('addressSpans', () => {
  test('finds e-mail addresses and links, not handles, bare domains or fractions', () => {
    const text = 'mail care@acme.example or see acme.example/recall, https://acme.example?a=1 and www.acme.com; @acme@mastodon.social, acme.com, 3.5/5, and/or';
    expect(addressSpans(text).map(([start, end]) => text.slice(start, end))).toEqual([
      'care@acme.example',
      'acme.example/recall,',
      'https://acme.example?a=1',
      'www.acme.com;',
    ]);
  });

  test('stays fast on hostile input', () => {
    for (const text of ['a.'.repeat(100_000), `${'a'.repeat(200_000)}@`, 'a@b.'.repeat(50_000), 'x.co/'.repeat(50_000), '.a/'.repeat(60_000)]) {
      const started = performance.now();
      addressSpans(text);
      expect(performance.now() - started).toBeLessThan(1500);
    }
  });
});

describe('topicText: what a post is about is read without addresses and markup', () => {
  test.each([
    // QA 2: "email careacmeexample ×1" and "img ×2" under "What it is about".
    ['Please email care@acme.example and we will call you', 'Please email  ,  and we will call you'],
    ['acme’s app now shows <img src=x onerror=alert(1)> on the order page 🙃', 'acme’s app now shows   on the order page 🙃'],
    ['the label says <b>decaf</b> but it’s clearly not lol', 'the label says  decaf  but it’s clearly not lol'],
    ['the app shows <script>alert(1)</script> where my rewards should be', 'the app shows  alert(1)  where my rewards should be'],
    ['recall form: https://acme.example/recall?id=1 broken', 'recall form:  ,  broken'],
    // Not tags: a heart, comparisons, a word in angle brackets that is no element.
    ['<3 this kettle, 2 < 3 > 1, a <huge> problem', '<3 this kettle, 2 < 3 > 1, a <huge> problem'],
  ])('%s', (text, expected) => {
    expect(topicText(text)).toBe(expected);
  });
});
