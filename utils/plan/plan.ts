// The crisis plan (practice 3): written in calm times, opened in a hurry. This module holds its shape,
// the default plan built from the nine practices, and the small questions the popup asks of it
// (which pre-approved messages have expired, who owns a role). Validation lives in ./schema.ts.

import type { PlatformId } from '../platforms/types';

/** One person's part in the response: "Legal — Dana Ortiz, dana@brewly.com". */
export interface PlanRole {
  /** Stable id the rest of the plan refers to: lower-case letters, digits and dashes. */
  id: string;
  /** "Crisis lead", "Legal". */
  title: string;
  /** Who holds the role; empty until the team fills it in. */
  owner: string;
  /** How to reach them at once: an e-mail address, a phone number, or a chat handle or link. Empty until filled. */
  contact: string;
}

/** One sign-off a public post needs before it goes out, in order. */
export interface ApprovalStep {
  id: string;
  /** The role that approves. */
  roleId: string;
  /** What this approver checks: "Facts and tone", "Legal exposure". */
  description: string;
}

/** A message written and approved in calm times, ready to post or to insert through the reply coach. */
export interface PreApprovedMessage {
  id: string;
  title: string;
  /** May hold placeholders: {issue}, {nextUpdate}, {brand} (see fillTemplate in ./texts.ts). */
  text: string;
  /** The role that keeps the message up to date. */
  ownerRoleId: string;
  /**
   * When the approval runs out: an ISO date ("2025-12-31", valid through the end of that day in the
   * user's own time zone, as the date field and the badge show it), an ISO date-time,
   * or ms since the epoch. Absent: no expiry.
   */
  expires?: string | number;
  /** The platforms it is meant for; absent: any. */
  channels?: PlatformId[];
}

/** Where a scheduler's queued posts can be paused (practice 8). */
export interface SchedulerLink {
  id: string;
  name: string;
  url: string;
}

/** When a checklist step is due: minutes after the incident started, or after it was resolved. */
export type StepDue = number | 'response-target';

/** A step of the checklist every incident starts with: the nine practices made concrete. */
export interface ChecklistTemplateStep {
  id: string;
  text: string;
  ownerRoleId: string;
  /** The practice (1–9) the step comes from, for the dashboard's grouping and the report. */
  practice: number;
  /** Minutes after `after`, or 'response-target' for the plan's response-time target. */
  due: StepDue;
  /** What the due time counts from. Post-mortem steps count from the resolution. */
  after: 'start' | 'resolution';
  /** Doing this step is a public response: it stops the first-response clock. */
  isResponse?: boolean;
}

export type BrandVoice = 'formal' | 'friendly';

export interface CrisisPlan {
  roles: PlanRole[];
  /** Practice 1: the first public message goes out within this many minutes. */
  responseTargetMinutes: number;
  approvalSteps: ApprovalStep[];
  messages: PreApprovedMessage[];
  /** Words the reply coach flags: project names, people, figures that may not be shared. */
  confidentialTerms: string[];
  /** The social media policy (practice 2); empty when the team has none online. */
  policyUrl: string;
  brandVoice: BrandVoice;
  /** Practice 6: the team update; placeholders in ./texts.ts (internalUpdate). */
  internalUpdateTemplate: string;
  schedulers: SchedulerLink[];
  checklist: ChecklistTemplateStep[];
}

/** The message id holdingStatement() looks for first. */
export const HOLDING_STATEMENT_ID = 'holding-statement';

