// The webhook address is followed by a Dexie live query on the secrets database while the popup or the options
// page is open. Dexie's live query keeps what every write since its last run changed, in any database, and
// lets go only when it runs again: the address never changes in a crisis, so it would hold the keys of every
// mention the worker writes while the popup stays open. It is renewed as the pages' own live queries are.
import { afterEach, expect, test, vi } from 'vitest';
import { setWebhookUrl, watchWebhookUrl } from '@/utils/sources/secrets';
import { database } from '@/utils/tracking/db';
import { mention } from '../dashboard/mention';

const live = vi.hoisted(() => ({ open: new Set<{ told: number }>(), made: 0 }));
vi.mock('dexie', async (importOriginal) => (await import('../trackedLiveQueries')).tracked(await importOriginal(), live));

const NOW = Date.UTC(2026, 2, 10, 12, 30);
const URL_A = 'https://hooks.slack.com/services/T000/B000/AAAAsecret';
const URL_B = 'https://hooks.slack.com/services/T000/B000/BBBBsecret';

let stop: (() => void) | undefined;
afterEach(() => stop?.());

test('a watched address holds what at most a bounded number of mention writes changed, and still hears a change', async () => {
  await setWebhookUrl(URL_A);
  const heard: string[] = [];
  stop = watchWebhookUrl((url) => heard.push(url));
  await vi.waitFor(() => expect(heard).toEqual([URL_A]));
  for (let batch = 0; batch < 200; batch++) {
    await database().mentions.bulkPut(Array.from({ length: 5 }, (_, index) => mention(`m-${batch}-${index}`, NOW + batch * 10 + index)));
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(live.open.size).toBeGreaterThan(0);
  // 200 writes, none of them to the secrets: without renewal the query has been told of all 200.
  expect(Math.max(...[...live.open].map((query) => query.told))).toBeLessThan(50);
  await setWebhookUrl(URL_B);
  await vi.waitFor(() => expect(heard.at(-1)).toBe(URL_B));
  expect(new Set(heard)).toEqual(new Set([URL_A, URL_B]));
});
