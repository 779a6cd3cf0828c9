// A single-pass, allocation-light tokenizer for social media text. It is hand-written rather
// than built on compromise because analyze() must handle tens of thousands of posts per second
// (compromise's tokenizer alone costs ~0.1 ms per tweet); it never backtracks, so its run time is
// linear in the input length whatever the input.

export type TokenKind = 'word' | 'number' | 'hashtag' | 'mention' | 'url' | 'emoji' | 'emoticon' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Exactly as written, zero-width characters included. */
  raw: string;
  /** Lower-cased, curly apostrophes straightened, zero-width characters and `#`/`@` removed. */
  norm: string;
  /** Offsets into the original text, [start, end). */
  start: number;
  end: number;
  /** Written in capitals (two or more letters, no lower case). */
  caps: boolean;
  /** A letter repeated three or more times ("sooo"). */
  elongated: boolean;
}

/**
 * A set of character codes asked of nearly every character of a post: the first 256 answered from a table,
 * without a hash lookup; the rest from a set.
 */
class CodeSet {
  private readonly low = new Uint8Array(256);
  private readonly high = new Set<number>();

  constructor(codes: Iterable<number>) {
    for (const code of codes) {
      if (code < 256) this.low[code] = 1;
      else this.high.add(code);
    }
  }

  has(code: number): boolean {
    return code < 256 ? this.low[code] === 1 : this.high.has(code);
  }
}

const ZERO_WIDTH = new CodeSet([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xfe0f, 0xfe0e, 0x00ad]);

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpace(code: number): boolean {
  return (
    code <= 32 ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Pictographs: everything in the supplementary emoji planes plus the BMP symbol blocks. */
function isEmojiCodePoint(cp: number): boolean {
  return (
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x2600 && cp <= 0x27bf) ||
    (cp >= 0x2300 && cp <= 0x23ff) ||
    (cp >= 0x2b00 && cp <= 0x2bff) ||
    (cp >= 0x2190 && cp <= 0x21ff) ||
    cp === 0x00a9 ||
    cp === 0x00ae ||
    cp === 0x203c ||
    cp === 0x2049 ||
    cp === 0x2122 ||
    cp === 0x2139
  );
}

/** Skin tones and the regional-indicator / tag characters that only modify the emoji before them. */
function isEmojiModifier(cp: number): boolean {
  return (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);
}

/** Letters of any script. Punctuation and symbol blocks outside ASCII are excluded explicitly. */
function isWordChar(code: number): boolean {
  if (code < 0x80) return isAsciiLetter(code) || isDigit(code) || code === 95; /* _ */
  if (code === 0xd7 || code === 0xf7) return false; // × ÷
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code >= 0x2000 && code <= 0x2bff) return false; // general punctuation … misc symbols
  if (code >= 0x3000 && code <= 0x303f) return false; // CJK punctuation
  if (code >= 0xd800 && code <= 0xdfff) return false; // surrogates are handled as emoji or symbols
  if (code >= 0xfe00 && code <= 0xfe0f) return false;
  if (code >= 0xff00 && code <= 0xff0f) return false; // full-width punctuation
  return true;
}

const APOSTROPHES = new CodeSet([39, 0x2019, 0x2018, 0x02bc]);

/** Emoticons worth recognising; longest are tried first. Built from VADER's and wink's lists. */
const EMOTICONS = new Set([
  ':)', ':-)', ':))', ':)))', ':(', ':-(', ':((', ':(((', ':D', ':-D', 'xD', 'XD', 'xd', ':P', ':-P', ':p', ':-p',
  ';)', ';-)', ';D', ';P', ';p', ':/', ':-/', ':\\', ':|', ':-|', ':o', ':O', ':-O', ':-o', ":'(", ":'-(", ":')",
  ':*', ':-*', ':]', ':[', ':}', ':{', ':S', ':s', '=)', '=(', '=D', '=/', '=P', '(:', '):', '(-:', ')-:',
  '<3', '<33', '<333', '</3', '^^', '^_^', '^.^', '-_-', '-.-', 'T_T', 'T.T', ';_;', 'o_O', 'O_o', 'o.O', '>:(',
  '>:-(', '>:)', 'D:', ':c', ':C', ':>', ':<', ':3', '>_<', '>.<',
]);
const EMOTICON_MAX = 4;
const EMOTICON_START = new CodeSet(Array.from(EMOTICONS, (e) => e.charCodeAt(0)));

