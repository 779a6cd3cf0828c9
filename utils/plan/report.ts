// The post-mortem (practice 9): what happened, how fast the team moved, what the numbers did, what was
// learned — and, last, what to change in the plan. Built once as a JSON object with a stable shape
// (PostMortemReport), then rendered as Markdown from that object, so both exports always agree.

import { groupedCount } from '../count';
import { formatDuration } from './actions';
import { minutesLate, minutesPassed, responseMinutes } from './minutes';
import { platformName } from '../platforms/types';
import { formatShare, formatTimestamp, type TimeOptions } from './format';
import { incidentRoleTitle, type Incident, type IncidentLessons, type IncidentStep, type TimelineKind } from './incident';
import type { CrisisLevel } from '../tracking/levels';
import { expiredMessages, incompleteRoles, type CrisisPlan } from './plan';

export const POST_MORTEM_FORMAT = 'firebreak-post-mortem';
export const POST_MORTEM_VERSION = 1;

/** The figures the tracking side computes for the incident's window. Shares are fractions, 0..1. */
export interface PostMortemFigures {
  peakMentionsPerHour: number;
  /** Start of the peak hour (ms); null when unknown. */
  peakAt: number | null;
  /**
   * True: the peak is the busiest 60 minutes from any 5-minute mark, as alerts count "the last hour"
   * (store.ts: busiestHour). Absent on figures kept before: their peak is the busiest clock hour.
   */
  peakRolling?: boolean;
  totalMentions: number;
  negativeShare: number;
  /** Normal negative share before the incident; null when there was no baseline yet. */
  baselineNegativeShare: number | null;
  platforms: { platform: string; mentions: number; negativeShare: number }[];
  keyTerms: string[];
  /** The span counted (ms, `to` exclusive): the hour before the start to the end of the resolution's hour. */
  window?: { from: number; to: number };
  /**
   * When they were counted (ms). Kept figures stay as counted: mentions recorded later for those hours
   * show in the dashboard's chart, not in the report, and the report says so. Absent on figures kept
   * before it was recorded.
   */
  countedAt?: number;
}

/** Free text the team writes in the post-mortem meeting. */
export interface LessonsLearned {
  wentWell: string;
  wentWrong: string;
  actions: { text: string; owner: string }[];
}

/**
 * The lessons as the report takes them, from the form as typed (kept with the incident): one action a
 * line, its owner after the last spaced dash ("Add legal to the approvals — Dana").
 */
export function lessonsLearned(lessons: IncidentLessons): LessonsLearned {
  const actions = lessons.actions
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      // The last *spaced* dash: a hyphen inside a name ("Jean-Luc", "Anne-Marie") is no separator.
      const [action, owner] = line.split(/\s+[—–-]\s+(?!.*\s[—–-]\s)/);
      return { text: (action ?? line).trim(), owner: (owner ?? '').trim() };
    });
  return { wentWell: lessons.wentWell, wentWrong: lessons.wentWrong, actions };
}

export interface PostMortemInput {
  incident: Incident;
  plan: CrisisPlan;
  figures: PostMortemFigures;
  lessons: LessonsLearned;
  /** When the report is generated (ms): the end of an unresolved incident, the date of the expiry check. */
  now: number;
}

/** How a checklist step ended. 'pending': not done yet but not due yet either (post-resolution steps). */
export type ReportStepStatus = 'on-time' | 'late' | 'not-done' | 'pending';

export type PlanUpdateKind =
  | 'no-first-response'
  | 'slow-first-response'
  | 'late-step'
  | 'step-not-done'
  | 'missing-owner'
  | 'missing-contact'
  | 'expired-message'
  | 'no-policy-link'
  | 'review';

/**
 * The JSON export. Stable: fields are only ever added, and a breaking change raises `version`.
 * Times are ISO 8601 strings in UTC; durations are whole minutes; shares are fractions 0..1.
 */