/** Every user-facing string of this module, for the move to locale files. */
export const PLAN_MESSAGES = {
  roles: {
    'crisis-lead': 'Crisis lead',
    'social-media-manager': 'Social media manager',
    communications: 'PR and communications',
    legal: 'Legal',
    'customer-support': 'Customer support',
    'executive-sponsor': 'Executive sponsor',
  },
  approvals: {
    facts: 'Facts, tone and timing',
    legal: 'Legal exposure and confidentiality',
    executive: 'Sign-off for statements about the company’s position',
  },
  holdingTitle: 'Holding statement',
  holding: {
    friendly: "We're aware of {issue} and we're looking into it right now. We'll share an update by {nextUpdate}.",
    formal: 'We are aware of {issue} and are looking into it. We will share an update by {nextUpdate}.',
  },
  privateTitle: 'Move to a private channel',
  private: {
    friendly: "We're sorry about this and want to put it right. Could you send us a direct message with the details? We'll pick it up from there.",
    formal: 'We are sorry about this and want to help. Please send us a direct message with the details so that we can look into it.',
  },
  updateTitle: 'Follow-up update',
  update: {
    friendly: "An update on {issue}: [what we found and what we're doing]. Thank you for your patience. Next update by {nextUpdate}.",
    formal: 'An update on {issue}: [findings and actions]. Thank you for your patience. We will share a further update by {nextUpdate}.',
  },
  internalUpdate: [
    'Crisis update: {title}',
    'Status: {level}. {reason}',
    'Started {elapsed} ago. First public response: {firstResponse}.',
    'Checklist: {stepsDone} of {stepsTotal} steps done. Still open: {openSteps}.',
    '',
    'What you may say: nothing beyond the approved lines below. Send questions from press or customers to {lead}.',
    '{approvedLines}',
    '',
    'Do not share or mention: {confidentialTerms}.',
    'Next internal update by {nextUpdate}.',
  ].join('\n'),
  steps: {
    assess: 'Confirm the crisis: read what people are saying, note the trigger, the scope and the platforms involved',
    assemble: 'Alert the crisis team and the executive sponsor, using the contacts in the plan',
    pause: 'Pause scheduled posts in every scheduler, and note the reason',
    holding: 'Post the holding statement on the affected platforms',
    policy: 'Check the social media policy and the confidential terms: what may and may not be said',
    reply: 'Reply to the people concerned one by one, with empathy; take individual cases to a private message, e-mail or call',
    brief: 'Brief employees with the approved lines and what not to say',
    secure: 'Secure the accounts: check who has access, rotate shared passwords, revoke access of people who left',
    approve: 'Draft the full response and take it through every approval step',
    internal: 'Send the team an internal update (and again at least every two hours until resolved)',
    postMortem: 'Hold the post-mortem with support, PR, legal and social',
    updatePlan: 'Update the crisis plan with what was learned',
  },
} as const;


/**
 * Where each scheduler keeps its queued posts. These are the services' app pages as of writing; the
 * team can correct any of them in the plan.
 */
export const DEFAULT_SCHEDULERS: readonly SchedulerLink[] = [
  // Hootsuite's Planner lives under the dashboard ('#/planner'); the dashboard itself always opens.
  { id: 'hootsuite', name: 'Hootsuite', url: 'https://hootsuite.com/dashboard#/planner' },
  { id: 'buffer', name: 'Buffer', url: 'https://publish.buffer.com' },
  // Unsure: Sprout's publishing calendar has moved between paths; /publishing opens it as of writing.
  { id: 'sprout-social', name: 'Sprout Social', url: 'https://app.sproutsocial.com/publishing' },
  { id: 'later', name: 'Later', url: 'https://app.later.com' },
  // Unsure: Meta Business Suite's "Posts & reels" page, which has a Scheduled tab.
  { id: 'meta-business-suite', name: 'Meta Business Suite', url: 'https://business.facebook.com/latest/posts' },
  // Unsure: X's scheduled posts list (formerly twitter.com/compose/tweet/unsent/scheduled).
  { id: 'x', name: 'X', url: 'https://x.com/compose/post/unsent/scheduled' },
  // Unsure: LinkedIn has no stable public URL for the scheduled-posts list; it opens from the feed's
  // "Start a post" box (clock icon → "View all scheduled posts"), or from a Page's admin view.
  { id: 'linkedin', name: 'LinkedIn', url: 'https://www.linkedin.com/feed/' },
];

const role = (id: keyof typeof PLAN_MESSAGES.roles): PlanRole => ({
  id,
  title: PLAN_MESSAGES.roles[id],
  owner: '',
  contact: '',
});

const step = (
  id: string,
  text: string,
  ownerRoleId: string,
  practice: number,
  due: StepDue,
  extra: Partial<Pick<ChecklistTemplateStep, 'after' | 'isResponse'>> = {},
): ChecklistTemplateStep => ({ id, text, ownerRoleId, practice, due, after: extra.after ?? 'start', ...(extra.isResponse ? { isResponse: true } : {}) });