function isBoundary(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return true;
  const code = text.charCodeAt(index);
  return !isWordChar(code);
}

function matchEmoticon(text: string, index: number, parenOpen: boolean): number {
  const limit = Math.min(EMOTICON_MAX, text.length - index);
  for (let length = limit; length >= 2; length--) {
    const candidate = text.slice(index, index + length);
    if (!EMOTICONS.has(candidate)) continue;
    // A ")" that closes an open "(" and touches the word before it is the bracket, not a sad face:
    // "(Baltimore, MD): Toyota…", "(+video): Apple CEO…". "so sad ):" stands apart and stays a face.
    if (candidate.charCodeAt(0) === 41 /* ) */ && parenOpen && index > 0 && !isSpace(text.charCodeAt(index - 1))) continue;
    // Emoticons that start or end with a letter or digit ("xD", "8)", ":D") must stand apart
    // from words, so "8)" in "(see page 8)" and ":Dan" are not read as faces.
    const first = candidate.charCodeAt(0);
    const last = candidate.charCodeAt(length - 1);
    if (isWordChar(first) && !isBoundary(text, index - 1)) continue;
    if (isWordChar(last) && !isBoundary(text, index + length)) continue;
    if (isDigit(first) && index > 0 && text.charCodeAt(index - 1) === 40 /* ( */) continue;
    return length;
  }
  return 0;
}

function startsWithUrl(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code !== 104 && code !== 72 && code !== 119 && code !== 87) return false; // h H w W
  const head = text.slice(index, index + 8).toLowerCase();
  return head.startsWith('http://') || head.startsWith('https://') || head.startsWith('www.');
}

/**
 * Top-level domains that mark a bare "name.tld" as a link without a path: the common ones, leaving out
 * those that are English words (it, in, me, to, be, us, so, no, is, at, am), so "end.It was" stays words.
 */
const BARE_LINK_TLDS = new Set([
  'com', 'org', 'net', 'io', 'co', 'ly', 'gov', 'edu', 'app', 'dev', 'ai', 'gg', 'tv', 'uk', 'de', 'fr', 'ca',
  'au', 'nl', 'eu', 'info', 'biz', 'news', 'shop', 'store', 'xyz', 'ie', 'nz', 'es', 'jp', 'ru', 'br',
]);
/** Longest host read when looking for a bare link; a longer run is left to the word scanner. */
const BARE_HOST_MAX = 253;

/** A dot and a character isHostChar() takes: where a bare link's second label could start. */
const DOT_THEN_HOST = /\.[a-zA-Z0-9-]/;

function isHostChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || isDigit(code) || code === 45; /* - */
}

/**
 * A link written without its scheme ("brewly.com/recall", "bbc.co.uk/news/…", "example.com"): at least
 * two dot-separated labels of letters, digits and hyphens, the last all letters, then a path (/), or a
 * common top-level domain at a word's end. Returns the link's end, or 0. Reads at most BARE_HOST_MAX
 * characters of host, and is only tried where a word starts after a space or punctuation other than
 * '.', '@', '/' and '-', so no run of host characters is read twice: the tokenizer stays linear.
 */
function matchBareLink(text: string, index: number): number {
  let end = index;
  const limit = Math.min(text.length, index + BARE_HOST_MAX);
  let labels = 0;
  let labelStart = index;
  let lastLabelLetters = true;
  while (end < limit) {
    const code = text.charCodeAt(end);
    if (isHostChar(code)) {
      if (!isAsciiLetter(code)) lastLabelLetters = false;
      end++;
      continue;
    }
    if (code === 46 /* . */ && end > labelStart && end + 1 < text.length && isHostChar(text.charCodeAt(end + 1))) {
      labels++;
      end++;
      labelStart = end;
      lastLabelLetters = true;
      continue;
    }
    break;
  }
  if (labels < 1 || end === labelStart || !lastLabelLetters) return 0;
  const tld = text.slice(labelStart, end).toLowerCase();
  if (tld.length < 2 || tld.length > 24) return 0;
  const next = end < text.length ? text.charCodeAt(end) : -1;
  if (next === 47 /* / */) {
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    return end;
  }
  if (!BARE_LINK_TLDS.has(tld)) return 0;
  // "brewly.com." at a sentence's end or "brewly.com," in a list; not "brewly.com's" or "x.comfy".
  if (next !== -1 && (isWordChar(next) || APOSTROPHES.has(next) || next === 64 /* @ */)) return 0;
  return end;
}

