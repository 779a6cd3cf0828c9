import { expect, test } from 'vitest';
import { segmentText, type Highlight } from '@/components/highlight';

const h = (start: number, end: number, tone: Highlight['tone'] = 'negative'): Highlight => ({ start, end, tone, title: '' });

test.each([
  ['no highlights', 'hello', [], [['hello', undefined]]],
  ['one in the middle', 'so bad here', [h(3, 6)], [['so ', undefined], ['bad', 'negative'], [' here', undefined]]],
  ['at both ends', 'bad ok bad', [h(7, 10), h(0, 3)], [['bad', 'negative'], [' ok ', undefined], ['bad', 'negative']]],
  ['overlap keeps the earliest', 'terrible', [h(0, 8, 'signal'), h(2, 5)], [['terrible', 'signal']]],
  ['same start keeps the longest', 'not good', [h(0, 3, 'signal'), h(0, 8, 'brand')], [['not good', 'brand']]],
  ['out of range is ignored', 'short', [h(2, 99), h(-1, 2), h(3, 3)], [['short', undefined]]],
  ['empty text', '', [h(0, 1)], [['', undefined]]],
] as const)('%s', (_name, text, highlights, expected) => {
  expect(segmentText(text, highlights).map((segment) => [segment.text, segment.highlight?.tone])).toEqual(expected);
});
