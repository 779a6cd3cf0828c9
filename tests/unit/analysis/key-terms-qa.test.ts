import { describe, expect, test } from 'vitest';
import { keyTerms, type KeyTerm } from '@/utils/analysis/key-terms';
import { expectScenarioTerms, SCENARIOS } from './key-terms-scenarios';

/** Never what a spike is about, whatever the spike. */
const PRONOUNS = ['i', 'me', 'you', 'he', 'she', 'it', 'we', 'they', 'mine', 'yours', 'anyone', 'someone', 'everyone', 'nobody', 'somebody', 'everybody'];
const FILLERS = ['thing', 'things', 'lol', 'lmao', 'lmaooo', 'today', 'people', 'guys', 'stuff', 'tbh', 'ngl', 'fr', 'omg', 'rn', 'btw', 'way', 'lot', 'time', 'day', 'week', 'year', 'guy', 'thread', 'pls', 'rate', 'thats'];

function junk(term: string): string | null {
  if (PRONOUNS.includes(term)) return 'a pronoun';
  if (FILLERS.includes(term) || term.split(' ').every((word) => FILLERS.includes(word))) return 'a filler';
  if (term.includes('http') || term.includes('www') || term.includes('.com') || term.includes('t.co')) return 'a URL';
  if (term.includes('@')) return 'a handle';
  if (/^[\d\s.,$%€£#k]+$/.test(term)) return 'a number';
  if (/\p{Extended_Pictographic}/u.test(term) || /^:\w+:$/.test(term)) return 'an emoji';
  return null;
}

describe('keyTerms QA: what a spike is about', () => {
  for (const scenario of SCENARIOS) {
    test(scenario.name, () => {
      expectScenarioTerms(scenario, (term, terms) => expect(junk(term), `"${term}" (${terms.join(', ')})`).toBeNull());
    });
  }
});

const recall = SCENARIOS[0]!;
/** An ordinary day of a shoe brand. */
const ACME_DAY = Array.from({ length: 60 }, (_, i) =>
  [`Acme shoes are comfy, size ${i % 12}`, 'Acme store downtown was busy', 'my Acme order came early', 'Acme sale starts friday', 'love the new Acme trainers'][i % 5]!,
);

describe('keyTerms QA: phrases, hashtags, copies', () => {
  test('a phrase that recurs whole ranks before its own words', () => {
    const terms = keyTerms(recall.spike, recall.baseline, { limit: 10 }).map((term) => term.term);
    expect(terms[0]).toBe('battery swelling');
    // "swelling" alone says nothing "battery swelling" does not.
    expect(terms).not.toContain('swelling');
  });

  test('a camel-case hashtag reads as its words: #DataBreach counts with "data breach"', () => {
    const spike = ['#DataBreach at Acme again', 'Acme data breach, change your passwords', 'another #DataBreach, Acme???', 'data breach number two for Acme', 'acme #databreach lol'];
    const found = keyTerms(spike, ['Acme shoes are comfy', 'Acme store was busy', 'Acme sale on now'], { limit: 5 });
    expect(found[0]).toMatchObject({ term: 'data breach', count: 5 });
  });

  test("a phrase led by the brand's name gives way to the rest of it, two-letter words included", () => {
    const spike = ['the new Lumora ad is awful', 'that Lumora ad tho', 'lumora ad is colourism', 'Who approved the Lumora ad', 'pull the lumora ad'];
    const terms = keyTerms(spike, SCENARIOS[2]!.baseline, { limit: 3 }).map((term) => term.term);
    expect(terms[0]).toBe('ad');
    expect(terms).not.toContain('lumora ad');
  });

  test('a name written with capitals is not run into the words after it', () => {
    // No baseline to say "Brewly" is the brand: the capitals alone part "Brewly Pro" from "base".
    const spike = ['My Brewly Pro base sparked', 'the Brewly Pro base is scorched', 'Brewly Pro base overheating again', 'is your Brewly Pro base ok'];
    const terms = keyTerms(spike, [], { limit: 5 }).map((term) => term.term);
    expect(terms).toContain('base');
    expect(terms).not.toContain('pro base');
  });

  test("the brand's own hashtag counts as the brand, not as news", () => {
    const spike = Array.from({ length: 8 }, (_, i) => `#Voltra ${['power bank', 'charger', 'cable', 'power bank'][i % 4]} swelling ${i}`);
    const terms = keyTerms(spike, recall.baseline, { limit: 10 }).map((term) => term.term.toLowerCase());
    expect(terms).not.toContain('#voltra');
  });

  test("a hashtag of the brand's name and a word counts with the word: #VoltraRecall with \"recall\"", () => {
    const spike = ['#VoltraRecall now', 'my charger swelled #VoltraRecall', '#voltrarecall trending', 'need a recall asap', 'the recall page is down', 'power bank swelling #VoltraRecall'];
    const found = keyTerms(spike, recall.baseline, { limit: 10 });
    expect(found.map((term) => term.term.toLowerCase())).not.toContain('#voltrarecall');
    expect(found.find((term) => term.term === 'recall')?.count).toBe(6);
  });

  test('handles and links are never terms, even when they recur', () => {
    const spike = Array.from({ length: 10 }, (_, i) => `@AcmeHelp @JaneDoe${i % 2} refund please https://acme.com/orders/${i} www.acme.com/help`);
    const terms = keyTerms(spike, ['Acme shoes are comfy', 'Acme store was busy']).map((term) => term.term);
    expect(terms).toEqual(['refund']);
  });

  test('one post pasted thirty times counts as one voice, below thirty different posts', () => {
    const copies = Array.from({ length: 30 }, (_, i) => `@Acme${i} Acme uses child labour in its factories. Share this! https://t.co/x${i}`);
    const refunds = Array.from({ length: 30 }, (_, i) => `${['still', 'no', 'where is my', 'waiting on my', 'need my'][i % 5]} refund from Acme, day ${i + 1} ${['😡', '', 'smh', '!!', ''][i % 5]}`);
    const found = keyTerms([...copies, ...refunds], ACME_DAY, { limit: 10 });
    const terms = found.map((term) => term.term);
    expect(terms[0]).toBe('refund');
    // Still shown (a copy-paste campaign is news), below; its count is every post.
    expect(terms).toContain('child labour');
    expect(found.find((term) => term.term === 'child labour')?.count).toBe(30);
  });

  test('when every post is a copy, the copy is what the spike is about', () => {
    const copies = Array.from({ length: 40 }, () => 'Acme uses child labour in its factories. #BoycottAcme');
    const terms = keyTerms(copies, ACME_DAY, { limit: 5 }).map((term) => term.term);
    expect(terms).toContain('child labour');
    expect(terms).toContain('factories');
  });
});

describe('keyTerms QA: edge cases', () => {
  test('one spike post', () => {
    const terms = keyTerms(['Voltra battery swelling is a fire hazard, recall it now'], recall.baseline).map((term) => term.term);
    expect(terms).toContain('battery swelling');
    expect(terms).toContain('fire hazard');
  });

  test('posts that are only links, handles and emoji have no terms', () => {
    const spike = Array.from({ length: 20 }, (_, i) => `https://t.co/abc${i} https://www.voltra.com/p/${i} @Voltra 🔥🔥`);
    expect(keyTerms(spike, recall.baseline)).toEqual([]);
  });

  test('no baseline: the most common terms, still without fillers', () => {
    const terms = keyTerms(recall.spike, [], { limit: 5 }).map((term) => term.term);
    expect(terms).toContain('battery swelling');
    for (const term of terms) expect(junk(term)).toBeNull();
  });

  test('a baseline the same as the spike: nothing stands out', () => {
    expect(keyTerms(recall.spike, recall.spike)).toEqual([]);
  });

  test('a term no more common in the spike than before is not what the spike is about', () => {
    // "order" is in every post on both sides; only "refund" rises.
    const before = Array.from({ length: 40 }, (_, i) => `my order ${i % 2 ? 'came' : 'shipped'} fine`);
    const spike = ['order refund please', 'where is my order refund', 'order arrived broken, refund', 'order refund denied again'];
    expect(keyTerms(spike, before).map((term) => term.term)).toEqual(['refund']);
  });

  test('ten thousand posts take little more than one thousand', () => {
    const pool = SCENARIOS.flatMap((scenario) => scenario.spike);
    const texts = Array.from({ length: 10_000 }, (_, i) => `${pool[i % pool.length]} (${i})`);
    const baseline = Array.from({ length: 2000 }, (_, i) => `${recall.baseline[i % recall.baseline.length]} ${i}`);
    const time = (spike: readonly string[]): { ms: number; found: KeyTerm[] } => {
      const started = performance.now();
      const found = keyTerms(spike, baseline, { limit: 5 });
      return { ms: performance.now() - started, found };
    };
    time(texts.slice(0, 50));
    const thousand = time(texts.slice(0, 1000));
    const all = time(texts);
    console.info(`keyTerms against 2,000 posts: 1,000 posts in ${Math.round(thousand.ms)} ms, 10,000 in ${Math.round(all.ms)} ms`);
    expect(all.found.length).toBe(5);
    // Sampled, the counts are estimates of every post's.
    expect(all.found[0]!.count).toBeGreaterThan(100);
    expect(all.ms).toBeLessThan(3 * thousand.ms + 300);
    expect(all.ms).toBeLessThan(10_000);
  }, 60_000);

  test('long runs of punctuation, hashes and dots take no time', () => {
    const started = performance.now();
    keyTerms(['!'.repeat(4999) + 'a', '#' + '_'.repeat(4999) + '!', "'".repeat(5000) + 'x', 'www.' + 'a.'.repeat(2400) + 'zz', '-'.repeat(5000), 'a'.repeat(5000)], []);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test('retweets and copies with other links, handles and emoji are one voice', () => {
    const copies = Array.from({ length: 12 }, (_, i) => `RT @fan${i}: Acme uses child labour 😡 https://t.co/${i}`);
    const own = ['refund still missing', 'no refund after a month', 'refund denied', 'where is my refund'];
    const terms = keyTerms([...copies, ...own], ACME_DAY, { limit: 5 }).map((term) => term.term);
    expect(terms[0]).toBe('refund');
  });
});
