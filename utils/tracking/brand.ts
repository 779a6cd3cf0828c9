// Does a post mention the brand? Pure matching over word tokens: no regular expression built from
// user input, so no term can make matching slow or throw. Each pass is linear in the text (times the
// terms that start with the same letter).
//
// What counts, as a social media manager reads it (tests/unit/tracking/brand-qa.test.ts):
// - Whole words in any case, with or without accents and in any width ("Nestle", "NESTLÉ", "Ｂｒｅｗｌｙ",
//   "𝐁𝐫𝐞𝐰𝐥𝐲"); invisible characters inside a word (zero-width space, soft hyphen) are skipped.
// - Letters of other alphabets that pass for Latin ones, as names are disguised to get past filters:
//   "Brеwly" (a Cyrillic е), "Вrewly", "Κettle Οne" (Greek), "#Вrewly", "@Вrewly"; small capitals
//   ("ʙʀᴇᴡʟʏ") too. Not genuine Russian, Greek or Serbian words ("МАХ", "ΚΑΙ", "ОКО") in a post written
//   in those letters (tests/unit/tracking/brand-lookalikes.test.ts; "Look-alike letters" below).
// - Possessives and plurals: "Brewly's", "BREWLY’S", "Brewlys", "Kettle Ones". A common-word name
//   ("Apple") therefore also meets "apples": add it to the exclusions.
// - Hyphens, dots, underscores and apostrophes separate words: "Brewly-branded", "anti-Brewly",
//   "brewly.com", "_Brewly_", "l'Apple". Letters joined to a name are another word
//   ("Brewlyish", "SuperBrewly"), except in hashtags.
// - A phrase's words stand together: spaces, a single line break or a hyphen between them, or written
//   as one word ("BrewlyCoffee", "7Eleven", "ToysRUs"). Punctuation the term has must be there ("AT&T",
//   "AT & T"; "&" may be written "and"), except dots, quotes and "!", which may be left out ("Dr Oetker",
//   "Toys R Us", "Yahoo Mail"). Punctuation the term lacks breaks the phrase ("a kettle, one of many").
// - Scripts written without spaces (Chinese, Japanese, Korean particles, Thai) are matched by
//   character: "ブルーリー" in "ブルーリーが好き", "Brewly" in "Brewlyのコーヒー".
// - Hashtags: a brand hashtag as written, any case; a name or product inside any hashtag at its
//   capitals, digits or underscores (#BoycottBrewly, #KettleOne, #brewly_fail), or, four letters or
//   longer, at its start or end (#brewlyfail, #boycottbrewly; so #pineapple holds "apple" too).
// - Handles: the account exactly ("@brewly_support" is not "@brewly"; nor is "@brewly.fan", an
//   Instagram or Bluesky account of its own), with an instance ("@brewly@mastodon.social") or as
//   Reddit's "u/brewly". An "@" inside a word is an e-mail address, not a handle.
// - E-mail addresses and links name nothing, not even the brand's own site: "support@brewly.com",
//   "brewly.com/recall", "https://www.brewly.co.uk/help". A bare domain is a name as people write it:
//   "brewly.com is down", "Booking.com" (the rule and its reasons: tracking/addresses.ts).
// - Exclusions are phrases matched the same way (plurals too, and inside hashtags); they hide a hit
//   that lies within them, not one that goes beyond: "Apple Watch" in "Big Apple Watch store" counts.

import { addressSpans } from './addresses';

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

/** The profile's lists, in the order the brand settings show them. */
export const BRAND_LISTS = Object.keys(EMPTY_BRAND) as ReadonlyArray<keyof BrandProfile>;

export type BrandTermKind = 'name' | 'handle' | 'hashtag' | 'product';

export interface BrandHit {
  term: string;
  kind: BrandTermKind;
  /** Offsets into the text, [start, end). */
  start: number;
  end: number;
}

// --- Characters --------------------------------------------------------------------------------------

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
/** Zero-width spaces and joiners, soft hyphens, direction marks: invisible, so skipped inside a word. */
const INVISIBLE = /^\p{Cf}$/u;
const INVISIBLES = /\p{Cf}/gu;
/** Scripts written without spaces between words: each character is a word of its own. */
const UNSPACED = /^[\p{sc=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]$/u;
const UPPER = /^[\p{Lu}\p{Lt}]$/u;
const LOWER = /^\p{Ll}$/u;
const DIGIT = /^\p{Nd}$/u;
const WHITESPACE = /^\s$/u;
const APOSTROPHES = new Set(["'", '’', '‘', 'ʼ', '`', '´', '＇']);
const QUOTES = new Set(['"', '“', '”', '„', '«', '»', '‹', '›', '＂']);
const HYPHENS = new Set(['-', '‐', '‑', '_']);

type CharClass = 'word' | 'unspaced' | 'mark' | 'invisible' | 'other';

// The classes of the characters met beyond ASCII, remembered (a few thousand: a post in Chinese or
// Japanese has many).
const classes = new Map<string, CharClass>();

function classify(char: string): CharClass {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 'word' : 'other';
  let kind = classes.get(char);
  if (kind === undefined) {
    // "ʼ" is a letter to Unicode, an apostrophe to the people who type it.
    if (APOSTROPHES.has(char)) kind = 'other';
    else if (MARK.test(char)) kind = 'mark';
    else if (INVISIBLE.test(char)) kind = 'invisible';
    else if (LETTER_OR_DIGIT.test(char)) kind = UNSPACED.test(char) ? 'unspaced' : 'word';
    else kind = 'other';
    if (classes.size < 8192) classes.set(char, kind);
  }
  return kind;
}

/** The code point at `index` (a letter outside the BMP, "𝐁", is two UTF-16 units). */
const charAt = (text: string, index: number) => String.fromCodePoint(text.codePointAt(index) ?? 0);

/** The code point that ends just before `index`. */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1]!;
}

