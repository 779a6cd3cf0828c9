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

/** "45 minutes", "1 hour", "24 hours". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) {
    const whole = Math.max(1, Math.round(minutes));
    return `${whole} minute${whole === 1 ? '' : 's'}`;
  }
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${hours} hour${hours === 1 ? '' : 's'}`;
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
