// suggestReplies(): complete replies the user can insert with one click, built from the post
// being answered in the plan's brand voice, plus the plan's pre-approved messages. Each
// empathetic reply follows practice 5: acknowledge, apologise where it is right, a next step,
// an invitation to continue privately. They state no facts about the case (no "your refund is on
// its way"): only what the brand can honestly say without knowing more.
import type { ComplaintCategory, SignalCode } from '../analysis';
import { formatDuration } from '../plan/actions';
import { HOLDING_STATEMENT_ID } from '../plan/plan';
import type { PlatformId } from '../platforms/types';
import { ENGLISH_COACH_MESSAGES } from './english';
import { analyzeDraft, needsAcknowledgement, readTarget } from './findings';
import { isHarmed, LIVING } from './harm';
import { measureLength, PLATFORM_REPLY_LIMITS } from './length';
import { findPlaceholders } from './placeholders';
import type { CoachMessages, PreApprovedMessage, Suggestion, SuggestionContext, SuggestionTitle } from './types';

/** Pre-approved messages this close to their expiry are flagged. */
export const DEFAULT_EXPIRING_SOON_MS = 24 * 60 * 60 * 1000;

/** How each platform names a private conversation; null where it has none (YouTube comments). */
const PRIVATE_MESSAGE: Readonly<Record<PlatformId, string | null>> = {
  x: 'a DM',
  instagram: 'a DM',
  tiktok: 'a DM',
  threads: 'a DM',
  bluesky: 'a DM',
  mastodon: 'a private mention',
  reddit: 'a private message',
  linkedin: 'a message',
  facebook: 'a private message',
  youtube: null,
};

/** Platforms where "@handle" at the start of a reply addresses the person. */
const HANDLE_PLATFORMS = new Set<PlatformId>(['x', 'instagram', 'tiktok', 'threads', 'bluesky', 'mastodon', 'youtube']);

/**
 * Beside the analyser's complaint categories: 'safety', someone hurt or put at risk by the product (a
 * burn, a fire, an illness), where stopping its use comes first; 'conduct', the company's conduct
 * criticised by someone who tells no experience of their own (a boycott over staff let go), where
 * "your experience with our team" and a request for details do not fit.
 */
type Topic = ComplaintCategory | 'general' | 'safety' | 'conduct';
type Mood = 'complaint' | 'upset' | 'neutral' | 'positive';

interface Phrasebook {
  greeting: (name: string) => string;
  /** Apology per complaint topic. */
  apology: Readonly<Record<Topic, string>>;
  /** The apology alone, for a short reply about harm. */
  sorry: string;
  /** Acknowledgement without an apology: the person is upset, but not about something we did. */
  understand: string;
  /** The same for a security scare, where the feeling is worry rather than frustration. */
  understandWorry: string;
  /** Next step per topic: an offer, never a promise about the outcome. */
  nextStep: Readonly<Record<Topic, string>>;
  neutralOpening: string;
  neutralNextStep: string;
  /** To a plain question: thanks for it, and its answer promised here, in public, where others read it too. */
  questionOpening: string;
  questionNextStep: string;
  questionShort: string;
  /** To a question about their own order or product: looked into with their details, in private. */
  ownQuestionNextStep: string;
  thanks: string;
  thanksFollowUp: string;
  /** Invitation to continue privately, given "a DM" / "a private message". */
  invite: (channel: string) => string;
  /** Invitation where the platform has no private messages, given the brand's contact. */
  inviteContact: (contact: string) => string;
  inviteNoChannel: string;
  keepPrivate: string;
  /** Sympathy for someone bereaved: opens every reply to them, in place of an apology or "frustration". */
  condolence: string;
  /** Next step for someone bereaved: an offer of help, no cheer ("happy to help"), no promise. */
  bereavedNextStep: string;
  /** The invitation to continue privately, given gently to someone bereaved (from `invite`). */
  whenReady: (invite: string) => string;
  /** Someone who already sent a message and waits for the answer: acknowledged, never sent to DM again. */
  waited: string;
  /** In place of the invitation when they already wrote to us privately. */
  findMessage: string;
  /** A journalist asking for comment: routed to the press office, with nothing conceded. */
  pressEnquiry: string;
  /** The same, given the plan's press contact (an e-mail address or a phone number). */
  pressEnquiryContact: (contact: string) => string;
  /** To a troll (insults, no complaint): heard, the door left open, no invitation to DM, no apology. */
  calm: string;
}

