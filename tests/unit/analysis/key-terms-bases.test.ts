// Which words `keyTerms` counts as forms of one word: a verb's -ing and -ed forms go with it, on the
// right base even where the base is never written ("looked", "looking": "look", not "looke"), and a
// form with a meaning of its own never does ("based in London" is not "base", "living wage" not
// "live", "savings" not "save").
import { describe, expect, test } from 'vitest';
import { keyTerms, wordBases } from '@/utils/analysis/key-terms';

/** Posts that say the base words too ("boycott", "live", "base", "concern"…), the forms mostly as verbs. */
const SAID = [
  'Time to boycott Brewly', 'Boycotting Brewly until they apologise', 'We boycotted Brewly last year',
  'Cancel Brewly now', 'Cancelling my Brewly plan today', 'Just cancelled Brewly',
  'The Brewly charge on my card is wrong', 'Brewly charged me twice',
  'Still no reply from Brewly', 'Brewly replied with a form',
  'Stop buying Brewly', 'Brewly stopped replying',
  'Brewly staff are living on food banks', 'Nobody is living on a Brewly wage', 'I live near the Brewly factory',
  'Brewly is following me now', 'Following the Brewly story closely', 'Follow Brewly for updates',
  'Brewly is based in London', 'Brewly based the ad on a meme', 'The base model Brewly is fine',
  'I am concerned about Brewly', 'Customers concerned after the Brewly recall', 'My concern is the Brewly battery',
  'Brewly is meeting the union today', 'Meet the Brewly team',
  'Brewly is building a new plant', 'They build Brewly kettles in China',
  'Feeling sick after Brewly tea', 'I feel bad for Brewly staff',
  'Brewly is setting prices too high', 'Brewly settings menu is broken', 'They set the price too high',
  'Brewly this morning again', 'The Brewly evening event', 'Not even Brewly fans like it',
  'Being honest Brewly is done', 'Things at Brewly are bad', 'The thing with Brewly is the price',
  'Brewly staff caring for the kids', 'My car got towed at Brewly',
  'Brewly froze my savings', 'Save your money, skip Brewly', 'Saving money by leaving Brewly',
  'Brewly earnings call was a mess', 'Brewly is earning millions from this', 'They earn too much at Brewly',
  'Brewly court hearing today', 'Hearing bad things about Brewly', 'I hear Brewly is closing',
];

/** Posts that say two forms of a verb and never the verb itself. */
const UNSAID = [
  'Brewly looked the other way', 'Brewly is looking the other way again',
  'Brewly turned off the comments', 'Brewly turning off comments is cowardly',
  'Brewly stopped the refunds', 'Brewly is stopping refunds for everyone',
  'Brewly charged my card twice', 'Brewly keeps charging my card',
  'Brewly replied with a form link', 'Brewly replying with bots again',
  'Brewly scammed my mum', 'Brewly is scamming pensioners',
  'My Brewly kettle overheated', 'Brewly kettles overheating everywhere',
  'The Brewly app glitched again', 'Brewly app glitching at checkout',
  'Brewly throttled my subscription', 'Brewly is throttling downloads',
  'Brewly delayed my order again', 'Brewly delaying orders for weeks',
];

/** [word, the base it is counted with (undefined: itself)]. */
const SAID_CASES: ReadonlyArray<readonly [string, string | undefined]> = [
  // a verb's forms go with it
  ['boycotting', 'boycott'], ['boycotted', 'boycott'], ['cancelling', 'cancel'], ['cancelled', 'cancel'],
  ['charged', 'charge'], ['replied', 'reply'], ['stopped', 'stop'], ['settings', 'setting'], ['things', 'thing'],
  // a form with a meaning of its own stays itself
  ['living', undefined], ['following', undefined], ['based', undefined], ['concerned', undefined], ['meeting', undefined],
  ['building', undefined], ['feeling', undefined], ['setting', undefined], ['morning', undefined], ['evening', undefined],
  ['being', undefined], ['thing', undefined], ['caring', undefined], ['hearing', undefined],
  // a plural of an -ing word is a thing ("savings", "earnings"), never the verb
  ['savings', 'saving'], ['earnings', 'earning'],
];

