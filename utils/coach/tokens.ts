// A small single-pass tokenizer for reply drafts. The analyser has its own, tuned for scoring
// (it merges emoticons, canonicalises spellings); the coach needs something simpler and exact:
// every token keeps its offsets so a finding can underline precisely what triggered it, and
// mentions, hashtags and links are kept apart so "@NASA" or "#ASAP" never read as shouting.
// It never backtracks: time is linear in the draft's length whatever it contains.

export type TokenKind = 'word' | 'number' | 'mention' | 'hashtag' | 'url' | 'emoji' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Lower-cased; curly apostrophes straightened; curly and low quotes become `"` and `'`. */
  norm: string;
  /** Offsets into the draft, [start, end). */
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/** Letters, digits and `_` (handles and identifiers keep their underscores). */
export function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
  }
  // Surrogates are judged by the whole code point in isWordCodePoint; a lone half is not a letter.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isSpace(code: number): boolean {
  return code <= 32 || code === 0x85 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const APOSTROPHES = new Set([0x27, 0x2019]);

/** Pictographs: the supplementary emoji planes plus the BMP symbol blocks. */
function isEmojiCodePoint(cp: number): boolean {
  return (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0x2300 && cp <= 0x23ff) || (cp >= 0x2b00 && cp <= 0x2bff);
}

/** Joiners, variation selectors, skin tones and tags that belong to the emoji before them. */
function isEmojiModifier(cp: number): boolean {
  return cp === 0x200d || cp === 0xfe0f || cp === 0xfe0e || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);
}

const QUOTE_NORMS = new Map<string, string>([
  ['\u201c', '"'],
  ['\u201d', '"'],
  ['\u201e', '"'],
  ['\u00ab', '"'],
  ['\u00bb', '"'],
  ['\u2018', "'"],
  ['\u2019', "'"],
]);

function startsWithUrl(text: string, i: number): boolean {
  const head = text.slice(i, i + 8).toLowerCase();
  return head.startsWith('https://') || head.startsWith('http://') || head.startsWith('www.');
}

/** Reads a run of word characters, allowing one apostrophe between letters ("don't", "we’re"). */
function wordEnd(text: string, i: number): number {
  let j = i;
  const n = text.length;
  while (j < n) {
    const code = text.charCodeAt(j);
    if (isWordChar(code)) {
      j++;
    } else if (APOSTROPHES.has(code) && j > i && j + 1 < n && isWordChar(text.charCodeAt(j + 1))) {
      j += 2;
    } else {
      break;
    }
  }
  return j;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    if ((code === 104 || code === 72 || code === 119 || code === 87) && startsWithUrl(text, i)) {
      let j = i;
      while (j < n && !isSpace(text.charCodeAt(j))) j++;
      tokens.push({ kind: 'url', norm: text.slice(i, j).toLowerCase(), start: i, end: j });
      i = j;
      continue;
    }
    if (isWordChar(code)) {
      const end = wordEnd(text, i);
      const raw = text.slice(i, end);
      let allDigits = true;
      for (let k = 0; k < raw.length && allDigits; k++) allDigits = isDigit(raw.charCodeAt(k));
      tokens.push({ kind: allDigits ? 'number' : 'word', norm: raw.toLowerCase().replace(/\u2019/g, "'"), start: i, end });
      i = end;
      continue;
    }
    // "@sam", "@sam.bsky.social", "@sam@mastodon.social"; an "@" glued to a word is an e-mail's.
    if ((code === 64 || code === 35) && i + 1 < n && isWordChar(text.charCodeAt(i + 1)) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) {
      let j = wordEnd(text, i + 1);
      if (code === 64) {
        // Handle segments joined by "." or "@" (dots at the end are punctuation, not part of the handle).
        while (j + 1 < n && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 64 || text.charCodeAt(j) === 45) && isWordChar(text.charCodeAt(j + 1))) {
          j = wordEnd(text, j + 1);
        }
      }
      tokens.push({ kind: code === 64 ? 'mention' : 'hashtag', norm: text.slice(i + 1, j).toLowerCase(), start: i, end: j });
      i = j;
      continue;
    }
    const cp = text.codePointAt(i) ?? code;
    if (isEmojiCodePoint(cp)) {
      let j = i + (cp > 0xffff ? 2 : 1);
      // Keep a ZWJ sequence together (👩‍💻): modifier, then the pictograph it joins.
      while (j < n) {
        const next = text.codePointAt(j) ?? 0;
        if (isEmojiModifier(next)) j += next > 0xffff ? 2 : 1;
        else if (next !== undefined && isEmojiCodePoint(next) && text.charCodeAt(j - 1) === 0x200d) j += next > 0xffff ? 2 : 1;
        else break;
      }
      tokens.push({ kind: 'emoji', norm: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    const width = cp > 0xffff ? 2 : 1;
    const raw = text.slice(i, i + width);
    tokens.push({ kind: 'punct', norm: QUOTE_NORMS.get(raw) ?? raw, start: i, end: i + width });
    i += width;
  }
  return tokens;
}

/**
 * "falcon's" → "falcon": the word a possessive "'s" is attached to, or null. The tokenizer keeps
 * "'s" inside the token on purpose: "it's", "that's" and "let's" are contractions the phrase lists
 * match whole, and no tokenizer can tell "Sam's here" from "Sam's order". A matcher looking for a
 * name (a confidential term) uses this to see the name in its possessive.
 */
export function possessiveBase(norm: string): string | null {
  return norm.length > 2 && norm.endsWith("'s") ? norm.slice(0, -2) : null;
}

/** One of the words a link, hashtag or run-together word is made of. */
export interface CompoundPart {
  /** Lower-cased, curly apostrophes straightened. */
  norm: string;
  start: number;
  end: number;
  /**
   * What stands between this part and the one before, lower-cased: '' where only the case or a
   * letter/digit change splits them ("ProjectFalcon", "Q3"), else the separating characters
   * ("-", "/", "?q="). Null for the first part.
   */
  joint: string | null;
}

const isHexDigit = (code: number): boolean => isDigit(code) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);

