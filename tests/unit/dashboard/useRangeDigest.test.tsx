// @vitest-environment happy-dom
// The dashboard reads its range in slices of time, each a live query of its own: a new mention is read with the
// newest slice alone, not with the whole range again.
import type { DBCoreQueryRequest } from 'dexie';
import { afterEach, expect, test, vi } from 'vitest';
import type { SliceDigest } from '@/components/dashboard/digest';
import { useRangeDigest } from '@/components/dashboard/useRangeDigest';
import { database } from '@/utils/tracking/db';
import { mount, settle, unmountAll } from '../options/helpers';
import { mention } from './mention';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 2, 10, 12, 30);

afterEach(unmountAll);

test('a new mention is read with the newest slice only; the lists take it in', async () => {
  // Where each read of the mentions starts (the time index, or the platform's).
  const reads: number[] = [];
  database().use({
    stack: 'dbcore',
    name: 'count-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'mentions') return table;
        return {
          ...table,
          query: (request: DBCoreQueryRequest) => {
            const lower: unknown = request.query.range.lower;
            reads.push(Array.isArray(lower) ? (lower[1] as number) : (lower as number));
            return table.query(request);
          },
        };
      },
    }),
  });
  await database().mentions.bulkPut(Array.from({ length: 48 }, (_, index) => mention(`old-${index}`, NOW - DAY + index * 30 * 60_000)));

  let shown: SliceDigest | undefined;
  function Lists() {
    shown = useRangeDigest(NOW, DAY);
    return null;
  }
  await mount(<Lists />);
  await vi.waitFor(() => expect(shown).toBeDefined());
  // 24 hours in 25 slices (the oldest reaches back to the hour), each read once.
  expect(new Set(reads).size).toBe(25);
  // All 48 (the oldest slice reaches before the window: the lists leave those out, see firstOf).
  expect(shown!.talk).toBe(48);

  reads.length = 0;
  await database().mentions.put(mention('new', NOW - 60_000));
  await vi.waitFor(() => expect(shown!.talk).toBe(49));
  await settle();
  expect(reads).toEqual([Date.UTC(2026, 2, 10, 12)]);
  expect(shown!.negative.map(({ mention: { postId } }) => postId)).toContain('new');
});
