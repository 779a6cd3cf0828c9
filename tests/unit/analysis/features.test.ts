// The model's hashed features are FNV-1a of keys ("u:" and a word, "b:" and two words, "p:" and a mark),
// hashed in parts rather than built as strings (model.ts). The weights in data/model.json were trained on
// the keys' hashes: these tests pin that the parts hash to exactly the keys.
import { describe, expect, test } from 'vitest';
import { FNV_OFFSET, fnv1a, fnv1aFrom } from '../../../utils/analysis/hash';
import { featuresOf, ratingFeatures } from '../../../utils/analysis/model';
import { prepare } from '../../../utils/analysis/pipeline';

const BUCKETS = 16_384;

/** The hashed features of a text, as the keys' buckets (the dense reading left out), in order. */
function hashedOf(text: string): number[] {
  const { engine, signals } = prepare(text);
  const dense = ratingFeatures(engine, signals);
  return featuresOf(engine, signals, BUCKETS, dense).indices.slice(dense.length).map((index) => index - dense.length);
}

const bucketOf = (key: string): number => fnv1a(key) % BUCKETS;

describe('hashing in parts', () => {
  test.each([
    ['u:', 'good'],
    ['b:', 'not bad'],
    ['u:!', 'café'],
    ['p:', '!'],
    ['', 'emoji 🔥 and “quotes”'],
    ['b:<s> ', ''],
  ])('fnv1a(%j + %j) is fnv1aFrom carried on over the second part', (first, second) => {
    expect(fnv1aFrom(fnv1aFrom(FNV_OFFSET, first), second) >>> 0).toBe(fnv1a(first + second));
  });
});

describe('featuresOf: the keys behind the hashed words', () => {
  test('each word and each pair with the word before, from the start of the text', () => {
    expect(hashedOf('the cat sat')).toEqual(['u:the', 'b:<s> the', 'u:cat', 'b:the cat', 'u:sat', 'b:cat sat'].map(bucketOf));
  });

  test('a word after a negator is marked; "!" and "?" count once each, and a mark starts the pairs again', () => {
    expect(hashedOf('not cats! dogs?')).toEqual(['u:not', 'b:<s> not', 'u:!cats', 'b:not cats', 'p:!', 'u:dogs', 'b:<p> dogs', 'p:?'].map(bucketOf));
  });

  test('a key met twice counts once, and nothing carries over to the next text', () => {
    expect(hashedOf('cats cats')).toEqual(['u:cats', 'b:<s> cats', 'b:cats cats'].map(bucketOf));
    expect(hashedOf('cats cats')).toEqual(hashedOf('cats cats'));
    expect(hashedOf('the cat sat')).toHaveLength(6);
  });
});
