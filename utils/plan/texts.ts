// The texts the popup hands out during a crisis: the holding statement to post (practice 1) and the
// update to send the team (practice 6). Both are filled from the plan's templates, never sent by Firebreak.

import { formatDuration } from './actions';
import { checklistProgress } from './clock';
import { formatClockTime, type TimeOptions } from './format';
import { minutesLeft, minutesPassed, responseMinutes } from './minutes';
import { incidentRoleTitle, type Incident } from './incident';
import { HOLDING_STATEMENT_ID, PLAN_MESSAGES, usableMessages, type CrisisPlan } from './plan';
import type { CrisisLevel } from '../tracking/levels';

/** Every user-facing string of this module, for the move to locale files. */
export const TEXT_MESSAGES = {
  defaultIssue: 'the concerns being raised',
  levels: { normal: 'Normal', watch: 'Watch', crisis: 'Crisis' } as Record<CrisisLevel, string>,
  noReason: 'No reason recorded.',
  /** The status line of an incident declared with no alert behind it, while no spike is measured. */
  declaredByTeam: 'Declared by the team; no spike detected.',
  /** The status line once the spike behind an incident has passed. */
  calmNow: 'Mentions look normal now.',
  // The first response is what the checklist says was posted: Firebreak never posts and cannot see a post.
  responded: (after: string, target: string, onTime: boolean) => `marked as posted after ${after} (target ${target}${onTime ? '' : ', late'})`,
  /** On time before the first minute was out: as the crisis clock says it (a duration never reads under 1 minute). */
  respondedWithinAMinute: (target: string) => `marked as posted within a minute (target ${target})`,
  awaitingResponse: (remaining: string) => `not marked as posted yet, due within ${remaining}`,
  overdueResponse: (late: string) => `not marked as posted yet, ${late} past the target`,
  noOpenSteps: 'none',
  moreSteps: (count: number) => `and ${count} more`,
  noConfidentialTerms: 'the plan lists no confidential terms; when in doubt, say nothing beyond the approved lines',
  noApprovedLines: '(No pre-approved messages are currently valid: ask PR and communications.)',
  leadFallback: 'the crisis lead',
  /** {elapsed} under a minute, as the crisis clock beside the update words it ("Started under a minute ago"). */
  underAMinute: 'under a minute',
} as const;

const T = TEXT_MESSAGES;

/** Replaces {name} placeholders that have a value; unknown ones stay visible so nobody posts a blank. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

const QUARTER_HOUR = 15 * 60_000;
const roundUpToQuarter = (ms: number) => Math.ceil(ms / QUARTER_HOUR) * QUARTER_HOUR;

/** What fills a public text's placeholders besides the plan: the same for every text handed out. */
export interface PublicTextOptions extends TimeOptions {
  /** The brand's name, for {brand}: the first of the brand's names (brandForMessages). */
  brand?: string;
}

export interface HoldingStatementInput extends PublicTextOptions {
  /** What people are upset about, in the brand's words: "the delays to your orders". */
  issue?: string;
  /** When the next update will come (ms). Default: the response target from now, on a quarter hour. */
  nextUpdateAt?: number;
}

/** The name {brand} stands for: the brand's first name, as the popup and the reply coach use it. */
export function brandForMessages(brand: { names: readonly string[] } | null | undefined): string | undefined {
  return brand?.names[0]?.trim() || undefined;
}

/** Whether a text promises the next public update by a time ({nextUpdate}): handing it out makes the promise. */
export function promisesUpdate(text: string): boolean {
  return text.includes('{nextUpdate}');
}

/**
 * When the public texts handed out at `now` say the next update comes: the incident's promise while it
 * is still in the future (the texts repeat it, never a second time), else a new one, the response
 * target from now on a quarter hour. The caller stores a new promise once it hands out a text that
 * makes it (promiseUpdate in ./incident.ts).
 */