const isWordlike = (char: string) => {
  const kind = classify(char);
  return kind === 'word' || kind === 'unspaced' || kind === 'mark' || char === '_';
};

/** Combining accents (of Latin, Greek, Cyrillic…) and variation selectors; kana voicing marks and Thai vowels are letters' parts. */
const isAccent = (code: number) =>
  (code >= 0x300 && code <= 0x36f) ||
  (code >= 0x1ab0 && code <= 0x1aff) ||
  (code >= 0x1dc0 && code <= 0x1dff) ||
  (code >= 0x20d0 && code <= 0x20ff) ||
  (code >= 0xfe20 && code <= 0xfe2f) ||
  // Variation selectors: an emoji's, or one typed after a letter, are no part of the word.
  (code >= 0xfe00 && code <= 0xfe0f);

function withoutAccents(text: string): string {
  let kept = '';
  for (const char of text) if (!isAccent(char.codePointAt(0) ?? 0)) kept += char;
  return kept;
}
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', ı: 'i', þ: 'th', ɑ: 'a', ɡ: 'g',
  // Small capitals, as "small caps" text generators write a name: "ʙʀᴇᴡʟʏ".
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm',
  ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
const ASCII = /^[\x20-\x7e]*$/;

/** A word as compared: lower case, no accents, no width or font ("Ｎｅｓｔｌé", "𝐍𝐞𝐬𝐭𝐥𝐞" → "nestle"). */
function fold(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return withoutAccents(word.toLowerCase().normalize('NFKD'))
    .replace(INVISIBLES, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter);
}

// A post in Chinese or Japanese is a word per character: their folds are remembered (a few thousand).
const characterFolds = new Map<string, string>();

function foldCharacter(char: string): string {
  let folded = characterFolds.get(char);
  if (folded === undefined) {
    folded = fold(char);
    if (characterFolds.size < 8192) characterFolds.set(char, folded);
  }
  return folded;
}

// --- Tokens ------------------------------------------------------------------------------------------

interface Token {
  /** Folded, possessive removed. A handle's account, a hashtag's body. */
  word: string;
  start: number;
  end: number;
  /** '#' for a hashtag, '@' for a handle (Reddit's "u/brewly" too). */
  sigil: '' | '#' | '@';
  /** A hashtag's body as written (its capitals split it into words); a handle's instance, or ''. */
  raw: string;
  /** The length of the possessive "'s" after it (not part of the word), or 0. */
  tail: number;
  /** A word read through its look-alike letters ("Brеwly" as "brewly"; see unmaskedWords). */
  unmasked?: boolean;
  /** A hashtag or handle read through its look-alike letters: its word and raw as above. */
  reading?: { word: string; raw: string };
}

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const LATIN = /^\p{sc=Latin}$/u;
const SCRIPTLESS = /^[\p{sc=Common}\p{sc=Inherited}]$/u;

/** 'latin', 'other' (Hebrew, Arabic, Cyrillic…), or '' for digits and script-neutral letters ("𝐁"). */
function scriptOf(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return code >= 48 && code <= 57 ? '' : 'latin';
  if (LATIN.test(char)) return 'latin';
  return SCRIPTLESS.test(char) || DIGIT.test(char) ? '' : 'other';
}

/**
 * Where a word that starts at `index` ends: letters, digits and accents, and invisible characters
 * between them. A word of another script joined to it is another word: "לBrewly" (to Brewly),
 * "شكرا لBrewly". With `underscore`, '_' belongs to the word (handles and hashtags), and so does
 * every script.
 */
