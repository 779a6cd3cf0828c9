import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import weightsFile from '../../../utils/analysis/data/model.json';
import { EMBEDDING_OUTPUTS, addEmbedded, embeddedRanks, vocabularyRank, vocabularySize, vocabularyWords, wordWeight, type EmbeddingTable } from '../../../utils/analysis/embedding';
import { analyze } from '../../../utils/analysis/index';
import { wordValence } from '../../../utils/analysis/lexicon';
import { loadModel, useModel, type ModelFile } from '../../../utils/analysis/model';
import { prepare } from '../../../utils/analysis/pipeline';

const shipped = weightsFile as ModelFile;
const words = vocabularyWords();
const rankOf = (word: string): number => words.indexOf(word);
const wordsOf = (text: string): string[] => embeddedRanks(prepare(text).engine).map((rank) => words[rank] ?? '?');

afterEach(() => useModel(loadModel(shipped)));

describe('vocabulary and weights', () => {
  test('the vocabulary is GloVe’s frequency order and the shipped model has a row for every word', () => {
    expect(words.slice(0, 3)).toEqual(['the', ',', '.']);
    expect(vocabularySize()).toBeGreaterThan(49_000);
    const table = loadModel(shipped).embedding;
    expect(table?.bytes.length).toBe(words.length * EMBEDDING_OUTPUTS);
    expect(table?.scale.length).toBe(EMBEDDING_OUTPUTS);
  });

  test('every word is found at its own rank, and nothing else is found', () => {
    const wrong = words.filter((word, rank) => vocabularyRank(word) !== rank);
    expect(wrong).toEqual([]);
    expect(vocabularySize()).toBe(words.length);
    // Not a word: the empty text, a word's prefix or extension ("w" meets "wishers" on its probe), another
    // case, two words, a word with its line break.
    const others = ['', 'w', 'th', 'thee', 'The', 'REFUND', 'refunds!', 'the refund', 'the\n', '\nthe', 'zzqxv', 'café\u0301', '😡'];
    for (const other of others) expect(vocabularyRank(other), JSON.stringify(other)).toBe(words.includes(other) ? rankOf(other) : undefined);
    expect(vocabularyRank('refund')).toBe(rankOf('refund'));
  });

  test('frequent words count for little in the mean, rare ones nearly fully', () => {
    expect(wordWeight(0)).toBeLessThan(0.02);
    expect(wordWeight(rankOf('refund'))).toBeGreaterThan(0.9);
    for (const rank of [0, 10, 100, 1000, 10_000]) expect(wordWeight(rank + 1)).toBeGreaterThan(wordWeight(rank));
  });
});

describe('which words are read', () => {
  test('words and hashtags only, not mentions, links, emoji, numbers or punctuation', () => {
    expect(wordsOf('The #refund was LATE @bob https://x.co/abc 😡 42 !!')).toEqual(['the', 'refund', 'was', 'late']);
  });

  test('a word without a vector is skipped', () => {
    expect(wordsOf('zzqxv refund')).toEqual(['refund']);
  });

  test('a word that names a group of people is never read', () => {
    expect(wordsOf('My Muslim neighbour, one refugee from Syria')).toEqual(['my', 'neighbour', 'one', 'from', 'syria']);
  });
});

describe('addEmbedded', () => {
  const table: EmbeddingTable = { bytes: new Int8Array(words.length * EMBEDDING_OUTPUTS), scale: Float64Array.of(1, 1, 1, 1) };
  const late = rankOf('late');
  const refund = rankOf('refund');
  table.bytes.set([1, 2, 3, 4], late * EMBEDDING_OUTPUTS);
  table.bytes.set([-1, 0, 1, -4], refund * EMBEDDING_OUTPUTS);

  test('adds the weighted mean of the words’ rows', () => {
    const into = [10, 0, 0, 0];
    addEmbedded(table, prepare('late refund').engine, into);
    const a = wordWeight(late);
    const b = wordWeight(refund);
    const mean = (x: number, y: number): number => (a * x + b * y) / (a + b);
    expect(into[0]).toBeCloseTo(10 + mean(1, -1), 6);
    expect(into[1]).toBeCloseTo(mean(2, 0), 6);
    expect(into[2]).toBeCloseTo(mean(3, 1), 6);
    expect(into[3]).toBeCloseTo(mean(4, -4), 6);
  });

  test('leaves the outputs alone when no word has a vector', () => {
    const into = [1, 2, 3, 4];
    addEmbedded(table, prepare('@bob 😡 https://x.co').engine, into);
    expect(into).toEqual([1, 2, 3, 4]);
  });
});

