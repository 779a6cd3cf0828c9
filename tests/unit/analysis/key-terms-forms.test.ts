// "What it is about" when one word is written in several forms ("boycott", "boycotting", "boycotts",
// "boycotted") or a fixed expression of two words ("tone deaf", "tone-deaf") is said: one term each.
import { describe, expect, test } from 'vitest';
import { keyTerms } from '@/utils/analysis/key-terms';

/** Ordinary posts about the brand, the normal to set a spike against. */
const ORDINARY = [
  'Just made my morning tea with the Brewly kettle, love it', 'Brewly kettle arrived today', 'Does the Brewly kettle come in black?',
  'My Brewly toaster is great', 'Brewly sale this weekend', 'Brewly customer service sorted my order quickly', 'Is the Brewly blender worth it?',
  'Brewly delivery was fast', 'Brewly app is handy for recipes', 'New Brewly colours look lovely', 'Sent Brewly a DM about my order',
];
const BASELINE = Array.from({ length: 300 }, (_, i) => ORDINARY[i % ORDINARY.length]!);

/** `posts` said `times` over, each copy with a different ending so that copies are not one voice. */
const spikeOf = (posts: readonly string[], times = 4): string[] =>
  Array.from({ length: posts.length * times }, (_, i) => `${posts[i % posts.length]!}${['', '!', ' smh', ' ugh', ' honestly'][Math.floor(i / posts.length) % 5]}`);

const BOYCOTT = [
  'Time to boycott Brewly',
  'Boycotting Brewly until they apologise',
  'The Brewly boycott is growing',
  'Boycotting Brewly from today, who is with me',
  'I support the boycott of Brewly',
  'Brewly boycotts are everywhere now',
  'We boycotted Brewly last year too',
  'Joining the boycott. Bye Brewly',
  'boycott brewly',
  'Boycotting this brand for good',
];

describe('inflected forms of one word are one term', () => {
  test('"boycott", "boycotting", "boycotts", "boycotted": one term, in its most written form, counting every post', () => {
    const terms = keyTerms(spikeOf(BOYCOTT), BASELINE, { limit: 15 });
    const forms = terms.filter((t) => t.term.startsWith('boycott'));
    expect(forms.map((t) => t.term), terms.map((t) => t.term).join(', ')).toEqual(['boycott']);
    // "Boycotting Brewly until…" and "Boycotting this brand…" count with it (each said in 4 of 40 posts).
    expect(forms[0]!.count).toBeGreaterThanOrEqual(24);
  });

  test('the form shown is the one written most', () => {
    const posts = ['Boycotting Brewly until they apologise', 'Boycotting Brewly from today', 'Boycotting this brand for good', 'the boycott starts now'];
    const terms = keyTerms(spikeOf(posts), BASELINE).map((t) => t.term);
    expect(terms.filter((term) => term.startsWith('boycott')), terms.join(', ')).toEqual(['boycotting']);
  });

  test('"ring" and "rings" are one term', () => {
    const rings = spikeOf(['My Brewly smart ring cracked', 'Both Brewly rings cracked', 'the ring from Brewly cracked in a week', 'rings cracking everywhere']);
    const terms = keyTerms(rings, BASELINE).map((t) => t.term);
    expect(terms.filter((term) => term === 'ring' || term === 'rings'), terms.join(', ')).toHaveLength(1);
  });

  test('words that only look like forms of one another stay apart', () => {
    // "building" (a thing) is not "build", "caring" is not "car", "sing" is not "s", "bus" is not "bu".
    const mixed = spikeOf([
      'The Brewly building is on fire', 'Smoke from the Brewly building', 'Brewly build quality is awful', 'the build on this Brewly is cheap',
      'Brewly staff caring for the kids', 'My car got towed at Brewly', 'Brewly car park flooded', 'Brewly made me sing the bus song',
      'Brewly bus stop sign fell', 'Brewly caring is a joke', 'Singing at Brewly, the staff sing badly',
    ]);
    const terms = keyTerms(mixed, BASELINE, { limit: 20 });
    const joined = terms.map((t) => `${t.term} ${t.count}`).join(', ');
    expect(terms.find((t) => t.term === 'building')?.count, joined).toBe(8);
    expect(terms.find((t) => t.term === 'car park')?.count, joined).toBe(4);
    for (const t of terms) expect(['s', 'bu', 'build', 'car', 'sing'], joined).not.toContain(t.term);
  });
});

const TONE = [
  'That Brewly ad was tone deaf',
  'Brewly is so tone deaf',
  'what a tone-deaf ad from Brewly',
  'Brewly marketing team is tone deaf',
  'tone deaf Brewly strikes again',
  'How is Brewly this tone-deaf',
];

describe('a fixed expression of two words stays whole', () => {
  test('"tone deaf" and "tone-deaf" are the term, never "tone" or "deaf ad"', () => {
    const terms = keyTerms(spikeOf(TONE), BASELINE, { limit: 15 }).map((t) => t.term);
    const joined = terms.join(', ');
    expect(terms, joined).toContain('tone deaf');
    for (const part of ['tone', 'deaf', 'deaf ad']) expect(terms, joined).not.toContain(part);
  });

  test('"tone deaf ad" is a phrase with the expression in it', () => {
    const posts = ['Brewly made a tone deaf ad', 'That tone deaf ad from Brewly', 'Brewly pulled the tone-deaf ad', 'tone deaf ad, Brewly. really'];
    const terms = keyTerms(spikeOf(posts), BASELINE, { limit: 15 }).map((t) => t.term);
    const joined = terms.join(', ');
    expect(terms.some((term) => term === 'tone deaf ad' || term === 'tone deaf'), joined).toBe(true);
    for (const part of ['tone', 'deaf ad']) expect(terms, joined).not.toContain(part);
  });

  test('a noun said often on its own is no fixed expression with an adjective beside it', () => {
    const posts = ['Brewly battery dead again', 'The Brewly battery swells', 'battery on my Brewly is hot', 'Brewly battery drains overnight', 'battery life on Brewly is awful'];
    const terms = keyTerms(spikeOf(posts), BASELINE).map((t) => t.term);
    expect(terms, terms.join(', ')).toContain('battery');
    expect(terms, terms.join(', ')).not.toContain('battery dead');
  });
});