const FRIENDLY: Phrasebook = {
  greeting: (name) => `Hi ${name},`,
  apology: {
    service: "I'm really sorry about the trouble you've had with our service.",
    product: "I'm really sorry it isn't working as it should.",
    employee: "I'm really sorry to hear about your experience with our team.",
    insensitive: "I'm really sorry this has upset you.",
    hypocrisy: "I'm sorry this has disappointed you.",
    security: "I'm sorry for the worry this is causing.",
    general: "I'm really sorry you've had a frustrating experience.",
    safety: "I'm so sorry. That sounds frightening, and your safety comes first.",
    conduct: 'I hear you, and I understand how strongly you feel about this.',
  },
  sorry: "I'm so sorry.",
  understand: 'I understand why this is frustrating.',
  understandWorry: 'I understand how worrying this is.',
  nextStep: {
    service: "I'd like to look into this for you.",
    product: "I'd like to help get this sorted.",
    employee: "I'd like to hear more so we can follow up properly.",
    insensitive: "I'll share your feedback with the team.",
    hypocrisy: "It's fair to hold us to our word, and I'll pass this on.",
    security: "For your safety, please don't post account details here.",
    general: "I'd like to help with this.",
    safety: 'Please put it aside for now, and let us look into this with you.',
    conduct: "I'll make sure your concerns reach the team.",
  },
  neutralOpening: 'Thanks for reaching out.',
  neutralNextStep: "I'm happy to help with this.",
  questionOpening: 'Thanks for asking.',
  questionNextStep: "I'm checking and will answer here shortly.",
  questionShort: "We'll answer here soon.",
  ownQuestionNextStep: "I'm happy to check this for you.",
  thanks: 'Thank you so much for the kind words.',
  thanksFollowUp: 'We really appreciate it.',
  invite: (channel) => `Could you send us ${channel} with the details?`,
  inviteContact: (contact) => (contact.includes('@') ? `Could you email us at ${contact} with the details?` : `Could you contact us at ${contact} with the details?`),
  inviteNoChannel: 'Could you contact our support team privately with the details?',
  keepPrivate: "Please don't share personal details here.",
  condolence: "I'm so sorry for your loss.",
  bereavedNextStep: "We'd like to help with this for you.",
  whenReady: (invite) => `Whenever you're ready, ${invite.charAt(0).toLowerCase()}${invite.slice(1)}`,
  waited: "I'm sorry you've been kept waiting.",
  findMessage: "We'll find your message and reply to you there.",
  pressEnquiry: "Thanks for reaching out. Our press office will get back to you, and we'll share a statement as soon as we can.",
  pressEnquiryContact: (contact) => `Thanks for reaching out. Please contact our press office at ${contact}, and we'll share a statement as soon as we can.`,
  calm: "We hear you. If there's something specific we can help with, we're here.",
};

const FORMAL: Phrasebook = {
  greeting: (name) => `Hello ${name},`,
  apology: {
    service: 'We are sorry for the trouble you have had with our service.',
    product: 'We are sorry that it is not working as it should.',
    employee: 'We are sorry to hear about your experience with our team.',
    insensitive: 'We are sorry for the upset this has caused.',
    hypocrisy: 'We are sorry that this has disappointed you.',
    security: 'We are sorry for the concern this is causing.',
    general: 'We are sorry to hear about your experience.',
    safety: 'We are very sorry. Your safety matters most to us.',
    conduct: 'We hear you, and we understand how strongly you feel about this.',
  },
  sorry: 'We are very sorry.',
  understand: 'We understand your frustration.',
  understandWorry: 'We understand how concerning this is.',
  nextStep: {
    service: 'We would like to look into this for you.',
    product: 'We would like to help resolve this.',
    employee: 'We would like to hear more so that we can follow up.',
    insensitive: 'We will share your feedback with the team.',
    hypocrisy: 'It is fair to hold us to our word; we will pass this on.',
    security: 'For your security, please do not share account details here.',
    general: 'We would like to help with this.',
    safety: 'Please set the product aside for now; we want to look into this with you.',
    conduct: 'We will make sure your concerns reach the right people.',
  },
  neutralOpening: 'Thank you for reaching out.',
  neutralNextStep: 'We are happy to help.',
  questionOpening: 'Thank you for your question.',
  questionNextStep: 'We are checking and will answer here shortly.',
  questionShort: 'We will answer here soon.',
  ownQuestionNextStep: 'We are happy to check this for you.',
  thanks: 'Thank you for your kind words.',
  thanksFollowUp: 'We appreciate you taking the time to share them.',
  invite: (channel) => `Please send us ${channel} with the details.`,
  inviteContact: (contact) => (contact.includes('@') ? `Please email us at ${contact} with the details.` : `Please contact us at ${contact} with the details.`),
  inviteNoChannel: 'Please contact our support team privately with the details.',
  keepPrivate: 'Please do not share personal details here.',
  condolence: 'We are so sorry for your loss.',
  bereavedNextStep: 'We would like to help with this for you.',
  whenReady: (invite) => `When you feel ready, ${invite.charAt(0).toLowerCase()}${invite.slice(1)}`,
  waited: 'We are sorry that you have been kept waiting.',
  findMessage: 'We will find your message and reply to you there.',
  pressEnquiry: 'Thank you for reaching out. Our press office will respond to your enquiry, and we will share a statement in due course.',
  pressEnquiryContact: (contact) => `Thank you for reaching out. Please contact our press office at ${contact}, and we will share a statement in due course.`,
  calm: 'We hear you. If there is something specific we can help with, we are here.',
};