function hasElongation(norm: string): boolean {
  let run = 1;
  for (let i = 1; i < norm.length; i++) {
    if (norm.charCodeAt(i) === norm.charCodeAt(i - 1) && !isDigit(norm.charCodeAt(i))) {
      run++;
      if (run >= 3) return true;
    } else run = 1;
  }
  return false;
}

function isCaps(raw: string): boolean {
  let letters = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) letters++;
  }
  return letters >= 2;
}

/**
 * A word (or hashtag) with a link glued to its end, as pasted posts and scraped tweets often have it
 * ("Sirtehttps://t.co/…", "#magahttps://…"): the word ends where "http" begins, so the link is read as a
 * link, not as letters and the face ":/". Else the word as scanned.
 */
function beforeGluedLink(text: string, index: number, word: { end: number; norm: string }): { end: number; norm: string } {
  if (text.charCodeAt(word.end) !== 58 /* : */ || text.charCodeAt(word.end + 1) !== 47 || text.charCodeAt(word.end + 2) !== 47) return word;
  const tail = text.slice(Math.max(index, word.end - 5), word.end).toLowerCase();
  const scheme = tail.endsWith('https') ? 5 : tail.endsWith('http') ? 4 : 0;
  if (scheme === 0 || word.end - scheme <= index) return word;
  return scanWord(text.slice(0, word.end - scheme), index);
}

/** Reads a run of word characters (with inner apostrophes and zero-width characters) from `index`. */
function scanWord(text: string, index: number): { end: number; norm: string } {
  let end = index;
  // Whether the word is written as it reads: no invisible character and no apostrophe but "'".
  let plain = true;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (isWordChar(code)) {
      end++;
      continue;
    }
    if (ZERO_WIDTH.has(code)) {
      plain = false;
      end++;
      continue;
    }
    // An apostrophe inside a word ("don't", "rock’n’roll") belongs to it.
    if (APOSTROPHES.has(code) && end > index && end + 1 < text.length && isWordChar(text.charCodeAt(end + 1))) {
      if (code !== 39) plain = false;
      end++;
      continue;
    }
    break;
  }
  if (plain) return { end, norm: text.slice(index, end).toLowerCase() };
  // Rebuild the normalised form once, skipping invisible characters.
  let norm = '';
  for (let i = index; i < end; i++) {
    const code = text.charCodeAt(i);
    if (ZERO_WIDTH.has(code)) continue;
    norm += APOSTROPHES.has(code) ? "'" : text[i];
  }
  return { end, norm: norm.toLowerCase() };
}

/**
 * Swear words as they are written with symbols for letters ("f***", "sh*t", "f**king", "b!tch"): the
 * word they stand for, so the post reads as written (before, "f**king" read as "f" and "king").
 */
const MASKED_WORDS = [
  'fuck', 'fucks', 'fucked', 'fucker', 'fuckin', 'fucking', 'motherfucker', 'shit', 'shits', 'shitty', 'bullshit',
  'bitch', 'bitches', 'ass', 'asshole', 'damn', 'crap', 'hell', 'piss', 'pissed', 'bastard', 'dick', 'cunt', 'wtf',
];
/** Characters written for a letter inside a word; "!", "@", "$" and "%" only between letters. */
const MASK_ANYWHERE = new CodeSet([42 /* * */, 35 /* # */]);
const MASK_INSIDE = new CodeSet([33 /* ! */, 64 /* @ */, 36 /* $ */, 37 /* % */]);
/** The longest masked word read (longer runs are never one of MASKED_WORDS). */
const MASKED_MAX = 12;

/**
 * The swear word a run of letters and masks starting at `index` stands for, and where the run ends; null
 * when the run has no mask or stands for none of MASKED_WORDS (each mask is one letter). Looks at most
 * MASKED_MAX characters ahead.
 */
