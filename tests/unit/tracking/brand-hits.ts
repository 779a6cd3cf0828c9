// Table helpers shared by the brand-matching suites: a post and the hits it should give, in order.
import { expect } from 'vitest';
import { compileBrandMatcher, type BrandProfile } from '@/utils/tracking/brand';

/** A post, and the hits expected in order: [term, the text the hit covers]. */
export type Case = [text: string, hits: Array<[term: string, covers: string]>];

/** A checker for `profile`: the post's hits, as [term, covered text], must equal `hits`. */
export function expectHits(profile: BrandProfile) {
  const match = compileBrandMatcher(profile);
  return (text: string, hits: Case[1]) => {
    expect(match(text).map((hit) => [hit.term, text.slice(hit.start, hit.end)])).toEqual(hits);
  };
}
