// The rule engine: VADER's heuristics (Hutto & Gilbert, ICWSM 2014) re-implemented over our own
// tokens, with a richer lexicon, emoji, clause-bounded negation, concessive clauses, elongation and
// brand rules. It produces per-phrase weights (the reasons) and the dense features the learned
// model reads.
import { BOOSTERS, CONCESSIVE, CONTRAST_AFTER, FIX_VERBS, NEGATORS, basePhrases, emojiValence, hasWord, wordValence } from './lexicon';
import { vocabularyRank } from './embedding';
import { PhraseMatcher, tokenTerm } from './phrases';
import { tokenize, type Token } from './tokenize';

/** A user rule: a valence on the −4..4 scale, or 'ignore' to make a term carry no feeling. */
export type LexiconRule = number | 'ignore';

/** A compiled user lexicon; build once with compileLexicon() and reuse. */
export interface CompiledLexicon {
  words: ReadonlyMap<string, LexiconRule>;
  phrases: PhraseMatcher<LexiconRule>;
}

export interface ScoredItem {
  /** Token indices, inclusive. `first` includes a negator when the item was negated. */
  first: number;
  last: number;
  /** Valence as the lexicon gives it. */
  base: number;
  /** After caps, boosters, negation, contrast and sarcasm. */
  weight: number;
  negated: boolean;
  source: 'word' | 'phrase' | 'emoji' | 'user';
  /** A capitalised word inside a name mid-sentence: its valence was cut to NAME_WEIGHT. */
  inName?: true;
}

export interface EngineResult {
  tokens: Token[];
  terms: string[];
  items: ScoredItem[];
  /** Sum of item weights plus punctuation emphasis. */
  sum: number;
  /** VADER-style normalised sum, −1..1. */
  compound: number;
  positive: number;
  negative: number;
  exclamations: number;
  questions: number;
  capsWords: number;
  wordCount: number;
}

const N_SCALAR = -0.74;
/**
 * A thing's fault denied is the absence of a complaint, not praise: "not broken, not defective, just
 * not what was shown" (VADER's −0.74 read it +1.6 a fault). "not bad" keeps the full flip.
 */
const N_SCALAR_FAULT = -0.2;
const FAULTS = new Set([
  'broken', 'defective', 'faulty', 'damaged', 'cracked', 'crashed', 'buggy', 'glitchy', 'laggy', 'leaking', 'leaky',
  'stale', 'expired', 'scratched', 'dented', 'torn', 'stained', 'delayed', 'missing', 'late',
]);
/**
 * Swearing that stands for "nothing" is no less scornful denied: "doesn't mean shit", "don't give a damn",
 * "didn't do crap" (VADER's −0.74 read "doesn't mean shit" +1.9). It keeps its sign at half its weight.
 */
const NOTHING_SWEARS = new Set(['shit', 'shits', 'crap', 'fuck', 'fucks', 'damn', 'damns', 'dick', 'jackshit']);
const N_SCALAR_SWEAR = 0.5;
const C_INCR = 0.733;
const ELONGATION_INCR = 0.293;
const ALPHA = 15;
/** analyze() reads at most this many characters: posts are short, and it bounds the time any input can take. */
export const MAX_CHARS = 20_000;

const basePhraseMatcher = new PhraseMatcher<number>(hasWord, (add) => {
  for (const [phrase, valence] of basePhrases()) add(phrase, valence);
});

const CLAUSE_BREAK = new Set(['.', ',', '!', '?', ';', ':', '…', '(', ')', '"', '“', '”', '|', '—', '–']);

/** Words before "like" that make it the verb ("I like it") rather than the filler or preposition. */
const LIKE_VERB_CONTEXT = new Set(['i', 'we', 'you', 'they', 'really', 'totally', 'to', "don't", "didn't", 'do', 'did', 'also', 'still', 'just', 'so', 'definitely', 'kinda']);

/** "would like", "I'd just like": a wish ("I would like a refund"), not a liking. */
const WISH_BEFORE_LIKE = new Set(['would', "i'd", "we'd", "you'd", "they'd", "he'd", "she'd"]);

/** "like" as the verb of liking ("I really like it"), not a wish, a comparison or a filler. */
function likesSomething(terms: readonly string[], index: number): boolean {
  if (!LIKE_VERB_CONTEXT.has(terms[index - 1] ?? '')) return false;
  // "would just like", "I'd really like"
  return !WISH_BEFORE_LIKE.has(terms[index - 2] ?? '');
}

export function compileLexicon(lexicon: Readonly<Record<string, LexiconRule>>): CompiledLexicon {
  const words = new Map<string, LexiconRule>();
  const phrases = new PhraseMatcher<LexiconRule>(hasWord);
  for (const [term, rule] of Object.entries(lexicon)) {
    if (rule !== 'ignore' && (typeof rule !== 'number' || !Number.isFinite(rule))) continue;
    const clamped: LexiconRule = rule === 'ignore' ? rule : Math.max(-4, Math.min(4, rule));
    const tokens = tokenize(term.slice(0, 200)).filter((t) => t.kind !== 'punct');
    const only = tokens[0];
    if (tokens.length === 1 && only) words.set(tokenTerm(only, hasWord), clamped);
    else if (tokens.length > 1) phrases.add(term, clamped);
  }
  return { words, phrases };
}

function isNegator(term: string): boolean {
  return NEGATORS.has(term) || term.endsWith("n't");
}

function isWordLike(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'word' || token.kind === 'hashtag' || token.kind === 'number');
}

/** What a feeling word inside a name keeps of its valence. */
export const NAME_WEIGHT = 0.2;
/** Above this share of capitalised words a post is in Title Case: capitals mark no name. */
const TITLE_CASE_SHARE = 0.75;
/** Capitalised for emphasis, not as part of a name ("Support Is Useless", "My Order Was Wrong"). */
const NOT_IN_NAMES = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'am', 'my', 'so', 'very', 'not', 'just', 'this', 'it', 'its', "it's", "i'm",
  'really', 'totally', 'has', 'have', 'had', 'do', 'does', 'did', 'you', 'your', 'we', 'our',
]);
/** Small words a name may hold between its capitalised words ("Death by Chocolate", "Game of Thrones"). */
const NAME_JOINERS = new Set(['of', 'by', 'the', 'and', '&', 'in', 'on', 'a']);

/** A word written with a capital first letter and lower case after it ("Hell", not "HELL" or "hell"). */
function capitalised(token: Token | undefined): boolean {
  if (token?.kind !== 'word' || token.raw.length < 2 || token.caps) return false;
  const first = token.raw.charCodeAt(0);
  return first >= 65 && first <= 90;
}

/** Whether the word at `index` starts a sentence (or the post): a capital there marks no name. */
function sentenceStart(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  if (!before) return true;
  if (before.kind === 'mention' || before.kind === 'url' || before.kind === 'emoji') return true;
  // A quote opened mid-sentence starts no sentence: 'rebranding it as "Bright Basics"'.
  if (QUOTES.has(before.raw) && isWordLike(tokens[index - 2])) return false;
  return before.kind === 'punct' && CLAUSE_BREAK.has(before.norm[0] ?? '') && before.norm[0] !== ',';
}

const QUOTES = new Set(['"', '“']);

/**
 * Whether a capitalised word is part of a name: not at a sentence's start, and next to another
 * capitalised word (directly, or across a joiner such as "by" or "of").
 */
function inName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!capitalised(token)) return false;
  // The subject of a headline's verb is a company, even at the start ("Ardent confirms price of new model").
  if (NEWS_VERBS.has(tokens[index + 1]?.norm ?? '')) return true;
  if (sentenceStart(tokens, index)) return false;
  const neighbour = (step: 1 | -1): boolean => {
    let j = index + step;
    if (NAME_JOINERS.has(tokens[j]?.norm ?? '') && !capitalised(tokens[j])) j += step;
    const other = tokens[j];
    if (!capitalised(other) || NOT_IN_NAMES.has(other!.norm)) return false;
    // The word before may start the sentence ("The Walking Dead"): a name still, when it is not "I".
    return other!.raw !== 'I';
  };
  return neighbour(1) || neighbour(-1) || namedThing(tokens, index);
}

