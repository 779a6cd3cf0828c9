// Complaints told in plain terms, and laughter and wild words read from the rest of the post (Firebreak
// issue #3, left by the fifth QA pass). The cases are the rules' own. Like tweet-qa-5.test.ts they assert
// what the rules give (the summed weight of the reasons), not the learned model's label.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/analysis/index';
import { net } from './net';

const reasonTexts = (text: string): string[] => analyze(text).reasons.map((reason) => reason.text.toLowerCase());

describe('laughter beside a complaint is bitter, not praise', () => {
  test.each([
    ['lol my order still hasn’t shipped'],
    ["lol my order still hasn't shipped"],
    ['my package is lost lmao'],
    ['Brewly support hung up on me twice lol'],
    ['flight cancelled again 😂😂'],
    ['lmaooo the app crashed again'],
    ['hahaha they hung up on me again'],
    ['the update deleted all my notes 🤣'],
  ])('%s reads negative, and its laughter carries no weight', (text) => {
    expect(net(text)).toBeLessThan(-0.5);
    for (const reason of analyze(text).reasons) {
      if (/^(?:l+o+l+|lm+a+o+|(?:ha)+|😂|🤣)$/u.test(reason.text.toLowerCase())) expect(reason.weight).toBe(0);
    }
  });

  test.each([['lol love this'], ['haha this is brilliant 😂'], ['lmaooo this ad is hilarious'], ['😂😂😂']])('%s keeps its laughter as praise', (text) => {
    expect(net(text)).toBeGreaterThan(1);
  });

  // With no complaint told, laughter beside a mishap stays light, as VADER's raters score it (+1.4).
  test('a mishap laughed off is no complaint', () => {
    expect(net('lmao my dad just called me for the third time today')).toBeGreaterThan(0);
  });
});

describe('what is still missing, and time spent waiting', () => {
  test.each([
    ["it's been 11 days and still no refund", 'no refund'],
    ['still no refund after 3 weeks', 'no refund'],
    ['Day 6 without internet @Comcast', 'without internet'],
    ['day 3 without power and no word from anyone', 'without power'],
    ['3 weeks waiting for a callback', '3 weeks waiting'],
    ['2hrs waiting for a table', '2hrs waiting'],
    ['waited 45 minutes at the counter', 'waited 45 minutes'],
    ['two weeks chasing a refund', 'two weeks chasing'],
    ['our flat has had no hot water since Monday', 'no hot water'],
    ['parcel hasn’t been dispatched', "hasn't been dispatched"],
  ])('%s reads negative, for "%s"', (text, reason) => {
    expect(net(text)).toBeLessThan(-0.5);
    expect(reasonTexts(text).map((t) => t.replace(/’/g, "'"))).toContain(reason);
  });

  test.each([
    ["Can't wait, 3 more days!"],
    ['Day 3 of the festival was amazing'],
    ['3 days until the launch, so excited'],
    ['we spent 2 weeks in Lisbon and loved it'],
    ['two years without a single issue, love this kettle'],
  ])('%s is no complaint', (text) => {
    expect(net(text)).toBeGreaterThan(0.5);
  });

  test('a wait with praise after a contrast is not a complaint', () => {
    expect(net('waited 20 minutes but the food was worth it')).toBeGreaterThan(0);
  });

  test('a time with no cue of waiting says nothing', () => {
    expect(net('the webinar runs 45 minutes')).toBe(0);
    expect(net('shipping takes 3 days')).toBe(0);
  });
});

describe('a word of wild intensity in praise is no complaint, and a complaint otherwise', () => {
  test.each([
    ['this update is insane, so good'],
    ['insane how fast delivery was'],
    ['crazy how fast they replied, thank you'],
    ['the new camera is unreal, love it'],
    ['insane value for the price'],
  ])('%s reads positive', (text) => {
    expect(net(text)).toBeGreaterThan(1);
  });

  test.each([['the prices are insane'], ['the queue is insane'], ['this is crazy, nobody answers the phone'], ['the wait times are insane, awful service']])(
    '%s stays negative',
    (text) => {
      expect(net(text)).toBeLessThan(-0.5);
    },
  );
});

describe("staff conduct told plainly, and staff's own words quoted, weigh as a complaint", () => {
  test.each([
    ['Hey @Quillo one of your drivers parked in a disabled bay and swore at my dad. Van 12.'],
    ['The Pricesmart guard followed my daughter around the store. She is 12.'],
    ['The Fernley Hotel night porter told my sister "we don\'t rent rooms to people like you". We left at 1am.'],
  ])('%s reads negative', (text) => {
    expect(net(text)).toBeLessThan(-0.5);
  });

  test('a worker praised with words of theirs quoted keeps its praise', () => {
    expect(net('Our driver said "no rush at all" and helped with every bag. Brilliant service, thank you Cabwise!')).toBeGreaterThan(1);
  });
});
