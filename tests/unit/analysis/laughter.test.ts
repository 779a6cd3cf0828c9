// Dying, crying and screaming written as laughter (Firebreak issue #3): "I'm dead 💀", "this sent me 😭",
// "I'm screaming" are how social posts laugh at something funny or melt at something sweet, and the
// lexicon read them literally, so a brand's viral ad collecting such replies read as a wave of negative
// posts. The first table asserts what a user sees on those posts; the lookalikes assert that the same
// words keep their sense where nothing laughs (a dead phone, a cancelled flight, "they sent me the wrong
// size", "my feet are killing me"); the last table, the common faces the emoji sources lacked.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/analysis/index';
import { runEngine } from '../../../utils/analysis/engine';

const label = (text: string): string => analyze(text).label;

describe('laughter written as dying, crying or screaming', () => {
  test.each([
    ["I'm dead 💀💀 this ad is so funny"],
    ['this tweet sent me 💀'],
    ["I'm screaming 😭😭😭 best commercial of the year"],
    ["I'm crying 😭 this is the cutest thing ever"],
    ['the new mascot reveal has me wheezing 😂'],
    ["I can't breathe 😂 the dog in the ad"],
    ['dead 😂 the cat knocked the sign over'],
    ['that reply took me out lmao'],
    ["I'm literally deceased, who wrote this"],
    ['im on the floor at this'],
    ['screaming at this 😭'],
  ])('%s reads positive', (text) => {
    expect(label(text)).toBe('positive');
  });

  test.each([
    ['im weak at the office cat wearing a tie'],
    ['I fell out of my chair at the plot twist'],
    ['the agent fixed it first go, nearly fell off my chair'],
  ])('%s (no emoji, no word of laughter) is not read as negative', (text) => {
    expect(label(text)).not.toBe('negative');
    expect(analyze(text).score).toBeGreaterThan(0);
  });

  test('the idiom reads as laughter: the model and the reasons see "lol", and 💀 as 😂', () => {
    const engine = runEngine("I'm dead 💀 this ad");
    expect(engine.terms.slice(0, 3)).toEqual(["i'm", 'lol', '😂']);
    expect(engine.items.every((item) => item.weight > 0)).toBe(true);
  });

  test('laughter read over a phrase of the lexicon takes the phrase\'s place ("screaming at": shouted at)', () => {
    const engine = runEngine('screaming at this 😭');
    expect(engine.items.map((item) => [item.first, item.last, item.weight > 0])).toEqual([
      [0, 0, true],
      [3, 3, true],
    ]);
  });

  test('laughing at a fault stays a complaint: the laughter weighs nothing beside it', () => {
    expect(label("I'm dead 💀 they charged me twice and support hung up on me")).toBe('negative');
  });
});

describe('the same words where nothing laughs keep their sense', () => {
  test.each([
    ['My phone is dead 😭 and the charger broke'],
    ["I'm dead tired after the double shift."],
    ["I'm crying 😭 my flight got cancelled again"],
    ['they sent me the wrong size 💀'],
    ['my feet are killing me 😭'],
    ["I can't breathe, the smoke from the factory fire is everywhere 😭"],
    ['Support keeps sending me the same link 💀'],
    ['@brand WEAK'],
    ['who approved this ad 💀'],
    ["I'm dead."],
    ["I'm dying 😭 the queue has not moved in two hours"],
    ["I'm screaming at the ref, he's blind"],
  ])('%s reads negative', (text) => {
    expect(label(text)).toBe('negative');
  });

  test('crying with sorrow and no laughter keeps its words: nothing is rewritten', () => {
    const engine = runEngine("I'm crying 😭 my flight got cancelled again");
    expect(engine.terms).toContain('crying');
    expect(engine.terms).toContain('😭');
  });
});

describe('faces the emoji sources lacked', () => {
  test.each([
    ['🥰', 'positive'],
    ['love the new packaging 🥰', 'positive'],
    ['Tacoloco birria tacos 🤤🤤', 'positive'],
    ['😢', 'negative'],
    ['the bakery on my street closed 😢', 'negative'],
    ['🙁 no refill this week', 'negative'],
  ])('%s reads %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });
});

describe("a team's own lexicon entry keeps the word", () => {
  test('"dead" given a weight by the team is not read as laughter', () => {
    const text = "I'm dead 😂 the new tee arrived";
    const dead = (lexicon?: Record<string, number>) => analyze(text, lexicon ? { lexicon } : {}).reasons.find((reason) => reason.text === 'dead');
    expect(dead()?.weight ?? 0).toBeGreaterThan(0);
    expect(dead({ dead: -1 })?.weight ?? 0).toBeLessThan(0);
  });
});
