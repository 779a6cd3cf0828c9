// Sources that take one term per poll (Bluesky, Hacker News) move on to the next term only after a
// success: a term the API keeps refusing (400) or timing out on is asked again and again, with a
// growing back-off, and the brand's other terms are never searched.
import { expect, test } from 'vitest';
import { pollDueSources, type PollDeps } from '@/utils/sources/poller';
import { DEFAULT_SOURCES, withAllSources, type SourcesState } from '@/utils/sources/settings';
import { FirebreakDb } from '@/utils/tracking/db';

test('one failing term does not keep Bluesky from searching the others', async () => {
  const db = new FirebreakDb(`qa-stuck-${Math.random()}`);
  const settings = withAllSources(DEFAULT_SOURCES);
  settings.bluesky.enabled = true;
  let stored: SourcesState = {};
  const asked: string[] = [];
  let now = Date.UTC(2025, 5, 2, 12);
  for (let poll = 0; poll < 6; poll++) {
    const deps: PollDeps = {
      db,
      now,
      settings,
      profile: { names: ['Brewly'], handles: [], hashtags: [], products: ['Kettle One'], exclusions: [] },
      fetch: async (input) => {
        const q = new URL(input).searchParams.get('q')!;
        asked.push(q);
        return q === 'Brewly' ? new Response('{"error":"BadQueryString"}', { status: 400 }) : new Response(JSON.stringify({ posts: [] }), { status: 200 });
      },
      hasPermission: async () => true,
      loadState: async () => structuredClone(stored),
      saveState: async (state) => {
        stored = structuredClone(state);
      },
      random: () => 1,
    };
    await pollDueSources(deps);
    // The next poll once this one's back-off has run out.
    now = Math.max(now, stored.bluesky?.nextPoll ?? now) + 60_000;
  }
  db.close();
  expect(asked.length).toBeGreaterThanOrEqual(6);
  expect(asked, 'terms searched in six polls').toContain('Kettle One');
});