const DAY_MINUTES = 24 * 60;

/** The nine practices as the checklist every incident starts with, ordered by when they are due. */
export function defaultChecklist(): ChecklistTemplateStep[] {
  const s = PLAN_MESSAGES.steps;
  return [
    step('assess', s.assess, 'crisis-lead', 4, 15),
    step('assemble-team', s.assemble, 'crisis-lead', 3, 15),
    step('pause-scheduled-posts', s.pause, 'social-media-manager', 8, 15),
    step('check-policy', s.policy, 'legal', 2, 30),
    step('holding-statement', s.holding, 'social-media-manager', 1, 'response-target', { isResponse: true }),
    step('reply-to-people', s.reply, 'customer-support', 5, 'response-target'),
    step('brief-employees', s.brief, 'communications', 6, 60),
    step('secure-accounts', s.secure, 'social-media-manager', 7, 60),
    step('internal-update', s.internal, 'crisis-lead', 6, 120),
    step('approve-full-response', s.approve, 'communications', 3, 240),
    step('post-mortem', s.postMortem, 'crisis-lead', 9, 7 * DAY_MINUTES, { after: 'resolution' }),
    step('update-plan', s.updatePlan, 'crisis-lead', 9, 14 * DAY_MINUTES, { after: 'resolution' }),
  ];
}

/** A complete plan from the nine practices, with owners and contacts left for the team to fill in. */
export function createDefaultPlan(voice: BrandVoice = 'friendly'): CrisisPlan {
  const m = PLAN_MESSAGES;
  return {
    roles: [
      role('crisis-lead'),
      role('social-media-manager'),
      role('communications'),
      role('legal'),
      role('customer-support'),
      role('executive-sponsor'),
    ],
    responseTargetMinutes: 60,
    approvalSteps: [
      { id: 'facts', roleId: 'crisis-lead', description: m.approvals.facts },
      { id: 'legal', roleId: 'legal', description: m.approvals.legal },
      { id: 'executive', roleId: 'executive-sponsor', description: m.approvals.executive },
    ],
    messages: [
      { id: HOLDING_STATEMENT_ID, title: m.holdingTitle, text: m.holding[voice], ownerRoleId: 'communications' },
      { id: 'move-to-private', title: m.privateTitle, text: m.private[voice], ownerRoleId: 'customer-support' },
      { id: 'follow-up-update', title: m.updateTitle, text: m.update[voice], ownerRoleId: 'communications' },
    ],
    confidentialTerms: [],
    policyUrl: '',
    brandVoice: voice,
    internalUpdateTemplate: m.internalUpdate,
    schedulers: DEFAULT_SCHEDULERS.map((link) => ({ ...link })),
    checklist: defaultChecklist(),
  };
}

export const DEFAULT_PLAN: Readonly<CrisisPlan> = createDefaultPlan();

// ---- Questions the popup and the report ask of a plan ----------------------------------------------

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Whether a text starting with an ISO date ("2031-02-30", "2031-02-30T10:00Z") names a day that exists.
 * Date.parse does not tell: V8 rolls "2031-02-30" over to 2 March. Text without an ISO date: false.
 */