/**
 * Verbs of news about a company, of which a capitalised word just before is the name. Not those that are
 * also plural nouns ("Great posts", "Terrible delays", "Good hires").
 */
const NEWS_VERBS = new Set([
  'announces', 'confirms', 'launches', 'unveils', 'recalls', 'appoints', 'acquires', 'expands', 'denies', 'rebrands',
  'settles',
]);

/** Words that set a thing before its name ("my Ardent", "this Bliss"). */
const NAME_DETERMINERS = new Set(['the', 'my', 'our', 'your', 'their', 'his', 'her', 'this', 'that', 'new', 'an']);
/** Verbs of which a capitalised word after a determiner is the subject: a name ("this Ardent is so fast"). */
const NAME_VERBS = new Set(['is', 'was', 'has', 'had', 'keeps', 'still', 'just', 'broke', 'died', 'arrived', 'came']);

/**
 * A lone capitalised word after a determiner, written in a lower-case sentence, is a thing's name when
 * a model code ("my Ardent CX5"), a verb ("this Bliss is", "the Radiant broke") or the clause's end follows
 * it: a feeling word in that slot would be written in lower case.
 */
function namedThing(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  if (before?.kind !== 'word' || !NAME_DETERMINERS.has(before.norm) || before.caps) return false;
  const after = tokens[index + 1];
  if (!after) return true;
  if (after.kind === 'punct') return CLAUSE_BREAK.has(after.norm[0] ?? '') && after.norm[0] !== '"';
  if (after.kind !== 'word' && after.kind !== 'number') return false;
  if (NAME_VERBS.has(after.norm)) return true;
  // a model code: letters and digits ("CX5", "X200", "S24")
  let letters = false;
  let digits = false;
  for (let k = 0; k < after.raw.length; k++) {
    const code = after.raw.charCodeAt(k);
    if (code >= 48 && code <= 57) digits = true;
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) letters = true;
  }
  return letters && digits;
}

/** The words of a CamelCase hashtag ("#WorstServiceEver" → worst, service, ever); one word: none. */
function camelCaseWords(raw: string): string[] {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < raw.length && i < 60; i++) {
    const char = raw[i]!;
    const code = raw.charCodeAt(i);
    const upper = code >= 65 && code <= 90;
    const lower = (code >= 97 && code <= 122) || char === "'";
    if (!upper && !lower) {
      if (word) words.push(word.toLowerCase());
      word = '';
      continue;
    }
    // A capital starts a word after a small letter ("ServiceEver"), or before one after capitals ("LOLOkay").
    const nextLower = raw.charCodeAt(i + 1) >= 97 && raw.charCodeAt(i + 1) <= 122;
    const previous = raw.charCodeAt(i - 1);
    const afterLower = previous >= 97 && previous <= 122;
    const afterUpper = previous >= 65 && previous <= 90;
    if (upper && word && (afterLower || (afterUpper && nextLower))) {
      words.push(word.toLowerCase());
      word = '';
    }
    word += char;
  }
  if (word) words.push(word.toLowerCase());
  return words.length >= 2 ? words : [];
}

/** Words of one or two letters a run-together hashtag may hold ("#nowaytogo"); any other short piece is a misreading. */
const SHORT_PIECES = new Set(['a', 'i', 'am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'oh', 'on', 'or', 'so', 'to', 'up', 'us', 'we']);

/** Last words of a hashtag that are a verdict, not the topic it names ("#epicfail", "#peoplesuck", "#SoHappy"). */
const VERDICT_HEADS = new Set([
  'fail', 'fails', 'failed', 'suck', 'sucks', 'sucked', 'rocks', 'rules', 'ftw', 'wtf', 'lol', 'smh', 'ever', 'cool',
  'happy', 'sad', 'blessed', 'awesome', 'amazing', 'angry', 'mad', 'annoyed', 'disappointed', 'frustrated', 'ruined',
  'lies', 'lied', 'liars', 'scam', 'scammed',
  // a name then the verdict on it ("#StridewellExposed", "#AcmeScandal", "#AirlineShame")
  'exposed', 'scandal', 'shame', 'disgrace', 'fraud', 'fiasco', 'ripoff', 'nightmare', 'joke',
]);

/** Longest word looked for inside a run-together hashtag. */
const LONGEST_PIECE = 18;

/** Run-together hashtags already split, so a feed repeating one splits it once (bounded). */
const splitHashtags = new Map<string, string[]>();

/**
 * The words of a hashtag written in one case with no breaks ("#peoplesuck", "#worstairlineever",
 * "#EPICFAIL"): the split into vocabulary words that makes the likeliest sentence by their frequency
 * (Zipf's law: a word of rank r costs log r, as wordninja splits), and none unless every piece is a word
 * of three letters or more or a common short one ("#nikkihaley" is no "ni kk ...").
 */
function runTogetherWords(raw: string): string[] {
  const body = (raw.charCodeAt(0) === 35 ? raw.slice(1) : raw).toLowerCase();
  const n = body.length;
  if (n < 5 || n > 40) return [];
  for (let i = 0; i < n; i++) {
    const code = body.charCodeAt(i);
    if (code < 97 || code > 122) return [];
  }
  const known = splitHashtags.get(body);
  if (known) return known;
  if (vocabularyRank(body) !== undefined) return remember(body, []);
  const cost = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - LONGEST_PIECE); start < end; start++) {
      if (cost[start] === Infinity) continue;
      const piece = body.slice(start, end);
      if (piece.length <= 2 && !SHORT_PIECES.has(piece)) continue;
      const rank = vocabularyRank(piece);
      if (rank === undefined) continue;
      const total = (cost[start] as number) + Math.log(rank + 2);
      if (total < (cost[end] as number)) {
        cost[end] = total;
        from[end] = start;
      }
    }
  }
  if (cost[n] === Infinity) return remember(body, []);
  const words: string[] = [];
  for (let end = n; end > 0; end = from[end] as number) words.unshift(body.slice(from[end], end));
  return remember(body, words.length >= 2 ? words : []);
}

function remember(body: string, words: string[]): string[] {
  if (splitHashtags.size >= 5000) splitHashtags.clear();
  splitHashtags.set(body, words);
  return words;
}

/**
 * A CamelCase or run-together hashtag read as its words, with their boosters and negation ("#SoHappy",
 * "#NotHappy", "#LoveIt", "#epicfail"); undefined when no word of it carries feeling.
 */
function camelCaseValence(raw: string): number | undefined {
  const camel = camelCaseWords(raw);
  const split = camel.length > 0 ? camel : runTogetherWords(raw);
  // A tag's last word is its head, most often the topic it names ("#yemencrisis", "#TheWalkingDead",
  // "#MosulOffensive", "#breastcancer"), no feeling of the writer; a verdict there still counts ("#epicfail").
  // (A copy: a run-together tag's words are shared with the next post that uses it.)
  const words = split.length > 0 && !VERDICT_HEADS.has(split[split.length - 1] as string) ? split.slice(0, -1) : split;
  let sum = 0;
  let felt = false;
  let negated = false;
  let boost = 0;
  for (const word of words) {
    if (isNegator(word)) {
      negated = true;
      continue;
    }
    const booster = BOOSTERS.get(word);
    if (booster !== undefined) {
      boost += booster;
      continue;
    }
    const valence = wordValence(word);
    if (valence === undefined || valence === 0) continue;
    let value = valence + Math.sign(valence) * boost;
    if (negated) value *= N_SCALAR;
    sum += value;
    felt = true;
    negated = false;
    boost = 0;
  }
  return felt ? Math.max(-4, Math.min(4, sum)) : undefined;
}

/**
 * Whether a word, hashtag or number comes before `index` (mentions, emoji and marks do not count). Read
 * backwards, so each token is passed at most once between two asks: linear in the post however often it asks.
 */
function wordBefore(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 1; k >= 0; k--) if (isWordLike(tokens[k])) return true;
  return false;
}

