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
