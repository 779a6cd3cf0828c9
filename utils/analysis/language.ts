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
  // more of each ("Qué asco de servicio", "nunca más", "nie wieder"): short posts hold few function words
  'de', 'la', 'en', 'con', 'se', 'lo', 'al', 'su', 'como', 'qué', 'nunca', 'más', 'le', 'dans', 'sur', 'ne',
  'mais', 'trop', 'zu', 'den', 'dem', 'von', 'nie', 'wieder', 'aber', 'jamais', 'pessimo', 'péssimo', 'pésimo',
  'un', 'usted', 'nuestro', 'nuestra', 'yo', 'este', 'esta', 'eso', 'hay', 'todo', 'gracias', 'también', 'porque',
  'cuando', 'tout', 'cette', 'leur', 'wir', 'uns', 'euch', 'danke', 'grazie', 'questo', 'obrigado', 'obrigada', 'isso',
  // what a short reply is made of: an apology, "you are", a name-calling ("Lo siento, Sam", "Sorry Sam,
  // eres un idiota", "Scusa, è colpa tua", "t'es vraiment con"); the coach must not read these as English
  'siento', 'perdón', 'disculpa', 'disculpe', 'disculpas', 'lamentamos', 'sentimos', 'lamento', 'désolé', 'désolée',
  'désolés', 'excusez', 'entschuldigung', 'leider', 'bitte', 'scusa', 'scusate', 'scusi', 'dispiace', 'desculpe',
  'desculpa', 'eres', 'sois', 'somos', 'estás', 'êtes', "t'es", "c'est", "j'ai", "n'est", 'vraiment', 'bist', 'sind',
  'dich', 'dir', 'mich', 'mir', 'du', 'sei', 'siete', 'tua', 'tuo', 'colpa', 'idiota', 'estúpido', 'klappe',
]);

/** Foreign function words also met in English names ("De La Soul", "La Liga", "Al Pacino"): not enough alone. */
const IN_NAMES = new Set(['de', 'la', 'en', 'se', 'le', 'al', 'lo', 'su', 'con', 'ne', 'el', 'los', 'las', 'del', 'di', 'il', 'von', 'den', 'sur', 'un', 'du', 'mir', 'sei']);

/** Letters with marks that English words almost never carry (café and naïve aside). */
const MARKED = new Set(Array.from('ñáíóúãõçàèìòùâêîôûäöüßœ', (letter) => letter.charCodeAt(0)));

/** Whether a word has one of the MARKED letters (a check of every word of every post: no regular expression). */
function hasMarked(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0xdf && MARKED.has(code)) return true;
  }
  return false;
}

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
  const words: string[] = [];
  for (let i = 0; i < tokens.length && i < 200; i++) if (tokens[i]?.kind === 'word') words.push(terms[i] ?? '');
  return wordsSeemNotEnglish(words);
}

/** The same check over a post's words, lower-cased (keyTerms reads them from its own tagger). */
export function wordsSeemNotEnglish(terms: readonly string[]): boolean {
  let words = 0;
  let scripted = 0;
  let english = 0;
  let marked = 0;
  // Distinct foreign words: "la la la" is a song, not Spanish.
  const foreign = new Set<string>();
  for (const term of terms) {
    words++;
    if (otherScript(term)) scripted++;
    else if (FOREIGN_FUNCTION_WORDS.has(term)) foreign.add(term);
    else if (ENGLISH_FUNCTION_WORDS.has(term)) english++;
    if (hasMarked(term)) marked++;
  }
  if (words === 0) return false;
  if (scripted * 2 >= words) return true;
  // Words with marks English lacks, two or more and a quarter of the post ("Servicio pésimo, nunca más").
  if (marked >= 2 && marked * 4 >= words && english === 0) return true;
  let plain = 0;
  for (const word of foreign) if (!IN_NAMES.has(word)) plain++;
  return foreign.size >= 2 && foreign.size > english && (plain > 0 || foreign.size >= 3);
}
