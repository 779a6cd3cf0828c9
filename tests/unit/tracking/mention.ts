// A brand mention as the worker stores it, for the listening tests: neutral, or negative with a
// complaint's score.
import type { Mention } from '../../../utils/tracking/db';

export function brandMention(
  id: string,
  time: number,
  negative: boolean,
  { excerpt, platform = 'x' }: { excerpt?: string; platform?: Mention['platform'] } = {},
): Mention {
  return {
    platform,
    postId: id,
    time,
    firstSeen: time,
    sentiment: negative ? 'negative' : 'neutral',
    score: negative ? -0.6 : 0,
    signals: [],
    excerpt: excerpt ?? (negative ? 'refund refused, kettle recall now' : 'just a normal post about the brand'),
    brandTerms: ['Brewly'],
    source: 'page',
  };
}
