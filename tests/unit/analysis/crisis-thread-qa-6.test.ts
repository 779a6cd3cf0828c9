// General rules from a sixth QA pass over comments in crisis threads (replies under a brand's apology,
// the wider conversation about a recall, an outage, a breach; Firebreak issue #3). The cases are the
// rules' own, not the QA comments. They assert what the rules give (the summed weight of the reasons,
// the signals), not the learned model's label.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/analysis/index';
import { tokenize } from '../../../utils/analysis/tokenize';
import { net } from './net';

describe('handles with dots and a second "@" are one handle, never words', () => {
  test.each([
    ['@keke.beauty did you see this', '@keke.beauty'],
    ['cc @glow.and.grace.studio', '@glow.and.grace.studio'],
    ['@sam.bsky.social same here', '@sam.bsky.social'],
    ['@lena@mastodon.social this one', '@lena@mastodon.social'],
  ])('%s', (text, handle) => {
    expect(tokenize(text).filter((token) => token.kind === 'mention').map((token) => token.raw)).toEqual([handle]);
    expect(net(text)).toBe(0);
  });

  test('a handle at the end of a sentence or of the post leaves its full stop', () => {
    expect(tokenize('Ask @brewly.').map((token) => token.raw)).toEqual(['Ask', '@brewly', '.']);
    expect(tokenize('Ask @brewly. Now').map((token) => token.raw)).toEqual(['Ask', '@brewly', '.', 'Now']);
  });
});

describe('leaving, told as a plan, is a boycott', () => {
  test.each([
    ["Typical. Won't be shopping there again."],
    ['Not buying anything from them again until the reviews are in.'],
    ['unfollowed. plenty of other brands out there'],
    ['Moving my mortgage elsewhere when the fixed term ends.'],
    ['Switching the second my contract allows it.'],
    ['Deleted my account this morning.'],
  ])('%s', (text) => {
    const result = analyze(text);
    expect(result.signals).toContain('boycott');
    expect(net(text)).toBeLessThan(-0.5);
  });
});

describe('a crisis handled well, and customers who stay, are praise', () => {
  test.each([
    ['credit where due, they reversed the pay cut in three days'],
    ['They owned it and paid everyone back. Mistakes happen.'],
    ['Props to the support team, sorted in ten minutes'],
    ['Been with them for years and staying put.'],
    ['Will fly with them again, no question.'],
    ['The new patch goes hard'],
    ['Their statement was clear, no waffle, no corporate fluff.'],
    ['Their flat white is still unmatched.'],
    ['That is exactly what you want a supermarket to do.'],
  ])('%s reads positive', (text) => {
    expect(net(text)).toBeGreaterThan(0.5);
  });
});

describe('money words are not feelings', () => {
  test.each([['They offered £5 account credit per day.'], ['Sign up for the free credit monitoring here.'], ["it's giving late night infomercial"]])('%s', (text) => {
    expect(Math.abs(net(text))).toBeLessThan(1);
  });

  test('"the irony" is a jab', () => {
    expect(net('a privacy app that leaks your location, the irony')).toBeLessThan(-1);
  });
});

describe('words in quotation marks are mentioned, not said', () => {
  test.each([
    ['Aurex "engineered for confidence" sure'],
    ['So the "fresh" in FreshWay is just branding then'],
    ['the “award-winning” service strikes again'],
  ])('%s: the quoted praise keeps a fraction of its weight', (text) => {
    const quoted = analyze(text).reasons.filter((reason) => /confidence|fresh|award/i.test(reason.text));
    expect(quoted.length).toBeGreaterThan(0);
    // as praise, a fraction; a claim belied ("the "fresh" … is just branding then") weighs as the complaint it is
    for (const reason of quoted) expect(reason.weight).toBeLessThan(1);
  });

  test('the same words unquoted keep their weight', () => {
    expect(net('engineered for confidence')).toBeGreaterThan(1.5);
  });

  test('a post that is all quotation is read as it stands', () => {
    expect(net('"I love it"')).toBeGreaterThan(2);
  });

  test('a long quotation is the writer passing on words, not scare quotes', () => {
    const long = 'She said "I love this team and everything they have built together over the years" today';
    expect(net(long)).toBeGreaterThan(2);
  });
});

describe('verdicts told as images and idioms', () => {
  test.each([
    ['Paying £62 a month for a very expensive paperweight'],
    ['Their "we are a family" post aged like milk'],
    ['these jeans fall apart after three washes'],
    ['you mean to tell me nobody in that meeting said anything??'],
    ["Can't believe a word this company says now"],
  ])('%s reads negative', (text) => {
    expect(net(text)).toBeLessThan(-0.5);
  });

  test('aged like fine wine is praise', () => {
    expect(net('that review aged like fine wine')).toBeGreaterThan(0.5);
  });
});

describe('a plain question about the crisis asks for information', () => {
  const size = (text: string) => analyze(text).reasons.reduce((sum, reason) => sum + Math.abs(reason.weight), 0);
  test.each([
    ['Is there a deadline to claim the refund?', 'There is a deadline to claim the refund.'],
    ['Does the refund apply if you booked through an agent?', 'The refund applies if you booked through an agent.'],
    ['Is the outage affecting 5G only or 4G too?', 'The outage is affecting 5G only, not 4G.'],
    ['Did they ever say what the pay cut is?', 'They said what the pay cut is.'],
  ])('%s: its crisis words count half', (question, statement) => {
    expect(size(statement)).toBeGreaterThan(0);
    expect(size(question)).toBeLessThanOrEqual(size(statement) * 0.5 + 1e-9);
  });

  test.each([['Is the app down again?'], ['Is the app still crashing for everyone?'], ['Is the app down? Third time this week.']])('%s: a complaint asked keeps its weight', (text) => {
    const strongest = Math.max(...analyze(text).reasons.map((reason) => Math.abs(reason.weight)));
    expect(strongest).toBeGreaterThan(1);
  });
});

describe('the praise phrases stay out of phrases that are no praise', () => {
  test.each([
    ['An apology doesn’t undo the damage.', -Infinity, 0],
    ["An apology doesn't undo the damage.", -Infinity, 0],
    ['Questions with respect to the refund policy go to the help centre.', -1, 1],
    ['The strike will carry on into next week.', -Infinity, 0.5],
    ['Why are people still buying from them?', -Infinity, 0.5],
    ['The guy who owned it before me never serviced it.', -Infinity, 0.5],
  ])('%s', (text, low, high) => {
    const value = net(text);
    expect(value).toBeGreaterThan(low);
    expect(value).toBeLessThan(high);
  });
});