/** Valence of one token from the user lexicon or the base lexicon; undefined when it has none. */
function singleValence(
  tokens: readonly Token[],
  terms: readonly string[],
  index: number,
  user: CompiledLexicon | undefined,
): { valence: number; source: ScoredItem['source'] } | 'ignore' | undefined {
  const token = tokens[index];
  const term = terms[index];
  if (!token || term === undefined) return undefined;
  if (user) {
    const rule = user.words.get(term);
    if (rule === 'ignore') return 'ignore';
    if (rule !== undefined) return { valence: rule, source: 'user' };
  }
  switch (token.kind) {
    case 'emoji': {
      const valence = emojiValence(token.norm);
      return valence === undefined ? undefined : { valence, source: 'emoji' };
    }
    case 'emoticon': {
      const valence = wordValence(token.norm);
      return valence === undefined ? undefined : { valence, source: 'emoji' };
    }
    case 'word':
    case 'hashtag': {
      // Unrated (most words of a post): nothing to score, whatever else the word is.
      const valence = wordValence(term) ?? (token.kind === 'hashtag' ? camelCaseValence(token.raw) : undefined);
      if (valence === undefined) return undefined;
      if (BOOSTERS.has(term)) return undefined;
      if (isNegator(term)) {
        // "no" alone ("No.", "no!!") is negative; before another feeling word it only negates.
        if (term !== 'no') return undefined;
        const next = terms[index + 1];
        if (next !== undefined && wordValence(next) !== undefined) return undefined;
      }
      if (term === 'like' && !likesSomething(terms, index)) return undefined;
      // "you better fix this", "that kid better enjoy it", "you'd better not": a warning, no praise
      if (term === 'better' && warnedBetter(tokens, terms, index)) return undefined;
      // "Dear @Acme, my parcel never arrived", "Dear Santa": a letter's salutation, before any word of the post, is no affection
      if (term === 'dear' && !wordBefore(tokens, index)) return undefined;
      // (Asked only of rated words, most of a post's words are not.) "definitely not worth it", "certainly
      // won't be back": the certainty is of the denial, no praise.
      if (CERTAIN.has(term) && isNegator(terms[index + 1] ?? '')) return undefined;
      // "can't stop smiling", "won't stop crashing": a stop denied is more of what follows, no feeling of its own
      if (STOPS.has(term) && isNegator(terms[index - 1] ?? '') && (terms[index + 1] ?? '').endsWith('ing')) return undefined;
      return { valence, source: 'word' };
    }
    default:
      return undefined;
  }
}

/** Who a warning's "better" is said to ("you better", "they'd better", "that kid better"). */
const WARNED = new Set(['you', 'u', 'ya', 'yall', "y'all", 'he', 'she', 'they', 'we', 'i', 'it', 'had', "you'd", 'youd', "they'd", "we'd", "he'd", "she'd", "i'd", 'kid', 'old', 'guy', 'man']);
/** Words after "better" that show it compares, not warns ("you better than me", "they better off"). */
const COMPARED = new Set(['than', 'off', 'now', 'today', 'already', 'yet', 'and', 'or', 'but', 'at', 'with', 'for', 'in', 'to', 'too', 'still']);

/**
 * "better" before a verb, after who it is said to, is a warning or an order ("@Acme you better fix this",
 * "that 4 yr old better enjoy it", "they'd better not"), not praise (read +1.9).
 */
function warnedBetter(tokens: readonly Token[], terms: readonly string[], index: number): boolean {
  const before = terms[index - 1] ?? '';
  if (!WARNED.has(before)) return false;
  // "you had better", not "the old phone had better battery"
  if (before === 'had' && !WARNED.has(terms[index - 2] ?? '')) return false;
  const next = tokens[index + 1];
  return next?.kind === 'word' && !COMPARED.has(terms[index + 1] ?? '');
}

/**
 * Adverbs of certainty VADER rates as praise ("definitely" +1.7), which before a denial are none ("truly" and
 * "seriously" are boosters, never rated).
 */
const CERTAIN = new Set(['definitely', 'certainly', 'surely']);

const STOPS = new Set(['stop', 'stopped', 'stopping', 'quit']);

const EXPERIENCED = new Set([
  'been', 'felt', 'seen', 'tasted', 'looked', 'sounded', 'had', 'was', 'were', 'eaten', 'tried', 'received',
  'experienced', 'met', 'encountered', 'witnessed', 'stayed', 'heard', 'watched', 'used', 'got', 'gotten',
]);
const DEGREE = new Set(['so', 'this', 'that', 'more', 'as', 'such']);

/**
 * "never been so angry", "never felt more let down", "never had such bad service", "never been happier",
 * "never tasted better", "never had a better meal": a superlative of experience, not a negation. "never been
 * a winner", "never was happy" and "never had a good one" stay negated.
 */
function neverBeenSo(terms: readonly string[], negatorAt: number, itemAt: number): boolean {
  if (!EXPERIENCED.has(terms[negatorAt + 1] ?? '')) return false;
  let between = itemAt - (negatorAt + 2);
  for (let j = negatorAt + 2; j < itemAt; j++) if (DEGREE.has(terms[j] ?? '')) return true;
  if (between === 1 && (terms[negatorAt + 2] === 'a' || terms[negatorAt + 2] === 'an')) between = 0;
  return between === 0 && comparative(terms[itemAt] ?? '');
}

/** A comparative of feeling ("better", "worse", "happier"). */
function comparative(term: string): boolean {
  return term === 'better' || term === 'worse' || (term.length > 5 && term.endsWith('ier'));
}

/** Words between "couldn't" and a comparative that keep it a superlative ("couldn't possibly be any better"). */
const UNSURPASSED_GAP = new Set(['be', 'get', 'have', 'been', 'any', 'much', 'possibly', 'even', 'ever', 'go']);

/**
 * "couldn't be better", "can't get any worse", "could not have gone better": a comparative denied by "can"
 * is a superlative, not its opposite (read as a complaint: "service couldn't be better" −1.4 and a service
 * complaint; "it can't get any worse" +1.6).
 */
function unsurpassed(terms: readonly string[], negatorAt: number, itemAt: number): boolean {
  const negator = terms[negatorAt] ?? '';
  if (!CANNOT.has(negator) && !(negator === 'not' && CAN.has(terms[negatorAt - 1] ?? ''))) return false;
  if (itemAt === negatorAt + 1) return false;
  for (let j = negatorAt + 1; j < itemAt; j++) if (!UNSURPASSED_GAP.has(terms[j] ?? '')) return false;
  // "can't be better than the original" compares two things ("than this" does not: "can't get any better than this")
  if (terms[itemAt + 1] === 'than' && terms[itemAt + 2] !== 'this' && terms[itemAt + 2] !== 'that') return false;
  return comparative(terms[itemAt] ?? '');
}

/** A comparative or superlative ("better", "worst", "greatest"). */
function outdoing(term: string): boolean {
  return comparative(term) || term === 'best' || term === 'worst' || (term.length > 5 && term.endsWith('est'));
}

const CANNOT = new Set(["can't", 'cannot', 'cant', "couldn't", 'couldnt']);
const CAN = new Set(['can', 'could']);
const BELIEVE = new Set(['believe', 'belive']);
const EXPECTED = new Set(['expect', 'expected', 'expecting']);
const THOUGHT = new Set(['think', 'thought']);
const I_WOULD = new Set(["i'd", 'id', 'i']);

/**
 * "can't believe how good it is", "didn't expect to love it", "never thought I'd say this place is
 * great": surprise at the feeling that follows, not its denial ("can't believe how bad", "didn't expect
 * to hate it" stay bad). "didn't think it was good" is no surprise: the thought denied is about the
 * thing, not about the writer.
 */
function surprised(terms: readonly string[], negatorAt: number): boolean {
  const next = terms[negatorAt + 1] ?? '';
  // "can't believe", and "could not believe" in two words
  if (BELIEVE.has(next)) {
    return CANNOT.has(terms[negatorAt] ?? '') || (terms[negatorAt] === 'not' && CAN.has(terms[negatorAt - 1] ?? ''));
  }
  if (EXPECTED.has(next)) return terms[negatorAt + 2] === 'to';
  return THOUGHT.has(next) && I_WOULD.has(terms[negatorAt + 2] ?? '');
}

const YOU_ASKED = new Set(['you', 'ya', 'u', 'yall', "y'all"]);
const ANYONE = new Set(['anyone', 'anybody', 'any', 'someone', 'somebody', 'one', 'nobody', 'people']);
/** Denials that open a question asking for agreement ("Isn't this place great?", "Don't you love it?"). */
const ASKING_DENIALS = new Set(["isn't", 'isnt', "aren't", 'arent', "wasn't", 'wasnt', "weren't", "don't", "doesn't", "didn't", "wouldn't"]);