function wordEnd(text: string, index: number, underscore: boolean): number {
  const length = text.length;
  let end = index;
  let script = '';
  while (end < length) {
    const char = charAt(text, end);
    const kind = classify(char);
    if (kind === 'word' && !underscore) {
      const own = scriptOf(char);
      if (own && script && own !== script) break;
      script = own || script;
    }
    if (kind === 'word' || kind === 'mark' || (underscore && (kind === 'unspaced' || char === '_'))) {
      end += char.length;
    } else if ((char === '.' || char === ',') && !underscore && isDigit(text[end - 1]) && isDigit(text[end + 1])) {
      // A number's point stays in it: "3.3M views" is not "3M".
      end++;
    } else if (kind === 'invisible') {
      let next = end + char.length;
      while (next < length && classify(charAt(text, next)) === 'invisible') next += charAt(text, next).length;
      const after = next < length ? charAt(text, next) : '';
      if (after && (classify(after) === 'word' || (underscore && isWordlike(after)))) end = next;
      else break;
    } else break;
  }
  return end;
}

/** The length of a possessive "'s" at `index` ("Brewly's", "BREWLY’S"), or 0. */
function possessiveAt(text: string, index: number): number {
  if (!APOSTROPHES.has(text[index] ?? '') || (text[index + 1] !== 's' && text[index + 1] !== 'S')) return 0;
  return index + 2 < text.length && isWordlike(charAt(text, index + 2)) ? 0 : 2;
}

/** "@brewly", "@brewly.bsky.social", "@brewly@mastodon.social": its end, and where its instance starts (or -1). */
function handleEnd(text: string, bodyStart: number): [number, number] {
  const part = (from: number) => {
    let end = wordEnd(text, from, true);
    // Dots and hyphens join the parts of a domain-like handle; a trailing one ends the sentence.
    while ((text[end] === '.' || text[end] === '-') && end + 1 < text.length && isWordlike(charAt(text, end + 1))) {
      end = wordEnd(text, end + 1, true);
    }
    return end;
  };
  const end = part(bodyStart);
  if (text[end] === '@' && end + 1 < text.length && isWordlike(charAt(text, end + 1))) return [part(end + 1), end + 1];
  return [end, -1];
}

const handleKey = (handle: string) => handle.normalize('NFKC').replace(INVISIBLES, '').toLowerCase();

/**
 * Word tokens with offsets; "Brewly's" → "brewly", "#BoycottBrewly" → hashtag token. `plain` reads a
 * term from the settings: no hashtags or handles there, only words.
 */
function tokenize(text: string, plain: boolean): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let index = 0;
  while (index < length) {
    const char = charAt(text, index);
    const kind = classify(char);
    const next = index + char.length < length ? charAt(text, index + char.length) : '';
    // "#" and "@" after a letter are no hashtag or handle: "C#", "support@brewly.com".
    const sigil = !plain && (char === '#' || char === '＃' || char === '@' || char === '＠' || char === 'u' || char === 'U');
    const afterWord = sigil && isWordlike(charBefore(text, index));
    if (sigil && !afterWord && (char === '#' || char === '＃') && next && isWordlike(next) && classify(next) !== 'mark') {
      const bodyStart = index + char.length;
      const end = wordEnd(text, bodyStart, true);
      const raw = text.slice(bodyStart, end);
      const tail = possessiveAt(text, end);
      tokens.push({ word: fold(raw), start: index, end, sigil: '#', raw, tail });
      index = end + tail;
      continue;
    }
    const reddit = (char === 'u' || char === 'U') && next === '/' && index + 2 < length && isWordlike(charAt(text, index + 2));
    if (sigil && !afterWord && (((char === '@' || char === '＠') && next && isWordlike(next) && classify(next) !== 'mark') || reddit)) {
      const bodyStart = index + (reddit ? 2 : char.length);
      const [end, instanceStart] = handleEnd(text, bodyStart);
      const user = text.slice(bodyStart, instanceStart < 0 ? end : instanceStart - 1);
      const instance = instanceStart < 0 ? '' : text.slice(instanceStart, end);
      const tail = possessiveAt(text, end);
      tokens.push({ word: handleKey(user), start: index, end, sigil: '@', raw: handleKey(instance), tail });
      index = end + tail;
      continue;
    }
    if (kind === 'unspaced') {
      // One character, with its marks, is one word.
      let end = index + char.length;
      while (end < length && classify(charAt(text, end)) === 'mark') end += charAt(text, end).length;
      tokens.push({ word: foldCharacter(text.slice(index, end)), start: index, end, sigil: '', raw: '', tail: 0 });
      index = end;
      continue;
    }
    if (kind !== 'word') {
      index += char.length;
      continue;
    }
    const end = wordEnd(text, index, false);
    const tail = possessiveAt(text, end);
    tokens.push({ word: fold(text.slice(index, end)), start: index, end, sigil: '', raw: '', tail });
    index = end + tail;
  }
  return tokens;
}

