// Is a post written in English, the one language the lexicons and the model read? Not a language
// identifier: a cheap check, once per post, that keeps Firebreak from sounding sure about text it
// cannot read ("Der Service ist furchtbar" read as neutral at 99% confidence).
import { vocabularyRank } from './embedding';
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
 * words of another language than of English (at least two), or, in a short post, more evidence of
 * another language than of English (see shortSeemsNotEnglish).
 */
export function seemsNotEnglish(tokens: readonly Token[], terms: readonly string[]): boolean {
  const words: string[] = [];
  // Capitals past the first word mark a name ("Fernando Alonso"), or a German noun.
  const named: boolean[] = [];
  for (let i = 0; i < tokens.length && i < 200; i++) {
    const token = tokens[i];
    if (token?.kind !== 'word') continue;
    const first = token.raw.charCodeAt(0);
    named.push(words.length > 0 && first >= 65 && first <= 90);
    words.push(terms[i] ?? '');
  }
  return wordsSeemNotEnglish(words, named);
}

/**
 * The same check over a post's words, lower-cased (keyTerms reads them from its own tagger); `named`
 * says which were written with a capital past the first (a name's letters tell nothing of the language).
 */
export function wordsSeemNotEnglish(terms: readonly string[], named: readonly boolean[] = []): boolean {
  let words = 0;
  let scripted = 0;
  let english = 0;
  let marked = 0;
  // Distinct foreign words: "la la la" is a song, not Spanish (a set made only when a post has one).
  let foreign: Set<string> | undefined;
  // each word's kind again for a short post's second look (a longer post, most of a feed, keeps none)
  const kinds: number[] | undefined = terms.length <= SHORT_POST_WORDS ? [] : undefined;
  for (const term of terms) {
    words++;
    const kind = WORD_KINDS.get(term) ?? 0;
    kinds?.push(kind);
    // a word of plain ASCII letters (most) has no letter of another script and no marked one
    const high = beyondAscii(term);
    if (high && otherScript(term)) scripted++;
    else if (kind & FOREIGN_FUNCTION) (foreign ??= new Set()).add(term);
    else if (kind & ENGLISH_FUNCTION) english++;
    if (high && hasMarked(term)) marked++;
  }
  if (words === 0) return false;
  if (scripted * 2 >= words) return true;
  // Words with marks English lacks, two or more and a quarter of the post ("Servicio pésimo, nunca más").
  if (marked >= 2 && marked * 4 >= words && english === 0) return true;
  if (foreign) {
    let plain = 0;
    for (const word of foreign) if (!IN_NAMES.has(word)) plain++;
    if (foreign.size >= 2 && foreign.size > english && (plain > 0 || foreign.size >= 3)) return true;
  }
  return kinds !== undefined && shortSeemsNotEnglish(terms, named, kinds);
}

/** Posts of at most this many words are weighed word by word (shortSeemsNotEnglish). */
const SHORT_POST_WORDS = 12;

/**
 * Words short posts in other languages are made of that are no English words: their verbs, their
 * everyday nouns ("no funciona la app", "meu pedido não chegou", "servizio pessimo", "zweimal
 * abgebucht"). A short post holds too few function words to tell its language by them alone.
 */
