// How long a reply may be: each platform's own limit, counted the way that platform counts, and
// the crisis-reply guideline that applies even where the platform allows far more.
import type { PlatformId } from '../platforms/types';
import type { Token } from './tokens';

/**
 * How a platform counts characters:
 * - 'x-weighted': X's rule (twitter-text v3): Latin and common punctuation count 1, everything else
 *   (CJK, emoji) 2; an emoji sequence (skin tone, ZWJ family, flag, keycap) counts 2 as a whole; the
 *   text is measured in its NFC form ("e" + U+0301 is one "é"); a link counts 23 whatever its length.
 * - 'mastodon': a link counts 23 and a mention "@user@instance" counts only "@user".
 * - 'graphemes': what a reader sees as one character (an emoji with skin tone or a flag is one).
 */
export type LengthCounting = 'x-weighted' | 'mastodon' | 'graphemes';

export interface PlatformReplyLimit {
  /** The most a reply or comment may hold, in the platform's own units. */
  maxChars: number;
  counting: LengthCounting;
}

/**
 * Reply and comment limits as the platforms publish them (mid-2025). Mastodon's 500 is the
 * default; instances can raise it, so DraftContext.maxLength overrides any of these.
 */
export const PLATFORM_REPLY_LIMITS: Readonly<Record<PlatformId, PlatformReplyLimit>> = {
  x: { maxChars: 280, counting: 'x-weighted' },
  bluesky: { maxChars: 300, counting: 'graphemes' },
  mastodon: { maxChars: 500, counting: 'mastodon' },
  threads: { maxChars: 500, counting: 'graphemes' },
  tiktok: { maxChars: 150, counting: 'graphemes' },
  instagram: { maxChars: 2200, counting: 'graphemes' },
  linkedin: { maxChars: 1250, counting: 'graphemes' },
  facebook: { maxChars: 8000, counting: 'graphemes' },
  youtube: { maxChars: 10000, counting: 'graphemes' },
  reddit: { maxChars: 10000, counting: 'graphemes' },
};

/**
 * Past either of these a crisis reply stops reading as a reply: the playbook says keep it short,
 * acknowledge, and move anything longer to a private channel.
 */
export const CRISIS_REPLY_GUIDELINE = {
  maxSentences: 3,
  maxWords: 60,
  /**
   * Four short sentences are not long ("I'm so sorry. That's not ok. We'll fix it. Please DM us and we will
   * sort out your refund today.", 22 words): more than three count only from two-thirds of the words on.
   */
  minWordsForSentenceRule: 40,
} as const;

/** Links count this much on X and Mastodon, whatever their length. */
const LINK_WEIGHT = 23;

function xWeight(cp: number): number {
  // twitter-text v3's ranges of weight 1; everything else weighs 2.
  if (cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037)) return 1;
  return 2;
}

/** An emoji sequence, whatever its length, weighs this much on X (twitter-text v3 parses emoji first). */
const X_EMOJI_WEIGHT = 2;

// Unicode property tests, only ever run on one code point: nothing to backtrack.
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const MARK = /^\p{M}$/u;

const isRegionalIndicator = (cp: number): boolean => cp >= 0x1f1e6 && cp <= 0x1f1ff;
const isSkinTone = (cp: number): boolean => cp >= 0x1f3fb && cp <= 0x1f3ff;
const isTag = (cp: number): boolean => cp >= 0xe0020 && cp <= 0xe007f;
const isPictographic = (cp: number): boolean => cp >= 0xa9 && PICTOGRAPHIC.test(String.fromCodePoint(cp));
/** "0"–"9", "#" and "*" start a keycap ("1️⃣"). */
const isKeycapBase = (cp: number): boolean => (cp >= 48 && cp <= 57) || cp === 35 || cp === 42;
/** Hangul vowel and final jamo: they join the syllable before them (and NFC composes them into it). */
const isHangulJamoTail = (cp: number): boolean => cp >= 0x1160 && cp <= 0x11ff;
const isHangul = (cp: number): boolean => (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0xac00 && cp <= 0xd7a3);

