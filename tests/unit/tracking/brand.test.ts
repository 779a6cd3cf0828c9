import { describe, expect, test } from 'vitest';
import { brandWords, compileBrandMatcher, EMPTY_BRAND, type BrandProfile } from '@/utils/tracking/brand';

const brewly: BrandProfile = {
  names: ['Brewly', 'Brewly Coffee'],
  handles: ['@brewly', '@BrewlySupport'],
  hashtags: ['#BrewlyPro'],
  products: ['Kettle One', 'Killer Deal'],
  exclusions: ['brewly street'],
};
const apple: BrandProfile = { ...EMPTY_BRAND, names: ['Apple'], exclusions: ['apple pie', 'apple juice', 'big apple'] };

describe('brand matching', () => {
  const matchBrewly = compileBrandMatcher(brewly);
  const matchApple = compileBrandMatcher(apple);

  test.each([
    ['Brewly refused my refund', ['Brewly']],
    ['brewly refused my refund', ['Brewly']],
    ['BREWLY!!! answer me', ['Brewly']],
    ["Brewly's support is the worst", ['Brewly']],
    ['Brewly’s support is the worst', ['Brewly']],
    ['I love Brewly Coffee', ['Brewly', 'Brewly Coffee']],
    ['@brewly my kettle sparked', ['@brewly']],
    ['@BREWLYSUPPORT hello?', ['@BrewlySupport']],
    ['#BrewlyPro is great', ['#BrewlyPro']],
    ['#BoycottBrewly now', ['Brewly']],
    ['#boycottbrewly now', ['Brewly']],
    ['#BrewlyRecall', ['Brewly']],
    ['My Kettle One leaks', ['Kettle One']],
    ['the killer deal of the year', ['Killer Deal']],
    ['(Brewly), "Brewly".', ['Brewly', 'Brewly']],
  ])('%j mentions %j', (text, terms) => {
    expect(matchBrewly(text).map((hit) => hit.term)).toEqual(terms);
  });

  test.each([
    ['Brewlyness is not a word'],
    ['rebrewly'],
    ['@brewly_fan says hi'],
    ['I live on Brewly Street'],
    ['#Bre is too short to be the brand'],
    ['a kettle, one of many'],
    [''],
  ])('%j does not mention the brand', (text) => {
    expect(matchBrewly(text)).toEqual([]);
  });

  test.each([
    ['Apple pie recipe for Sunday', 0],
    ['apple juice and Apple Pie', 0],
    ['New York, the Big Apple', 0],
    ['My Apple laptop died', 1],
    ['Apple pie while my Apple watch charges', 1],
    ['@apple is not a handle we watch', 0],
  ])('Apple with exclusions: %j → %d', (text, count) => {
    expect(matchApple(text)).toHaveLength(count);
  });

  test('offsets point at the mention so a UI can highlight it', () => {
    const text = "Honestly, Brewly's kettle and @brewly's silence";
    const hits = matchBrewly(text);
    expect(hits.map((hit) => text.slice(hit.start, hit.end))).toEqual(['Brewly', '@brewly']);
  });

  test('an empty profile matches nothing, and odd input never throws', () => {
    const none = compileBrandMatcher(EMPTY_BRAND);
    expect(none('Brewly')).toEqual([]);
    const odd = compileBrandMatcher({ ...EMPTY_BRAND, names: ['(((', '', '   ', 'a+b*'], handles: ['@'], hashtags: ['#'] });
    expect(() => odd('((( a+b* @ # \u200f\u200b')).not.toThrow();
  });

  test('is linear on long input', () => {
    const text = 'brewly street '.repeat(50_000) + '#'.repeat(100_000) + '@'.repeat(100_000);
    const started = performance.now();
    matchBrewly(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

test('brandWords lists the brand’s own words, for leaving them out of "what it is about"', () => {
  expect([...brandWords({ ...EMPTY_BRAND, names: ['Brewly Coffee'], handles: ['@BrewlySupport'], hashtags: ['#BrewlyPro'], products: ['Kettle One'] })].sort()).toEqual(
    ['brewly coffee', 'brewlypro', 'brewlysupport', 'kettle one'].sort(),
  );
});
