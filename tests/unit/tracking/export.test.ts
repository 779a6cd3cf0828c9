import { expect, test } from 'vitest';
import type { Mention } from '@/utils/tracking/db';
import { csvCell, mentionsToCsv, mentionsToJson } from '@/utils/tracking/export';

test.each([
  ['plain', 'plain'],
  ['a, b', '"a, b"'],
  ['say "hi"', '"say ""hi"""'],
  ['two\nlines', '"two\nlines"'],
  ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
  ['+1 555', "'+1 555"],
  ['-5', "'-5"],
  ['@brewly', "'@brewly"],
  [undefined, ''],
  [null, ''],
  [['a', 'b'], 'a b'],
  [0.5, '0.5'],
  [-0.6, '-0.6'],
])('csvCell(%j) = %s', (value, expected) => {
  expect(csvCell(value)).toBe(expected);
});

const mention: Mention = {
  platform: 'x',
  postId: '1',
  time: Date.UTC(2026, 10, 23, 12),
  firstSeen: 0,
  sentiment: 'negative',
  score: -0.6,
  signals: ['anger', 'boycott'],
  author: '@sam',
  permalink: 'https://x.com/sam/status/1',
  excerpt: 'Brewly, "why"?\n=1+1',
  brandTerms: ['Brewly'],
  source: 'page',
};

test('mentions as CSV: a header, one row each, text kept intact', () => {
  const csv = mentionsToCsv([mention]);
  const [header, row] = csv.split('\r\n');
  expect(header).toBe('platform,postId,time,timeApproximate,sentiment,score,signals,author,permalink,brandTerms,excerpt,source');
  // The line break inside the quoted text stays inside the cell.
  expect(row).toBe('x,1,2026-11-23T12:00:00.000Z,,negative,-0.6,anger boycott,\'@sam,https://x.com/sam/status/1,Brewly,"Brewly, ""why""?\n=1+1",page');
});

test('a time read from a label for people ("3 weeks ago") is marked approximate in the CSV, as in the JSON', () => {
  const csv = mentionsToCsv([mention, { ...mention, postId: '2', timeApproximate: true }]);
  const rows = csv.trim().split('\r\n').map((line) => line.split(','));
  expect(rows.map((cells) => cells[3])).toEqual(['timeApproximate', '', 'true']);
  expect(rows[2]?.[2]).toBe('2026-11-23T12:00:00.000Z');
  const json = JSON.parse(mentionsToJson([{ ...mention, timeApproximate: true }])) as { mentions: Array<{ timeApproximate?: boolean }> };
  expect(json.mentions[0]?.timeApproximate).toBe(true);
});

test('mentions as JSON: a versioned envelope with ISO times', () => {
  const parsed = JSON.parse(mentionsToJson([mention])) as { format: string; version: number; mentions: Array<{ time: string }> };
  expect(parsed.format).toBe('firebreak-mentions');
  expect(parsed.version).toBe(1);
  expect(parsed.mentions[0]?.time).toBe('2026-11-23T12:00:00.000Z');
});
