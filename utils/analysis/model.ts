// The learned component. A three-class logistic regression over the rule engine's dense reading
// (the rating head's inputs), hashed unigrams and bigrams and the weighted mean of the text's word
// vectors; beside it a small rating head (ridge regression over the same dense reading and mean,
// fitted to human ratings) that sharpens the score's correlation with how strongly people feel. The
// word vectors ship as each word's contribution to both (embedding.ts). Since 1 December a small
// network (one hidden layer) reads the dense reading, those word-vector contributions and the hashed
// words, and its class probabilities are the model's: it sees combinations a linear model cannot
// (a topic word that is negative only beside another). The classifier's own weights stay in the file
// for files without a network. The score is a blend of rule compound, model polarity and rating head,
// calibrated so that the thresholds chosen by cross-validation land on ±NEUTRAL_BAND.
// Trained by tests/scripts/train-model.ts; the weights ship as int8 in data/model.json.
import { EMBEDDING_OUTPUTS, addEmbedded, type EmbeddingTable } from './embedding';
import { FNV_OFFSET, fnv1aFrom } from './hash';
import type { EngineResult } from './engine';
import { GROUP_TERMS, GROUP_TOKEN } from './groups';
import weightsFile from './data/model.json';
import { NEGATORS } from './lexicon';
import type { SignalCode } from './signals';

export interface ModelFile {
  /** Number of hashed buckets. */
  buckets: number;
  /**
   * Number of dense features (they come first in the weight rows): RATING_FEATURES when they are
   * ratingFeatures(), DENSE_FEATURES (older files) when they are denseFeatures().
   */
  dense: number;
  /** int8 weights, row-major [class][feature], base64; value = byte * scale. */
  weights: string;
  scale: number;
  bias: [number, number, number];
  /** Blend of rule-engine compound and model polarity in the score, e.g. 0.5. */
  ruleShare: number;
  /**
   * Where the raw blend turns negative and positive: [negative, positive] thresholds, chosen by
   * cross-validation on the training data only. predict() maps them onto ±NEUTRAL_BAND. Absent
   * in older files: ±NEUTRAL_BAND.
   */
  bands?: [number, number];
  /**
   * Rating head: a linear regression over ratingFeatures() fitted to human ratings (÷4), and the
   * share of it in the score. Absent when the training data had no ratings.
   */
  rating?: {
    weights: number[];
    bias: number;
    share: number;
    modelShare: number;
  };
  /**
   * Word vectors' part: per vocabulary word (data/vocabulary.json, by rank), its contribution to
   * the three class logits and the rating head, int8 row-major [word][output], base64; value =
   * byte * scale[output]. Absent in older files.
   */
  embedding?: { weights: string; scale: number[] };
  /**
   * A small neural network beside the linear classifier: one hidden layer (ReLU) over the dense
   * reading, the word vectors' four outputs and the hashed words (bucket = the classifier's bucket
   * modulo `buckets`). When present, its class probabilities replace the linear classifier's in the
   * score, the label and the confidence; the linear classifier still supplies the word vectors' part.
   */
  network?: NetworkFile;
  /** What the model was trained on, for the record. */
  trainedOn: string;
}

export interface NetworkFile {
  hidden: number;
  buckets: number;
  /** [input][hidden]: the `dense` features, then the EMBEDDING_OUTPUTS word-vector outputs. */
  inputs: number[];
  /** int8 [bucket][hidden], base64; value = byte * scale. */
  hashed: string;
  scale: number;
  bias: number[];
  /** [class][hidden]. */
  output: number[];
  outputBias: [number, number, number];
}

