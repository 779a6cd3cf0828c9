// The coach's words from the locale file (`coach.why.*`, `coach.suggestionTitles.*`, `coach.notes.*`,
// `duration.*` and `platform.*` in assets/locales/en.yml), for the content script to pass into the pure
// analyzeDraft and suggestReplies (see CoachMessages in types.ts). The draft's words and the plan's go in
// as substitutions and never into a plural message: its forms are split on " | " after substitution, so
// only a figure goes into one (`coach.why.moreBlanks`, `duration.*`).
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { localeDurationMessages } from '../plan/action-messages';
import type { PersonalDataKind } from './personal-data';
import type { CoachMessages } from './types';

/** Locale keys cannot hold dashes (Chrome's message names). */
const PERSONAL_DATA_KEY = {
  email: 'coach.why.personalDataKinds.email',
  phone: 'coach.why.personalDataKinds.phone',
  order: 'coach.why.personalDataKinds.order',
  booking: 'coach.why.personalDataKinds.booking',
  address: 'coach.why.personalDataKinds.address',
  postcode: 'coach.why.personalDataKinds.postcode',
  card: 'coach.why.personalDataKinds.card',
  'card-digits': 'coach.why.personalDataKinds.cardDigits',
} as const satisfies Record<PersonalDataKind, string>;

/** A figure the way the browser's language writes it: "25,013" in English, "25.013" in German. */
function figure(value: number): string {
  let language = 'en';
  try {
    language = browser.i18n.getUILanguage() || 'en';
  } catch {
    // No i18n (a test's fake browser): English.
  }
  try {
    return value.toLocaleString(language);
  } catch {
    return value.toLocaleString('en');
  }
}

export const localeCoachMessages: CoachMessages = {
  ...localeDurationMessages,
  quoted: (text) => i18n.t('coach.why.quoted', [text]),
  hostile: (quoted) => i18n.t('coach.why.hostile', [quoted]),
  condescending: (quoted) => i18n.t('coach.why.condescending', [quoted]),
  arguing: (quoted) => i18n.t('coach.why.arguing', [quoted]),
  defensive: (quoted) => i18n.t('coach.why.defensive', [quoted]),
  dismissive: (quoted) => i18n.t('coach.why.dismissive', [quoted]),
  madeLightOfHarm: (quoted) => i18n.t('coach.why.madeLightOfHarm', [quoted]),
  sarcasm: (quoted) => i18n.t('coach.why.sarcasm', [quoted]),
  legalRisk: (quoted) => i18n.t('coach.why.legalRisk', [quoted]),
  overpromise: (quoted) => i18n.t('coach.why.overpromise', [quoted]),
  shoutingMarks: (quoted) => i18n.t('coach.why.shoutingMarks', [quoted]),
  shoutingCapitals: (quoted) => i18n.t('coach.why.shoutingCapitals', [quoted]),
  platformName: (platform) => i18n.t(`platform.${platform}`),
  tooLongForPlatform: (length, platform, maxChars) => i18n.t('coach.why.tooLongForPlatform', [figure(length), platform, figure(maxChars)]),
  tooLongForGuideline: (sentences, words, maxSentences, maxWords) =>
    i18n.t('coach.why.tooLongForGuideline', [i18n.t('coach.why.sentenceCount', sentences), figure(words), figure(maxSentences), figure(maxWords)]),
  personalDataKind: (kind) => i18n.t(PERSONAL_DATA_KEY[kind]),
  personalData: (listed) => i18n.t('coach.why.personalData', [listed]),
  personalDataAsked: (quoted) => i18n.t('coach.why.personalDataAsked', [quoted]),
  confidential: (listed) => i18n.t('coach.why.confidential', [listed]),
  noAcknowledgement: () => i18n.t('coach.why.noAcknowledgement'),
  moreBlanks: (count) => i18n.t('coach.why.moreBlanks', count),
  placeholderOne: (listed) => i18n.t('coach.why.placeholderOne', [listed]),
  placeholderMany: (listed) => i18n.t('coach.why.placeholderMany', [listed]),
  notEnglish: () => i18n.t('coach.why.notEnglish'),
  approval: () => i18n.t('coach.why.approval'),
  approvalFrom: (approver) => i18n.t('coach.why.approvalFrom', [approver]),
  approvalStep: (step) => i18n.t('coach.why.approvalStep', [step]),
  approvalFromWithStep: (approver, step) => i18n.t('coach.why.approvalFromWithStep', [approver, step]),
  legalThreat: () => i18n.t('coach.why.legalThreat'),
  listSeparator: () => i18n.t('coach.why.listSeparator'),
  andList: (items, last) => i18n.t('coach.why.andList', [items, last]),
  suggestionTitle: (title) => i18n.t(`coach.suggestionTitles.${title}`),
  expiredAgo: (duration) => i18n.t('coach.notes.expiredAgo', [duration]),
  expiryUnreadable: () => i18n.t('coach.notes.expiryUnreadable'),
  expiresIn: (duration) => i18n.t('coach.notes.expiresIn', [duration]),
  longerThan: (platform, length, maxChars) => i18n.t('coach.notes.longerThan', [platform, figure(length), figure(maxChars)]),
  owner: (owner) => i18n.t('coach.notes.owner', [owner]),
  noteSeparator: () => i18n.t('coach.notes.separator'),
  noReplyNeeded: () => i18n.t('coach.notes.noReplyNeeded'),
  postNotEnglish: () => i18n.t('coach.notes.postNotEnglish'),
  answerInPublic: () => i18n.t('coach.notes.answerInPublic'),
};
