// The brand's own voice: a service reply ("Hi Maya, we're so sorry. Please DM us your ticket number")
// or a statement that commits the brand to act ("we're looking into it and will post an update within
// 24 hours"). Their words of trouble are the brand acknowledging it, not a customer complaining (QA: the
// brand's apologies read Negative with the advice to apologise, "stop using them" in a safety notice
// read as a call to boycott, "ticket" and "order" in a reply as service complaints). The brand's replies
// in the project's labelled sets are neutral, every one.
import { hasWord } from './lexicon';
import { PhraseMatcher } from './phrases';
import { quotations, type Token } from './tokenize';

type Part = 'apology' | 'offer' | 'commitment';

const PHRASES: Record<Part, string[]> = {
  // Sorry said by "we" (a customer's "I'm sorry but…" is no reply), or the brand's acknowledgements.
  apology: [
    "we're sorry", "we're so sorry", "we're really sorry", "we're very sorry", "we're truly sorry", "we're deeply sorry",
    'we are sorry', 'we are so sorry', 'we are really sorry', 'we are very sorry', 'we are truly sorry', 'we are deeply sorry',
    'sorry to hear', 'so sorry to hear', 'we apologise', 'we apologize', 'our apologies', 'we hear you',
    'thank you for raising this', 'thanks for raising this', 'thank you for flagging', 'thanks for flagging',
    'thank you for letting us know', 'thanks for letting us know',
    // sorry with no "we" counts only beside an offer, which a customer's "so sorry but…" lacks
    'so sorry', 'really sorry', 'sorry about this', 'sorry for the trouble', 'sorry for the inconvenience',
    'sorry for the delay', 'sorry for the wait',
  ],
  // What a reply asks for or offers: a private channel, the case's number, a person.
  offer: [
    'dm us', 'send us a dm', 'sent you a dm', "we've sent you a dm", 'dm you', 'send us a direct message', 'direct message us',
    'order number', 'ticket number', 'booking reference', 'account number', 'reference number', 'case number',
    'reach out to us', 'contact us', 'email us', 'please email', 'please call us', 'get back to you',
    "we'll look into", 'we will look into', "we'll make it right", 'we will make it right', "we'll get this sorted",
    'a person will', 'a person from our team', 'someone from our team', 'our team will',
    // where the brand's update is
    'update is here', 'details are here', 'full details here', 'more details here', 'find out more here',
  ],
  // The brand promising to act: its statements, not a customer's.
  commitment: [
    "we're looking into", 'we are looking into', "we're investigating", 'we are investigating', "we're working on",
    'we are working on', 'our engineers are', 'our team is working', "we'll post an update", 'we will post an update',
    "we'll share an update", 'we will share an update', "we'll update", 'we will update', "we'll keep you updated",
    'we will keep you updated',
  ],
};

const matcher = new PhraseMatcher<Part>(hasWord, (add) => {
  for (const part of Object.keys(PHRASES) as Part[]) for (const phrase of PHRASES[part]) add(phrase, part);
});

export interface BrandVoice {
  /** A service reply: the brand's apology or acknowledgement, with an offer or a commitment to act. */
  reply: boolean;
  /** The brand speaks: a service reply, or a statement committing it to act. */
  speaks: boolean;
}

const SILENT: BrandVoice = { reply: false, speaks: false };

/**
 * Words that pass on what someone said, right before it: "support keeps saying we're looking into it", "they
 * told me sorry for the inconvenience", "the reply: we apologise". A customer retelling the brand's reply.
 */
