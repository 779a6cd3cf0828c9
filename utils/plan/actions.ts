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
}

const ESCALATING: readonly SignalCode[] = ['escalation:legal', 'escalation:press', 'escalation:viral', 'boycott', 'complaint:security'];
const PRIVATE_MATTERS: readonly SignalCode[] = ['complaint:service', 'complaint:product', 'complaint:employee'];

const count = (value: number, unit: string) => `${value} ${unit}${value === 1 ? '' : 's'}`;

/** "45 minutes", "1 hour", "23.5 hours", "3 days 7 minutes", "1 day 2 hours 30 minutes". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return count(Math.max(1, Math.round(minutes)), 'minute');
  if (minutes < 24 * 60) return count(Math.round((minutes / 60) * 10) / 10, 'hour');
  // A day or more in days, hours and minutes: "72.1 hours" leaves the reader to work out the days.
  const whole = Math.round(minutes);
  const parts: [number, string][] = [
    [Math.floor(whole / (24 * 60)), 'day'],
    [Math.floor(whole / 60) % 24, 'hour'],
    [whole % 60, 'minute'],
  ];
  return parts
    .filter(([value]) => value > 0)
    .map(([value, unit]) => count(value, unit))
    .join(' ');
}

/**
 * What the playbook says to do with one post: escalate what can spread (legal, press, viral,
 * boycott, security), take individual problems to a private channel, answer other negative posts
 * with empathy within the target, and leave the rest.
 */
export function suggestedAction(analysis: Analysis, context: ActionContext): SuggestedAction {
  const within = formatDuration(context.responseTargetMinutes);
  const has = (codes: readonly SignalCode[]) => analysis.signals.some((signal) => codes.includes(signal));
  const negative = analysis.label === 'negative' || analysis.label === 'mixed';
  // The brand's own statement names the problem in a complaint's words; it is not one to answer.
  if (context.ownPost) return { kind: 'none', text: 'Your brand’s own post: nothing to answer here.' };

  // A security report is escalated however calmly it is put ("found an XSS on your checkout").
  if (context.mentionsBrand && has(ESCALATING) && (negative || has(['complaint:security']))) {
    return {
      kind: 'escalate',
      text: `Escalate to the crisis lead now, and post the approved holding statement within ${within}.`,
    };
  }
  if (negative && has(PRIVATE_MATTERS)) {
    return {
      kind: 'reply-dm',
      text: `Reply within ${within}: acknowledge the problem, apologise where it is right, and offer to continue in a private message.`,
    };
  }
  if (negative && (context.mentionsBrand || analysis.signals.length > 0)) {
    return {
      kind: 'reply',
      text: `Reply within ${within} with empathy. Keep it short, acknowledge the frustration, never argue.`,
    };
  }
  // A post Firebreak cannot read: its label is a guess, so "no action" would be a guess too.
  if (analysis.notEnglish && context.mentionsBrand) {
    return { kind: 'reply', text: `Firebreak reads English only: read this post yourself, and if it needs an answer, reply within ${within}.` };
  }
  if (analysis.label === 'positive' && context.mentionsBrand) {
    return { kind: 'thank', text: 'A good moment to thank them: short, warm and personal.' };
  }
  return { kind: 'none', text: 'No action needed.' };
}
