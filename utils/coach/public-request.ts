// Asking, in a public reply, for what belongs in a private channel: "reply with your order number",
// "send your phone number and address here", "drop your email below". The reply holds no data itself,
// but the customer answering it would post theirs for everyone to see. The playbook: take it to DM.
// One pass over the tokens, a few words around each "your": linear in the draft's length.
import type { Token } from './tokens';
import type { Span } from './types';

/** What is theirs to keep private, as it follows "your" (longest first where one starts another). */
const DATA_NOUNS: readonly (readonly string[])[] = [
  ['phone', 'number'], ['phone', 'no'], ['mobile', 'number'], ['cell', 'number'], ['contact', 'number'], ['telephone', 'number'],
  ['number'], ['mobile'], ['email', 'address'], ['e', '-', 'mail', 'address'], ['e', '-', 'mail'], ['email'],
  ['home', 'address'], ['full', 'address'], ['postal', 'address'], ['delivery', 'address'], ['shipping', 'address'],
  ['billing', 'address'], ['address'], ['postcode'], ['post', 'code'], ['zip', 'code'], ['zip'],
  ['order', 'number'], ['order', 'no'], ['order', 'id'], ['order', 'reference'], ['order', 'details'],
  ['booking', 'reference'], ['booking', 'number'], ['tracking', 'number'], ['account', 'number'], ['account', 'details'],
  ['reference', 'number'], ['card', 'number'], ['card', 'details'], ['bank', 'details'], ['payment', 'details'],
  ['full', 'name'], ['date', 'of', 'birth'], ['dob'], ['contact', 'details'], ['personal', 'details'], ['details'],
  ['password'], ['pin'],
];

/** Asking for it: the verb before "your" ("send us your", "can you share your", "reply here with your"). */
const ASKING = new Set(['send', 'share', 'post', 'reply', 'comment', 'drop', 'leave', 'give', 'tell', 'provide', 'include', 'put', 'add', 'write', 'type', 'pop', 'list', 'tweet']);
/** Verbs that answer in public by themselves: "reply with your order number". */
const PUBLIC_VERBS = new Set(['reply', 'comment', 'post', 'tweet']);
/** Words that place the answer in public: "here", "below", "in the comments". */
const PUBLIC_PLACES = new Set(['here', 'below', 'comments', 'comment', 'thread', 'publicly', 'replies']);
/** A private channel named in the sentence: then the request is the playbook's own ("DM us your order number"). */
const PRIVATE = new Set([
  'dm', 'dms', "dm's", 'direct', 'pm', 'pms', 'inbox', 'privately', 'private', 'form', 'link', 'app', 'chat', 'whatsapp', 'messenger',
  'securely', 'secure', 'website', 'site', 'portal', 'helpline', 'message', 'messages',
]);
/** Channels told as a verb to the brand: "call us", "email us", "ring our team" (not "so we can call you"). */
const CHANNEL_VERBS = new Set(['email', 'call', 'ring', 'phone', 'text']);
const CHANNEL_TO = new Set(['us', 'me', 'our']);
/** A negated or reassuring request: "we'll never ask for your password", "don't post your address". */
const NEGATORS = new Set(['never', 'not', 'dont', 'wont', 'no', 'avoid', 'without']);
/** How many words may stand between the asking verb and "your", the verb included: "send us your", "reply here with your". */
const VERB_REACH = 4;
/** How far before the verb a negator turns the request round: "we will never ask you to post your…". */
const NEGATION_REACH = 6;

const SENTENCE_END = new Set(['.', '!', '?', ';']);

function isBreak(token: Token): boolean {
  return token.kind === 'punct' && SENTENCE_END.has(token.norm);
}

/** The data noun after `your` at `at`: its last token's index, or −1. */
function dataNounEnd(tokens: readonly Token[], at: number): number {
  for (const noun of DATA_NOUNS) {
    if (noun.every((word, k) => tokens[at + k]?.norm === word)) return at + noun.length - 1;
  }
  return -1;
}

/** "by email", "via email", "email us", "call us": a channel named by a word that can also be the data asked for. */
function channelTold(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.norm ?? '';
  if (!CHANNEL_VERBS.has(word)) return false;
  if (CHANNEL_TO.has(tokens[k + 1]?.norm ?? '')) return true;
  return word === 'email' && ['by', 'via', 'over', 'an', 'in', 'through'].includes(tokens[k - 1]?.norm ?? '');
}

/** What a sentence says of where the answer goes: where it names private channels, whether it names a public place. */
interface SentencePlaces {
  privateAt: number[];
  publicTold: boolean;
}

function placesOf(tokens: readonly Token[], from: number): SentencePlaces {
  const privateAt: number[] = [];
  let publicTold = false;
  for (let k = from; k < tokens.length && !isBreak(tokens[k]!); k++) {
    const token = tokens[k]!;
    if (token.kind === 'url') privateAt.push(k);
    if (token.kind !== 'word') continue;
    if (PRIVATE.has(token.norm) || channelTold(tokens, k)) privateAt.push(k);
    if (PUBLIC_PLACES.has(token.norm)) publicTold = true;
  }
  return { privateAt, publicTold };
}

/**
 * The requests in `tokens` for the reader's personal data in public: from the asking verb to the end
 * of what is asked. Not where the sentence names a private channel ("DM us your order number", "reply to
 * our email with your address", a link) or the request is negated ("we'll never ask for your password").
 */
export function findPublicRequests(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  let sentenceStart = 0;
  let places: SentencePlaces | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (isBreak(token)) {
      sentenceStart = k + 1;
      places = undefined;
      continue;
    }
    if (token.kind !== 'word' || (token.norm !== 'your' && token.norm !== 'ur')) continue;
    const nounEnd = dataNounEnd(tokens, k + 1);
    if (nounEnd < 0) continue;
    // the asking verb, a few words before, in the same sentence
    let verb = -1;
    for (let j = k - 1, words = 0; j >= sentenceStart && words < VERB_REACH; j--) {
      if (tokens[j]!.kind !== 'word') continue;
      words++;
      if (ASKING.has(tokens[j]!.norm)) {
        verb = j;
        break;
      }
    }
    if (verb < 0) continue;
    places ??= placesOf(tokens, sentenceStart);
    // a channel named outside what is asked ("phone" in "your phone number" is the data)
    let inside = 0;
    for (let j = k + 1; j <= nounEnd; j++) if (PRIVATE.has(tokens[j]!.norm) || channelTold(tokens, j)) inside++;
    if (places.privateAt.length > inside) continue;
    if (!places.publicTold && !PUBLIC_VERBS.has(tokens[verb]!.norm)) continue;
    let negated = false;
    for (let j = verb - 1; j >= Math.max(sentenceStart, verb - NEGATION_REACH) && !negated; j--) negated = NEGATORS.has(tokens[j]!.norm) || tokens[j]!.norm.endsWith("n't");
    if (negated) continue;
    spans.push({ start: tokens[verb]!.start, end: tokens[nounEnd]!.end });
  }
  return spans;
}
