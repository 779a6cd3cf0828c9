import { describe, expect, test } from 'vitest';
import { hasWord } from '../../../utils/analysis/lexicon';
import { PhraseMatcher } from '../../../utils/analysis/phrases';

const terms = (text: string): string[] => text.split(' ');

function matcher(): PhraseMatcher<string> {
  const table = new PhraseMatcher<string>(hasWord);
  for (const phrase of ['customer', 'customer service', 'customer service never', 'customer support', 'my order', 'my order never came', 'my'])
    table.add(phrase, phrase);
  table.add('customer service', 'again');
  return table;
}

describe('phrase tables', () => {
  test('the longest phrase that starts at a word is the match, a one-word phrase the last resort', () => {
    const table = matcher();
    expect(table.matchAt(terms('the customer service never called'), 1)?.payload).toBe('customer service never');
    expect(table.matchAt(terms('customer service was fine'), 0)?.payload).toBe('customer service');
    expect(table.matchAt(terms('customer support'), 0)?.payload).toBe('customer support');
    expect(table.matchAt(terms('customer care'), 0)?.payload).toBe('customer');
    expect(table.matchAt(terms('a customer'), 1)?.payload).toBe('customer');
    expect(table.matchAt(terms('my order never arrived'), 0)?.payload).toBe('my order');
    expect(table.matchAt(terms('the service'), 1)).toBeUndefined();
    expect(table.matchAt(terms('customer service'), 2)).toBeUndefined();
  });

  test('every phrase that starts at a word, longest first, in the order added among equals', () => {
    const table = matcher();
    const all = (text: string, at: number): string[] => table.allAt(terms(text), at).map((entry) => entry.payload);
    expect(all('customer service never again', 0)).toEqual(['customer service never', 'customer service', 'again', 'customer']);
    expect(all('customer service', 0)).toEqual(['customer service', 'again', 'customer']);
    expect(all('my order never came', 0)).toEqual(['my order never came', 'my order', 'my']);
    expect(all('my cat', 0)).toEqual(['my']);
    expect(all('his order', 0)).toEqual([]);
  });

  test('a phrase runs only as far as the text', () => {
    const table = matcher();
    expect(table.matchAt(terms('my order never'), 0)?.payload).toBe('my order');
    expect(table.allAt(terms('customer'), 0).map((entry) => entry.payload)).toEqual(['customer']);
  });
});
