// analyzeDraft(): reads a reply draft as it is typed and says what works against the playbook's
// practice 5 ("engage empathetically: never argue, keep it short, acknowledge, take the high road,
// move to a private channel"). Pure and synchronous; it runs on every keystroke, so it tokenizes
// once and every detector is a single linear pass over the tokens or the characters.
import { analyze, type SignalCode } from '../analysis';
import { wordValence } from '../analysis/lexicon';
import { ENGLISH_COACH_MESSAGES } from './english';
import { countSentences, CRISIS_REPLY_GUIDELINE, measureLength, PLATFORM_REPLY_LIMITS } from './length';
import { isHarmed } from './harm';
import { compileAllowedContacts, findPersonalData, type PersonalDataKind } from './personal-data';
import { findPublicRequests } from './public-request';
import { findTonePhrases, type PhraseHit, type ToneCategory } from './phrases';
import { findPlaceholders } from './placeholders';
import { questionForm } from './question';
import { isWordChar, possessiveBase, splitCompound, tokenize, type Token } from './tokens';
import {
  FINDING_CODES,
  type CoachMessages,
  type DraftContext,
  type Finding,
  type FindingCode,
  type PreApprovedMessage,
  type ReplyTarget,
  type Severity,
  type Span,
} from './types';

/**
 * The analyser (used for sarcasm) reads at most this much of a draft: far past any platform's
 * limit, so a pasted megabyte is still answered in milliseconds (it is flagged too long anyway).
 */
export const MAX_ANALYSED_CHARS = 10_000;
/** A finding underlines at most this many spans; the UI gains nothing from more. */
export const MAX_SPANS_PER_FINDING = 100;

const SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  // Critical for an insult (posted, it cannot be taken back), a warning for talking down to them.
  hostile: 'critical',
  arguing: 'warning',
  defensive: 'warning',
  dismissive: 'warning',
  sarcasm: 'warning',
  shouting: 'warning',
  'too-long': 'warning',
  'personal-data': 'critical',
  confidential: 'critical',
  // Warnings: the words may be right, but someone who can answer for them decides.
  'legal-risk': 'warning',
  overpromise: 'warning',
  'no-acknowledgement': 'warning',
  'needs-approval': 'info',
  'not-english': 'info',
  // Critical: a pre-approved message keeps it, so an inserted template never reads as ready to post.
  placeholder: 'critical',
};

/** The phrase category behind each of these findings (phrases.ts `legal` and `promise`). */
const COMMITMENT_CATEGORY: Readonly<Record<'legal-risk' | 'overpromise', ToneCategory>> = {
  'legal-risk': 'legal',
  overpromise: 'promise',
};

// ---------------------------------------------------------------------------------------------
// Quotes: a quoted customer phrase is not the brand arguing; a word or two in scare quotes is sarcasm.

interface QuotedRegion {
  /** Offsets including the quote marks. */
  start: number;
  end: number;
  /** Token indices strictly inside the marks. */
  firstToken: number;
  lastToken: number;
  scare: boolean;
}

const OPENING_MARKS = new Set(['\u201c', '\u201e', '\u00ab', '\u2018']);
const CLOSING_MARKS = new Set(['\u201d', '\u00bb', '\u2019']);
/** A quote this many tokens long without its closing mark was not a quote. */
const MAX_QUOTE_TOKENS = 60;
/** Before these, quotes name a thing ("tap 'settings'"), they do not mock it. */
const NAMING_WORDS = new Set([
  'called', 'named', 'labelled', 'labeled', 'click', 'tap', 'select', 'choose', 'press', 'says', 'say', 'said',
  'word', 'term', 'option', 'button', 'marked', 'reads', 'type', 'enter', 'search', 'status', 'shows', 'see',
]);

function findQuotes(text: string, tokens: readonly Token[]): QuotedRegion[] {
  const regions: QuotedRegion[] = [];
  let openAt = -1;
  let openMark = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (openAt >= 0 && i - openAt > MAX_QUOTE_TOKENS) openAt = -1;
    if (token.kind !== 'punct' || (token.norm !== '"' && token.norm !== "'")) continue;
    const raw = text.slice(token.start, token.end);
    const before = token.start > 0 ? text.charCodeAt(token.start - 1) : 32;
    const after = token.end < text.length ? text.charCodeAt(token.end) : 32;
    const closes = openAt >= 0 && token.norm === openMark && (CLOSING_MARKS.has(raw) || raw === '"' || raw === "'") && !isWordChar(after);
    if (closes) {
      const inner = tokens.slice(openAt + 1, i);
      const words = inner.filter((t) => t.kind === 'word' || t.kind === 'number');
      const opener = tokens[openAt]!;
      const previous = tokens[openAt - 1];
      const lowerCase = words.every((t) => text.slice(t.start, t.end) === t.norm);
      const naming = previous !== undefined && NAMING_WORDS.has(previous.norm);
      const scare = words.length >= 1 && words.length <= 3 && lowerCase && !naming && inner.length <= 5;
      if (inner.length > 0) regions.push({ start: opener.start, end: token.end, firstToken: openAt + 1, lastToken: i - 1, scare });
      openAt = -1;
      continue;
    }
    const opens = (OPENING_MARKS.has(raw) || raw === '"' || raw === "'") && !isWordChar(before) && isWordChar(after);
    if (opens) {
      openAt = i;
      openMark = token.norm;
    }
  }
  return regions;
}

// ---------------------------------------------------------------------------------------------
// Shouting.

/** Acronyms and initialisms that are written in capitals and are not shouting. */
const ACRONYMS = new Set([
  'dm', 'dms', 'pm', 'am', 'uk', 'us', 'usa', 'eu', 'un', 'uae', 'nz', 'faq', 'faqs', 'asap', 'ceo', 'cfo', 'cto',
  'coo', 'pr', 'it', 'hr', 'hq', 'id', 'pin', 'ok', 'tv', 'pc', 'ai', 'api', 'url', 'gdpr', 'ccpa', 'http', 'https',
  'nhs', 'bbc', 'cnn', 'fbi', 'nasa', 'ups', 'dhl', 'usps', 'fedex', 'tnt', 'est', 'edt', 'pst', 'pdt', 'cst', 'gmt',
  'utc', 'cet', 'cest', 'bst', 'eta', 'sms', 'mms', 'pdf', 'ps', 'pps', 'nb', 'rsvp', 'fyi', 'tbc', 'tbd', 'atm',
  'vat', 'isp', 'vpn', 'wifi', 'usb', 'led', 'oled', 'lcd', 'gps', 'sim', 'esim', 'sku', 'rma', 'cs', 'cx', 'ux',
  'ui', 'nyc', 'la', 'sf', 'emea', 'apac', 'latam', 'kyc', 'aml', 'sla', 'po', 'qa', 'kb', 'mb', 'gb', 'tb', 'otp',
  'mfa', 'sso', 'cv', 'diy', 'covid', 'nato', 'unicef', 'uefa', 'fifa', 'nfl', 'nba', 'bmw', 'ibm', 'hp', 'lg',
  'adhd', 'fda', 'ftc', 'sec', 'irs', 'hmrc', 'dvla', 'mot', 'nyse', 'esg', 'dei', 'lgbt', 'lgbtq', 'lgbtqia',
  'iata', 'eur', 'usd', 'gbp', 'aud', 'cad', 'jpy', 'chf', 'ios', 'ipad', 'tldr', 'ai', 'ar', 'vr', 'xr', 'hdmi',
  'dvd', 'cd', 'rsvp', 'ps5', 'xl', 'xxl', 'xs', 'sm', 'md', 'lg', 'st', 'mr', 'dr', 'mrs', 'ms', 'q', 'ok',
  // The internet's own, written in capitals as a matter of course (QA: "LOL" was called shouting in
  // a finding that says acronyms are fine). Whether they suit a reply is the phrases' business ("lol"
  // to an upset customer is dismissive).
  'lol', 'lols', 'lmao', 'lmfao', 'rofl', 'omg', 'omfg', 'imo', 'imho', 'tbh', 'btw', 'brb', 'idk', 'irl', 'afaik',
  'iirc', 'fwiw', 'ngl', 'smh', 'tbf', 'ty', 'tysm', 'thx', 'np', 'nvm', 'jk', 'pms', 'aka', 'ftw', 'ikr', 'iykyk',
  'tl', 'op', 'ama', 'til', 'psa', 'eli5', 'yolo', 'fomo', 'bff',
]);