/**
 * Someone bereaved: "passed away", "my mum died", "my late husband", a funeral, a bereavement. Not a
 * device that "died" (a person or a pet dies here), nor "the late delivery".
 */
const BEREAVED: readonly RegExp[] = [
  /\bpassed\s+away\b|\bfuneral\b|\bbereave(?:d|ment)\b|\bcondolences\b/i,
  new RegExp(`\\b(?:my|our|his|her|their)\\s+(?:(?:beloved|dear|dearest|darling|late|little|poor|old|elderly|own|best)\\s+)?${LIVING}s?\\s+(?:(?:has|had|have|sadly|recently|suddenly|just|then|unexpectedly)\\s+){0,2}(?:died|passed)\\b`, 'i'),
  new RegExp(`\\b(?:my|our|his|her|their)\\s+late\\s+${LIVING}\\b|\\b(?:lost|losing)\\s+(?:my|our)\\s+(?:(?:beloved|dear|little)\\s+)?${LIVING}\\b(?!\\s+(?:in|at)\\s+(?:the|a)\\s+(?:crowd|store|shop|supermarket|mall))|\\bdeath\\s+of\\s+(?:my|our)\\b`, 'i'),
];

/**
 * Someone who says they already wrote to the brand in private and wait for the answer ("I already
 * DMed you three times", "Sent you a DM 4 days ago", "Stop telling me to DM"): asking them for a DM
 * again is what angers them most.
 */
