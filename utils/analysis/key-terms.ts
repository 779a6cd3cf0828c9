// keyTerms: the nouns and noun phrases that stand out in a set of mentions against a baseline
// set — the "what is this about" of a spike. compromise's tagger finds the nouns (its texts are
// tagged in batches, about 0.5 ms a post: fine for the few thousand posts of a spike, too slow for
// analyze()'s per-post budget).
//
// How a term is found and ranked:
// - Links, @handles and "RT" are not words of the post; a hashtag is set aside and counted whole
//   (#DataBreach counts with "data breach" and #Voltra with "voltra" when those are said in words,
//   #BrewlyRecall with "recall" when "brewly" is in most of the baseline; any other hashtag,
//   #BoycottGlowCo, is a term of its own).
// - A term is a noun, or a phrase of up to three words (nouns, adjectives, -ing words) ending in one,
//   that never crosses punctuation, a function word, a filler ("lol", "thing"), or the edge of a
//   proper name written with capitals ("the Voltra power bank" holds "voltra" and "power bank").
//   Phrases that start or end with a word of most of the baseline (the brand, "Voltra battery
//   swelling") give way to the rest of the phrase ("battery swelling"). Posts that are not English
//   give single words only.
// - The tagger reads a word by its neighbours, and a noun that can be a verb is often read as one
//   ("the rewards program got worse", "Fizzo rewards program", "Gift cards dont work"): two words
//   said side by side in more than one post, read as nouns there often enough, are one thing
//   wherever they are said together.
// - A word's forms are one term, shown in the form written most: plurals ("ads", "rings") and, where
//   the word or another form of it is said too, -ing and -ed forms read as verbs ("boycotting",
//   "boycotted" with "boycott"; not "building", a thing, with "build"; nor "caring" with "car"). Two
//   forms of a verb never said itself go with the infinitive compromise gives ("looked", "looking":
//   "look", never "looke"). An -ing word that is a noun in its own right is never a form ("pricing" is
//   not "price", "shipping" not "ship", "billing" not "bill"), and is a term wherever no verb comes right
//   before it and it takes no object; nor is a form with a meaning of its own ("based", "living",
//   "following", "fired") or an -ing word's plural ("savings", "earnings").
// - Two words said together nearly every time either is, the second an adjective, are a fixed
//   expression, and so is a pair written with a hyphen ("tone deaf", "tone-deaf", "half-baked"): a term
//   whole, or inside a phrase ("tone deaf ad"), never cut ("tone", "deaf ad").
// - A date or time is never a term, nor the start of one ("Friday", "last week", "3pm", "March 3");
//   it ends a name after a word said mostly right before it ("Black Friday", "Prime Day", "Boxing
//   Day sale", "Mother's Day").
// - A phrase said in at least half the posts that hold its word stands for the word ("battery
//   swelling" over "battery" and "swelling"); a phrase said in fewer gives way to the word ("card"
//   over "sympathy card").
// - A phrase said almost only beside a better term sharing a word repeats it and is left out
//   ("swelling reports" beside "battery swelling").
// - Copies (the same text pasted again, give or take case, links, handles and emoji) are one voice:
//   k copies weigh 1 + ln k posts in the ranking, so a text pasted thirty times ranks below a term of
//   thirty different posts (still listed, below), unless every post is a copy. `count` counts every post.
// - The rank is a cautious log-ratio of a term's share of the (weighted) posts to its share of the
//   baseline: the spike's count one standard deviation low, the baseline's one high. A term that is
//   not clearly more common than in the baseline is left out; without a baseline the most common
//   terms come first.
// - Above 1,000 different texts on either side, copied texts and then an even sample are tagged, and
//   the counts scaled: ten thousand posts against two thousand take about a second.
// - A text's tagging is kept (the last 4,000 texts read), with what depends on it alone (its language,
//   whether capitals mark names in it, which tokens are words): called again with mostly the same texts
//   (the dashboard, the worker during a spike), only the new ones are tagged, and the rest is weighed
//   against the whole set again, as it must be.
// compromise's tagger alone (two): the same tags as the full library, a smaller bundle, a little faster.
import nlp from 'compromise/two';
import { wordsSeemNotEnglish } from './language';

export interface KeyTerm {
  term: string;
  /** Cautious log-ratio of the term's (copy-weighted) share of `texts` to its share of the baseline; higher stands out more. */
  score: number;
  /** How many of `texts` mention it (estimated from a sample above 1,000 different texts). */
  count: number;
}

export interface KeyTermsOptions {
  /** At most this many terms (default 10). */
  limit?: number;
  /** A term must appear in at least this many texts (default 2, or 1 for fewer than 5 different texts). */
  minCount?: number;
}

/** At most this many different texts of either side are tagged; more are sampled evenly. */
const MAX_TAGGED = 1000;
/** Texts tagged in one call: compromise's cost is mostly per call, not per word. */
const BATCH = 40;
const MAX_WORDS = 3;
/** A phrase said in at least this share of the posts holding one of its words stands for that word. */
const PHRASE_HOLDS = 0.5;
/** A term said in at least this share of its posts beside a better term sharing a word repeats it. */
const REPEATS = 0.8;
/** A word in at least this share of the baseline (the brand, mostly) does not start or end a phrase. */
const BACKGROUND_SHARE = 0.2;
const SEPARATOR = 'zqxkeytermsep';

/** Words that are never a term and never part of one: pronouns read as nouns, fillers, interjections, slang. */
const FILLERS = new Set([
  'mine', 'yours', 'hers', 'ours', 'theirs', 'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'nobody',
  'anything', 'something', 'everything', 'nothing', 'whoever', 'whatever', 'yall', "y'all", 'ya', 'u', 'ur',
  'thing', 'things', 'stuff', 'people', 'person', 'guy', 'guys', 'folks', 'lot', 'lots', 'bit', 'kind', 'sort', 'one', 'ones',
  'today', 'tonight', 'tomorrow', 'yesterday', 'morning', 'evening', 'night', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'year', 'years', 'hour', 'hours', 'minute', 'minutes', 'way', 'ways',
  'lol', 'lmao', 'lmfao', 'rofl', 'omg', 'omfg', 'tbh', 'ngl', 'fr', 'frfr', 'rn', 'btw', 'smh', 'idk', 'imo', 'imho', 'iirc',
  'fyi', 'pls', 'plz', 'thx', 'ty', 'wtf', 'af', 'psa', 'bro', 'bruh', 'dude', 'fam', 'sis', 'ok', 'okay', 'yeah', 'yep',
  'nope', 'wow', 'ugh', 'oops', 'yay', 'hey', 'hi', 'hello', 'pic', 'pics', 'brb', 'tho', 'asf', 'istg', 'lowkey', 'highkey',
]);

/** Nouns too vague to be what a spike is about on their own ("news", "issue"), fine inside a phrase ("battery issue"). */
const VAGUE_ALONE = new Set([
  'news', 'story', 'stories', 'thread', 'post', 'posts', 'tweet', 'tweets', 'reply', 'replies', 'comment', 'comments',
  'report', 'reports', 'problem', 'problems', 'issue', 'issues', 'question', 'questions', 'reason', 'reasons', 'fact',
  'point', 'end', 'side', 'rest', 'place', 'world', 'company', 'companies', 'brand', 'brands', 'friend', 'friends', 'time',
  'times', 'situation', 'situations', 'update', 'updates', 'info', 'example', 'examples', 'matter', 'case', 'level', 'idea',
  'ideas', 'number', 'numbers', 'part', 'parts', 'threads', 'facts', 'sides', 'places',
]);