export interface PostMortemReport {
  format: typeof POST_MORTEM_FORMAT;
  version: typeof POST_MORTEM_VERSION;
  generatedAt: string;
  incident: {
    id: string;
    title: string;
    /** The highest level measured: 'normal' when the team declared it with no spike detected, and none came. */
    level: string;
    platform: string | null;
    source: string;
    triggerReason: string | null;
    startedAt: string;
    declaredAt: string;
    resolvedAt: string | null;
    /** Start to resolution, or to generation time while unresolved. */
    durationMinutes: number;
    summary: string | null;
  };
  response: {
    targetMinutes: number;
    firstResponseAt: string | null;
    firstResponseMinutes: number | null;
    /** null when there was no response. */
    onTime: boolean | null;
  };
  figures: {
    peakMentionsPerHour: number;
    peakAt: string | null;
    /** True: the busiest 60 minutes from any 5-minute mark; false: the busiest clock hour (figures kept before). */
    peakRolling: boolean;
    totalMentions: number;
    negativeShare: number;
    baselineNegativeShare: number | null;
    platforms: { platform: string; mentions: number; negativeShare: number }[];
    keyTerms: string[];
    /** The span the figures count, ISO times; null for figures kept before it was recorded. */
    window: { from: string; to: string } | null;
    /** When the figures were counted, ISO time; null for figures kept before it was recorded. */
    countedAt: string | null;
  };
  checklist: {
    total: number;
    onTime: number;
    late: number;
    notDone: number;
    pending: number;
    steps: {
      id: string;
      text: string;
      practice: number;
      ownerRole: string;
      dueAt: string | null;
      doneAt: string | null;
      doneBy: string | null;
      status: ReportStepStatus;
      /** How late (positive) or early (negative), for done steps with a due time. */
      minutesLate: number | null;
    }[];
  };
  timeline: { at: string; kind: TimelineKind; text: string }[];
  lessons: LessonsLearned;
  /** What to change in the plan, derived from the data; never empty (at least a 'review' item). */
  planUpdates: { kind: PlanUpdateKind; text: string }[];
}