// --- Look-alike letters ------------------------------------------------------------------------------
//
// "Brеwly" with a Cyrillic е, "Вrewly" with a Cyrillic В, "Κettle Οne" in Greek capitals: trolls and
// spammers write a name so to get past filters. The post is read a second time with those letters as
// the Latin letters they pass for, for the terms written in Latin letters:
// - a word that mixes Latin letters with Cyrillic, Greek or Armenian ones, in a post written in Latin
//   letters; in a post written in that alphabet, only if most of its letters are Latin ("Чайник Вrewly
//   сломался"), for a Russian word with a stray Latin letter is still Russian ("мaх");
// - a word made of look-alikes alone ("Сосоа", "МАХ"), only in a post otherwise written in Latin
//   letters: Russian has such words of its own ("МАХ", a swing; "СОК", juice), and so have Greek ("ΚΑΙ")
//   and Serbian ("ОКО").
// Terms written in Cyrillic, Greek or Armenian ("Яндекс") are matched as written, as before.
// Digits are not read as letters: read so, "18M" would be IBM, "4x4" AXA, "1g" LG, "E3" EE.

/** Letters that Unicode's confusables.txt gives as one Latin letter's double, by case: "В" is a "B", "в" is not. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', Ѕ: 'S',
  І: 'I', Ј: 'J', Ү: 'Y', Һ: 'H', Ԛ: 'Q', Ԝ: 'W', Ѵ: 'V', Ӏ: 'l', Ь: 'b',
  а: 'a', г: 'r', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', ү: 'y', һ: 'h',
  ԁ: 'd', ԛ: 'q', ԝ: 'w', ѵ: 'v', ӏ: 'l', ҽ: 'e',
  // Greek
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y',
  Χ: 'X', Ϲ: 'C', α: 'a', γ: 'y', ι: 'i', ν: 'v', ο: 'o', ρ: 'p', σ: 'o', υ: 'u', ϲ: 'c', ϳ: 'j',
  // Armenian
  Օ: 'O', Ս: 'U', Տ: 'S', օ: 'o', ս: 'u', հ: 'h', ո: 'n',
};

/** Letters drawn like a small capital or a rounder Latin letter: read so only beside Latin letters ("вrewly", "Brεwly"). */
const LOOSE_LOOKALIKES: Readonly<Record<string, string>> = {
  в: 'b', к: 'k', м: 'm', н: 'h', т: 't', п: 'n', ь: 'b',
  ε: 'e', η: 'n', κ: 'k', τ: 't', χ: 'x', ω: 'w',
  ց: 'g', գ: 'q', զ: 'q',
};

/** Where a post may hold look-alikes: Greek, Cyrillic and Armenian blocks. One character class: linear. */
const MAY_HAVE_LOOKALIKES = /[\u0370-\u058f\u1c80-\u1c8f\u1f00-\u1fff\ua640-\ua66e\ua680-\ua69d]/;
const ALPHABET = /^[\p{sc=Cyrillic}\p{sc=Greek}\p{sc=Armenian}]$/u;
const ALPHABETS = /[\p{sc=Cyrillic}\p{sc=Greek}\p{sc=Armenian}]/u;
const LETTER = /^\p{L}$/u;

interface Shape {
  /** 'latin' (a Latin letter, or a letter in a font: "𝐁"), 'alphabet' (Cyrillic, Greek, Armenian), 'other' (another script's), '' (no letter). */
  script: 'latin' | 'alphabet' | 'other' | '';
  /** The Latin letter an alphabet's letter passes for, or ''; `loose`: only beside Latin letters. */
  latin: string;
  loose: boolean;
}

const NO_LETTER: Shape = { script: '', latin: '', loose: false };
const LATIN_LETTER: Shape = { script: 'latin', latin: '', loose: false };
const shapes = new Map<string, Shape>();

function shapeOf(char: string): Shape {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? LATIN_LETTER : NO_LETTER;
  let shape = shapes.get(char);
  if (shape === undefined) {
    if (!LETTER.test(char)) shape = NO_LETTER;
    else if (ALPHABET.test(char)) {
      // An accented look-alike is one too: "ё", "ό".
      const base = String.fromCodePoint(char.normalize('NFD').codePointAt(0) ?? 0);
      const strict = LOOKALIKES[char] ?? LOOKALIKES[base];
      const loose = LOOSE_LOOKALIKES[char] ?? LOOSE_LOOKALIKES[base];
      shape = { script: 'alphabet', latin: strict ?? loose ?? '', loose: strict === undefined && loose !== undefined };
    } else shape = scriptOf(char) === 'other' ? { script: 'other', latin: '', loose: false } : LATIN_LETTER;
    if (shapes.size < 8192) shapes.set(char, shape);
  }
  return shape;
}

/** `text` with its look-alikes written as the Latin letters they pass for (the loose ones too, with `loose`), letter for letter. */
function unmask(text: string, loose: boolean): string {
  let read = '';
  for (const char of text) {
    const shape = shapeOf(char);
    read += shape.latin && (loose || !shape.loose) ? shape.latin : char;
  }
  return read;
}