function maskedWord(text: string, index: number): { end: number; norm: string } | null {
  let end = index;
  let template = '';
  let masks = 0;
  while (end < text.length && template.length <= MASKED_MAX) {
    const code = text.charCodeAt(end);
    if (isAsciiLetter(code)) template += String.fromCharCode(code | 0x20);
    else if (template !== '' && (MASK_ANYWHERE.has(code) || (MASK_INSIDE.has(code) && end + 1 < text.length && isAsciiLetter(text.charCodeAt(end + 1))))) {
      template += '?';
      masks++;
    } else break;
    end++;
  }
  if (masks === 0 || template.length > MASKED_MAX || (end < text.length && isWordChar(text.charCodeAt(end)))) return null;
  const word = MASKED_WORDS.find((candidate) => {
    if (candidate.length !== template.length) return false;
    for (let k = 0; k < candidate.length; k++) if (template[k] !== '?' && template[k] !== candidate[k]) return false;
    return true;
  });
  return word ? { end, norm: word } : null;
}

/** Splits `text` into tokens. Linear in `text.length`; never throws. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  // A bare link has a dot with a host character after it: a text with none (most posts) asks matchBareLink nothing.
  const dotted = DOT_THEN_HOST.test(text);
  // Brackets opened and not yet closed, so a ")" that closes one is not read as half of a face.
  let parens = 0;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isSpace(code) || ZERO_WIDTH.has(code)) {
      i++;
      continue;
    }

    if (startsWithUrl(text, i)) {
      let end = i;
      while (end < length && !isSpace(text.charCodeAt(end))) end++;
      tokens.push({ kind: 'url', raw: text.slice(i, end), norm: 'url', start: i, end, caps: false, elongated: false });
      i = end;
      continue;
    }

    if ((code === 35 /* # */ || code === 64) /* @ */ && i + 1 < length && isWordChar(text.charCodeAt(i + 1))) {
      const word = beforeGluedLink(text, i + 1, scanWord(text, i + 1));
      // A handle runs on through dots and a second "@" between word characters: "@keke.beauty" (Instagram,
      // TikTok), "@name.bsky.social", "@user@mastodon.social". Its parts are never the writer's words.
      if (code === 64) {
        while (word.end + 1 < length && (text.charCodeAt(word.end) === 46 || text.charCodeAt(word.end) === 64) && isWordChar(text.charCodeAt(word.end + 1))) {
          word.end = scanWord(text, word.end + 1).end;
        }
      }
      const raw = text.slice(i, word.end);
      tokens.push({
        kind: code === 35 ? 'hashtag' : 'mention',
        raw,
        norm: word.norm,
        start: i,
        end: word.end,
        caps: isCaps(raw),
        elongated: false,
      });
      i = word.end;
      continue;
    }

    // A heart written as HTML escapes it ("I &lt;3 @apple", "&lt;/3"), as text copied from feeds and exports
    // often is: the face it stands for. (The page's own text reaches the analyser decoded.)
    if (code === 38 /* & */ && text.startsWith('&lt;', i)) {
      const broken = text.startsWith('/3', i + 4);
      const size = broken ? 6 : text.charCodeAt(i + 4) === 51 /* 3 */ ? 5 : 0;
      if (size > 0 && isBoundary(text, i + size)) {
        tokens.push({ kind: 'emoticon', raw: text.slice(i, i + size), norm: broken ? '</3' : '<3', start: i, end: i + size, caps: false, elongated: false });
        i += size;
        continue;
      }
    }

    if (EMOTICON_START.has(code)) {
      const size = matchEmoticon(text, i, parens > 0);
      if (size > 0) {
        const raw = text.slice(i, i + size);
        tokens.push({ kind: 'emoticon', raw, norm: raw.toLowerCase(), start: i, end: i + size, caps: false, elongated: false });
        i += size;
        continue;
      }
    }

    if (isWordChar(code) && code < 0x80) {
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      // Only where a host could start, so each run of host characters is read once at most (linear).
      if (dotted && !isWordChar(before) && before !== 46 /* . */ && before !== 64 /* @ */ && before !== 47 /* / */ && before !== 45 /* - */) {
        const linkEnd = matchBareLink(text, i);
        if (linkEnd > 0) {
          tokens.push({ kind: 'url', raw: text.slice(i, linkEnd), norm: 'url', start: i, end: linkEnd, caps: false, elongated: false });
          i = linkEnd;
          continue;
        }
      }
    }

    if (isWordChar(code)) {
      const scanned = beforeGluedLink(text, i, scanWord(text, i));
      const next = text.charCodeAt(scanned.end);
      const word = (MASK_ANYWHERE.has(next) || MASK_INSIDE.has(next)) && isAsciiLetter(code) ? (maskedWord(text, i) ?? scanned) : scanned;
      const raw = text.slice(i, word.end);
      let numeric = true;
      for (let k = 0; k < word.norm.length; k++) {
        const c = word.norm.charCodeAt(k);
        if (!isDigit(c)) {
          numeric = false;
          break;
        }
      }
      // "-wise" after a joined word means "as for" ("data-wise", "price-wise"), never "wise".
      const asFor = word.norm === 'wise' && i >= 2 && text.charCodeAt(i - 1) === 45 && isWordChar(text.charCodeAt(i - 2));
      tokens.push({
        kind: numeric ? 'number' : 'word',
        raw,
        norm: asFor ? '-wise' : word.norm,
        start: i,
        end: word.end,
        caps: isCaps(raw),
        elongated: hasElongation(word.norm),
      });
      i = word.end;
      continue;
    }

    // Emoji: a surrogate pair in the pictograph planes, or a BMP symbol; modifiers and
    // joiners that follow stay in the same token so "👍🏽" is one thumbs-up.
    const cp = text.codePointAt(i) ?? code;
    if (isEmojiCodePoint(cp)) {
      const start = i;
      i += cp > 0xffff ? 2 : 1;
      while (i < length) {
        const next = text.codePointAt(i) ?? 0;
        if (isEmojiModifier(next) || next === 0xfe0f || next === 0xfe0e) {
          i += next > 0xffff ? 2 : 1;
        } else if (next === 0x200d && i + 1 < length && isEmojiCodePoint(text.codePointAt(i + 1) ?? 0)) {
          const joined = text.codePointAt(i + 1) ?? 0;
          i += 1 + (joined > 0xffff ? 2 : 1);
        } else break;
      }
      const raw = text.slice(start, i);
      // Look the emoji up by its first pictograph; modifiers do not change its feeling.
      const base = String.fromCodePoint(cp);
      tokens.push({ kind: 'emoji', raw, norm: base, start, end: i, caps: false, elongated: false });
      continue;
    }

    // A hyphen joining two words ("tone-deaf") is dropped so the parts match phrases ("tone deaf").
    if (code === 45 && i > 0 && isWordChar(text.charCodeAt(i - 1)) && i + 1 < length && isWordChar(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }

    // Punctuation and every other symbol: runs of the same character form one token ("!!!").
    const start = i;
    const step = cp > 0xffff ? 2 : 1;
    i += step;
    if (step === 1) {
      while (i < length && text.charCodeAt(i) === code) i++;
    }
    const raw = text.slice(start, i);
    if (code === 40 /* ( */) parens += i - start;
    else if (code === 41 /* ) */) parens = Math.max(0, parens - (i - start));
    tokens.push({ kind: 'punct', raw, norm: raw, start, end: i, caps: false, elongated: false });
  }
  return tokens;
}

