// @vitest-environment happy-dom
// X draws every emoji of a tweet as an image whose alt is the emoji (Twemoji), Mastodon's web UI as an
// `img.emojione`. Read with textContent they were lost, and the badge said Neutral on a furious or
// delighted post whose feeling was all in its emoji (QA, twentieth session).
import { describe, expect, test } from 'vitest';
import { analyze } from '@/utils/analysis';
import { textOf } from '@/utils/platforms/dom';
import { mastodonAdapter } from '@/utils/platforms/mastodon';
import { xAdapter } from '@/utils/platforms/x';
import { fixture, pageOf } from '../../fixtures/load';
import { tweetHtml } from '../../fixtures/x/build';

const twemoji = (char: string, code: string) =>
  `<img alt="${char}" draggable="false" src="https://abs-0.twimg.com/emoji/v2/svg/${code}.svg" title="" class="r-4qtqp9 r-dflpy8">`;
const emojione = (char: string, code: string) => `<img draggable="false" class="emojione" alt="${char}" title="" src="/emoji/${code}.svg">`;

/** Puts markup (the test's own, not page text) in place of an element's children. */
function fill(element: Element, html: string): void {
  const parsed = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild!;
  element.replaceChildren(...Array.from(parsed.childNodes).map((node) => element.ownerDocument.importNode(node, true)));
}

describe('X: emoji drawn as images are part of the tweet’s text', () => {
  test.each([
    { html: `<span>@brewly my order </span>${twemoji('😡', '1f621')}${twemoji('😡', '1f621')}${twemoji('😡', '1f621')}`, text: '@brewly my order 😡😡😡', label: 'negative' },
    { html: `<span>Just tried the new blend from @brewly </span>${twemoji('😍', '1f60d')}${twemoji('🔥', '1f525')}`, text: 'Just tried the new blend from @brewly 😍🔥', label: 'positive' },
    { html: `<span>@brewly support </span>${twemoji('👎🏽', '1f44e-1f3fd')}${twemoji('🇬🇧', '1f1ec-1f1e7')}`, text: '@brewly support 👎🏽🇬🇧', label: 'negative' },
  ])('$text', ({ html, text, label }) => {
    const doc = new DOMParser().parseFromString(
      pageOf([tweetHtml({ id: '1990000000000000001', handle: 'sam_patel', text: 'placeholder', time: '2025-11-02T10:00:00.000Z' })]),
      'text/html',
    );
    const article = xAdapter.findPosts(doc)[0]!;
    fill(article.querySelector('[data-testid="tweetText"]')!, html);
    const post = xAdapter.extract(article)!;
    expect(post.text).toBe(text);
    expect(analyze(post.text).label).toBe(label);
  });
});

describe('Mastodon: emoji drawn as images are part of the status’s text', () => {
  test.each([
    { html: `<p>@acme_support my kettle order ${emojione('😡', '1f621')}${emojione('😡', '1f621')}</p>`, emoji: '😡', label: 'negative' },
    { html: `<p>New kettle from @acme_support arrived ${emojione('😍', '1f60d')}${emojione('🔥', '1f525')}</p>`, emoji: '😍', label: 'positive' },
  ])('$emoji', ({ html, emoji, label }) => {
    const doc = new DOMParser().parseFromString(pageOf([fixture('mastodon/home-timeline.html')]), 'text/html');
    const status = mastodonAdapter.findPosts(doc).find((element) => mastodonAdapter.extract(element)?.id === '112540823379182001')!;
    fill(status.querySelector('.status__content__text')!, html);
    const post = mastodonAdapter.extract(status)!;
    expect(post.text).toContain(emoji);
    expect(analyze(post.text).label).toBe(label);
  });
});

test('other images are not text: an avatar, a photo, a custom emoji’s shortcode, a number', () => {
  const element = document.createElement('div');
  fill(element, 'Kettle <img alt="Image"><img alt="Sam Patel"><img class="custom-emoji" alt=":blobcat:"><img alt="2024"> arrived <img alt="🎉">');
  expect(textOf(element)).toBe('Kettle arrived 🎉');
});
