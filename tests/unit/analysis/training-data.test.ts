// The written training sets (tests/scripts/training-data/) are trained on by the shipped and fold models
// (see their README), so a text in them must never be one the benchmark scores: not a
// development-set text (the benchmark scores those out-of-fold, and every fold model would have seen the
// written sets) and not a held-out set's text (its figures would be in-sample).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textKey } from '@/utils/analysis/corrections';
import { readLabeled, readTweetEval, readVader } from '../../bench/sentiment/data';

const root = join(__dirname, '..', '..', '..');
const writtenDir = join(root, 'tests', 'scripts', 'training-data');
// The learned readers' own written posts (tests/scripts/train-reader.ts): the same rules hold for them.
const ironyDir = join(root, 'tests', 'scripts', 'irony-data');
const complaintDir = join(root, 'tests', 'scripts', 'complaint-data');
const mockeryDir = join(root, 'tests', 'scripts', 'mockery-data');
const benchDir = join(root, 'tests', 'bench', 'sentiment');
const sharedDir = join(root, '..', 'shared', 'data', 'sentiment');

const tsv = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.tsv'))
    .sort();

describe('written training sets', () => {
  const files = [writtenDir, ironyDir, complaintDir, mockeryDir].flatMap((dir) => tsv(dir).map((name) => join(dir, name)));
  const rows = files.flatMap((file) => readLabeled(file).map((row) => ({ ...row, file })));

  it('are labelled files with every class and no text twice', () => {
    expect(files.length).toBeGreaterThan(5);
    for (const gold of ['negative', 'neutral', 'positive'] as const) {
      expect(rows.filter((row) => row.gold === gold).length).toBeGreaterThan(100);
    }
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const row of rows) {
      const key = textKey(row.text);
      if (seen.has(key)) twice.push(`${row.file}: ${row.text}`);
      seen.set(key, row.file);
      expect(row.text.trim().length).toBeGreaterThan(0);
    }
    expect(twice).toEqual([]);
  });

  const written = new Set(rows.map((row) => textKey(row.text)));
  const sharedWith = (sets: Array<{ name: string; rows: Array<{ text: string }> }>): string[] =>
    sets.flatMap(({ name, rows: set }) => set.filter((row) => written.has(textKey(row.text))).map((row) => `${name}: ${row.text}`));

  it("share no text with the repo's benchmark sets", () => {
    const sets = tsv(benchDir).map((name) => ({ name, rows: readLabeled(join(benchDir, name)) }));
    expect(sets.length).toBeGreaterThanOrEqual(7);
    expect(sharedWith(sets)).toEqual([]);
  });

  // The development sets live beside the repo (../shared/data/sentiment), where the training script reads them.
  it.skipIf(!existsSync(join(sharedDir, 'vader-tweets.tsv')))('share no text with the development sets', () => {
    const sets = [
      { name: 'vader-tweets.tsv', rows: readVader(join(sharedDir, 'vader-tweets.tsv')) },
      {
        name: 'tweeteval validation',
        rows: readTweetEval(join(sharedDir, 'tweeteval-val_text.txt'), join(sharedDir, 'tweeteval-val_labels.txt')),
      },
    ];
    expect(sharedWith(sets)).toEqual([]);
  });
});
