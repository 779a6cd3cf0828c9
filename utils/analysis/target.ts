// What a mixed post feels about the brand. "Switched from Brewly to KettleCo. KettleCo is amazing,
// Brewly is trash." is mixed as a whole, but for Brewly's team it is a lost customer: the parts that
// name the brand read one way, the praise is for someone else. For a brand mention that is the verdict
// that counts (the negative share, the badge, what to do).

import { analyze, type Analysis, type AnalyzeOptions } from './index';

/** Where the brand is named in the text: [start, end) offsets (BrandHit has them). */
export interface BrandSpan {
  start: number;
  end: number;
}

/** A clause break after a comma is kept when a contrast follows: "broke, but support was great" is one thought. */
const CONTRAST_AFTER_COMMA = new Set(['but', 'however', 'although', 'though', 'yet', 'while', 'whereas', 'still']);

/** Longest text split into clauses: past it a mixed post stays mixed (a long review has many subjects). */
const MAX_CLAUSED_CHARS = 2000;

const isSpace = (char: string | undefined): boolean => char === undefined || /\s/.test(char);

/**
 * Clauses as [start, end) ranges: sentences (., !, ?, ; or a line break followed by a space or the end,
 * so "brewly.com" stays whole), and the parts of a sentence between commas unless a contrast word follows
 * the comma. Exported for tests.
 */
export function clauseRanges(text: string): BrandSpan[] {
  const ranges: BrandSpan[] = [];
  let start = 0;
  const close = (end: number) => {
    const slice = text.slice(start, end);
    if (slice.trim() !== '') ranges.push({ start, end });
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    let breaks = false;
    if (char === '\n') breaks = true;
    else if ((char === '.' || char === '!' || char === '?' || char === ';') && isSpace(text[i + 1])) breaks = true;
    else if (char === ',' && isSpace(text[i + 1])) {
      const next = /^\s*([A-Za-z]+)/.exec(text.slice(i + 1, i + 16))?.[1]?.toLowerCase();
      breaks = next === undefined || !CONTRAST_AFTER_COMMA.has(next);
    }
    if (!breaks) continue;
    close(i + 1);
    start = i + 1;
  }
  close(text.length);
  return ranges;
}

/**
 * The analysis of `text` as the brand's team should read it. A post the analyser calls mixed whose
 * clauses naming the brand all lean one way (the others may praise or blame someone else) takes that
 * side, with the mean score of those clauses. Anything else is returned unchanged: a post that is not
 * mixed (a contrast already says which side wins), one that names the brand in every clause or in
 * none, or one whose brand clauses disagree or are mixed themselves. A user's correction of the post
 * (options.overrides) is never mixed, so it always stands.
 */
export function towardBrand(
  text: string,
  analysis: Analysis,
  brandSpans: readonly BrandSpan[],
  options: AnalyzeOptions = {},
): Analysis {
  if (analysis.label !== 'mixed' || brandSpans.length === 0 || text.length > MAX_CLAUSED_CHARS) return analysis;
  const clauses = clauseRanges(text);
  const named = clauses.filter((clause) => brandSpans.some((span) => span.start < clause.end && span.end > clause.start));
  if (named.length === 0 || named.length === clauses.length) return analysis;
  let negative = 0;
  let positive = 0;
  let scoreSum = 0;
  let confidence = 1;
  for (const clause of named) {
    const part = analyze(text.slice(clause.start, clause.end), options);
    if (part.label === 'mixed') return analysis;
    if (part.label === 'neutral') continue;
    if (part.label === 'negative') negative++;
    else positive++;
    scoreSum += part.score;
    confidence = Math.min(confidence, part.confidence);
  }
  if ((negative > 0) === (positive > 0)) return analysis;
  const count = negative + positive;
  return {
    ...analysis,
    label: negative > 0 ? 'negative' : 'positive',
    score: Math.round((scoreSum / count) * 1000) / 1000,
    // Read from part of the post: never surer than the clauses, nor than a mixed post can be sure of a side.
    confidence: Math.round(Math.min(confidence, 0.8) * 1000) / 1000,
    towardBrand: true,
  };
}