export function publicUpdateAt(plan: Pick<CrisisPlan, 'responseTargetMinutes'>, promisedAt: number | undefined, now: number): number {
  return promisedAt !== undefined && promisedAt > now ? promisedAt : roundUpToQuarter(now + plan.responseTargetMinutes * 60_000);
}

/**
 * What fills {issue} and {nextUpdate} for an open incident: its public wording of the issue, and the
 * update time it promised while that is in the future (publicUpdateAt).
 */
export function incidentPublicText(
  plan: Pick<CrisisPlan, 'responseTargetMinutes'>,
  incident: Pick<Incident, 'issue' | 'updatePromisedAt'>,
  now: number,
): Pick<HoldingStatementInput, 'issue' | 'nextUpdateAt'> {
  return { ...(incident.issue ? { issue: incident.issue } : {}), nextUpdateAt: publicUpdateAt(plan, incident.updatePromisedAt, now) };
}

/**
 * A pre-approved message's text with its placeholders filled: {issue} in the incident's public words,
 * else in general words (the alert's title is internal, never public wording), {nextUpdate} the time
 * given (the incident's promise), else the response target from now on a quarter hour, {brand} the
 * brand. The one way public texts are filled: the holding statement the popup copies, the lines the
 * internal update quotes and the messages the reply coach inserts all come from here.
 */
export function fillPublicText(plan: Pick<CrisisPlan, 'responseTargetMinutes'>, text: string, input: HoldingStatementInput, now: number): string {
  const nextUpdateAt = input.nextUpdateAt ?? publicUpdateAt(plan, undefined, now);
  return fillTemplate(text, {
    issue: input.issue?.trim() || T.defaultIssue,
    nextUpdate: formatClockTime(nextUpdateAt, now, input),
    brand: input.brand,
  });
}

/** The plan's holding statement as written: the message with id 'holding-statement', else the default for the plan's voice. */
export function holdingTemplate(plan: Pick<CrisisPlan, 'messages' | 'brandVoice'>): string {
  return plan.messages.find((message) => message.id === HOLDING_STATEMENT_ID)?.text ?? PLAN_MESSAGES.holding[plan.brandVoice];
}

/**
 * The plan's holding statement, filled in: "We're aware of … and looking into it. We'll share an
 * update by 4:15 PM UTC." Uses the message with id 'holding-statement', or the default for the plan's
 * voice when the team deleted it. Whether it has expired is the caller's to show (expiredMessages).
 */
export function holdingStatement(plan: CrisisPlan, input: HoldingStatementInput, now: number): string {
  return fillPublicText(plan, holdingTemplate(plan), input, now);
}

export interface InternalUpdateOptions extends PublicTextOptions {
  /** When the team hears again (ms). Default: two hours from now, on a quarter hour. */
  nextUpdateAt?: number;
  /**
   * When the approved lines say the next public update comes ({nextUpdate} in them, ms). Default: the
   * incident's promise while it is in the future, else a new one (publicUpdateAt).
   */
  publicUpdateAt?: number;
}

/**
 * Whether the internal update, copied at `now`, makes a public promise: the approved lines it quotes
 * for employees to use include one with {nextUpdate}.
 */
export function internalUpdatePromises(plan: Pick<CrisisPlan, 'messages' | 'internalUpdateTemplate'>, now: number): boolean {
  return plan.internalUpdateTemplate.includes('{approvedLines}') && usableMessages(plan, now).some((message) => promisesUpdate(message.text));
}

const MAX_LISTED_STEPS = 5;

/**
 * The reason on the update's status line: the detector's, else what is true without one (the team
 * declared it with no spike, or the spike has passed), never a level the detector did not measure.
 */
function statusReason(incident: Incident, status: { level: CrisisLevel; reason: string | null }): string {
  const reason = status.reason?.trim();
  if (reason) return reason;
  if (incident.triggerReason === undefined && status.level === 'normal') return T.declaredByTeam;
  return status.level === 'normal' ? T.calmNow : T.noReason;
}