interface Letters {
  latin: number;
  alphabet: number;
  /** Alphabet letters that are a Latin letter's double (not loose ones). */
  doubles: number;
  other: number;
}

function lettersIn(text: string, start = 0, end = text.length): Letters {
  const letters: Letters = { latin: 0, alphabet: 0, doubles: 0, other: 0 };
  for (let index = start; index < end; ) {
    const code = text.codePointAt(index) ?? 0;
    const char = code < 0x80 ? text[index]! : String.fromCodePoint(code);
    index += char.length;
    const shape = shapeOf(char);
    if (shape.script === 'alphabet') {
      letters.alphabet++;
      if (shape.latin && !shape.loose) letters.doubles++;
    } else if (shape.script) letters[shape.script]++;
  }
  return letters;
}

/** Written in Latin letters, with no letter of Cyrillic, Greek or Armenian that is not a Latin one's double? */
function writtenInLatin(text: string): boolean {
  let latin = false;
  for (const char of text) {
    const shape = shapeOf(char);
    if (shape.script === 'alphabet' && (!shape.latin || shape.loose)) return false;
    if (shape.script === 'latin') latin = true;
  }
  return latin;
}

/**
 * How a word (or a hashtag's body, a handle's account) of these letters is read: through its
 * look-alikes, loose ones too ('mixed'), through its doubles ('masked'), or as written (null).
 */
function readingOf(letters: Letters, latinPost: boolean): 'mixed' | 'masked' | null {
  if (letters.other > 0 || letters.alphabet === 0) return null;
  if (letters.latin > 0) return latinPost || letters.latin > letters.alphabet ? 'mixed' : null;
  return latinPost && letters.doubles === letters.alphabet ? 'masked' : null;
}

/**
 * The post's words as its look-alikes read (see above), or null if none reads differently. The word
 * tokens a change of script split ("Br", "е", "wly") are one word here. A hashtag's or handle's
 * reading is set on its token.
 */
function unmaskedWords(text: string, tokens: Token[]): Token[] | null {
  if (!MAY_HAVE_LOOKALIKES.test(text)) return null;
  const latinPost = writtenInLatin(text);
  const words: Token[] = [];
  let unmasked = false;
  const isUnspaced = (token: Token) => classify(charAt(text, token.start)) === 'unspaced';
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (token.sigil) {
      setReading(text, token, latinPost);
      words.push(token);
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const [last, next] = [tokens[j]!, tokens[j + 1]!];
      if (next.sigil || next.start !== last.end || last.tail || isUnspaced(last) || isUnspaced(next)) break;
      j++;
    }
    const end = tokens[j]!.end;
    const reading = j > i || latinPost ? readingOf(lettersIn(text, token.start, end), latinPost) : null;
    if (reading) {
      const word = fold(unmask(text.slice(token.start, end), reading === 'mixed'));
      words.push({ word, start: token.start, end, sigil: '', raw: '', tail: tokens[j]!.tail, unmasked: true });
      unmasked = true;
    } else for (let k = i; k <= j; k++) words.push(tokens[k]!);
    i = j + 1;
  }
  return unmasked ? words : null;
}

function setReading(text: string, token: Token, latinPost: boolean): void {
  if (token.sigil === '#') {
    const reading = readingOf(lettersIn(token.raw), latinPost);
    if (reading) {
      const raw = unmask(token.raw, reading === 'mixed');
      token.reading = { word: fold(raw), raw };
    }
    return;
  }
  // "@user", "@user@instance", "u/user", "＠user".
  const body = text.slice(token.start + (text[token.start] === 'u' || text[token.start] === 'U' ? 2 : 1), token.end);
  const reading = readingOf(lettersIn(body), latinPost);
  if (!reading) return;
  const at = body.indexOf('@');
  const read = (part: string) => handleKey(unmask(part, reading === 'mixed'));
  token.reading = at < 0 ? { word: read(body), raw: '' } : { word: read(body.slice(0, at)), raw: read(body.slice(at + 1)) };
}

// --- Phrases -----------------------------------------------------------------------------------------

interface Gap {
  /** The punctuation between two words: no spaces, hyphens or invisibles; quotes and apostrophes as "'". */
  core: string;
  /** A blank line (or more) between them: a new paragraph, no phrase goes across. */
  paragraph: boolean;
}

const NO_GAP: Gap = { core: '', paragraph: false };

function gapOf(between: string): Gap {
  if (between === '' || between === ' ') return NO_GAP;
  let core = '';
  let breaks = 0;
  for (const char of between.replace(/\r\n?/g, '\n').normalize('NFKC')) {
    if (char === '\n' || char === '\u2028' || char === '\u000b' || char === '\f') breaks++;
    else if (char === '\u2029') breaks += 2;
    else if (WHITESPACE.test(char) || INVISIBLE.test(char) || HYPHENS.has(char)) continue;
    else core += APOSTROPHES.has(char) || QUOTES.has(char) ? "'" : char.toLowerCase();
  }
  return { core, paragraph: breaks >= 2 };
}