/** Every user-facing string of this module, for the move to locale files. */
export const REPORT_MESSAGES = {
  title: (title: string) => `Post-mortem: ${title}`,
  headings: {
    summary: 'Summary',
    timeline: 'Timeline',
    figures: 'Figures',
    platforms: 'By platform',
    checklist: 'Checklist',
    lessons: 'Lessons learned',
    wentWell: 'What went well',
    wentWrong: 'What went wrong',
    actions: 'Actions',
    updatePlan: 'Update the plan',
  },
  summary: {
    level: 'Level',
    platform: 'Platform',
    trigger: 'Trigger',
    started: 'Started',
    declared: 'Declared',
    resolved: 'Resolved',
    notResolved: 'not resolved yet',
    duration: 'Duration',
    /** A duration under a minute, as the crisis clock words the time since the start (never "1 minute"). */
    underAMinute: 'under a minute',
    ongoing: ' (ongoing)',
    firstResponse: 'First response',
    checklist: 'Checklist',
    none: 'none',
    /** The level of an incident the team declared with no spike measured, and none since. */
    noLevel: 'none (declared by the team, with no spike detected)',
    /** No platform was named: the team declared it, or the alert came from a listening source. */
    notRecorded: 'not recorded',
    responded: (after: string, target: string, onTime: boolean) =>
      `${after} after the start, as marked on the checklist (target ${target}): ${onTime ? 'on time' : 'late'}`,
    /** On time before the first minute was out: as the crisis clock says it (a duration never reads under 1 minute). */
    respondedWithinAMinute: (target: string) => `within a minute of the start, as marked on the checklist (target ${target}): on time`,
    noResponse: (target: string) => `none marked on the checklist (target ${target})`,
    checklistCounts: (onTime: number, late: number, notDone: number, pending: number, total: number) =>
      `${groupedCount(onTime)} of ${groupedCount(total)} steps on time, ${groupedCount(late)} late, ${groupedCount(notDone)} not done${pending > 0 ? `, ${groupedCount(pending)} still to come` : ''}`,
  },
  columns: {
    time: 'Time',
    event: 'Event',
    details: 'What happened',
    figure: 'Figure',
    value: 'Value',
    platform: 'Platform',
    mentions: 'Mentions',
    negativeShare: 'Negative share',
    step: 'Step',
    owner: 'Owner',
    due: 'Due',
    done: 'Done',
    status: 'Status',
    action: 'Action',
  },
  kinds: {
    declared: 'Declared',
    alert: 'Alert',
    'level-change': 'Level change',
    'step-done': 'Step done',
    'step-undone': 'Step undone',
    // Stored under its old name: a reply the coach put into a box, which the user may never have posted.
    'reply-inserted': 'Reply drafted',
    note: 'Note',
    screenshot: 'Screenshot',
    resolved: 'Resolved',
    reopened: 'Reopened',
  } satisfies Record<TimelineKind, string>,
  statuses: { 'on-time': 'On time', late: 'Late', 'not-done': 'Not done', pending: 'Still to come' } satisfies Record<ReportStepStatus, string>,
  figures: {
    peak: 'Peak volume',
    /** The busiest clock hour: figures kept before the peak was counted as alerts count it. */
    peakValue: (count: number, at: string | null) => `${groupedCount(count)} ${count === 1 ? 'mention' : 'mentions'} per hour${at ? ` (hour starting ${at})` : ''}`,
    /** The busiest 60 minutes from any 5-minute mark, as an alert's "in the last hour" counts them. */
    peakRollingValue: (count: number, at: string | null) =>
      `${groupedCount(count)} ${count === 1 ? 'mention' : 'mentions'} in one hour${at ? ` (the busiest 60 minutes, from ${at})` : ''}`,
    total: 'Total mentions',
    noMentions: "No mentions recorded in the incident's window",
    noShare: (baseline: string | null) => (baseline === null ? '—' : `— (no mentions; normal ${baseline})`),
    negative: 'Negative share',
    negativeValue: (share: string, baseline: string | null, points: number | null) =>
      baseline === null ? share : `${share} (normal ${baseline}, ${points! >= 0 ? '+' : ''}${points} points)`,
    duration: 'Duration',
    firstResponse: 'Time to first response',
    keyTerms: 'Key terms',
    window: (from: string, to: string) =>
      `Counted from ${from} to ${to}, on every platform: from the hour before the incident started to the end of the hour it was resolved in. "Normal" is the week before, without earlier incidents.`,
    countedAt: (at: string) => `Figures counted at ${at}: mentions recorded later for these hours are not in them (the dashboard's chart shows them).`,
    windowOpen: (from: string, to: string) =>
      `Counted from ${from} to ${to}, when this report was made, on every platform: from the hour before the incident started; the incident is still open. "Normal" is the week before, without earlier incidents.`,
  },
  emptyTimeline: 'No entries.',
  emptyPlatforms: 'No per-platform figures.',
  notFilled: 'Not filled in yet.',
  noActions: 'No actions agreed yet.',
  notYet: '–',
  updates: {
    noFirstResponse: (target: string) =>
      `No public response was marked as posted on the checklist. Keep the holding statement approved and ready, name a backup for the social media manager so a first message goes out within ${target}, and tick its step as soon as it is posted: Firebreak cannot see what is posted, and drafted replies do not count.`,
    slowFirstResponse: (after: string, target: string) =>
      `The first response took ${after} against a target of ${target}. Check what held it up (approvals, missing pre-approved lines, reachability) and shorten that path, or set a target the team can meet.`,
    lateStep: (step: string, owner: string, late: string) => `“${step}” was done ${late} late: name a backup for the role “${owner}”, or allow more time for this step.`,
    stepNotDone: (step: string, owner: string) => `“${step}” (${owner}) was never done: make sure its owner knows it, or remove it from the checklist if it does not apply.`,
    missingOwner: (role: string) => `Nobody holds the role “${role}”: name an owner.`,
    missingOwnerAndContact: (role: string) => `Nobody holds the role “${role}”: name an owner, with a contact that reaches them at once.`,
    missingContact: (role: string) => `The role “${role}” has no contact: add an e-mail address, phone number or chat handle that reaches them at once.`,
    expiredMessage: (title: string) => `The pre-approved message “${title}” has expired: have it re-approved, with a new expiry date, or remove it.`,
    noPolicyLink: 'The plan has no link to the social media policy: add one so everyone checks it before posting.',
    review: 'The data shows no gaps. Still walk through roles, contacts and pre-approved messages with every team.',
    closing:
      'Make these changes in the Firebreak options page (Crisis plan), then export the plan and share the file with the team.',
  },
} as const;

const R = REPORT_MESSAGES;

