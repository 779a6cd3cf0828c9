// A source the user turns off while the poll is busy with an earlier source is still asked: the poll
// works from the settings it read when it started. For Reddit (and the default Mastodon instances) the
// permission gate does not catch it: the manifest's content scripts already grant those hosts, so
// turning the source off gives nothing back and permissions.contains stays true.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { pollSources } from '@/utils/sources/background';
import { DEFAULT_SOURCES, sourcesSettings, withAllSources } from '@/utils/sources/settings';
import { brandProfile } from '@/utils/settings';
import { FirebreakDb } from '@/utils/tracking/db';

let db: FirebreakDb;
beforeEach(() => {
  db = new FirebreakDb(`qa-off-${Math.random()}`);
});
afterEach(() => db.close());

test('no request goes to Reddit once the user has turned Reddit off', async () => {
  const settings = withAllSources(DEFAULT_SOURCES);
  settings.bluesky.enabled = true;
  settings.reddit.enabled = true;
  await sourcesSettings.setValue(settings);
  await brandProfile.setValue({ names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] });

  const requested: string[] = [];
  const summary = await pollSources(db, undefined, {
    fetch: async (input) => {
      requested.push(new URL(input).host);
      if (input.includes('bsky')) {
        // While Bluesky is being read, the user turns Reddit off in the options page.
        const now = withAllSources(await sourcesSettings.getValue());
        await sourcesSettings.setValue({ ...now, reddit: { ...now.reddit, enabled: false } });
        return new Response(JSON.stringify({ posts: [] }), { status: 200 });
      }
      return new Response(JSON.stringify({ kind: 'Listing', data: { after: null, children: [] } }), { status: 200 });
    },
    // www.reddit.com/* is a content-script match in the manifest: always granted.
    hasPermission: async () => true,
  });

  expect(summary.polled.map((result) => result.source)).toContain('bluesky');
  expect(requested, 'hosts asked').not.toContain('www.reddit.com');
});