export interface LoadedNetwork {
  hidden: number;
  buckets: number;
  inputs: Float64Array;
  /** Kept as int8 (× scale when summed): a quarter of the memory of floats in every tab. */
  hashed: Int8Array;
  /**
   * The same bytes read four at a time, where a row is whole words (`hidden` a multiple of 4) and the
   * platform little-endian (every one a browser runs on): see networkProbabilities().
   */
  packed?: Int32Array;
  scale: number;
  /** Scratch space for one text, reused (analysis is synchronous). */
  sums: Float64Array;
  counts: Int32Array;
  /** Packed sums of the even and of the odd bytes of each word (networkProbabilities()). */
  even: Float64Array;
  odd: Float64Array;
  bias: Float64Array;
  output: Float64Array;
  outputBias: [number, number, number];
  /** What networkProbabilities() read ahead of its sums, kept so that the reads are not optimised away. */
  touched?: number;
}

export interface LoadedModel {
  buckets: number;
  dense: number;
  /**
   * The linear classifier's weight rows, decoded on first use: predict() reads them only when the file
   * has no network, so a tab with the shipped model never spends the time or the 200 kB on them.
   */
  rows: () => [Float32Array, Float32Array, Float32Array];
  bias: [number, number, number];
  ruleShare: number;
  bands: [number, number];
  rating?: RatingHead & { share: number; modelShare: number };
  /** [word][output] contributions (see ModelFile.embedding). */
  embedding?: EmbeddingTable;
  network?: LoadedNetwork;
}

export interface RatingHead {
  weights: ArrayLike<number>;
  bias: number;
}

/** |score| below this is neutral (the score is calibrated so that this holds for every model). */
export const NEUTRAL_BAND = 0.25;

export const CLASSES = ['negative', 'neutral', 'positive'] as const;