/**
 * "Isn't this place great?", "Don't you just love it?", "Wasn't that amazing?": a question opened by a denial
 * asks for agreement with what follows; it denies nothing (read −2.3 the place). Asked of a denial that starts
 * its sentence and a sentence that ends in a question mark; "why isn't this working?" stays denied.
 */
function askingAgreement(tokens: readonly Token[], terms: readonly string[], negatorAt: number): boolean {
  // "how can you not love Obama?", "how could anyone not like it": nobody could fail to
  if (terms[negatorAt] === 'not' && CAN.has(terms[negatorAt - 2] ?? '') && terms[negatorAt - 3] === 'how') return true;
  if (!ASKING_DENIALS.has(terms[negatorAt] ?? '')) return false;
  // "Doesn't anyone at @Acme care?" asks whether anyone does: a complaint that nobody does
  if (ANYONE.has(terms[negatorAt + 1] ?? '')) return false;
  const before = tokens[negatorAt - 1];
  if (before && before.kind !== 'mention' && !(before.kind === 'punct' && CLAUSE_BREAK.has(before.norm[0] ?? '') && before.norm[0] !== ',')) return false;
  // "dont ya hate it!", "don't you just love it when": asked of the reader, with or without its question mark
  if (YOU_ASKED.has(terms[negatorAt + 1] ?? '')) return true;
  for (let j = negatorAt + 1; j < tokens.length && j < negatorAt + 40; j++) {
    const token = tokens[j] as Token;
    if (token.kind !== 'punct') continue;
    if (token.norm.includes('?')) return true;
    if (CLAUSE_BREAK.has(token.norm[0] ?? '') && token.norm[0] !== ',' && token.norm[0] !== '"' && token.norm[0] !== '“') return false;
  }
  return false;
}

const OPINION_VERBS = new Set(['think', 'thought', 'believe', 'feel', 'felt', 'find', 'found', 'reckon']);
/** "do not think", "did not feel": the denial of an opinion spelled in two words. */
const DO_FORMS = new Set(['do', 'did', 'does']);
/**
 * Words between the denied opinion and the feeling that end its reach: a hope, "this" or a comparison
 * ("didn't think it would be good", "didn't think it was this good" are surprise), "there's" and
 * "anything" ("don't think there's a better one" is praise), and a conjunction that starts another clause
 * ("don't feel well and the staff were great"). "that" is not among them: "don't think that the staff
 * were helpful" and "didn't think it was that good" are denials.
 */
const NOT_A_DENIED_OPINION = new Set([
  'would', 'could', "i'd", "it'd", 'ever', 'any', 'so', 'this', 'how', 'than', 'as', 'until', 'til', 'till',
  'there', "there's", 'theres', 'anything', 'anyone', 'anybody', 'anywhere',
  'and', 'but', 'because', 'cause', 'cos', 'while', 'when', 'although', 'though', 'which', 'who', 'if',
]);
/** How far back, in words, a denied opinion reaches: a clause's subject and verb. */
const OPINION_REACH = 7;

/**
 * "I didn't think it was good", "I don't feel the staff were very helpful": an opinion denied denies the
 * feeling at the end of its clause, past the three words a negator usually reaches. Only "n't" or "do
 * not" with the verb right after it; "never thought it would be this good" and "didn't think I'd love
 * it" are surprise, not denial.
 */
function deniedOpinionAt(tokens: readonly Token[], terms: readonly string[], first: number): number {
  for (let j = first - 1, seen = 0; j >= 1 && seen < OPINION_REACH; j--) {
    const token = tokens[j];
    if (!token || (token.kind === 'punct' && CLAUSE_BREAK.has(token.norm[0] ?? ''))) return -1;
    if (!isWordLike(token)) continue;
    seen++;
    const term = terms[j] ?? '';
    // "so" right before the feeling is a degree, denied with it ("didn't think it was so bad"); elsewhere it starts a clause.
    if (NOT_A_DENIED_OPINION.has(term) && (term !== 'so' || j !== first - 1)) return -1;
    if (!OPINION_VERBS.has(term)) continue;
    const negator = terms[j - 1] ?? '';
    const denied = (negator.endsWith("n't") && negator !== "can't" && negator !== "won't") || (negator === 'not' && DO_FORMS.has(terms[j - 2] ?? ''));
    return denied && !surprised(terms, j - 1) ? j - 1 : -1;
  }
  return -1;
}

/** "nothing but problems", "nothing but love", "nothing short of amazing": only this, not its absence. */
function onlyThis(terms: readonly string[], negatorAt: number): boolean {
  if (terms[negatorAt] !== 'nothing') return false;
  const next = terms[negatorAt + 1];
  return next === 'but' || (next === 'short' && terms[negatorAt + 2] === 'of');
}

const AS_CURSES = new Set(['hell', 'heck', 'fuck', 'shit']);
/** About what VADER's own "hell" (−3.6) added to the compound of "boring as hell", now given to "boring". */
const AS_CURSE_INCR = 1.5;

/** "can't recommend them enough", "can't say enough good things": praise at its most, not negated. */
function cannotEnough(tokens: readonly Token[], terms: readonly string[], negatorAt: number, itemLast: number): boolean {
  if (!CANNOT.has(terms[negatorAt] ?? '')) return false;
  for (let j = negatorAt + 1; j < tokens.length && j <= itemLast + 4; j++) {
    const token = tokens[j];
    if (!token || (token.kind === 'punct' && CLAUSE_BREAK.has(token.norm[0] ?? ''))) return false;
    if (terms[j] === 'enough') return true;
  }
  return false;
}

/** Be or get before "used to" makes it "accustomed to" ("I'm used to great service"), not the past. */
const ACCUSTOMED = new Set(["i'm", 'im', 'am', 'is', 'are', "we're", "you're", "they're", 'was', 'were', 'be', 'been', 'get', 'got', 'getting', 'gotten']);

/** "used to" among the four words before `first`, in the same clause, meaning the past. */
function usedToBefore(tokens: readonly Token[], terms: readonly string[], first: number): boolean {
  for (let j = first - 1, seen = 0; j >= 1 && seen < 4; j--) {
    const token = tokens[j];
    if (!token || (token.kind === 'punct' && CLAUSE_BREAK.has(token.norm[0] ?? ''))) return false;
    if (!isWordLike(token)) continue;
    seen++;
    if (terms[j] === 'to' && terms[j - 1] === 'used') return !ACCUSTOMED.has(terms[j - 2] ?? '');
  }
  return false;
}

/** Laughter: "lol", "lmaooo", "hahaha", "rofl" (anchored, no nested repetition). */
export const LAUGHTER = /^(?:l+o+l+[sz]?|lm+f?a+o+|rofl|ro+fl+|(?:ha){2,8}h?|(?:he){2,8}h?|a?ha{2,}h*|lulz|kek)$/;

/**
 * Emoji and words of dying, crying and screaming written as laughter ("I'm dead 💀 this ad is so funny",
 * "this sent me 😭", "screaming at this", "I'm crying 😭 the cutest thing ever"): social posts use them for
 * something so funny or so sweet that it overwhelms the writer, and the lexicon, which reads them literally,
 * made such posts negative. Only the idioms are read so ("I'm dead", "has me screaming", "sent me", "took me
 * out", "I fell out of my chair", a word of them opening a sentence: "dead 💀", "screaming at…"), and only
 * where nothing reads them literally: most need a mark of laughter in the post (💀, ☠, 😭, 🥹, 🥺, 😂, 🤣 or a
 * word of laughter: "I'm dead." alone, "the link they sent me" keep their sense); those nobody writes
 * literally before what they laugh at ("im weak yall the kid…", "screaming at this", "this meme ended me at
 * work") need none; none is read so before other words ("I'm dead tired", "keeps sending me the same link").
 * Crying, sobbing and dying are sadness too ("I'm crying 😭 my flight got cancelled"): laughter only where
 * the post laughs or praises and nothing else in it is negative. A laughing idiom reads as "lol" (term and
 * weight: the model sees laughter, the reasons show the word at lol's weight, and rereadTone still finds it
 * bitter beside a complaint), and the post's 💀, ☠ and 😭 then as 😂. Without an idiom they keep their weight
 * (see readLaughter).
 */
