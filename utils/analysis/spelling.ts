// Misspelt feeling words ("terible service", "awfull", "dissapointed", "recomend", "incompetant"):
// an unknown word is read as the lexicon's feeling word it is one slip away from. Only words no
// dictionary here knows are mended (not in the lexicon, the slang table or the 50,000 words of the word
// vectors, nor a known word with an ending: "googling" is not "giggling"), only towards one feeling word
// rated 1 or more either way, and only by the slips people make:
// - a letter doubled or not ("terible", "wonderfull", "dissapoint", "reccomend"), towards a word of five
//   letters or more;
// - two letters swapped ("horrbile"), in a word of six letters or more;
// - a letter too many or too few, or one vowel for another ("usless", "exellent", "incompetant"), in a
//   word of six letters or more and towards a word of seven or more, where real words seldom lie one
//   letter apart.
// The first letter is never the slip ("reddit" is not "credit"), nor is a consonant for another: that is
// how real words differ ("crisps" is not "crisis", "tummy" not "yummy").
// Unknown words are checked against the feeling words of their first letter and a close length, without
// building strings; a word seen before is answered from a small cache.
import { vocabularyRank } from './embedding';
import { lexiconWords } from './lexicon';

const MIN_TARGET = 5;
const MIN_SLIPPED = 6;
/** A letter too many or too few, or a vowel for another, leads only to a word this long. */
const LONG_TARGET = 7;
const MIN_VALENCE = 1;
const CACHE_SIZE = 2_000;
const SUFFIXES = ['ing', 'ed', 'ers', 'er', 's'];

interface Target {
  /** The word with each run of one letter written once. */
  skeleton: string;
  word: string;
  sign: number;
}

/** "dissappointed" → "disapointed": runs of one letter as one. */
export function skeleton(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (i === 0 || word[i] !== word[i - 1]) out += word[i];
  return out;
}

const isVowel = (code: number): boolean => code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121;

/** bySkeleton: the same word, doubled letters aside; near: targets by first letter and skeleton length. */
let targets: { bySkeleton: Map<string, Target | null>; near: Map<string, Target[]> } | undefined;

const nearKey = (initial: string, length: number): string => `${initial}${length}`;

function index(): NonNullable<typeof targets> {
  if (targets) return targets;
  const bySkeleton = new Map<string, Target | null>();
  const near = new Map<string, Target[]>();
  for (const [word, valence] of lexiconWords()) {
    if (word.length < MIN_TARGET || Math.abs(valence) < MIN_VALENCE || !/^[a-z]+$/.test(word)) continue;
    const target: Target = { skeleton: skeleton(word), word, sign: Math.sign(valence) };
    // Two words of opposite feeling with one skeleton: neither is mended to.
    const held = bySkeleton.get(target.skeleton);
    if (held === undefined) bySkeleton.set(target.skeleton, target);
    else if (held !== null && held.sign !== target.sign) bySkeleton.set(target.skeleton, null);
    const key = nearKey(word[0] as string, target.skeleton.length);
    const list = near.get(key);
    if (list) list.push(target);
    else near.set(key, [target]);
  }
  targets = { bySkeleton, near };
  return targets;
}

/** Whether `a` from `from` on is `b` from `to` on. */
function sameAfter(a: string, from: number, b: string, to: number): boolean {
  if (a.length - from !== b.length - to) return false;
  for (let k = 0; from + k < a.length; k++) if (a.charCodeAt(from + k) !== b.charCodeAt(to + k)) return false;
  return true;
}

/**
 * How `written` (a skeleton) slips from `meant` (a skeleton of a word `meantLength` letters long): 0 two
 * letters swapped, 1 a letter too many, 2 a vowel for another, 3 a letter too few; -1 none of these.
 */
function slip(written: string, meant: string, meantLength: number): number {
  const long = meantLength >= LONG_TARGET;
  const a = written.length;
  const b = meant.length;
  let i = 0;
  while (i < a && i < b && written.charCodeAt(i) === meant.charCodeAt(i)) i++;
  // The first letter is never the slip.
  if (i === 0) return -1;
  if (a === b) {
    if (i >= a) return -1;
    if (i + 1 < a && written[i] === meant[i + 1] && written[i + 1] === meant[i] && sameAfter(written, i + 2, meant, i + 2)) return 0;
    if (long && isVowel(written.charCodeAt(i)) && isVowel(meant.charCodeAt(i)) && sameAfter(written, i + 1, meant, i + 1)) return 2;
    return -1;
  }
  if (!long) return -1;
  if (a === b + 1) return sameAfter(written, i + 1, meant, i) ? 1 : -1;
  if (b === a + 1) return sameAfter(written, i, meant, i + 1) ? 3 : -1;
  return -1;
}

/** Whether `word` is a known word with an ending: its stem, as written, undoubled or with an "e", is known. */
function inflectsKnownWord(word: string): boolean {
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const stem = word.slice(0, -suffix.length);
    const undoubled = stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : stem;
    if (vocabularyRank(stem) !== undefined || vocabularyRank(undoubled) !== undefined || vocabularyRank(`${stem}e`) !== undefined) return true;
  }
  return false;
}

function mend(word: string): string | undefined {
  const { bySkeleton, near } = index();
  const written = skeleton(word);
  const same = bySkeleton.get(written);
  if (same !== undefined) return same?.word;
  if (word.length < MIN_SLIPPED || inflectsKnownWord(word)) return undefined;
  // One slip: the likeliest kind first (a swap, then a letter too many, a vowel, a letter too few),
  // unless a word found reads the other way.
  let best: Target | undefined;
  let bestKind = 4;
  let sign = 0;
  for (let length = written.length - 1; length <= written.length + 1; length++) {
    for (const target of near.get(nearKey(word[0] as string, length)) ?? []) {
      const kind = slip(written, target.skeleton, target.word.length);
      if (kind < 0) continue;
      if (sign !== 0 && target.sign !== sign) return undefined;
      sign = target.sign;
      if (kind < bestKind) {
        best = target;
        bestKind = kind;
      }
    }
  }
  return best?.word;
}

const cache = new Map<string, string | null>();

/**
 * The feeling word `word` (lower case, as tokenised) misspells, or undefined. `known` is the lexicon's
 * own test: a known word is never mended.
 */
export function mendSpelling(word: string, known: (term: string) => boolean): string | undefined {
  return known(word) ? undefined : mendUnknown(word);
}

/** mendSpelling() of a word its caller has found `known` does not know (canonicalTerm has asked already). */
export function mendUnknown(word: string): string | undefined {
  if (word.length < MIN_TARGET || word.length > 20) return undefined;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122) return undefined;
  }
  if (vocabularyRank(word) !== undefined) return undefined;
  const cached = cache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  const mended = mend(word);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(word, mended ?? null);
  return mended;
}
