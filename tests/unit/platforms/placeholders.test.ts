import { describe, expect, test } from 'vitest';
import { PLACEHOLDER_TEXTS, isPlaceholder, joinParts } from '@/utils/platforms/placeholders';

describe('isPlaceholder', () => {
  test.each([
    // Reddit (old reddit and the API; the redesign; Reddit's own removals)
    '[removed]',
    '[deleted]',
    '[ Removed by Reddit ]',
    '[deleted by user]',
    'Comment removed by moderator',
    'Comment deleted by user',
    // X tombstones, with and without their "Learn more" link
    'This post is unavailable.',
    'This Post was deleted by the Post author. Learn more',
    'This Post was deleted by the Post author.',
    'This Post is from a suspended account. Learn more',
    // Facebook, LinkedIn, Mastodon, Bluesky
    "This content isn't available right now",
    'This post cannot be displayed',
    'Post removed by author',
    'Post not found.',
    'This comment has been deleted',
  ])('%s', (text) => {
    expect(isPlaceholder(text)).toBe(true);
  });

  test('every listed notice is recognised as printed', () => {
    for (const text of PLACEHOLDER_TEXTS) expect(isPlaceholder(text), text).toBe(true);
  });

  test.each([
    ['another case', '[REMOVED]'],
    ['white space around it and inside the brackets', '  [ removed ]\n'],
    ['a curly apostrophe', 'This content isn’t available right now'],
    ['without its full stop', 'Post not found'],
    ['with one', 'Comment deleted by user.'],
    ['the link read in another case', 'This Post was deleted by the Post author. Learn More'],
  ])('whatever the case, spacing and punctuation: %s', (_, text) => {
    expect(isPlaceholder(text)).toBe(true);
  });

  test('every notice is still found however it is cased and spaced (most posts are turned away on their first letters)', () => {
    const variants = (text: string) => [text.toUpperCase(), text.toLowerCase(), `  ${text.replace(/ /g, '  ')}\n`, text.replace(/\[/g, '[ ').replace(/\]/g, ' ]')];
    for (const text of PLACEHOLDER_TEXTS) for (const variant of variants(text)) expect(isPlaceholder(variant), variant).toBe(true);
  });

  test.each([
    ['a comment quoting a notice', 'Mods left my refund question as [removed] again. Unbelievable.'],
    ['a notice with words of its own after it', '[deleted] lol'],
    ['a longer sentence that starts like a notice', 'This post is unavailable in my country, why Acme?'],
    ['an empty text', ''],
    ['only white space', '   \n '],
    ['only an emoji', '🙃'],
    ['only a link', 'https://example.com/removed'],
    ['only "Learn more"', 'Learn more'],
    ['a word of a notice alone', 'removed'],
    ['a very long text', `[removed] ${'a'.repeat(5000)}`],
  ])('not %s', (_, text) => {
    expect(isPlaceholder(text)).toBe(false);
  });
});

describe('joinParts', () => {
  test('a title over a removed body reads as the title', () => {
    expect(joinParts(['Acme cancelled my order twice', '[removed]'])).toBe('Acme cancelled my order twice');
  });

  test('parts that are all notices read as a notice', () => {
    expect(isPlaceholder(joinParts(['[deleted by user]', '[removed]']))).toBe(true);
  });

  test('real parts are joined as before, empty ones left out', () => {
    expect(joinParts(['Title', '', 'Body [removed] in a sentence'])).toBe('Title Body [removed] in a sentence');
    expect(joinParts(['', ''])).toBe('');
  });
});
