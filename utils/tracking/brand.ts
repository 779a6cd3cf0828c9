// Does a post mention the brand? Pure matching over word tokens: no regular expression built from
// user input, so no term can make matching slow or throw.

export interface BrandProfile {
  /** Brand names as people write them: "Brewly", "Brewly Coffee". */
  names: string[];
  /** The brand's accounts: "@brewly", "@brewly_support". */
  handles: string[];
  /** Campaign and brand hashtags: "#BrewlyPro". */
  hashtags: string[];
  /** Product names: "Brewly Pro", "Kettle One". */
  products: string[];
  /** Phrases that are not the brand even though they contain a term: "apple pie". */
  exclusions: string[];
}

export const EMPTY_BRAND: BrandProfile = { names: [], handles: [], hashtags: [], products: [], exclusions: [] };

export type BrandTermKind = 'name' | 'handle' | 'hashtag' | 'product';

export interface BrandHit {
  term: string;
  kind: BrandTermKind;
  /** Offsets into the text, [start, end). */
  start: number;
  end: number;
}

interface Token {
  /** Lower-cased, possessive removed. */
  word: string;
  start: number;
  end: number;
  /** '#' or '@' when the token is a hashtag or mention. */
  sigil: '' | '#' | '@';
  /** The hashtag's or handle's body as written (for camel-case splitting). */
  raw: string;
}

const isWordChar = (char: string) => /[\p{L}\p{N}_]/u.test(char);
const isJoiner = (char: string) => char === "'" || char === '’' || char === '-' || char === '.';

/** Word tokens with offsets; "Brewly's" → "brewly", "#BoycottBrewly" → hashtag token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  const length = text.length;
  while (index < length) {
    const char = text[index]!;
    let sigil: Token['sigil'] = '';
    let start = index;
    if ((char === '#' || char === '@') && index + 1 < length && isWordChar(text[index + 1]!)) {
      sigil = char;
      start = index;
      index++;
    } else if (!isWordChar(char)) {
      index++;
      continue;
    }
    const bodyStart = index;
    while (index < length) {
      const current = text[index]!;
      if (isWordChar(current)) index++;
      // "o'clock", "e-mail", "x.com" stay one token; a trailing joiner does not.
      else if (isJoiner(current) && index + 1 < length && isWordChar(text[index + 1]!) && !sigil) index++;
      else break;
    }
    const raw = text.slice(bodyStart, index);
    let word = raw.toLowerCase();
    let end = index;
    if (word.endsWith("'s") || word.endsWith('’s')) {
      word = word.slice(0, -2);
      end -= 2;
    }
    tokens.push({ word, start, end: Math.max(end, bodyStart + 1), sigil, raw });
  }
  return tokens;
}

const wordsOf = (term: string) =>
  tokenize(term)
    .map((token) => token.word)
    .filter(Boolean);

/** "BoycottBrewly" → ["boycott", "brewly"]; "boycottbrewly" stays whole. */
function camelParts(raw: string): string[] {
  return raw
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .split(/[\s_]+/)
    .map((part) => part.toLowerCase())
    .filter(Boolean);
}

interface CompiledTerm {
  term: string;
  kind: BrandTermKind;
  words: string[];
}

export type BrandMatcher = (text: string) => BrandHit[];

