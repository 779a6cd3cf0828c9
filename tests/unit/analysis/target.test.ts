import { describe, expect, test } from 'vitest';
import { analyze } from '@/utils/analysis';
import { clauseRanges, towardBrand } from '@/utils/analysis/target';

const spansOf = (text: string, term: string) =>
  [...text.matchAll(new RegExp(term, 'g'))].map((match) => ({ start: match.index!, end: match.index! + term.length }));

const read = (text: string, term = 'Brewly') => towardBrand(text, analyze(text), spansOf(text, term));

describe('clauseRanges', () => {
  test.each<[string, string[]]>([
    ['KettleCo is amazing, Brewly is trash.', ['KettleCo is amazing,', ' Brewly is trash.']],
    ['Broke, but support was great.', ['Broke, but support was great.']],
    ['See brewly.com. Then call.', ['See brewly.com.', ' Then call.']],
    ['One!\nTwo? Three; four', ['One!', '\n', 'Two?', ' Three;', ' four'].filter((part) => part.trim() !== '')],
    ['', []],
  ])('%j', (text, parts) => {
    expect(clauseRanges(text).map((range) => text.slice(range.start, range.end))).toEqual(parts);
  });
});

describe('towardBrand: what a mixed post says about the brand', () => {
  test.each<[string, 'negative' | 'positive']>([
    // A lost customer: mixed as a whole, negative for the brand named.
    ['Switched from Brewly to KettleCo last week. KettleCo is amazing, Brewly is trash.', 'negative'],
    ['KettleCo is awful. Brewly is the best kettle I have owned!', 'positive'],
    ['Love Brewly, hate KettleCo.', 'positive'],
  ])('%s → %s', (text, label) => {
    expect(analyze(text).label).toBe('mixed');
    const result = read(text);
    expect(result.label).toBe(label);
    expect(result.towardBrand).toBe(true);
    expect(Math.sign(result.score)).toBe(label === 'negative' ? -1 : 1);
    expect(result.confidence).toBeLessThanOrEqual(0.8);
  });

  test('the same post read for the other brand takes the other side', () => {
    const text = 'Switched from Brewly to KettleCo last week. KettleCo is amazing, Brewly is trash.';
    expect(read(text, 'KettleCo').label).toBe('positive');
  });

  test.each([
    // Not mixed: a contrast already says which side wins.
    "Brewly's kettle broke, but their support was amazing.",
    // Mixed within the one clause that names the brand.
    'Brewly is great and terrible at the same time',
    // Every clause names the brand: nothing to set apart.
    'Brewly is amazing. Brewly is trash.',
    // Not named at all.
    'KettleCo is amazing, OtherCo is trash.',
  ])('unchanged: %s', (text) => {
    const analysis = analyze(text);
    expect(towardBrand(text, analysis, spansOf(text, 'Brewly'))).toBe(analysis);
  });
});
