// Blanks a message template leaves in a draft: found exactly, flagged as critical (so a pre-approved
// message keeps the finding), and never found in ordinary replies.
import { describe, expect, test } from 'vitest';
import { analyzeDraft, findingCodes, type DraftContext } from '@/utils/coach';
import { findPlaceholders } from '@/utils/coach/placeholders';
import { timeRatio } from '../timing';

const blanks = (text: string) => findPlaceholders(text).map((span) => text.slice(span.start, span.end));

describe('findPlaceholders', () => {
  test.each([
    ["We're aware of {issue}. Update by {nextUpdate}.", ['{issue}', '{nextUpdate}']],
    ["An update on the outage: [what we found and what we're doing]. Thanks.", ["[what we found and what we're doing]"]],
    ['Signed, { signature }', ['{ signature }']],
    ['{brand} and [ETA]', ['{brand}', '[ETA]']],
    ['Nested [[name]] counts once', ['[name]']],
    // Not blanks: Markdown links, footnotes, checkboxes, [sic], code-ish braces, brackets over lines.
    ['See [our status page](https://status.example.com) for more.', []],
    ['See [the FAQ][1] for more.', []],
    ['As shown in [1], and [x] done.', []],
    ['They said it "wasn\'t [sic] working".', []],
    ['An emoji {:} and {} and {42}', []],
    ['[an unclosed bracket\nover lines]', []],
    ['No blanks at all, just a reply.', []],
  ] as const)('%j → %j', (text, expected) => {
    expect(blanks(text)).toEqual(expected);
  });

  test('a bracket holding a whole paragraph is text, not a blank', () => {
    expect(blanks(`[${'word '.repeat(40)}]`)).toEqual([]);
  });

  test('time is linear, even in a draft made of opening marks', () => {
    for (const unit of ['[', '{a ', '[ab', '[{']) {
      const small = unit.repeat(Math.floor(5_000 / unit.length));
      const large = unit.repeat(Math.floor(200_000 / unit.length));
      // 40× the text: quadratic would be 1,600× the time.
      // Sizes timed in turn (timeRatio): a busy machine only ever adds time, to both alike.
      expect(timeRatio(findPlaceholders, small, large, { rounds: 3, floorMs: 0.5 })).toBeLessThan(200);
    }
  });
});

describe('the placeholder finding', () => {
  const followUp = "An update on {issue}: [what we found and what we're doing]. Thank you for your patience.";
  const context: DraftContext = { platform: 'x', preApproved: [{ id: 'follow-up-update', title: 'Follow-up update', text: followUp }] };

  test('a pre-approved message with blanks keeps it: the plan approved the words, not the blanks', () => {
    const findings = analyzeDraft(followUp, context);
    expect(findingCodes(findings)).toBe('placeholder');
    const [finding] = findings;
    expect(finding!.severity).toBe('critical');
    expect(finding!.spans.map((span) => followUp.slice(span.start, span.end))).toEqual(['{issue}', "[what we found and what we're doing]"]);
    expect(finding!.why).toMatch(/^Fill in “\{issue\}” and “\[what we found and wh.*” before posting/);
  });

  test('one blank is named; three or more are counted', () => {
    expect(analyzeDraft('Thanks, {name}!', { platform: 'x' })[0]?.why).toMatch(/^Fill in “\{name\}” before posting/);
    expect(analyzeDraft('{a} {b} {c} {a}', { platform: 'x' })[0]?.why).toMatch(/^Fill in “\{a\}”, “\{b\}” and 1 more blank before posting/);
  });

  test('filled in, the reply has no finding left', () => {
    const filled = followUp.replace('{issue}', 'the outage').replace("[what we found and what we're doing]", 'a faulty batch, now recalled');
    expect(findingCodes(analyzeDraft(filled, context))).toBe('');
  });
});
