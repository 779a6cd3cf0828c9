import { describe, expect, test } from 'vitest';
import { analyze } from '@/utils/analysis';
import { hasWord } from '@/utils/analysis/lexicon';
import { mendSpelling } from '@/utils/analysis/spelling';

describe('misspelt feeling words read as the words they misspell', () => {
  test.each([
    // a letter doubled or not
    ['terible', 'terrible'],
    ['awfull', 'awful'],
    ['wonderfull', 'wonderful'],
    ['dissapointed', 'disappointed'],
    ['reccomend', 'recommend'],
    ['attrocious', 'atrocious'],
    ['apalling', 'appalling'],
    // two letters swapped
    ['horrbile', 'horrible'],
    ['terribel', 'terrible'],
    // a letter too many or too few, a vowel for another (towards a long word)
    ['usless', 'useless'],
    ['exellent', 'excellent'],
    ['brillant', 'brilliant'],
    ['pathetick', 'pathetic'],
    ['incompetant', 'incompetent'],
    ['rediculous', 'ridiculous'],
    ['unacceptible', 'unacceptable'],
    ['frustated', 'frustrated'],
  ])('%s → %s', (written, meant) => {
    expect(mendSpelling(written, hasWord)).toBe(meant);
  });

  test.each([
    // real words, and rare forms of them, are never mended
    'crisps', 'reddit', 'tummy', 'googling', 'blacking', 'gritted', 'baggers', 'panning', 'pisces', 'lossless',
    // the first letter is never the slip; a consonant for another is another word
    'errible', 'horrifle',
    // known words, words too short, not letters
    'terrible', 'service', 'bsd', 'h0rrible', 'Terrible',
  ])('%s is left as it is', (word) => {
    expect(mendSpelling(word, hasWord)).toBeUndefined();
  });

  test.each([
    ['the service was terible', 'negative'],
    ['horrbile customer service, never again', 'negative'],
    ['TERIBLE SERVICE', 'negative'],
    ['totally usless app', 'negative'],
    ['so dissapointed with my order', 'negative'],
    ['the staff were incompetant', 'negative'],
    ['exellent service as always', 'positive'],
    ['would definately reccomend', 'positive'],
    ['wonderfull team, thank you', 'positive'],
  ] as const)('%s → %s', (text, label) => {
    expect(analyze(text).label).toBe(label);
  });

  test('a word with a capital first letter may be a name, and is never mended ("Havenly" is not "heavenly")', () => {
    expect(analyze('Ordered a sofa from Havenly today').label).toBe('neutral');
    expect(analyze('the #Havenly sofa arrived').label).toBe('neutral');
    expect(analyze('the sofa was havenly').label).toBe('positive');
  });
});
