// The words of alert reasons from the locale file (`reason.*` in assets/locales/en.yml), for the worker to
// pass into the pure detector and listening loop (see ReasonMessages in detect.ts). A plural message takes
// only figures and the reason's own words: its forms are split on " | " after substitution, so page text
// (the key terms) must never go into one. Counts are written with the browser's UI language's grouping
// ("12,412" in English, "12.412" in German), English's where it cannot be read.
import { i18n } from '#i18n';
import { uiCount } from '../count';
import type { ReasonMessages } from './detect';

export const localeReasonMessages: ReasonMessages = {
  count: uiCount,
  lastHours: (hours) => i18n.t('reason.lastHours', hours),
  lastMinutes: (minutes) => i18n.t('reason.lastMinutes', minutes),
  lastHoursAndMinutes: (hours, minutes) => i18n.t('reason.lastHoursAndMinutes', [hours, minutes]),
  timesNormal: (multiple) => i18n.t('reason.timesNormal', [multiple]),
  noneExpected: () => i18n.t('reason.noneExpected'),
  volume: (mentions, window, volume) => i18n.t('reason.volume', mentions, [uiCount(mentions), window, volume]),
  negativeShare: (percent, normalPercent) => i18n.t('reason.negativeShare', [percent, normalPercent]),
  negativeShareIn: (percent, normalPercent, window) => i18n.t('reason.negativeShareIn', [percent, normalPercent, window]),
  negativesOf: (negatives, mentions, volume) => i18n.t('reason.negativesOf', mentions, [uiCount(negatives), uiCount(mentions), volume]),
  about: (terms) => i18n.t('reason.about', [terms]),
  partSeparator: () => i18n.t('reason.partSeparator'),
  listSeparator: () => i18n.t('reason.listSeparator'),
  onePlatform: (platform, reason) => i18n.t('reason.onePlatform', [platform, reason]),
  alsoRaised: (platform, reason, others) => i18n.t('reason.alsoRaised', [platform, reason, others]),
  otherPlatform: (platform, level) => i18n.t(`reason.otherPlatform.${level}`, [platform]),
};