/** Short ordinary words that shout even alone ("We did NOT"). */
const EMPHASIS_WORDS = new Set([
  'not', 'no', 'yes', 'all', 'we', 'you', 'do', 'did', 'will', 'why', 'what', 'stop', 'now', 'very', 'so', 'is',
  'are', 'the', 'and', 'this', 'that', 'must', 'read', 'ever', 'only', "can't", "don't", "won't", 'wow',
  // Expletives: in capitals an outburst, acronyms or not.
  'wtf', 'ffs', 'was', 'were', 'have', 'has', 'had', 'our', 'your', "it's", 'never', 'any', 'how', 'who', 'but',
  'sure', 'real', 'fake', 'lie', 'lies', 'wait', 'see', 'get', 'got', 'own', 'for', 'to', 'of',
  // Longer ones: alone among ordinary words they would pass for an acronym, so they are named.
  'nothing', 'nobody', 'always', 'every', 'everyone', 'everything', 'anything', 'really', 'totally', 'absolutely',
  'literally', 'seriously', 'again', 'still', 'right', 'today', 'exactly', 'actually', 'clearly', 'obviously',
  'cannot', "didn't", "doesn't", "isn't", "wasn't", "aren't", "weren't", "shouldn't", "wouldn't", "couldn't", 'should',
  'would', 'could', 'there', 'their', "they're", 'these', 'those', 'which', 'where', 'about', 'after', 'before', 'because',
  'until', 'first', 'hello', 'please', 'sorry', 'thanks', 'listen', 'enough', 'whole', 'other', 'think', 'know',
]);

/** An acronym spelled out in capitals is seldom this long (AMOLED, HIPAA, NVIDIA are 5–6 letters); a word is. */
const LONGEST_ACRONYM = 7;

/** Capital letters, at least two, and no lower-case letter or digit. */
function capsWord(raw: string): boolean {
  let letters = 0;
  for (let k = 0; k < raw.length; k++) {
    const ch = raw.charAt(k);
    if (ch >= '0' && ch <= '9') return false;
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) continue;
    if (ch === lower) return false;
    letters++;
  }
  return letters >= 2;
}

/**
 * A capitals word of five letters or more, not in a run of them, that reads as an acronym: it stands
 * inside a sentence after another word ("the new AMOLED screen", "as HIPAA requires", "by BACS or
 * CHAPS"), is not too long for one, and is no word with a feeling ("It is UNACCEPTABLE"). A capitals
 * word opening a sentence ("NVIDIA drivers…", "SERIOUSLY?") is read as a raised voice, unless it is
 * listed or one of `brandTerms`.
 */
function loneAcronym(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.end - token.start > LONGEST_ACRONYM || wordValence(token.norm) !== undefined) return false;
  const before = tokens[index - 1];
  return before !== undefined && (before.kind !== 'punct' || !SENTENCE_BREAKS.has(before.norm));
}

/** Words of thanks that carry no valence of their own ("THANK YOU SO MUCH"). */
const THANKS_WORDS = new Set(['thank', 'thanks', 'you', 'so', 'much', 'very', 'all', 'guys', 'everyone']);

/** A span of letters whose words are all thanks or praise ("THANK YOU", "LOVE", "AMAZING"). */
function warmWords(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z']+/g);
  return words !== null && words.every((word) => THANKS_WORDS.has(word) || (wordValence(word) ?? 0) > 0);
}

/** The analyser's sarcasm evidence when it is a closing thanks alone. */
const CLOSING_THANKS = /^(?:thanks|thank you|thx|ty)$/i;

function findShouting(text: string, tokens: readonly Token[], brandTerms: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  // Capital words that are not acronyms or brand names, with their token index.
  const caps: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    if (!capsWord(text.slice(token.start, token.end))) continue;
    if (ACRONYMS.has(token.norm) || brandTerms.has(token.norm)) continue;
    caps.push(i);
  }
  const wordIndex = (i: number): number => {
    // Index among word-like tokens, so "WE ARE, SO SORRY" counts as one run despite the comma.
    let count = 0;
    for (let k = i - 1; k >= 0 && tokens[k]!.kind === 'punct'; k--) count++;
    return count;
  };
  for (let c = 0; c < caps.length; c++) {
    const i = caps[c]!;
    const token = tokens[i]!;
    const previous = caps[c - 1];
    const next = caps[c + 1];
    // Neighbours in the same run: only punctuation between them.
    const inRun = (previous !== undefined && i - previous - 1 === wordIndex(i)) || (next !== undefined && next - i - 1 === wordIndex(next));
    if (inRun || EMPHASIS_WORDS.has(token.norm) || (token.end - token.start >= 5 && !loneAcronym(tokens, i))) {
      spans.push({ start: token.start, end: token.end });
    }
  }
  // "!!", "?!", and three or more exclamation marks anywhere.
  const singles: Span[] = [];
  let exclamations = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'punct' || (token.norm !== '!' && token.norm !== '?')) continue;
    let j = i;
    let bangs = 0;
    while (j < tokens.length && (tokens[j]!.norm === '!' || tokens[j]!.norm === '?') && (j === i || tokens[j]!.start === tokens[j - 1]!.end)) {
      if (tokens[j]!.norm === '!') bangs++;
      j++;
    }
    const end = tokens[j - 1]!.end;
    if (bangs >= 1 && j - i >= 2) spans.push({ start: token.start, end });
    else if (bangs === 1) singles.push({ start: token.start, end });
    exclamations += bangs;
    i = j - 1;
  }
  if (exclamations >= 3) spans.push(...singles);
  return spans.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Confidential terms.

interface TermNode {
  next: Map<string, TermNode>;
  term?: string;
}

/** A term with its words run together ("projectfalcon"), as a link or hashtag may write it. */
interface JoinedTerm {
  term: string;
  /** Offsets in the joined form where one of the term's words ends: the only places a separator may stand. */
  boundaries: ReadonlySet<number>;
}

interface CompiledTerms {
  trie: TermNode;
  joined: ReadonlyMap<string, readonly JoinedTerm[]>;
  /** Every prefix of a joined form: a scan along a link stops as soon as it leaves these. */
  prefixes: ReadonlySet<string>;
}