/** A term's punctuation that a post may leave out: "Dr Oetker", "Toys R Us", "Yahoo Mail". */
const withoutOptional = (core: string) => core.replace(/[.!']/g, '');

interface Phrase {
  term: string;
  kind: 'name' | 'product';
  words: string[];
  /** gaps[k]: the punctuation between words k-1 and k (gaps[0] is ''); loose[k], without what may be left out. */
  gaps: string[];
  loose: string[];
  /** The words run together, as a hashtag writes them: "brewlycoffee". */
  joined: string;
  /** The term ends in a possessive that belongs to the name ("Ben & Jerry's"): a hit covers it too. */
  possessive: boolean;
  /** Written in Cyrillic, Greek or Armenian letters ("Яндекс"): not looked for in look-alikes. */
  foreign: boolean;
}

function phraseOf(term: string, kind: Phrase['kind']): Phrase | null {
  const tokens = tokenize(term, true);
  const cores = tokens.map((token, k) => (k === 0 ? '' : gapOf(term.slice(tokens[k - 1]!.end, token.start)).core));
  const words: string[] = [];
  const gaps: string[] = [];
  let and = false;
  tokens.forEach((token, k) => {
    // "Marks and Spencer" is "Marks & Spencer": the "&" is then found either way.
    if (token.word === 'and' && words.length > 0 && k < tokens.length - 1 && withoutOptional(cores[k]!) === '' && withoutOptional(cores[k + 1]!) === '') {
      and = true;
      return;
    }
    words.push(token.word);
    gaps.push(and ? '&' : cores[k]!);
    and = false;
  });
  if (words.length === 0 || words.some((word) => !word)) return null;
  const possessive = (tokens.at(-1)?.tail ?? 0) > 0;
  const foreign = ALPHABETS.test(term);
  return { term: term.trim(), kind, words, gaps, loose: gaps.map(withoutOptional), joined: words.join(''), possessive, foreign };
}

/** The last token of `phrase` if it starts at token `first`, else -1. */
function phraseEnd(tokens: readonly Token[], gaps: readonly Gap[], first: number, phrase: Phrase): number {
  const { words } = phrase;
  let k = 0;
  let j = first;
  for (;;) {
    let token = tokens[j];
    if (!token || token.sigil) return -1;
    if (k > 0) {
      const gap = gaps[j]!;
      if (gap.paragraph) return -1;
      if (gap.core !== phrase.gaps[k] && gap.core !== phrase.loose[k]) {
        // "&" written as "and": "Ben and Jerry's", "AT and T".
        const after = tokens[j + 1];
        if (phrase.gaps[k] !== '&' || gap.core !== '' || token.word !== 'and' || !after || after.sigil) return -1;
        if (gaps[j + 1]!.core !== '' || gaps[j + 1]!.paragraph) return -1;
        token = after;
        j++;
      }
    }
    // One written word may be several of the term's, run together: "BrewlyCoffee", "7Eleven".
    const written = token.word;
    let expected = words[k]!;
    let m = k;
    while (expected.length < written.length && m + 1 < words.length && phrase.loose[m + 1] === '') expected += words[++m]!;
    const last = m === words.length - 1;
    // The last word takes a plural or an apostrophe-less possessive: "Brewlys", "Kettle Ones".
    if (written !== expected && !(last && written === `${expected}s`)) return -1;
    // A whole phrase in one short word is too often another word: "U.S." is not every "us".
    if (k === 0 && last && m > 0 && written.length < 4) return -1;
    if (last) return j;
    k = m + 1;
    j++;
  }
}

/** Phrases by their first letter, so a word is compared only with the terms it could start. */
function indexByInitial(phrases: readonly Phrase[]): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const initial = phrase.words[0]![0]!;
    index.set(initial, [...(index.get(initial) ?? []), phrase]);
  }
  return index;
}

/** Spans [start, end) sorted by start; is [start, end) inside one of them? */
function coverage(spans: Array<[number, number]>): (start: number, end: number) => boolean {
  if (spans.length === 0) return () => false;
  spans.sort((a, b) => a[0] - b[0]);
  const furthest: number[] = [];
  spans.forEach(([, end], k) => furthest.push(Math.max(end, k > 0 ? furthest[k - 1]! : end)));
  return (start, end) => {
    let low = 0;
    let high = spans.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (spans[middle]![0] <= start) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found >= 0 && furthest[found]! >= end;
  };
}

// --- Hashtags ----------------------------------------------------------------------------------------

interface Hashtag {
  body: string;
  /** Where the words the writer marked meet (capitals, digits, underscores), and both ends. */
  bounds: Set<number>;
}