/** Decodes base64 without Buffer or atob so it runs the same in Node, workers and pages. */
export function decodeBase64(text: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lookup = new Uint8Array(128);
  for (let i = 0; i < alphabet.length; i++) lookup[alphabet.charCodeAt(i)] = i;
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (let i = 0; i < clean.length; i++) {
    buffer = (buffer << 6) | (lookup[clean.charCodeAt(i)] ?? 0);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

function decodeRows(file: ModelFile): [Float32Array, Float32Array, Float32Array] {
  const bytes = decodeBase64(file.weights);
  const width = file.dense + file.buckets;
  const rows: [Float32Array, Float32Array, Float32Array] = [new Float32Array(width), new Float32Array(width), new Float32Array(width)];
  for (let c = 0; c < 3; c++) {
    const row = rows[c] as Float32Array;
    for (let f = 0; f < width; f++) {
      const byte = bytes[c * width + f] ?? 0;
      row[f] = (byte > 127 ? byte - 256 : byte) * file.scale;
    }
  }
  return rows;
}

export function loadModel(file: ModelFile): LoadedModel {
  let decoded: [Float32Array, Float32Array, Float32Array] | undefined;
  const rows = () => (decoded ??= decodeRows(file));
  const bands = file.bands ?? [NEUTRAL_BAND, NEUTRAL_BAND];
  const rating = file.rating ? { ...file.rating, weights: Float64Array.from(file.rating.weights) } : undefined;
  let embedding: EmbeddingTable | undefined;
  if (file.embedding) {
    const bytes = decodeBase64(file.embedding.weights);
    embedding = { bytes: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length), scale: Float64Array.from({ length: EMBEDDING_OUTPUTS }, (_, k) => file.embedding?.scale[k] ?? 0) };
  }
  const network = file.network ? loadNetwork(file.network) : undefined;
  return { buckets: file.buckets, dense: file.dense, rows, bias: file.bias, ruleShare: file.ruleShare, bands, rating, embedding, network };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function loadNetwork(file: NetworkFile): LoadedNetwork {
  const bytes = decodeBase64(file.hashed);
  const hashed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const packs = LITTLE_ENDIAN && file.hidden % 4 === 0 && bytes.byteOffset % 4 === 0 && bytes.length % 4 === 0;
  return {
    scale: file.scale,
    sums: new Float64Array(file.hidden),
    counts: new Int32Array(file.hidden),
    even: new Float64Array(file.hidden >> 2),
    odd: new Float64Array(file.hidden >> 2),
    ...(packs ? { packed: new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4) } : {}),
    hidden: file.hidden,
    buckets: file.buckets,
    inputs: Float64Array.from(file.inputs),
    hashed,
    bias: Float64Array.from(file.bias),
    output: Float64Array.from(file.output),
    outputBias: file.outputBias,
  };
}

/**
 * The model predict() uses: the shipped one is decoded on first use (about 6 ms and 1.3 MB of arrays),
 * so a tab whose script never analyses a post never pays for it; undefined is rules only.
 */
let active: LoadedModel | undefined | 'shipped' = 'shipped';

function activeModel(): LoadedModel | undefined {
  if (active === 'shipped') active = loadModel(weightsFile as ModelFile);
  return active;
}

/** Swaps the model (the benchmark uses held-out models on the data they were trained without). */
export function useModel(model: LoadedModel | undefined): void {
  active = model;
}

export const DENSE_FEATURES = 16;

/** Sparse feature vector: parallel arrays of indices (dense ones first) and values. */
export interface Features {
  indices: number[];
  values: number[];
}

// The hashed features are FNV-1a of a key ("u:" and a word, "b:" and two words, "p:" and a mark), hashed
// in parts (fnv1aFrom) rather than built as strings: featuresOf() runs for every post.
const UNIGRAM = fnv1aFrom(FNV_OFFSET, 'u:');
const NEGATED_UNIGRAM = fnv1aFrom(UNIGRAM, '!');
const BIGRAM = fnv1aFrom(FNV_OFFSET, 'b:');
const MARK = fnv1aFrom(FNV_OFFSET, 'p:');
const SPACE = ' ';

/**
 * Which buckets a text has used so far (featuresOf): a stamp per bucket, so nothing is cleared or allocated per
 * text, and cleared once every 255 texts. A byte a bucket: the 16 kB stay in the processor's nearest cache, where
 * four-byte stamps took 64 kB and a cache miss for most words.
 */
let usedStamps = new Uint8Array(0);
let usedStamp = 0;
/** featuresOf()'s marks per token: in a negated item's scope, inside a lexicon phrase. */
const NEGATED = 1;
const IN_PHRASE = 2;

/** "b:", the word before and a space, hashed: a word pair is that carried on over the word. */
const pairAfter = (word: string): number => fnv1aFrom(fnv1aFrom(BIGRAM, word), SPACE);
/** The same after a text's start, a mark, a link, a mention or a number ("<s>", "<p>", "<url>"…), once. */
const PAIR_AFTER = {
  start: pairAfter('<s>'),
  punct: pairAfter('<p>'),
  url: pairAfter('<url>'),
  mention: pairAfter('<mention>'),
  number: pairAfter('<number>'),
} as const;

/** Adds the hashed key's bucket to `features` once per text (see usedStamp). */
function addHashed(features: Features, base: number, buckets: number, hash: number): void {
  // a power of two (every shipped model): a mask, not a division
  const bucket = (buckets & (buckets - 1)) === 0 ? hash & (buckets - 1) : (hash >>> 0) % buckets;
  if (usedStamps[bucket] === usedStamp) return;
  usedStamps[bucket] = usedStamp;
  features.indices.push(base + bucket);
  features.values.push(1);
}

const clip = (value: number, limit: number): number => (value > limit ? limit : value < -limit ? -limit : value);

/** The rule engine's reading as a short dense vector (ratingFeatures() begins with it; older model files use only this). */
export function denseFeatures(engine: EngineResult, signals: readonly SignalCode[]): number[] {
  return [
    1,
    engine.compound,
    engine.compound * Math.abs(engine.compound),
    clip(engine.positive / 4, 2),
    clip(engine.negative / 4, 2),
    engine.items.length === 0 ? 1 : 0,
    engine.items.some((item) => item.negated) ? 1 : 0,
    engine.exclamations > 0 ? 1 : 0,
    engine.questions > 0 ? 1 : 0,
    engine.wordCount > 0 ? engine.capsWords / engine.wordCount : 0,
    engine.tokens.some((t) => t.kind === 'url') ? 1 : 0,
    engine.tokens.some((t) => t.kind === 'mention') ? 1 : 0,
    Math.min(engine.wordCount, 40) / 20,
    signals.includes('anger') || signals.includes('hostility') ? 1 : 0,
    signals.some((s) => s.startsWith('complaint:')) ? 1 : 0,
    signals.includes('sarcasm') ? 1 : 0,
  ];
}

const COMPOUND_EDGES = [-0.8, -0.5, -0.25, -0.05, 0.05, 0.25, 0.5, 0.8];
export const RATING_FEATURES = DENSE_FEATURES + COMPOUND_EDGES.length + 1 + 17;

/**
 * Inputs of the rating head: the dense features, the compound's band (so the regression can bend
 * the compound's curve), the strongest word each way, how many words each way, the raw sum and
 * the exclamation marks.
 */
export function ratingFeatures(engine: EngineResult, signals: readonly SignalCode[]): number[] {
  const out = denseFeatures(engine, signals);
  let bin = 0;
  while (bin < COMPOUND_EDGES.length && engine.compound > (COMPOUND_EDGES[bin] ?? 0)) bin++;
  for (let b = 0; b <= COMPOUND_EDGES.length; b++) out.push(b === bin ? 1 : 0);
  let strongestPositive = 0;
  let strongestNegative = 0;
  let positives = 0;
  let negatives = 0;
  for (const item of engine.items) {
    if (item.weight > 0) {
      positives++;
      if (item.weight > strongestPositive) strongestPositive = item.weight;
    } else if (item.weight < 0) {
      negatives++;
      if (-item.weight > strongestNegative) strongestNegative = -item.weight;
    }
  }
  let emojiPositive = 0;
  let emojiNegative = 0;
  let negated = 0;
  for (const item of engine.items) {
    if (item.source === 'emoji') {
      if (item.weight > 0) emojiPositive += item.weight;
      else emojiNegative -= item.weight;
    }
    if (item.negated) negated++;
  }
  const c = engine.compound;
  out.push(
    strongestPositive / 4,
    strongestNegative / 4,
    Math.min(positives, 5) / 3,
    Math.min(negatives, 5) / 3,
    Math.tanh(engine.sum / 4),
    Math.min(engine.exclamations, 4) / 4,
    Math.sqrt(engine.positive) / 2,
    Math.sqrt(engine.negative) / 2,
    Math.min(emojiPositive, 6) / 3,
    Math.min(emojiNegative, 6) / 3,
    Math.min(negated, 3) / 3,
    Math.min(engine.questions, 3) / 3,
    (c * Math.min(engine.wordCount, 30)) / 30,
    Math.min(engine.items.length, 8) / 4,
    c * c * c,
    Math.abs(c),
    engine.exclamations > 0 ? c : 0,
  );
  return out;
}

/** The rating head's estimate of the human rating ÷ 4, clipped to −1…1; `extra`: the word vectors' part. */
export function ratingOf(head: RatingHead, inputs: readonly number[], extra = 0): number {
  let sum = head.bias + extra;
  for (let i = 0; i < inputs.length; i++) sum += (head.weights[i] ?? 0) * (inputs[i] ?? 0);
  return sum > 1 ? 1 : sum < -1 ? -1 : sum;
}

/**
 * The model's inputs: the dense reading first (`dense`, e.g. ratingFeatures(); denseFeatures()
 * when absent), then the hashed words and word pairs.
 */
export function featuresOf(
  engine: EngineResult,
  signals: readonly SignalCode[],
  buckets: number,
  dense: readonly number[] = denseFeatures(engine, signals),
): Features {
  const indices: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < dense.length; i++) {
    indices.push(i);
    values.push(dense[i] ?? 0);
  }
  // Hashed words: negated scope is marked so "not good" and "good" are different features.
  const tokens = engine.tokens;
  const last = Math.min(tokens.length, 200);
  const marks = new Uint8Array(tokens.length + 1);
  for (const item of engine.items) if (item.negated) for (let k = item.first + 1; k <= item.last; k++) marks[k]! |= NEGATED;
  // Words inside a lexicon phrase ("not bad at all", "thanks for nothing") count as the phrase,
  // not as words that mean something else on their own.
  for (const item of engine.items) {
    if ((item.source !== 'phrase' && item.source !== 'user') || item.last <= item.first || item.negated) continue;
    for (let k = item.first; k <= item.last; k++) marks[k]! |= IN_PHRASE;
  }
  if (usedStamps.length < buckets) usedStamps = new Uint8Array(buckets);
  usedStamp++;
  if (usedStamp > 255) {
    usedStamps.fill(0);
    usedStamp = 1;
  }
  const features: Features = { indices, values };
  const base = dense.length;
  let previous: number = PAIR_AFTER.start;
  let negate = 0;
  for (let i = 0; i < last; i++) {
    const token = tokens[i];
    const written = engine.terms[i];
    if (!token || written === undefined) continue;
    // Every word that names a group of people is the same word to the model (groups.ts).
    const term = GROUP_TERMS.has(written) ? GROUP_TOKEN : written;
    if (token.kind === 'punct') {
      if (term[0] === '!' || term[0] === '?') addHashed(features, base, buckets, fnv1aFrom(MARK, term[0]));
      previous = PAIR_AFTER.punct;
      negate = 0;
      continue;
    }
    if (token.kind === 'url' || token.kind === 'mention' || token.kind === 'number') {
      previous = PAIR_AFTER[token.kind];
      continue;
    }
    const mark = marks[i] as number;
    if (mark & IN_PHRASE) {
      if (!((marks[i - 1] ?? 0) & IN_PHRASE)) {
        let phrase = fnv1aFrom(UNIGRAM, term);
        for (let k = i + 1; (marks[k] ?? 0) & IN_PHRASE; k++) phrase = fnv1aFrom(fnv1aFrom(phrase, SPACE), engine.terms[k] ?? '');
        addHashed(features, base, buckets, phrase);
      }
      previous = pairAfter(term);
      continue;
    }
    addHashed(features, base, buckets, fnv1aFrom(mark & NEGATED || negate > 0 ? NEGATED_UNIGRAM : UNIGRAM, term));
    addHashed(features, base, buckets, fnv1aFrom(previous, term));
    previous = pairAfter(term);
    if (negate > 0) negate--;
    // Words after a negator read differently ("not bad", "never disappoints"): mark up to three.
    if (NEGATORS.has(term) || term.endsWith("n't")) negate = 3;
  }
  return features;
}

