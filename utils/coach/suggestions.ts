// suggestReplies(): complete replies the user can insert with one click, built from the post
// being answered in the plan's brand voice, plus the plan's pre-approved messages. Each
// empathetic reply follows practice 5: acknowledge, apologise where it is right, a next step,
// an invitation to continue privately. They state no facts about the case (no "your refund is on
// its way"): only what the brand can honestly say without knowing more.
import type { ComplaintCategory, SignalCode } from '../analysis';
import { formatDuration } from '../plan/actions';
import type { PlatformId } from '../platforms/types';
import { ENGLISH_COACH_MESSAGES } from './english';
import { analyzeDraft, needsAcknowledgement, readTarget } from './findings';
import { measureLength, PLATFORM_REPLY_LIMITS } from './length';
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
  thanks: string;
  thanksFollowUp: string;
  /** Invitation to continue privately, given "a DM" / "a private message". */
  invite: (channel: string) => string;
  /** Invitation where the platform has no private messages, given the brand's contact. */
  inviteContact: (contact: string) => string;
  inviteNoChannel: string;
  keepPrivate: string;
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
  thanks: 'Thank you so much for the kind words.',
  thanksFollowUp: 'We really appreciate it.',
  invite: (channel) => `Could you send us ${channel} with the details?`,
  inviteContact: (contact) => (contact.includes('@') ? `Could you email us at ${contact} with the details?` : `Could you contact us at ${contact} with the details?`),
  inviteNoChannel: 'Could you contact our support team privately with the details?',
  keepPrivate: "Please don't share personal details here.",
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
  thanks: 'Thank you for your kind words.',
  thanksFollowUp: 'We appreciate you taking the time to share them.',
  invite: (channel) => `Please send us ${channel} with the details.`,
  inviteContact: (contact) => (contact.includes('@') ? `Please email us at ${contact} with the details.` : `Please contact us at ${contact} with the details.`),
  inviteNoChannel: 'Please contact our support team privately with the details.',
  keepPrivate: 'Please do not share personal details here.',
};

/** Someone hurt or put at risk: a burn, a fire, smoke, a shock, an injury, an illness. */
const HARMED =
  /\b(?:caught fire|on fire|fire hazard|burst into flames|spark(?:ed|ing|s)|smok(?:ed|ing)|melt(?:ed|ing)|explod(?:ed|es|ing)|overheat(?:ed|ing|s)|electric shock|shocked me|electrocuted|scald(?:ed|ing)?|burn(?:ed|t|s)? (?:my|his|her|their|our)|burns? on|injur(?:y|ed|ies)|hospital|allergic reaction|food poisoning|(?:got|made (?:me|us|him|her)) sick|choking)\b/i;
/** Words that tell an experience of one's own. */
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|me|my|mine|we|we're|we've|us|our)\b/i;

/**
 * What the post is mainly about: harm first (whatever the analyser's category), then the analyser's
 * complaint (first listed wins), where staff criticised with no experience told is the company's conduct.
 */
