// The learned component: a three-class logistic regression over the rule engine's dense
// features plus hashed unigrams and bigrams. It corrects what rules cannot see (topic words
// that read neutral in tweets, idioms the lexicon misses) while the rules keep it robust.
// Trained by tests/scripts/train-model.ts; the weights ship as int8 in data/model.json.
import type { EngineResult } from './engine';
import weightsFile from './data/model.json';
import type { SignalCode } from './signals';

export interface ModelFile {
  /** Number of hashed buckets. */
  buckets: number;
  /** Number of dense features (they come first in the weight rows). */
  dense: number;
  /** int8 weights, row-major [class][feature], base64; value = byte * scale. */
  weights: string;
  scale: number;
  bias: [number, number, number];
  /** Blend of rule-engine compound and model polarity in the score, e.g. 0.5. */
  ruleShare: number;
  /** What the model was trained on, for the record. */
  trainedOn: string;
}

export interface LoadedModel {
  buckets: number;
  dense: number;
  rows: [Float32Array, Float32Array, Float32Array];
  bias: [number, number, number];
  ruleShare: number;
}

export const CLASSES = ['negative', 'neutral', 'positive'] as const;

/** Decodes base64 without Buffer or atob so it runs the same in Node, workers and pages. */
function decodeBase64(text: string): Uint8Array {
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

export function loadModel(file: ModelFile): LoadedModel {
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
  return { buckets: file.buckets, dense: file.dense, rows, bias: file.bias, ruleShare: file.ruleShare };
}

let active: LoadedModel | undefined = loadModel(weightsFile as ModelFile);

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

function hashTerm(text: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % buckets;
}

const clip = (value: number, limit: number): number => (value > limit ? limit : value < -limit ? -limit : value);

export function featuresOf(engine: EngineResult, signals: readonly SignalCode[], buckets: number): Features {
  const indices: number[] = [];
  const values: number[] = [];
  const dense = [
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
  for (let i = 0; i < dense.length; i++) {
    indices.push(i);
    values.push(dense[i] ?? 0);
  }
  // Hashed words: negated scope is marked so "not good" and "good" are different features.
  let previous = '<s>';
  let negate = 0;
  const negatedAt = new Set<number>();
  for (const item of engine.items) if (item.negated) for (let k = item.first + 1; k <= item.last; k++) negatedAt.add(k);
  const seen = new Set<number>();
  const add = (key: string): void => {
    const index = DENSE_FEATURES + hashTerm(key, buckets);
    if (seen.has(index)) return;
    seen.add(index);
    indices.push(index);
    values.push(1);
  };
  for (let i = 0; i < engine.tokens.length && i < 200; i++) {
    const token = engine.tokens[i];
    const term = engine.terms[i];
    if (!token || term === undefined) continue;
    if (token.kind === 'punct') {
      if (term[0] === '!' || term[0] === '?') add(`p:${term[0]}`);
      previous = '<p>';
      negate = 0;
      continue;
    }
    if (token.kind === 'url' || token.kind === 'mention' || token.kind === 'number') {
      previous = `<${token.kind}>`;
      continue;
    }
    const marked = negatedAt.has(i) || negate > 0 ? `!${term}` : term;
    add(`u:${marked}`);
    add(`b:${previous} ${term}`);
    previous = term;
    if (negate > 0) negate--;
  }
  return { indices, values };
}

export function probabilities(model: LoadedModel, features: Features): [number, number, number] {
  const logits: [number, number, number] = [model.bias[0], model.bias[1], model.bias[2]];
  for (let c = 0; c < 3; c++) {
    const row = model.rows[c] as Float32Array;
    let sum = logits[c] as number;
    for (let k = 0; k < features.indices.length; k++) sum += (row[features.indices[k] as number] ?? 0) * (features.values[k] as number);
    logits[c] = sum;
  }
  const max = Math.max(logits[0], logits[1], logits[2]);
  const e0 = Math.exp(logits[0] - max);
  const e1 = Math.exp(logits[1] - max);
  const e2 = Math.exp(logits[2] - max);
  const total = e0 + e1 + e2;
  return [e0 / total, e1 / total, e2 / total];
}

export interface Prediction {
  score: number;
  confidence: number;
  label: (typeof CLASSES)[number];
  probabilities: [number, number, number];
}

export function predict(engine: EngineResult, signals: readonly SignalCode[]): Prediction {
  if (!active) {
    // Rules only: the compound score, with confidence growing with distance from neutral.
    const score = engine.compound;
    const label = score >= 0.05 ? 'positive' : score <= -0.05 ? 'negative' : 'neutral';
    const p: [number, number, number] = [0, 0, 0];
    return { score, confidence: Math.min(1, 0.5 + Math.abs(score) / 2), label, probabilities: p };
  }
  const p = probabilities(active, featuresOf(engine, signals, active.buckets));
  const polarity = p[2] - p[0];
  const score = active.ruleShare * engine.compound + (1 - active.ruleShare) * polarity;
  const best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[2] >= p[1] ? 2 : 1;
  return { score, confidence: p[best] as number, label: CLASSES[best] as Prediction['label'], probabilities: p };
}