let cachedTermsKey = '';
let cachedTerms: CompiledTerms | null = null;

/** Terms change rarely and the draft changes on every keystroke: keep the last compiled list. */
function compileTerms(terms: readonly unknown[]): CompiledTerms | null {
  const clean = terms.filter((term): term is string => typeof term === 'string' && term.trim() !== '');
  const key = clean.join('\u0000');
  if (key === cachedTermsKey) return cachedTerms;
  const root: TermNode = { next: new Map() };
  const joined = new Map<string, JoinedTerm[]>();
  const prefixes = new Set<string>();
  let any = false;
  for (const term of clean) {
    const source = term.slice(0, 200);
    const norms = tokenize(source)
      .filter((token) => token.kind !== 'punct' && token.kind !== 'emoji')
      .map((token) => token.norm);
    if (norms.length === 0) continue;
    let node = root;
    for (const norm of norms) {
      let child = node.next.get(norm);
      if (!child) {
        child = { next: new Map() };
        node.next.set(norm, child);
      }
      node = child;
    }
    node.term = term.trim();
    any = true;
    // The same words run together, with where each ends ("Project Falcon" → "projectfalcon", {7}).
    const parts = splitCompound(source, 0, source.length, true);
    let form = '';
    const boundaries = new Set<number>();
    for (const part of parts) {
      if (form !== '') boundaries.add(form.length);
      form += part.norm;
    }
    if (form === '') continue;
    joined.set(form, [...(joined.get(form) ?? []), { term: term.trim(), boundaries }]);
    for (let k = 1; k <= form.length; k++) prefixes.add(form.slice(0, k));
  }
  cachedTermsKey = key;
  cachedTerms = any ? { trie: root, joined, prefixes } : null;
  return cachedTerms;
}

/** Between two words of one term: spaces, or a hyphen, dot, slash or underscore ("Q3-results"). */
function joined(text: string, from: number, to: number): boolean {
  if (to < from || to - from > 3) return false;
  for (let k = from; k < to; k++) if (!/[\s\-./_]/.test(text.charAt(k))) return false;
  return true;
}

/**
 * What may join a term's words inside a link or hashtag: "project-falcon", "project_falcon",
 * "project/falcon", "project.falcon.acme.com", "?q=project+falcon", "project%20falcon". Anything
 * else ("?project=falcon", "project-x/falcon") keeps them apart.
 */
const COMPOUND_JOINERS = new Set(['-', '_', '/', '.', '+', '%20', '%2d', '%5f', '%2f']);

/** The term whose joined form is `form` and whose words end wherever a separator was crossed. */
function joinedTerm(compiled: CompiledTerms, form: string, cuts: readonly number[]): string | null {
  const candidates = compiled.joined.get(form);
  if (!candidates) return null;
  for (const candidate of candidates) if (cuts.every((cut) => candidate.boundaries.has(cut))) return candidate.term;
  return null;
}

/**
 * Terms inside one link, hashtag, mention or run-together word: whole words of it (split at
 * non-letters, case changes and digits) that spell the term with its words joined by nothing or
 * by one of COMPOUND_JOINERS. "acme.com/falconer" and "#BlueBirds" hold no "Falcon" or "Bluebird".
 * A word of prose must be the term from end to end ("ProjectFalcon", "Project_Falcon"): a name
 * like "iPhone" or "MegaFalcon" is another name, not "Phone" or "Falcon".
 */
function findInCompound(text: string, token: Token, compiled: CompiledTerms, spans: Span[], found: string[]): void {
  const parts = splitCompound(text, token.start, token.end, token.kind !== 'url');
  const prose = token.kind === 'word';
  for (let a = 0; a < (prose ? Math.min(1, parts.length) : parts.length); a++) {
    let form = '';
    const cuts: number[] = [];
    let best: { end: number; last: number; term: string } | null = null;
    for (let b = a; b < parts.length; b++) {
      const part = parts[b]!;
      if (b > a && part.joint !== '') {
        if (!COMPOUND_JOINERS.has(part.joint ?? '')) break;
        cuts.push(form.length);
      }
      // "#ProjectFalcon's": the possessive may end the term.
      const base = possessiveBase(part.norm);
      const owner = base === null ? null : joinedTerm(compiled, form + base, cuts);
      if (owner !== null && base !== null) best = { end: part.end - (part.norm.length - base.length), last: b, term: owner };
      form += part.norm;
      const term = joinedTerm(compiled, form, cuts);
      if (term !== null) best = { end: part.end, last: b, term };
      if (!compiled.prefixes.has(form)) break;
    }
    if (best && !(prose && best.last !== parts.length - 1)) {
      spans.push({ start: parts[a]!.start, end: best.end });
      if (!found.includes(best.term)) found.push(best.term);
      a = best.last;
    }
  }
}

function findConfidential(text: string, tokens: readonly Token[], terms: readonly unknown[]): { spans: Span[]; terms: string[] } {
  const compiled = compileTerms(terms);
  const spans: Span[] = [];
  const found: string[] = [];
  if (!compiled) return { spans, terms: found };
  const words = tokens.filter((token) => token.kind !== 'punct' && token.kind !== 'emoji' && token.kind !== 'url');
  for (let i = 0; i < words.length; i++) {
    let node: TermNode | undefined = compiled.trie;
    let matchEnd = -1;
    let matchEndAt = -1;
    let matchTerm = '';
    for (let j = i; j < words.length; j++) {
      const word = words[j]!;
      if (j > i && !joined(text, words[j - 1]!.end, word.start)) break;
      // "Project Falcon's fault": a possessive ends the term, and the underline stops before "'s".
      const base = possessiveBase(word.norm);
      const owner = base === null ? undefined : node.next.get(base);
      if (owner?.term !== undefined && base !== null) {
        matchEnd = j;
        matchEndAt = word.end - (word.norm.length - base.length);
        matchTerm = owner.term;
      }
      node = node.next.get(word.norm);
      if (!node) break;
      if (node.term !== undefined) {
        matchEnd = j;
        matchEndAt = word.end;
        matchTerm = node.term;
      }
    }
    if (matchEnd >= 0) {
      spans.push({ start: words[i]!.start, end: matchEndAt });
      if (!found.includes(matchTerm)) found.push(matchTerm);
      i = matchEnd;
    }
  }
  // Links are one token and were left out above; hashtags, mentions and words may run a term
  // together ("#ProjectFalcon", "Project_Falcon"). Tokens already matched whole are not read again.
  let covered = 0;
  const whole = [...spans];
  for (const token of tokens) {
    if (token.kind !== 'url' && token.kind !== 'hashtag' && token.kind !== 'mention' && token.kind !== 'word') continue;
    while (covered < whole.length && whole[covered]!.end <= token.start) covered++;
    const hit = whole[covered];
    if (hit !== undefined && hit.start < token.end) continue;
    findInCompound(text, token, compiled, spans, found);
  }
  spans.sort((a, b) => a.start - b.start);
  return { spans, terms: found };
}

// ---------------------------------------------------------------------------------------------
// Hostility: the analyser's insults ("idiot", "shut up", "pathetic"), when the reply aims them at
// the person. An apology uses the same words for other things, so each insult is read in its clause.