export function softmax(logits: readonly [number, number, number]): [number, number, number] {
  const max = Math.max(logits[0], logits[1], logits[2]);
  const e0 = Math.exp(logits[0] - max);
  const e1 = Math.exp(logits[1] - max);
  const e2 = Math.exp(logits[2] - max);
  const total = e0 + e1 + e2;
  return [e0 / total, e1 / total, e2 / total];
}

/** Class probabilities; `extra` adds to the logits (the word vectors' part, from addEmbedded()). */
export function probabilities(model: LoadedModel, features: Features, extra?: readonly number[]): [number, number, number] {
  const logits: [number, number, number] = [
    model.bias[0] + (extra?.[0] ?? 0),
    model.bias[1] + (extra?.[1] ?? 0),
    model.bias[2] + (extra?.[2] ?? 0),
  ];
  const rows = model.rows();
  for (let c = 0; c < 3; c++) {
    const row = rows[c] as Float32Array;
    let sum = logits[c] as number;
    for (let k = 0; k < features.indices.length; k++) sum += (row[features.indices[k] as number] ?? 0) * (features.values[k] as number);
    logits[c] = sum;
  }
  return softmax(logits);
}

/** Adds one hashed row, read as packed words, to the lane sums (see networkProbabilities()). */
function addPacked(network: LoadedNetwork, packed: Int32Array, at: number, words: number): void {
  const { even, odd } = network;
  for (let q = 0; q < words; q++) {
    const word = (packed[at + q] as number) ^ 0x80808080;
    even[q] = (even[q] as number) + (word & 0x00ff00ff);
    odd[q] = (odd[q] as number) + ((word >>> 8) & 0x00ff00ff);
  }
}

