// Multi-word matching over normalised terms: a map from a phrase's first term to the phrases
// that start with it, and from their second term to those that go on with it, longest first.
// Matching costs one map lookup per token (two where a phrase starts) plus a short comparison,
// so phrase lists can grow without slowing analyze() noticeably.
import { CANONICAL } from './lexicon';
import { mendUnknown, skeleton } from './spelling';
import { tokenize, type Token } from './tokenize';

export interface PhraseEntry<T> {
  terms: string[];
  payload: T;
}

/** Removes elongation ("sooo" → "so" when the shorter form is known) and maps slang to canonical forms. */
export function canonicalTerm(norm: string, known: (term: string) => boolean, mendable = true): string {
  const direct = CANONICAL.get(norm);
  if (direct !== undefined) return direct;
  if (known(norm)) return norm;
  // Most unknown words have no run of three letters: nothing to collapse (and no string to build).
  let hasRun = false;
  for (let i = 2; i < norm.length && !hasRun; i++) hasRun = norm[i] === norm[i - 1] && norm[i] === norm[i - 2];
  // known(norm) was false above, and known(collapsed) below: the mender need not ask again
  if (!hasRun) return (mendable && mendUnknown(norm)) || norm;
  let collapsed = '';
  let run = 0;
  for (let i = 0; i < norm.length; i++) {
    run = i > 0 && norm[i] === norm[i - 1] ? run + 1 : 1;
    if (run <= 2) collapsed += norm[i];
  }
  if (collapsed !== norm) {
    if (known(collapsed) || CANONICAL.has(collapsed)) return CANONICAL.get(collapsed) ?? collapsed;
    const single = skeleton(collapsed);
    if (known(single) || CANONICAL.has(single)) return CANONICAL.get(single) ?? single;
    return (mendable && mendUnknown(collapsed)) || collapsed;
  }
  return norm;
}

/**
 * A word written with a capital first letter and no other capitals ("Havenly", "#Havenly"): it may be a
 * name, so it is never mended as a misspelling ("Havenly" is not "heavenly").
 */
function namelike(token: Token): boolean {
  if (token.caps) return false;
  const first = token.raw.charAt(token.raw.charAt(0) === '#' ? 1 : 0);
  return first !== first.toLowerCase();
}

/** The term a token contributes to matching: words and hashtags by their text, others by kind. */
export function tokenTerm(token: Token, known: (term: string) => boolean): string {
  switch (token.kind) {
    case 'word':
    case 'hashtag':
      return canonicalTerm(token.norm, known, !namelike(token));
    case 'emoji':
    case 'emoticon':
    case 'punct':
    case 'number':
      return token.norm;
    case 'mention':
      return '@';
    case 'url':
      return 'url';
  }
}

const NO_ENTRIES: readonly never[] = Object.freeze([]);

/**
 * The phrases that start with one term: those of one term, and the longer ones by their second term, each
 * list longest first. A common first word ("my", "no", "can't") starts dozens of phrases; a lookup of the
 * second term leaves the few that can match, instead of comparing every one at every "my" of a feed.
 */
interface FirstTerm<T> {
  single: PhraseEntry<T>[];
  bySecond: Map<string, PhraseEntry<T>[]>;
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, FirstTerm<T>>();

  /**
   * `fill`, when given, adds the matcher's phrases on its first match, not when it is made: a table at the
   * top of a module is then built by the bundle that analyses (the content script, on its first post),
   * never by one that only imports the analyser (the service worker, at each of its starts).
   */
  constructor(
    private readonly known: (term: string) => boolean,
    private fill?: (add: (phrase: string, payload: T) => boolean) => void,
  ) {}

  private table(): Map<string, FirstTerm<T>> {
    const fill = this.fill;
    if (fill) {
      this.fill = undefined;
      fill((phrase, payload) => this.add(phrase, payload));
    }
    return this.byFirst;
  }

  /**
   * Adds a phrase written as plain text ("customer service"); returns false when it has no terms.
   * Punctuation is dropped but for "/" and ",": a phrase written with a comma ("oh good, another")
   * matches only with it, as the text's terms keep their punctuation.
   */
  add(phrase: string, payload: T): boolean {
    const terms = tokenize(phrase)
      .filter((token) => token.kind !== 'punct' || token.norm === '/' || token.norm === ',')
      .map((token) => tokenTerm(token, this.known));
    const [first, second] = terms;
    if (first === undefined) return false;
    let node = this.byFirst.get(first);
    if (!node) {
      node = { single: [], bySecond: new Map() };
      this.byFirst.set(first, node);
    }
    if (second === undefined) {
      node.single.push({ terms, payload });
      return true;
    }
    const list = node.bySecond.get(second) ?? [];
    list.push({ terms, payload });
    list.sort((a, b) => b.terms.length - a.terms.length);
    node.bySecond.set(second, list);
    return true;
  }

  /** The longest phrase starting at `index` in `terms`, if any. */
  matchAt(terms: readonly string[], index: number): PhraseEntry<T> | undefined {
    const first = terms[index];
    if (first === undefined) return undefined;
    const node = this.table().get(first);
    if (!node) return undefined;
    const second = terms[index + 1];
    const list = second === undefined ? undefined : node.bySecond.get(second);
    if (list) {
      outer: for (const entry of list) {
        if (index + entry.terms.length > terms.length) continue;
        for (let k = 2; k < entry.terms.length; k++) if (terms[index + k] !== entry.terms[k]) continue outer;
        return entry;
      }
    }
    return node.single[0];
  }

  /**
   * Every phrase starting at `index` (for signal tables where several codes may share a start), longest
   * first. Called at every word: nothing is allocated where no phrase starts.
   */
  allAt(terms: readonly string[], index: number): readonly PhraseEntry<T>[] {
    const first = terms[index];
    if (first === undefined) return NO_ENTRIES;
    const node = this.table().get(first);
    if (!node) return NO_ENTRIES;
    const second = terms[index + 1];
    const list = second === undefined ? undefined : node.bySecond.get(second);
    let found: PhraseEntry<T>[] | undefined;
    if (list) {
      outer: for (const entry of list) {
        if (index + entry.terms.length > terms.length) continue;
        for (let k = 2; k < entry.terms.length; k++) if (terms[index + k] !== entry.terms[k]) continue outer;
        (found ??= []).push(entry);
      }
    }
    if (node.single.length === 0) return found ?? NO_ENTRIES;
    if (!found) return node.single;
    return found.concat(node.single);
  }
}