/** Combining marks (accents, Arabic and Hebrew vowel marks, Indic vowel signs), variation selectors included. */
const isMark = (cp: number): boolean => cp >= 0x300 && MARK.test(String.fromCodePoint(cp));

const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/**
 * Where the emoji sequence starting at `i` ends, or -1 when none starts there: a pictograph with
 * its variation selector, skin tone, tags (🏴󠁧󠁢󠁥󠁮󠁧󠁿) and ZWJ-joined pictographs (👨‍👩‍👧‍👦), a keycap
 * ("1️⃣") or a flag (two regional indicators). A symbol of the weight-1 range ("©") is an emoji
 * only with the selector that asks for one ("©️").
 */
function emojiSequenceEnd(text: string, i: number): number {
  const n = text.length;
  const cp = text.codePointAt(i) ?? 0;
  let j = i + width(cp);
  if (isRegionalIndicator(cp)) {
    const next = text.codePointAt(j) ?? 0;
    return isRegionalIndicator(next) ? j + 2 : j;
  }
  if (isKeycapBase(cp)) {
    if (text.charCodeAt(j) === 0xfe0f) j++;
    return text.charCodeAt(j) === 0x20e3 ? j + 1 : -1;
  }
  // The text-style selector asks for no emoji ("❤︎"): its code points count one by one.
  if (!isPictographic(cp) || text.charCodeAt(j) === 0xfe0e) return -1;
  let selected = false;
  while (j < n) {
    const next = text.codePointAt(j) ?? 0;
    if (next === 0xfe0f || next === 0x20e3 || isSkinTone(next) || isTag(next)) {
      selected = true;
      j += width(next);
    } else if (next === 0x200d && j + 1 < n && isPictographic(text.codePointAt(j + 1) ?? 0)) {
      selected = true;
      j += 1 + width(text.codePointAt(j + 1) ?? 0);
    } else {
      break;
    }
  }
  return cp > 0x10ff || selected ? j : -1;
}

/** Code points that join the character before them rather than starting a new one. */
function extendsPrevious(cp: number, previous: number): boolean {
  return (
    cp === 0x200d ||
    isSkinTone(cp) ||
    isTag(cp) ||
    (isHangulJamoTail(cp) && isHangul(previous)) ||
    isMark(cp)
  );
}

export interface MeasuredLength {
  /** The draft's length in the platform's units. */
  length: number;
  /** Offset of the first character past the limit; null when it fits. */
  overflowAt: number | null;
}

/**
 * Length in the platform's units, and where it first overflows `limit`. One pass; links are
 * found by their scheme so a 1 MB draft of dots costs no more than any other megabyte.
 */