const CRY_LAUGH = new Set(['💀', '☠', '😭']);
/** Faces of laughter (also the pipeline's: laughter beside a complaint is bitter). */
export const LAUGHING_FACES: ReadonlySet<string> = new Set(['😂', '🤣', '😹']);
/** Tears held back: a mark of a post overwhelmed, kept as it is. */
const MOVED = new Set(['🥹', '🥺']);
/** Words of the idioms: laughter once the post laughs. */
const DIED_LAUGHING = new Set(['dead', 'deceased', 'ded', 'weak', 'screaming', 'screamin', 'wheezing', 'howling', 'crying', 'cryin', 'crine', 'sobbing', 'dying']);
/** Of those, the ones that are sadness as often: laughter only beside praise or laughter in words. */
const SAD_TOO = new Set(['crying', 'cryin', 'crine', 'sobbing', 'dying']);
/** What may follow "sent me": where and how often ("ended me at work", "sends me every time"), a word of laughter. */
const AFTER_FINISHED = new Set(['at', 'every', 'ngl', 'fr', 'rn', 'omg', 'bro', 'bruh', 'lol', 'lmao']);
/** Words between "I'm" and the idiom's word ("I'm literally dead"). */
const LAUGH_ADVERBS = new Set(['literally', 'actually', 'so', 'lowkey', 'genuinely', 'legit', 'officially', 'just', 'fr', 'deadass', 'fully', 'actively']);
/** Of the idiom's words, those that are laughter without a mark ("im weak yall the kid…"); not "dead" ("I'm dead tired."). */
const SURELY_LAUGHING = new Set(['deceased', 'ded', 'weak', 'screaming', 'screamin', 'wheezing', 'howling']);
/**
 * "this sent me", "that took me out", "you ended me", "sends me every time": the verb, with nothing after it
 * but a mark or a word of AFTER_FINISHED ("keeps sending me the same link", "my feet are killing me" are not
 * laughter); "sent" and "killed" only beside a mark ("the link they sent me").
 */
const FINISHED_ME = new Set(['sent', 'sends', 'killed', 'ended', 'destroyed', 'took']);
const MARKED_ONLY = new Set(['sent', 'killed']);
/**
 * Words that start what the writer laughs at, after the idiom ("I'm dead the cat said no", "screaming at
 * this", "ended me every time"): the idiom's word is then not an adjective of something ("dead tired").
 */
const LAUGHED_AT = new Set([
  'the', 'my', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'your', 'a', 'an', 'he', 'she', 'they', 'we',
  'you', 'it', 'how', 'when', 'why', 'what', 'who', 'bc', 'because', 'cause', 'cuz', 'at', 'over', 'yall', "y'all", 'guys',
  'chat', 'bro', 'bruh', 'ngl', 'omg', 'fr', 'rn', 'every', 'like', 'no',
]);

/** Every word an idiom of laughter needs: the scan for them runs only where one is. */
const LAUGH_ANCHORS = new Set([...DIED_LAUGHING, ...FINISHED_ME, 'fell', 'breathe', 'floor']);
/**
 * The anchors' first two letters, by code: most words of a post start with neither ("th", "an", "it"), and
 * this answers for them without a set lookup (the lookup of every word cost about 1.5% of analyze()).
 */
const ANCHOR_STARTS = new Uint8Array(128 * 128);
for (const word of LAUGH_ANCHORS) ANCHOR_STARTS[word.charCodeAt(0) * 128 + word.charCodeAt(1)] = 1;

function mayAnchorLaughter(term: string): boolean {
  const first = term.charCodeAt(0);
  const second = term.charCodeAt(1);
  return first < 128 && second < 128 && ANCHOR_STARTS[first * 128 + second] === 1 && LAUGH_ANCHORS.has(term);
}

function isWordToken(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'word' || token.kind === 'hashtag');
}

interface LaughIdiom {
  /** The token read as laughter. */
  at: number;
  /** Laughter only in a post with a mark of it (💀, 😭, 😂, "lol"). */
  needsMark: boolean;
  /** Laughter only where the post laughs (😂, 🤣, "lol"): "I can't breathe 😭" may be fear. */
  needsLaugh?: true;
  /** Laughter even inside a phrase of the lexicon: "fell off my chair" is no "fell off" (gone downhill). */
  overPhrase?: true;
}

/** What follows an idiom's last token `k`: nothing or a mark ('end'), the laughed-at ('clause'), or other words. */
function after(tokens: readonly Token[], terms: readonly string[], k: number): 'end' | 'clause' | 'other' {
  if (!isWordToken(tokens[k + 1])) return 'end';
  const next = terms[k + 1] ?? '';
  return LAUGHED_AT.has(next) || LAUGHTER.test(next) ? 'clause' : 'other';
}

/** A word of dying or screaming read as laughter at `k`, as `after` allows it; null when it is not. */
function diedAt(tokens: readonly Token[], terms: readonly string[], k: number, opening: boolean): LaughIdiom | null {
  const word = terms[k] ?? '';
  if (!DIED_LAUGHING.has(word)) return null;
  if (terms[k + 1] === 'laughing') return { at: k, needsMark: false };
  const next = after(tokens, terms, k);
  if (next === 'other') return null;
  // A word alone opening a post is laughter only with its mark ("dead 💀"; "WEAK" alone is scorn); "screaming at this" needs none.
  if (opening && next === 'end') return { at: k, needsMark: true };
  return { at: k, needsMark: !SURELY_LAUGHING.has(word) };
}

/** The idiom of laughter starting at `i`, if any. */
function laughIdiomAt(tokens: readonly Token[], terms: readonly string[], i: number): LaughIdiom | null {
  const term = terms[i] ?? '';
  // "I'm dead", "im literally screaming", "has me crying", "I'm on the floor"
  const subject = term === "i'm" || term === 'im' ? i + 1 : term === 'i' && terms[i + 1] === 'am' ? i + 2 : -1;
  const object = (term === 'has' || term === 'had' || term === 'got') && terms[i + 1] === 'me' ? i + 2 : -1;
  let k = subject >= 0 ? subject : object;
  if (k >= 0) {
    if (LAUGH_ADVERBS.has(terms[k] ?? '')) k++;
    if (terms[k] === 'on' && terms[k + 1] === 'the' && terms[k + 2] === 'floor') return { at: k + 2, needsMark: false };
    return diedAt(tokens, terms, k, false);
  }
  if (FINISHED_ME.has(term) && terms[i + 1] === 'me') {
    const end = term === 'took' ? i + 2 : i + 1;
    if (term === 'took' && terms[end] !== 'out') return null;
    if (isWordToken(tokens[end + 1]) && !AFTER_FINISHED.has(terms[end + 1] ?? '')) return null;
    return { at: i, needsMark: MARKED_ONLY.has(term) };
  }
  // "I fell out my chair", "fell off my chair"
  if (term === 'fell' && (terms[i + 1] === 'out' || terms[i + 1] === 'off')) {
    const k2 = terms[i + 2] === 'of' ? i + 3 : i + 2;
    if ((terms[k2] === 'my' || terms[k2] === 'the') && (terms[k2 + 1] === 'chair' || terms[k2 + 1] === 'seat' || terms[k2 + 1] === 'bed')) return { at: i, needsMark: false, overPhrase: true };
    return null;
  }
  // "I can't breathe 😂": only beside laughter
  if ((term === "can't" || term === 'cant' || term === 'cannot') && terms[i + 1] === 'breathe') return { at: i + 1, needsMark: true, needsLaugh: true };
  // a word of them opening a sentence: "dead 💀", "screaming at this 😭", "wheezing at chat…"
  if (i === 0 || !isWordToken(tokens[i - 1])) return diedAt(tokens, terms, i, true);
  return null;
}

