// The learned reader of mockery (utils/analysis/learned-reader.ts, asked in index.ts): a post that laughs *at* a
// company, its scorn told by what it describes, which the rules read as delight. None of these posts is in its
// training data (tests/scripts/mockery-data, tests/scripts/irony-data, tests/scripts/training-data). Each mocking
// case reads positive or neutral without the reader, so the test fails if the reader stops doing its work.
// Written for this test: 15 mocking posts, of which 9 read positive or neutral without the reader and it takes the
// 5 below (its recall is partial: tests/scripts/mockery-data/README.md), and 10 posts laughing with a company, of
// which it takes none.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis';
import { textKey } from '@/utils/analysis/corrections';
import { postLaughs, prepare, useMockeryReader } from '@/utils/analysis/pipeline';
import { shippedReader } from './readers';
import mockeryFile from '@/utils/analysis/data/mockery.json';

const { shipped, without: withoutReader } = shippedReader(mockeryFile, useMockeryReader);

describe('learned mockery: laughing at a company reads negative', () => {
  it.each([
    'Grindle\'s new "ultra thin" laptop is thicker than my old one lmao',
    'Fennick Air\'s "extra legroom" seat has less room than the normal one lmfao',
    'Morvel\'s "family size" crisps had 11 crisps in them haha',
    'Velto\'s new app update removed the button you use to pay. the one button lol',
    "Drayfield FC's new kit looks like a car park attendant's vest lol",
  ])('%s', (text) => {
    expect(['positive', 'neutral']).toContain(withoutReader(text).label);
    const result = analyze(text);
    expect(result.label).toBe('negative');
    expect(result.confidence).toBe(0.5);
    expect(result.mockery).toBe(true);
    expect(withoutReader(text).mockery).toBeUndefined();
  });
});

describe('learned mockery: laughing with a company stays as it was', () => {
  it.each([
    "Grindle's support guy sent me a meme with my refund confirmation lmao love it",
    "Parcelio's driver left a drawing of my dog on the delivery note 😂 legend",
    'the Brookway mascot dancing at halftime had the whole stadium going lol',
    "Fennick Air's pilot did a joke announcement about the snacks and the whole cabin was laughing haha",
    "my nan just discovered Morvel's new crisp flavour and won't share lmao",
    'Velto\'s new sticker pack is so good lol',
    'Plinko Pizza wrote happy birthday on the box in pepperoni haha',
    'Kestin Bank replied to my joke tweet with a better joke 🤣',
  ])('%s', (text) => {
    expect(analyze(text)).toEqual(withoutReader(text));
    expect(analyze(text).label).not.toBe('negative');
  });
});

describe('learned mockery: where it is asked', () => {
  it('is asked only of a post that laughs and would read positive or neutral, in English, not the brand\'s reply', () => {
    // a reader that takes every post it is asked about for mockery: what is left alone is what is not asked
    useMockeryReader({ buckets: 2, weights: new Int8Array(2), scale: 1, bias: 10, threshold: 0.8 });
    expect(analyze('Velto\'s new sticker pack is so good lol').label).toBe('negative');
    expect(analyze('Velto\'s new sticker pack is so good').label).toBe('positive');
    expect(analyze("So sorry about the mix-up haha! Please DM us your order number and we'll look into it.").label).toBe('positive');
    expect(analyze('Velto a sorti une nouvelle pub, elle est trop drôle mdr haha').label).toBe('positive');
  });

  it('knows laughter by its words, its faces and its idioms', () => {
    for (const text of ['lol', 'that lmfao', 'hahaha', 'ok 😂', "i'm dead 💀", 'screaming at this']) expect(postLaughs(prepare(text).engine)).toBe(true);
    for (const text of ['the lollipop', 'Halloween', 'a very sad day']) expect(postLaughs(prepare(text).engine)).toBe(false);
  });

  it("keeps a user's correction of a single post, and ships weights of the size it reads", () => {
    const text = "Drayfield FC's new kit looks like a car park attendant's vest lol";
    expect(analyze(text).label).toBe('negative');
    const corrected = analyze(text, { overrides: { [textKey(text)]: 'positive' } });
    expect(corrected.label).toBe('positive');
    expect(corrected.mockery).toBeUndefined();
    expect(shipped.weights.length).toBe(shipped.buckets);
    expect(shipped.threshold).toBeGreaterThan(0.5);
    expect(shipped.threshold).toBeLessThan(1);
  });
});
