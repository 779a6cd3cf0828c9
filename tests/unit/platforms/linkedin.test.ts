// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { linkedinAdapter } from '@/utils/platforms/linkedin';
import { fixture, pageOf } from '../../fixtures/load';

function documentOf(...files: string[]): Document {
  return new DOMParser().parseFromString(pageOf(files.map((file) => fixture(file))), 'text/html');
}

function extractAll(file: string) {
  return linkedinAdapter.findPosts(documentOf(file)).map((element) => linkedinAdapter.extract(element));
}

const POST = 'urn:li:activity:7201869948518523456';
const NOW = new Date(2025, 10, 23, 12, 10).getTime();

afterEach(() => {
  vi.useRealTimers();
});

describe('LinkedIn adapter', () => {
  test.each([
    // Real captures: feed items without text (a people module, an image-only post) and the anonymised classic updates without urn are not posts.
    { file: 'linkedin/lsb-feed-real-mixed.html', found: 9, posts: 4, comments: 0, boxes: 0 },
    { file: 'linkedin/lsb-feed-real-organic.html', found: 4, posts: 1, comments: 0, boxes: 0 },
    { file: 'linkedin/classic-feed.html', found: 5, posts: 2, comments: 2, boxes: 2 },
    { file: 'linkedin/modern-feed.html', found: 3, posts: 2, comments: 0, boxes: 0 },
    // Comments open under an image-only post and a post with text: the image-only post is no post; each comment and the nested reply is one.
    { file: 'linkedin/modern-feed-comments.html', found: 6, posts: 1, comments: 4, boxes: 0 },
  ])('$file: finds $posts posts, $comments comments and $boxes reply boxes', ({ file, found, posts, comments, boxes }) => {
    const doc = documentOf(file);
    const elements = linkedinAdapter.findPosts(doc);
    expect(elements).toHaveLength(found);
    const extracted = elements.map((element) => linkedinAdapter.extract(element)).filter((post) => post !== null);
    expect(extracted.filter((post) => post.kind === 'post')).toHaveLength(posts);
    expect(extracted.filter((post) => post.kind === 'comment')).toHaveLength(comments);
    expect(linkedinAdapter.findReplyBoxes(doc)).toHaveLength(boxes);
  });

  test.each([
    { id: POST, kind: 'post', author: 'Acme Home', time: '2024-05-30T09:00:00.000Z', permalink: `https://www.linkedin.com/feed/update/${POST}/`, textStart: 'Introducing the KX-300: our fastest kettle yet. 🚀', engagement: { likes: 1482, replies: 317, reposts: 45 } },
    { id: 'urn:li:activity:7201262244201226899', kind: 'post', author: 'Jürgen Weiß', time: '2024-05-28T16:45:12.000Z', permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7201262244201226899/', textStart: 'Pattern I keep seeing in crisis comms', engagement: { likes: 87 } },
    { id: `urn:li:comment:(activity:7201869948518523456,7201888067911684242)`, kind: 'comment', author: 'Priya Nair', time: '2024-05-30T10:12:00.000Z', permalink: `https://www.linkedin.com/feed/update/${POST}/?commentUrn=${encodeURIComponent('urn:li:comment:(activity:7201869948518523456,7201888067911684242)')}`, textStart: "Faster isn't the issue.", engagement: { likes: 214 } },
    { id: `urn:li:comment:(activity:7201869948518523456,7201907823083520099)`, kind: 'comment', author: 'Acme Home', time: '2024-05-30T11:30:30.000Z', permalink: `https://www.linkedin.com/feed/update/${POST}/?commentUrn=${encodeURIComponent('urn:li:comment:(activity:7201869948518523456,7201907823083520099)')}`, textStart: 'Priya, thank you for raising this.', engagement: {} },
  ])('classic feed: $id', ({ id, kind, author, time, permalink, textStart, engagement }) => {
    const post = extractAll('linkedin/classic-feed.html').find((item) => item?.id === id);
    // The time comes from the Snowflake id: the classic feed prints only "3h".
    expect(post).toMatchObject({ platform: 'linkedin', id, kind, author, permalink, time: Date.parse(time) });
    expect(post?.engagement).toEqual(engagement);
    expect(post?.text.startsWith(textStart)).toBe(true);
  });

  test('classic feed: own text only (no comments, no reshared post, no "…more", no hidden duplicates)', () => {
    const [post, comment, , reshare] = extractAll('linkedin/classic-feed.html');
    expect(post?.text).not.toContain('tone-deaf');
    expect(post?.text).not.toContain('…more');
    expect(comment?.text).not.toContain('thank you for raising');
    expect(reshare?.text).not.toContain('must not be read');
    expect(reshare?.text).toContain('<img src=x onerror=alert(1)>');
    expect(reshare?.author).toBe('Jürgen Weiß');
  });

  test.each([
    { file: 'linkedin/modern-feed.html', index: 0, author: 'Lena Fischer', textStart: 'We got the KX-200 recall wrong last week.', engagement: { likes: 2301, replies: 418, reposts: 96 } },
    { file: 'linkedin/lsb-feed-real-mixed.html', index: 0, author: undefined, textStart: 'Découvrez comment notre solution', engagement: { likes: 15, replies: 2 } },
    { file: 'linkedin/lsb-feed-real-mixed.html', index: 1, author: undefined, textStart: 'Un constat revient sans arrêt', engagement: { likes: 31, replies: 25 } },
    { file: 'linkedin/lsb-feed-real-mixed.html', index: 8, author: undefined, textStart: '🔎 Vous gérez un établissement', engagement: { likes: 30, replies: 3 } },
    { file: 'linkedin/lsb-feed-real-organic.html', index: 0, author: undefined, textStart: 'Découvrez les meilleurs ETFs', engagement: { likes: 9 } },
  ])('2026 feed: $file #$index has no urn, no machine time, no permalink: a text hash id', ({ file, index, author, textStart, engagement }) => {
    const post = extractAll(file)[index];
    expect(post).toMatchObject({ platform: 'linkedin', kind: 'post', permalink: undefined });
    expect(post?.id).toMatch(/^h:[0-9a-z]{12,}$/);
    expect(post?.author).toBe(author);
    expect(post?.engagement).toEqual(engagement);
    expect(post?.text.startsWith(textStart)).toBe(true);
    expect(post?.text).not.toContain('aime ce contenu');
  });

  test('2026 feed: a link to the post gives the urn, the social context is not the author, "… more" is not text', () => {
    const [first, promoted] = extractAll('linkedin/modern-feed.html');
    expect(first?.author).toBe('Lena Fischer');
    expect(first?.text).not.toContain('more');
    expect(first?.text).not.toContain('commented on this');
    expect(promoted).toMatchObject({ id: 'urn:li:activity:7201477361664031337', author: 'Acme Home', time: Date.parse('2024-05-29T07:00:00.000Z') });
  });

  test('2026 feed: a post is at least as old as its "4h •"; a counts line is no time', () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const [first] = extractAll('linkedin/modern-feed.html');
    expect(first).toMatchObject({ author: 'Lena Fischer', time: NOW - 4 * 3_600_000, timeApproximate: true });
    // The real (French) captures: the organic posts' "6 h • Modifié •" is six hours; the sponsored ones print
    // no time, and their counts line ("15 réactions • 2 commentaires") is none.
    const ages = (file: string) => extractAll(file).filter((post) => post !== null).map((post) => (post.time === undefined ? undefined : (NOW - post.time) / 3_600_000));
    expect(ages('linkedin/lsb-feed-real-mixed.html')).toEqual([undefined, undefined, 6, undefined]);
    expect(ages('linkedin/lsb-feed-real-organic.html')).toEqual([6]);
  });

  test("2026 feed, comments open: an image-only post does not take its first comment's text; a post's text, author, time, counts and id are its own", () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const doc = documentOf('linkedin/modern-feed-comments.html');
    const feedItems = linkedinAdapter.findPosts(doc).filter((element) => element.getAttribute('role') === 'listitem');
    const [imageOnly, withText] = feedItems;
    expect(feedItems).toHaveLength(2);
    expect(linkedinAdapter.extract(imageOnly!)).toBeNull();
    expect(linkedinAdapter.badgeAnchor(imageOnly!)).toBeNull();
    const open = linkedinAdapter.extract(withText!);
    expect(open).toMatchObject({ kind: 'post', author: 'Lena Fischer', text: 'Our KX-200 collection is done: every unit is back.', permalink: undefined, time: NOW - 4 * 3_600_000, engagement: { likes: 310, replies: 1 } });
    expect(open?.id).toMatch(/^h:[0-9a-z]{12,}$/);
    expect(linkedinAdapter.badgeAnchor(withText!)?.getAttribute('componentkey')).toMatch(/^feed-commentary_/);
    // The same post with its comments closed has the same id.
    withText!.querySelectorAll('[data-testid="comments-section"]').forEach((section) => section.remove());
    expect(linkedinAdapter.extract(withText!)?.id).toBe(open?.id);
  });

  const modernComment = (activity: string, comment: string) => `urn:li:comment:(activity:${activity},${comment})`;
  const commentLink = (urn: string) => `https://www.linkedin.com/feed/update/urn:li:activity:${/activity:(\d+)/.exec(urn)?.[1]}/?commentUrn=${encodeURIComponent(urn)}`;

  test.each([
    // The first post's two comments are the classic fixture's two comments (same urns): one record whichever markup shows them.
    { id: modernComment('7201869948518523456', '7201888067911684242'), author: 'Priya Nair', text: 'That is a lot of kettles. Were they all from the KX-200 batch?', time: '2024-05-30T10:12:00.000Z', engagement: { likes: 12 } },
    { id: modernComment('7201869948518523456', '7201907823083520099'), author: 'Acme Home', text: 'Thank you for collecting these, Tomas.', time: '2024-05-30T11:30:30.000Z', engagement: {} },
    { id: modernComment('7201262244201226899', '7201300000000000000'), author: 'Sam Okafor', text: 'Good to hear. Mine was picked up on Tuesday.', time: '2024-05-28T19:15:13.684Z', engagement: { likes: 5 } },
    // The nested reply: its own record; its text box sits inside two more wrappers carrying its urn.
    { id: modernComment('7201262244201226899', '7201310000000000000'), author: 'Lena Fischer', text: 'Sam Okafor thank you for letting us know!', time: '2024-05-28T19:54:57.869Z', engagement: { likes: 2 } },
  ])('2026 feed comments: $id by $author', ({ id, author, text, time, engagement }) => {
    const comment = extractAll('linkedin/modern-feed-comments.html').find((item) => item?.id === id);
    expect(comment).toEqual({ platform: 'linkedin', id, kind: 'comment', text, author, permalink: commentLink(id), time: Date.parse(time), engagement });
  });

  test('2026 feed comments: each is found once (not once per wrapper), a reply is separate from its parent, and the badge goes on its own text box', () => {
    const doc = documentOf('linkedin/modern-feed-comments.html');
    const comments = linkedinAdapter.findPosts(doc).filter((element) => element.getAttribute('role') !== 'listitem');
    const extracted = comments.map((element) => linkedinAdapter.extract(element));
    expect(extracted.map((comment) => comment?.kind)).toEqual(['comment', 'comment', 'comment', 'comment']);
    expect(new Set(extracted.map((comment) => comment?.id)).size).toBe(4);
    const parent = extracted.find((comment) => comment?.author === 'Sam Okafor');
    const reply = extracted.find((comment) => comment?.author === 'Lena Fischer');
    expect(parent?.text).not.toContain('thank you for letting us know');
    expect(reply?.text).not.toContain('Tuesday');
    expect(reply?.text).not.toContain('more');
    for (const [index, element] of comments.entries()) {
      const anchor = linkedinAdapter.badgeAnchor(element);
      expect(anchor?.getAttribute('data-testid')).toBe('expandable-text-box');
      expect(anchor?.textContent).toContain(extracted[index]!.text.slice(0, 12));
    }
    // The scanner's selector sees the same elements (wrappers of one comment are not posts of their own).
    const selected = Array.from(doc.querySelectorAll(linkedinAdapter.postSelector!)).filter((element) => linkedinAdapter.isPost!(element));
    expect(selected).toEqual(linkedinAdapter.findPosts(doc));
  });

  test('2026 feed comments: a classic and a 2026 rendering of one comment are one record', () => {
    const classic = extractAll('linkedin/classic-feed.html').filter((item) => item?.kind === 'comment');
    const modern = extractAll('linkedin/modern-feed-comments.html').filter((item) => item?.kind === 'comment');
    for (const comment of classic) {
      expect(modern.find((item) => item?.id === comment?.id)).toMatchObject({ id: comment?.id, permalink: comment?.permalink, time: comment?.time });
    }
  });

  test('2026 feed comments: wrappers of one comment spelling its urn in both forms are one comment', () => {
    const doc = new DOMParser().parseFromString('<div></div>', 'text/html');
    const outer = doc.createElement('div');
    outer.setAttribute('componentkey', 'replaceableComment_urn:li:comment:(urn:li:ugcPost:7201262244201226899,7201300000000000000)');
    const inner = doc.createElement('div');
    inner.setAttribute('componentkey', 'CommentComponentReference_urn:li:comment:(ugcPost:7201262244201226899,7201300000000000000)');
    const text = doc.createElement('p');
    text.setAttribute('data-testid', 'expandable-text-box');
    text.textContent = 'Same comment, two spellings.';
    inner.append(text);
    outer.append(inner);
    doc.body.append(outer);
    expect(linkedinAdapter.findPosts(doc)).toEqual([outer]);
    expect(linkedinAdapter.extract(outer)).toMatchObject({ id: 'urn:li:comment:(ugcPost:7201262244201226899,7201300000000000000)', kind: 'comment', text: 'Same comment, two spellings.' });
    expect(linkedinAdapter.badgeAnchor(outer)).toBe(text);
  });

  test('the same 2026 post has the same id in two captures', () => {
    const organic = extractAll('linkedin/lsb-feed-real-organic.html')[0];
    const mixed = extractAll('linkedin/lsb-feed-real-mixed.html').find((post) => post?.text.startsWith('Découvrez les meilleurs ETFs'));
    expect(organic?.id).toBeDefined();
    expect(mixed?.id).toBe(organic?.id);
  });

  test('badge anchors: the post text and the comment text', () => {
    const doc = documentOf('linkedin/classic-feed.html');
    const [post, comment] = linkedinAdapter.findPosts(doc);
    expect(linkedinAdapter.badgeAnchor(post!)?.classList.contains('update-components-update-v2__commentary')).toBe(true);
    expect(linkedinAdapter.badgeAnchor(comment!)?.classList.contains('comments-comment-item__main-content')).toBe(true);
    const modern = linkedinAdapter.findPosts(documentOf('linkedin/modern-feed.html'))[0]!;
    expect(linkedinAdapter.badgeAnchor(modern)?.getAttribute('data-testid')).toBe('expandable-text-box');
  });

  test.each([
    '<div class="feed-shared-update-v2" data-urn="urn:li:activity:notanumber"></div>',
    '<div class="feed-shared-update-v2" data-urn="urn:li:activity:99999999999999999999"></div>',
    '<article class="comments-comment-entity" data-id="urn:li:comment:(activity:1,)"></article>',
    '<div role="listitem" componentkey="expandedXFeedType_MAIN_FEED_RELEVANCE"><p></p></div>',
    '<div componentkey="replaceableComment_urn:li:comment:(urn:li:activity:1,)"><p data-testid="expandable-text-box">Text</p></div>',
    '<div componentkey="replaceableComment_urn:li:comment:(urn:li:activity:7201262244201226899,7201300000000000000)"><p>No text box yet</p></div>',
  ])('incomplete or odd markup does not throw: %s', (html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const [element] = linkedinAdapter.findPosts(doc);
    expect(element).toBeDefined();
    expect(() => linkedinAdapter.extract(element!)).not.toThrow();
    expect(() => linkedinAdapter.badgeAnchor(element!)).not.toThrow();
    if (!html.includes('99999')) expect(linkedinAdapter.extract(element!)).toBeNull();
  });
});
