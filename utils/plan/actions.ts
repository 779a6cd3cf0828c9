import type { Analysis, SignalCode } from '../analysis';

export type ActionKind = 'escalate' | 'reply-dm' | 'reply' | 'thank' | 'none';

export interface SuggestedAction {
  kind: ActionKind;
  /** One line a social media manager can act on. */
  text: string;
}

export interface ActionContext {
  mentionsBrand: boolean;
  /** The plan's response-time target, in minutes. */
  responseTargetMinutes: number;
  /** Written by one of the brand's own accounts (isOwnAccount). */
  ownPost?: boolean;
  /**
   * The brand has names, handles or hashtags set. Without them nothing mentions it, and what to answer
   * cannot be told (QA: with no brand set, badges still said "Reply within 1 hour…"). Default: true.
   */
  brandConfigured?: boolean;
  /**
   * What the post asks (questionKind, utils/coach/question.ts): a plain question, or one asked as plainly in
   * the writer's name ("Is my kettle part of the recall?"), is answered whatever its words' tone, another
   * question where the post does not read negative.
   */
  question?: 'plain' | 'own' | 'other' | null;
}

const ESCALATING: readonly SignalCode[] = ['escalation:legal', 'escalation:press', 'escalation:viral', 'boycott', 'complaint:security'];
const PRIVATE_MATTERS: readonly SignalCode[] = ['complaint:service', 'complaint:product', 'complaint:employee'];
/** What makes a question no plain question to answer: anger, an insult, a complaint. */
const UPSET_SIGNALS: readonly SignalCode[] = [
  'anger', 'hostility', 'complaint:product', 'complaint:service', 'complaint:insensitive', 'complaint:hypocrisy', 'complaint:employee',
];
/**
 * A product complaint about harm (fire, smoke, shocks, injuries, poisoning, allergic reactions, a recall) spreads and can end
 * in court: the playbook escalates it like a legal threat (QA: "the unit that nearly set my counter on fire"
 * was to be answered within the hour like a late parcel). Matched on the complaint's own words.
 */
const SAFETY = /fire|smok|explod|shock|injur|hospital|poison|hazard|overheat|melt|chok|spark|recall|allergic|anaphyla|epi ?pen|hives|burns\b|burned (?:my|his|her|their|our)/i;

// ---------------------------------------------------------------------------------------------------
// Words. The badge's content script passes the locale's (`duration.*` and `action.*` in
// assets/locales/en.yml, see action-messages.ts); where there is no browser (benchmarks, unit tests) the
// default is the same English. A count picks the plural form and goes in as a figure: nothing here takes
// page text.

/** The words of a duration. */
export interface DurationMessages {
  /** "1 minute", "45 minutes". */
  minutes(minutes: number): string;
  /** "1 hour", "23 hours": whole hours (durations put the minutes after them). */
  hours(hours: number): string;
  /** "1 day", "3 days". */
  days(days: number): string;
  /** Between the parts of "1 day 2 hours 30 minutes": " ". */
  durationSeparator(): string;
}

const count = (value: number, unit: string) => `${value} ${unit}${value === 1 ? '' : 's'}`;

/** The English of `duration.*` in assets/locales/en.yml (a unit test holds the two together). */
export const ENGLISH_DURATION_MESSAGES: DurationMessages = {
  minutes: (minutes) => count(minutes, 'minute'),
  hours: (hours) => count(hours, 'hour'),
  days: (days) => count(days, 'day'),
  durationSeparator: () => ' ',
};

/** The words of a suggested action: `within` is a duration in the same words ("1 hour"). */
export interface ActionMessages extends DurationMessages {
  ownPost(): string;
  /** No brand set: nothing to answer can be told. */
  setUpBrand(): string;
  escalate(within: string): string;
  replyPrivately(within: string): string;
  reply(within: string): string;
  /** A question that names the brand. */
  answer(within: string): string;
  /** A brand post Firebreak cannot read. */
  readItYourself(within: string): string;
  thank(): string;
  none(): string;
}

