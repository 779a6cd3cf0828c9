import { describe, expect, test } from 'vitest';
import { parseCount } from '@/utils/platforms/dom';

describe('parseCount', () => {
  test.each([
    ['48 Replies. Reply', 48],
    ['553', 553],
    ['1,234', 1234],
    ['12,345 likes', 12345],
    ['1.2K', 1200],
    ['1.2k', 1200],
    ['3,4 k', 3400],
    ['2M', 2_000_000],
    ['10.5M views', 10_500_000],
    ['1 234', 1234],
    ['0', 0],
    ['  7 comments', 7],
  ])('%j → %d', (raw, expected) => {
    expect(parseCount(raw)).toBe(expected);
  });

  test.each([[''], [null], [undefined], ['Reply'], ['Like'], ['K']])('%j is not a count', (raw) => {
    expect(parseCount(raw)).toBeUndefined();
  });
});
