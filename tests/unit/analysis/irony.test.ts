// Irony closing a post (Firebreak issue #3): the brand's own word held up in quotation marks, then a few
// words of praise to sum it up ("Parcel "delivered" to a locker in a town I've never been to. Adventure!"),
// and paying looked forward to ("can't wait to pay more for less"). These read positive: the praise was
// the only feeling word. The lookalikes: praise closing a post with a title or someone's words in quotes,
// and a closer after a fault put right.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/analysis/index';

describe('a held-up word and a closer of praise', () => {
  test.each([
    ['My broadband "upgrade" now runs at half the speed. Love it.'],
    ['the "waterproof" jacket soaked through in 10 minutes. brilliant'],
    ["Can't wait to pay more for the same slow trains."],
  ])('%s reads negative, as sarcasm', (text) => {
    const result = analyze(text);
    expect(result.label).toBe('negative');
    expect(result.signals).toContain('sarcasm');
  });

  test.each([
    ['Ordered the "family size" lasagne. It barely feeds one. Amazing.'],
    ['just what I always wanted: a kettle that needs an app'],
  ])('%s is sarcasm, and not read as praise', (text) => {
    const result = analyze(text);
    expect(result.signals).toContain('sarcasm');
    expect(result.label).not.toBe('positive');
  });

  test('the closer is the evidence, and its praise counts against', () => {
    const result = analyze('My broadband "upgrade" now runs at half the speed. Love it.');
    expect(result.signals).toEqual(['sarcasm']);
    expect((result.signalEvidence ?? []).filter((e) => e.code === 'sarcasm').map((e) => e.text)).toEqual(['Love it']);
    expect(result.reasons.find((reason) => reason.text === 'Love')?.weight ?? 0).toBeLessThan(0);
  });
});

describe('quotation marks and praise that are meant', () => {
  test.each([
    ['Watching "The Grand Budapest Hotel" again. Great film.'],
    ['The devs said "we hear you" and they actually fixed it. Respect.'],
    ['Lost my "lucky" scarf on the bus and the driver posted it back to me. Legend.'],
    ['Finally tried the "secret menu" burger. Delicious.'],
  ])('%s is not read as sarcasm', (text) => {
    expect(analyze(text).signals).not.toContain('sarcasm');
  });
});