/**
 * The quotations of a post, as [open, close] token indices: in double quotes, or in single ones that open before
 * a word and close after one ("Apexfoot: 'every body is an athlete'."), not an apostrophe ("the players' ball").
 */
export function quotations(tokens: readonly Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let single = false;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'punct') continue;
    const raw = token.raw;
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    if (open < 0) {
      if (raw === '"' || raw === '“') {
        open = k;
        single = false;
      } else if ((raw === "'" || raw === '‘') && after?.kind === 'word' && after.start === token.end && (!before || before.end < token.start || before.kind === 'punct')) {
        open = k;
        single = true;
      }
    } else if (single ? (raw === "'" || raw === '’') && before?.end === token.start && before.kind !== 'punct' && (!after || after.start > token.end || after.kind === 'punct') : raw === '"' || raw === '”') {
      if (k - open > 1) spans.push([open, k]);
      open = -1;
    }
  }
  return spans;
}

const SENTENCE_END = /[.!?]/;
const DIGIT = /\d/;
/**
 * Token `k` ends a sentence: a ".", "!" or "?", but not the point inside a figure or a version, which the
 * tokenizer splits ("patch 1.3 deleted my save", "£4.99", "v2.1"): a "." with a digit touching it on each side.
 */
export function endsSentence(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (!token || token.kind !== 'punct' || !SENTENCE_END.test(token.norm)) return false;
  if (token.norm !== '.') return true;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return !(before && after && before.end === token.start && after.start === token.end && DIGIT.test(before.raw.charAt(before.raw.length - 1)) && DIGIT.test(after.raw.charAt(0)));
}