export function measureLength(text: string, counting: LengthCounting, limit: number): MeasuredLength {
  let length = 0;
  let overflowAt: number | null = null;
  let afterJoiner = false;
  let pendingRegional = false;
  let previous = 0;
  let i = 0;
  const n = text.length;
  const add = (weight: number, at: number): void => {
    length += weight;
    if (overflowAt === null && length > limit) overflowAt = at;
  };
  while (i < n) {
    const code = text.charCodeAt(i);
    if ((counting === 'x-weighted' || counting === 'mastodon') && (code === 104 || code === 72)) {
      const head = text.slice(i, i + 8).toLowerCase();
      if ((head.startsWith('https://') || head.startsWith('http://')) && (i === 0 || /\s/.test(text.charAt(i - 1)))) {
        let j = i;
        while (j < n && !/\s/.test(text.charAt(j))) j++;
        add(LINK_WEIGHT, i);
        i = j;
        continue;
      }
    }
    if (counting === 'mastodon' && code === 64 && (i === 0 || /\s/.test(text.charAt(i - 1)))) {
      // "@user@instance.social" counts as "@user".
      let j = i + 1;
      while (j < n && /[\w.-]/.test(text.charAt(j))) j++;
      if (text.charCodeAt(j) === 64) {
        add(j - i, i);
        j++;
        while (j < n && /[\w.-]/.test(text.charAt(j))) j++;
        i = j;
        continue;
      }
    }
    const cp = text.codePointAt(i) ?? code;
    if (counting === 'x-weighted') {
      // twitter-text v3 counts an emoji sequence as one emoji, and measures the NFC form: "e" and a
      // combining accent are one "é". A character is measured with the marks NFC may fold into it.
      const emojiEnd = cp < 0x80 && !isKeycapBase(cp) ? -1 : emojiSequenceEnd(text, i);
      if (emojiEnd > i) {
        add(X_EMOJI_WEIGHT, i);
        i = emojiEnd;
        continue;
      }
      let j = i + width(cp);
      const next = j < n ? text.charCodeAt(j) : 0;
      if (next >= 0x300 && (isMark(text.codePointAt(j) ?? 0) || isHangulJamoTail(next))) {
        while (j < n && (isMark(text.codePointAt(j) ?? 0) || isHangulJamoTail(text.charCodeAt(j)))) j += width(text.codePointAt(j) ?? 0);
        // The whole character overflows together: the underline never starts inside it.
        for (const ch of text.slice(i, j).normalize('NFC')) add(xWeight(ch.codePointAt(0) ?? 0), i);
      } else {
        add(xWeight(cp), i);
      }
      i = j;
      continue;
    }
    if (extendsPrevious(cp, previous) || afterJoiner) {
      // Part of the previous character: counts nothing.
    } else if (isRegionalIndicator(cp) && pendingRegional) {
      pendingRegional = false;
    } else {
      pendingRegional = isRegionalIndicator(cp);
      add(1, i);
    }
    afterJoiner = cp === 0x200d;
    previous = cp;
    i += width(cp);
  }
  return { length, overflowAt };
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'no', 'e.g', 'i.e', 'etc', 'vs', 'approx', 'jr', 'sr', 'inc', 'ltd', 'co']);

export interface SentenceStats {
  words: number;
  sentences: number;
  /** Start offsets of each sentence, in order. */
  sentenceStarts: number[];
  /** Start offsets of each word, in order. */
  wordStarts: number[];
}

/**
 * Words (word, number, mention or hashtag tokens) and sentences. A sentence ends at ".", "!", "?"
 * or "…" (not after an abbreviation or inside "3.5"), or at a line break. A line with no words
 * (a greeting on its own, an emoji) does not count as a sentence.
 */
export function countSentences(text: string, tokens: readonly Token[]): SentenceStats {
  const sentenceStarts: number[] = [];
  const wordStarts: number[] = [];
  let open = false;
  let previousEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (open && text.slice(previousEnd, token.start).includes('\n')) open = false;
    previousEnd = token.end;
    if (token.kind === 'word' || token.kind === 'number' || token.kind === 'mention' || token.kind === 'hashtag') {
      wordStarts.push(token.start);
      // A mention or hashtag alone does not open a sentence ("@sam" on its own line).
      if (!open && (token.kind === 'word' || token.kind === 'number')) {
        sentenceStarts.push(token.start);
        open = true;
      }
      continue;
    }
    if (token.kind !== 'punct' || !open) continue;
    const mark = token.norm;
    if (mark === '!' || mark === '?' || mark === '…') open = false;
    else if (mark === '.') {
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      // "3.5", "acme.com", "e.g." : a dot with a word right after it ends nothing.
      const glued = after !== undefined && after.start === token.end && after.kind !== 'punct';
      const abbreviation = before?.kind === 'word' && before.end === token.start && ABBREVIATIONS.has(before.norm);
      if (!glued && !abbreviation) open = false;
    }
  }
  return { words: wordStarts.length, sentences: sentenceStarts.length, sentenceStarts, wordStarts };
}
