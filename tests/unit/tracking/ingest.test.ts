import { beforeEach, describe, expect, test } from 'vitest';
import { analyze } from '@/utils/analysis';
import { isOwnAccount } from '@/utils/tracking/brand';
import { FirebreakDb } from '@/utils/tracking/db';
import { analysisRules, ingestPosts, mentionOf, recordHealth, saveCorrection } from '@/utils/tracking/ingest';
import { bucketsSince } from '@/utils/tracking/mentions';
import type { ReportedPost } from '@/utils/tracking/posts';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);

function reported(id: string, overrides: Partial<ReportedPost> = {}): ReportedPost {
  return { platform: 'x', id, kind: 'post', text: `text ${id}`, sentiment: 'neutral', score: 0, ...overrides };
}

describe('ingest', () => {
  let db: FirebreakDb;
  beforeEach(() => {
    db = new FirebreakDb('ingest-test');
  });

  test('every post is counted as seen; only brand posts become mentions', async () => {
    const result = await ingestPosts(db, [reported('1', { brandTerms: ['Brewly'] }), reported('2'), reported('3', { brandTerms: [] })], NOW);
    expect(result).toEqual({ added: 3, seenAgain: 0, mentionsAdded: 1 });
    expect((await db.mentions.toArray()).map((m) => m.postId)).toEqual(['1']);
  });

  test('a post older than the retention period is seen but not stored as a mention (pruning would only delete it again)', async () => {
    const DAY = 24 * 60 * 60_000;
    const old = reported('old', { brandTerms: ['Brewly'], time: NOW - 730 * DAY });
    const recent = reported('recent', { brandTerms: ['Brewly'], time: NOW - DAY });
    const result = await ingestPosts(db, [old, recent], NOW, [], NOW - 30 * DAY);
    expect(result.mentionsAdded).toBe(1);
    expect((await db.mentions.toArray()).map((m) => m.postId)).toEqual(['recent']);
  });

  test('the brand’s own posts are seen but never mentions', async () => {
    const statement = 'We know some KX-200 kettles are overheating. Please stop using them; an update follows.';
    const posts = [
      reported('own', { author: '@Brewly_Support', text: statement, brandTerms: ['KX-200'], sentiment: 'negative', score: -0.6 }),
      reported('fedi', { author: '@brewly@mastodon.social', brandTerms: ['Brewly'] }),
      reported('customer', { author: '@kit_w', brandTerms: ['KX-200'], sentiment: 'negative', score: -0.7 }),
    ];
    const result = await ingestPosts(db, posts, NOW, ['@brewly_support', 'brewly']);
    expect(result).toMatchObject({ added: 3, mentionsAdded: 1 });
    expect((await db.mentions.toArray()).map((m) => m.postId)).toEqual(['customer']);
  });

  test.each<[string, string[], string, boolean]>([
    ['same handle, any case and @', ['@Brewly'], 'brewly', true],
    ['a handle with an instance matches only there', ['@brewly@mastodon.social'], '@brewly@hachyderm.io', false],
    ['… and there', ['@brewly@mastodon.social'], '@Brewly@Mastodon.social', true],
    ['a handle without instance matches on any', ['@brewly'], '@brewly@hachyderm.io', true],
    ['Reddit’s u/', ['brewly'], 'u/brewly', true],
    ['a longer name is someone else', ['@brewly'], '@brewly_fan', false],
    ['no author', ['@brewly'], '', false],
  ])('isOwnAccount: %s', (_name, handles, author, own) => {
    expect(isOwnAccount(handles, author)).toBe(own);
  });

  test.each([
    ['the post’s own time', NOW - 3_600_000, NOW - 3_600_000],
    ['now, when the page shows no time', undefined, NOW],
    ['now, when the time claims to be from the future', NOW + 3_600_000, NOW],
  ])('a mention is bucketed at %s', (_name, time, expected) => {
    expect(mentionOf(reported('1', { time, brandTerms: ['Brewly'] }), NOW).time).toBe(expected);
  });

  test('a correction is remembered, re-labels the mention and moves its bucket weight', async () => {
    await ingestPosts(db, [reported('1', { brandTerms: ['Brewly'], sentiment: 'negative', score: -0.6, time: NOW })], NOW);
    expect((await bucketsSince(db, '5m', 0))[0]).toMatchObject({ count: 1, negatives: 1 });
    await saveCorrection(db, { platform: 'x', postId: '1', text: 'text 1', label: 'positive', previous: 'negative' }, NOW);
    expect((await db.mentions.get(['x', '1']))?.sentiment).toBe('positive');
    expect((await db.posts.get(['x', '1']))?.sentiment).toBe('positive');
    expect((await bucketsSince(db, '5m', 0))[0]).toMatchObject({ count: 1, negatives: 0 });
  });

  test('corrections teach the analyser: the same post keeps the corrected label, and a product name stops counting', async () => {
    const text = 'The new Killer Deal bundle from Brewly is out';
    const before = analyze(text);
    await saveCorrection(db, { platform: 'x', postId: '9', text, label: 'neutral', previous: before.label }, NOW);
    const rules = await analysisRules(db, { brewly: 'ignore' });
    expect(analyze(text, rules).label).toBe('neutral');
    expect(rules.lexicon.brewly).toBe('ignore');
  });

  test("the brand's own names, products and hashtags carry no feeling; the user's lexicon still rules", async () => {
    const profile = { names: ['Joy', 'Honest Company'], products: ['Killer Deal'], hashtags: ['#HappyMeal'] };
    const rules = await analysisRules(db, {}, profile);
    const cases: Array<[string, 'negative' | 'neutral']> = [
      ["Joy is down again, can't log in", 'negative'],
      ['Honest Company recalls sunscreen', 'neutral'],
      ['Killer Deal weekend starts now', 'neutral'],
      ['#HappyMeal new toys this week', 'neutral'],
      ['#HonestCompany restock today', 'neutral'],
    ];
    for (const [text, label] of cases) {
      // Without the profile, the name's own word pulls the post ("Joy" +2.8, "Honest" +2.3).
      expect(analyze(text).label, text).not.toBe(label);
      expect(analyze(text, rules).label, text).toBe(label);
    }
    // A term the user gave a valence keeps it; other feeling words still count.
    const own = await analysisRules(db, { joy: 2 }, profile);
    expect(own.lexicon.joy).toBe(2);
    expect(analyze('Joy is great, love the new app', rules).label).toBe('positive');
  });

  test('adapter health keeps the last success through a visit that found nothing', async () => {
    await recordHealth(db, 'x', 12, NOW);
    await recordHealth(db, 'x', 0, NOW + 1000);
    expect(await db.health.get('x')).toEqual({ platform: 'x', postsFound: 0, lastVisit: NOW + 1000, lastSuccess: NOW });
  });
});
