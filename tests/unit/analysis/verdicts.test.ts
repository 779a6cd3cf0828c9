// A customer's verdict in everyday words (Firebreak issue #3): the evaluative words of reviews and customer
// posts that neither VADER nor AFINN rates ("bland", "mediocre", "attentive", "phenomenal", "unhelpful"),
// and verdicts told as what the writer will do, as a rating or as advice ("won't be back", "1 star", "save
// your money"). Read neutral before, as were about a quarter of the UCI review sentences. The first tables
// assert the label a user sees; the lookalikes assert that the new entries add nothing where no verdict is.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/analysis/index';
import { net } from './net';

const label = (text: string): string => analyze(text).label;

describe('verdict words the generic lexicons lack', () => {
  test.each([
    ['The turkey and roast beef were bland.'],
    ['Mediocre food.'],
    ['Crostini that came with the salad was stale.'],
    ['burger was greasy, bun was soggy. how do you manage both'],
    ['Total letdown.'],
    ['The support team were unhelpful and condescending.'],
    ['Honestly the whole launch was pretty lackluster.'],
    ['shoddy workmanship on the new kitchen units'],
    ['the acting is abysmal'],
    ['the sequel is unwatchable'],
  ])('%s reads negative', (text) => {
    expect(label(text)).toBe('negative');
  });

  test.each([
    ['The ambiance was incredible.'],
    ['Phenomenal food, service and ambiance.'],
    ['Extremely Tasty!'],
    ['The staff was very attentive.'],
    ['impeccable service from start to finish'],
    ['the new app is so user-friendly'],
  ])('%s reads positive', (text) => {
    expect(label(text)).toBe('positive');
  });
});

describe('a verdict told as what the writer will do, as a rating, or as advice', () => {
  test.each([
    ['Would not go back.'],
    ['Won’t be back.'],
    ['We will never be back here again.'],
    ['I will not be eating there again.'],
    ['Never going back.'],
    ['left a 1 star review'],
    ['two thumbs down'],
    ['Save your money.'],
    ["Don't bother."],
    ["Don't waste your time here."],
    ['Spend your money elsewhere.'],
    ['Food was below average.'],
    ['Not recommended.'],
    ["I'd give it a 2/10"],
    ['two hours I won’t get back'],
    ['The service was not up to par, either.'],
    ['curry was bland and the naan was basically cardboard. first and last time'],
  ])('%s reads negative', (text) => {
    expect(label(text)).toBe('negative');
  });

  test.each([
    ['Will definitely be back!'],
    ['5 stars for the brunch'],
    ['Two thumbs up!'],
    ['Service was very prompt.'],
    ['this place really hit the spot'],
    ['my new go-to for ramen'],
    ['Reasonably priced also!'],
    ['The pastries are a must try.'],
    ['overall a solid 8/10'],
    ['4/5 stars'],
  ])('%s reads positive', (text) => {
    expect(label(text)).toBe('positive');
  });
});

describe('British spellings and everyday British words', () => {
  test.each([
    ['Chuffed with my new French press.', 'positive'],
    ['All of the main players are mesmerising.', 'positive'],
    ['Honestly so demoralised by the way the call centre treated me', 'negative'],
    ['the new logo is a bit naff', 'negative'],
    ['proper peeved with the bank today', 'negative'],
    ['the hotel room was proper grotty', 'negative'],
  ])('%s reads %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });
});

describe('a superlative of experience, and surprise, are no negation', () => {
  test.each([
    ["I've never had such bad service", 'negative'],
    ['I have never had such bland food', 'negative'],
    ['I have never eaten such delicious food', 'positive'],
    ['never had a better burger', 'positive'],
    ['We could not believe how dirty the oysters were!', 'negative'],
    ['Never had anything to complain about here.', 'positive'],
    // the plain denials stay denied
    ['never had a good one', 'negative'],
    // certainty of a denial is no praise; of praise it still is
    ['Definitely not worth the $3 I paid.', 'negative'],
    ['Would definitely recommend', 'positive'],
    // a stop denied is more of what follows
    ["can't stop smiling", 'positive'],
    ["can't stop crying", 'negative'],
    ["couldn't stop laughing", 'positive'],
    ['Not my thing.', 'negative'],
  ])('%s reads %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });
});

describe('lookalikes: no verdict is told', () => {
  test.each([
    // a question asking for the best is no praise
    ["where's the best place to get a suit altered in glasgow", 0],
    ["what's the best budget phone right now?", 0],
    // a device class, not praise
    ['My partner wants a Lumos smart doorbell. any good or should we get something else', 0],
    // "any good" asks; a crash test is a test
    ['Doing a school project on how crash test dummies work. Any good links?', 0],
    // coming back, returning and a star told as news or a plan
    ['The app will be back online at 5pm.', 0],
    ["I'll be back with an update tomorrow.", 0],
    ['We stayed in a 5 star hotel in Lisbon.', 0],
    // a score is a rating only where its words say so: "on 8/10" is a day
    ['see you on 8/10', 0],
  ])('%s weighs nothing', (text, weight) => {
    expect(net(text)).toBe(weight);
  });

  test('a recommendation asked for counts its words at half and reads neutral', () => {
    expect(label('best place to get a cheap sim only deal right now?')).toBe('neutral');
  });

  test('"dead easy" is praise, not a death', () => {
    expect(label('Smart plugs from @HomeGlowLights were set up in about 5 minutes each, dead easy')).toBe('positive');
  });

  // a wait and a lost signal are read by the service rules, in context: no fixed weight of their own
  test.each([['still waiting on frank ocean to drop'], ['no signal at the cabin this weekend, bliss']])('%s is no complaint', (text) => {
    expect(label(text)).not.toBe('negative');
    expect(analyze(text).reasons.map((reason) => reason.text.toLowerCase())).not.toContain('still waiting');
  });

  test('a return denied is no praise, and a fault not returned no complaint', () => {
    expect(label("I'm not returning it, it's great")).toBe('positive');
  });
});
