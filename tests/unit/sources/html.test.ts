import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '@/utils/sources/html';

describe('htmlToText', () => {
  it.each([
    ['', ''],
    ['plain text', 'plain text'],
    ['<p>Hello &amp; welcome</p>', 'Hello & welcome'],
    ['<p>one</p><p>two</p>', 'one\ntwo'],
    ['line<br>break<br/>again', 'line\nbreak\nagain'],
    ['<a href="https://x.example/tags/brewly" class="mention hashtag" rel="tag">#<span>Brewly</span></a> rocks', '#Brewly rocks'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['<script>alert(1)</script>after', 'after'],
    ['<style>p{color:red}</style>text', 'text'],
    ['a < b and c > d', 'a < b and c > d'],
    ['<a title="x > y">link</a>', 'link'],
    ["<a title='it\"s'>q</a>", 'q'],
    ['I&#39;m &quot;fine&quot; &#x1F600;', 'I\'m "fine" 😀'],
    ['&unknown; &amp &#xZZ; &#0;', '&unknown; &amp &#xZZ; &#0;'],
    ['<!-- hidden -->shown', 'shown'],
    ['  lots   of\t\tspace  ', 'lots of space'],
    ['<p>a</p>\n\n\n<p>b</p>', 'a\nb'],
    ['<span class="invisible">https://</span><span class="ellipsis">example.com/very</span>', 'https://example.com/very'],
    ['unterminated <a href="x', 'unterminated'],
    ['<p>Brewly&#x27;s outage</p>', "Brewly's outage"],
    ['&nbsp;padded&nbsp;', 'padded'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('never builds markup: the result is text a DOM would show as text', () => {
    expect(htmlToText('<img src=x onerror=alert(1)>hi')).toBe('hi');
  });

  it.each([
    ['unclosed tags', '<a'.repeat(200_000)],
    ['unclosed quotes', '<a "'.repeat(200_000)],
    ['ampersands', '&'.repeat(400_000)],
    ['almost-entities', '&#1234567'.repeat(50_000)],
    ['comments', '<!--'.repeat(200_000)],
    ['script openers', '<script>'.repeat(100_000)],
    ['lone brackets', '< '.repeat(300_000)],
  ])('stays linear on %s', (_name, input) => {
    const started = performance.now();
    htmlToText(input);
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});

describe('decodeEntities', () => {
  it('decodes each entity once (no double decoding)', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });
});
