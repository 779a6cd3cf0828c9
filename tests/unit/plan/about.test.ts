// "What it is about" (the dashboard, the post-mortem) reads posts without e-mail addresses, links and
// HTML-looking tags (QA 2: "email careacmeexample ×1" and "img ×2" were listed as topics).
import { describe, expect, test } from 'vitest';
import { aboutTerms } from '@/utils/plan/about';
import type { Mention } from '@/utils/tracking/db';
import { brandMention } from '../tracking/mention';

// Texts of the fixture pages the QA browsed (tests/fixtures: Facebook, YouTube, Bluesky, LinkedIn, Threads, TikTok).
const NEGATIVE = [
  "We hear you, and we're sorry. A voluntary recall starts Monday — please email care@acme.example with your order number.",
  'Still no word. Please email care@acme.example is all they say, my kettle is dead.',
  'Their site shows <img src=x onerror=alert(1)> instead of the menu since the update. Anyone else?',
  '<img src=x onerror=alert(1)> lol imagine if that was the recall form',
  'Heads-up: their order form renders notes as HTML. <img src=x onerror=alert(1)> fires on the confirmation page. Reported privately.',
  'the acme app literally shows <script>alert(1)</script> where my rewards should be',
  "the label says <b>decaf</b> but it's clearly not lol",
  'The kettle recall page is down: https://acme.example/recall?ref=mail and acme.example/recall both fail',
  'kettle recall form still broken, kettle still dead',
];

const mentions = (texts: readonly string[]): Mention[] => texts.map((excerpt, i) => brandMention(`n${i}`, 1_000 + i, true, { excerpt }));

describe('aboutTerms', () => {
  test('no e-mail address, link, tag or attribute is a topic; the words around them are', () => {
    const terms = aboutTerms(mentions(NEGATIVE), [], new Set(['acme'])).map((term) => term.term.toLowerCase());
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) expect(term).not.toMatch(/img|src|onerror|script|careacme|acmeexample|example|https|email care|^b$/);
    expect(terms).toEqual(expect.arrayContaining(['kettle recall', 'recall form']));
  });
});