const ALREADY_CONTACTED: readonly RegExp[] = [
  /\b(?:dm(?:ed|'d|’d)|pm(?:ed|'d|’d)|messaged|e-?mailed|wrote to|written to|contacted)\s+(?:you|u|y'?all|your\s+(?:support|team|customer|help|care|social|service|page|account|company))\b/i,
  /\b(?:sent|send|sending)\s+(?:you|u|your\s+(?:\w+\s+)?team)\s+(?:(?:a|an|one|two|three|four|five|several|multiple|many|\d+)\s+)?(?:dms?|direct\s+messages?|pms?|private\s+messages?|messages?|e-?mails?)\b/i,
  /\b(?:stop|don't|dont|do not|quit|keep|keeps|kept)\s+(?:just\s+)?(?:telling|tell|asking|ask)\s+me\s+to\s+(?:dm|pm|message|e-?mail|send|contact|write)\b/i,
  /\b(?:my|our)\s+(?:dms?|messages?|e-?mails?|pms?)\s+(?:(?:to you|to your team|have|has|are|is|were|was|keep|keeps|still|been|being|just|getting|go|went|all)\s+){0,3}(?:ignored|unanswered|unread|left on read|not answered|gone unanswered)\b|\b(?:reply|replies|answer|response)\s+to\s+my\s+(?:dms?|messages?|e-?mails?|pms?)\b|\bcheck\s+your\s+(?:dms|inbox|messages|e-?mails)\b/i,
];

/**
 * A journalist asking for comment: the analyser's press signal, from someone who says they report
 * ("I'm a reporter with…", "Journalist here", "Reporter at the Times here"; not "I'll send this to a
 * journalist") and asks for a comment or statement.
 */
const JOURNALIST =
  /(?:^|[.!?]\s+|\b(?:i'?m|i’m|i am|as|we'?re|we’re|we are)\s+)(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:journalist|reporter|correspondent|editor|producer|news\s*desk)\b/i;
const ASKS_COMMENT =
  /\bcomments?\b|\bstatement\b|\bon the record\b|\bbefore (?:we|i) (?:publish|go to print|go to press|air|go live)\b|\bdeadline\b|\bpress office\b|\bmedia (?:team|office|relations)\b|\bfor (?:our|my|a|the) (?:story|article|piece|report|programme|program|segment)\b/i;

function isPressEnquiry(signals: readonly SignalCode[], text: string): boolean {
  return signals.includes('escalation:press') && JOURNALIST.test(text) && ASKS_COMMENT.test(text);
}

/**
 * Words that tell a case to sort out, beside the analyser's complaint signals, in a hostile post: their
 * own ("my", "me": "won't let me log in"), a demand to fix something, money, an order, an account, a
 * fault. A hostile post with none of them and no complaint is insults alone (a troll): "you people are
 * clowns", "imagine being this dumb, garbage company", "I hate you people".
 */
const CASE_TOLD =
  /\b(?:my|me|mine|our|us|fix(?:ed|es|ing)?|refund(?:ed|s)?|charg(?:ed|es|ing)|paid|pay|bought|ordered|order|orders|delivery|delivered|parcel|package|account|log ?in|sign ?in|password|subscription|cancel(?:l?ed|l?ing)?|broke|broken|crash(?:ed|es|ing)?|bug|bugs|error|outage|not working|doesn'?t work|won'?t work)\b/i;

/**
 * A troll: a hostile post (the analyser's hostility signal) that is upset but has no complaint, no case
 * told (CASE_TOLD), no escalation and no boycott. Per the playbook, no invitation to DM: there is nothing
 * to sort out in private, and a troll is not fed.
 */
function isTroll(signals: readonly SignalCode[], text: string): boolean {
  if (!signals.includes('hostility')) return false;
  if (signals.some((signal) => signal.startsWith('complaint:') || signal.startsWith('escalation:') || signal === 'boycott')) return false;
  return !CASE_TOLD.test(text);
}

/** Words that tell an experience of one's own. */
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|me|my|mine|we|we're|we've|us|our)\b/i;

/**
 * What the post is mainly about: harm first (whatever the analyser's category), then the analyser's
 * complaint (first listed wins), where staff criticised with no experience told is the company's conduct.
 */
function topicOf(signals: readonly SignalCode[], text: string): Topic | null {
  if (isHarmed(text)) return 'safety';
  for (const signal of signals) {
    if (!signal.startsWith('complaint:')) continue;
    const category = signal.slice('complaint:'.length) as ComplaintCategory;
    return category === 'employee' && !FIRST_PERSON.test(text) ? 'conduct' : category;
  }
  return null;
}

/** Lower-case words of a name or handle: "@Acme_Coffee@mastodon.social" → ["acme", "coffee"]. */
function nameWords(text: string): string[] {
  const handle = text.trim().replace(/^@/, '').replace(/@.*$/, '');
  return handle.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Whether the author is the brand itself ("@acmecoffee", "Acme Home", "acme.bsky.social" for
 * the brand Acme): a brand name or handle among the author's words, or the author's name or
 * handle starting with one ("@acmesupport"). Greeting the brand by its own name is never right,
 * while leaving a customer's name out is harmless, so a close call counts as the brand.
 */
function isBrandAuthor(author: string, brandTerms: readonly unknown[]): boolean {
  const words = nameWords(author);
  const squashed = words.join('');
  if (!squashed) return false;
  return brandTerms.some((term) => {
    if (typeof term !== 'string') return false;
    const termWords = nameWords(term);
    const termSquashed = termWords.join('');
    if (!termSquashed) return false;
    if (termSquashed.length >= 4 && squashed.startsWith(termSquashed)) return true;
    for (let i = 0; i + termWords.length <= words.length; i++) {
      if (termWords.every((word, k) => words[i + k] === word)) return true;
    }
    return false;
  });
}

/** Emoji, flags, symbols and their modifiers in a display name ("Sam 🇬🇧", "🌻 María 🌻"): never part of the name. */
const NAME_SYMBOLS = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{So}\p{Sk}\u{FE0E}\u{FE0F}\u{20E3}]/gu;
/**
 * Where the name part of a display name ends: a comma, bar, slash, bracket, colon, bullet or dash
 * between spaces ("Sarah Chen, Daily Post", "Sarah Chen | Reporter", "Sam (he/him)", "Seán - Tech
 * writer"), or "at"/"from" ("Tom at the BBC").
 */
const NAME_END = /\s*(?:[,|/\\()[\]{}<>:;•·~–—]|\s-\s|\s(?:at|from|@)\s)/iu;
/** A word of a person's name: letters, and the apostrophes, hyphens and dots names hold ("O'Brien", "Mary-Jane", "J."). */
const NAME_WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;
/** A first name as a name is written: a capital and then a small letter ("Sam", "O'Brien"), or a script without case. */
const FIRST_NAME = /^(?:\p{Lu}[\p{Ll}\p{M}'’]|\p{Lo})/u;
const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'sir', 'dame']);
/** Words that say a display name is not a person's: a newsroom, a shop, a team, a mood ("not happy customer"). */
const NOT_A_PERSON = new Set(
  (
    'the news daily weekly post times official team support help service services customer customers care store shop media ' +
    'press reporter reporters journalist editor correspondent desk newsdesk tv radio magazine journal gazette herald tribune ' +
    'inc ltd llc plc gmbh co company corp group club community network agency studio studios review reviews deals fan fans ' +
    'account bot channel podcast blog online hq global world real not anonymous unknown user admin owners writer blogger ' +
    'angry happy unhappy mom mum dad'
  ).split(' '),
);

/**
 * The name to greet in a display name, or '' where none is plainly a person's: the first name ("Sarah
 * Chen, Daily Post" → "Sarah", "Sam 🇬🇧 (he/him)" → "Sam"), a title with the surname ("Dr Sarah Chen"
 * → "Dr Chen"). No name where the part before any job, outlet or pronouns is more than four words, holds
 * a digit or a symbol, is in capitals or lower case, or says it is not a person ("The Daily Post").
 */
function greetingName(displayName: string): string {
  const part = displayName.replace(NAME_SYMBOLS, ' ').split(NAME_END)[0]!.replace(/\s+/g, ' ').trim();
  const words = part ? part.split(' ') : [];
  if (words.length === 0 || words.length > 4) return '';
  if (!words.every((word) => NAME_WORD.test(word) && !NOT_A_PERSON.has(word.toLowerCase()))) return '';
  const [first] = words as [string, ...string[]];
  const last = words[words.length - 1]!;
  if (HONORIFICS.has(first.toLowerCase().replace(/\.$/, ''))) return words.length > 1 && FIRST_NAME.test(last) ? `${first} ${last}` : '';
  return FIRST_NAME.test(first) ? first : '';
}

/**
 * "@sam_patel" or "Sam" (from the display name "Sam Patel"), as the page shows it, made safe to put in a
 * reply; never the brand, and '' where no name is plainly a person's (see greetingName).
 */
function addressee(author: unknown, platform: PlatformId, brandTerms: readonly unknown[]): string {
  if (typeof author !== 'string') return '';
  // Control characters and line breaks never belong in a greeting.
  const clean = author.replace(/\p{Cc}|\p{Cf}|\p{Zl}|\p{Zp}/gu, ' ').replace(/\s+/g, ' ').trim();
  if (!clean || clean.length > 60 || isBrandAuthor(clean, brandTerms)) return '';
  // A handle as the page writes it: "@sam_patel", Reddit's "u/sam_patel".
  if (clean.startsWith('@') || /^u\/[\w-]+$/.test(clean)) return clean;
  // A bare handle: addressed the way the platform does ("@sam_patel" where replies @-mention, else as it is).
  if (/^[\w.-]+$/.test(clean)) return HANDLE_PLATFORMS.has(platform) ? `@${clean}` : clean;
  return greetingName(clean);
}

function sentences(...parts: Array<string | null | undefined | false>): string {
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' ');
}

