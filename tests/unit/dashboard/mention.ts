// A stored mention of the brand on X, as the dashboard tests seed them.
import type { Mention } from '@/utils/tracking/db';

export const mention = (postId: string, time: number, options: { excerpt?: string; sentiment?: Mention['sentiment'] } = {}): Mention => {
  const sentiment = options.sentiment ?? 'negative';
  return {
    platform: 'x',
    postId,
    time,
    firstSeen: time,
    sentiment,
    score: sentiment === 'negative' ? -0.6 : 0,
    signals: [],
    excerpt: options.excerpt ?? `post ${postId}`,
    brandTerms: ['Brewly'],
    source: 'page',
  };
};