/** Function words, common verbs and empty adjectives the tagger can misread as nouns or modifiers. */
const STOP = new Set([
  'i', 'me', 'my', 'myself', 'you', 'your', 'yourself', 'he', 'him', 'his', 'she', 'her', 'we', 'us', 'our', 'they', 'them',
  'their', 'themselves',
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'so', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'about', 'as',
  'into', 'like', 'than', 'then', 'there', 'here', 'this', 'that', 'these', 'those', 'it', 'its', "it's", 'is', 'are', 'was',
  'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'done', 'have', 'has', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'not', 'no', 'yes', 'just', 'only', 'also', 'too', 'very', 'really', 'even', 'still',
  'already', 'again', 'ever', 'never', 'always', 'now', 'soon', 'yet', 'much', 'many', 'more', 'most', 'less', 'some', 'any',
  'all', 'each', 'every', 'both', 'either', 'few', 'own', 'other', 'another', 'such', 'what', 'which', 'who', 'whom', 'whose',
  'when', 'where', 'why', 'how', 'because', 'bc', 'while', 'until', 'since', 'though', 'although', 'get', 'got', 'gets',
  'go', 'goes', 'going', 'gone', 'went', 'make', 'makes', 'made', 'know', 'think', 'say', 'says', 'said', 'see', 'saw',
  'want', 'need', 'let', 'come', 'came', 'take', 'took', 'give', 'gave', 'keep', 'keeps', 'look', 'looks', 'thats', 'dont',
  'cant', 'wont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'arent', 'im', 'ive', 'youre', 'theyre', 'please', 'thanks', 'thank',
  'via', 'per', 'etc', 'vs', 'gonna', 'wanna', 'gotta', 'kinda', 'sorta', 'literally', 'honestly', 'actually', 'basically',
  'seriously', 'totally', 'definitely', 'probably', 'maybe', 'apparently', 'anyway', 'else', 'ago', 'whole', 'new', 'old',
  'good', 'bad', 'great', 'best', 'better', 'worse', 'worst', 'big', 'small', 'little', 'last', 'next', 'first', 'real',
  'sure', 'same', 'entire', 'nice', 'cute', 'awesome', 'terrible', 'horrible', 'amazing', 'fine', 'wild', 'insane', 'crazy',
  'normal', 'true', 'right', 'wrong', 'full', 'able', 'certain', 'guess', 'mean', 'means',
  // prepositions the tagger can read as adjectives ("recalled over fire risk" is about "fire risk")
  'over', 'after', 'before', 'under', 'against', 'during', 'amid', 'despite', 'onto', 'toward', 'towards', 'across',
  'without', 'within', 'through', 'behind', 'beyond', 'upon', 'among',
  // -ing words that are verbs, not names of things ("telling people", "still waiting")
  'using', 'saying', 'trying', 'doing', 'having', 'being', 'making', 'taking', 'coming', 'looking', 'telling', 'asking',
  'getting', 'giving', 'seeing', 'thinking', 'knowing', 'wanting', 'needing', 'letting', 'putting', 'feeling', 'talking',
  'waiting', 'sitting', 'wondering', 'hoping', 'paying', 'buying', 'calling',
  // other languages' function words (a few English words left out: "son", "war", "hat", "man", "pour")
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'y', 'que', 'de', 'del', 'al', 'en', 'con', 'por', 'para', 'es',
  'está', 'esta', 'este', 'esto', 'estos', 'estas', 'eso', 'esa', 'ese', 'mi', 'mis', 'tu', 'tus', 'su', 'sus', 'me',
  'te', 'se', 'lo', 'le', 'les', 'nos', 'muy', 'más', 'pero', 'como', 'cuando', 'porque', 'qué', 'ya', 'sí', 'hay', 'ni',
  'sin', 'sobre', 'hasta', 'desde', 'todo', 'todos', 'toda', 'nada', 'algo', 'alguien', 'nadie', 'otro', 'otra', 'hoy',
  'ayer', 'mañana', 'semana', 'gente', 'cosa', 'vez', 'también', 'aquí', 'así', 'bien', 'mal', 'solo', 'sólo', 'después',
  'antes', 'tiene', 'tengo', 'ha', 'han', 'fue', 'ser', 'estar', 'os', 'as', 'um', 'uma', 'e', 'é', 'da', 'do', 'das', 'dos',
  'em', 'na', 'nas', 'com', 'pra', 'minha', 'meu', 'seu', 'sua', 'ele', 'ela', 'você', 'não', 'sim', 'muito', 'mais', 'mas',
  'hoje', 'demais', 'alguém', 'isso', 'isto', 'esse', 'essa', 'une', 'des', 'du', 'et', 'ou', 'est', 'sont', 'je', 'il',
  'elle', 'nous', 'vous', 'ils', 'ce', 'cette', 'ces', 'mon', 'ma', 'mes', 'ton', 'sa', 'ses', 'avec', 'dans', 'sur', 'pas',
  'ne', 'très', 'qui', 'quoi', 'tout', 'rien', "c'est", "j'ai", 'der', 'die', 'das', 'ein', 'eine', 'einen', 'und', 'oder',
  'ist', 'sind', 'ich', 'du', 'er', 'sie', 'wir', 'ihr', 'nicht', 'kein', 'keine', 'mit', 'auf', 'für', 'von', 'zu', 'im',
  'den', 'dem', 'sehr', 'auch', 'noch', 'aber', 'heute', 'mein', 'meine', 'gli', 'è', 'che', 'di', 'non', 'sono', 'molto',
  'mio', 'mia', 'het', 'een', 'niet', 'ik', 'mijn',
]);

/** Two-letter words that can be what a spike is about ("the new ad", "a scam DM"). */
const TWO_LETTER = new Set(['ad', 'ai', 'ar', 'dm', 'ev', 'hr', 'ip', 'os', 'pc', 'pr', 'qr', 'tv', 'ui', 'ux', 'uv', 'vr']);

/** Tags of words that end a phrase whatever else the tagger says of them. */
const BREAKING_TAGS = [
  'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Copula', 'Modal', 'Auxiliary', 'Negative', 'QuestionWord',
  'Expression', 'Emoji', 'Emoticon', 'Date', 'Value', 'Url', 'AtMention', 'HashTag',
];

/** Characters of a word: letters, digits, inner apostrophes and hyphens. Single-character class: no backtracking. */
const NOT_WORD = /[^\p{L}\p{N}'’-]/gu;
const LAUGH = /^(?:l+o+l+|l+m+a+o+|(?:ha)+h?|(?:he)+|x+d+|o+m+g+|u+g+h+|w+o+w+|a+r+g+h+|h+m+)$/;
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|io|co|xyz|app|ly|me|tv|gg|uk|de|es|fr|info|shop|store|link|site)$/u;

