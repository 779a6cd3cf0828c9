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
  setUpBrand: () => i18n.t('action.setUpBrand'),
  escalate: (within) => i18n.t('action.escalate', [within]),
  replyPrivately: (within) => i18n.t('action.replyPrivately', [within]),
  reply: (within) => i18n.t('action.reply', [within]),
  answer: (within) => i18n.t('action.answer', [within]),
  readItYourself: (within) => i18n.t('action.readItYourself', [within]),
  thank: () => i18n.t('action.thank'),
  none: () => i18n.t('action.none'),
};

/**
 * `messages` with each answer kept by its argument: every post of a feed asks for its suggested action,
 * and each locale lookup is a call into the browser. For one page's life (the locale does not change
 * under a page).
 */
export function rememberedMessages(messages: ActionMessages): ActionMessages {
  const remember = <A extends string | number>(say: (argument: A) => string) => {
    const kept = new Map<A, string>();
    return (argument: A): string => {
      let text = kept.get(argument);
      if (text === undefined) {
        text = say(argument);
        kept.set(argument, text);
      }
      return text;
    };
  };
  const once = (say: () => string) => {
    let text: string | undefined;
    return (): string => (text ??= say());
  };
  return {
    minutes: remember((n: number) => messages.minutes(n)),
    hours: remember((n: number) => messages.hours(n)),
    days: remember((n: number) => messages.days(n)),
    durationSeparator: once(() => messages.durationSeparator()),
    ownPost: once(() => messages.ownPost()),
    setUpBrand: once(() => messages.setUpBrand()),
    escalate: remember((within: string) => messages.escalate(within)),
    replyPrivately: remember((within: string) => messages.replyPrivately(within)),
    reply: remember((within: string) => messages.reply(within)),
    answer: remember((within: string) => messages.answer(within)),
    readItYourself: remember((within: string) => messages.readItYourself(within)),
    thank: once(() => messages.thank()),
    none: once(() => messages.none()),
  };
}
