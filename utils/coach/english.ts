// The coach's words in English (CoachMessages in types.ts): the default where there is no browser (the
// benchmark, unit tests), and the same English as `coach.why.*`, `coach.suggestionTitles.*`,
// `coach.notes.*` and `duration.*` in assets/locales/en.yml, which the content script passes (a unit test
// holds the two together).
import { ENGLISH_DURATION_MESSAGES } from '../plan/actions';
import { PLATFORM_NAMES } from '../platforms/types';
import type { PersonalDataKind } from './personal-data';
import type { CoachMessages, SuggestionTitle } from './types';

const PERSONAL_DATA_NAMES: Readonly<Record<PersonalDataKind, string>> = {
  email: 'an e-mail address',
  phone: 'a phone number',
  order: 'an order or reference number',
  booking: 'what looks like a booking reference',
  address: 'a street address',
  postcode: 'a postcode',
  card: 'a card number',
  'card-digits': "a card's last digits",
};

const SUGGESTION_TITLES: Readonly<Record<SuggestionTitle, string>> = {
  apologise: 'Apologise and offer help',
  acknowledge: 'Acknowledge and offer a next step',
  short: 'Short',
  thanks: 'Thank them',
  offerHelp: 'Offer help',
  dm: 'Take it to DM',
  private: 'Take it private',
  preApproved: 'Pre-approved message',
};

const APPROVAL = 'An incident is active: this reply';

export const ENGLISH_COACH_MESSAGES: CoachMessages = {
  ...ENGLISH_DURATION_MESSAGES,
  quoted: (text) => `“${text}”`,
  hostile: (quoted) => `${quoted} reads as an insult. Never attack the person in public, however they wrote: acknowledge the problem and offer help.`,
  condescending: (quoted) => `${quoted} talks down to them. Assume they tried: acknowledge the problem and offer the next step.`,
  arguing: (quoted) => `${quoted} reads as arguing. Acknowledge their view instead; never argue in public.`,
  defensive: (quoted) => `${quoted} sounds defensive or blames them. Take the high road: own the problem, not their part in it.`,
  madeLightOfHarm: (quoted) => `${quoted} makes light of someone hurt or put at risk. Say you're sorry they were hurt, and that their safety comes first.`,
  dismissive: (quoted) => `${quoted} brushes their concern off. Acknowledge how they feel, even when the answer is the same.`,
  sarcasm: (quoted) => `${quoted} can read as sarcastic. In a crisis, say exactly what you mean.`,
  legalRisk: (quoted) =>
    `${quoted} is legal language that can read as an admission. Have Legal approve it before posting; to own the problem, say what you will do.`,
  overpromise: (quoted) => `${quoted} promises more than anyone can be sure of. Promise what you can do: the next step and when.`,
  shoutingMarks: (quoted) => `Stacked or repeated exclamation marks read as shouting (${quoted}). Keep the tone calm; acronyms are fine.`,
  shoutingCapitals: (quoted) => `Words in capitals read as shouting (${quoted}). Keep the tone calm; acronyms are fine.`,
  platformName: (platform) => PLATFORM_NAMES[platform],
  tooLongForPlatform: (length, platform, maxChars) =>
    `${length.toLocaleString('en')} characters: ${platform} allows ${maxChars.toLocaleString('en')}. Cut it, and keep a crisis reply to a few short sentences.`,
  tooLongForGuideline: (sentences, words, maxSentences, maxWords) =>
    `${sentences} ${sentences === 1 ? 'sentence' : 'sentences'}, ${words.toLocaleString('en')} words: a crisis reply works best in ${maxSentences.toLocaleString('en')} short sentences (about ${maxWords.toLocaleString('en')} words). Offer the rest in a private message.`,
  personalDataKind: (kind) => PERSONAL_DATA_NAMES[kind],
  personalData: (listed) => `This shows ${listed} in public. Move it to a private message and leave it out of the reply.`,
  personalDataAsked: (quoted) => `${quoted} asks them for personal data in public, where everyone can read their answer. Ask for it by private message instead.`,
  confidential: (listed) => `The crisis plan marks ${listed} as confidential: it must not appear in public.`,
  noAcknowledgement: () => "They are upset and the reply does not say you see it. Acknowledge the feeling first (“I'm sorry…”, “I understand…”).",
  moreBlanks: (count) => `${count} more ${count === 1 ? 'blank' : 'blanks'}`,
  placeholderOne: (listed) => `Fill in ${listed} before posting: it would go out exactly as written.`,
  placeholderMany: (listed) => `Fill in ${listed} before posting: they would go out exactly as written.`,
  notEnglish: () => 'This draft seems not to be in English, and the coach reads English only. Ask someone who reads the language to check the tone before you post.',
  approval: () => `${APPROVAL} goes through the plan's approval step before you post it.`,
  approvalFrom: (approver) => `${APPROVAL} needs approval from ${approver} before you post it.`,
  approvalStep: (step) => `${APPROVAL} goes through the plan's approval step (${step}) before you post it.`,
  approvalFromWithStep: (approver, step) => `${APPROVAL} needs approval from ${approver} (${step}) before you post it.`,
  legalThreat: () =>
    'This post threatens legal action: have whoever answers for legal matters check the reply before you post it, and admit nothing in public.',
  listSeparator: () => ', ',
  andList: (items, last) => `${items} and ${last}`,
  suggestionTitle: (title) => SUGGESTION_TITLES[title],
  expiredAgo: (duration) => `Expired ${duration} ago`,
  expiryUnreadable: () => 'Its approval date cannot be read: enter it again in the crisis plan',
  expiresIn: (duration) => `Expires in ${duration}`,
  longerThan: (platform, length, maxChars) => `Longer than ${platform} allows (${length.toLocaleString('en')}/${maxChars.toLocaleString('en')})`,
  owner: (owner) => `Owner: ${owner}`,
  noteSeparator: () => ' · ',
  postNotEnglish: () =>
    'This post seems not to be in English, and the coach reads English only: these replies are in English. Ask someone who reads the language to reply where you can.',
  noReplyNeeded: () => 'Insults with no complaint in them: you do not need to reply at all. If you do, keep it short and calm, and do not take it to DM.',
  answerInPublic: () => 'A question: answer it here, with the facts or a link, and everyone who wonders the same reads it too. Take it to DM only for their own details.',
};
