// Is a post written in English, the one language the lexicons and the model read? Not a language
// identifier: a cheap check, once per post, that keeps Firebreak from sounding sure about text it
// cannot read ("Der Service ist furchtbar" read as neutral at 99% confidence).
import type { Token } from './tokenize';

/** Function words of the languages brands meet most, none of them an English word. */
const FOREIGN_FUNCTION_WORDS = new Set([
  // German
  'der', 'das', 'und', 'ist', 'ich', 'nicht', 'ein', 'eine', 'sehr', 'mit', 'auf', 'für', 'auch', 'noch', 'wir', 'sie', 'bin', 'habe', 'kein', 'keine',
  // French
  'les', 'et', 'est', 'je', 'une', 'des', 'pour', 'avec', 'très', 'mais', 'pas', 'toujours', 'rien', 'moi', 'nous', 'vous', 'sont', 'du', 'au', 'ce', 'qui',
  // Spanish and Portuguese
  'el', 'los', 'las', 'es', 'y', 'que', 'muy', 'pero', 'por', 'una', 'estoy', 'del', 'para', 'mi', 'está', 'nada', 'não', 'estou', 'muito', 'uma', 'é', 'você', 'ele',
  // Italian and Dutch
  'il', 'di', 'che', 'non', 'sono', 'molto', 'è', 'della', 'het', 'een', 'niet', 'ik', 'mijn', 'zijn', 'wel',
]);

const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'is', 'are', 'was', 'were', 'to', 'of', 'in', 'on', 'for', 'with', 'my', 'i', 'you', 'it', 'this',
  'that', 'not', 'but', 'be', 'have', 'has', 'at', 'me', 'your', 'we', 'they', 'so', 'just', 'what', 'can', 'will', 'do', 'from',
]);

/** A letter from a script other than Latin (Arabic, Hebrew, CJK, Cyrillic, Devanagari, Thai, Greek, Hangul…). */
function otherScript(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code > 0x24f && code < 0x1e00) return true;
    if (code >= 0x2e80) return true;
  }
  return false;
}

/**
 * True when the post seems not to be English: most of its words in another script, or more function
 * words of another language than of English (at least two).
 */
export function seemsNotEnglish(tokens: readonly Token[], terms: readonly string[]): boolean {
  let words = 0;
  let scripted = 0;
  let foreign = 0;
  let english = 0;
  for (let i = 0; i < tokens.length && i < 200; i++) {
    if (tokens[i]?.kind !== 'word') continue;
    const term = terms[i] ?? '';
    words++;
    if (otherScript(term)) scripted++;
    else if (FOREIGN_FUNCTION_WORDS.has(term)) foreign++;
    else if (ENGLISH_FUNCTION_WORDS.has(term)) english++;
  }
  if (words === 0) return false;
  if (scripted * 2 >= words) return true;
  return foreign >= 2 && foreign > english;
}
