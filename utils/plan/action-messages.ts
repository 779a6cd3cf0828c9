// The words of durations and of the badge's suggested action from the locale file (`duration.*` and
// `action.*` in assets/locales/en.yml), for the content script to pass into the pure suggestedAction and
// formatDuration (see ActionMessages in actions.ts). A plural message takes only its figure: its forms are
// split on " | " after substitution.
import { i18n } from '#i18n';
import type { ActionMessages, DurationMessages } from './actions';

export const localeDurationMessages: DurationMessages = {
  minutes: (minutes) => i18n.t('duration.minutes', minutes),
  hours: (hours) => i18n.t('duration.hours', hours),
  days: (days) => i18n.t('duration.days', days),
  durationSeparator: () => i18n.t('duration.separator'),
};

export const localeActionMessages: ActionMessages = {
  ...localeDurationMessages,
  ownPost: () => i18n.t('action.ownPost'),
  escalate: (within) => i18n.t('action.escalate', [within]),
  replyPrivately: (within) => i18n.t('action.replyPrivately', [within]),
  reply: (within) => i18n.t('action.reply', [within]),
  readItYourself: (within) => i18n.t('action.readItYourself', [within]),
  thank: () => i18n.t('action.thank'),
  none: () => i18n.t('action.none'),
};