function readLaughter(tokens: readonly Token[], terms: string[], items: ScoredItem[]): void {
  // The idioms' own words ("dead", "sent", "fell"…) are few: a post with none of them (most) is left at once,
  // before any word is tested for laughter.
  let anchored = false;
  for (let i = 0; i < terms.length && !anchored; i++) anchored = mayAnchorLaughter(terms[i] ?? '');
  if (!anchored) return;
  // Marks of laughter: the items tell (a handful per post).
  let laughs = false;
  let marked = false;
  for (const item of items) {
    if (item.first !== item.last) continue;
    const token = tokens[item.first];
    if (token?.kind === 'emoji') {
      if (CRY_LAUGH.has(token.norm) || MOVED.has(token.norm)) marked = true;
      else if (LAUGHING_FACES.has(token.norm)) marked = laughs = true;
    } else if (LAUGHTER.test(terms[item.first] ?? '')) marked = laughs = true;
  }
  // A phrase of the lexicon over the idiom's word ("screaming at": shouted at) reads it literally unless the
  // post is marked as laughing ("screaming at this 😭" laughs, "I'm screaming at the ref" shouts).
  const phrased = (k: number) => items.some((item) => item.first <= k && item.last >= k && item.last > item.first);
  // A team's own entry for the word or a phrase over it is theirs to keep (a product named "Dead Weight").
  const theirs = (k: number) => items.some((item) => item.first <= k && item.last >= k && item.source === 'user');
  const idioms: LaughIdiom[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const idiom = laughIdiomAt(tokens, terms, i);
    if (idiom && !theirs(idiom.at) && (marked || (!idiom.needsMark && (idiom.overPhrase || !phrased(idiom.at))))) idioms.push(idiom);
  }
  const inIdiom = new Set(idioms.map((idiom) => idiom.at));
  let praise = 0;
  let negative = false;
  for (const item of items) {
    if (item.first === item.last && (inIdiom.has(item.first) || CRY_LAUGH.has(tokens[item.first]?.norm ?? ''))) continue;
    if (item.base > 0) praise += item.base;
    else if (item.base < 0) negative = true;
  }
  const praised = praise >= 1 && !negative;
  const laughing = idioms.filter((idiom) => (idiom.needsLaugh ? laughs : !SAD_TOO.has(terms[idiom.at] ?? '') || laughs || praised)).map((idiom) => idiom.at);
  // Without an idiom, 💀 and 😭 keep their weight: beside words of praise they are delight ("life changing 😭") as
  // often as grief beside a word the lexicon rates up ("my grandpa passed 😭 im not ok", "deleted my save file 😭").
  if (laughing.length === 0) return;
  const lol = wordValence('lol') ?? 0;
  const face = emojiValence('😂') ?? 0;
  const byToken = new Map<number, ScoredItem>();
  for (const item of items) if (item.first === item.last) byToken.set(item.first, item);
  const weigh = (k: number, term: string, valence: number, source: ScoredItem['source']) => {
    terms[k] = term;
    const item = byToken.get(k);
    if (item) {
      item.base = valence;
      item.weight = valence;
      item.source = source;
    } else {
      const added: ScoredItem = { first: k, last: k, base: valence, weight: valence, negated: false, source };
      items.push(added);
      byToken.set(k, added);
    }
  };
  for (const k of laughing) {
    // the phrase the idiom's word was read in goes with its reading
    for (let j = items.length - 1; j >= 0; j--) {
      const item = items[j] as ScoredItem;
      if (item.first <= k && item.last >= k && item.last > item.first) items.splice(j, 1);
    }
    weigh(k, 'lol', lol, 'word');
  }
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (token?.kind === 'emoji' && CRY_LAUGH.has(token.norm)) weigh(k, '😂', face, 'emoji');
  }
  items.sort((a, b) => a.first - b.first);
}

/** Applies caps, boosters and negation from the (up to three) words before the item. */
function applyModifiers(
  tokens: readonly Token[],
  terms: readonly string[],
  item: ScoredItem,
  textHasLowerCase: boolean,
): void {
  let valence = item.base;
  const head = tokens[item.first];
  if (!head) return;
  const sign = valence > 0 ? 1 : -1;
  if (head.kind === 'word' || head.kind === 'hashtag') {
    if (head.caps && textHasLowerCase) valence += sign * C_INCR;
    if (head.elongated) valence += sign * ELONGATION_INCR;
  }
  if (head.kind === 'emoji' || head.kind === 'emoticon') {
    item.weight = valence;
    return;
  }
  let seen = 0;
  let negatorAt = -1;
  for (let j = item.first - 1; j >= 0 && seen < 3; j--) {
    const token = tokens[j];
    const term = terms[j] ?? '';
    if (!token) break;
    if (token.kind === 'punct') {
      if (CLAUSE_BREAK.has(token.norm[0] ?? '')) break;
      continue;
    }
    if (!isWordLike(token)) continue;
    seen++;
    const boost = BOOSTERS.get(term);
    if (boost !== undefined) {
      const decay = seen === 1 ? 1 : seen === 2 ? 0.95 : 0.9;
      let scalar = boost * sign * decay;
      if (token.caps && textHasLowerCase) scalar += C_INCR * sign * 0.5;
      valence += scalar;
    }
    if (isNegator(term) && negatorAt < 0) negatorAt = j;
    // "at least" is not a negation; "least" alone is ("the least helpful").
    if (term === 'least' && terms[j - 1] !== 'at' && negatorAt < 0) negatorAt = j;
  }
  // "nervous as hell", "fast as heck": the curse after "as" raises the word before it (its own weight is 0).
  if (terms[item.last + 1] === 'as' && AS_CURSES.has(terms[item.last + 2] ?? '')) valence += sign * AS_CURSE_INCR;
  if (negatorAt < 0 && seen === 3) negatorAt = deniedOpinionAt(tokens, terms, item.first);
  // "pleasant but less than helpful", "less than ideal": praise held back is its denial (not "no less than")
  if (terms[item.first - 1] === 'than' && terms[item.first - 2] === 'less') {
    if (terms[item.first - 3] === 'no') negatorAt = -1;
    else if (negatorAt < 0) negatorAt = item.first - 2;
  }
  if (negatorAt >= 0 && cannotEnough(tokens, terms, negatorAt, item.last)) negatorAt = -1;
  if (negatorAt >= 0 && (surprised(terms, negatorAt) || onlyThis(terms, negatorAt))) negatorAt = -1;
  if (negatorAt >= 0 && askingAgreement(tokens, terms, negatorAt)) negatorAt = -1;
  // "one of the best if not the best", "as good if not better": "if not" raises the claim, it denies nothing
  if (negatorAt >= 0 && terms[negatorAt] === 'not' && terms[negatorAt - 1] === 'if' && item.first === item.last && outdoing(terms[item.first] ?? '')) negatorAt = -1;
  // "can't stop smiling", "couldn't stop laughing", "won't stop crashing": the stop is denied, not the smile;
  // "can't wait for #BeautyAndTheBeast": the wait is denied, not the film (read −2.1)
  const denied = terms[negatorAt + 1] ?? '';
  if (negatorAt >= 0 && (STOPS.has(denied) || denied === 'wait') && negatorAt + 1 < item.first) negatorAt = -1;
  // Laughter after a denial laughs at it ("it's clearly not lol"): nothing denies laughing.
  if (negatorAt >= 0 && item.first === item.last && LAUGHTER.test(terms[item.first] ?? '')) negatorAt = -1;
  // "haven't fixed the broken hinge", "nobody replaced the faulty part": the fix is denied, not the fault.
  if (negatorAt >= 0 && valence < 0) {
    for (let j = negatorAt + 1; j < item.first; j++) if (FIX_VERBS.has(terms[j] ?? '')) negatorAt = -1;
  }
  // Praise of the past is a complaint about the present: "I used to love Savage Burger", "used to be the best".
  if (valence > 0 && usedToBefore(tokens, terms, item.first)) {
    valence *= -0.5;
    item.negated = true;
  }
  if (negatorAt >= 0) {
    const afterNegator = terms[negatorAt + 1];
    // VADER: "never so good", "never this happy" intensify rather than negate.
    if (
      (terms[negatorAt] === 'never' && (afterNegator === 'so' || afterNegator === 'this' || neverBeenSo(terms, negatorAt, item.first))) ||
      (item.first === item.last && unsurpassed(terms, negatorAt, item.first))
    ) {
      valence *= 1.25;
    }
    else {
      const single = item.first === item.last ? (terms[item.first] ?? '') : '';
      valence *= FAULTS.has(single) ? N_SCALAR_FAULT : NOTHING_SWEARS.has(single) ? N_SCALAR_SWEAR : N_SCALAR;
      item.negated = true;
      item.first = negatorAt;
    }
  }
  if (valence > 0 && wished(terms, item.first, item.last)) valence *= WISHED_WEIGHT;
  item.weight = valence;
}

