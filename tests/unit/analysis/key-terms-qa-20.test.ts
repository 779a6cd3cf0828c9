// "What it is about" on spikes QA wrote (twentieth session): a counting bot is one voice, a plural of three
// letters is its singular, and no term starts with a preposition.
import { describe, expect, test } from 'vitest';
import { keyTerms } from '@/utils/analysis/key-terms';

/** Ordinary posts about the brand, the normal to set a spike against. */
const ORDINARY = [
  'Just made my morning tea with the Brewly kettle, love it', 'Brewly kettle arrived today', 'Does the Brewly kettle come in black?',
  'My Brewly toaster is great', 'Brewly sale this weekend', 'Brewly customer service sorted my order quickly', 'Is the Brewly blender worth it?',
  'Brewly delivery was fast', 'Brewly app is handy for recipes', 'New Brewly colours look lovely', 'Sent Brewly a DM about my order',
];
const BASELINE = Array.from({ length: 300 }, (_, i) => ORDINARY[i % ORDINARY.length]!);

// Copies count as one voice (k copies weigh 1 + ln k), "give or take case, links, handles and emoji". A
// giveaway bot that puts a counter in each post ("entry 1000", "entry 1001"...) is not one voice any more:
// its 30 posts weigh as 30 people, and "air fryer", "entry", "giveaway" and "prize" rank with or above
// the real topic of the spike, "outage". The same bot without the counter ranks below it.

const OUTAGE = Array.from({ length: 30 }, (_, i) =>
  ['Brewly app outage again, day 2 of this', 'Is there a Brewly outage? app will not load', 'Brewly outage means my smart kettle is useless',
    'Another Brewly outage, seriously', 'Brewly outage still ongoing?', 'outage at Brewly, cannot log in'][i % 6]! +
  (i >= 6 ? ` (${['ugh', 'again', 'come on', 'sigh', 'why'][i % 5]})` : ''),
);
const SPAM_TERMS = ['air fryer', 'entry', 'giveaway', 'prize'];

describe('a bot repeating one post with a counter is one voice', () => {
  test('exact copies rank below the real topic (as documented)', () => {
    const copies = Array.from({ length: 30 }, () => 'Win a free Brewly air fryer! Claim your prize in our giveaway bit.ly/abc');
    const terms = keyTerms([...OUTAGE, ...copies], BASELINE);
    expect(terms[0]!.term).toBe('outage');
  });

  test('copies that differ only by a number and a link rank below it too', () => {
    const numbered = Array.from({ length: 30 }, (_, i) => `Win a free Brewly air fryer! Claim your prize in our giveaway, entry ${1000 + i} bit.ly/abc${i}`);
    const terms = keyTerms([...OUTAGE, ...numbered], BASELINE);
    const outage = terms.find((t) => t.term === 'outage')!;
    expect(terms[0]!.term, terms.map((t) => `${t.term} ${t.score.toFixed(2)}`).join(', ')).toBe('outage');
    for (const spam of terms.filter((t) => SPAM_TERMS.includes(t.term))) expect(spam.score).toBeLessThan(outage.score);
  });
});

// A phrase "never crosses a function word", yet "over" leads one: "kettles recalled over fire risk" gives
// the term "over fire risk" (the alert reads "about: over fire risk"), where "fire risk" is meant.

const RECALL = [
  'Brewly kettles recalled over fire risk', 'Brewly recalls kettles over fire risk, check yours', 'Kettle recall over fire risk at Brewly',
  'Brewly kettle recalled over a fire risk', 'So Brewly recalled my kettle over fire risk', 'Brewly recall: kettles pulled over fire risk',
];

describe('a term never starts with a preposition', () => {
  test('"recalled over fire risk" gives "fire risk"', () => {
    const terms = keyTerms(Array.from({ length: 36 }, (_, i) => RECALL[i % RECALL.length]!), BASELINE).map((t) => t.term);
    expect(terms.filter((t) => /^(?:over|about|after|for|of|in|on|at|with)\b/.test(t)), terms.join(', ')).toEqual([]);
    expect(terms).toContain('fire risk');
  });
});

// singular() leaves words of three letters alone, so "ads" and "ad" (and "DMs"/"DM") are separate terms:
// a boycott over an advert reads "about: ad, ads".

const BOYCOTT = [
  'The new Brewly ad is offensive', 'Brewly ads mocking nurses. Awful', 'Pull the ad, Brewly', 'Brewly ads are so insulting to nurses',
  'That Brewly ad is a new low', 'Seen the Brewly ads? Disgusting', 'Brewly ignores every DM about the ad', 'I sent three DMs to Brewly about the ad',
  'Brewly will not answer DMs about the ads',
];
const SPIKE = Array.from({ length: 45 }, (_, i) => `${BOYCOTT[i % BOYCOTT.length]!}${['', '!', ' smh', ' #nurses', ' honestly'][Math.floor(i / 9)]}`);

describe('a plural of three letters is the same term as its singular', () => {
  test('"ad" and "ads", "dm" and "dms" are one term each', () => {
    const terms = keyTerms(SPIKE, BASELINE, { limit: 15 }).map((t) => t.term);
    // One term each, shown in its most written form.
    expect(terms.filter((term) => term === 'ad' || term === 'ads'), terms.join(', ')).toHaveLength(1);
    expect(terms.filter((term) => term === 'dm' || term === 'dms'), terms.join(', ')).toHaveLength(1);
    // "bus", "gas" and "yes" are not plurals.
    const fuel = keyTerms(Array.from({ length: 20 }, () => 'Brewly gas hob leaking gas, bus driver smelled it too'), BASELINE).map((t) => t.term);
    expect(fuel.some((term) => term === 'ga' || term === 'bu'), fuel.join(', ')).toBe(false);
  });
});
