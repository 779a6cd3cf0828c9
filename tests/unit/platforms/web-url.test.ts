// A post's link comes from the page or an API: data, not a command. Only a web address is kept.
import { expect, test } from 'vitest';
import { webUrl } from '@/utils/platforms/dom';

test.each([
  ['https://x.com/a/status/1', undefined, 'https://x.com/a/status/1'],
  ['/@sam/112', 'https://mastodon.social', 'https://mastodon.social/@sam/112'],
  ['http://127.0.0.1:8080/post', undefined, 'http://127.0.0.1:8080/post'],
  ['javascript:alert(1)', undefined, undefined],
  [' JavaScript:alert(1)', 'https://mastodon.social', undefined],
  ['data:text/html,<b>x</b>', undefined, undefined],
  ['ms-msdt:/id PCWDiagnostic', undefined, undefined],
  ['not a url', undefined, undefined],
  ['', 'https://x.com', undefined],
])('%j (base %j) → %j', (href, base, expected) => {
  expect(webUrl(href, base)).toBe(expected);
});
