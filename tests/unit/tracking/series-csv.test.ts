import { describe, expect, test } from 'vitest';
import { formatSeriesCsv, parseSeriesCsv } from '../../bench/spikes/csv';

describe('parseSeriesCsv (bench:spikes series format)', () => {
  test('reads CRLF, a BOM, any row order and any column order', () => {
    const text =
      '\uFEFFplatform,timestamp,negative,count\r\n' +
      'x,2024-05-01T12:05:00Z,1,4\r\n' +
      'reddit,2024-05-01T12:00:00.000Z,0,2\r\n' +
      'x,2024-05-01T12:00:00+00:00,2,3\r\n\r\n';
    expect(parseSeriesCsv(text)).toEqual([
      { platform: 'reddit', bucketStart: Date.UTC(2024, 4, 1, 12, 0), count: 2, negatives: 0 },
      { platform: 'x', bucketStart: Date.UTC(2024, 4, 1, 12, 0), count: 3, negatives: 2 },
      { platform: 'x', bucketStart: Date.UTC(2024, 4, 1, 12, 5), count: 4, negatives: 1 },
    ]);
  });

  test.each([
    ['', 'empty'],
    ['time,platform,count,negative\n', 'missing: timestamp'],
    ['timestamp,platform,count,negative\n', 'no rows'],
    ['timestamp,platform,count,negative\nyesterday,x,1,0\n', 'Line 2: timestamp "yesterday" is not an ISO 8601'],
    ['timestamp,platform,count,negative\n2024-05-01T12:00:00,x,1,0\n', 'is not an ISO 8601 UTC time'],
    ['timestamp,platform,count,negative\n2024-05-01T12:03:00Z,x,1,0\n', 'not the start of a 5-minute bucket'],
    ['timestamp,platform,count,negative\n2024-05-01T12:00:00Z,x,-1,0\n', 'count "-1" is not a whole number'],
    ['timestamp,platform,count,negative\n2024-05-01T12:00:00Z,x,1,2\n', 'between 0 and count (1)'],
    ['timestamp,platform,count,negative\n2024-05-01T12:00:00Z,x,1\n', 'expected 4 fields, got 3'],
    ['timestamp,platform,count,negative\n2024-05-01T12:00:00Z,x,1,0\n2024-05-01T12:00:00Z,x,2,0\n', 'Line 3: duplicate bucket for x'],
  ])('rejects %j', (text, message) => {
    expect(() => parseSeriesCsv(text)).toThrow(message);
  });

  test('round-trips through formatSeriesCsv', () => {
    const buckets = [{ platform: 'x', bucketStart: Date.UTC(2024, 4, 1, 12, 0), count: 3, negatives: 2 }];
    expect(parseSeriesCsv(formatSeriesCsv(buckets))).toEqual(buckets);
  });
});