// ---- Building the JSON report ----------------------------------------------------------------------

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : iso(ms));
/** A done step's lateness (./minutes.ts): late rounds up (20 s late is 1 minute, never 0), early rounds down (0, not -0). */
const signedMinutesLate = (ms: number) => (ms > 0 ? minutesLate(ms) : 0 - minutesPassed(-ms));

function reportStepStatus(step: IncidentStep, incident: Incident, now: number): ReportStepStatus {
  if (step.done) return step.dueAt !== null && step.done.at > step.dueAt ? 'late' : 'on-time';
  if (step.dueAt !== null && now > step.dueAt) return 'not-done';
  // A step meant for the crisis itself that was left open when it ended was not done, due or not.
  if (step.after === 'start' && incident.resolvedAt !== undefined) return 'not-done';
  return 'pending';
}

/**
 * The level the detector measured for the incident: its own when an alert raised it (it was declared from
 * one, or one was recorded since), else 'normal': the team declared it with no spike behind it. Incidents
 * the team declared before that was recorded as 'normal' were stored at 'watch' with no alert: they read
 * as 'normal' too, as their timeline says ("declared by the team, with no spike detected").
 */
export function measuredLevel(incident: Incident): CrisisLevel {
  const alerted = incident.triggerReason !== undefined || incident.timeline.some((entry) => entry.kind === 'alert' || entry.kind === 'level-change');
  return alerted ? incident.level : 'normal';
}

/**
 * The exports' file name: the incident's start date (in `timeZone`, else the computer's) and its title as
 * lower-case letters and digits joined by dashes (any script: no path, markup or shell characters), e.g.
 * `post-mortem-2026-12-02-brewly-kettle-recall.md`. A title with no letter or digit falls back to the id.
 */
export function postMortemFileName(incident: Pick<Incident, 'id' | 'title' | 'startedAt'>, extension: 'md' | 'json', timeZone?: string): string {
  const words = (text: string, max: number) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .slice(0, max)
      .replace(/^-+|-+$/g, '');
  const slug = words(incident.title, 60) || words(incident.id, 60) || 'incident';
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(incident.startedAt));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `post-mortem-${part('year')}-${part('month')}-${part('day')}-${slug}.${extension}`;
}

export function postMortemReport(input: PostMortemInput): PostMortemReport {
  const { incident, plan, figures, lessons, now } = input;
  const end = incident.resolvedAt ?? now;
  const target = incident.responseTargetMinutes;
  const responseMs = incident.firstResponseAt === undefined ? null : incident.firstResponseAt - incident.startedAt;
  const onTime = responseMs === null ? null : responseMs <= target * 60_000;
  // As the crisis clock says it (./minutes.ts): a late response counts up to the next whole minute, 20 seconds
  // past a 1-hour target took "1 hour 1 minute", not "1 hour … (target 1 hour): late" (QA); on time, time
  // passed rounds down, never past the target.
  const firstResponseMinutes = responseMs === null || onTime === null ? null : responseMinutes(responseMs, onTime);

  const steps = incident.checklist.map((step) => ({
    id: step.id,
    text: step.text,
    practice: step.practice,
    ownerRole: incidentRoleTitle(incident, step.ownerRoleId),
    dueAt: isoOrNull(step.dueAt),
    doneAt: isoOrNull(step.done?.at),
    doneBy: step.done ? incidentRoleTitle(incident, step.done.byRoleId) : null,
    status: reportStepStatus(step, incident, now),
    minutesLate: step.done && step.dueAt !== null ? signedMinutesLate(step.done.at - step.dueAt) : null,
  }));
  const count = (status: ReportStepStatus) => steps.filter((step) => step.status === status).length;

  const report: Omit<PostMortemReport, 'planUpdates'> = {
    format: POST_MORTEM_FORMAT,
    version: POST_MORTEM_VERSION,
    generatedAt: iso(now),
    incident: {
      id: incident.id,
      title: incident.title,
      level: measuredLevel(incident),
      platform: incident.platform ?? null,
      source: incident.source,
      triggerReason: incident.triggerReason ?? null,
      startedAt: iso(incident.startedAt),
      declaredAt: iso(incident.declaredAt),
      resolvedAt: isoOrNull(incident.resolvedAt),
      durationMinutes: minutesPassed(end - incident.startedAt),
      summary: incident.summary ?? null,
    },
    response: { targetMinutes: target, firstResponseAt: isoOrNull(incident.firstResponseAt), firstResponseMinutes, onTime },
    figures: {
      peakMentionsPerHour: figures.peakMentionsPerHour,
      peakAt: isoOrNull(figures.peakAt),
      peakRolling: figures.peakRolling === true,
      totalMentions: figures.totalMentions,
      negativeShare: figures.negativeShare,
      baselineNegativeShare: figures.baselineNegativeShare,
      platforms: figures.platforms.map((row) => ({ platform: row.platform, mentions: row.mentions, negativeShare: row.negativeShare })),
      keyTerms: [...figures.keyTerms],
      // While the incident is open the window ends now, not at the end of the hour still running.
      window: figures.window
        ? { from: new Date(figures.window.from).toISOString(), to: new Date(incident.resolvedAt === undefined ? Math.min(figures.window.to, now) : figures.window.to).toISOString() }
        : null,
      countedAt: isoOrNull(figures.countedAt),
    },
    checklist: { total: steps.length, onTime: count('on-time'), late: count('late'), notDone: count('not-done'), pending: count('pending'), steps },
    timeline: incident.timeline.map((entry) => ({ at: iso(entry.at), kind: entry.kind, text: entry.text })),
    lessons: {
      wentWell: lessons.wentWell,
      wentWrong: lessons.wentWrong,
      actions: lessons.actions.filter((action) => action.text.trim() !== '').map((action) => ({ text: action.text, owner: action.owner })),
    },
  };
  return { ...report, planUpdates: planUpdates(report, plan, now) };
}