const FOREIGN_COMMON = new Set([
  // Spanish
  'funciona', 'funcionan', 'funcionando', 'sirve', 'servicio', 'pedido', 'pedidos', 'cobraron', 'cobran', 'cobro', 'dinero',
  'reembolso', 'cuenta', 'tienda', 'cliente', 'clientes', 'llega', 'llegó', 'llego', 'nadie', 'todavía', 'todavia', 'vez', 'veces',
  'otra', 'otro', 'desde', 'ayer', 'hoy', 'ahora', 'siempre', 'aquí', 'aqui', 'tengo', 'tiene', 'tienen', 'hace', 'quiero',
  'puedo', 'bueno', 'buena', 'malo', 'mala', 'peor', 'mejor', 'esperando', 'contesta', 'compro', 'compré', 'precio',
  'alguien', 'puede', 'pueden', 'días', 'dias', 'semana', 'semanas', 'meses', 'empresa', 'llevo', 'estoy', 'estaba', 'producto',
  'productos', 'encanta', 'factura', 'aplicación', 'aplicacion', 'estos', 'estas', 'esos', 'esas', 'nos', 'vuestro', 'vuestra',
  // Portuguese
  'meu', 'minha', 'nao', 'ninguém', 'ninguem', 'chegou', 'dinheiro', 'cartão', 'cartao', 'atendimento', 'duas', 'vezes',
  'caiu', 'adorei', 'produto', 'quero', 'tá', 'foi', 'já', 'ainda', 'até', 'pra', 'mais', 'hoje', 'ontem', 'comprei',
  'aplicativo', 'fatura', 'consigo', 'vocês', 'voces', 'conta', 'loja', 'entrega', 'muito', 'muita', 'seu', 'sua', 'nosso',
  'nossa', 'esse', 'essa', 'pelo', 'pela', 'numa',
  // French
  'ça', 'marche', 'plante', 'appli', 'facture', 'reçu', 'commande', 'personne', 'répond', 'repond', 'veux', 'être', 'remboursé',
  'rembourser', 'remboursement', 'panne', 'fois', 'deux', 'trois', 'aucun', 'aucune', 'mes', 'depuis', 'chez', 'sans', 'déjà',
  'ils', 'suis', 'fait', 'faire', 'peux', 'peut', 'svp', 'attends', 'livraison', 'semaines', 'jours', 'honte', 'nul', 'nulle',
  'votre', 'vos', 'notre', 'cet', 'où', 'quand', 'comme', 'leurs', 'elles', 'ont', 'avez', 'avons',
  // German
  'funktioniert', 'geht', 'mein', 'meine', 'meinen', 'meiner', 'schon', 'immer', 'nur', 'doch', 'jetzt', 'heute', 'gestern',
  'zweimal', 'dreimal', 'niemand', 'antwortet', 'geld', 'zurück', 'bestellung', 'kundenservice', 'lieferung', 'schlecht',
  'schlechter', 'schlechte', 'ganz', 'warum', 'wie', 'hab', 'endlich', 'nichts', 'alles', 'viel', 'oder', 'wenn', 'dass', 'weil',
  'seit', 'hier', 'kann', 'können', 'soll', 'wurde', 'wird', 'werden', 'warte', 'wochen', 'tagen', 'guter', 'gute', 'diese',
  'dieser', 'diesen', 'dieses', 'keiner', 'einer', 'eines', 'einen', 'unser', 'unsere', 'ihr', 'ihre', 'sich', 'nach',
  // Italian
  'funziona', 'funzionano', 'servizio', 'nessuno', 'niente', 'risponde', 'rispondono', 'ordine', 'arrivato', 'arrivata', 'rimborso',
  'voglio', 'volte', 'ancora', 'sempre', 'già', 'perché', 'hanno', 'della', 'dello', 'degli', 'gli', 'nel', 'nella',
  'quello', 'tutto', 'tutti', 'prodotto', 'fattura', 'adoro', 'riesco', 'pagato', 'settimane', 'giorni', 'ottimo', 'vergogna', 'pacco',
]);

/** Words of other languages that English posts use too, as loans, slang or names: half a word's weight ("mal", "dos", "merci", "sin", "aux"). */
const FOREIGN_WEAK = new Set([
  'mal', 'dos', 'tres', 'nada', 'merci', 'ciao', 'bonjour', 'mai', 'sito', 'bene', 'novo', 'hola', 'agora', 'volta', 'sin', 'mon',
  'aux', 'ces', 'sus', 'num', 'ho', 'y', 'yo',
]);

/**
 * Word endings and beginnings of other languages that English words lack, read only in words the
 * English vocabulary does not know ("cobraron", "addebitato", "abgebucht"; never "tornado" or "yacht").
 */
const FOREIGN_ENDINGS = [
  // Spanish and Portuguese verbs, participles, adverbs and nouns
  'aron', 'ieron', 'aban', 'iendo', 'amos', 'emos', 'imos', 'ado', 'ada', 'ados', 'adas', 'ido', 'idos', 'idas', 'cion', 'ción', 'ciones',
  'mente', 'ção', 'ções', 'ões', 'inho', 'inha', 'eiro', 'eira', 'aram', 'eram',
  // Italian
  'zione', 'zioni', 'ato', 'ati', 'uto', 'uta', 'iamo', 'ono', 'ssimo', 'ssima',
  // French
  'eux', 'euse', 'aient', 'ait', 'ais', 'ée', 'ées', 'ément',
  // German
  'ung', 'ungen', 'heit', 'keit', 'lich', 'lichen', 'schaft', 'iert', 'ieren', 'cht', 'chen',
];
const FOREIGN_BEGINNINGS = ['sch', 'zw', 'pf'];
/** French and Italian elisions: "l'appli", "j'adore", "c'est", "qu'il", "dell'ordine". */
const ELIDED = new Set(['c', 'j', 'l', 'm', 'n', 'qu', 'dell', 'dall', 'nell', 'sull', 'all', 'un', 'quest', 'quell']);
/** Elisions English has too: "d'oh", "s'mores", "t'was". */
const ELIDED_WEAK = new Set(['d', 's', 't']);

/** A letter English words almost never carry, but loans and names do (café, Pokémon, Beyoncé, Citroën). */
const LOAN_MARKED = new Set(Array.from('éëïÿ', (letter) => letter.charCodeAt(0)));

function hasLoanMarked(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0xdf && LOAN_MARKED.has(code)) return true;
  }
  return false;
}

/** How a word's letters look in another language (an ending, a beginning), for a word the English vocabulary does not know. */
function foreignShape(word: string): boolean {
  if (word.length < 4) return false;
  let shaped = false;
  for (const ending of FOREIGN_ENDINGS) {
    if (word.length > ending.length + 1 && word.endsWith(ending)) {
      shaped = true;
      break;
    }
  }
  if (!shaped) for (const beginning of FOREIGN_BEGINNINGS) if (word.startsWith(beginning)) shaped = true;
  return shaped && vocabularyRank(word) === undefined;
}

