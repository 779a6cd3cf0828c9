import { afterEach, describe, expect, test } from 'vitest';
import weightsFile from '../../../utils/analysis/data/model.json';
import { EMBEDDING_OUTPUTS } from '../../../utils/analysis/embedding';
import { featuresOf, loadModel, networkProbabilities, predict, ratingFeatures, useModel, type ModelFile, type NetworkFile } from '../../../utils/analysis/model';
import { prepare } from '../../../utils/analysis/pipeline';

const shipped = weightsFile as ModelFile;
afterEach(() => useModel(loadModel(shipped)));

/** A network of one hidden unit with every weight 0 unless set. */
function tiny(buckets: number, change: Partial<NetworkFile> = {}): NetworkFile {
  return {
    hidden: 1,
    buckets,
    inputs: new Array<number>(shipped.dense + EMBEDDING_OUTPUTS).fill(0),
    hashed: Buffer.from(new Uint8Array(buckets)).toString('base64'),
    scale: 1,
    bias: [0],
    output: [0, 0, 0],
    outputBias: [0, 0, 0],
    ...change,
  };
}

/** The network's buckets of a text's hashed words (the classifier's bucket modulo the network's). */
function bucketsOf(text: string, buckets: number): Set<number> {
  const { engine, signals } = prepare(text);
  const { indices } = featuresOf(engine, signals, shipped.buckets, ratingFeatures(engine, signals));
  return new Set(indices.filter((i) => i >= shipped.dense).map((i) => (i - shipped.dense) % buckets));
}

describe('the network', () => {
  test('the shipped model has one, and its probabilities are the ones predict() gives', () => {
    const model = loadModel(shipped);
    expect(model.network?.hidden).toBeGreaterThanOrEqual(16);
    const { engine, signals } = prepare('The refund took three weeks and nobody answered');
    const p = predict(engine, signals).probabilities;
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    // A network that always says "negative" makes every prediction negative, whatever the classifier says.
    useModel(loadModel({ ...shipped, network: tiny(16, { outputBias: [6, 0, 0] }) }));
    const forced = prepare('I love this phone, wonderful!');
    expect(predict(forced.engine, forced.signals).probabilities[0]).toBeGreaterThan(0.99);
  });

  test('a hashed word reaches its hidden units through its bucket, as int8 × scale', () => {
    const buckets = 4096;
    const praise = bucketsOf('refund', buckets);
    const other = bucketsOf('weather', buckets);
    expect([...praise].some((b) => other.has(b))).toBe(false);
    const bytes = new Uint8Array(buckets);
    for (const b of praise) bytes[b] = 100;
    // One bucket of "refund" at 100 × 0.01 = +1 into the hidden unit, which votes positive.
    const network = loadModel({
      ...shipped,
      network: tiny(buckets, { hashed: Buffer.from(bytes).toString('base64'), scale: 0.01, output: [0, 0, 2] }),
    }).network;
    if (!network) throw new Error('no network');
    const probabilities = (text: string): number[] => {
      const { engine, signals } = prepare(text);
      return networkProbabilities(network, shipped.dense, featuresOf(engine, signals, shipped.buckets, ratingFeatures(engine, signals)), [0, 0, 0, 0]);
    };
    const hidden = praise.size; // each of the text's buckets adds 1
    const expected = Math.exp(2 * hidden) / (2 + Math.exp(2 * hidden));
    expect(probabilities('refund')[2]).toBeCloseTo(expected, 6);
    expect(probabilities('weather')).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  test('dense inputs and the word vectors’ outputs feed it; a negative sum is cut to 0 (ReLU)', () => {
    const inputs = new Array<number>(shipped.dense + EMBEDDING_OUTPUTS).fill(0);
    inputs[shipped.dense + 3] = 1; // the rating head's word-vector output
    const network = loadModel({ ...shipped, network: tiny(16, { inputs, output: [0, 0, 1] }) }).network;
    if (!network) throw new Error('no network');
    const none = { indices: [], values: [] };
    expect(networkProbabilities(network, shipped.dense, none, [0, 0, 0, 2])[2]).toBeCloseTo(Math.exp(2) / (2 + Math.exp(2)), 6);
    expect(networkProbabilities(network, shipped.dense, none, [0, 0, 0, -2])).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  test('hashed rows read four bytes at a time sum exactly as read one byte at a time, past 256 rows too', () => {
    // Eight hidden units (two packed words a row), every byte value from −128 to 127 among the rows.
    const buckets = 512;
    const hidden = 8;
    const bytes = new Uint8Array(buckets * hidden);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37 + (i >> 3)) & 0xff;
    bytes[0] = 0x80; // −128
    bytes[1] = 0x7f; // 127
    const inputs = new Array<number>((shipped.dense + EMBEDDING_OUTPUTS) * hidden).fill(0);
    const file = tiny(buckets, {
      hidden,
      inputs,
      hashed: Buffer.from(bytes).toString('base64'),
      scale: 0.001,
      bias: new Array<number>(hidden).fill(0),
      output: Array.from({ length: 3 * hidden }, (_, i) => ((i % 5) - 2) / 3),
    });
    const packed = loadModel({ ...shipped, network: file }).network;
    if (!packed?.packed) throw new Error('no packed rows');
    const plain = { ...packed, packed: undefined };
    // 300 rows, bucket 0 (−128 and 127) among them many times: a lane that carried would show.
    for (const rows of [1, 3, 255, 256, 257, 300, 600]) {
      const indices = Array.from({ length: rows }, (_, k) => shipped.dense + (k % 7 === 0 ? 0 : (k * 53) % buckets));
      const features = { indices, values: indices.map(() => 1) };
      expect(networkProbabilities(packed, shipped.dense, features, [0, 0, 0, 0])).toEqual(
        networkProbabilities(plain, shipped.dense, features, [0, 0, 0, 0]),
      );
    }
    // And the shipped network, on real posts, long ones included.
    const model = loadModel(shipped);
    const network = model.network;
    if (!network?.packed) throw new Error('the shipped network is not packed');
    const unpacked = { ...network, packed: undefined };
    for (const text of ['The refund took three weeks and nobody answered', 'love it!!! 😍', 'worst update ever, '.repeat(120)]) {
      const { engine, signals } = prepare(text);
      const features = featuresOf(engine, signals, model.buckets, ratingFeatures(engine, signals));
      expect(networkProbabilities(network, model.dense, features, [0.1, -0.2, 0.3, 0])).toEqual(
        networkProbabilities(unpacked, model.dense, features, [0.1, -0.2, 0.3, 0]),
      );
    }
  });
});
