// A source's request is never followed to another address: a Mastodon instance (the user's choice)
// that redirects would otherwise send the brand's search terms, and a token, to a host the user never
// chose or granted. The fixed services' addresses are their API's own, so they are not followed
// either: a browser hides where a redirect goes until it has followed it, so a redirect within the
// same site cannot be told from one that leaves it before the request is sent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchJson, type FetchLike } from '@/utils/sources/http';
import { pollDueSources, type PollDeps } from '@/utils/sources/poller';
import { DEFAULT_SOURCES, withAllSources, type SourcesState } from '@/utils/sources/settings';
import type { SourceId } from '@/utils/sources/types';
import { FirebreakDb } from '@/utils/tracking/db';
import { BLUESKY_BODY, HN_BODY, MASTODON_BODY, NOW, PROFILE, REDDIT_BODY } from './fixtures';
import { json, startServer, type Handler, type TestServer } from './server';

const PATHS: Record<SourceId, string> = {
  bluesky: '/xrpc/app.bsky.feed.searchPosts',
  mastodon: '/api/v1/timelines/tag/BrewlyPro',
  reddit: '/search.json',
  hackernews: '/api/v1/search_by_date',
};
const BODIES: Record<SourceId, unknown> = { bluesky: BLUESKY_BODY, mastodon: MASTODON_BODY, reddit: REDDIT_BODY, hackernews: HN_BODY };

/** A 3xx to `target`, keeping the path and query (what a moved instance answers). */
const redirectTo = (target: string, status = 301): Handler => (request, response) => {
  response.writeHead(status, { Location: `${target}${request.path}?${request.query.toString()}` });
  response.end();
};

let chosen: TestServer;
let elsewhere: TestServer;
let db: FirebreakDb;
let stored: SourcesState;

beforeEach(async () => {
  // Two loopback servers on two ports: two origins, the one the user chose and another.
  chosen = await startServer();
  elsewhere = await startServer();
  db = new FirebreakDb(`redirects-${Math.random()}`);
  stored = {};
});
afterEach(async () => {
  db.close();
  await chosen.close();
  await elsewhere.close();
});

function deps(source: SourceId, token?: string): PollDeps {
  const settings = withAllSources(DEFAULT_SOURCES);
  settings[source].enabled = true;
  settings.mastodon.instance = 'mastodon.example';
  return {
    db,
    now: NOW,
    settings,
    tokens: token === undefined ? {} : { [source]: token },
    profile: PROFILE,
    fetch: (input, init) => fetch(input, init),
    hasPermission: async () => true,
    loadState: async () => structuredClone(stored),
    saveState: async (state) => {
      stored = structuredClone(state);
    },
    baseUrls: { [source]: chosen.base },
    random: () => 1,
    timeoutMs: 2_000,
  };
}

describe('a source that answers with a redirect', () => {
  it('Mastodon: an instance that redirects to another host is not followed; the terms and the token stay with the chosen host', async () => {
    chosen.on(PATHS.mastodon, redirectTo(elsewhere.base));
    elsewhere.on(PATHS.mastodon, json(200, MASTODON_BODY));
    const result = await pollDueSources(deps('mastodon', 's3cret'));
    expect(elsewhere.requests, 'requests to the host the instance redirected to').toEqual([]);
    expect(chosen.requests).toHaveLength(1);
    expect(result.polled[0]).toMatchObject({ source: 'mastodon', ok: false, mentionsAdded: 0, problem: { code: 'redirected' } });
    expect(stored.mastodon!.lastError).toMatchObject({ code: 'redirected' });
    expect(await db.mentions.count()).toBe(0);
  });

  it.each(['bluesky', 'reddit', 'hackernews'] as const)('%s: a redirect is not followed either', async (source) => {
    chosen.on(PATHS[source], redirectTo(elsewhere.base, 302));
    elsewhere.on(PATHS[source], json(200, BODIES[source]));
    const result = await pollDueSources(deps(source));
    expect(elsewhere.requests).toEqual([]);
    expect(result.polled[0]).toMatchObject({ source, ok: false, problem: { code: 'redirected' } });
  });

  it('a redirect is a problem of the address: the source backs off like any failure and keeps its position', async () => {
    chosen.on(PATHS.mastodon, redirectTo(elsewhere.base, 308));
    await pollDueSources(deps('mastodon'));
    expect(stored.mastodon).toMatchObject({ consecutiveFailures: 1, since: {}, lastError: { code: 'redirected', status: 308 } });
    expect(stored.mastodon!.nextPoll).toBeGreaterThan(NOW);
  });
});

describe('fetchJson', () => {
  it('asks the browser not to follow redirects', async () => {
    const seen: RequestInit[] = [];
    const fetchFn: FetchLike = async (_input, init) => {
      seen.push(init ?? {});
      return new Response('[]', { status: 200 });
    };
    expect(await fetchJson(fetchFn, 'https://api.example/x', {})).toMatchObject({ ok: true });
    expect(seen[0]?.redirect).toBe('manual');
  });

  it('reads a browser’s opaque redirect (status 0, no Location) as a redirect', async () => {
    // What a browser's fetch gives for redirect: 'manual'; a Response of status 0 cannot be built.
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    Object.defineProperty(opaque, 'status', { value: 0 });
    const result = await fetchJson(async () => opaque, 'https://mastodon.example/api/v1/timelines/tag/x', {});
    expect(result).toEqual({ ok: false, problem: { code: 'redirected' } });
  });

  it('a 3xx without following (Node gives the response itself) is a redirect too, with its status', async () => {
    const result = await fetchJson(async () => new Response(null, { status: 301, headers: { Location: 'https://elsewhere.example/' } }), 'https://a.example/', {});
    expect(result).toEqual({ ok: false, problem: { code: 'redirected', status: 301 } });
  });
});