interface Draft {
  id: string;
  title: SuggestionTitle;
  /** The reply without and with the greeting's name; the shortest that fits and passes is used. */
  build: (greeting: string) => string[];
}

/**
 * Several complete replies to the post in `context.replyingTo`, the "take it to DM" message, then
 * the plan's pre-approved messages (usable ones first, expired or too long ones last and marked;
 * `secondary` under a pleased post).
 * Every generated reply fits the platform and gets no finding from analyzeDraft (apart from
 * `needs-approval` during an incident); a variant that cannot meet both is left out. Titles and
 * notes are in the words of `messages` (the locale's in the extension, English by default); the
 * replies are in English, the language the coach reads, whatever the locale.
 */
export function suggestReplies(context: SuggestionContext, messages: CoachMessages = ENGLISH_COACH_MESSAGES): Suggestion[] {
  const safeContext: SuggestionContext = context && typeof context === 'object' ? context : { platform: 'x' };
  const platform: PlatformId = PLATFORM_REPLY_LIMITS[safeContext.platform] ? safeContext.platform : 'x';
  const book = safeContext.voice === 'friendly' ? FRIENDLY : FORMAL;
  const target = readTarget(safeContext.replyingTo);
  const postText = typeof safeContext.replyingTo?.text === 'string' ? safeContext.replyingTo.text : '';
  const topic = target ? topicOf(target.signals, postText) : null;
  const mood: Mood = !target
    ? 'neutral'
    : // Someone hurt is answered as a complaint even when the post reads calm ("vomiting all night after…").
      needsAcknowledgement(target) || (topic === 'safety' && target.label !== 'positive')
      ? topic
        ? 'complaint'
        : 'upset'
      : target.label === 'positive'
        ? 'positive'
        : 'neutral';
  // What the post is beside its topic. Each changes the words, never the checks every reply passes.
  const press = target !== null && isPressEnquiry(target.signals, postText);
  const legal = target !== null && target.signals.includes('escalation:legal');
  const bereaved = BEREAVED.some((pattern) => pattern.test(postText));
  const contactedAlready = ALREADY_CONTACTED.some((pattern) => pattern.test(postText));
  // Insults and nothing to sort out: one calm line, no DM, and the note that no reply is an option too.
  const troll = target !== null && mood === 'upset' && !press && !bereaved && !contactedAlready && isTroll(target.signals, postText);
  const contact = typeof safeContext.privateContact === 'string' ? safeContext.privateContact.trim() : '';
  const pressContact = press && typeof safeContext.pressContact === 'string' ? safeContext.pressContact.trim() : '';
  const channel = PRIVATE_MESSAGE[platform];
  const channelInvite = channel ? book.invite(channel) : contact ? book.inviteContact(contact) : book.inviteNoChannel;
  // Never ask someone for the message they already sent: we find it and answer there. Someone
  // bereaved is invited gently, for when they feel ready.
  const invite = contactedAlready ? book.findMessage : bereaved ? book.whenReady(channelInvite) : channelInvite;
  const subject: Topic = topic ?? 'general';
  // A post that threatens legal action: sympathy without admission in every reply ("sorry to hear
  // about your experience", never "sorry that it is not working as it should"). Safety and conduct
  // concede nothing already.
  const apology = legal && subject !== 'safety' && subject !== 'conduct' ? book.apology.general : book.apology[subject];
  // Acknowledging the wait owns it: not under a legal threat, where the plain sympathy stays.
  const waited = legal ? book.apology.general : book.waited;
  const name = addressee(safeContext.replyingTo?.author, platform, Array.isArray(safeContext.brandTerms) ? safeContext.brandTerms : []);

  const drafts: Draft[] = [];
  // After "Hi @sam," the reply goes on in lower case, except for "I".
  const continueAfter = (body: string): string => (/^I\b/.test(body) ? body : body.charAt(0).toLowerCase() + body.slice(1));
  const withGreeting = (body: string) => (greeting: string) => [greeting ? `${greeting} ${continueAfter(body)}` : body];
  if (press) {
    // A journalist asking for comment is not a customer: whatever the story (a recall, someone hurt),
    // a customer reply would go on the record as an admission ("not working as it should", "set the
    // product aside"), and the details belong with the press office, not in a DM. One short line that
    // concedes nothing; the plan's holding statement instead where it has one ready (see below).
    // The plan's press contact, where it has one, tells them where to go.
    drafts.push({ id: 'empathetic:press', title: 'acknowledge', build: withGreeting(pressContact ? book.pressEnquiryContact(pressContact) : book.pressEnquiry) });
  } else if (bereaved && subject === 'safety') {
    // A death or a loss the product may have caused (a pet that died after eating it): safety wins,
    // for whoever else still has the product at home, so every reply still says to set it aside; the
    // condolence takes the place of the apology, so the loss is acknowledged first.
    drafts.push({ id: 'empathetic:apology', title: 'acknowledge', build: withGreeting(sentences(book.condolence, book.nextStep.safety, invite)) });
    drafts.push({ id: 'empathetic:short', title: 'short', build: withGreeting(sentences(book.condolence, book.nextStep.safety)) });
  } else if (bereaved && mood === 'positive') {
    drafts.push({ id: 'empathetic:thanks', title: 'thanks', build: withGreeting(sentences(book.condolence, book.thanks)) });
  } else if (bereaved) {
    // Condolences first, whatever the complaint: never "we understand your frustration" or a chirpy
    // "happy to help" to someone who lost a husband or a mother.
    drafts.push({ id: 'empathetic:next-step', title: 'acknowledge', build: withGreeting(sentences(book.condolence, book.bereavedNextStep, invite)) });
    drafts.push({ id: 'empathetic:short', title: 'short', build: withGreeting(sentences(book.condolence, invite)) });
  } else if (mood === 'complaint' && subject === 'conduct') {
    // Heard, and passed on: no apology for what the company may stand by, no details to ask for.
    drafts.push({ id: 'empathetic:next-step', title: 'acknowledge', build: withGreeting(sentences(apology, book.nextStep.conduct)) });
    drafts.push({ id: 'empathetic:short', title: 'short', build: withGreeting(sentences(apology)) });
  } else if (mood === 'complaint') {
    // Someone kept waiting for the answer to their message hears that first (harm keeps its apology).
    const opening = contactedAlready && subject !== 'safety' ? waited : apology;
    drafts.push({ id: 'empathetic:apology', title: 'apologise', build: withGreeting(sentences(opening, book.nextStep[subject], invite)) });
    const understand = subject === 'security' || subject === 'safety' ? book.understandWorry : book.understand;
    drafts.push({ id: 'empathetic:next-step', title: 'acknowledge', build: withGreeting(sentences(understand, book.nextStep[subject], invite)) });
    // Someone hurt is told to set the product aside in every reply, the short one too.
    const short = subject === 'safety' ? sentences(book.sorry, book.nextStep.safety, invite) : sentences(opening, invite);
    drafts.push({ id: 'empathetic:short', title: 'short', build: withGreeting(short) });
  } else if (troll) {
    drafts.push({ id: 'empathetic:short', title: 'short', build: withGreeting(book.calm) });
  } else if (mood === 'upset') {
    drafts.push({ id: 'empathetic:next-step', title: 'acknowledge', build: withGreeting(sentences(book.understand, book.nextStep.general, invite)) });
    drafts.push({ id: 'empathetic:short', title: 'short', build: withGreeting(sentences(contactedAlready ? waited : book.understand, invite)) });
  } else if (mood === 'positive') {
    drafts.push({ id: 'empathetic:thanks', title: 'thanks', build: withGreeting(sentences(book.thanks, book.thanksFollowUp)) });
  } else if (contactedAlready) {
    drafts.push({ id: 'empathetic:short', title: 'short', build: withGreeting(sentences(waited, invite)) });
  } else if (target?.plainQuestion && !press) {
    // A plain question is answered here, where everyone who wonders the same reads it (see answerInPublic);
    // the DM message below stays for their own details.
    drafts.push({ id: 'empathetic:next-step', title: 'offerHelp', build: withGreeting(sentences(book.questionOpening, book.questionNextStep)) });
    drafts.push({ id: 'empathetic:short', title: 'short', build: withGreeting(sentences(book.questionOpening, book.questionShort)) });
  } else if (target?.ownQuestion && !press) {
    // "Is my kettle part of the recall?": thanked for, and checked with their details in private (its
    // answer is about their own kettle); no frustration to acknowledge.
    drafts.push({ id: 'empathetic:next-step', title: 'offerHelp', build: withGreeting(sentences(book.questionOpening, book.ownQuestionNextStep, invite)) });
    drafts.push({ id: 'empathetic:short', title: 'short', build: withGreeting(sentences(book.questionOpening, invite)) });
  } else {
    drafts.push({ id: 'empathetic:next-step', title: 'offerHelp', build: withGreeting(sentences(book.neutralOpening, book.neutralNextStep, invite)) });
    drafts.push({ id: 'empathetic:short', title: 'short', build: withGreeting(sentences(book.neutralOpening, invite)) });
  }
  // Praise needs no private follow-up, nor the company's conduct, nor the press; everything else may.
  if (mood !== 'positive' && subject !== 'conduct' && !press && !troll) {
    const dmOpening = bereaved
      ? book.condolence
      : contactedAlready && subject !== 'safety'
        ? waited
        : mood === 'complaint'
          ? apology
          : mood === 'upset'
            ? book.understand
            : book.neutralOpening;
    drafts.push({
      id: 'dm',
      title: channel === 'a DM' ? 'dm' : 'private',
      build: withGreeting(sentences(dmOpening, invite, book.keepPrivate)),
    });
  }

  const limit = PLATFORM_REPLY_LIMITS[platform];
  const maxChars = typeof safeContext.maxLength === 'number' && safeContext.maxLength > 0 ? Math.floor(safeContext.maxLength) : limit.maxChars;
  // The brand's own contact is public by design; the self-check must not read it as personal data.
  const checkContext = {
    ...safeContext,
    platform,
    incident: undefined,
    allowedContacts: [...(Array.isArray(safeContext.allowedContacts) ? safeContext.allowedContacts : []), ...(contact ? [contact] : []), ...(pressContact ? [pressContact] : [])],
  };
  const greetings = [name ? book.greeting(name) : '', ''].filter((greeting, index, all) => all.indexOf(greeting) === index);
  if (safeContext.voice === 'friendly' && !name) greetings.unshift('Hi there,');

  const suggestions: Suggestion[] = [];
  for (const draft of drafts) {
    const text = greetings
      .flatMap((greeting) => draft.build(greeting))
      // A reply to a legal threat is still offered: the reminder to have it checked is for the person posting it.
      .find((candidate) => measureLength(candidate, limit.counting, maxChars).overflowAt === null && analyzeDraft(candidate, checkContext).every((f) => f.code === 'needs-approval'));
    if (text) suggestions.push({ id: draft.id, kind: draft.id === 'dm' ? 'dm' : 'empathetic', title: messages.suggestionTitle(draft.title), text, usable: true });
  }
  if (troll && suggestions[0]) suggestions[0].note = messages.noReplyNeeded();
  // A plain question ("Is the Pro 2 affected by the recall too?"): its answer, given here, helps everyone
  // who wonders the same; a DM is for their own details only.
  if (target?.plainQuestion && mood !== 'complaint' && !press && suggestions[0]) suggestions[0].note = messages.answerInPublic();
  // The coach reads English only: a post in another language is answered in English, and said so once.
  if (target?.notEnglish && suggestions[0]) {
    const note = messages.postNotEnglish();
    suggestions[0].note = suggestions[0].note ? `${suggestions[0].note}${messages.noteSeparator()}${note}` : note;
  }
  const preApproved = preApprovedSuggestions(safeContext, platform, maxChars, messages);
  // The plan's messages are written for a crisis and its complaints: under a pleased post or a troll's
  // insults they stay on offer, out of the way.
  if (mood === 'positive' || troll) for (const suggestion of preApproved) suggestion.secondary = true;
  if (press) {
    // To the press, the plan's holding statement comes first, in place of the built-in line; its
    // other messages are for customers ("send us a direct message"): on offer, out of the way.
    // The plan's holding statement (by its id, or a message titled so), ready to post: usable (unexpired,
    // not too long) and with no blank left to fill ("{issue}", "[what we found]").
    const first = preApproved.find(
      (suggestion) =>
        (suggestion.id === `pre-approved:${HOLDING_STATEMENT_ID}` || /\bholding statement\b/i.test(suggestion.title)) &&
        suggestion.usable &&
        findPlaceholders(suggestion.text).length === 0,
    );
    for (const suggestion of preApproved) if (suggestion !== first) suggestion.secondary = true;
    if (!first) return [...suggestions, ...preApproved];
    // The press line stays after it where it names the press contact: the statement does not say where to ask.
    return [first, ...suggestions.filter((suggestion) => pressContact || suggestion.id !== 'empathetic:press'), ...preApproved.filter((suggestion) => suggestion !== first)];
  }
  suggestions.push(...preApproved);
  return suggestions;
}