function wordBreak(previous: string, char: string, next: string): boolean {
  if (UNSPACED.test(previous) || UNSPACED.test(char)) return true;
  const scripts = [scriptOf(previous), scriptOf(char)];
  if (scripts[0] && scripts[1] && scripts[0] !== scripts[1]) return true;
  if (DIGIT.test(previous) !== DIGIT.test(char)) return true;
  if (LOWER.test(previous) && UPPER.test(char)) return true;
  // "BREWLYFail": the last capital starts the next word.
  return UPPER.test(previous) && UPPER.test(char) && LOWER.test(next);
}

/** `read`: the body as its look-alikes read (letter for letter); its words still break where the body as written does. */
function hashtagOf(raw: string, read = raw): Hashtag {
  const chars = [...raw.replace(INVISIBLES, '')];
  const letters = read === raw ? chars : [...read.replace(INVISIBLES, '')];
  const segments: string[] = [];
  let current = '';
  let previous = '';
  chars.forEach((char, k) => {
    if (char === '_') {
      segments.push(current);
      current = '';
      previous = '';
      return;
    }
    if (previous && !MARK.test(char) && wordBreak(previous, char, chars[k + 1] ?? '')) {
      segments.push(current);
      current = '';
    }
    current += letters[k] ?? char;
    if (!MARK.test(char)) previous = char;
  });
  segments.push(current);
  const bounds = new Set<number>([0]);
  let body = '';
  for (const segment of segments) {
    body += fold(segment);
    bounds.add(body.length);
  }
  return { body, bounds };
}

/**
 * Spans where `needle` stands in the hashtag: from a word break to a word break (a plural "s" may
 * follow), or, four letters or longer, from or to one: "#brewlyfail", "#boycottbrewly".
 */
function* hashtagSpans({ body, bounds }: Hashtag, needle: string): Generator<[number, number]> {
  if (!needle) return;
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + 1)) {
    let end = at + needle.length;
    if (!bounds.has(end) && body[end] === 's' && bounds.has(end + 1)) end++;
    const fromBreak = bounds.has(at);
    const toBreak = bounds.has(end);
    if ((fromBreak && toBreak) || (needle.length >= 4 && (fromBreak || toBreak))) yield [at, end];
  }
}

// --- The matcher -------------------------------------------------------------------------------------

export type BrandMatcher = (text: string) => BrandHit[];