/** Moves the lane sums of `rows` packed rows into the byte sums (`counts`), taking off their offsets, and clears them. */
function unpack(network: LoadedNetwork, rows: number): void {
  const { even, odd, counts } = network;
  const offset = 128 * rows;
  for (let q = 0; q < even.length; q++) {
    const e = even[q] as number;
    const o = odd[q] as number;
    const low = e % 65536;
    const oddLow = o % 65536;
    const j = 4 * q;
    counts[j] = (counts[j] as number) + low - offset;
    counts[j + 1] = (counts[j + 1] as number) + oddLow - offset;
    counts[j + 2] = (counts[j + 2] as number) + (e - low) / 65536 - offset;
    counts[j + 3] = (counts[j + 3] as number) + (o - oddLow) / 65536 - offset;
  }
  even.fill(0);
  odd.fill(0);
}

/**
 * The network's class probabilities. `features` as featuresOf() gives them (the first `dense` are the
 * dense reading, the rest hashed words at dense + bucket); `embedded`: the word vectors' outputs.
 */
export function networkProbabilities(
  network: LoadedNetwork,
  dense: number,
  features: Features,
  embedded: readonly number[],
): [number, number, number] {
  // The arrays in locals: the loops below run for every post.
  const { hidden: size, sums: hidden, counts: hashed, inputs, hashed: weights, packed, buckets, output } = network;
  hidden.set(network.bias);
  hashed.fill(0);
  const { indices, values } = features;
  // The hashed rows (16,384 of 32 bytes, far more than the processor's nearest caches hold) are read once first,
  // all together: reads that wait on nothing overlap, where the sums below wait on each row in turn. About 3%
  // of analyze()'s time on TweetEval's tweets, the outputs unchanged.
  if (packed) {
    let touched = 0;
    const words = size >> 2;
    for (let k = 0; k < indices.length; k++) {
      const index = indices[k] as number;
      if (index >= dense) touched ^= packed[((index - dense) % buckets) * words] as number;
    }
    network.touched = touched;
  }
  let pending = 0;
  for (let k = 0; k < indices.length; k++) {
    const index = indices[k] as number;
    if (index < dense) {
      const value = values[k] as number;
      if (value === 0) continue;
      const at = index * size;
      for (let j = 0; j < size; j++) hidden[j] = (hidden[j] as number) + value * (inputs[at + j] as number);
    } else if (packed) {
      // Hashed words have the value 1 (featuresOf()): their rows of bytes are summed. Four bytes are read
      // as one word, each byte offset by 128 (0…255), and its even and odd bytes summed in two 16-bit lanes
      // at once: half the additions and a quarter of the reads of a byte at a time, with the same integer
      // sums (a lane holds 256 rows before it could carry; then they are unpacked).
      const at = ((index - dense) % buckets) * (size >> 2);
      addPacked(network, packed, at, size >> 2);
      if (++pending === 256) {
        unpack(network, pending);
        pending = 0;
      }
    } else {
      const at = ((index - dense) % buckets) * size;
      for (let j = 0; j < size; j++) hashed[j] = (hashed[j] as number) + (weights[at + j] as number);
    }
  }
  if (pending > 0) unpack(network, pending);
  const scale = network.scale;
  for (let j = 0; j < size; j++) hidden[j] = (hidden[j] as number) + (hashed[j] as number) * scale;
  for (let e = 0; e < EMBEDDING_OUTPUTS; e++) {
    const value = embedded[e] ?? 0;
    const at = (dense + e) * size;
    for (let j = 0; j < size; j++) hidden[j] = (hidden[j] as number) + value * (inputs[at + j] as number);
  }
  const logits: [number, number, number] = [network.outputBias[0], network.outputBias[1], network.outputBias[2]];
  for (let c = 0; c < 3; c++) {
    let sum = logits[c] as number;
    for (let j = 0; j < size; j++) {
      const h = hidden[j] as number;
      if (h > 0) sum += h * (output[c * size + j] as number);
    }
    logits[c] = sum;
  }
  return softmax(logits);
}