const RETELLING = new Set(['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'reply', 'replies', 'replied', 'response', 'responded', 'answer', 'answers', 'answered', 'wrote', 'writes', 'emailed', 'promised']);
const RETOLD_TO = new Set(['me', 'us', 'him', 'her', 'them', 'that', ':', '-', '—', '–']);

/** The phrase at `at` is retold: after a word of saying ("said", "told me", "their reply:"), with "just", "again" between. */
function retold(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  for (let hops = 0; hops < 2 && k >= 0 && RETOLD_TO.has(tokens[k]?.norm ?? ''); hops++) k--;
  while (k >= 0 && (tokens[k]?.norm === 'just' || tokens[k]?.norm === 'again')) k--;
  return RETELLING.has(tokens[k]?.norm ?? '');
}

/**
 * Whether the text is in the brand's own voice (see the top of this file); one pass over its terms. Its
 * phrases inside quotation marks, or retold after a word of saying, are a customer quoting the brand: `Every
 * reply is "sorry for the inconvenience, please DM us"`, "support keeps saying we're looking into it" (QA:
 * such complaints read neutral with no signal, as if the brand had written them).
 */
export function brandVoice(tokens: readonly Token[], terms: readonly string[]): BrandVoice {
  const found = new Set<Part>();
  let quotes: Array<[number, number]> | undefined;
  for (let i = 0; i < terms.length; i++) {
    for (const entry of matcher.allAt(terms, i)) {
      quotes ??= quotations(tokens);
      if (quotes.some(([open, close]) => open < i && i < close) || retold(tokens, i)) continue;
      found.add(entry.payload);
    }
  }
  if (found.size === 0) return SILENT;
  const reply = found.has('apology') && (found.has('offer') || found.has('commitment'));
  return { reply, speaks: reply || found.has('commitment') };
}

/** Words of a writer speaking (I, we, you, a customer's "they") and of chat (lol, tbh): not a report. */
const PERSONS = new Set([
  'i', "i'm", 'im', "i've", 'ive', "i'll", "i'd", 'me', 'my', 'mine', 'myself', 'we', "we're", "we've", "we'll", "we'd", 'our', 'ours',
  'us', 'you', 'your', "you're", 'youre', 'yours', "you've", "you'll", 'u', 'ur', 'lol', 'lmao', 'smh', 'wtf', 'tbh', 'imo', 'omg', 'pls', 'please',
  // a customer's "they" for the brand ("says single origin but they're not"); a report says "it"
  'they', "they're", 'theyre', 'them',
]);
/**
 * Verbs of a news report, told of a name: "Zentro confirms a breach", "Auren recalls 14,000 EVs", "Trackly faces
 * a regulator inquiry" (not "the packaging says…", "the app says delivered": a customer reading a label).
 */
const REPORTING = new Set([
  'says', 'confirms', 'confirmed', 'reports', 'reported', 'faces', 'facing', 'recalls', 'issues', 'announces', 'announced', 'files',
  'filed', 'fined', 'fines', 'investigating', 'withdraws', 'withdrawn', 'withdrew', 'suspends', 'suspended', 'settles',
  'denies', 'admits', 'warns', 'cancels', 'launches', 'drops', 'accused', 'sues', 'sued',
]);

/** A word written with a capital: a name, or a headline's first word. */
const named = (token: Token): boolean => token.raw[0] !== undefined && token.raw[0] !== token.raw[0].toLowerCase();

/**
 * Told as news: a report in the third person ("Skylark Air cancels 140 flights after IT systems failure"),
 * with a name's verb of reporting, no writer speaking (no I, we, you or they), no question, exclamation or emoji.
 * Its crisis words name the event, not the writer's complaint (the labelled sets call such headlines neutral).
 */
export function toldAsNews(tokens: readonly Token[]): boolean {
  let words = 0;
  let reporting = false;
  let previous: Token | undefined;
  for (const token of tokens) {
    if (token.kind === 'emoji' || token.kind === 'emoticon') return false;
    if (token.kind === 'punct' && (token.raw.includes('!') || token.raw.includes('?'))) return false;
    if (token.kind === 'word') {
      if (words === 0 && !named(token)) return false;
      words++;
      if (PERSONS.has(token.norm)) return false;
      if (REPORTING.has(token.norm) && previous?.kind === 'word' && named(previous)) reporting = true;
    }
    previous = token;
  }
  return reporting && words >= 5 && words <= 40;
}