function preApprovedSuggestions(context: SuggestionContext, platform: PlatformId, maxChars: number, messages: CoachMessages): Suggestion[] {
  const approved: readonly unknown[] = Array.isArray(context.preApproved) ? context.preApproved : [];
  const now = typeof context.now === 'number' && Number.isFinite(context.now) ? context.now : Date.now();
  const soonMs = typeof context.expiringSoonMs === 'number' && context.expiringSoonMs >= 0 ? context.expiringSoonMs : DEFAULT_EXPIRING_SOON_MS;
  const { counting } = PLATFORM_REPLY_LIMITS[platform];
  const usable: Suggestion[] = [];
  const unusable: Suggestion[] = [];
  approved.forEach((raw, index) => {
    if (!raw || typeof raw !== 'object') return;
    const message = raw as Partial<PreApprovedMessage>;
    if (typeof message.text !== 'string' || message.text.trim() === '') return;
    const id = typeof message.id === 'string' && message.id ? message.id : String(index);
    const expires = typeof message.expires === 'number' && Number.isFinite(message.expires) ? message.expires : undefined;
    const expired = expires !== undefined && expires <= now;
    const expiresSoon = expires !== undefined && !expired && expires - now <= soonMs;
    const measured = measureLength(message.text, counting, maxChars);
    const tooLong = measured.overflowAt !== null;
    const notes: string[] = [];
    // An expiry of 0 (the epoch) or before is the plan's word for a date it cannot read (messageExpiresAt).
    if (expired) notes.push(expires <= 0 ? messages.expiryUnreadable() : messages.expiredAgo(formatDuration((now - expires) / 60_000, messages)));
    else if (expiresSoon) notes.push(messages.expiresIn(formatDuration((expires - now) / 60_000, messages)));
    if (tooLong) notes.push(messages.longerThan(messages.platformName(platform), measured.length, maxChars));
    if (typeof message.owner === 'string' && message.owner.trim()) notes.push(messages.owner(message.owner.trim()));
    const suggestion: Suggestion = {
      id: `pre-approved:${id}`,
      kind: 'pre-approved',
      title: typeof message.title === 'string' && message.title.trim() ? message.title.trim() : messages.suggestionTitle('preApproved'),
      text: message.text,
      usable: !expired && !tooLong,
    };
    if (expired) suggestion.expired = true;
    if (expiresSoon) suggestion.expiresSoon = true;
    if (tooLong) suggestion.tooLong = true;
    if (notes.length > 0) suggestion.note = notes.join(messages.noteSeparator());
    (suggestion.usable ? usable : unusable).push(suggestion);
  });
  return [...usable, ...unusable];
}