const CLAUSE_BREAKS = new Set(['.', ',', '!', '?', ';', ':', '…', '(', ')', '—', '–']);
const SENTENCE_BREAKS = new Set(['.', '!', '?', '…']);
/** How far, in tokens, the guards look on each side of an insult: each look is bounded, so the pass stays linear. */
const CLAUSE_WINDOW = 12;
const NEGATION_WINDOW = 5;
const NEGATORS = new Set([
  'not', 'no', 'never', 'nothing', 'none', 'nobody', "isn't", "aren't", "wasn't", "weren't", "didn't", "doesn't", "don't",
  "won't", "wouldn't", 'cannot', "can't", 'hardly',
]);
/** Words that may stand between a negator and what it negates ("no such thing as a stupid question"). */
const NEGATION_FILLERS = new Set([
  'a', 'an', 'the', 'so', 'that', 'too', 'really', 'remotely', 'at', 'all', 'such', 'thing', 'as', 'be', 'being', 'even',
  'ever', 'one', 'bit', 'single', 'is', 'are', 'was', 'were', 'it', "it's", 'you', "you're",
]);
/** Before an insult in its clause: what they felt or were called, not what the reply calls them. */
const REPORTING = new Set([
  'feel', 'feels', 'felt', 'feeling', 'call', 'called', 'tell', 'tells', 'told', 'say', 'says', 'said',
  'treat', 'treated', 'treating', 'labelled', 'labeled', 'described', 'accused', 'branded',
]);
/**
 * How things seem to them: "it seems like no one cares", "it looks as if nobody cares". A reported
 * impression, unless its subject is the reader ("you look like an idiot") or the reader stands
 * between it and the insult ("seems like you're an idiot"). "Look" and "sound" need "like"/"as":
 * "look at this idiot" reports nothing.
 */
const IMPRESSION = new Set(['seem', 'seems', 'seemed', 'seeming', 'appear', 'appears', 'appeared', 'look', 'looks', 'looked', 'sound', 'sounds', 'sounded']);
const IMPRESSION_NEEDS_LIKE = new Set(['look', 'looks', 'looked', 'sound', 'sounds', 'sounded']);
/**
 * Insults that are orders ("shut up", "go to hell"): opening their clause, they are said to the
 * reader, whatever "we" or "our" comes later ("shut up and read the email we sent").
 */
const IMPERATIVE_VERBS = new Set(['shut', 'go', 'burn', 'rot', 'screw', 'fuck', 'piss', 'bugger', 'sod', 'get']);
/** Words that may come before an order in its clause: "just shut up", "please go away", "oh, shut up". */
const ORDER_OPENERS = new Set(['just', 'please', 'pls', 'now', 'so', 'oh', 'and', 'then', 'well', 'ok', 'okay', 'seriously', 'honestly']);
/**
 * Insults that name a person. "What a disgrace" is a verdict on what happened; "what an idiot"
 * calls someone an idiot, apology or not.
 */