/**
 * Maps the raw blend (−1…1) onto the score so that the model's own thresholds land on
 * ±NEUTRAL_BAND: piecewise linear and increasing, so order (and nearly all of the correlation
 * with human ratings) is kept.
 */
export function calibrate(raw: number, bands: readonly [number, number]): number {
  const [negative, positive] = bands;
  const band = NEUTRAL_BAND;
  let score: number;
  if (raw >= positive) score = band + ((raw - positive) * (1 - band)) / (1 - positive);
  else if (raw <= -negative) score = -band + ((raw + negative) * (1 - band)) / (1 - negative);
  else score = -band + ((raw + negative) * 2 * band) / (positive + negative);
  return score > 1 ? 1 : score < -1 ? -1 : score;
}

/** See predict(): texts this short with a compound this clear, all one way, follow the rules' side. */
const SHORT_WORDS = 8;
const CLEAR_COMPOUND = 0.3;

export interface Prediction {
  score: number;
  confidence: number;
  label: (typeof CLASSES)[number];
  probabilities: [number, number, number];
}

export function predict(engine: EngineResult, signals: readonly SignalCode[]): Prediction {
  const model = activeModel();
  if (!model) {
    // Rules only: the compound score, with confidence growing with distance from neutral.
    const score = engine.compound;
    const label = score >= 0.05 ? 'positive' : score <= -0.05 ? 'negative' : 'neutral';
    const p: [number, number, number] = [0, 0, 0];
    return { score, confidence: Math.min(1, 0.5 + Math.abs(score) / 2), label, probabilities: p };
  }
  const head = model.rating;
  const rich = head || model.dense === RATING_FEATURES ? ratingFeatures(engine, signals) : undefined;
  const features = featuresOf(engine, signals, model.buckets, model.dense === RATING_FEATURES ? rich : undefined);
  const embedded = [0, 0, 0, 0];
  if (model.embedding) addEmbedded(model.embedding, engine, embedded);
  const p = model.network
    ? networkProbabilities(model.network, model.dense, features, embedded)
    : probabilities(model, features, embedded);
  const polarity = p[2] - p[0];
  const raw = head
    ? model.ruleShare * engine.compound + head.modelShare * polarity + head.share * ratingOf(head, rich ?? [], embedded[3])
    : model.ruleShare * engine.compound + (1 - model.ruleShare) * polarity;
  let score = calibrate(raw, model.bands);
  // A short statement whose feeling words all point one way ("I was not disappointed") is read
  // as the rules read it: with a handful of words the learned parts have little to go on and
  // regress towards neutral. (Out-of-fold on the development sets, the rules' side is right for
  // 89.8% of such texts, the blend for 89.1%.)
  if (engine.wordCount <= SHORT_WORDS && (engine.positive === 0 || engine.negative === 0)) {
    if (engine.compound >= CLEAR_COMPOUND) score = Math.max(score, NEUTRAL_BAND);
    else if (engine.compound <= -CLEAR_COMPOUND) score = Math.min(score, -NEUTRAL_BAND);
  }
  const best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[2] >= p[1] ? 2 : 1;
  return { score, confidence: p[best] as number, label: CLASSES[best] as Prediction['label'], probabilities: p };
}
