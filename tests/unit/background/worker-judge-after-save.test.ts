// The worker keeps the rules and the compiled brand matcher between judge messages. It used to drop them only
// when its storage watcher fired, and Chrome tells the worker of a change some time after the write resolved
// in the page that made it: a page that judged right after the brand (or the lexicon) was saved (the content
// script rejudges its badges as soon as it hears of a new brand) was judged with the old one, and kept that
// verdict. Each message now checks what is stored, so the watcher's timing does not matter.
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/utils/messaging';
import { brandLexicon, brandProfile } from '@/utils/settings';
import { EMPTY_BRAND } from '@/utils/tracking/brand';
import { useEnglishMessages } from '../messages';
import { answerMessages, startWorker, stubLocks, stubMissingApis } from './start-worker';

const POST = 'KettleCo support was terrible today';
const judge = async () => (await sendMessage('content→background:judge', [POST]))[0]!;

/**
 * Storage changes told to the worker's listeners only when released, as between a page's write and the
 * worker's onChanged. (fakeBrowser tells its listeners before set() resolves, and its set() calls a trigger
 * that cannot be replaced: the worker's listeners are wrapped as they are added.)
 */
const storageEvents = { held: null as Array<() => unknown> | null };
function gateStorageListeners() {
  const event = fakeBrowser.storage.local.onChanged;
  const add = event.addListener.bind(event) as (listener: (...args: unknown[]) => unknown) => void;
  vi.spyOn(event, 'addListener').mockImplementation(((listener: (...args: unknown[]) => unknown) =>
    add((...args: unknown[]) => (storageEvents.held ? void storageEvents.held.push(() => listener(...args)) : listener(...args)))) as typeof event.addListener);
}
const holdStorageEvents = () => {
  storageEvents.held = [];
};
async function releaseStorageEvents() {
  const held = storageEvents.held ?? [];
  storageEvents.held = null;
  for (const tell of held) await tell();
}

beforeEach(async () => {
  stubLocks();
  stubMissingApis();
  answerMessages();
  useEnglishMessages();
  gateStorageListeners();
  await startWorker();
});

test('a post judged after the brand or the lexicon was saved, before the worker heard of it, is judged with what was saved', async () => {
  await brandProfile.setValue({ ...EMPTY_BRAND, names: ['Brewly'] });
  const before = await judge();
  expect(before.brandHits).toEqual([]);
  expect(before.analysis.label).toBe('negative');

  holdStorageEvents();
  await brandProfile.setValue({ ...EMPTY_BRAND, names: ['KettleCo'] });
  expect((await judge()).brandHits.map((hit) => hit.term)).toEqual(['KettleCo']);

  // "terrible" is no complaint for this brand (say it names a product): the user's lexicon says so.
  await brandLexicon.setValue({ terrible: 0 });
  expect((await judge()).analysis.label).not.toBe('negative');

  // The watcher firing late changes nothing.
  await releaseStorageEvents();
  const after = await judge();
  expect(after.brandHits.map((hit) => hit.term)).toEqual(['KettleCo']);
  expect(after.analysis.label).not.toBe('negative');
});