/** `text` without the characters of `strip` at its end (a loop: a `[…]+$` pattern rescans from every start). */
function trimEnd(text: string, strip: string): string {
  let end = text.length;
  while (end > 0 && strip.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** A text made ready: read only once made (kept, and shared by the calls that read the text again). */
interface Prepared {
  /** The text for the tagger: no links, handles or hashtags, one line. */
  readonly text: string;
  /** Hashtags' bodies as written ("BoycottGlowCo"). */
  readonly hashtags: readonly string[];
  /** The text as a copy of it would read: lower case, no links or handles, words only. */
  readonly copyKey: string;
}

function prepare(raw: string): Prepared {
  const hashtags: string[] = [];
  const kept: string[] = [];
  const keyWords: string[] = [];
  const lines = raw.slice(0, 5000).split('\n');
  for (const line of lines) {
    const words: string[] = [];
    for (const token of line.split(/[\s\u00a0]+/)) {
      if (token === '') continue;
      const lower = token.toLowerCase();
      const bare = trimEnd(lower.replace(/^[("'“‘[]+/, ''), `)"'”’].,!?:;`);
      if (
        lower.includes('://') || bare.startsWith('www.') || bare.startsWith('@') || bare.includes('/') || DOMAIN.test(bare) ||
        (bare === 'rt' && kept.length === 0 && words.length === 0)
      ) {
        words.push(',');
        continue;
      }
      if (bare.startsWith('#')) {
        const body = /^[\p{L}\p{N}_]+/u.exec(token.slice(token.indexOf('#') + 1))?.[0] ?? '';
        if (isWord(body.toLowerCase().replace(/_/g, ''))) hashtags.push(body);
        keyWords.push(`#${body.toLowerCase()}`);
        words.push(',');
        continue;
      }
      words.push(token);
      const word = lower.replace(NOT_WORD, '');
      // Numbers are left out too: a bot counting its posts ("entry 1000", "entry 1001") is still one voice.
      if (word !== '' && !/^\d+$/.test(word)) keyWords.push(word);
    }
    if (words.length > 0) kept.push(words.join(' '));
  }
  // Lines are sentences: "battery swelling\nfire hazard" is two.
  const joined = kept.join('. ');
  const text = joined.toLowerCase().includes(SEPARATOR) ? joined.replace(/zqxkeytermsep/gi, ' ') : joined;
  return { text, hashtags, copyKey: keyWords.join(' ') };
}

interface Token {
  /** Lower case, without possessive "'s" or punctuation. */
  word: string;
  /** `isWord(word)`: a word that may be a term or part of one (read once here, not at each call's weighing). */
  term: boolean;
  noun: boolean;
  gerund: boolean;
  adjective: boolean;
  /** Tagged as something that cannot be inside a noun phrase here. */
  breaks: boolean;
  /** Tagged as a verb or adverb here (a noun in most posts may still be a noun: "nestly data breach"). */
  verbal: boolean;
  /** Tagged as a verb (not an -ing word) here. */
  verb: boolean;
  /** Tagged as an activity here ("the boycotting is working"): an -ing word used as a noun. */
  activity: boolean;
  /** A determiner or possessive ("the", "my"): what follows is a thing. */
  determiner: boolean;
  /** A pronoun ("me", "us", "them"). */
  pronoun: boolean;
  possessive: boolean;
  /** An ordinal in words ("second"): it may lead a phrase ("second job"). */
  ordinal: boolean;
  capital: boolean;
  /** Punctuation or emoji before it: a phrase does not run into it. */
  opens: boolean;
  /** Punctuation or emoji after it: a phrase does not run on from it. */
  closes: boolean;
  /** Joined to the next word by a hyphen alone ("tone-deaf"): one word written in two, not punctuation. */
  hyphen: boolean;
  /** Starts its sentence or follows a colon or quote: its capital says nothing. */
  first: boolean;
  /** A date or time ("Friday", "day", "3pm"): never a term, only the end of a name ("Black Friday"). */
  date: boolean;
}

type Tagged = Token[][];

/** A text as tagged, with what its tokens alone say of it: worked out once, when it is tagged, and kept with it. */
interface TaggedText {
  sentences: Tagged;
  /** Not English (`wordsSeemNotEnglish` of its first 200 words): single words only. */
  foreign: boolean;
  /** Capitals mark names in it (`capitalsMarkNames`). */
  names: boolean;
}

function taggedText(sentences: Tagged): TaggedText {
  const words: string[] = [];
  for (const sentence of sentences) {
    for (const token of sentence) {
      if (token.word === '') continue;
      words.push(token.word);
      if (words.length === 200) break;
    }
    if (words.length === 200) break;
  }
  return { sentences, foreign: wordsSeemNotEnglish(words), names: capitalsMarkNames(sentences) };
}

function tokensOf(sentence: readonly { text: string; pre: string; post: string; tags?: Set<string> }[]): Token[] {
  const tokens: Token[] = [];
  let previousPost = '.';
  for (const term of sentence) {
    const tags = term.tags ?? new Set<string>();
    const raw = term.text;
    let word = raw.toLowerCase().replace(NOT_WORD, '');
    const possessive = word.endsWith("'s") || word.endsWith('’s');
    if (possessive) word = word.slice(0, -2);
    word = trimEnd(word.replace(/^['’-]+/, ''), "'’-");
    const post = term.post.trim();
    const hyphen = term.post === '-' || term.post === '‐';
    tokens.push({
      word,
      term: isWord(word),
      noun: tags.has('Noun') && !tags.has('Pronoun'),
      gerund: tags.has('Gerund'),
      adjective: tags.has('Adjective'),
      breaks: BREAKING_TAGS.some((tag) => tags.has(tag)),
      verbal: (tags.has('Verb') && !tags.has('Gerund')) || tags.has('Adverb'),
      verb: tags.has('Verb') && !tags.has('Gerund'),
      activity: tags.has('Activity'),
      determiner: tags.has('Determiner') || tags.has('Possessive'),
      pronoun: tags.has('Pronoun'),
      possessive,
      ordinal: tags.has('Ordinal') && tags.has('TextValue'),
      capital: raw !== '' && raw[0] !== raw[0]!.toLowerCase(),
      opens: term.pre.trim() !== '',
      closes: post !== '' && !hyphen,
      hyphen,
      first: /[.!?:"“”]/.test(previousPost) || term.pre.trim() !== '',
      date: tags.has('Date') || tags.has('Time'),
    });
    previousPost = term.post;
  }
  return tokens;
}

/**
 * Texts kept tagged, most recently read last. The dashboard and the worker call keyTerms again and again
 * with nearly the same posts (a crisis: once a second, 1,500 and 1,500 with a few dozen new): only the
 * new ones are tagged. A text's tokens depend on it alone (each is tagged between separators, whatever
 * else its batch holds: the same tokens alone and in a batch for the 1,930 texts of the tests' scenarios
 * and a crisis's), so what is kept changes no result. Packed, ~2.8 kB a text of ~30 words with its key
 * (measured in node: 4,000 texts kept, 11 MB; 6.8 kB as tokens): 4,000 hold both sides of the dashboard's
 * 1,500 + 1,500, or the worker's spike and its 2,000 before.
 */
const TAG_CACHE = 4000;
let tagCacheLimit = TAG_CACHE;
const tagCache = new Map<string, Packed>();

/**
 * A tagged text as kept: each token's word and its flags, one bit a flag of `Token`, and where each
 * sentence ends. A fifth of the memory of the tokens themselves (~230 bytes a token: 18 fields).
 */
interface Packed {
  words: string[];
  flags: number[];
  ends: number[];
  foreign: boolean;
  names: boolean;
}

/** Each flag of `Token` and its bit (a flag added to Token without a bit here does not compile). */
const BIT = {
  noun: 1 << 0, gerund: 1 << 1, adjective: 1 << 2, breaks: 1 << 3, verbal: 1 << 4, verb: 1 << 5, activity: 1 << 6,
  determiner: 1 << 7, pronoun: 1 << 8, possessive: 1 << 9, ordinal: 1 << 10, capital: 1 << 11, opens: 1 << 12,
  closes: 1 << 13, hyphen: 1 << 14, first: 1 << 15, date: 1 << 16, term: 1 << 17,
} as const satisfies Record<Exclude<keyof Token, 'word'>, number>;
const FLAGS = Object.keys(BIT) as Array<keyof typeof BIT>;

function pack({ sentences, foreign, names }: TaggedText): Packed {
  const packed: Packed = { words: [], flags: [], ends: [], foreign, names };
  for (const sentence of sentences) {
    for (const token of sentence) {
      let flags = 0;
      for (const flag of FLAGS) if (token[flag]) flags |= BIT[flag];
      packed.words.push(token.word);
      packed.flags.push(flags);
    }
    packed.ends.push(packed.words.length);
  }
  return packed;
}

function unpack({ words, flags, ends, foreign, names }: Packed): TaggedText {
  const sentences: Tagged = [];
  let start = 0;
  for (const end of ends) {
    const sentence: Token[] = [];
    for (let i = start; i < end; i++) {
      const f = flags[i]!;
      // Every field written out, in Token's order: one shape for every token, as tokensOf makes them.
      sentence.push({
        word: words[i]!,
        term: (f & BIT.term) !== 0,
        noun: (f & BIT.noun) !== 0,
        gerund: (f & BIT.gerund) !== 0,
        adjective: (f & BIT.adjective) !== 0,
        breaks: (f & BIT.breaks) !== 0,
        verbal: (f & BIT.verbal) !== 0,
        verb: (f & BIT.verb) !== 0,
        activity: (f & BIT.activity) !== 0,
        determiner: (f & BIT.determiner) !== 0,
        pronoun: (f & BIT.pronoun) !== 0,
        possessive: (f & BIT.possessive) !== 0,
        ordinal: (f & BIT.ordinal) !== 0,
        capital: (f & BIT.capital) !== 0,
        opens: (f & BIT.opens) !== 0,
        closes: (f & BIT.closes) !== 0,
        hyphen: (f & BIT.hyphen) !== 0,
        first: (f & BIT.first) !== 0,
        date: (f & BIT.date) !== 0,
      });
    }
    sentences.push(sentence);
    start = end;
  }
  return { sentences, foreign, names };
}

/**
 * Each text as `prepare` made it, kept as its tagging is and as many (`tagCacheLimit`), least recently read
 * first: a call again with mostly the same texts prepared all of them again, about a fifth of its time (3,000
 * texts). ~1.2 kB a text of ~30 words with the text itself, the key (measured in node: 4,000 kept, 4.6 MB;
 * the dashboard holds most of those texts anyway).
 */
const preparedCache = new Map<string, Prepared>();

function preparedOf(raw: string): Prepared {
  const kept = preparedCache.get(raw);
  if (kept !== undefined) {
    // Read again: now the most recent.
    preparedCache.delete(raw);
    preparedCache.set(raw, kept);
    return kept;
  }
  const ready = prepare(raw);
  if (tagCacheLimit > 0) {
    preparedCache.set(raw, ready);
    if (preparedCache.size > tagCacheLimit) preparedCache.delete(preparedCache.keys().next().value!);
  }
  return ready;
}

/** For tests: how many texts the tagger has read since `resetTagCache`. */
export const tagging = { texts: 0 };

/** For tests: forget every tagged text, keep at most `limit` from now on (0: none), and zero `tagging`. */
export function resetTagCache(limit = TAG_CACHE): void {
  tagCache.clear();
  preparedCache.clear();
  tagCacheLimit = limit;
  tagging.texts = 0;
}

/** Each text's tokens: the kept ones, the rest tagged (in batches) and kept; least recently read ones go. */
function taggedTexts(texts: readonly string[]): TaggedText[] {
  const out = texts.map((text): TaggedText | undefined => {
    const kept = tagCache.get(text);
    if (kept === undefined) return undefined;
    // Read again: now the most recent (a Map iterates in insertion order).
    tagCache.delete(text);
    tagCache.set(text, kept);
    return unpack(kept);
  });
  const missing = texts.filter((_, i) => out[i] === undefined);
  const results = tagAll(missing);
  let next = 0;
  const all = texts.map((text, i) => {
    const known = out[i];
    if (known !== undefined) return known;
    const tokens = taggedText(results[next++]!);
    tagCache.set(text, pack(tokens));
    return tokens;
  });
  for (const oldest of tagCache.keys()) {
    if (tagCache.size <= tagCacheLimit) break;
    tagCache.delete(oldest);
  }
  return all;
}

/** Tags the texts in batches; each text's sentences, as tokens. */
function tagAll(texts: readonly string[]): Tagged[] {
  tagging.texts += texts.length;
  const out: Tagged[] = [];
  for (let i = 0; i < texts.length; i += BATCH) {
    const batch = texts.slice(i, i + BATCH);
    const doc = nlp(batch.map((text) => `${text}\n\n${SEPARATOR}\n\n`).join(''));
    const perText: Tagged[] = [[]];
    for (const sentence of doc.docs) {
      if (sentence.length === 1 && sentence[0]!.normal === SEPARATOR) {
        perText.push([]);
        continue;
      }
      perText[perText.length - 1]!.push(tokensOf(sentence));
    }
    perText.pop();
    if (perText.length === batch.length) {
      out.push(...perText);
    } else {
      // The tagger joined or split texts in a way the separator did not survive: one by one.
      for (const text of batch) out.push(nlp(text).docs.map((sentence) => tokensOf(sentence)));
    }
  }
  return out;
}

/** How each word is tagged across every post: a word read as a noun in most posts is a noun. */
interface Votes {
  noun: number;
  nounLike: number;
  /** Read as a verb, an -ing word or an activity ("boycotting", "boycotted"), not as a thing ("building"). */
  verbLike: number;
  all: number;
}

/** Words ending in "s" that are no plural ("news" is not "new"). */
const NOT_PLURAL = new Set(['news', 'lens', 'series', 'species', 'politics', 'diabetes', 'measles']);

function singular(word: string): string {
  if (word.length < 3 || !word.endsWith('s') || NOT_PLURAL.has(word)) return word;
  // Three letters: "ads", "dms", "tvs", "evs" (a consonant second), not "bus", "gas" or "yes".
  if (word.length === 3) return /^[a-z][^aeiou\W]s$/.test(word) && word[1] !== 's' ? word.slice(0, -1) : word;
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses') || word.endsWith('shes') || word.endsWith('ches') || word.endsWith('xes')) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** A phrase's key: its words, the last one in its base form ("boycotts", "boycotting" are "boycott"). */
const keyOf = (words: readonly string[], base: (word: string) => string = singular): string =>
  words.length === 0 ? '' : [...words.slice(0, -1), base(words[words.length - 1]!)].join(' ');

const VOWELS = /[aeiouy]/;

/** compromise's tense of a form in its lexicon ("looked": "PastTense"), as its lexicon or its switches list it. */
const VERB_FORM = /(?:^|\|)(?:PastTense|Past|Gerund|Participle)$/;

/**
 * The infinitive compromise's conjugation data gives for an -ing or -ed word ("stopped": "stop",
 * "charged": "charge", "replied": "reply", "looked": "look"), or '' where it gives none. Its model
 * guesses from the word's ending, so a word it does not know may come back cut ("boycotting":
 * "boycot"): one of the candidates, not the answer. A function word it gives ("having": "have",
 * "herring": "her") only for a verb form its lexicon knows. Read on first use, as `switchOf`.
 */
type ToInfinitive = (word: string, model: object, tense: string) => string;
let toInfinitive: ToInfinitive | null | undefined;
function infinitiveOf(word: string): string {
  if (toInfinitive === undefined) {
    const methods = nlp.methods() as { two?: { transform?: { verb?: { toInfinitive?: ToInfinitive } } } };
    toInfinitive = methods.two?.transform?.verb?.toInfinitive ?? null;
  }
  if (toInfinitive === null) return '';
  const guess = toInfinitive(word, nlp.model(), word.endsWith('ing') ? 'Gerund' : 'PastTense');
  if (guess === word || guess.length < 3 || !/^\p{L}+$/u.test(guess) || !VOWELS.test(guess)) return '';
  if (isWord(guess)) return guess;
  lexicon ??= (nlp.model() as { one?: { lexicon?: Record<string, unknown> } }).one?.lexicon ?? {};
  const tags = lexicon[word];
  const known = (Array.isArray(tags) ? tags : [tags]).some((tag) => typeof tag === 'string' && VERB_FORM.test(tag)) || VERB_FORM.test(switchOf(word));
  return known && STOP.has(guess) ? guess : '';
}

/**
 * The words an -ing or -ed word may be a form of, likeliest first: compromise's infinitive
 * (`infinitiveOf`), then what the spelling allows ("boycotting", "boycotted": "boycotte" or "boycott";
 * "hopping": "hop"; "tried": "try"). A stem of one syllable ending in one vowel and one consonant lost
 * an "e" ("caring" is "care", never "car"): such a word doubles its consonant ("shipping"). The stem
 * keeps three letters and a vowel ("sing", "ring", "string" are no form of anything).
 */
function basesOf(word: string): string[] {
  if (word.length >= 5 && word.endsWith('ied')) return [`${word.slice(0, -3)}y`];
  let stem: string;
  if (word.length >= 6 && word.endsWith('ing')) stem = word.slice(0, -3);
  else if (word.length >= 5 && word.endsWith('ed')) stem = word.slice(0, -2);
  else return [];
  if (stem.length < 3 || !VOWELS.test(stem)) return [];
  const syllables = stem.match(/[aeiouy]+/g)?.length ?? 0;
  const guess = infinitiveOf(word);
  const candidates = guess === '' ? [] : [guess];
  candidates.push(...(/[^aeiou][aeiou][^aeiouwxy]$/.test(stem) && syllables === 1 ? [`${stem}e`] : [`${stem}e`, stem]));
  const last = stem[stem.length - 1]!;
  if (last === stem[stem.length - 2] && !VOWELS.test(last)) candidates.push(stem.slice(0, -1));
  return [...new Set(candidates.filter((candidate) => candidate !== word && (candidate === guess || isWord(candidate))))];
}

/**
 * Forms with a meaning of their own that the tagger reads as the verb's ("Brewly is based in London",
 * "concerned about", "a huge following", "living wage", "a court hearing", "Brewly fired 200 staff"):
 * counted with the verb, a spike about where a company is based or how its staff live reads "base",
 * "live". -ing words its lexicon lists as nouns are `ownNoun`'s.
 */
const OWN_MEANING = new Set([
  'based', 'concerned', 'concerning', 'following', 'living', 'hearing', 'fired', 'firing', 'tired', 'united', 'limited',
  'related', 'interested', 'interesting', 'supposed', 'advanced', 'detailed', 'dated', 'crooked',
]);

/**
 * -ing words that name a thing of their own ("the new pricing" is no price, "double billing" no bill)
 * which compromise's lexicon knows only as verb forms, or not at all. The tagger cannot tell them from
 * a verb's: it reads "the new pricing" as it reads "the boycotting" (Noun, Activity), and "Brewly
 * pricing change" as "Brewly boycotting campaign" (Gerund). Those it lists as nouns too ("shipping",
 * "packaging", "building", "wedding") are `ownNoun`'s.
 */
const ING_NOUNS = new Set([
  'pricing', 'billing', 'invoicing', 'ticketing', 'sourcing', 'staffing', 'hosting', 'housing', 'lighting', 'plumbing',
  'flooring', 'bedding', 'boarding', 'seasoning', 'topping', 'lining', 'casing', 'padding', 'stitching', 'sizing',
  'labeling', 'labelling', 'gaming', 'streaming', 'programming',
]);

/**
 * Is this -ing word a noun in its own right, never a form of its base word? Those above, and those
 * compromise's lexicon lists as a noun or as a noun or a gerund (288 words: "shipping", "packaging",
 * "booking", "listing", "setting", "marketing", "clothing", "meeting", "frosting", "wedding"; also
 * activities that name no other thing than the verb does, "complaining", "voting": kept apart as they
 * were before forms were merged) or as a noun alone ("morning", "banking", "ceiling").
 */
let lexicon: Readonly<Record<string, unknown>> | undefined;
const NOUN_TAGS = /^(?:Noun|Singular|Plural|Uncountable|Actor)$/;
const ownNoun = (word: string): boolean => {
  if (!word.endsWith('ing')) return false;
  if (ING_NOUNS.has(word) || switchOf(word) === 'Noun|Gerund') return true;
  lexicon ??= (nlp.model() as { one?: { lexicon?: Record<string, unknown> } }).one?.lexicon ?? {};
  const tags = lexicon[word];
  return (Array.isArray(tags) ? tags : [tags]).some((tag) => typeof tag === 'string' && NOUN_TAGS.test(tag));
};

/**
 * Each -ing or -ed word read mostly as a verb or an activity, with the word it is a form of: one said
 * too (itself or with an "s": "boycott", "boycotts"), else one two forms share ("cracked", "cracking":
 * "crack"). A word read mostly as a thing keeps its own term ("building" is not "build"), and so does
 * an -ing word that is a noun in its own right however it is read ("pricing" is not "price": `ownNoun`).
 */
function lemmasOf(votes: ReadonlyMap<string, Votes>): Map<string, string> {
  const lemmas = new Map<string, string>();
  const said = (word: string): boolean => votes.has(word) || votes.has(`${word}s`);
  const unsaid = new Map<string, string[]>();
  for (const [word, v] of votes) {
    if (v.verbLike * 2 <= v.all || ownNoun(word) || OWN_MEANING.has(word)) continue;
    const candidates = basesOf(word);
    const base = candidates.find(said);
    if (base !== undefined) lemmas.set(word, base);
    else if (candidates.length > 0) unsaid.set(word, candidates);
  }
  // Of the bases two forms share, the one compromise gives as the infinitive of most of them
  // ("boycotted": "boycott"; "boycotting": "boycot", a cut guess no other form shares) over a
  // spelling's guess ("boycotte"): "looked" and "looking" are "look", never "looke". Where two forms'
  // infinitives differ, the shorter: the "e" an ending hides is the stray one ("overheated":
  // "overheate", "overheating": "overheat").
  const forms = new Map<string, number>();
  const infinitives = new Map<string, number>();
  for (const [word, candidates] of unsaid) {
    for (const candidate of candidates) forms.set(candidate, (forms.get(candidate) ?? 0) + 1);
    const infinitive = infinitiveOf(word);
    infinitives.set(infinitive, (infinitives.get(infinitive) ?? 0) + 1);
  }
  const rank = (candidate: string): number => infinitives.get(candidate) ?? 0;
  for (const [word, candidates] of unsaid) {
    const shared = candidates.filter((candidate) => (forms.get(candidate) ?? 0) > 1);
    const best = shared.reduce<string | undefined>(
      (chosen, candidate) =>
        chosen === undefined || rank(candidate) > rank(chosen) || (rank(candidate) === rank(chosen) && rank(candidate) > 0 && candidate.length < chosen.length) ? candidate : chosen,
      undefined,
    );
    if (best !== undefined) lemmas.set(word, best);
  }
  return lemmas;
}

const squash = (term: string): string => term.replace(/[\s_'’-]+/g, '');

function isWord(word: string): boolean {
  if (word === '' || FILLERS.has(word) || STOP.has(word) || LAUGH.test(word)) return false;
  const letters = word.replace(/[^\p{L}]/gu, '').length;
  const digits = word.replace(/[^\p{N}]/gu, '').length;
  // "2fa", "ps5" are words; "48213", "20k", "th29382" are not.
  return letters > 0 && letters >= digits * 2 - 1 && letters >= digits;
}

/** Does the post use capitals to mark names (not all capitals, not Title Case)? */
function capitalsMarkNames(sentences: Tagged): boolean {
  let capital = 0;
  let words = 0;
  for (const sentence of sentences) {
    for (const token of sentence) {
      if (!/\p{L}/u.test(token.word)) continue;
      words++;
      if (token.capital) capital++;
    }
  }
  return words > 0 && capital / words <= 0.5;
}

interface Features {
  /** Term keys with the surface each was written in. */
  terms: Map<string, string>;
  hashtags: string[];
}

/** How two words said side by side (no punctuation between) are tagged there. */
interface PairVotes {
  all: number;
  /** Times the first, the second, is read as a noun (not a verb or adverb) beside the other. */
  first: number;
  second: number;
}

/**
 * Each pair's votes by its first word, then its second: two lookups of words already hashed (a token's word is the
 * same string from call to call) cost less than building "a b" for each pair of each post at each call.
 */
type Pairs = Map<string, Map<string, PairVotes>>;

/**
 * Words compromise's lexicon lists as a noun or a verb, read by their neighbours ("account", "rewards", "gift").
 * Read on first use, never at import: a call at the top of this module would keep compromise's tagger (about
 * 300 kB, unpacked in every tab) in any bundle that imports the analyser, the content script's included.
 */
let switches: Readonly<Record<string, string>> | undefined;
/** What compromise's lexicon says a word of two readings may be ("Noun|Verb", "Noun|Gerund", "Adj|Past"), or ''. */
function switchOf(word: string): string {
  switches ??= (nlp.model() as { two?: { switches?: Record<string, string> } }).two?.switches ?? {};
  return switches[word] ?? '';
}
const NOUN_OR_VERB = /^(?:Noun|Plural|Actor)\|Verb$/;
const nounOrVerb = (word: string): boolean => NOUN_OR_VERB.test(switchOf(word));

/** Are these two tokens said side by side, nothing between them ("Mother's Day" too: a date's name)? */
const adjacent = (a: Token, b: Token): boolean => !a.closes && (!a.possessive || b.date) && !b.opens && a.word !== '' && b.word !== '';

function pairsOf(tagged: ReadonlyMap<string, TaggedText>): Pairs {
  const pairs: Pairs = new Map();
  for (const { sentences } of tagged.values()) {
    for (const sentence of sentences) {
      for (let i = 0; i + 1 < sentence.length; i++) {
        const a = sentence[i]!;
        const b = sentence[i + 1]!;
        if (!adjacent(a, b)) continue;
        let after = pairs.get(a.word);
        if (after === undefined) pairs.set(a.word, (after = new Map()));
        let p = after.get(b.word);
        if (p === undefined) after.set(b.word, (p = { all: 0, first: 0, second: 0 }));
        p.all++;
        if (a.noun && !a.verbal) p.first++;
        if (b.noun && !b.verbal) p.second++;
      }
    }
  }
  return pairs;
}

/** What the whole set of posts says of a word or of two words side by side. */
interface Readings {
  votes: ReadonlyMap<string, Votes>;
  pairs: ReadonlyMap<string, ReadonlyMap<string, PairVotes>>;
  /** A word's base form: singular, and the word an -ing or -ed form is of (`lemmasOf`). */
  base: (word: string) => string;
}

function featuresOf({ sentences, foreign, names }: TaggedText, hashtags: readonly string[], { votes, pairs, base }: Readings): Features {
  const terms = new Map<string, string>();
  const nounWord = (word: string): boolean => {
    const v = votes.get(word);
    return v !== undefined && v.noun * 2 > v.all;
  };
  // Two nouns the tagger reads apart where one of them can be a verb ("the rewards program got
  // worse": "program" a verb; "Fizzo rewards program": "rewards" a verb; "Gift cards dont work";
  // "savings account", "account" a verb nearly always): two words said side by side more than once,
  // one of them a noun there on average, and each a noun there in at least a quarter of the times
  // (once, for a word the lexicon lists as a noun or a verb), are one thing wherever said together.
  const nounThere = (word: string, reads: number, all: number): boolean => reads * 4 >= all || (reads >= 1 && nounOrVerb(word));
  const compound = (a: Token, b: Token, p: PairVotes): boolean =>
    !a.date && !b.date && !a.possessive && !a.breaks && !b.breaks && p.first + p.second >= p.all &&
    nounThere(a.word, p.first, p.all) && nounThere(b.word, p.second, p.all) && a.term && b.term;
  // A date ends a name ("Black Friday", "Prime Day", "Boxing Day sale") after a word said mostly
  // right before it, more than once; "last Friday", "Friday night", "since Friday" stay dates.
  const event = (a: Token, b: Token, p: PairVotes): boolean =>
    b.date && !a.date && !a.breaks && p.all * 2 > (votes.get(a.word)?.all ?? 0) && a.term && !STOP.has(b.word) && /\p{L}/u.test(b.word);
  // Two words said together nearly every time either is said, the second an adjective, are one
  // expression ("tone deaf"; "tone-deaf", "half-baked" always): a term whole, never in part ("tone",
  // "deaf ad"). The tagger reads the first as anything ("so tone deaf": a verb).
  const saidMostlyIn = (word: string, p: PairVotes): boolean => p.all * 2 > (votes.get(word)?.all ?? 0);
  const fixed = (a: Token, b: Token, p: PairVotes | undefined): boolean =>
    b.adjective && !b.noun && !a.date && !b.date && !a.possessive && a.term && b.term &&
    (a.hyphen || (p !== undefined && p.all >= 2 && saidMostlyIn(a.word, p) && saidMostlyIn(b.word, p)));
  const headWord = (word: string): boolean => {
    const v = votes.get(word);
    return v !== undefined && v.nounLike * 2 > v.all;
  };
  const isContent = (token: Token): boolean =>
    token.term &&
    (token.ordinal ||
      (!token.breaks && (token.noun || token.gerund || token.adjective || nounWord(token.word)) && !(token.verbal && !nounWord(token.word))));
  for (const tagged of sentences) {
    // The tokens as read beside their neighbours: a compound's words and an event's name are nouns.
    const named = new Array<boolean>(tagged.length).fill(false);
    /** 1 for the first word of a fixed expression, 2 for its second. */
    const unit = new Array<0 | 1 | 2>(tagged.length).fill(0);
    let sentence = tagged;
    for (let i = 0; i + 1 < tagged.length; i++) {
      const a = tagged[i]!;
      const b = tagged[i + 1]!;
      // Neither a fixed expression, a compound nor an event starts on no word (`isWord`), or goes on to one
      // that is neither a word nor a date: most pairs ("my kettle", "is swelling"), with no look-up.
      if (!adjacent(a, b) || !a.term || !(b.term || b.date)) continue;
      const p = pairs.get(a.word)?.get(b.word);
      if (unit[i] === 0 && fixed(a, b, p)) {
        if (sentence === tagged) sentence = [...tagged];
        unit[i] = 1;
        unit[i + 1] = 2;
        sentence[i] = { ...a, adjective: true, verbal: false, verb: false, breaks: false };
        sentence[i + 1] = { ...b, verbal: false, verb: false, breaks: false };
        continue;
      }
      if (unit[i] !== 0 || p === undefined || p.all < 2) continue;
      const isEvent = event(a, b, p);
      if (!isEvent && !compound(a, b, p)) continue;
      if (isEvent) named[i + 1] = true;
      if (sentence === tagged) sentence = [...tagged];
      for (const at of [i, i + 1]) sentence[at] = { ...tagged[at]!, noun: true, verbal: false, verb: false, breaks: false };
    }
    /** The run's tokens; for an -ing word, whether it reads as a verb here ("is swelling", "selling a"). */
    let run: Array<{ token: Token; verbLike: boolean; nounSlot: boolean; takesObject: boolean; objectNext: boolean; unit: 0 | 1 | 2 }> = [];
    const flush = (): void => {
      for (let start = 0; start < run.length; start++) {
        const first = run[start]!;
        for (let end = start + 1; end <= Math.min(run.length, start + (foreign ? 1 : MAX_WORDS)); end++) {
          // Most candidates are turned away below: their key and surface are written only for those kept.
          const head = run[end - 1]!.token;
          if (head.ordinal || first.token.date) continue;
          // A fixed expression is never cut: no term starts after its first word or ends on it.
          if (first.unit === 2 || run[end - 1]!.unit === 1) continue;
          if (run[end - 1]!.unit === 2) {
            // It is a term on its own, not the end of a longer phrase ("so tone deaf").
            if (end - start !== 2) continue;
          } else if (end - start === 1) {
            const word = first.token.word;
            if (VAGUE_ALONE.has(word)) continue;
            // An -ing word names a thing where it is no verb's part and takes no object ("tracking still says"),
            // read as a gerund or as an activity ("the new pricing"). One that is a noun in its own right
            // (`ownNoun`) does wherever no verb comes right before it and no pronoun or determiner right
            // after ("Brewly shipping delays", the brand read as an adverb; "pricing is a joke"; not
            // "is pricing us out", "double billing me").
            const thing = ownNoun(word) ? !first.verbLike && !first.objectNext : first.nounSlot && !first.takesObject;
            if (!nounWord(word) && !((head.gerund || head.activity) && thing)) continue;
            if (word.length < 3 ? !TWO_LETTER.has(word) : foreign && word.length < 4) continue;
          } else {
            if (!(head.noun || head.gerund) || !headWord(head.word)) continue;
            if (first.token.gerund && !nounWord(first.token.word) && first.verbLike) continue;
            if (first.token.ordinal && VAGUE_ALONE.has(singular(head.word))) continue;
          }
          // "Mother's Day" (its key "mother day"): a possessive inside a phrase keeps its "'s". The key is
          // `keyOf` of the words: the last in its base form.
          let surface = '';
          for (let at = start; at < end - 1; at++) surface += run[at]!.token.possessive ? `${run[at]!.token.word}'s ` : `${run[at]!.token.word} `;
          surface += head.word;
          if (surface.length > 40) continue;
          let key = '';
          for (let at = start; at < end - 1; at++) key += `${run[at]!.token.word} `;
          terms.set(key + base(head.word), surface);
        }
      }
      run = [];
    };
    for (let i = 0; i < sentence.length; i++) {
      const token = sentence[i]!;
      if (token.date ? !named[i] : !isContent(token)) {
        flush();
        continue;
      }
      const previous = run.length > 0 ? run[run.length - 1]!.token : null;
      // The edge of a name written with capitals: "the Voltra power bank" (not "black Friday").
      if (token.opens || (names && previous && !named[i] && unit[i] !== 2 && !previous.first && !token.first && previous.capital !== token.capital)) flush();
      const before = i > 0 ? sentence[i - 1]! : null;
      const after = i + 1 < sentence.length ? sentence[i + 1]! : null;
      run.push({
        token,
        verbLike: before !== null && !before.closes && before.verb && !nounWord(before.word),
        nounSlot: before === null || before.closes || before.determiner || ((before.noun && !before.verbal) || nounWord(before.word)),
        takesObject: after !== null && !token.closes && after.breaks,
        objectNext: after !== null && !token.closes && (after.determiner || after.pronoun),
        unit: unit[i]!,
      });
      if ((token.possessive && !named[i + 1]) || token.closes) flush();
    }
    flush();
  }
  return { terms, hashtags: [...hashtags] };
}

interface Group {
  /** How many of the texts are this one (copies included). */
  size: number;
}

/** Texts grouped by what a copy of them reads; in first-seen order. */
function groupsOf(texts: readonly string[]): { groups: Group[]; prepared: Prepared[] } {
  const index = new Map<string, number>();
  const groups: Group[] = [];
  const prepared: Prepared[] = [];
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    const ready = preparedOf(text);
    const at = index.get(ready.copyKey);
    if (at !== undefined) {
      groups[at]!.size++;
      continue;
    }
    index.set(ready.copyKey, groups.length);
    groups.push({ size: 1 });
    prepared.push(ready);
  }
  return { groups, prepared };
}

/** Which groups are tagged, each with the factor its counts are scaled by: every copied text, then an even sample. */
function sampleOf(groups: readonly Group[]): Array<{ at: number; factor: number }> {
  if (groups.length <= MAX_TAGGED) return groups.map((_, at) => ({ at, factor: 1 }));
  const copied = groups.map((group, at) => ({ at, size: group.size })).filter((g) => g.size > 1).sort((a, b) => b.size - a.size);
  const chosen = copied.slice(0, Math.floor(MAX_TAGGED / 2)).map(({ at }) => ({ at, factor: 1 }));
  const taken = new Set(chosen.map(({ at }) => at));
  const rest = groups.map((_, at) => at).filter((at) => !taken.has(at));
  const room = MAX_TAGGED - chosen.length;
  const factor = rest.length / room;
  for (let i = 0; i < room; i++) chosen.push({ at: rest[Math.floor(i * factor)]!, factor });
  return chosen;
}

interface Side {
  /** Per tagged group: its weight (copies count 1 + ln k), posts, features, and every word of it. */
  entries: Array<{ weight: number; posts: number; features: Features; words: Set<string> }>;
  totalWeight: number;
  distinct: number;
}

const weightOf = (size: number): number => 1 + Math.log(size);

interface RawSide {
  groups: Group[];
  sample: Array<{ at: number; factor: number }>;
  prepared: Prepared[];
}

function sideOf(texts: readonly string[], tagged: Map<string, TaggedText>): RawSide {
  const { groups, prepared } = groupsOf(texts);
  const sample = sampleOf(groups);
  const unique = [...new Set(sample.map(({ at }) => prepared[at]!.text).filter((text) => !tagged.has(text)))];
  const results = taggedTexts(unique);
  unique.forEach((text, i) => tagged.set(text, results[i]!));
  return { groups, sample, prepared };
}

/**
 * How each word is tagged across all the posts. The tagger reads a plural after a name it does not
 * know as a verb ("Fizzo points expire"): after a word of most of the baseline (the brand), an -s
 * word followed by a verb counts as a noun ("Acme uses child labour" and "Acme sucks" stay verbs).
 */
function votesOf(tagged: ReadonlyMap<string, TaggedText>, brandLike: (word: string) => boolean): Map<string, Votes> {
  const votes = new Map<string, Votes>();
  for (const { sentences } of tagged.values()) {
    for (const sentence of sentences) {
      sentence.forEach((token, i) => {
        const v = votes.get(token.word) ?? { noun: 0, nounLike: 0, verbLike: 0, all: 0 };
        const previous = i > 0 ? sentence[i - 1]! : null;
        const next = i + 1 < sentence.length ? sentence[i + 1]! : null;
        const plural =
          token.verb && token.word.endsWith('s') && previous !== null && !previous.closes && brandLike(previous.word) && !token.closes && next !== null && next.verb;
        v.all++;
        if ((token.noun && !token.verbal) || plural) v.noun++;
        if ((token.noun && !token.verbal) || plural || token.gerund) v.nounLike++;
        if (token.verb || token.gerund || token.activity) v.verbLike++;
        votes.set(token.word, v);
      });
    }
  }
  return votes;
}

function buildSide(
  side: RawSide,
  tagged: Map<string, TaggedText>,
  readings: Readings,
): Side {
  const entries = side.sample.map(({ at, factor }) => {
    const group = side.groups[at]!;
    const ready = side.prepared[at]!;
    const text = tagged.get(ready.text) ?? taggedText([]);
    const words = new Set<string>();
    for (const sentence of text.sentences) for (const token of sentence) words.add(readings.base(token.word));
    for (const tag of ready.hashtags) words.add(readings.base(tag.toLowerCase()));
    return {
      weight: weightOf(group.size) * factor,
      posts: group.size * factor,
      features: featuresOf(text, ready.hashtags, readings),
      words,
    };
  });
  return {
    entries,
    totalWeight: side.groups.reduce((sum, group) => sum + weightOf(group.size), 0),
    distinct: side.groups.length,
  };
}

interface Tally {
  weight: number;
  posts: number;
  surfaces: Map<string, number>;
  /** The indices of the entries that say it. */
  entries: Set<number>;
}

function tally(side: Side, resolve: (hashtag: string) => string): Map<string, Tally> {
  const counts = new Map<string, Tally>();
  side.entries.forEach((entry, index) => {
    const seen = new Map<string, string>(entry.features.terms);
    for (const tag of entry.features.hashtags) {
      const key = resolve(tag);
      if (key !== '' && !seen.has(key)) seen.set(key, key.startsWith('#') ? `#${tag}` : key);
    }
    for (const [key, surface] of seen) {
      const t = counts.get(key) ?? { weight: 0, posts: 0, surfaces: new Map<string, number>(), entries: new Set<number>() };
      t.weight += entry.weight;
      t.posts += entry.posts;
      t.surfaces.set(surface, (t.surfaces.get(surface) ?? 0) + entry.posts);
      t.entries.add(index);
      counts.set(key, t);
    }
  });
  return counts;
}

/** The contiguous shorter phrases of a phrase, as keys. */
function partsOf(key: string, base: (word: string) => string): string[] {
  const words = key.split(' ');
  const parts: string[] = [];
  for (let length = 1; length < words.length; length++) {
    for (let start = 0; start + length <= words.length; start++) parts.push(keyOf(words.slice(start, start + length), base));
  }
  return parts;
}

/** A word's base form: singular, and the word an -ing or -ed form is of (`lemmasOf`). */
function baseOf(votes: ReadonlyMap<string, Votes>): (word: string) => string {
  const lemmas = lemmasOf(votes);
  return (word) => {
    const one = singular(word);
    // A plural of an -ing word is a thing ("savings", "earnings", "settings"), never the verb.
    if (one !== word && one.endsWith('ing')) return one;
    return lemmas.get(one) ?? one;
  };
}

/**
 * Each word of these posts whose base form is another word ("boycotts", "boycotting": "boycott"), with
 * that base: the words `keyTerms` counts as one when given these posts and no baseline.
 */
export function wordBases(texts: readonly string[]): Map<string, string> {
  const tagged = new Map<string, TaggedText>();
  sideOf(texts, tagged);
  const votes = votesOf(tagged, () => false);
  const base = baseOf(votes);
  const bases = new Map<string, string>();
  for (const word of [...votes.keys()].sort()) if (base(word) !== word) bases.set(word, base(word));
  return bases;
}

export function keyTerms(texts: readonly string[], baselineTexts: readonly string[] = [], options: KeyTermsOptions = {}): KeyTerm[] {
  const limit = options.limit ?? 10;
  const tagged = new Map<string, TaggedText>();
  const focusRaw = sideOf(texts, tagged);
  const baselineRaw = sideOf(baselineTexts, tagged);
  const brandLike = new Map<string, number>();
  for (const { at } of baselineRaw.sample) {
    const words = new Set<string>();
    for (const sentence of tagged.get(baselineRaw.prepared[at]!.text)?.sentences ?? []) for (const token of sentence) words.add(token.word);
    for (const word of words) brandLike.set(word, (brandLike.get(word) ?? 0) + 1);
  }
  const brandLikeWord = (word: string): boolean =>
    baselineRaw.sample.length > 0 && (brandLike.get(word) ?? 0) >= BACKGROUND_SHARE * baselineRaw.sample.length && !STOP.has(word);
  const votes = votesOf(tagged, brandLikeWord);
  const brandWords = [...brandLike.keys()].filter((word) => word.length >= 4 && brandLikeWord(word));
  const wordsSaid = new Set<string>();
  for (const { sentences } of tagged.values()) for (const sentence of sentences) for (const token of sentence) wordsSaid.add(token.word);
  const base = baseOf(votes);
  const readings: Readings = { votes, pairs: pairsOf(tagged), base };
  const focus = buildSide(focusRaw, tagged, readings);
  const baseline = buildSide(baselineRaw, tagged, readings);
  if (focus.distinct === 0) return [];
  const minCount = options.minCount ?? (focus.distinct < 5 ? 1 : 2);

  // A hashtag counts with the words it spells where those are said anywhere ("#DataBreach", "data breach").
  const spelled = new Map<string, string>();
  // The same terms come back post after post: each squashed once.
  const squashed = new Map<string, string>();
  const squashOnce = (term: string): string => {
    let form = squashed.get(term);
    if (form === undefined) squashed.set(term, (form = squash(term)));
    return form;
  };
  for (const side of [focus, baseline]) {
    for (const entry of side.entries) {
      for (const [key, surface] of entry.features.terms) {
        const form = squashOnce(key);
        if (!spelled.has(form)) spelled.set(form, key);
        if (surface === key) continue;
        const written = squashOnce(surface);
        if (!spelled.has(written)) spelled.set(written, key);
      }
    }
  }
  const resolve = (tag: string): string => {
    const plain = squash(tag.toLowerCase());
    const word = spelled.get(plain) ?? spelled.get(base(plain)) ?? (brandLikeWord(plain) ? base(plain) : undefined);
    if (word !== undefined) return word;
    // The brand's name and a word said in the posts: "#BrewlyRecall" counts with "recall".
    for (const brand of brandWords) {
      if (plain === brand || !(plain.startsWith(brand) || plain.endsWith(brand))) continue;
      const rest = plain.startsWith(brand) ? plain.slice(brand.length) : plain.slice(0, plain.length - brand.length);
      const said = spelled.get(rest) ?? spelled.get(base(rest)) ?? (isWord(rest) && rest.length >= 3 && wordsSaid.has(rest) ? base(rest) : undefined);
      if (said !== undefined) return said;
    }
    if (FILLERS.has(plain) || STOP.has(plain) || LAUGH.test(plain)) return '';
    return `#${plain}`;
  };
  const spike = tally(focus, resolve);
  const before = tally(baseline, resolve);

  // Words of most of the baseline (the brand) do not start or end a phrase.
  const baselineWords = new Map<string, number>();
  for (const entry of baseline.entries) for (const word of entry.words) baselineWords.set(word, (baselineWords.get(word) ?? 0) + entry.weight);
  const background = (word: string): boolean => (baselineWords.get(base(word)) ?? 0) >= BACKGROUND_SHARE * baseline.totalWeight;
  const hasBaseline = baseline.totalWeight > 0;
  const n = focus.totalWeight;
  const m = Math.max(baseline.totalWeight, 1);
  const scored = new Map<string, { t: Tally; count: number; score: number }>();
  for (const [key, t] of spike) {
    const words = key.split(' ');
    if (hasBaseline && words.length > 1 && (background(words[0]!) || background(words[words.length - 1]!))) continue;
    const count = Math.round(t.posts);
    if (count < minCount) continue;
    const inBaseline = before.get(key)?.weight ?? 0;
    // A cautious ratio: the spike's share one standard deviation low against the baseline's one
    // high, so two posts of a small spike do not outrank ten, and a term absent from the baseline
    // stays finite.
    const low = Math.max(t.weight - Math.sqrt(t.weight), 0.25);
    const high = inBaseline + Math.sqrt(inBaseline) + 0.5;
    const score = Math.log(low / (n + 1)) - Math.log(high / (m + 1));
    if (hasBaseline && score <= 0) continue;
    scored.set(key, { t, count, score });
  }
  // A phrase said in fewer than half the posts of one of its words gives way to it; one said in
  // more stands for its words.
  // A part's posts are every post that says it, as a term or inside a longer one; a phrase's, every
  // post that says it in words or as a hashtag ("Black Friday deal", "#BlackFriday").
  const mentions = new Map<string, number>();
  const mentionsOf = (part: string): number => {
    let weight = mentions.get(part);
    if (weight === undefined) {
      weight = 0;
      if (part.includes(' ')) weight = spike.get(part)?.weight ?? 0;
      else for (const entry of focus.entries) if (entry.words.has(part)) weight += entry.weight;
      mentions.set(part, weight);
    }
    return weight;
  };
  const weak = new Set<string>();
  for (const [key, { t }] of scored) {
    if (!key.includes(' ')) continue;
    for (const part of partsOf(key, base)) {
      if (scored.has(part) && t.weight < PHRASE_HOLDS * mentionsOf(part)) weak.add(key);
    }
  }
  const absorbed = new Set<string>();
  for (const key of scored.keys()) {
    if (!key.includes(' ') || weak.has(key)) continue;
    for (const part of partsOf(key, base)) absorbed.add(part);
  }

  const ranked = [...scored].filter(([key]) => !weak.has(key) && !absorbed.has(key));
  ranked.sort(([ka, a], [kb, b]) => b.score - a.score || b.count - a.count || (ka < kb ? -1 : 1));
  const results: KeyTerm[] = [];
  const kept: Array<{ words: Set<string>; entries: Set<number> }> = [];
  for (const [key, { t, count, score }] of ranked) {
    if (results.length >= limit) break;
    // A phrase said almost only where a better term sharing a word is said adds nothing to it
    // ("swelling reports" beside "battery swelling").
    const words = new Set(key.split(' ').map(base));
    const repeats = kept.some((k) => {
      if (![...words].some((word) => k.words.has(word))) return false;
      let shared = 0;
      for (const index of t.entries) if (k.entries.has(index)) shared += focus.entries[index]!.weight;
      return shared >= REPEATS * t.weight;
    });
    if (repeats) continue;
    kept.push({ words, entries: t.entries });
    let term = key;
    let best = -1;
    for (const [surface, posts] of t.surfaces) {
      if (posts > best || (posts === best && surface < term)) {
        term = surface;
        best = posts;
      }
    }
    results.push({ term, score: Math.round(score * 1000) / 1000, count });
  }
  return results;
}