/** The concrete changes the data calls for: the response, late steps, skipped steps, then gaps in the plan. */
function planUpdates(report: Omit<PostMortemReport, 'planUpdates'>, plan: CrisisPlan, now: number): PostMortemReport['planUpdates'] {
  const updates: PostMortemReport['planUpdates'] = [];
  const target = formatDuration(report.response.targetMinutes);
  if (report.response.firstResponseMinutes === null) {
    updates.push({ kind: 'no-first-response', text: R.updates.noFirstResponse(target) });
  } else if (report.response.onTime === false) {
    updates.push({ kind: 'slow-first-response', text: R.updates.slowFirstResponse(formatDuration(report.response.firstResponseMinutes), target) });
  }
  const steps = report.checklist.steps;
  for (const step of steps.filter((candidate) => candidate.status === 'late')) {
    updates.push({ kind: 'late-step', text: R.updates.lateStep(step.text, step.ownerRole, formatDuration(step.minutesLate ?? 0)) });
  }
  for (const step of steps.filter((candidate) => candidate.status === 'not-done')) {
    updates.push({ kind: 'step-not-done', text: R.updates.stepNotDone(step.text, step.ownerRole) });
  }
  for (const { role, missing } of incompleteRoles(plan)) {
    if (missing.length === 2) updates.push({ kind: 'missing-owner', text: R.updates.missingOwnerAndContact(role.title) });
    else if (missing[0] === 'owner') updates.push({ kind: 'missing-owner', text: R.updates.missingOwner(role.title) });
    else updates.push({ kind: 'missing-contact', text: R.updates.missingContact(role.title) });
  }
  for (const message of expiredMessages(plan, now)) updates.push({ kind: 'expired-message', text: R.updates.expiredMessage(message.title) });
  if (plan.policyUrl.trim() === '') updates.push({ kind: 'no-policy-link', text: R.updates.noPolicyLink });
  if (updates.length === 0) updates.push({ kind: 'review', text: R.updates.review });
  return updates;
}

// ---- Markdown --------------------------------------------------------------------------------------

// Page and user text is never markup. Every ASCII punctuation character that CommonMark or GitHub
// gives a meaning inline is backslash-escaped (CommonMark's own way, shown as the bare character):
// emphasis, code, strikethrough, links and images, autolinks and HTML, entities ("&lt;" typed stays
// "&lt;"), table pipes and math. Other punctuation (. , : ; - / ? # % + = ' and round brackets) stays
// bare, so words, numbers, times and web addresses read as written in the Markdown file too. Round
// brackets make a link only after a "]", which is escaped: backslashed, the report's own "Alert (crisis)"
// and "(owner: Legal)" read "Alert \(crisis\)" in the dashboard and in a chat the report is pasted into.
const INLINE_MARKUP = /[\\`*_[\]<>|~&!$]/g;
const CELL_MARKUP = /[\\`*_[\]|~&!$]/g;

