// Reddit bodies arrive as markdown; the page shows them rendered, and the source must read the same words.
import { describe, expect, it } from 'vitest';
import { markdownToText } from '@/utils/sources/markdown';

describe('markdownToText', () => {
  it.each([
    ['Honestly it **kills** the competition, boiling is *insanely* fast. [video](https://youtu.be/abc)', 'Honestly it kills the competition, boiling is insanely fast. video'],
    ['__bold__ and _italic_ but snake_case_name stays', 'bold and italic but snake_case_name stays'],
    ['~~refund~~ store credit', 'refund store credit'],
    ['[link with title](https://example.com "Title") and ![alt text](https://i.redd.it/x.png)', 'link with title and alt text'],
    ['# Heading\n## Sub heading ##\nbody', 'Heading\nSub heading\nbody'],
    ['## Learning C#\n### Ticket # ###\nsee issue #\n# rank ####### ', 'Learning C#\nTicket #\nsee issue #\nrank #######'],
    ['> quoted line\n>> nested quote\nmine', 'quoted line\nnested quote\nmine'],
    ['Use `brew --force` then\n```\ncode **stays**\n```\ndone', 'Use brew --force then\ncode **stays**\ndone'],
    ['- one\n* two\n1. three\n\n---\n\nafter', 'one\ntwo\nthree\nafter'],
    ['Tom &amp; Jerry &gt; all &#39;ok&#39;\n\n&#x200B;\n\nend', "Tom & Jerry > all 'ok'\nend"],
    ['\\*not italic\\* and 2 \\* 3', '*not italic* and 2 * 3'],
    ['>!spoiler here!< and ^(small words) and ^up', 'spoiler here and small words and up'],
    ['| a | b |\n|---|:--:|\n| 1 | 2 |', 'a b\n1 2'],
  ])('%j → %j', (markdown, text) => {
    expect(markdownToText(markdown)).toBe(text);
  });

  it('keeps plain text as it is, and an empty body empty', () => {
    expect(markdownToText('Waited three weeks for a refund on my Kettle One. Avoid.')).toBe('Waited three weeks for a refund on my Kettle One. Avoid.');
    expect(markdownToText('')).toBe('');
  });

  it('stays fast on hostile input (40,000 characters, the longest a Reddit body may be)', () => {
    const inputs = ['['.repeat(40_000), '[a]('.repeat(10_000), '*a'.repeat(20_000), '_'.repeat(40_000), '>'.repeat(40_000), '`'.repeat(40_000), '~~a'.repeat(13_000), '^('.repeat(20_000), `a${' '.repeat(40_000)}b`, `${' \t'.repeat(20_000)}#x`];
    const started = performance.now();
    for (const input of inputs) markdownToText(input);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