const PERSON_NOUNS = new Set([
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'clown', 'clowns', 'scum', 'scumbag', 'scumbags', 'loser',
  'losers', 'liar', 'liars', 'asshole', 'assholes', 'bastard', 'bastards', 'bitch', 'jerk', 'jerks', 'thieves', 'crooks',
  'criminals', 'dumbass', 'dickhead', 'dickheads', 'muppet', 'muppets', 'numpties', 'fools', 'fool', 'cowards', 'troll', 'trolls',
]);
const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", "i'll", 'we', "we're", "we've", "we'd", "we'll", 'my', 'mine', 'our', 'ours', 'myself', 'ourselves']);
/** "Are you calling us liars?" is aimed at them: objects count as the brand only after the insult. */
const FIRST_PERSON_OBJECTS = new Set(['me', 'us']);
const SECOND_PERSON = new Set(['you', "you're", "you've", "you'd", "you'll", 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur', 'ya']);
/** Subjects that make an insult word a verdict on what happened ("this is a disgrace"). */
const SITUATION = new Set(['this', 'that', 'it', "it's", "that's", 'these', 'those']);
const CONTRAST = new Set(['but', 'however', 'though', 'although', 'yet']);
/** Acknowledgements that agree with them: before a verdict they own it too ("you're right, that's a disgrace"). */
const AGREEMENT = new Set(["you're right", 'you are right', 'fair point']);

/**
 * Emoji that insult (🖕, 💩 and 🤡 aimed at them) or curse (🤬) in a brand's reply. Each is read in
 * its clause like an insult word: "our update was 💩" or "we clowned this one 🤡" is the brand on
 * itself. Angry faces (😡, 😠) are left alone: a reply uses them for the customer's feeling.
 */
const HOSTILE_EMOJI: ReadonlyMap<string, 'insult' | 'curse'> = new Map([
  ['\u{1f595}', 'insult'],
  ['\u{1f4a9}', 'insult'],
  ['\u{1f921}', 'insult'],
  ['\u{1f92c}', 'curse'],
]);
/** Before 🤬, these make it the feeling the reply names ("I get why you're 🤬"), not a curse. */
const FEELING_LINKS = new Set([
  "you're", 'are', 'were', 'was', 'is', 'be', 'being', 'been', 'am', "i'm", "we're", "they're", 'feel', 'feels', 'felt',
  'feeling', 'look', 'looks', 'sound', 'sounds', 'seem', 'seems', 'get', 'got',
]);
const INTENSIFIERS = new Set(['so', 'really', 'very', 'rightly', 'understandably', 'absolutely', 'totally', 'pretty', 'quite', 'just']);

function namesFeeling(tokens: readonly Token[], index: number): boolean {
  let k = index - 1;
  while (k >= 0 && index - k <= 3 && INTENSIFIERS.has(tokens[k]!.norm)) k--;
  return k >= 0 && FEELING_LINKS.has(tokens[k]!.norm);
}

const isBreak = (token: Token | undefined, breaks: ReadonlySet<string>): boolean => token !== undefined && token.kind === 'punct' && breaks.has(token.norm);

/** The clause around tokens first..last, at most CLAUSE_WINDOW tokens each side: [from, to]. */
function clauseAround(tokens: readonly Token[], first: number, last: number): { from: number; to: number } {
  let from = first;
  while (from > 0 && first - from < CLAUSE_WINDOW && !isBreak(tokens[from - 1], CLAUSE_BREAKS)) from--;
  let to = last;
  while (to + 1 < tokens.length && to - last < CLAUSE_WINDOW && !isBreak(tokens[to + 1], CLAUSE_BREAKS)) to++;
  return { from, to };
}

/**
 * What they felt or were called, or how it seems to them: "sorry we made you feel stupid", "our
 * agent told you to shut up", "we get why it seems like no one cares".
 */
function reported(tokens: readonly Token[], from: number, first: number): boolean {
  let impression = false;
  for (let k = from; k < first; k++) {
    const norm = tokens[k]!.norm;
    if (REPORTING.has(norm)) return true;
    if (SECOND_PERSON.has(norm)) impression = false;
    else if (IMPRESSION.has(norm) && !SECOND_PERSON.has(tokens[k - 1]?.norm ?? '')) {
      const next = tokens[k + 1]?.norm;
      impression = !IMPRESSION_NEEDS_LIKE.has(norm) || next === 'like' || next === 'as';
    }
  }
  return impression;
}

/** An order opening its clause ("Shut up and…", "Just go to hell"): aimed at the reader. */
function orderToThem(tokens: readonly Token[], from: number, first: number): boolean {
  if (!IMPERATIVE_VERBS.has(tokens[first]!.norm)) return false;
  for (let k = from; k < first; k++) if (!ORDER_OPENERS.has(tokens[k]!.norm)) return false;
  return true;
}

/** "What a disgrace", "what an absolute joke": an exclamation about what happened, opening its clause. */
function exclamation(tokens: readonly Token[], from: number, first: number, last: number): boolean {
  if (tokens[from]?.norm !== 'what' || first - from > 4 || first !== last) return false;
  const article = tokens[from + 1]?.norm;
  return (article === 'a' || article === 'an') && !PERSON_NOUNS.has(tokens[first]!.norm);
}

/** "Not a stupid question", "no such thing as a stupid question"; but "don't be stupid" is an order. */
function negated(tokens: readonly Token[], from: number, first: number): boolean {
  for (let k = first - 1; k >= from && first - k <= NEGATION_WINDOW; k--) {
    const norm = tokens[k]!.norm;
    if (NEGATORS.has(norm)) {
      const order = tokens[k + 1]?.norm === 'be' && (norm === "don't" || (norm === 'not' && tokens[k - 1]?.norm === 'do'));
      return !order;
    }
    if (!NEGATION_FILLERS.has(norm)) return false;
  }
  return false;
}

/**
 * Who the clause says it of: the nearest person before the insult ("you're an idiot", "our
 * service was pathetic"), else the first one after it ("stupid of you", "a stupid mistake on our part").
 */
function personOf(tokens: readonly Token[], from: number, first: number, last: number, to: number): 'brand' | 'them' | null {
  for (let k = first - 1; k >= from; k--) {
    const norm = tokens[k]!.norm;
    if (FIRST_PERSON.has(norm)) return 'brand';
    if (SECOND_PERSON.has(norm)) return 'them';
  }
  for (let k = last + 1; k <= to; k++) {
    const norm = tokens[k]!.norm;
    if (FIRST_PERSON.has(norm) || FIRST_PERSON_OBJECTS.has(norm)) return 'brand';
    if (SECOND_PERSON.has(norm)) return 'them';
  }
  return null;
}

/** An acknowledgement in the same sentence with no "but" between: after the verdict, or an agreement before it. */
function ownedInSentence(tokens: readonly Token[], first: number, last: number, acknowledgements: readonly PhraseHit[]): boolean {
  const plain = (a: number, b: number): boolean => {
    if (b - a > 2 * CLAUSE_WINDOW) return false;
    for (let k = a; k < b; k++) if (isBreak(tokens[k], SENTENCE_BREAKS) || CONTRAST.has(tokens[k]!.norm)) return false;
    return true;
  };
  // Only the acknowledgements near it (they are in text order): a draft full of both stays linear.
  let low = 0;
  let high = acknowledgements.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (acknowledgements[middle]!.last < first - 2 * CLAUSE_WINDOW) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < acknowledgements.length; i++) {
    const hit = acknowledgements[i]!;
    if (hit.first > last + 2 * CLAUSE_WINDOW) break;
    if (hit.first > last) {
      if (plain(last + 1, hit.first)) return true;
    } else if (hit.last < first) {
      const words = tokens.slice(hit.first, hit.last + 1).map((token) => token.norm).join(' ');
      if (AGREEMENT.has(words) && plain(hit.last + 1, first)) return true;
    }
  }
  return false;
}

/**
 * Whether the next sentence, after the verdict at `last`, opens with the brand owning it: "What a
 * disgrace. We're sorry…", "That's a disgrace. That's on us." Only the brand's own words count
 * ("we're sorry", "I apologise", ownership); a bare "Sorry." after "What a joke." may be a jab.
 */
function ownedNextSentence(tokens: readonly Token[], last: number, owning: readonly PhraseHit[]): boolean {
  let end = -1;
  for (let k = last + 1; k < tokens.length && k - last <= CLAUSE_WINDOW; k++) {
    if (CONTRAST.has(tokens[k]!.norm)) return false;
    if (isBreak(tokens[k], SENTENCE_BREAKS)) {
      end = k;
      break;
    }
  }
  if (end < 0) return false;
  // Only the hits just after the break (they are in token order): a long draft stays linear.
  let low = 0;
  let high = owning.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (owning[middle]!.first <= end) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < owning.length; i++) {
    const hit = owning[i]!;
    if (hit.first - end > 4) return false;
    for (let k = end + 1; k <= hit.last; k++) {
      const norm = tokens[k]!.norm;
      if (CONTRAST.has(norm)) return false;
      if (FIRST_PERSON.has(norm) || FIRST_PERSON_OBJECTS.has(norm)) return true;
    }
  }
  return false;
}

/**
 * Whether an insult the analyser found (tokens first..last) is aimed at the person. Not when it
 * is negated, what they felt or were called, said of the brand itself, or a verdict on what
 * happened that the brand apologises for or owns, in the sentence ("it's a disgrace, and we're
 * sorry") or opening the next ("What a disgrace. We're sorry."). A clause that is the insult alone
 * ("Idiot.", "Sorry, idiot.") always is, and so is an order opening its clause ("Shut up and read
 * the email we sent").
 */
function aimedAtThem(tokens: readonly Token[], first: number, last: number, acknowledgements: readonly PhraseHit[]): boolean {
  const { from, to } = clauseAround(tokens, first, last);
  if (from === first && to === last) return true;
  if (negated(tokens, from, first) || reported(tokens, from, first)) return false;
  if (orderToThem(tokens, from, first)) return true;
  const person = personOf(tokens, from, first, last, to);
  if (person !== null) return person === 'them';
  let verdict = exclamation(tokens, from, first, last);
  for (let k = from; k < first && !verdict; k++) verdict = SITUATION.has(tokens[k]!.norm);
  return !(verdict && (ownedInSentence(tokens, first, last, acknowledgements) || ownedNextSentence(tokens, last, acknowledgements)));
}

/** Two lists of hits in token order, merged in token order. */
function mergeHits(a: readonly PhraseHit[], b: readonly PhraseHit[]): PhraseHit[] {
  const merged: PhraseHit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.first <= b[j]!.first)) merged.push(a[i++]!);
    else merged.push(b[j++]!);
  }
  return merged;
}

/** The token indices covering [start, end) of the draft, or null when no token starts inside it. */
function tokenRange(tokens: readonly Token[], start: number, end: number): { first: number; last: number } | null {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  let last = low;
  if (low >= tokens.length || tokens[low]!.start >= end) return null;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  return { first: low, last };
}

// ---------------------------------------------------------------------------------------------
// The reply target and the incident.

const NEGATIVE_SIGNALS: readonly SignalCode[] = [
  'anger', 'hostility', 'boycott', 'complaint:product', 'complaint:service', 'complaint:insensitive',
  'complaint:hypocrisy', 'complaint:employee', 'complaint:security',
];

/** What the coach reads of the post being answered. */
export interface TargetReading {
  label: string;
  signals: readonly SignalCode[];
  notEnglish: boolean;
  /** A question asked for information only (questionForm: 'plain'). */
  plainQuestion: boolean;
  /** One asked as plainly in the writer's own name (questionForm: 'own'). */
  ownQuestion: boolean;
}