/** Compiles a profile once; the matcher is then called for every post. */
export function compileBrandMatcher(profile: BrandProfile): BrandMatcher {
  const phraseTerms: CompiledTerm[] = [];
  for (const [kind, list] of [
    ['name', profile.names],
    ['product', profile.products],
  ] as const) {
    for (const term of list) {
      const words = wordsOf(term);
      if (words.length > 0) phraseTerms.push({ term: term.trim(), kind, words });
    }
  }
  const handles = new Map(profile.handles.map((handle) => [handle.replace(/^@/, '').toLowerCase(), handle.trim()] as const));
  const hashtags = new Map(profile.hashtags.map((tag) => [tag.replace(/^#/, '').toLowerCase(), tag.trim()] as const));
  // A one-word name is found inside hashtags too: #BoycottBrewly, #brewlyrecall.
  const oneWordNames = phraseTerms.filter((term) => term.kind === 'name' && term.words.length === 1);
  const exclusions = profile.exclusions.map(wordsOf).filter((words) => words.length > 0);

  if (phraseTerms.length === 0 && handles.size === 0 && hashtags.size === 0) return () => [];

  return (text) => {
    const tokens = tokenize(text);
    const excluded = new Set<number>();
    for (const words of exclusions) {
      for (let i = 0; i + words.length <= tokens.length; i++) {
        if (words.every((word, k) => tokens[i + k]!.word === word)) {
          for (let k = 0; k < words.length; k++) excluded.add(i + k);
        }
      }
    }
    const hits: BrandHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (excluded.has(i)) continue;
      if (token.sigil === '@') {
        const term = handles.get(token.word);
        if (term) hits.push({ term, kind: 'handle', start: token.start, end: token.end });
        continue;
      }
      if (token.sigil === '#') {
        const term = hashtags.get(token.word);
        if (term) {
          hits.push({ term, kind: 'hashtag', start: token.start, end: token.end });
          continue;
        }
        const parts = camelParts(token.raw);
        const name = oneWordNames.find(
          ({ words: [word] }) =>
            parts.includes(word!) || (word!.length >= 4 && (token.word.startsWith(word!) || token.word.endsWith(word!))),
        );
        if (name) hits.push({ term: name.term, kind: 'name', start: token.start, end: token.end });
        continue;
      }
      for (const term of phraseTerms) {
        const { words } = term;
        if (i + words.length > tokens.length) continue;
        let matches = true;
        for (let k = 0; k < words.length && matches; k++) {
          const candidate = tokens[i + k]!;
          matches = candidate.sigil === '' && candidate.word === words[k] && !excluded.has(i + k);
          // The words of a phrase stand together: "a kettle, one of many" is not "Kettle One".
          if (matches && k > 0) matches = text.slice(tokens[i + k - 1]!.end, candidate.start).trim() === '';
        }
        if (matches) {
          hits.push({ term: term.term, kind: term.kind, start: token.start, end: tokens[i + words.length - 1]!.end });
        }
      }
    }
    return hits;
  };
}

/**
 * The brand's own terms (names, handles, hashtags, products), lower-cased: never news about the
 * brand. Whole terms only: "Kettle One" leaves "kettle" free to be what a spike is about.
 */
export function brandWords(profile: BrandProfile): Set<string> {
  const words = new Set<string>();
  for (const term of [...profile.names, ...profile.products, ...profile.handles, ...profile.hashtags]) {
    const cleaned = term.replace(/^[@#]/, '').toLowerCase().trim();
    if (cleaned) words.add(cleaned);
  }
  return words;
}

/** "@Brewly", "brewly", "u/brewly", "@brewly@mastodon.social" → ["brewly", "mastodon.social" or ""]. */
function accountOf(handle: string): [string, string] {
  const bare = handle.trim().toLowerCase().replace(/^u\//, '').replace(/^@/, '');
  const at = bare.indexOf('@');
  return at < 0 ? [bare, ''] : [bare.slice(0, at), bare.slice(at + 1)];
}

/**
 * Was the post written by one of the brand's own accounts? The brand's own statements ("some
 * kettles are overheating, please stop using them") name the problem in a complaint's words; they are
 * not mentions, and counting them would raise the negative share the team is trying to bring down.
 * A handle with an instance ("@brewly@mastodon.social") matches only there; one without matches any.
 */
export function isOwnAccount(handles: readonly string[], author: string | undefined): boolean {
  if (!author) return false;
  const [name, instance] = accountOf(author);
  if (!name) return false;
  return handles.some((handle) => {
    const [ownName, ownInstance] = accountOf(handle);
    return ownName === name && (!ownInstance || !instance || ownInstance === instance);
  });
}