const UNSAID_CASES: ReadonlyArray<readonly [string, string]> = [
  ['looked', 'look'], ['looking', 'look'], ['turned', 'turn'], ['turning', 'turn'], ['stopped', 'stop'], ['stopping', 'stop'],
  ['charged', 'charge'], ['charging', 'charge'], ['replied', 'reply'], ['replying', 'reply'], ['scammed', 'scam'],
  ['scamming', 'scam'], ['overheated', 'overheat'], ['overheating', 'overheat'], ['glitched', 'glitch'], ['glitching', 'glitch'],
  ['throttled', 'throttle'], ['throttling', 'throttle'], ['delayed', 'delay'], ['delaying', 'delay'],
];

describe('the base a word is counted with', () => {
  const said = wordBases(SAID);
  const unsaid = wordBases(UNSAID);
  const show = (bases: ReadonlyMap<string, string>): string => [...bases].map(([word, base]) => `${word}→${base}`).join(', ');

  test.each(SAID_CASES)('beside its base words: %s → %s', (word, base) => {
    expect(said.get(word), show(said)).toBe(base);
  });

  test.each(UNSAID_CASES)('with the base never written: %s → %s', (word, base) => {
    expect(unsaid.get(word), show(unsaid)).toBe(base);
  });
});

describe('what a spike is about, shown', () => {
  const ORDINARY = [
    'Brewly kettle arrived today', 'My Brewly toaster is great', 'Brewly sale this weekend', 'Is the Brewly blender worth it?',
    'Brewly delivery was fast', 'Brewly app is handy for recipes',
  ];
  const BASELINE = Array.from({ length: 120 }, (_, i) => ORDINARY[i % ORDINARY.length]!);

  test('a hashtag of the brand and a verb form is labelled with a word, not a cut stem ("#BrewlyScammed": never "scamme")', () => {
    const posts = ['Brewly scammed my mum #BrewlyScammed', 'Brewly is scamming pensioners', 'Brewly scammed me too #BrewlyScammed', 'they are scamming everyone, Brewly'];
    const spike = Array.from({ length: 20 }, (_, i) => `${posts[i % posts.length]!}${i >= posts.length ? ` ${i}` : ''}`);
    const terms = keyTerms(spike, BASELINE, { limit: 15 });
    const shown = terms.map((t) => `${t.term} ${t.count}`).join(', ');
    // The hashtag's posts and the posts saying "scammed" or "scamming", under the verb's own name.
    expect(terms.find((t) => t.term === 'scam')?.count, shown).toBe(10);
    expect(terms.map((t) => t.term), shown).not.toContain('scamme');
  });

  test('a spike about staff fired is never about "fire", nor one about where the company is based about "base"', () => {
    const fired = [
      'Brewly fired 200 staff today', 'Brewly just fired the whole support team', 'Brewly firing people by email',
      'Brewly fired my sister after 10 years #BrewlyFired', 'Brewly fired the union reps', 'Brewly is firing staff before Christmas',
    ];
    const based = [
      'Brewly is based in London and pays no tax here', 'Brewly based in a tax haven', 'Brewly based its HQ in Jersey to dodge tax',
      '#BrewlyBased offshore', 'Brewly based offshore, tax dodgers', 'Brewly tax haven scandal',
    ];
    // The baseline says "fire" and "base" in their own senses.
    const baseline = [...BASELINE, ...Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 'Brewly fire pit is cosy' : 'Brewly base model is fine'))];
    for (const [posts, form, base] of [[fired, 'fired', 'fire'], [based, 'based', 'base']] as const) {
      const spike = Array.from({ length: 24 }, (_, i) => `${posts[i % posts.length]!}${i >= posts.length ? ` ${['smh', 'ugh', 'honestly'][i % 3]!} ${i}` : ''}`);
      const terms = keyTerms(spike, baseline).map((t) => t.term);
      expect(terms, terms.join(', ')).toContain(form);
      expect(terms, terms.join(', ')).not.toContain(base);
    }
  });
});
