// Turning the user's corrections of single posts into brand rules: an exact-post override
// (the same text always gets the label the user chose) and learned lexicon entries for the
// brand's own vocabulary (a product called "War Zone" stops counting as negative).
import type { LexiconRule } from './engine';
import { NAME_WEIGHT, runEngine } from './engine';
import type { SentimentLabel } from './index';

export interface Correction {
  text: string;
  label: SentimentLabel;
}

export interface BrandRules {
  /** textKey(text) → label: pass as AnalyzeOptions.overrides. */
  overrides: Record<string, SentimentLabel>;
  /** Learned terms merged over the user's own lexicon: pass as AnalyzeOptions.lexicon. */
  lexicon: Record<string, LexiconRule>;
}

/** A stable key for a post: case, spacing and zero-width characters do not change it. FNV-1a, 32 bits. */
export function textKey(text: string): string {
  let hash = 0x811c9dc5;
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff) continue;
    if (code <= 32 || code === 0xa0) {
      pendingSpace = length > 0;
      continue;
    }
    if (code >= 65 && code <= 90) code += 32;
    if (pendingSpace) {
      hash = Math.imul(hash ^ 32, 0x01000193);
      length++;
      pendingSpace = false;
    }
    hash = Math.imul(hash ^ code, 0x01000193);
    length++;
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}:${length}`;
}

/** Capitalised only because they start a sentence: never part of a learned name. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'this', 'that', 'i', 'we', 'is', 'who', 'what']);

function direction(label: SentimentLabel): number {
  return label === 'positive' ? 1 : label === 'negative' ? -1 : 0;
}

/**
 * Builds brand rules from corrections. A term is learned as 'ignore' when it pulled a corrected
 * post the wrong way and is part of a capitalised name ("War Zone", "Killer Deal": one correction
 * is enough), or when it did so in at least two corrections and never pulled the right way.
 */
export function rulesFromCorrections(
  corrections: readonly Correction[],
  baseLexicon: Readonly<Record<string, LexiconRule>> = {},
): BrandRules {
  const overrides: Record<string, SentimentLabel> = {};
  const lexicon: Record<string, LexiconRule> = { ...baseLexicon };
  const wrong = new Map<string, number>();
  const right = new Map<string, number>();
  for (const { text, label } of corrections) {
    if (typeof text !== 'string' || !text.trim()) continue;
    overrides[textKey(text)] = label;
    if (label === 'mixed') continue;
    const want = direction(label);
    const engine = runEngine(text);
    for (const item of engine.items) {
      const token = engine.tokens[item.last];
      if (!token || item.source === 'user') continue;
      const term = engine.terms[item.last] ?? '';
      // A name's word counts at its full weight here: the name is what a correction teaches.
      const weight = item.inName ? item.weight / NAME_WEIGHT : item.weight;
      const pulledWrong = want === 0 ? Math.abs(weight) >= 1 : Math.sign(weight) !== want;
      if (!pulledWrong) {
        right.set(term, (right.get(term) ?? 0) + 1);
        continue;
      }
      // A run of capitalised words around the term is a name: learn the whole name.
      let first = item.last;
      let last = item.last;
      const isName = (index: number): boolean => {
        const t = engine.tokens[index];
        return (
          t !== undefined &&
          (t.kind === 'word' || t.kind === 'number') &&
          /^[A-Z0-9]/.test(t.raw) &&
          !FUNCTION_WORDS.has(t.norm)
        );
      };
      if (isName(item.last)) {
        while (first > 0 && isName(first - 1)) first--;
        while (last + 1 < engine.tokens.length && isName(last + 1)) last++;
      }
      const start = engine.tokens[first];
      const end = engine.tokens[last];
      if (start && end && last > first) {
        lexicon[text.slice(start.start, end.end).toLowerCase()] = 'ignore';
      } else {
        wrong.set(term, (wrong.get(term) ?? 0) + 1);
      }
    }
  }
  for (const [term, count] of wrong) {
    if (count >= 2 && !right.has(term) && !Object.hasOwn(lexicon, term)) lexicon[term] = 'ignore';
  }
  return { overrides, lexicon };
}