/** What praise keeps when it is only wished for: most of the time it is asked for because it is missing. */
const WISHED_WEIGHT = 0.2;
const WOULD = new Set(['would', "it'd", 'itd', "that'd", 'thatd', "'d", 'could']);
const WISH_DEGREE = new Set(['so', 'really', 'very', 'nice', 'super', 'hugely', 'extremely', 'truly', 'much', 'more', 'a', 'lot', 'also', 'greatly', 'definitely']);
const WISH_CONDITIONS = new Set(['if', 'to', 'for', 'when']);
const APPRECIATE = new Set(['appreciate', 'appreciated']);
const REGRETTED = new Set(["would've", 'wouldve', "could've", "should've"]);

/**
 * "would be great if you told us", "it'd be nice to get a reply", "would be hugely helpful", "would love it if":
 * praise wished for, in the conditional, asks for what is missing; it praises nothing yet (read +3.1 beside
 * "45 minutes with no info"). Praise after "would be" (a degree word or two between) followed by "if", "to",
 * "for", "when" or the clause's end, "would love it if" / "would love if", and "would (have) appreciate(d)" keep
 * WISHED_WEIGHT.
 */
function wished(terms: readonly string[], first: number, last: number): boolean {
  let j = first - 1;
  while (j >= 0 && WISH_DEGREE.has(terms[j] ?? '') && j > first - 4) j--;
  const after = terms[last + 1] ?? '';
  if (terms[j] === 'love' && WOULD.has(terms[j - 1] ?? '')) return false;
  if (terms[first] === 'love') return WOULD.has(terms[first - 1] ?? '') && (after === 'if' || (after === 'it' && terms[last + 2] === 'if'));
  // "I would really appreciate a reply", "would've appreciated a heads-up": thanks asked for, or for what never came
  if (APPRECIATE.has(terms[first] ?? '')) return WOULD.has(terms[j] ?? '') || REGRETTED.has(terms[j] ?? '') || (terms[j] === 'have' && WOULD.has(terms[j - 1] ?? ''));
  if (terms[j] !== 'be' || !WOULD.has(terms[j - 1] ?? '')) return false;
  return after === '' || WISH_CONDITIONS.has(after) || !/^[a-z]/.test(after);
}

/** The words applyContrast() reads, of either kind: any other word is passed over with this one lookup. */
const CONTRASTING: ReadonlySet<string> = new Set([...CONTRAST_AFTER, ...CONCESSIVE]);

/** VADER's "but" rule, extended to "however"/"yet" and to concessive clauses ("although …, …"). */
function applyContrast(tokens: readonly Token[], terms: readonly string[], items: ScoredItem[]): void {
  let contrastAt = -1;
  // where the first concessive word stands, found in the same pass (most posts have neither kind of word)
  let concessiveFrom = -1;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    if (term === undefined || !CONTRASTING.has(term)) continue;
    if (concessiveFrom < 0 && CONCESSIVE.has(term)) concessiveFrom = i;
    if (CONTRAST_AFTER.has(term) && tokens[i]?.kind === 'word') {
      // "though" at the end of a clause ("it's good though") is contrast; at the start it is concessive.
      if (term === 'though' && isWordLike(tokens[i + 1]) && !CLAUSE_BREAK.has(tokens[i + 1]?.norm ?? '')) continue;
      if (term === 'yet' && (i === 0 || tokens[i - 1]?.kind === 'punct')) continue;
      contrastAt = i;
    }
  }
  if (contrastAt >= 0) {
    for (const item of items) {
      if (item.first < contrastAt) item.weight *= 0.5;
      else if (item.first > contrastAt) item.weight *= 1.5;
    }
    return;
  }
  for (let i = Math.max(concessiveFrom, 0); concessiveFrom >= 0 && i < terms.length; i++) {
    const term = terms[i];
    if (term === undefined || !CONCESSIVE.has(term)) continue;
    if (term === 'even' && terms[i + 1] !== 'though' && terms[i + 1] !== 'if') continue;
    if (term === 'despite' || (term === 'while' && i > 0 && tokens[i - 1]?.kind !== 'punct')) continue;
    // The conceded clause runs to the next comma; only discount it if a main clause follows.
    let end = i + 1;
    while (end < tokens.length && !(tokens[end]?.kind === 'punct' && tokens[end]?.norm === ',')) end++;
    if (end >= tokens.length - 1) continue;
    for (const item of items) {
      if (item.first > i && item.last < end) item.weight *= 0.5;
      else if (item.first > end) item.weight *= 1.2;
    }
    return;
  }
}

export function runEngine(input: string, user?: CompiledLexicon): EngineResult {
  const text = input.length > MAX_CHARS ? input.slice(0, MAX_CHARS) : input;
  const tokens = tokenize(text);
  const terms = tokens.map((token) => tokenTerm(token, hasWord));
  let textHasLowerCase = false;
  let capsWords = 0;
  let wordCount = 0;
  let capitalisedWords = 0;
  let exclamations = 0;
  let questions = 0;
  for (const token of tokens) {
    if (token.kind === 'word') {
      wordCount++;
      if (capitalised(token)) capitalisedWords++;
      if (token.caps) capsWords++;
      // Once one lower-case word is seen, no need to upper-case the rest (a string each).
      else if (!textHasLowerCase && token.raw !== token.raw.toUpperCase()) textHasLowerCase = true;
    } else if (token.kind === 'punct') {
      const first = token.raw[0];
      if (first === '!') exclamations += token.raw.length;
      else if (first === '?') questions += token.raw.length;
    }
  }

  const items: ScoredItem[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const markupEnd = markupEndAt(tokens, terms, i);
    if (markupEnd > i) {
      i = markupEnd;
      continue;
    }
    const userPhrase = user?.phrases.matchAt(terms, i);
    if (userPhrase) {
      const last = i + userPhrase.terms.length - 1;
      if (userPhrase.payload !== 'ignore') {
        items.push({ first: i, last, base: userPhrase.payload, weight: userPhrase.payload, negated: false, source: 'user' });
      }
      i = last;
      continue;
    }
    const phrase = basePhraseMatcher.matchAt(terms, i);
    if (phrase) {
      const last = i + phrase.terms.length - 1;
      if (phrase.payload !== 0) items.push({ first: i, last, base: phrase.payload, weight: phrase.payload, negated: false, source: 'phrase' });
      i = last;
      continue;
    }
    const single = singleValence(tokens, terms, i, user);
    if (single === undefined || single === 'ignore' || single.valence === 0) continue;
    items.push({ first: i, last: i, base: single.valence, weight: single.valence, negated: false, source: single.source });
  }
  // Capitalised words of a name mid-sentence ("Hell Pizza", "The Walking Dead", "Death by Chocolate")
  // name a thing, not a feeling; a post written in Title Case throughout says nothing by its capitals.
  if (textHasLowerCase && items.length > 0 && capitalisedWords < wordCount * TITLE_CASE_SHARE) {
    for (const item of items) {
      if (item.first === item.last && item.source === 'word' && inName(tokens, item.first)) {
        item.base *= NAME_WEIGHT;
        item.weight = item.base;
        item.inName = true;
      }
    }
  }
  readLaughter(tokens, terms, items);
  for (const item of items) applyModifiers(tokens, terms, item, textHasLowerCase);
  if (addWaiting(tokens, terms, items)) items.sort((a, b) => a.first - b.first);
  weighQuoted(tokens, items);
  applyContrast(tokens, terms, items);

  return summarise(tokens, terms, items, { exclamations, questions, capsWords, wordCount });
}

/** Longest quotation, in words, read as someone else's words in scare quotes. */
const QUOTED_WORDS = 8;
/** What a quoted word weighs: the writer mentions it, they do not say it. */
const QUOTED_WEIGHT = 0.3;

