import { rulesFromCorrections, type BrandRules, type LexiconRule } from '../analysis';
import type { CorrectionMessage } from '../messaging';
import type { PlatformId } from '../platforms/types';
import { isOwnAccount, type BrandProfile } from './brand';
import { EXCERPT_LENGTH, type FirebreakDb, type Mention } from './db';
import { recordMentions } from './mentions';
import { recordPosts, type RecordResult, type ReportedPost } from './posts';

/** A reported post that names the brand, as a mention. */
export function mentionOf(post: ReportedPost, now: number): Mention {
  // The post's own time where the page shows one, unless it claims to be from the future; else when it
  // was first seen. A time read from "3 weeks ago" is the latest it allows (platforms/visible-time.ts).
  const known = post.time !== undefined && post.time <= now + 5 * 60_000;
  return {
    platform: post.platform,
    postId: post.id,
    time: known ? post.time! : now,
    ...(known && post.timeApproximate ? { timeApproximate: true as const } : {}),
    firstSeen: now,
    sentiment: post.sentiment,
    score: post.score,
    signals: post.signals ?? [],
    author: post.author,
    permalink: post.permalink,
    excerpt: post.text.slice(0, EXCERPT_LENGTH),
    brandTerms: post.brandTerms ?? [],
    engagement: post.engagement,
    source: 'page',
  };
}

export interface IngestResult extends RecordResult {
  mentionsAdded: number;
}

/**
 * Everything the background does with a batch of posts from a page. `ownHandles`: the brand's
 * accounts, whose own posts are never mentions. `keepFrom`: the start of the retention period (retentionCutoff); a
 * post older than that (a two-year-old post shown again) is not stored, as pruning would delete it
 * again within minutes, and it would come back each time the page showed it.
 */
export async function ingestPosts(
  db: FirebreakDb,
  posts: readonly ReportedPost[],
  now = Date.now(),
  ownHandles: readonly string[] = [],
  keepFrom = -Infinity,
): Promise<IngestResult> {
  const seen = await recordPosts(db, posts, now);
  const brandPosts = posts.filter((post) => (post.brandTerms?.length ?? 0) > 0 && !isOwnAccount(ownHandles, post.author));
  const mentions = brandPosts.map((post) => mentionOf(post, now)).filter((mention) => mention.time >= keepFrom);
  const { added } = await recordMentions(db, mentions);
  return { ...seen, mentionsAdded: added };
}

/**
 * The brand's own names, products and hashtags carry no feeling of their own: a brand called Monster,
 * Joy or Honest, or a product called "Killer Deal", is named in every mention, and its word would pull
 * each of them one way ("Joy is down again" read mixed, from Joy's +2.8). Each is ignored, as a whole
 * and as a hashtag ("#MonsterEnergy"). Handles never score. A term the user's lexicon gives a rule
 * keeps it (see analysisRules).
 */
export function brandTermsIgnored(profile: Pick<BrandProfile, 'names' | 'products' | 'hashtags'>): Record<string, LexiconRule> {
  const lexicon: Record<string, LexiconRule> = {};
  for (const term of [...profile.names, ...profile.products]) {
    const cleaned = term.trim().toLowerCase();
    if (!cleaned) continue;
    lexicon[cleaned] = 'ignore';
    lexicon[`#${cleaned.replace(/[\s'’.&-]+/gu, '')}`] = 'ignore';
  }
  for (const tag of profile.hashtags) {
    const cleaned = tag.trim().replace(/^[#＃]/, '').replace(/\s+/g, '').toLowerCase();
    if (cleaned) lexicon[`#${cleaned}`] = 'ignore';
  }
  return lexicon;
}

/**
 * The brand rules the analyser applies: the user's lexicon plus what their corrections taught, with the
 * brand's own terms neutral unless the lexicon says otherwise.
 */
export async function analysisRules(
  db: FirebreakDb,
  lexicon: Readonly<Record<string, LexiconRule>>,
  profile?: Pick<BrandProfile, 'names' | 'products' | 'hashtags'>,
): Promise<BrandRules> {
  const corrections = await db.corrections.orderBy('savedAt').toArray();
  return rulesFromCorrections(corrections, { ...(profile ? brandTermsIgnored(profile) : {}), ...lexicon });
}

/** Saves a correction; a stored mention of that post takes the corrected label (its buckets follow). */
export async function saveCorrection(db: FirebreakDb, correction: CorrectionMessage, now = Date.now()): Promise<void> {
  await db.corrections.put({ ...correction, savedAt: now });
  const mention = await db.mentions.get([correction.platform, correction.postId]);
  // Recorded again, the mention takes the label just saved (recordMentions applies stored corrections).
  if (mention && mention.sentiment !== correction.label) await recordMentions(db, [mention]);
  await db.posts.update([correction.platform, correction.postId], { sentiment: correction.label });
}

export async function recordHealth(db: FirebreakDb, platform: PlatformId, postsFound: number, now = Date.now()): Promise<void> {
  const before = await db.health.get(platform);
  await db.health.put({
    platform,
    postsFound,
    lastVisit: now,
    lastSuccess: postsFound > 0 ? now : before?.lastSuccess,
  });
}
