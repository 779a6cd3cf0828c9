// Trains the analyser's learned component (utils/analysis/model.ts) and writes its weights.
//   node --import tsx tests/scripts/train-model.ts [--data DIR]
// Data: the two development sets in ../shared/data/sentiment (VADER tweets, TweetEval validation).
// Writes
// - utils/analysis/data/model.json: the shipped model, trained on both sets;
// - tests/bench/sentiment/models/fold-K.json: five models, each trained without one fold of the
//   pooled data (fold = hash of the text), so the benchmark reports out-of-fold figures on the
//   development sets and never scores a text with a model that saw it;
// - tests/bench/sentiment/models/only-vader.json and only-tweeteval.json, for cross-dataset figures;
// - tests/bench/sentiment/models/training-keys.json: textKey of every training text.
// Hyper-parameters are fixed below, not searched.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textKey } from '../../utils/analysis/corrections';
import { DENSE_FEATURES, featuresOf, type Features, type ModelFile } from '../../utils/analysis/model';
import { prepare } from '../../utils/analysis/pipeline';
import { readTweetEval, readVader, type Gold, type Row } from '../bench/sentiment/data';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataArg = process.argv.indexOf('--data');
const dataDir = dataArg > 0 ? (process.argv[dataArg + 1] ?? '') : join(root, '..', 'shared', 'data', 'sentiment');

const BUCKETS = 1 << 14;
const EPOCHS = 12;
const LEARNING_RATE = 0.1;
const L2 = 2e-5;
const RULE_SHARE = 0.5;
const FOLDS = 5;
const CLASS_INDEX: Record<Gold, number> = { negative: 0, neutral: 1, positive: 2 };

interface Example {
  features: Features;
  label: number;
  key: string;
  source: 'vader' | 'tweeteval';
}

function examples(rows: Row[], source: Example['source']): Example[] {
  return rows.map((row) => {
    const { engine, signals } = prepare(row.text);
    return { features: featuresOf(engine, signals, BUCKETS), label: CLASS_INDEX[row.gold], key: textKey(row.text), source };
  });
}

/** Deterministic shuffle (mulberry32) so training is reproducible. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Multinomial logistic regression, AdaGrad, L2; classes weighted to balance their counts. */
function train(data: Example[], description: string): ModelFile {
  const width = DENSE_FEATURES + BUCKETS;
  const weights = [new Float64Array(width), new Float64Array(width), new Float64Array(width)];
  const squares = [new Float64Array(width).fill(1e-8), new Float64Array(width).fill(1e-8), new Float64Array(width).fill(1e-8)];
  const bias = [0, 0, 0];
  const biasSquares = [1e-8, 1e-8, 1e-8];
  const counts = [0, 0, 0];
  for (const example of data) counts[example.label] = (counts[example.label] ?? 0) + 1;
  const classWeight = counts.map((count) => (count > 0 ? data.length / (3 * count) : 0));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const example of shuffled(data, 17 + epoch)) {
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
  // Quantise to int8 with one scale: the file stays small enough to bundle in the content script.
  let maxAbs = 0;
  for (const row of weights) for (const w of row) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs / 127 || 1;
  const bytes = new Uint8Array(3 * width);
  weights.forEach((row, c) => row.forEach((w, f) => (bytes[c * width + f] = Math.round(w / scale) & 0xff)));
  return {
    buckets: BUCKETS,
    dense: DENSE_FEATURES,
    weights: Buffer.from(bytes).toString('base64'),
    scale,
    bias: [bias[0] ?? 0, bias[1] ?? 0, bias[2] ?? 0],
    ruleShare: RULE_SHARE,
    trainedOn: description,
  };
}

const vader = examples(readVader(join(dataDir, 'vader-tweets.tsv')), 'vader');
const tweeteval = examples(
  readTweetEval(join(dataDir, 'tweeteval-val_text.txt'), join(dataDir, 'tweeteval-val_labels.txt')),
  'tweeteval',
);
const pooled = [...vader, ...tweeteval];
const foldOf = (key: string): number => Number.parseInt(key.slice(0, 8), 16) % FOLDS;

const modelsDir = join(root, 'tests', 'bench', 'sentiment', 'models');
mkdirSync(modelsDir, { recursive: true });
const write = (file: string, model: ModelFile): void => writeFileSync(file, JSON.stringify(model));

write(join(root, 'utils', 'analysis', 'data', 'model.json'), train(pooled, 'VADER tweets (4,200) + TweetEval validation (2,000)'));
for (let fold = 0; fold < FOLDS; fold++) {
  write(join(modelsDir, `fold-${fold}.json`), train(pooled.filter((e) => foldOf(e.key) !== fold), `pooled dev sets without fold ${fold}`));
}
write(join(modelsDir, 'only-vader.json'), train(vader, 'VADER tweets only'));
write(join(modelsDir, 'only-tweeteval.json'), train(tweeteval, 'TweetEval validation only'));
writeFileSync(join(modelsDir, 'training-keys.json'), JSON.stringify({ folds: FOLDS, keys: [...new Set(pooled.map((e) => e.key))] }));
console.log(`trained on ${vader.length} VADER + ${tweeteval.length} TweetEval texts; models in ${modelsDir}`);