function topicOf(signals: readonly SignalCode[], text: string): Topic | null {
  if (HARMED.test(text)) return 'safety';
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

/** "@sam_patel" or "Sam Patel", as the page shows it, made safe to put in a reply; never the brand. */
function addressee(author: unknown, platform: PlatformId, brandTerms: readonly unknown[]): string {
  if (typeof author !== 'string') return '';
  // Control characters and line breaks never belong in a greeting.
  const clean = author.replace(/\p{Cc}|\p{Cf}|\p{Zl}|\p{Zp}/gu, ' ').replace(/\s+/g, ' ').trim();
  if (!clean || clean.length > 60 || isBrandAuthor(clean, brandTerms)) return '';
  if (clean.startsWith('@') || clean.includes(' ') || !HANDLE_PLATFORMS.has(platform)) return clean;
  // A bare handle on a platform of @-mentions: address it the way the platform does.
  return /^[\w.-]+$/.test(clean) ? `@${clean}` : clean;
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
  const topic = target ? topicOf(target.signals, safeContext.replyingTo?.text ?? '') : null;
  const mood: Mood = !target
    ? 'neutral'
    : needsAcknowledgement(target)
      ? topic
        ? 'complaint'
        : 'upset'
      : target.label === 'positive'
        ? 'positive'
        : 'neutral';
  const contact = typeof safeContext.privateContact === 'string' ? safeContext.privateContact.trim() : '';
  const channel = PRIVATE_MESSAGE[platform];
  const invite = channel ? book.invite(channel) : contact ? book.inviteContact(contact) : book.inviteNoChannel;
  const subject: Topic = topic ?? 'general';
  const apology = book.apology[subject];
  const name = addressee(safeContext.replyingTo?.author, platform, Array.isArray(safeContext.brandTerms) ? safeContext.brandTerms : []);

  const drafts: Draft[] = [];
  // After "Hi @sam," the reply goes on in lower case, except for "I".
  const continueAfter = (body: string): string => (/^I\b/.test(body) ? body : body.charAt(0).toLowerCase() + body.slice(1));
  const withGreeting = (body: string) => (greeting: string) => [greeting ? `${greeting} ${continueAfter(body)}` : body];
  if (mood === 'complaint' && subject === 'conduct') {
    // Heard, and passed on: no apology for what the company may stand by, no details to ask for.
    drafts.push({ id: 'empathetic:next-step', title: 'acknowledge', build: withGreeting(sentences(apology, book.nextStep.conduct)) });
    drafts.push({ id: 'empathetic:short', title: 'short', build: withGreeting(sentences(apology)) });
  } else if (mood === 'complaint') {
    drafts.push({ id: 'empathetic:apology', title: 'apologise', build: withGreeting(sentences(apology, book.nextStep[subject], invite)) });
    const understand = subject === 'security' || subject === 'safety' ? book.understandWorry : book.understand;
    drafts.push({ id: 'empathetic:next-step', title: 'acknowledge', build: withGreeting(sentences(understand, book.nextStep[subject], invite)) });
    // Someone hurt is told to set the product aside in every reply, the short one too.
    const short = subject === 'safety' ? sentences(book.sorry, book.nextStep.safety, invite) : sentences(apology, invite);
    drafts.push({ id: 'empathetic:short', title: 'short', build: withGreeting(short) });
  } else if (mood === 'upset') {
    drafts.push({ id: 'empathetic:next-step', title: 'acknowledge', build: withGreeting(sentences(book.understand, book.nextStep.general, invite)) });
    drafts.push({ id: 'empathetic:short', title: 'short', build: withGreeting(sentences(book.understand, invite)) });
  } else if (mood === 'positive') {
    drafts.push({ id: 'empathetic:thanks', title: 'thanks', build: withGreeting(sentences(book.thanks, book.thanksFollowUp)) });
  } else {
    drafts.push({ id: 'empathetic:next-step', title: 'offerHelp', build: withGreeting(sentences(book.neutralOpening, book.neutralNextStep, invite)) });
    drafts.push({ id: 'empathetic:short', title: 'short', build: withGreeting(sentences(book.neutralOpening, invite)) });
  }
  // Praise needs no private follow-up, nor the company's conduct; everything else may.
  if (mood !== 'positive' && subject !== 'conduct') {
    const dmOpening = mood === 'complaint' ? apology : mood === 'upset' ? book.understand : book.neutralOpening;
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
    allowedContacts: [...(Array.isArray(safeContext.allowedContacts) ? safeContext.allowedContacts : []), ...(contact ? [contact] : [])],
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
  const preApproved = preApprovedSuggestions(safeContext, platform, maxChars, messages);
  // The plan's messages are written for a crisis and its complaints: under a pleased post they stay
  // on offer, out of the way.
  if (mood === 'positive') for (const suggestion of preApproved) suggestion.secondary = true;
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
    if (expired) notes.push(messages.expiredAgo(formatDuration((now - expires) / 60_000, messages)));
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