/** Compiles a profile once; the matcher is then called for every post. */
export function compileBrandMatcher(profile: BrandProfile): BrandMatcher {
  const phrases: Phrase[] = [];
  for (const [kind, list] of [
    ['name', profile.names],
    ['product', profile.products],
  ] as const) {
    for (const term of list) {
      const phrase = phraseOf(term, kind);
      if (phrase) phrases.push(phrase);
    }
  }
  const exclusions = profile.exclusions.map((term) => phraseOf(term, 'name')).filter((phrase) => phrase !== null);
  const phrasesByInitial = indexByInitial(phrases);
  const exclusionsByInitial = indexByInitial(exclusions);
  // Terms in Latin letters: the ones looked for in words read through their look-alikes.
  const latinPhrasesByInitial = indexByInitial(phrases.filter((phrase) => !phrase.foreign));
  const latinExclusionsByInitial = indexByInitial(exclusions.filter((phrase) => !phrase.foreign));
  const handles = new Map<string, Array<{ term: string; instance: string }>>();
  for (const handle of profile.handles) {
    const [user, instance] = accountOf(handle);
    if (user) handles.set(user, [...(handles.get(user) ?? []), { term: handle.trim(), instance }]);
  }
  const hashtags = new Map<string, string>();
  for (const tag of profile.hashtags) {
    // A hashtag has no spaces: "#Brewly Pro" in the settings is #BrewlyPro.
    const key = fold(tag.trim().replace(/^[#＃]/, '').replace(/\s+/g, '').replace(INVISIBLES, ''));
    if (key && !hashtags.has(key)) hashtags.set(key, tag.trim());
  }
  const latinHashtags = new Map([...hashtags].filter(([key]) => !ALPHABETS.test(key)));

  if (phrases.length === 0 && handles.size === 0 && hashtags.size === 0) return () => [];

  /** The account on that instance; else one listed without an instance, or written without one. */
  const accountFor = (user: string, instance: string) => {
    const accounts = handles.get(user) ?? [];
    return accounts.find((account) => account.instance === instance) ?? accounts.find((account) => !account.instance || !instance);
  };

  const matchWords = (text: string): BrandHit[] => {
    const tokens = tokenize(text, false);
    const gaps = gapsOf(text, tokens);
    // The words again, read through their look-alikes ("Brеwly"): null for a post that has none.
    const words = unmaskedWords(text, tokens);
    const wordGaps = words ? gapsOf(text, words) : [];
    const startingAt = (index: Map<string, Phrase[]>, token: Token) => (token.sigil ? undefined : index.get(token.word[0] ?? ''));
    /** Does a phrase over words[i..last] take in a word read through its look-alikes? The others were read already. */
    const unmaskedIn = (i: number, last: number) => {
      for (let k = i; k <= last; k++) if (words![k]!.unmasked) return true;
      return false;
    };

    const excludedSpans: Array<[number, number]> = [];
    if (exclusions.length > 0) {
      tokens.forEach((token, i) => {
        for (const exclusion of startingAt(exclusionsByInitial, token) ?? []) {
          const last = phraseEnd(tokens, gaps, i, exclusion);
          if (last >= 0) excludedSpans.push([token.start, tokens[last]!.end]);
        }
      });
      words?.forEach((token, i) => {
        for (const exclusion of startingAt(latinExclusionsByInitial, token) ?? []) {
          const last = phraseEnd(words, wordGaps, i, exclusion);
          if (last >= 0 && unmaskedIn(i, last)) excludedSpans.push([token.start, words[last]!.end]);
        }
      });
    }
    const excluded = coverage(excludedSpans);

    const hits: BrandHit[] = [];
    tokens.forEach((token, i) => {
      const { reading } = token;
      if (token.sigil === '@') {
        const account = accountFor(token.word, token.raw) ?? (reading && accountFor(reading.word, reading.raw));
        if (account) hits.push({ term: account.term, kind: 'handle', start: token.start, end: token.end });
        return;
      }
      if (token.sigil === '#') {
        const term = hashtags.get(token.word) ?? (reading && latinHashtags.get(reading.word));
        if (term) {
          hits.push({ term, kind: 'hashtag', start: token.start, end: token.end });
          return;
        }
        // Terms in Latin letters are looked for in the hashtag as its look-alikes read.
        const tag = hashtagOf(token.raw);
        const read = reading ? hashtagOf(token.raw, reading.raw) : tag;
        const tagFor = (phrase: Phrase) => (phrase.foreign ? tag : read);
        const spans: Array<[number, number]> = [];
        for (const exclusion of exclusions) for (const span of hashtagSpans(tagFor(exclusion), exclusion.joined)) spans.push(span);
        const inExclusion = coverage(spans);
        for (const phrase of phrases) {
          for (const [start, end] of hashtagSpans(tagFor(phrase), phrase.joined)) {
            if (inExclusion(start, end)) continue;
            hits.push({ term: phrase.term, kind: phrase.kind, start: token.start, end: token.end });
            break;
          }
        }
        return;
      }
      for (const phrase of startingAt(phrasesByInitial, token) ?? []) {
        const last = phraseEnd(tokens, gaps, i, phrase);
        if (last < 0 || excluded(token.start, tokens[last]!.end)) continue;
        const end = tokens[last]!.end + (phrase.possessive ? tokens[last]!.tail : 0);
        hits.push({ term: phrase.term, kind: phrase.kind, start: token.start, end });
      }
    });
    if (!words) return hits;

    // What the words read through their look-alikes name, and the post as written did not.
    const found = new Set(hits.map((hit) => `${hit.start} ${hit.end} ${hit.term}`));
    const more: BrandHit[] = [];
    words.forEach((token, i) => {
      for (const phrase of startingAt(latinPhrasesByInitial, token) ?? []) {
        const last = phraseEnd(words, wordGaps, i, phrase);
        if (last < 0 || !unmaskedIn(i, last) || excluded(token.start, words[last]!.end)) continue;
        const end = words[last]!.end + (phrase.possessive ? words[last]!.tail : 0);
        if (!found.has(`${token.start} ${end} ${phrase.term}`)) more.push({ term: phrase.term, kind: phrase.kind, start: token.start, end });
      }
    });
    return more.length > 0 ? inTextOrder(hits, more) : hits;
  };

  // E-mail addresses and links never name the brand; a bare domain does (tracking/addresses.ts).
  return (text) => {
    const hits = matchWords(text);
    if (hits.length === 0) return hits;
    const addresses = addressSpans(text);
    return addresses.length === 0 ? hits : hits.filter((hit) => !addresses.some(([start, end]) => hit.start < end && hit.end > start));
  };
}

function gapsOf(text: string, tokens: readonly Token[]): Gap[] {
  return tokens.map((token, j) => (j === 0 ? NO_GAP : gapOf(text.slice(tokens[j - 1]!.end, token.start))));
}

/** Two lists of hits, each in text order, as one. */
function inTextOrder(first: readonly BrandHit[], second: readonly BrandHit[]): BrandHit[] {
  const hits: BrandHit[] = [];
  let j = 0;
  for (const hit of first) {
    while (j < second.length && second[j]!.start < hit.start) hits.push(second[j++]!);
    hits.push(hit);
  }
  return hits.concat(second.slice(j));
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

/** "@Brewly", "brewly", "u/brewly", "/u/brewly", "@brewly@mastodon.social" → ["brewly", "mastodon.social" or ""]. */
function accountOf(handle: string): [string, string] {
  const bare = handleKey(handle).trim().replace(/^\/?u\//, '').replace(/^[@＠]/, '');
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