// The post being answered stays the same for every keystroke of its reply: analyse it once.
let lastTargetText: string | null = null;
let lastTargetAnalysis: { label: string; signals: readonly SignalCode[]; notEnglish: boolean } = { label: 'neutral', signals: [], notEnglish: false };
let lastQuestionText: string | null = null;
let lastQuestionForm: ReturnType<typeof questionForm> = null;

/**
 * The label and signals of the post being answered: as given, or from the analyser; whether the
 * analyser found it seems not to be in English (false when label and signals are given: not analysed);
 * and whether it is a plain question.
 */
export function readTarget(target: ReplyTarget | undefined): TargetReading | null {
  if (!target || typeof target.text !== 'string') return null;
  // Once per post, as its analysis is, not at each keystroke of the reply.
  if (target.text !== lastQuestionText) {
    lastQuestionText = target.text;
    lastQuestionForm = questionForm(target.text);
  }
  const plainQuestion = lastQuestionForm === 'plain';
  const ownQuestion = lastQuestionForm === 'own';
  if (target.label && Array.isArray(target.signals)) return { label: target.label, signals: target.signals, notEnglish: false, plainQuestion, ownQuestion };
  if (target.text !== lastTargetText) {
    const analysis = analyze(target.text.slice(0, MAX_ANALYSED_CHARS));
    lastTargetText = target.text;
    lastTargetAnalysis = { label: analysis.label, signals: analysis.signals, notEnglish: analysis.notEnglish === true };
  }
  return {
    label: target.label ?? lastTargetAnalysis.label,
    signals: Array.isArray(target.signals) ? target.signals : lastTargetAnalysis.signals,
    notEnglish: lastTargetAnalysis.notEnglish,
    plainQuestion,
    ownQuestion,
  };
}

const INCONVENIENCE = new Set(['inconvenience', 'inconveniences', 'inconvenienced', 'inconvenient']);
/** "more than an inconvenience", "not just an inconvenience", "far from a minor inconvenience": said to own it, not to make light of it. */
const BEYOND_INCONVENIENCE = new Set(['than', 'just', 'merely', 'simply', 'only', 'far', 'beyond']);

/**
 * The draft's "inconvenience" where the post being answered tells someone hurt or put at risk (a burn, a
 * fire, an injury: harm.ts), as dismissive hits; none that a dismissive phrase already holds ("minor
 * inconvenience"), nor one said to own the harm ("this is far more than an inconvenience").
 */
function inconvenienceToHarm(tokens: readonly Token[], target: ReplyTarget | undefined, dismissive: readonly PhraseHit[]): PhraseHit[] {
  const found: PhraseHit[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word' || !INCONVENIENCE.has(token.norm)) continue;
    if (dismissive.some((hit) => hit.first <= k && k <= hit.last)) continue;
    if ([1, 2, 3].some((back) => BEYOND_INCONVENIENCE.has(tokens[k - back]?.norm ?? ''))) continue;
    found.push({ category: 'dismissive', first: k, last: k, start: token.start, end: token.end });
  }
  if (found.length === 0 || typeof target?.text !== 'string' || !isHarmed(target.text.slice(0, MAX_ANALYSED_CHARS))) return [];
  return found;
}

/**
 * The person is upset: a negative or mixed post, or one with anger or a complaint in it. Not a plain
 * question (questionForm) with none of those signals: its words may read negative
 * ("Is my kettle part of the recall?"), its writer asks.
 */
export function needsAcknowledgement(target: { label: string; signals: readonly SignalCode[]; plainQuestion?: boolean; ownQuestion?: boolean }): boolean {
  if (target.signals.some((signal) => NEGATIVE_SIGNALS.includes(signal))) return true;
  return (target.label === 'negative' || target.label === 'mixed') && target.plainQuestion !== true && target.ownQuestion !== true;
}