describe('the shipped model', () => {
  test('decodes each output with its own scale', () => {
    const bytes = new Uint8Array(words.length * EMBEDDING_OUTPUTS);
    bytes.set([1, 2, 0xff, 0x81], rankOf('refund') * EMBEDDING_OUTPUTS);
    const file: ModelFile = { ...shipped, embedding: { weights: Buffer.from(bytes).toString('base64'), scale: [0.5, 0.25, 2, 1] } };
    const table = loadModel(file).embedding;
    expect(Array.from(table?.bytes.subarray(rankOf('refund') * EMBEDDING_OUTPUTS, (rankOf('refund') + 1) * EMBEDDING_OUTPUTS) ?? [])).toEqual([1, 2, -1, -127]);
    expect(Array.from(table?.scale ?? [])).toEqual([0.5, 0.25, 2, 1]);
    // read back as the bytes times their output's scale: 'refund' alone is the whole mean
    const into = [0, 0, 0, 0];
    if (table) addEmbedded(table, prepare('refund').engine, into);
    expect(into).toEqual([0.5, 0.5, -2, -127]);
  });

  // No word here is in the training data (the development sets, checked when these pairs were chosen, and
  // the written sets, checked below) nor in the lexicon: without their vectors the model has only the
  // noise of their hashed buckets to tell a pair apart, which a single pair can show at 0.05 and which
  // cancels over several; with them, the praise reads above the blame.
  const unseen = [
    ['fruitful', 'mismanagement'],
    ['flourishing', 'dysfunctional'],
    ['commendable', 'reprehensible'],
    ['prospering', 'floundering'],
    ['masterful', 'botched'],
  ] as const;
  test('reads words it never saw in training by their vectors', () => {
    const writtenDir = join(__dirname, '..', '..', 'scripts', 'training-data');
    const written = readdirSync(writtenDir)
      .filter((name) => name.endsWith('.tsv'))
      .map((name) => readFileSync(join(writtenDir, name), 'utf8').toLowerCase())
      .join('\n');
    for (const word of unseen.flat()) {
      expect(wordValence(word), word).toBeUndefined();
      expect(new RegExp(`\\b${word}\\b`).test(written), word).toBe(false);
    }
    const gap = (): number =>
      unseen.reduce((sum, [good, bad]) => sum + analyze(`The whole launch was ${good}`).score - analyze(`The whole launch was ${bad}`).score, 0) /
      unseen.length;
    const withVectors = gap();
    useModel(loadModel({ ...shipped, embedding: undefined }));
    const without = gap();
    expect(Math.abs(without)).toBeLessThan(0.02);
    expect(withVectors).toBeGreaterThan(0.05);
  });

  test('a model file without word vectors still works', () => {
    useModel(loadModel({ ...shipped, embedding: undefined }));
    expect(analyze('I love this phone').label).toBe('positive');
    expect(analyze('This phone is terrible').label).toBe('negative');
  });

  test.each([
    'My {} neighbour came to the store today',
    'I am {}',
    'The {} community is meeting at the library on Sunday',
    'As a {} customer I expected better service',
    'Great to see {} staff on the team!',
  ])('every group reads the same: %s', (template) => {
    const groups = ['muslim', 'jewish', 'christian', 'black', 'white', 'asian', 'arab', 'mexican', 'palestinian', 'israeli', 'gay', 'trans', 'refugee', 'immigrant', 'disabled', 'deaf'];
    const readings = groups.map((group) => {
      const result = analyze(template.replace('{}', group));
      return `${result.label} ${result.score.toFixed(6)}`;
    });
    expect(new Set(readings).size).toBe(1);
  });
});
