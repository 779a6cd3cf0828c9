// keyTerms: the nouns and noun phrases that stand out in a set of mentions against a baseline
// set — the "what is this about" of a spike. compromise's tagger finds the nouns (about 1 ms a
// post, fine for the few hundred posts of a spike, too slow for analyze()'s per-post budget).
import nlp from 'compromise';

export interface KeyTerm {
  term: string;
  /** Smoothed log-odds of the term's document frequency in `texts` against the baseline; higher stands out more. */
  score: number;
  /** How many of `texts` mention it. */
  count: number;
}

export interface KeyTermsOptions {
  /** At most this many terms (default 10). */
  limit?: number;
  /** A term must appear in at least this many texts (default 2, or 1 for fewer than 5 texts). */
  minCount?: number;
}

/**
 * Words the tagger reads as nouns in context ("Mine did it twice", "has anyone else") that never say
 * what a spike is about.
 */
const NOT_ABOUT = new Set([
  'mine', 'yours', 'hers', 'ours', 'theirs',
  'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'no one',
  'anything', 'something', 'everything', 'nothing',
]);

/** Characters that do not belong in a key term. Single-character classes only: no backtracking. */
const STRIP = /[^\p{L}\p{N}'’\- ]/gu;

function nounsOf(text: string): Set<string> {
  const found = new Set<string>();
  // URLs, mentions and hashtags' signs are noise for the tagger; a post is capped like analyze().
  const clean = text.slice(0, 5000).replace(/https?:\/\/\S+/g, ' ').replace(/[@#]/g, ' ');
  const doc = nlp(clean);
  const add = (phrase: string): void => {
    const term = phrase.replace(STRIP, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
    if (term.length >= 3 && term.length <= 40 && !NOT_ABOUT.has(term)) found.add(term);
  };
  for (const phrase of doc.match('#Noun+').not('(#Pronoun|#Possessive|#Date|#Value)').out('array') as string[]) {
    add(phrase);
    // Compounds ("battery fire") also count their head word, so "fire" adds up across phrasings.
    const words = phrase.split(/\s+/);
    if (words.length > 1) add(words[words.length - 1] ?? '');
  }
  return found;
}

function documentFrequency(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    for (const term of nounsOf(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

export function keyTerms(texts: readonly string[], baselineTexts: readonly string[] = [], options: KeyTermsOptions = {}): KeyTerm[] {
  const limit = options.limit ?? 10;
  const minCount = options.minCount ?? (texts.length < 5 ? 1 : 2);
  const focus = documentFrequency(texts);
  const baseline = documentFrequency(baselineTexts);
  const n = Math.max(texts.length, 1);
  const m = Math.max(baselineTexts.length, 1);
  // Add-half smoothing keeps a term absent from the baseline finite and ranks by both rarity
  // in the baseline and frequency in the spike.
  const results: KeyTerm[] = [];
  for (const [term, count] of focus) {
    if (count < minCount) continue;
    const inBaseline = baseline.get(term) ?? 0;
    const score = Math.log((count + 0.5) / (n + 1)) - Math.log((inBaseline + 0.5) / (m + 1));
    results.push({ term, score: Math.round(score * 1000) / 1000, count });
  }
  results.sort((a, b) => b.score - a.score || b.count - a.count || (a.term < b.term ? -1 : 1));
  return results.slice(0, limit);
}
