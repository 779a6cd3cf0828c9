// General rules from a fifth QA pass over everyday tweets about sport, shows, politics and plans
// (Firebreak issue #3). The cases are the rules' own, not the QA tweets. They assert what the rules give
// (the summed weight of the reasons), not the learned model's label, so they hold whatever model is
// trained next.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/analysis/index';
import { net } from './net';

describe('praise built of dark words, and praise told as a feeling', () => {
  test.each([
    ['the drummer absolutely killed it at the reunion gig'],
    ['you nailed it on the quiz tonight'],
    ['this mixtape is fire'],
    ['the new dorm beds are comfy as hell'],
    ['the opening chapter blew me away'],
    ['that choir gave me chills'],
    ['her take on the budget was spot on'],
    ["can't stop listening to that podcast"],
    ["the finale can't come soon enough"],
    ['the gig was a blast'],
    ['a cold drink on the porch after work, nothing better'],
    ['that rookie goalie is the real deal'],
    ['the Hawks look unstoppable this month'],
    ['what a goal from Silva'],
  ])('%s reads clearly positive', (text) => {
    expect(net(text)).toBeGreaterThanOrEqual(1.5);
  });
});

describe('"can\'t believe" is surprise, not a denial of what follows', () => {
  test.each([
    ["can't believe how good the soup at the new diner is", 1],
    ["I couldn't believe how beautiful the lake looked", 1],
    ["can't believe how rude the usher was", -1],
  ] as const)('%s', (text, side) => {
    expect(Math.sign(net(text))).toBe(side);
  });
});

describe('defeat and letdown told without a feeling word', () => {
  test.each([
    ['the Hornets were relegated on the last day'],
    ['our keeper blew it in the last minute'],
    ['the Jets blew the lead with two minutes left'],
    ['our winger is out for the season'],
    ['the Bruins are out of the playoffs'],
    ['what a dark day for the club'],
    ['the county fair got rained out'],
    ['I lost faith in the council years ago'],
    ["the coach has no idea what he's doing"],
    ["two hours I'm never getting back"],
    ['the cleaning crew put in zero effort'],
    ['parking near the stadium is non existent'],
    ["Sundays won't be the same without grandpa"],
    ['another weekend of roadworks on the ring road, when does it end'],
    ['this update drains my battery in an afternoon'],
    ['the new timetable leaves a lot to be desired'],
    ["I'd rather watch paint dry than sit through that panel again"],
    ['the league office needs to get it together'],
  ])('%s reads clearly negative', (text) => {
    expect(net(text)).toBeLessThanOrEqual(-1);
  });
});

describe('"…, said no one" tags what comes before it as sarcasm', () => {
  test('praise before the tag turns against itself', () => {
    expect(net('I love sitting in traffic for an hour, said no one')).toBeLessThan(0);
    expect(analyze('Mondays are the best, said nobody').signals).toContain('sarcasm');
  });
  test('a report that no one was hurt is no sarcasm', () => {
    expect(analyze('Police said no one was hurt in the crash').signals).not.toContain('sarcasm');
  });
});

describe('a closing line that sums up bad luck is sarcasm', () => {
  test.each([
    ['Broke my phone screen the day before the trip. Perfect timing'],
    ['Missed my alarm and failed the quiz. My week is off to a great start'],
    ['The heating broke on the coldest night of the year. Thanks Kellan Energy'],
    ['Missed the last train home. Thanks.'],
  ])('%s reads negative', (text) => {
    expect(analyze(text).signals).toContain('sarcasm');
    expect(net(text)).toBeLessThan(0);
  });
  test.each([
    ['Perfect timing, the ferry is just pulling in'],
    ['The new term is off to a great start'],
    ['Lost my scarf on the bus but the driver kept it for me. Thanks Dana'],
    ['Missed the start of the match but the highlights were great. Thanks!'],
    ['Is the pool open on the holiday? Thanks @LeisureHub'],
  ])('%s is meant', (text) => {
    expect(analyze(text).signals).not.toContain('sarcasm');
  });
});

describe('a curse after "as" raises the word before it', () => {
  test.each([
    ['the new puppy is cute as hell', 1],
    ['the lecture was boring as hell', -1],
  ] as const)('%s', (text, side) => {
    expect(Math.sign(net(text))).toBe(side);
  });
  test('"one hell of a" is no curse', () => {
    expect(net('what one hell of a weekend')).toBe(0);
  });
});

describe('a ")" closing a bracket is not a sad face', () => {
  test.each([
    ['Match report (second half): the visitors equalised late'],
    ['Town hall meeting (Room 4): agenda attached'],
  ])('%s carries no feeling', (text) => {
    expect(analyze(text).reasons.some((reason) => reason.text === '):')).toBe(false);
  });
  test('a face that stands apart still counts', () => {
    expect(net('the ferry is cancelled again ):')).toBeLessThan(0);
  });
});

describe('hedges and reports that are no feeling', () => {
  test.each([
    ['honestly I have no plans for the weekend'],
    ['lows below freezing expected on Tuesday night'],
    ['fight night at the arena starts at 8'],
  ])('%s carries no praise', (text) => {
    expect(net(text)).toBeLessThanOrEqual(0);
  });
  test('"spot on" is a verdict, not a place ("save your spot on the coach")', () => {
    const reasons = analyze('save your spot on the coach to the away game').reasons.map((reason) => reason.text.toLowerCase());
    expect(reasons.some((text) => text.includes('spot on'))).toBe(false);
  });
  test('"nothing better to do" is no praise', () => {
    expect(net('stuck at home with nothing better to do')).toBeLessThan(0);
  });
});
