import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseSignalRow, scoreSignals, type SignalRow } from '../bench/signals/score';

describe('bench:signals scoring', () => {
  test('reads both layouts, short names and codes, and none', () => {
    expect(parseSignalRow('negative\tproduct,legal\tThe kettle caught fire, calling my lawyer', 1)).toEqual({
      text: 'The kettle caught fire, calling my lawyer',
      gold: ['complaint:product', 'escalation:legal'],
    });
    expect(parseSignalRow('escalation:viral\tthis is going viral', 2)).toEqual({ text: 'this is going viral', gold: ['escalation:viral'] });
    expect(parseSignalRow('none\tnice day', 3)).toEqual({ text: 'nice day', gold: [] });
    expect(parseSignalRow('   ', 4)).toBeNull();
  });

  test('an unknown category or a malformed line says where', () => {
    expect(() => parseSignalRow('refunds\tmy refund', 7)).toThrow(/line 7: unknown category "refunds"/);
    expect(() => parseSignalRow('just text', 8)).toThrow(/line 8/);
  });

  test('counts right, missed and extra signals per code and over all', () => {
    const rows: SignalRow[] = [
      { text: 'a', gold: ['complaint:product'] },
      { text: 'b', gold: ['complaint:product', 'boycott'] },
      { text: 'c', gold: [] },
    ];
    const found: Record<string, Array<'complaint:product' | 'boycott' | 'anger'>> = { a: ['complaint:product'], b: ['anger'], c: ['boycott', 'anger'] };
    const { codes, all } = scoreSignals(rows, (text) => found[text] ?? []);
    // anger is labelled by no row: not scored, extra or not
    expect(codes.map((score) => score.code)).toEqual(['boycott', 'complaint:product']);
    const product = codes.find((score) => score.code === 'complaint:product')!;
    expect([product.truePositives, product.falsePositives, product.falseNegatives]).toEqual([1, 0, 1]);
    expect(product.precision).toBe(1);
    expect(product.recall).toBe(0.5);
    expect(product.f1).toBeCloseTo(2 / 3);
    const boycott = codes.find((score) => score.code === 'boycott')!;
    expect([boycott.truePositives, boycott.falsePositives, boycott.falseNegatives, boycott.f1]).toEqual([0, 1, 1, 0]);
    expect([all.truePositives, all.falsePositives, all.falseNegatives]).toEqual([1, 1, 2]);
  });

  test('the controversy set parses whole', () => {
    const lines = readFileSync(new URL('../bench/signals/controversy-heldout-8.tsv', import.meta.url), 'utf8').split('\n');
    const rows = lines.map((line, index) => parseSignalRow(line, index + 1)).filter((row) => row !== null);
    expect(rows).toHaveLength(300);
    expect(rows.filter((row) => row.gold.length > 0)).toHaveLength(125);
  });
});