export function isIsoDayReal(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The last moment a Date can hold (ms, year 275760): an expiry beyond it names no day. */
export const LATEST_DATE_MS = 8.64e15;

/**
 * Where a message's expiry says its approval runs out (ms); null when it has none (absent, or stored as
 * null); NaN when it is there but cannot be read as a date ("next week", "2031-02-30", '', a number past
 * LATEST_DATE_MS).
 */
function readExpiry(expires: unknown): number | null {
  if (expires === undefined || expires === null) return null;
  if (typeof expires === 'number') return Number.isFinite(expires) && Math.abs(expires) <= LATEST_DATE_MS ? expires : Number.NaN;
  if (typeof expires !== 'string') return Number.NaN;
  // "2031-02-30" (from a file imported before the schema refused it) is unreadable, not 2 March.
  if (ISO_DAY.test(expires) && !isIsoDayReal(expires)) return Number.NaN;
  if (DATE_ONLY.test(expires)) {
    const [year, month, day] = expires.split('-').map(Number) as [number, number, number];
    // Day + 1 at 00:00 local time; Date rolls months and years over, and skips a missing midnight.
    return new Date(year, month - 1, day + 1).getTime();
  }
  return Date.parse(expires);
}

/**
 * Whether a message's expiry is there but cannot be read as a date (a plan stored before the schema
 * refused it, or edited by hand): its approval cannot be checked, so it counts as expired
 * (messageExpiresAt) until the date is entered again.
 */
export function messageExpiryUnreadable(message: Pick<PreApprovedMessage, 'expires'>): boolean {
  return Number.isNaN(readExpiry(message.expires));
}

/**
 * The moment a message's approval runs out (ms), or null when it never does. A date without a time is
 * valid through that whole day where the user is: it runs out at the next local midnight (not UTC's,
 * which is hours early west of Greenwich and hours late east of it). An expiry that cannot be read
 * (messageExpiryUnreadable) ran out long ago (0, the epoch): an approval that cannot be checked is no
 * approval, and such a message is never offered as current. The popup, the reply coach and the plan
 * editor all ask this, so they agree on it.
 */
export function messageExpiresAt(message: Pick<PreApprovedMessage, 'expires'>): number | null {
  const at = readExpiry(message.expires);
  return at !== null && Number.isNaN(at) ? 0 : at;
}

/** Pre-approved messages whose approval has run out: they must be re-approved before use. */
export function expiredMessages(plan: Pick<CrisisPlan, 'messages'>, now: number): PreApprovedMessage[] {
  return plan.messages.filter((message) => {
    const at = messageExpiresAt(message);
    return at !== null && at <= now;
  });
}

/** Messages still approved at `now`, optionally only those meant for a platform. */
export function usableMessages(plan: Pick<CrisisPlan, 'messages'>, now: number, platform?: PlatformId): PreApprovedMessage[] {
  return plan.messages.filter((message) => {
    const at = messageExpiresAt(message);
    if (at !== null && at <= now) return false;
    return platform === undefined || message.channels === undefined || message.channels.includes(platform);
  });
}

export type ContactKind = 'email' | 'phone' | 'chat';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]+$/;
const CHAT_HANDLE = /^[@#][\w.-]+(?:[:@][\w.-]+)*$/;
const CHAT_LINK = /^(?:https?|slack|msteams|tg|sip):\/\/\S+$/i;

/** What a contact is, or null when it is none of an e-mail address, a phone number, a chat handle or link. */
export function contactKind(contact: string): ContactKind | null {
  const value = contact.trim();
  // Links first: a chat link may carry an e-mail address in its query.
  if (CHAT_LINK.test(value)) return 'chat';
  if (EMAIL.test(value)) return 'email';
  if (PHONE.test(value) && value.replace(/\D/g, '').length >= 6) return 'phone';
  if (CHAT_HANDLE.test(value)) return 'chat';
  return null;
}

/**
 * Where a contact leads when clicked: mailto: for an e-mail address, tel: for a phone number (digits and
 * a leading +), a chat link as written; null for a chat handle (@name, #channel), which has no address.
 */
export function contactHref(contact: string): string | null {
  const value = contact.trim();
  switch (contactKind(value)) {
    case 'email':
      return `mailto:${value}`;
    case 'phone':
      return `tel:${value.startsWith('+') ? '+' : ''}${value.replace(/\D/g, '')}`;
    case 'chat':
      return CHAT_LINK.test(value) ? value : null;
    default:
      return null;
  }
}

/** The role's title, or its id when the plan no longer has it (reports outlive plan edits). */
export function roleTitle(plan: Pick<CrisisPlan, 'roles'>, roleId: string): string {
  return plan.roles.find((candidate) => candidate.id === roleId)?.title ?? roleId;
}

/** Roles nobody holds or nobody can reach: the first thing to fix before a crisis. */
export function incompleteRoles(plan: Pick<CrisisPlan, 'roles'>): { role: PlanRole; missing: ('owner' | 'contact')[] }[] {
  return plan.roles.flatMap((candidate) => {
    const missing: ('owner' | 'contact')[] = [];
    if (candidate.owner.trim() === '') missing.push('owner');
    if (candidate.contact.trim() === '') missing.push('contact');
    return missing.length > 0 ? [{ role: candidate, missing }] : [];
  });
}