/**
 * Words in quotation marks are someone else's, or the writer's scare quotes: the brand's slogan thrown
 * back ('Aurex "engineered for confidence" 😂', '"We value your patience" - I've waited 5 weeks'), a
 * word held at arm's length ('the "fresh" in FreshWay', '"mixed" reviews'). Items wholly inside a short
 * quotation (at most QUOTED_WORDS words, in a post with at least two words outside it) keep
 * QUOTED_WEIGHT of their weight. Straight single quotes are left alone: they are apostrophes too.
 */
function weighQuoted(tokens: readonly Token[], items: ScoredItem[]): void {
  if (items.length === 0) return;
  const spans: Array<[number, number]> = [];
  let open = -1;
  let words = 0;
  let totalWords = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word') {
      totalWords++;
      if (open >= 0) words++;
      continue;
    }
    if (token.kind !== 'punct') continue;
    const mark = token.raw[0];
    const last = token.raw[token.raw.length - 1];
    if (open < 0 && (last === '"' || last === '“')) {
      open = i;
      words = 0;
    } else if (open >= 0 && (mark === '"' || mark === '”' || (token.raw.length > 1 && (last === '"' || last === '”')))) {
      if (words > 0 && words <= QUOTED_WORDS) spans.push([open, i]);
      open = -1;
    }
  }
  if (spans.length === 0) return;
  let quotedWords = 0;
  for (const [from, to] of spans) for (let k = from + 1; k < to; k++) if (tokens[k]?.kind === 'word') quotedWords++;
  if (totalWords - quotedWords < 2) return;
  for (const item of items) {
    if (item.source === 'user') continue;
    if (spans.some(([from, to]) => item.first > from && item.last < to)) item.weight *= QUOTED_WEIGHT;
  }
}

/** Units of a time waited, as written after a count ("45 minutes", "three weeks", "a day"). */
const WAIT_UNITS = new Set(['minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks', 'wk', 'wks', 'month', 'months']);
/** Counts written as words, and "a", "an", "several", "few", "couple". */
const WAIT_COUNTS = new Set([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'fifty', 'several', 'few', 'couple', 'multiple', 'many',
]);
/** A count glued to its unit ("2hrs", "45mins", "3days"): anchored and without nested repetition. */
const GLUED_WAIT = /^\d{1,4}(?:mins?|minutes?|hrs?|hours?|days?|wks?|weeks?)$/;
/** Words that make a span of time a wait: "waited 45 minutes", "3 weeks chasing", "2 days without power". */
const WAIT_CUES = new Set(['waiting', 'waited', 'chasing', 'chased', 'without']);
/** What a wait weighs: as much as "still waiting". */
const WAIT_VALENCE = -1.5;

/** Whether the tokens at `i` end a count and its unit; the index of the count's first token, or −1. */
function waitSpanStart(tokens: readonly Token[], terms: readonly string[], i: number): number {
  const term = terms[i] ?? '';
  // GLUED_WAIT starts with a digit: a word asks the pattern nothing
  const initial = term.charCodeAt(0);
  if (initial >= 48 && initial <= 57 && GLUED_WAIT.test(term)) return i;
  if (!WAIT_UNITS.has(term)) return -1;
  const before = tokens[i - 1];
  if (before?.kind === 'number' || WAIT_COUNTS.has(terms[i - 1] ?? '')) return i - 1;
  return -1;
}

/**
 * Time spent waiting is a complaint told as a fact ("Waited 45 minutes for a reply", "3 weeks chasing a
 * refund", "Day 6 without internet"): no lexicon word carries it. A span of time with a cue of waiting
 * beside it in the same clause (up to three words away), or "day N" before "without" or "of no", adds a
 * negative item, unless a word of the span or the cue already scored ("can't wait 3 more days", "still
 * waiting" carry their own). Returns whether it added any. Linear: each position looks a few tokens each way.
 */
function addWaiting(tokens: readonly Token[], terms: readonly string[], items: ScoredItem[]): boolean {
  // The positions items already cover, built only once a span of time is found (most posts have none).
  let covered: Set<number> | undefined;
  const breaks = (k: number): boolean => tokens[k]?.kind === 'punct' && CLAUSE_BREAK.has(tokens[k]?.norm[0] ?? '');
  let added = false;
  for (let i = 0; i < tokens.length; i++) {
    let first = waitSpanStart(tokens, terms, i);
    let last = i;
    // "day 6 without internet", "day 3 of no power": the count after "day".
    if (first < 0 && (terms[i] === 'day' || terms[i] === 'week') && tokens[i + 1]?.kind === 'number') {
      if (terms[i + 2] === 'without') last = i + 2;
      else if (terms[i + 2] === 'of' && terms[i + 3] === 'no') last = i + 3;
      if (last > i) first = i;
    }
    if (first < 0) continue;
    let cue = last > i ? last : -1;
    for (let k = first - 1; cue < 0 && k >= first - 3 && k >= 0 && !breaks(k); k--) if (WAIT_CUES.has(terms[k] ?? '')) cue = k;
    for (let k = last + 1; cue < 0 && k <= last + 3 && k < tokens.length && !breaks(k); k++) if (WAIT_CUES.has(terms[k] ?? '')) cue = k;
    if (cue < 0) continue;
    const from = Math.min(first, cue);
    const to = Math.max(last, cue);
    if (!covered) {
      covered = new Set<number>();
      for (const item of items) for (let k = item.first; k <= item.last; k++) covered.add(k);
    }
    let free = true;
    for (let k = from; k <= to && free; k++) if (covered.has(k)) free = false;
    if (!free) continue;
    for (let k = from; k <= to; k++) covered.add(k);
    items.push({ first: from, last: to, base: WAIT_VALENCE, weight: WAIT_VALENCE, negated: false, source: 'phrase' });
    added = true;
    i = to;
  }
  return added;
}

/** How far a tag may run ("<img src=x onerror=alert(1)>"), and a script element, in tokens. */
const TAG_REACH = 48;
const SCRIPT_REACH = 200;

/**
 * Markup quoted in a post is code, not the writer's words: "<script>alert(1)</script>" reports an
 * attack, it does not raise an alert, and "<img onerror=…>" has no feeling. When a tag opens at `i`,
 * returns the index of the token that ends it (for a script element, its closing tag); else `i`.
 * Bounded look-ahead, so the pass stays linear.
 */
function markupEndAt(tokens: readonly Token[], terms: readonly string[], i: number): number {
  if (tokens[i]?.kind !== 'punct' || tokens[i]?.norm !== '<') return i;
  const next = tokens[i + 1];
  if (!next || !(next.kind === 'word' || next.norm === '/')) return i;
  const closeOf = (from: number, reach: number): number => {
    for (let j = from; j < tokens.length && j < from + reach; j++) if (tokens[j]?.norm === '>') return j;
    return -1;
  };
  const end = closeOf(i + 1, TAG_REACH);
  if (end < 0) return i;
  if (terms[i + 1] !== 'script') return end;
  for (let k = end + 1; k < tokens.length && k < end + SCRIPT_REACH; k++) {
    if (tokens[k]?.norm === '<' && tokens[k + 1]?.norm === '/' && terms[k + 2] === 'script') {
      const closing = closeOf(k + 3, 4);
      return closing < 0 ? k + 2 : closing;
    }
  }
  return end;
}

/** Sums the item weights (again after any later adjustment, e.g. sarcasm) into the result. */
export function summarise(
  tokens: Token[],
  terms: string[],
  items: ScoredItem[],
  counts: { exclamations: number; questions: number; capsWords: number; wordCount: number },
): EngineResult {
  let sum = 0;
  let positive = 0;
  let negative = 0;
  for (const item of items) {
    sum += item.weight;
    if (item.weight > 0) positive += item.weight;
    else negative -= item.weight;
  }
  // Punctuation emphasis (VADER): "!" up to four, and "??"-runs, push the sum away from zero.
  let emphasis = Math.min(counts.exclamations, 4) * 0.292;
  if (counts.questions > 1) emphasis += counts.questions <= 3 ? counts.questions * 0.18 : 0.96;
  if (sum > 0) sum += emphasis;
  else if (sum < 0) sum -= emphasis;
  const compound = sum / Math.sqrt(sum * sum + ALPHA);
  return { tokens, terms, items, sum, compound, positive, negative, ...counts };
}
