import { analyze, type Analysis, type BrandRules } from '../analysis';
import { towardBrand } from '../analysis/target';
import type { BrandHit, BrandMatcher } from './brand';

/** What Firebreak makes of one post: how it feels and whether it names the brand. */
export interface PostVerdict {
  analysis: Analysis;
  brandHits: BrandHit[];
}

/**
 * One post's verdict: where it names the brand, and how it feels (a mixed post that names the
 * brand is read for what it says about the brand, see towardBrand). The same function runs in the
 * service worker, which judges the posts pages send it, and in a page whose worker did not answer.
 */
export function judgeText(text: string, rules: BrandRules, matchBrand: BrandMatcher): PostVerdict {
  const brandHits = matchBrand(text);
  return { analysis: towardBrand(text, analyze(text, rules), brandHits, rules), brandHits };
}

/** The most texts one message may ask the worker to judge (the content script sends a slice's worth, at most 50). */
export const MAX_JUDGED_PER_MESSAGE = 200;
/** The longest text judged as sent; a longer one is cut (no post is this long, the cap only bounds a bad message). */
export const MAX_JUDGED_CHARS = 100_000;

/** Whether a worker's answer has one well-formed verdict per text asked about. */
export function isVerdictList(answer: unknown, count: number): answer is PostVerdict[] {
  return (
    Array.isArray(answer) &&
    answer.length === count &&
    answer.every((verdict: Partial<PostVerdict> | null) => typeof verdict?.analysis?.label === 'string' && Array.isArray(verdict.brandHits))
  );
}