/**
 * Text for one table cell: markup characters escaped, line breaks as <br>, angle brackets as
 * entities (a cell is one line of the table, and user text is never markup).
 */
export function escapeTableCell(text: string): string {
  return text
    .replace(CELL_MARKUP, (char) => `\\${char}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n/g, '<br>')
    .trim();
}

/**
 * Text for one line of prose: inline markup characters escaped, and a line that would start a block
 * (heading, list, quote, rule, fence) escaped at its start, so user text cannot change the structure.
 */
export function escapeInline(text: string): string {
  const escaped = text.replace(INLINE_MARKUP, (char) => `\\${char}`).replace(/\s+/g, ' ').trim();
  return escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A cell the report writes itself, any user text in it already escaped: written as it is, so the
 * report's own brackets ("(target 1 hour)") are not backslashed in the file. Every other cell is text.
 */
interface MarkdownCell {
  markdown: string;
}
type Cell = string | MarkdownCell;
const markdownCell = (markdown: string): MarkdownCell => ({ markdown });

const row = (cells: readonly Cell[]) => `| ${cells.map((cell) => (typeof cell === 'string' ? escapeTableCell(cell) : cell.markdown) || ' ').join(' | ')} |`;
const table = (header: readonly string[], rows: readonly (readonly Cell[])[]) => [row(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(row)];

/** Free text as paragraphs: one per non-empty line. */
const paragraphs = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map(escapeInline)
    .filter((line) => line !== '')
    .flatMap((line) => [line, '']);

export function renderPostMortemMarkdown(report: PostMortemReport, options: TimeOptions = {}): string {
  const time = (isoTime: string | null) => (isoTime === null ? R.notYet : formatTimestamp(Date.parse(isoTime), options));
  const { incident, response, figures, checklist, lessons } = report;
  const s = R.summary;
  const target = formatDuration(response.targetMinutes);
  const firstResponse =
    response.firstResponseMinutes === null
      ? s.noResponse(target)
      : response.firstResponseMinutes === 0 && response.onTime === true
        ? s.respondedWithinAMinute(target)
        : s.responded(formatDuration(response.firstResponseMinutes), target, response.onTime === true);
  // Under a minute as the crisis clock says it at the same moment: formatDuration never reads under 1 minute.
  const duration = (incident.durationMinutes === 0 ? s.underAMinute : formatDuration(incident.durationMinutes)) + (incident.resolvedAt === null ? s.ongoing : '');
  const lines: string[] = [];

  // A heading's closing #s are dropped by Markdown ("Invoice #" would lose its #): escaped, they stay text.
  lines.push(`# ${escapeInline(R.title(incident.title)).replace(/(^|\s)(#+)$/, '$1\\$2')}`, '');

  lines.push(`## ${R.headings.summary}`, '');
  lines.push(
    `- **${s.level}:** ${incident.level === 'normal' ? s.noLevel : escapeInline(incident.level)}`,
    `- **${s.platform}:** ${incident.platform === null ? s.notRecorded : escapeInline(platformName(incident.platform))}`,
    ...(incident.triggerReason ? [`- **${s.trigger}:** ${escapeInline(incident.triggerReason)}`] : []),
    `- **${s.started}:** ${time(incident.startedAt)}`,
    `- **${s.declared}:** ${time(incident.declaredAt)}`,
    `- **${s.resolved}:** ${incident.resolvedAt === null ? s.notResolved : time(incident.resolvedAt)}`,
    `- **${s.duration}:** ${duration}`,
    `- **${s.firstResponse}:** ${firstResponse}`,
    `- **${s.checklist}:** ${s.checklistCounts(checklist.onTime, checklist.late, checklist.notDone, checklist.pending, checklist.total)}`,
    '',
  );
  if (incident.summary) lines.push(...paragraphs(incident.summary));

  lines.push(`## ${R.headings.timeline}`, '');
  if (report.timeline.length === 0) lines.push(R.emptyTimeline, '');
  else {
    const c = R.columns;
    lines.push(...table([c.time, c.event, c.details], report.timeline.map((entry) => [time(entry.at), R.kinds[entry.kind], entry.text])), '');
  }

  const f = R.figures;
  const c = R.columns;
  const baseline = figures.baselineNegativeShare;
  lines.push(`## ${R.headings.figures}`, '');
  // What the numbers cover, so a reader can square them with the dashboard's own ranges (QA).
  if (figures.window) {
    const words = incident.resolvedAt === null ? f.windowOpen : f.window;
    lines.push(escapeInline(words(time(figures.window.from), time(figures.window.to))), '');
  }
  // And when they were counted: kept figures stay as counted, the dashboard's chart counts later mentions too (QA).
  if (figures.countedAt) lines.push(escapeInline(f.countedAt(time(figures.countedAt))), '');
  // The values are the report's own words, numbers and times; only the key terms come from the page.
  lines.push(
    ...table(
      [c.figure, c.value],
      [
        [
          f.peak,
          markdownCell(
            figures.totalMentions === 0
              ? f.noMentions
              : (figures.peakRolling ? f.peakRollingValue : f.peakValue)(figures.peakMentionsPerHour, figures.peakAt === null ? null : time(figures.peakAt)),
          ),
        ],
        [f.total, groupedCount(figures.totalMentions)],
        [
          f.negative,
          // No mentions in the window: no share to set against normal (not "0%, −36 points").
          markdownCell(
            figures.totalMentions === 0
              ? f.noShare(baseline === null ? null : formatShare(baseline))
              : f.negativeValue(
                  formatShare(figures.negativeShare),
                  baseline === null ? null : formatShare(baseline),
                  baseline === null ? null : Math.round((figures.negativeShare - baseline) * 100),
                ),
          ),
        ],
        [f.duration, markdownCell(duration)],
        [f.firstResponse, markdownCell(firstResponse)],
        [f.keyTerms, figures.keyTerms.length > 0 ? markdownCell(figures.keyTerms.map(escapeTableCell).join(', ')) : s.none],
      ],
    ),
    '',
  );
  lines.push(`### ${R.headings.platforms}`, '');
  if (figures.platforms.length === 0) lines.push(R.emptyPlatforms, '');
  else lines.push(...table([c.platform, c.mentions, c.negativeShare], figures.platforms.map((p) => [platformName(p.platform), groupedCount(p.mentions), formatShare(p.negativeShare)])), '');

  lines.push(`## ${R.headings.checklist}`, '');
  lines.push(
    ...table(
      [c.step, c.owner, c.due, c.done, c.status],
      checklist.steps.map((step) => [
        step.text,
        step.ownerRole,
        time(step.dueAt),
        // The owner has a column of its own: Firebreak cannot tell who ticked the step.
        step.doneAt === null ? R.notYet : time(step.doneAt),
        R.statuses[step.status],
      ]),
    ),
    '',
  );

  lines.push(`## ${R.headings.lessons}`, '');
  lines.push(`### ${R.headings.wentWell}`, '', ...(lessons.wentWell.trim() ? paragraphs(lessons.wentWell) : [R.notFilled, '']));
  lines.push(`### ${R.headings.wentWrong}`, '', ...(lessons.wentWrong.trim() ? paragraphs(lessons.wentWrong) : [R.notFilled, '']));
  lines.push(`### ${R.headings.actions}`, '');
  if (lessons.actions.length === 0) lines.push(R.noActions, '');
  else lines.push(...table([c.action, c.owner], lessons.actions.map((action) => [action.text, action.owner])), '');

  lines.push(`## ${R.headings.updatePlan}`, '');
  lines.push(...report.planUpdates.map((update) => `- ${escapeInline(update.text)}`), '');
  lines.push(R.updates.closing, '');
  return lines.join('\n');
}

/** The report as Markdown: summary, timeline, figures, checklist, lessons, and last, what to change in the plan. */
export function postMortemMarkdown(input: PostMortemInput, options: TimeOptions = {}): string {
  return renderPostMortemMarkdown(postMortemReport(input), options);
}

/** The report as JSON text, pretty-printed for people who open it. */
export function postMortemJson(input: PostMortemInput): string {
  return `${JSON.stringify(postMortemReport(input), null, 2)}\n`;
}
