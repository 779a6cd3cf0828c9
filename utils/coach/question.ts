// A post that asks for information and nothing more ("Is the Pro 2 affected by the recall too?"): the coach
// answers it without consoling a frustration, and the badge says to answer it. Pure, linear in the text.
import { tokenize } from './tokens';

/** How a plain question opens: "Is the Pro 2 affected…?", "Which batches…?", "Does this include…?". */
const QUESTION_OPENERS = new Set([
  'is', 'are', 'was', 'were', 'does', 'do', 'did', 'will', 'can', 'could', 'which', 'what', 'has', 'have', 'should', 'would', 'any', 'anyone', 'anybody',
]);
/** The writer's own: a question in their name is about their order, their kettle ("is my kettle part of the recall?"). */
const QUESTION_OWN = new Set(['my', 'me', 'mine', 'i', "i'm", "i've", "i'd", 'we', 'us', 'our']);
/** Words that make a question a complaint ("is my refund ever coming?", "are you still ignoring us?"). */
const QUESTION_UPSET = new Set([
  'again', 'still', 'ever', 'even', 'seriously', 'really', 'actually', 'yet', 'why', 'wtf', 'hell', 'heck', 'fix', 'supposed', 'bother',
  'bothered', 'happening',
]);
const MAX_PLAIN_QUESTION = 200;
/** How much of a post is read for a question mark: a post's question is near its start. */
const MAX_ASKED = 2_000;

/**
 * How plainly a post asks, in one pass: `plain`, a question asked for information and nothing more: one
 * sentence (after any @mentions) ending in a single "?", opened by a question word (QUESTION_OPENERS), in no
 * one's name and with no word of complaint (QUESTION_UPSET). "Is the Pro 2 affected by the recall too?" asks;
 * its words may still read a little negative ("affected", "recall"), but there is no feeling to acknowledge.
 * `own`, the same asked in the writer's name (QUESTION_OWN: "Is my kettle part of the recall?", "Will my refund
 * go back on my card?"): no feeling to acknowledge either (unless the analyser found a complaint in it), but
 * its answer is about their own order or product, so it is looked into with their details in private.
 * null: neither.
 */
export function questionForm(text: string): 'plain' | 'own' | null {
  const trimmed = text.trim();
  if (trimmed.length > MAX_PLAIN_QUESTION || !trimmed.endsWith('?') || /[?!]\s*\?$/.test(trimmed)) return null;
  const tokens = tokenize(trimmed);
  let first = 0;
  while (tokens[first]?.kind === 'mention') first++;
  const opener = tokens[first];
  if (opener?.kind !== 'word' || !QUESTION_OPENERS.has(opener.norm)) return null;
  let own = false;
  for (let k = first; k < tokens.length - 1; k++) {
    const token = tokens[k]!;
    if (token.kind === 'punct' && (token.norm === '.' || token.norm === '!' || token.norm === '?')) return null;
    if (token.kind === 'word' && QUESTION_UPSET.has(token.norm)) return null;
    if (token.kind === 'word' && QUESTION_OWN.has(token.norm)) own = true;
    if (token.kind === 'emoji') return null;
  }
  return own ? 'own' : 'plain';
}

/**
 * What a post asks: `plain` or `own`, a question asked plainly (questionForm: "Is my kettle part of the
 * recall?" is `own`); `other`, any other question mark outside a link
 * ("Can I still return an opened kettle?", "how long does the refund take??"); null, none.
 */
export function questionKind(text: string): 'plain' | 'own' | 'other' | null {
  const form = questionForm(text);
  if (form) return form;
  const tokens = tokenize(text.length > MAX_ASKED ? text.slice(0, MAX_ASKED) : text);
  return tokens.some((token) => token.kind === 'punct' && token.norm.startsWith('?')) ? 'other' : null;
}
