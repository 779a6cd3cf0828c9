// Blanks left in a draft: the {placeholders} a plan's message template leaves unfilled (see
// fillTemplate in utils/plan/texts.ts) and the [bracketed parts] its writer meant to be replaced
// ("An update on {issue}: [what we found and what we're doing]"). A reply must not go out with one.
// Linear in the draft's length: from each opening mark it reads at most MAX_BLANK_CHARS ahead.
import type { Span } from './types';

/** Longer than this between the marks, it is text in brackets, not a blank. */
const MAX_BLANK_CHARS = 100;
/** Brackets that annotate a quotation rather than leave something to write. */
const NOT_BLANKS = new Set(['sic', 'sic!']);

const CLOSING: Readonly<Record<string, string>> = { '{': '}', '[': ']' };

function isLetter(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase();
}

/**
 * Whether the text between the marks reads as a blank: `{name}` as a template writes it (a letter
 * first, then letters, digits, `_`, `-`, `.` or spaces), or `[words to replace]` with at least two
 * letters — not a footnote "[1]", a checkbox "[x]" nor "[sic]".
 */
function isBlank(open: string, inner: string): boolean {
  const trimmed = inner.trim();
  if (trimmed === '') return false;
  if (open === '{') return isLetter(trimmed.charAt(0)) && /^[\p{L}\p{N}_ .-]+$/u.test(trimmed);
  let letters = 0;
  for (const char of trimmed) if (isLetter(char)) letters++;
  return letters >= 2 && !NOT_BLANKS.has(trimmed.toLowerCase());
}

/**
 * Where the draft still has a blank to fill in, in text order, marks included (selecting the span
 * and typing replaces the whole blank). A Markdown link's text (`[text](url)`, `[text][ref]`) is
 * no blank.
 */
export function findPlaceholders(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.charAt(i);
    const close = CLOSING[open];
    if (close === undefined) {
      i++;
      continue;
    }
    // The closing mark on the same line, not too far; another opening mark of the same kind
    // starts over from there ("[[name]" has one blank, "[name]").
    let j = i + 1;
    let restart = -1;
    while (j < text.length && j - i <= MAX_BLANK_CHARS + 1) {
      const char = text.charAt(j);
      if (char === close || char === '\n') break;
      if (char === open) {
        restart = j;
        break;
      }
      j++;
    }
    if (restart >= 0) {
      i = restart;
      continue;
    }
    if (text.charAt(j) !== close) {
      i++;
      continue;
    }
    const after = text.charAt(j + 1);
    const markdownLink = open === '[' && (after === '(' || after === '[');
    if (!markdownLink && isBlank(open, text.slice(i + 1, j))) spans.push({ start: i, end: j + 1 });
    i = j + 1;
  }
  return spans;
}