/** 0: neither; 1: lower-case letter (or a letter without case); 2: capital; 3: digit. */
function charClass(code: number): number {
  if (isDigit(code)) return 3;
  if (code < 128) return code >= 65 && code <= 90 ? 2 : 1;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() ? 2 : 1;
}

/**
 * The words text[start, end) runs together: split at every character that is not a letter or
 * digit, where lower case turns to upper ("ProjectFalcon"), before the last capital of a run of
 * capitals followed by lower case ("HTTPServer"), and between letters and digits ("Q3"). With
 * `keepApostrophes`, an apostrophe between letters stays in its word ("don't", "falcon's"), as in
 * prose; in a link it separates. One pass, no regular expression.
 */
export function splitCompound(text: string, start: number, end: number, keepApostrophes: boolean): CompoundPart[] {
  const parts: CompoundPart[] = [];
  let partStart = -1;
  let gapStart = start;
  const close = (at: number): void => {
    if (partStart < 0) return;
    const joint = parts.length === 0 ? null : text.slice(gapStart, partStart).toLowerCase();
    parts.push({ norm: text.slice(partStart, at).toLowerCase().replace(/\u2019/g, "'"), start: partStart, end: at, joint });
    partStart = -1;
    gapStart = at;
  };
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    // In a link, "%20" is an escaped space: the "20" is no word of it.
    if (!keepApostrophes && code === 37 && k + 2 < end && isHexDigit(text.charCodeAt(k + 1)) && isHexDigit(text.charCodeAt(k + 2))) {
      close(k);
      k += 2;
      continue;
    }
    const alnum = isWordChar(code) && code !== 95;
    if (!alnum) {
      const inner = keepApostrophes && APOSTROPHES.has(code) && partStart >= 0 && k + 1 < end && isWordChar(text.charCodeAt(k + 1)) && text.charCodeAt(k + 1) !== 95;
      if (!inner) close(k);
      continue;
    }
    if (partStart >= 0 && !APOSTROPHES.has(text.charCodeAt(k - 1))) {
      const before = charClass(text.charCodeAt(k - 1));
      const here = charClass(code);
      const after = k + 1 < end ? charClass(text.charCodeAt(k + 1)) : 0;
      const camel = (before === 1 && here === 2) || (before === 2 && here === 2 && after === 1);
      const digitChange = (before === 3) !== (here === 3);
      if (camel || digitChange) close(k);
    }
    if (partStart < 0) partStart = k;
  }
  close(end);
  return parts;
}
