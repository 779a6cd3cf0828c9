// An -ing word that names a thing of its own ("pricing", "shipping", "billing", "packaging", "savings")
// is its own term, never a form of its base word ("price", "ship", "bill", "package", "save"), while a
// verb's -ing and -ed forms still go with it ("boycotting", "boycotted": "boycott"; "cancelling",
// "cancelled": "cancel").
import { describe, expect, test } from 'vitest';
import { keyTerms, type KeyTerm } from '@/utils/analysis/key-terms';

/** Ordinary posts about the brand that say the base words in their usual senses ("price", "ship", "bill", "package", "saving"). */
const ORDINARY = [
  'Just made my morning tea with the Brewly kettle, love it', 'Good price for the Brewly kettle', 'Brewly prices are fair for the quality',
  'Does Brewly ship to Canada?', 'My Brewly package arrived today', 'Price of the Brewly toaster dropped', 'Brewly sale this weekend',
  'Brewly customer service sorted my order quickly', 'Brewly sent the bill by email', 'Is the Brewly blender worth the price?',
  'Brewly delivery was fast', 'Saving up for a Brewly espresso machine', 'Brewly app is handy for recipes',
];
const BASELINE = Array.from({ length: 300 }, (_, i) => ORDINARY[i % ORDINARY.length]!);

/** `posts` said `times` over, each copy with a different ending so that copies are not one voice. */
const spikeOf = (posts: readonly string[], times = 4): string[] =>
  Array.from({ length: posts.length * times }, (_, i) => `${posts[i % posts.length]!}${['', '!', ' smh', ' ugh', ' honestly'][Math.floor(i / posts.length) % 5]}`);

const show = (terms: readonly KeyTerm[]): string => terms.map((t) => `${t.term} ${t.count}`).join(', ');
/** The terms holding `word` as a word. */
const holding = (terms: readonly KeyTerm[], word: string): KeyTerm[] => terms.filter((t) => t.term.split(' ').includes(word));

const PRICING = [
  "Brewly's new pricing is a joke", 'The new pricing from Brewly is insane', 'Brewly pricing change is outrageous, $12 more for the same pods',
  'Anyone else see the Brewly pricing change? Cancelling my plan', 'Brewly is pricing loyal customers out', 'This pricing is greedy. Done with Brewly',
  'Brewly pricing used to be fair', 'the subscription pricing at Brewly makes no sense now', 'Brewly raised the price again, new pricing is a rip off',
  'Why did Brewly change their pricing without telling anyone',
];

const SHIPPING = [
  'Brewly shipping delays are ridiculous', 'Brewly shipping takes forever now', 'Brewly shipping update: still nothing',
  'Shipping from Brewly takes 3 weeks', 'Brewly shipping costs went up and it is slower', 'Brewly shipped my order to the wrong address',
  "Brewly hasn't shipped my kettle yet", 'Shipping costs doubled at Brewly and still late', 'Brewly shipping delay again, ordered two weeks ago',
  'Brewly shipping is a disaster this month',
];

const BILLING = [
  'Brewly billing error cost me $80', 'Brewly needs to fix its billing', 'Brewly billing charged me twice for one kettle',
  'Brewly double billing me again', 'Billing charged me twice, Brewly', 'Brewly billing is broken', 'Brewly billed me twice this month',
  'Brewly billing support will not refund the double charge',
];

const PACKAGING = [
  'Brewly misleading packaging, the box is half empty', 'Misleading packaging from Brewly again', "Brewly packaging says 500g, there's 300g inside",
  'That Brewly packaging is so misleading', 'Brewly packaged the coffee in a huge box, misleading packaging', 'Brewly packaging is a scam',
];

const SAVINGS = [
  'Brewly froze my savings', "Can't access my savings on Brewly", 'Save yourself the stress, saving with Brewly was a mistake', 'Brewly is saving money by cutting support',
  'My savings are stuck in Brewly', 'Brewly savings account locked for a week', 'Brewly saved nothing for me, lost my savings',
];

describe('an -ing word that names a thing is not its base word', () => {
  test('a spike about the new pricing is about "pricing", against a baseline that says "price"', () => {
    const terms = keyTerms(spikeOf(PRICING), BASELINE, { limit: 15 });
    const pricing = holding(terms, 'pricing');
    // 9 of the 10 posts say "pricing" (one as a verb: "pricing loyal customers out"); 7 outside "pricing change".
    expect(pricing.reduce((sum, t) => sum + t.count, 0), show(terms)).toBeGreaterThanOrEqual(28);
    expect(holding(terms, 'price'), show(terms)).toEqual([]);
  });

  test('a shipping delay spike is about "shipping", never "ship"', () => {
    const terms = keyTerms(spikeOf(SHIPPING), BASELINE, { limit: 15 });
    expect(terms.map((t) => t.term), show(terms)).toContain('shipping');
    expect(terms.find((t) => t.term === 'shipping')!.count, show(terms)).toBeGreaterThanOrEqual(16);
    expect(holding(terms, 'ship'), show(terms)).toEqual([]);
  });

  test('double billing is about "billing", never "bill"', () => {
    const terms = keyTerms(spikeOf(BILLING), BASELINE, { limit: 15 });
    expect(holding(terms, 'billing').reduce((sum, t) => sum + t.count, 0), show(terms)).toBeGreaterThanOrEqual(24);
    expect(holding(terms, 'bill'), show(terms)).toEqual([]);
  });

  test('misleading packaging is about "packaging", never "package"', () => {
    const terms = keyTerms(spikeOf(PACKAGING), BASELINE, { limit: 15 });
    // "misleading packaging", said in half the posts that say "packaging", stands for it.
    expect(holding(terms, 'packaging').map((t) => t.term), show(terms)).toContain('misleading packaging');
    expect(holding(terms, 'package'), show(terms)).toEqual([]);
  });

  test('"savings" (a plural: always a thing) is not "saving" read as a verb, nor "save"', () => {
    const terms = keyTerms(spikeOf(SAVINGS), BASELINE, { limit: 15 });
    expect(terms.find((t) => t.term === 'savings')?.count, show(terms)).toBeGreaterThanOrEqual(12);
    expect(holding(terms, 'save'), show(terms)).toEqual([]);
  });
});

describe('a verb\'s forms still go with it', () => {
  test('"cancelling" and "cancelled" count with "cancel"', () => {
    const posts = [
      'Cancelling my Brewly subscription', 'Just cancelled Brewly', 'Time to cancel Brewly', 'Brewly cancelled my order without telling me',
      'cancelling Brewly today', 'Brewly keeps cancelling orders', 'I cancelled my Brewly plan',
    ];
    const terms = keyTerms(spikeOf(posts), BASELINE, { limit: 15 });
    // "cancel" is a verb: at most one term of its forms, never two.
    expect(terms.filter((t) => t.term.startsWith('cancel')), show(terms)).toHaveLength(1);
  });
});
