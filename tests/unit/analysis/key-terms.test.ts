import { describe, expect, test } from 'vitest';
import { keyTerms } from '@/utils/analysis';

// A day of ordinary complaints, then a wave about one fault.
const BEFORE = [
  'Brewly delivery was two days late again',
  'The Brewly app keeps logging me out',
  'Waited twenty minutes on the Brewly helpline',
  'Brewly Mini lid is hard to open',
  'My Brewly order arrived with the wrong filter',
  'Love my Brewly Pro, best flat white',
];
const SPIKE = [
  'Has anyone else had their Brewly Pro leak hot water all over the counter? Mine did it twice this week.',
  'Just checked mine and the base is scorched. How many of these are out there?',
  'My Brewly Pro base sparked and the counter is scorched',
  'Brewly Pro base overheating, someone is going to get hurt',
  'Scorched counter again from the Brewly Pro base. Recall it.',
];

describe('keyTerms', () => {
  test('names what stands out in the spike against the day before', () => {
    const terms = keyTerms(SPIKE, BEFORE, { limit: 3 }).map((term) => term.term);
    expect(terms).toContain('base');
    expect(terms).toContain('counter');
    expect(terms).not.toContain('brewly');
  });

  test('pronouns the tagger reads as nouns ("mine", "anyone") are never what a spike is about', () => {
    const terms = keyTerms(SPIKE, BEFORE, { limit: 20 }).map((term) => term.term);
    for (const word of ['mine', 'anyone', 'someone']) expect(terms).not.toContain(word);
  });

  test('no texts, no terms; a term must recur', () => {
    expect(keyTerms([], BEFORE)).toEqual([]);
    const terms = keyTerms(SPIKE, BEFORE).map((term) => term.term);
    expect(terms).not.toContain('week');
  });
});
