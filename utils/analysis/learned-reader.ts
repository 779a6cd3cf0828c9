// Small learned readers of what the rules and the model miss, each a logistic regression over a post's hashed
// words, word pairs and last word, asked of the posts it was trained on the like of (pipeline.ts, index.ts):
// - irony: how likely a post that reads as praise means the opposite (data/irony.json);
// - plain complaints: how likely a post that reads neutral tells a grievance in plain words (data/complaint.json);
// - mockery: how likely a post that laughs and reads positive or neutral laughs at a company (data/mockery.json).
// Trained by tests/scripts/train-reader.ts on written posts only (tests/scripts/irony-data/, complaint-data/,
// mockery-data/ and training-data/), never on a set the benchmark scores; see utils/analysis/README.md.
import type { EngineResult } from './engine';
import { GROUP_TERMS, GROUP_TOKEN } from './groups';
import { FNV_OFFSET, fnv1aFrom } from './hash';
import { decodeBase64 } from './model';

export interface ReaderFile {
  /** Hashed feature slots (a power of two). */
  buckets: number;
  /** One int8 weight per slot, base64 (weight = byte × scale). */
  weights: string;
  scale: number;
  bias: number;
  /** The probability from which the reader takes a post as what it reads. */
  threshold: number;
  /** What the weights were trained on, for the record. */
  trainedOn: string;
}

export interface LoadedReader {
  buckets: number;
  weights: Int8Array;
  scale: number;
  bias: number;
  threshold: number;
}

const UNIGRAM = fnv1aFrom(FNV_OFFSET, 'i:');
const LAST = fnv1aFrom(FNV_OFFSET, 'e:');
const START = fnv1aFrom(UNIGRAM, '^');
const BREAK = fnv1aFrom(UNIGRAM, '.');
/** Marks that carry tone; other punctuation only separates. */
const TONE_MARKS = new Set(['!', '?', '"', '“', '”', '…', '...', ':', '(', ')']);

/** The term a token stands for in the features: its word, or its kind for names, links and figures. */
function featureTerm(engine: EngineResult, i: number): string {
  const token = engine.tokens[i];
  if (!token) return '.';
  switch (token.kind) {
    case 'mention':
      return '@';
    case 'url':
      return 'url';
    case 'number': {
      const first = token.raw.charCodeAt(0);
      return token.norm.includes('%') ? '%' : first === 163 || first === 36 || first === 8364 ? '£' : '0';
    }
    case 'punct':
      return TONE_MARKS.has(token.norm) ? token.norm : '.';
    default: {
      // every word that names a group of people is the same word to the reader, as to the model (groups.ts)
      const term = engine.terms[i] ?? token.norm;
      return GROUP_TERMS.has(term) ? GROUP_TOKEN : term;
    }
  }
}

/** A pair's slot from its two words' hashes (an integer mix: no string is built). */
const pairOf = (previous: number, hash: number): number => Math.imul(previous ^ 0x5bd1e995, 0x9e3779b1) ^ hash;

/**
 * Per slot, the stamp of the last post that used it: each slot counts once a post, with no set built. A byte
 * a slot (64 kB, not 256: the table is read at random), so the stamps are cleared every 255 posts.
 */
let stamps = new Uint8Array(0);
let stamp = 0;

/**
 * The post's feature slots, into `out`, each once (a word said fifty times is said): its words and marks,
 * each pair of neighbours (sentence breaks included) and the last word of the post. At most the first 200
 * tokens. Returns how many.
 */
export function readerSlots(engine: EngineResult, buckets: number, out: number[]): number {
  if (stamps.length !== buckets) {
    stamps = new Uint8Array(buckets);
    stamp = 0;
  }
  stamp++;
  if (stamp > 255) {
    stamps.fill(0);
    stamp = 1;
  }
  const mask = buckets - 1;
  const seen = stamps;
  const now = stamp;
  let count = 0;
  let previous = START;
  let last = 0;
  const end = Math.min(engine.tokens.length, 200);
  for (let i = 0; i < end; i++) {
    const term = featureTerm(engine, i);
    const hash = term === '.' ? BREAK : fnv1aFrom(UNIGRAM, term);
    if (hash !== BREAK) {
      const slot = (hash >>> 0) & mask;
      if (seen[slot] !== now) {
        seen[slot] = now;
        out[count++] = slot;
      }
    }
    const pair = (pairOf(previous, hash) >>> 0) & mask;
    if (seen[pair] !== now) {
      seen[pair] = now;
      out[count++] = pair;
    }
    if (engine.tokens[i]?.kind === 'word') last = hash;
    previous = hash;
  }
  if (last !== 0) {
    const slot = (Math.imul(last ^ LAST, 0x85ebca6b) >>> 0) & mask;
    if (seen[slot] !== now) out[count++] = slot;
  }
  return count;
}

export function loadReader(file: ReaderFile): LoadedReader {
  const bytes = decodeBase64(file.weights);
  return { buckets: file.buckets, weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length), scale: file.scale, bias: file.bias, threshold: file.threshold };
}

/** readerProbability()'s slots, reused from post to post. */
const slots: number[] = [];

/** The probability the reader gives the post (irony: that its praise is meant the other way; complaint: that it complains; mockery: that it laughs at a company). */
export function readerProbability(model: LoadedReader, engine: EngineResult): number {
  const count = readerSlots(engine, model.buckets, slots);
  let sum = 0;
  for (let k = 0; k < count; k++) sum += model.weights[slots[k] as number] as number;
  return 1 / (1 + Math.exp(-(model.bias + sum * model.scale)));
}
