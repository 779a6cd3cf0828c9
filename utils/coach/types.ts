// The reply coach's vocabulary: finding codes, severities and the shapes analyzeDraft() and
// suggestReplies() take and return. Everything here is plain data, safe to post between the
// content script and other contexts.
import type { SentimentLabel, SignalCode } from '../analysis';
import type { DurationMessages } from '../plan/actions';
import type { PlatformId } from '../platforms/types';
import type { PersonalDataKind } from './personal-data';

/**
 * Every finding code, stable and kebab-case: the reply coach's host element lists the current ones
 * in `data-firebreak-findings` (see findingCodes), and tests outside the project rely on them.
 * - `hostile`: insults the person ("idiot", "shut up", "get lost": critical) or talks down to them
 *   ("did you even", "learn to read", "you people": a warning).
 * - `arguing`: contradicts or corrects the person ("actually", "you're wrong", "to be fair").
 * - `defensive`: defends the brand or blames the customer ("you should have", "user error").
 * - `dismissive`: brushes the concern off ("calm down", "as previously stated", "per our policy").
 * - `sarcasm`: says the opposite of what it means ("oh great", "🙄", scare quotes).
 * - `shouting`: words in capitals beyond acronyms, "!!!" or many exclamation marks.
 * - `too-long`: over the platform's limit (critical), or over the crisis-reply guideline of
 *   3 sentences / 60 words (warning).
 * - `personal-data`: an e-mail address, phone number, order or booking reference, street address,
 *   postcode, card number or a card's last digits that belongs in a private channel.
 * - `confidential`: a term the crisis plan marks confidential.
 * - `legal-risk`: legal terms of art that can read as an admission ("we were negligent", "we accept
 *   full liability", "breach of contract"): Legal approves them first. Plain ownership ("this is on
 *   us", "we got this wrong") is what the playbook asks for and is not flagged.
 * - `overpromise`: an absolute promise the brand may not keep ("it will never happen again",
 *   "guaranteed to everyone", "100% safe"): promise the next step and when instead.
 * - `no-acknowledgement`: answers a negative post without acknowledging the person's feeling.
 * - `placeholder`: a blank still to fill in, left by a message template ("{issue}",
 *   "[what we found]").
 * - `not-english`: the draft seems not to be in English, the one language the coach reads: a person
 *   should check its tone (the English-only checks that would mislead are left out).
 * - `needs-approval`: during an active incident, replies go through the plan's approval step; and a
 *   reply to a post that threatens legal action is checked by whoever answers for legal matters.
 */