/** Whether the post a reply answers reads upset (see needsAcknowledgement): the coach opens for it. */
export function answersUpsetPost(target: ReplyTarget | undefined): boolean {
  const read = readTarget(target);
  return read !== null && needsAcknowledgement(read);
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

function isPreApproved(draft: string, messages: readonly PreApprovedMessage[] | undefined, now: number): boolean {
  if (!Array.isArray(messages)) return false;
  const normalised = collapse(draft);
  return messages.some(
    (message) =>
      message && typeof message.text === 'string' && !(typeof message.expires === 'number' && message.expires <= now) && collapse(message.text) === normalised,
  );
}

function approvalWhy(incident: NonNullable<DraftContext['incident']>, messages: CoachMessages): string {
  const approver = typeof incident.approver === 'string' && incident.approver.trim() ? incident.approver.trim() : '';
  const step = typeof incident.approvalStep === 'string' && incident.approvalStep.trim() ? incident.approvalStep.trim() : '';
  if (approver && step) return messages.approvalFromWithStep(approver, step);
  if (approver) return messages.approvalFrom(approver);
  if (step) return messages.approvalStep(step);
  return messages.approval();
}

// ---------------------------------------------------------------------------------------------

/**
 * Words of the draft or a term, cut to 40 characters as a reader counts them, in the quotation marks of
 * `messages`. The cut falls between whole characters: an emoji, a flag or an accented letter is never
 * split (a lone surrogate would show as "�").
 */
function quote(text: string, messages: CoachMessages): string {
  if (measureLength(text, 'graphemes', 40).overflowAt === null) return messages.quoted(text);
  const cut = measureLength(text, 'graphemes', 39).overflowAt ?? text.length;
  return messages.quoted(`${text.slice(0, cut)}…`);
}

/** "a, b and c" in the words of `messages`. */
function listed(items: readonly string[], messages: CoachMessages): string {
  if (items.length <= 1) return items[0] ?? '';
  return messages.andList(items.slice(0, -1).join(messages.listSeparator()), items[items.length - 1]!);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function insideAny(span: Span, regions: readonly Span[]): boolean {
  return regions.some((region) => span.start >= region.start && span.end <= region.end);
}

function safeString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function stringList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Everything in `draft` that works against the playbook, in FINDING_CODES order, each `why` in the
 * words of `messages` (the locale's in the extension, English by default). An empty (or blank) draft
 * has no findings. Never throws; time is linear in the draft's length.
 */
export function analyzeDraft(draft: string, context: DraftContext, messages: CoachMessages = ENGLISH_COACH_MESSAGES): Finding[] {
  try {
    return analyzeDraftOrThrow(draft, context, messages);
  } catch {
    // A detector bug must never break typing in the reply box: no findings is the safe answer.
    // The fuzz test calls analyzeDraftOrThrow, so such a bug still fails the build.
    return [];
  }
}

/**
 * A draft longer than this can be posted on no platform: only its start is read for tone, data and
 * terms, so a huge paste never holds up the page; the length finding still speaks of the whole.
 */
export const MAX_DRAFT_CHARS = 20_000;

/** analyzeDraft without the safety net, for tests that must see a detector's exception. */
export function analyzeDraftOrThrow(rawDraft: unknown, rawContext: unknown, messages: CoachMessages = ENGLISH_COACH_MESSAGES): Finding[] {
  const draft = safeString(rawDraft);
  if (draft.length <= MAX_DRAFT_CHARS) return analyzeWholeDraft(draft, rawContext, messages);
  // Over the platform's limit, the finding gives the whole draft's length in characters.
  return analyzeWholeDraft(draft.slice(0, MAX_DRAFT_CHARS), rawContext, messages, draft.length).map((finding) =>
    finding.code === 'too-long' ? { ...finding, spans: finding.spans.map((span) => ({ ...span, end: draft.length })) } : finding,
  );
}

/** `wholeLength`: the draft's length in characters when only its start is read (see MAX_DRAFT_CHARS). */
function analyzeWholeDraft(draft: string, rawContext: unknown, messages: CoachMessages, wholeLength?: number): Finding[] {
  // Callers are typed, but the content script may hand over settings read from storage.
  const context: DraftContext = rawContext && typeof rawContext === 'object' ? (rawContext as DraftContext) : { platform: 'x' };
  if (draft.trim() === '') return [];
  const findings: Finding[] = [];
  const add = (code: FindingCode, spans: Span[], why: string, severity: Severity = SEVERITY[code]): void => {
    findings.push({ code, severity, spans: spans.slice(0, MAX_SPANS_PER_FINDING), why });
  };
  const tokens = tokenize(draft);
  // Only the handle the site put in ("@name ", as Mastodon prefills): nothing written yet to judge.
  if (tokens.every((token) => token.kind === 'mention' || token.kind === 'punct')) return [];
  const quotes = findQuotes(draft, tokens);
  const quotations = quotes.filter((region) => !region.scare);

  const target = readTarget(context.replyingTo);
  const upset = target !== null && needsAcknowledgement(target);
  // Thanks and praise to someone pleased (a fan) are warmth: not a raised voice in capitals, not sarcasm.
  const pleased = target !== null && target.label === 'positive' && !upset;

  // Tone phrases, leaving out what the draft quotes from someone else.
  const hits = findTonePhrases(tokens, { upset, pleased }).filter((hit) => !insideAny(hit, quotations));
  const byCategory = new Map<ToneCategory, PhraseHit[]>();
  for (const hit of hits) {
    const list = byCategory.get(hit.category) ?? [];
    list.push(hit);
    byCategory.set(hit.category, list);
  }

  // Sarcasm also from scare quotes and from the analyser's own sarcasm cues.
  const sarcasmSpans: Span[] = (byCategory.get('sarcasm') ?? []).map(({ start, end }) => ({ start, end }));
  for (const region of quotes) if (region.scare) sarcasmSpans.push({ start: region.start, end: region.end });
  // Owning the problem ("we dropped the ball", "that's on us") acknowledges it as much as "sorry"
  // does: the playbook asks for it. Both lists are in token order; merged, they stay so.
  const acknowledgements = mergeHits(byCategory.get('acknowledgement') ?? [], byCategory.get('ownership') ?? []);
  const analysis = analyze(draft.slice(0, MAX_ANALYSED_CHARS));
  // The lexicons and phrase lists are English: in another language, what the draft lacks (an
  // acknowledgement) and the analyser's own cues mean nothing. English words it does hold still count.
  const notEnglish = analysis.notEnglish === true;
  for (const evidence of notEnglish ? [] : (analysis.signalEvidence ?? [])) {
    if (evidence.code !== 'sarcasm') continue;
    const span = { start: evidence.start, end: evidence.end };
    if (insideAny(span, quotations) || acknowledgements.some((hit) => overlaps(hit, span))) continue;
    if (sarcasmSpans.some((known) => overlaps(known, span))) continue;
    // A reply that says sorry and signs off "Thanks" means it: the analyser's closing-thanks cue is for
    // a customer's run of bad luck ("Failed my test. Thanks Mr. Patel").
    if (acknowledgements.length > 0 && CLOSING_THANKS.test(draft.slice(span.start, span.end))) continue;
    sarcasmSpans.push(span);
  }
  sarcasmSpans.sort((a, b) => a.start - b.start);

  // Hostile: the analyser's insults aimed at them, and the put-downs it cannot know (phrases.ts).
  const insults: Span[] = [];
  for (const evidence of analysis.signalEvidence ?? []) {
    if (evidence.code !== 'hostility') continue;
    const span = { start: evidence.start, end: evidence.end };
    const range = insideAny(span, quotations) ? null : tokenRange(tokens, span.start, span.end);
    if (range && aimedAtThem(tokens, range.first, range.last, acknowledgements)) insults.push(span);
  }
  // Hostile emoji (the analyser knows only 🖕): skin tones and selectors do not change what they say.
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'emoji') continue;
    const kind = HOSTILE_EMOJI.get(String.fromCodePoint(token.norm.codePointAt(0) ?? 0));
    if (kind === undefined || insideAny(token, quotations) || (kind === 'curse' && namesFeeling(tokens, k))) continue;
    if (aimedAtThem(tokens, k, k, acknowledgements)) insults.push({ start: token.start, end: token.end });
  }
  const putDown = (hit: PhraseHit) => !reported(tokens, clauseAround(tokens, hit.first, hit.last).from, hit.first);
  const candidates = [
    ...insults.map((span) => ({ ...span, insult: true })),
    ...(byCategory.get('hostile') ?? []).filter(putDown).map(({ start, end }) => ({ start, end, insult: true })),
    ...(byCategory.get('condescending') ?? []).filter(putDown).map(({ start, end }) => ({ start, end, insult: false })),
  ].sort((a, b) => a.start - b.start || Number(b.insult) - Number(a.insult));
  // One underline where two overlap, the insult's.
  const hostile: typeof candidates = [];
  for (const candidate of candidates) {
    const previous = hostile[hostile.length - 1];
    if (!previous || !overlaps(previous, candidate)) hostile.push(candidate);
    else if (candidate.insult && !previous.insult) hostile[hostile.length - 1] = candidate;
  }
  if (hostile.length > 0) {
    const insult = hostile.find((span) => span.insult);
    const shown = insult ?? hostile[0]!;
    const quoted = quote(draft.slice(shown.start, shown.end), messages);
    const why = insult ? messages.hostile(quoted) : messages.condescending(quoted);
    add('hostile', hostile.map(({ start, end }) => ({ start, end })), why, insult ? 'critical' : 'warning');
  }

  // "Sorry for the inconvenience" to someone hurt or put at risk makes light of it.
  const madeLight = upset ? inconvenienceToHarm(tokens, context.replyingTo, byCategory.get('dismissive') ?? []).filter((hit) => !insideAny(hit, quotations)) : [];
  if (madeLight.length > 0) byCategory.set('dismissive', mergeHits(byCategory.get('dismissive') ?? [], madeLight));
  for (const category of ['arguing', 'defensive', 'dismissive'] as const) {
    const list = byCategory.get(category);
    if (!list?.length) continue;
    const quoted = quote(draft.slice(list[0]!.start, list[0]!.end), messages);
    add(category, list.map(({ start, end }) => ({ start, end })), category === 'dismissive' && madeLight[0] === list[0] ? messages.madeLightOfHarm(quoted) : messages[category](quoted));
  }
  if (sarcasmSpans.length > 0) {
    add('sarcasm', sarcasmSpans, messages.sarcasm(quote(draft.slice(sarcasmSpans[0]!.start, sarcasmSpans[0]!.end), messages)));
  }
  for (const code of ['legal-risk', 'overpromise'] as const) {
    const list = byCategory.get(COMMITMENT_CATEGORY[code]);
    if (!list?.length) continue;
    const quoted = quote(draft.slice(list[0]!.start, list[0]!.end), messages);
    add(code, list.map(({ start, end }) => ({ start, end })), code === 'legal-risk' ? messages.legalRisk(quoted) : messages.overpromise(quoted));
  }

  const brandTerms = new Set(stringList(context.brandTerms).filter((t): t is string => typeof t === 'string').map((t) => t.trim().toLowerCase()));
  // Thanks and praise in capitals to someone pleased ("THANK YOU!" to a fan) is warmth, not a raised voice.
  const shouting = findShouting(draft, tokens, brandTerms).filter((span) => !pleased || !warmWords(draft.slice(span.start, span.end)));
  if (shouting.length > 0) {
    const first = draft.slice(shouting[0]!.start, shouting[0]!.end);
    const marks = first.includes('!') || first.includes('?');
    add('shouting', shouting, marks ? messages.shoutingMarks(quote(first, messages)) : messages.shoutingCapitals(quote(first, messages)));
  }

  addLengthFinding(draft, tokens, context, add, messages, wholeLength);

  const allowed = compileAllowedContacts(stringList(context.allowedContacts), [...brandTerms]);
  // A brand or product name that looks like a booking reference ("TECH4U") is the brand's own.
  const personal = findPersonalData(draft, tokens, allowed).filter((hit) => hit.kind !== 'booking' || !brandTerms.has(draft.slice(hit.start, hit.end).toLowerCase()));
  // Asking for it in public ("reply with your order number") would have them post it: a warning, as the
  // reply itself shows nothing; with data shown too, the data's critical finding underlines both.
  const requests = findPublicRequests(tokens).filter((span) => !insideAny(span, quotations));
  if (personal.length > 0) {
    const kinds: PersonalDataKind[] = [];
    for (const hit of personal) if (!kinds.includes(hit.kind)) kinds.push(hit.kind);
    const names = kinds.map((kind) => messages.personalDataKind(kind));
    const spans = [...personal.map(({ start, end }) => ({ start, end })), ...requests].sort((a, b) => a.start - b.start);
    add('personal-data', spans, messages.personalData(listed(names, messages)));
  } else if (requests.length > 0) {
    add('personal-data', requests, messages.personalDataAsked(quote(draft.slice(requests[0]!.start, requests[0]!.end), messages)), 'warning');
  }

  const confidential = findConfidential(draft, tokens, stringList(context.confidentialTerms));
  if (confidential.spans.length > 0) {
    const terms = confidential.terms.slice(0, 3).map((term) => quote(term, messages));
    add('confidential', confidential.spans, messages.confidential(terms.join(messages.listSeparator())));
  }

  if (upset && !notEnglish) {
    // "Sorry you feel that way" is no acknowledgement: the phrase inside a dismissive, defensive or sarcastic one does not count.
    // Nor is "on our end" inside a denial ("there's no issue on our end").
    const excluded = [...(byCategory.get('dismissive') ?? []), ...(byCategory.get('defensive') ?? []), ...sarcasmSpans];
    const acknowledged = acknowledgements.some((hit) => !excluded.some((span) => overlaps(span, hit)));
    if (!acknowledged) {
      add('no-acknowledgement', [], messages.noAcknowledgement());
    }
  }

  const blanks = findPlaceholders(draft);
  if (blanks.length > 0) add('placeholder', blanks, placeholderWhy(draft, blanks, messages));
  if (notEnglish) add('not-english', [], messages.notEnglish());

  const order = (code: FindingCode): number => FINDING_CODES.indexOf(code);
  findings.sort((a, b) => order(a.code) - order(b.code));

  const now = typeof context.now === 'number' && Number.isFinite(context.now) ? context.now : Date.now();
  // After the mentions the site put first ("@mayachen " on Mastodon), kept when a message is inserted.
  const firstWritten = tokens.findIndex((token) => token.kind !== 'mention');
  const written = firstWritten > 0 ? draft.slice(tokens[firstWritten]!.start) : draft;
  if (isPreApproved(draft, context.preApproved, now) || (written !== draft && isPreApproved(written, context.preApproved, now))) {
    // The plan already approved these exact words, tone included. What no approval can cover stays:
    // the platform refusing it, and data or terms that must not go out.
    return findings.filter((finding) => finding.severity === 'critical');
  }
  const incident = context.incident;
  if (incident && incident.active === true) findings.push({ code: 'needs-approval', severity: SEVERITY['needs-approval'], spans: [], why: approvalWhy(incident, messages) });
  else if (target?.signals.includes('escalation:legal')) findings.push({ code: 'needs-approval', severity: SEVERITY['needs-approval'], spans: [], why: messages.legalThreat() });
  return findings;
}

/** "Fill in “{issue}” before posting." naming up to two blanks, counting the rest. */
function placeholderWhy(draft: string, blanks: readonly Span[], messages: CoachMessages): string {
  const names: string[] = [];
  for (const span of blanks) {
    const name = draft.slice(span.start, span.end);
    if (!names.includes(name)) names.push(name);
  }
  const shown = names.slice(0, 2).map((name) => quote(name, messages));
  const rest = names.length - shown.length;
  // The count has a message of its own: the blanks are the draft's words, never in a plural message.
  const all = rest > 0 ? messages.andList(shown.join(messages.listSeparator()), messages.moreBlanks(rest)) : listed(shown, messages);
  return names.length === 1 ? messages.placeholderOne(all) : messages.placeholderMany(all);
}

function addLengthFinding(
  draft: string,
  tokens: readonly Token[],
  context: DraftContext,
  add: (code: FindingCode, spans: Span[], why: string, severity?: Severity) => void,
  messages: CoachMessages,
  wholeLength: number | undefined,
): void {
  const platform = PLATFORM_REPLY_LIMITS[context.platform] ? context.platform : 'x';
  const limit = PLATFORM_REPLY_LIMITS[platform];
  const maxChars = typeof context.maxLength === 'number' && context.maxLength > 0 ? Math.floor(context.maxLength) : limit.maxChars;
  const measured = measureLength(draft, limit.counting, maxChars);
  if (measured.overflowAt !== null) {
    add(
      'too-long',
      [{ start: measured.overflowAt, end: draft.length }],
      messages.tooLongForPlatform(wholeLength ?? measured.length, messages.platformName(platform), maxChars),
      'critical',
    );
    return;
  }
  const stats = countSentences(draft, tokens);
  const { maxSentences, maxWords, minWordsForSentenceRule } = CRISIS_REPLY_GUIDELINE;
  const tooManySentences = stats.sentences > maxSentences && stats.words >= minWordsForSentenceRule;
  if (tooManySentences || stats.words > maxWords) {
    const from = tooManySentences ? stats.sentenceStarts[maxSentences]! : stats.wordStarts[maxWords]!;
    add(
      'too-long',
      [{ start: from, end: draft.length }],
      messages.tooLongForGuideline(stats.sentences, stats.words, maxSentences, maxWords),
    );
  }
}

/** The value for the coach's `data-firebreak-findings` attribute: codes, sorted, unique, space-separated. */
export function findingCodes(findings: readonly Finding[]): string {
  const codes = new Set<string>();
  for (const finding of findings) if (finding && typeof finding.code === 'string') codes.add(finding.code);
  return [...codes].sort().join(' ');
}