/**
 * The update for the team (practice 6): where things stand, what is open and who owns it, the approved
 * lines employees may use and the terms they must not share. Filled into the plan's template. The
 * approved lines are word for word what the popup and the reply coach hand out at `now`, given the
 * same brand and time zone (fillPublicText): the incident's wording of the issue and its promised update.
 */
export function internalUpdate(
  plan: CrisisPlan,
  incident: Incident,
  status: { level: CrisisLevel; reason: string | null },
  now: number,
  options: InternalUpdateOptions = {},
): string {
  // Rounded as the crisis clock beside it and the post-mortem round them (./minutes.ts): time passed down,
  // time left and a late response up, so 20 seconds past a one-hour target never reads "after 1 hour … late".
  const passed = (ms: number) => formatDuration(minutesPassed(ms));
  const target = incident.responseTargetMinutes * 60_000;
  const dueAt = incident.startedAt + target;
  let firstResponse: string;
  if (incident.firstResponseAt !== undefined) {
    const after = incident.firstResponseAt - incident.startedAt;
    const onTime = after <= target;
    const minutes = responseMinutes(after, onTime);
    firstResponse =
      minutes === 0 && onTime
        ? T.respondedWithinAMinute(formatDuration(incident.responseTargetMinutes))
        : T.responded(formatDuration(minutes), formatDuration(incident.responseTargetMinutes), onTime);
  } else {
    firstResponse = now > dueAt ? T.overdueResponse(passed(now - dueAt)) : T.awaitingResponse(formatDuration(minutesLeft(dueAt - now)));
  }

  const open = incident.checklist
    .filter((step) => !step.done && step.dueAt !== null)
    .sort((a, b) => a.dueAt! - b.dueAt!)
    .map((step) => `${step.text} (${incidentRoleTitle(incident, step.ownerRoleId)})`);
  const openSteps =
    open.length === 0
      ? T.noOpenSteps
      : open.slice(0, MAX_LISTED_STEPS).join('; ') + (open.length > MAX_LISTED_STEPS ? `; ${T.moreSteps(open.length - MAX_LISTED_STEPS)}` : '');

  const publicText: HoldingStatementInput = {
    ...(options.brand ? { brand: options.brand } : {}),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...incidentPublicText(plan, incident, now),
    ...(options.publicUpdateAt !== undefined ? { nextUpdateAt: options.publicUpdateAt } : {}),
  };
  const lines = usableMessages(plan, now).map((message) => `- ${message.title}: ${fillPublicText(plan, message.text, publicText, now)}`);

  const leadRole = plan.roles.find((role) => role.id === 'crisis-lead');
  const lead =
    leadRole && leadRole.owner.trim() !== ''
      ? `${leadRole.owner.trim()} (${[leadRole.title, leadRole.contact.trim()].filter(Boolean).join(', ')})`
      : T.leadFallback;

  // Counted as the popup counts them, beside which the update is copied: the steps of the crisis itself.
  // Those due once it is resolved are not open yet (they are not in openSteps either).
  const progress = checklistProgress(incident, 'start');
  return fillTemplate(plan.internalUpdateTemplate, {
    title: incident.title,
    level: T.levels[status.level],
    reason: statusReason(incident, status),
    elapsed: minutesPassed(now - incident.startedAt) === 0 ? T.underAMinute : passed(now - incident.startedAt),
    firstResponse,
    stepsDone: String(progress.done),
    stepsTotal: String(progress.total),
    openSteps,
    lead,
    approvedLines: lines.length > 0 ? lines.join('\n') : T.noApprovedLines,
    confidentialTerms: plan.confidentialTerms.length > 0 ? plan.confidentialTerms.join(', ') : T.noConfidentialTerms,
    nextUpdate: formatClockTime(options.nextUpdateAt ?? roundUpToQuarter(now + 2 * 60 * 60_000), now, options),
  });
}