export const FINDING_CODES = [
  'hostile',
  'arguing',
  'defensive',
  'dismissive',
  'sarcasm',
  'shouting',
  'too-long',
  'personal-data',
  'confidential',
  'legal-risk',
  'overpromise',
  'no-acknowledgement',
  'placeholder',
  'not-english',
  'needs-approval',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/**
 * - `critical`: must not be posted as it is (data or an insult that cannot be taken back, or the platform will refuse it).
 * - `warning`: works against the playbook's tone (argues, blames, dismisses, shouts, rambles).
 * - `info`: a reminder, not a fault.
 */
export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Short names for the UI, one per code. */
export const FINDING_TITLES: Readonly<Record<FindingCode, string>> = {
  hostile: 'Hostile',
  arguing: 'Arguing',
  defensive: 'Defensive',
  dismissive: 'Dismissive',
  sarcasm: 'Sarcasm',
  shouting: 'Shouting',
  'too-long': 'Too long',
  'personal-data': 'Personal data',
  confidential: 'Confidential',
  'legal-risk': 'Legal risk',
  overpromise: 'Overpromise',
  'no-acknowledgement': 'No acknowledgement',
  placeholder: 'Blank to fill in',
  'not-english': 'Not in English',
  'needs-approval': 'Needs approval',
};

/** Offsets into the draft, [start, end): exactly what to underline. */
export interface Span {
  start: number;
  end: number;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /**
   * What to underline, in text order. Empty for findings about the draft as a whole
   * (`no-acknowledgement`, `needs-approval`).
   */
  spans: Span[];
  /** One line the user reads, in the words analyzeDraft was given (CoachMessages: the locale's in the extension, English by default). */
  why: string;
}

/** The post or comment being answered, as the adapter and the analyser read it. */
export interface ReplyTarget {
  text: string;
  /** "@sam_patel" or a display name, as the page shows it. */
  author?: string;
  /** When absent, the coach runs the analyser on `text`. */
  label?: SentimentLabel;
  signals?: readonly SignalCode[];
}

export interface IncidentContext {
  active: boolean;
  /** Who approves replies, e.g. "Dana Reyes (PR lead)". */
  approver?: string;
  /** The plan's approval step, e.g. "Legal review in #crisis-room". */
  approvalStep?: string;
}

/** One of the plan's pre-approved external messages. */
export interface PreApprovedMessage {
  id: string;
  title: string;
  text: string;
  owner?: string;
  /** When it stops being approved, ms since epoch. */
  expires?: number;
}

export type BrandVoice = 'formal' | 'friendly';

export interface DraftContext {
  platform: PlatformId;
  replyingTo?: ReplyTarget;
  /** Terms the plan marks confidential: matched whole-word, case-insensitive, multi-word allowed. */
  confidentialTerms?: readonly string[];
  /**
   * The brand's own public contacts, which are not personal data: e-mail addresses, "*@brand.com"
   * for a whole domain, phone numbers (compared digit by digit) and any other text such as the
   * office's street address.
   */
  allowedContacts?: readonly string[];
  /**
   * The brand's names, products and handles: in capitals ("IKEA", "NVIDIA") they are not shouting,
   * and a post by the brand itself is answered without greeting it by its own name.
   */
  brandTerms?: readonly string[];
  incident?: IncidentContext;
  /** A draft that is exactly one of these (unexpired) needs no further approval. */
  preApproved?: readonly PreApprovedMessage[];
  /** Overrides the platform's limit (a Mastodon instance that allows more, say). */
  maxLength?: number;
  /** Now, in ms since epoch, for expiry; defaults to Date.now(). */
  now?: number;
}

export type SuggestionKind = 'empathetic' | 'dm' | 'pre-approved';

export interface Suggestion {
  /** Stable: 'empathetic:apology', 'empathetic:short', 'empathetic:next-step', 'empathetic:thanks', 'empathetic:press', 'dm', 'pre-approved:<id>'. */
  id: string;
  kind: SuggestionKind;
  title: string;
  text: string;
  /** Pre-approved only: past its expiry. Never insert an expired message. */
  expired?: boolean;
  /** Pre-approved only: expires within SuggestionContext.expiringSoonMs (24 hours by default). */
  expiresSoon?: boolean;
  /** Pre-approved only: longer than the platform allows. */
  tooLong?: boolean;
  /** Whether the UI may offer it for insertion: false for expired or too long messages. */
  usable: boolean;
  /** One line for the UI: "Expires in 3 hours", "Expired 2 days ago", "Owner: Dana". */
  note?: string;
  /**
   * Pre-approved only: offered, but not for this post (the plan's crisis messages under a pleased
   * post): the UI lists it out of the way, behind a disclosure.
   */
  secondary?: boolean;
}

export interface SuggestionContext extends DraftContext {
  /** The plan's brand voice; 'formal' when unset, the safer choice in a crisis. */
  voice?: BrandVoice;
  /**
   * Where to continue privately when the platform has no direct messages (YouTube) or the plan
   * prefers it: an e-mail address or a link the brand publishes. Never invented when absent.
   */
  privateContact?: string;
  /**
   * Where a journalist asking for comment is sent: the plan's press contact (an e-mail address or a
   * phone number). Named in the press line only; never invented when absent.
   */
  pressContact?: string;
  /** How close to its expiry a pre-approved message is flagged, in ms (24 hours by default). */
  expiringSoonMs?: number;
}

/** Which title a generated suggestion has (`coach.suggestionTitles.*` in the locale file). */
export type SuggestionTitle = 'apologise' | 'acknowledge' | 'short' | 'thanks' | 'offerHelp' | 'dm' | 'private' | 'preApproved';

/**
 * The words of findings' `why` lines and of suggestions' titles and notes (not of the suggested replies
 * themselves: those are what gets posted, in English, the language the coach reads). The content script
 * passes the locale's (`coach.why.*`, `coach.suggestionTitles.*`, `coach.notes.*`, `duration.*` in
 * assets/locales/en.yml, see messages.ts); where there is no browser (the benchmark, unit tests) the
 * default is ENGLISH_COACH_MESSAGES, the same English. The draft's words and the plan's (terms, names,
 * steps) are data: they arrive as substitutions, and never in a plural message, whose forms are split on
 * " | " after substitution. Figures arrive as figures, or as written where they are grouped ("1,204").
 */
export interface CoachMessages extends DurationMessages {
  /** Words of the draft or a term of the plan, in quotation marks: “you're wrong”. */
  quoted(text: string): string;
  /** `quoted` is the insult, in quotation marks (each of these the same). */
  hostile(quoted: string): string;
  condescending(quoted: string): string;
  arguing(quoted: string): string;
  defensive(quoted: string): string;
  dismissive(quoted: string): string;
  /** "“inconvenience” makes light of someone hurt or put at risk. …": to a post that tells harm. */
  madeLightOfHarm(quoted: string): string;
  sarcasm(quoted: string): string;
  legalRisk(quoted: string): string;
  overpromise(quoted: string): string;
  /** "!!" and the like; `quoted` is the first of them. */
  shoutingMarks(quoted: string): string;
  shoutingCapitals(quoted: string): string;
  /** "X", "YouTube". */
  platformName(platform: PlatformId): string;
  /** "1,204 characters: X allows 280. …": figures written the locale's way, `platform` from platformName. */
  tooLongForPlatform(length: number, platform: string, maxChars: number): string;
  /** "5 sentences, 80 words: a crisis reply works best in 3 short sentences (about 60 words). …" */
  tooLongForGuideline(sentences: number, words: number, maxSentences: number, maxWords: number): string;
  /** "an e-mail address". */
  personalDataKind(kind: PersonalDataKind): string;
  /** "This shows an e-mail address and a phone number in public. …", from the kinds listed. */
  personalData(listed: string): string;
  /** "“reply with your order number” asks them for personal data in public, …": `quoted` is the request. */
  personalDataAsked(quoted: string): string;
  /** "The crisis plan marks “Falcon” as confidential: …", from the terms quoted and listed. */
  confidential(listed: string): string;
  noAcknowledgement(): string;
  /** "1 more blank", "3 more blanks". */
  moreBlanks(count: number): string;
  /** "Fill in “{issue}” before posting: it would …", one blank. */
  placeholderOne(listed: string): string;
  /** The same for several: "Fill in “{a}” and “[b]” before posting: they would …". */
  placeholderMany(listed: string): string;
  notEnglish(): string;
  /** During an incident, with the approver and the plan's approval step where the plan names them. */
  approval(): string;
  approvalFrom(approver: string): string;
  approvalStep(step: string): string;
  approvalFromWithStep(approver: string, step: string): string;
  /** The post being answered threatens legal action. */
  legalThreat(): string;
  /** Between the items of a list but the last two: ", ". */
  listSeparator(): string;
  /** The last two items of a list: "a postcode and a card number". */
  andList(items: string, last: string): string;
  suggestionTitle(title: SuggestionTitle): string;
  /** A pre-approved message's notes; `duration` in the words of DurationMessages. */
  expiredAgo(duration: string): string;
  /** Its expiry date cannot be read, so it counts as expired. */
  expiryUnreadable(): string;
  expiresIn(duration: string): string;
  /** "Longer than X allows (312/280)": `platform` from platformName. */
  longerThan(platform: string, length: number, maxChars: number): string;
  /** "Owner: Dana Reyes (PR lead)". */
  owner(owner: string): string;
  /** Between notes: " · ". */
  noteSeparator(): string;
  /** On the one calm reply to a troll (insults, no complaint): no reply at all is an option. */
  noReplyNeeded(): string;
  /** On the first suggestion to a post that seems not to be in English: the replies are in English. */
  postNotEnglish(): string;
  /** On the first suggestion to a plain question: answer it here, where others read it. */
  answerInPublic(): string;
}