/** The English of `action.*` and `duration.*` in assets/locales/en.yml (a unit test holds them together). */
export const ENGLISH_ACTION_MESSAGES: ActionMessages = {
  ...ENGLISH_DURATION_MESSAGES,
  ownPost: () => 'Your brand’s own post: nothing to answer here.',
  setUpBrand: () => 'Set up your brand in Firebreak’s settings to see which posts to answer.',
  escalate: (within) => `Escalate to the crisis lead now, and post the approved holding statement within ${within}.`,
  replyPrivately: (within) => `Reply within ${within}: acknowledge the problem, apologise where it is right, and offer to continue in a private message.`,
  reply: (within) => `Reply within ${within} with empathy. Keep it short, acknowledge the frustration, never argue.`,
  answer: (within) => `A question for your brand: answer it within ${within}, with the facts or where to find them.`,
  readItYourself: (within) => `Firebreak reads English only: read this post yourself, and if it needs an answer, reply within ${within}.`,
  thank: () => 'A good moment to thank them: short, warm and personal.',
  none: () => 'No action needed.',
};

/** "45 minutes", "1 hour", "1 hour 11 minutes", "3 days 7 minutes", "1 day 2 hours 30 minutes", in the words of `messages`. */
export function formatDuration(minutes: number, messages: DurationMessages = ENGLISH_DURATION_MESSAGES): string {
  // Rounded first, so 59.7 minutes reads "1 hour", as a full hour does, and not "60 minutes".
  const whole = Math.round(minutes);
  if (whole < 60) return messages.minutes(Math.max(1, whole));
  // An hour or more in days, hours and minutes: "72.1 hours" leaves the reader to work out the days,
  // and "1.2 hours" the minutes (QA: "Duration: 1.2 hours" for 1 hour 11 minutes).
  const parts: string[] = [];
  const days = Math.floor(whole / (24 * 60));
  const hours = Math.floor(whole / 60) % 24;
  const rest = whole % 60;
  if (days > 0) parts.push(messages.days(days));
  if (hours > 0) parts.push(messages.hours(hours));
  if (rest > 0) parts.push(messages.minutes(rest));
  return parts.join(messages.durationSeparator());
}

/**
 * What the playbook says to do with one post: escalate what can spread (legal, press, viral,
 * boycott, security), take individual problems to a private channel, answer a question to the brand and
 * other negative posts with empathy within the target, and leave the rest. In the words of `messages`.
 */
export function suggestedAction(analysis: Analysis, context: ActionContext, messages: ActionMessages = ENGLISH_ACTION_MESSAGES): SuggestedAction {
  // Worded only where it is said: most posts need no answer, and a page's messages are calls into
  // the browser.
  const within = (): string => formatDuration(context.responseTargetMinutes, messages);
  const has = (codes: readonly SignalCode[]) => analysis.signals.some((signal) => codes.includes(signal));
  const negative = analysis.label === 'negative' || analysis.label === 'mixed';
  // The brand's own statement names the problem in a complaint's words; it is not one to answer.
  if (context.ownPost) return { kind: 'none', text: messages.ownPost() };
  if (context.brandConfigured === false) return { kind: 'none', text: messages.setUpBrand() };

  const harm = negative && (analysis.signalEvidence ?? []).some((evidence) => evidence.code === 'complaint:product' && SAFETY.test(evidence.text));
  // A security report is escalated however calmly it is put ("found an XSS on your checkout").
  if (context.mentionsBrand && ((has(ESCALATING) && (negative || has(['complaint:security']))) || harm)) {
    return { kind: 'escalate', text: messages.escalate(within()) };
  }
  if (negative && has(PRIVATE_MATTERS)) {
    return { kind: 'reply-dm', text: messages.replyPrivately(within()) };
  }
  // A question that names the brand is answered ("Can I return an opened kettle?"), a plain one whatever
  // its words' tone ("Is the Pro 2 affected by the recall too?" reads a little negative); not one asked in
  // anger, as an insult or with a complaint.
  const asks = context.question === 'plain' || context.question === 'own' || (context.question === 'other' && !negative);
  // A post Firebreak cannot read is not known to ask only (see readItYourself below).
  if (asks && context.mentionsBrand && !has(UPSET_SIGNALS) && !analysis.notEnglish) {
    return { kind: 'reply', text: messages.answer(within()) };
  }
  if (negative && (context.mentionsBrand || analysis.signals.length > 0)) {
    return { kind: 'reply', text: messages.reply(within()) };
  }
  // A post Firebreak cannot read: its label is a guess, so "no action" would be a guess too.
  if (analysis.notEnglish && context.mentionsBrand) {
    return { kind: 'reply', text: messages.readItYourself(within()) };
  }
  if (analysis.label === 'positive' && context.mentionsBrand) {
    return { kind: 'thank', text: messages.thank() };
  }
  return { kind: 'none', text: messages.none() };
}