/** More English words for weighing a short post: what English posts are made of, never a word of another language. */
const ENGLISH_SHORT_WORDS = new Set([
  'its', "it's", "i'm", "don't", "can't", "doesn't", "didn't", "won't", "isn't", "that's", "i've", "you're", 'our', 'us', 'he', 'she',
  'his', 'her', 'them', 'been', 'had', 'would', 'could', 'should', 'about', 'why', 'how', 'when', 'who', 'there', 'here', 'again',
  'still', 'now', 'all', 'get', 'got', 'if', 'or', 'by', 'as', 'up', 'out', 'did', 'does', 'am', 'thanks', 'thank', 'please', 'never',
  'ever', 'yet', 'too', 'very', 'really', 'after', 'back', 'over', 'any', 'some', 'yes', 'than', 'then', 'because',
]);

/** English function words other languages have too ("no funciona", "me cobraron", "a fatura", "on m'a débité"): no evidence either way. */
const SHARED_WORDS = new Set(['no', 'me', 'a', 'on']);

/**
 * A short post, weighed word by word: evidence of another language (its function words and everyday
 * words, letters English lacks, elisions, endings the English vocabulary does not know) against
 * evidence of English (its function words, and words the English vocabulary knows). Another language
 * needs one and a half words' worth at least, and more than English: "gracias for the help!", "the
 * café was closed" and "El Niño is wrecking my commute" stay English.
 */
function shortSeemsNotEnglish(terms: readonly string[], named: readonly boolean[], kinds: readonly number[]): boolean {
  let foreign = 0;
  let english = 0;
  const plain: string[] = [];
  /** Words with no mark of another language yet, their shapes not read. */
  const unshaped: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] ?? '';
    // each word once (a dozen at most: no set to build)
    if (term === '' || terms.indexOf(term) < i) continue;
    const kind = kinds[i] ?? 0;
    if (kind & SHARED) continue;
    if (kind & (ENGLISH_FUNCTION | ENGLISH_SHORT)) {
      english++;
      continue;
    }
    let evidence = 0;
    if (kind & FOREIGN_WEAK_WORD) evidence = 0.5;
    else if (kind & (FOREIGN_FUNCTION | FOREIGN_EVERYDAY)) evidence = kind & IN_NAME ? 0.5 : 1;
    const apostrophe = term.indexOf("'");
    if (apostrophe > 0 && apostrophe < term.length - 1) {
      const before = term.slice(0, apostrophe);
      if (ELIDED.has(before)) evidence += 1;
      else if (ELIDED_WEAK.has(before)) evidence += 0.5;
    }
    const high = beyondAscii(term);
    if (high && hasMarked(term)) evidence += 1;
    else if (high && hasLoanMarked(term)) evidence += 0.5;
    if (evidence > 0) foreign += Math.min(evidence, 2);
    else if (named[i]) plain.push(term);
    else unshaped.push(term);
  }
  // The words' shapes are read last, and only where they could tip the post (most English posts stop
  // here: the check runs on every post, and reading shapes costs a vocabulary lookup a word).
  if (foreign + 0.5 * unshaped.length < 1.5 || foreign + 0.5 * unshaped.length <= english) return false;
  for (const term of unshaped) {
    if (foreignShape(term)) foreign += 0.5;
    else plain.push(term);
  }
  if (foreign < 1.5 || foreign <= english) return false;
  // Words English knows weigh half a word each: a foreign phrase in an English post leaves it English.
  for (const term of plain) if (vocabularyRank(term) !== undefined) english += 0.5;
  return foreign > english;
}

/** What a word is to the checks above, as bits: one lookup a word instead of one a table. */
const FOREIGN_FUNCTION = 1;
const ENGLISH_FUNCTION = 2;
const ENGLISH_SHORT = 4;
const FOREIGN_WEAK_WORD = 8;
const FOREIGN_EVERYDAY = 16;
const IN_NAME = 32;
const SHARED = 64;
const WORD_KINDS: ReadonlyMap<string, number> = (() => {
  const kinds = new Map<string, number>();
  const tables: Array<[ReadonlySet<string>, number]> = [
    [FOREIGN_FUNCTION_WORDS, FOREIGN_FUNCTION],
    [ENGLISH_FUNCTION_WORDS, ENGLISH_FUNCTION],
    [ENGLISH_SHORT_WORDS, ENGLISH_SHORT],
    [FOREIGN_WEAK, FOREIGN_WEAK_WORD],
    [FOREIGN_COMMON, FOREIGN_EVERYDAY],
    [IN_NAMES, IN_NAME],
    [SHARED_WORDS, SHARED],
  ];
  for (const [words, bit] of tables) for (const word of words) kinds.set(word, (kinds.get(word) ?? 0) | bit);
  return kinds;
})();

/** A character past plain ASCII letters' range (from ß on): only such a word can be of another script or marked. */
function beyondAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0xdf) return true;
  return false;
}
