// An incident: one crisis from its declaration to its resolution, with the checklist the plan gave it
// and a timeline that writes itself as the team works. Pure reducers over plain JSON: each returns a
// new incident, or the very same object when the input changes nothing (unknown step, already done,
// already resolved, a crisis step of a resolved incident), so callers can compare by identity before
// they save.

import { PLATFORM_IDS, platformName, type PlatformId } from '../platforms/types';
import { higherLevel, type AlertLevel, type CrisisLevel } from '../tracking/levels';
import type { CrisisPlan } from './plan';
import type { PostMortemFigures } from './report';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type TimelineKind =
  | 'declared'
  | 'alert'
  | 'level-change'
  | 'step-done'
  | 'step-undone'
  | 'reply-inserted'
  | 'note'
  | 'screenshot'
  | 'resolved'
  | 'reopened';

export interface TimelineEntry {
  /** ms since the epoch. */
  at: number;
  kind: TimelineKind;
  /** One line for people: what happened. */
  text: string;
  /** The facts behind the line, for the JSON report and the UI (step id, platform, post id…). */
  data?: Record<string, JsonValue>;
}

export interface IncidentStep {
  id: string;
  text: string;
  ownerRoleId: string;
  practice: number;
  /** When it is due (ms); null for post-resolution steps until the incident is resolved. */
  dueAt: number | null;
  /** The template's offset, kept so the due time can be set on resolution. */
  dueMinutes: number;
  after: 'start' | 'resolution';
  isResponse?: boolean;
  done?: { at: number; byRoleId: string };
}

export type IncidentSource = 'alert' | 'popup' | 'manual';

export interface Incident {
  id: string;
  title: string;
  level: CrisisLevel;
  platform?: PlatformId;
  source: IncidentSource;
  /** The detector's reason when declared from an alert ("Volume 4.8× normal on X"). */
  triggerReason?: string;
  /**
   * When the crisis started: the first alert of the episode it was declared from (see declarationFromEpisode),
   * else the declaration.
   */
  startedAt: number;
  declaredAt: number;
  /** The plan's target when the incident was declared: later edits do not rewrite history. */
  responseTargetMinutes: number;
  /** Role id → title, as the plan had them: the timeline and report name roles even after plan edits. */
  roleTitles: Record<string, string>;
  /**
   * When the first public response went out, as the team said it: the earliest time a response step
   * (the holding statement) still ticked was ticked. Firebreak never posts, so a reply inserted through
   * the coach is only a draft and does not count (readIncident corrects incidents stored before that).
   */
  firstResponseAt?: number;
  /**
   * What people are upset about, in the brand's public words ("the delays to your orders"): fills {issue}
   * in every public text handed out for this incident. Unset: the general wording (TEXT_MESSAGES.defaultIssue).
   */
  issue?: string;
  /**
   * When the texts handed out last promised the next public update ({nextUpdate}, ms). Texts handed out
   * while it is in the future repeat it; once it has passed, the next one makes a new promise.
   */
  updatePromisedAt?: number;
  /** What the team wrote in the post-mortem form, saved as they typed it. */
  lessons?: IncidentLessons;
  /**
   * The post-mortem's figures, kept once the incident's window has ended (freeze.ts): the mentions and
   * aggregates they count go with the retention, the report's numbers stay.
   */
  figures?: PostMortemFigures;
  resolvedAt?: number;
  summary?: string;
  checklist: IncidentStep[];
  /** In time order. */
  timeline: TimelineEntry[];
}

/** The post-mortem form as typed: actions one per line, each with its owner after a dash. */
export interface IncidentLessons {
  wentWell: string;
  wentWrong: string;
  actions: string;
}

export interface DeclareInput {
  title: string;
  level: CrisisLevel;
  platform?: PlatformId;
  source?: IncidentSource;
  /**
   * The alert behind the declaration: its reason and time (the spike, where the clock starts). Its level,
   * where it is below the incident's (a watch that grew into a crisis); the incident's by default.
   */
  alert?: { reason: string; time: number; level?: AlertLevel; keyTerms?: string[] };
  /** The alerts of the same episode after `alert`, oldest first: on the timeline, each at its time and level. */
  laterAlerts?: Array<{ reason: string; time: number; level: AlertLevel; keyTerms?: string[] }>;
  /** Overrides the start time (ms), for an incident recorded after the fact. */
  startedAt?: number;
  /** Defaults to one made from the declaration time. */
  id?: string;
}

/** Every user-facing string of this module, for the move to locale files. */
export const INCIDENT_MESSAGES = {
  declared: (title: string, level: CrisisLevel) => `Incident declared at level ${level}: ${title}`,
  /** Declared with no alert behind it: no level was measured, so none is claimed. */
  declaredByTeam: (title: string) => `Incident declared by the team, with no spike detected: ${title}`,
  alert: (level: CrisisLevel, reason: string) => `Alert (${level}): ${reason}`,
  /** A rise the cool-down kept from the team (AlertRecord.withinCoolDown): it happened, no one was alerted. */
  riseWithinCoolDown: (level: CrisisLevel, reason: string) => `Rose again to ${level}, within the cool-down (no one alerted): ${reason}`,
  levelChange: (from: CrisisLevel, to: CrisisLevel, reason?: string) => `Level changed from ${from} to ${to}${reason ? `: ${reason}` : ''}`,
  // Firebreak knows who owns a step, not who ticked it: the owner is named as the owner.
  renamed: (from: string, to: string) => `Renamed from “${from}” to “${to}”`,
  issueSet: (issue: string) => `Public wording of the issue: “${issue}”`,
  issueCleared: 'Public wording of the issue cleared: the texts use the general wording',
  stepDone: (step: string, role: string) => `Step done: ${step} (owner: ${role})`,
  stepUndone: (step: string) => `Marked as not done: ${step}`,
  replyDrafted: (platform: string, excerpt: string) => `Reply drafted on ${platformName(platform)}: “${excerpt}”`,
  screenshot: (name: string) => `Screenshot saved: ${name}`,
  resolved: (summary?: string) => `Incident resolved${summary ? `: ${summary}` : ''}`,
  reopened: (reason?: string) => `Incident reopened${reason ? `: ${reason}` : ''}`,
  /** The worker refuses to reopen an incident while another is open: one open incident at a time. */
  reopenRefused: (openTitle: string) => `“${openTitle}” is still open, and only one incident can be open at a time: resolve it first, then reopen this one.`,
} as const;

const EXCERPT = 140;
const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
};

/** The role's title as the plan had it when the incident was declared; the id for unknown roles. */
export function incidentRoleTitle(incident: Pick<Incident, 'roleTitles'>, roleId: string): string {
  return incident.roleTitles[roleId] ?? roleId;
}

/** Inserts in time order; entries at the same moment keep the order they were added in. */
function withEntry(incident: Incident, entry: TimelineEntry): Incident {
  const index = incident.timeline.findIndex((existing) => existing.at > entry.at);
  const timeline = [...incident.timeline];
  timeline.splice(index === -1 ? timeline.length : index, 0, entry);
  return { ...incident, timeline };
}

function dueAt(step: { after: 'start' | 'resolution'; dueMinutes: number }, startedAt: number, resolvedAt?: number): number | null {
  const from = step.after === 'start' ? startedAt : resolvedAt;
  return from === undefined ? null : from + step.dueMinutes * 60_000;
}

/** A new incident with the plan's checklist, its clock started and its first timeline entries written. */
export function declareIncident(plan: CrisisPlan, input: DeclareInput, now: number): Incident {
  const startedAt = input.startedAt ?? input.alert?.time ?? now;
  const checklist = plan.checklist.map((template): IncidentStep => {
    const dueMinutes = template.due === 'response-target' ? plan.responseTargetMinutes : template.due;
    return {
      id: template.id,
      text: template.text,
      ownerRoleId: template.ownerRoleId,
      practice: template.practice,
      dueMinutes,
      after: template.after,
      dueAt: dueAt({ after: template.after, dueMinutes }, startedAt),
      ...(template.isResponse ? { isResponse: true } : {}),
    };
  });
  let incident: Incident = {
    id: input.id ?? `incident-${now.toString(36)}`,
    title: input.title.trim(),
    level: input.level,
    ...(input.platform ? { platform: input.platform } : {}),
    source: input.source ?? (input.alert ? 'alert' : 'manual'),
    ...(input.alert ? { triggerReason: input.alert.reason } : {}),
    startedAt,
    declaredAt: now,
    responseTargetMinutes: plan.responseTargetMinutes,
    roleTitles: Object.fromEntries(plan.roles.map((role) => [role.id, role.title])),
    checklist,
    timeline: [],
  };
  const alerts = input.alert ? [{ ...input.alert, level: input.alert.level ?? input.level }, ...(input.laterAlerts ?? [])] : [];
  for (const alert of alerts) {
    incident = withEntry(incident, {
      at: alert.time,
      kind: 'alert',
      text: INCIDENT_MESSAGES.alert(alert.level, alert.reason),
      data: { reason: alert.reason, level: alert.level, ...(alert.keyTerms ? { keyTerms: alert.keyTerms } : {}) },
    });
  }
  return withEntry(incident, {
    at: now,
    kind: 'declared',
    text: input.alert ? INCIDENT_MESSAGES.declared(incident.title, input.level) : INCIDENT_MESSAGES.declaredByTeam(incident.title),
    data: { level: input.level, source: incident.source, ...(input.platform ? { platform: input.platform } : {}) },
  });
}

/** The alert an incident is declared from, as the worker recorded it or the status shows it. */
export interface AlertFacts {
  /** The platform's id; a place that is not one of Firebreak's platforms is kept out of the incident. */
  platform?: string;
  level: CrisisLevel;
  reason: string;
  time: number;
  keyTerms?: string[];
  /** The level before the alert: 'normal' when it began an episode. Unknown: taken as the beginning of one. */
  previousLevel?: CrisisLevel;
}

const isPlatformId = (platform: string | undefined): platform is PlatformId => PLATFORM_IDS.includes(platform as PlatformId);

/**
 * What declaring an incident from an alert records: the alert's platform, level, reason and time (where
 * the clock starts). The caller words the title in its locale, from the platform ("Spike on X") or,
 * without one, in general. With no alert at all the team declared it on its own judgement: no level was
 * measured, so none is claimed (the incident is at 'normal' until an alert raises it).
 */
export function declarationFromAlert(alert: AlertFacts | undefined, source: IncidentSource, title: (platform: PlatformId | undefined) => string): DeclareInput {
  if (!alert) return { title: title(undefined), level: 'normal', source };
  const platform = isPlatformId(alert.platform) ? alert.platform : undefined;
  return {
    title: title(platform),
    level: alert.level === 'crisis' ? 'crisis' : 'watch',
    ...(platform ? { platform } : {}),
    source,
    alert: { reason: alert.reason, time: alert.time, ...(alert.keyTerms ? { keyTerms: alert.keyTerms } : {}) },
  };
}

const alertLevel = (level: CrisisLevel): AlertLevel => (level === 'crisis' ? 'crisis' : 'watch');

/**
 * The episode `alert` belongs to, among its platform's `alerts`: from the alert that raised the platform
 * from normal to the last one before it fell back, oldest first (an alert raised from watch or crisis
 * belongs with the one before it). `alert` alone when no alert of `alerts` has its time.
 */
export function episodeOf<T extends Pick<AlertFacts, 'time' | 'previousLevel'>>(alerts: readonly T[], alert: T): T[] {
  const sorted = [...alerts].sort((a, b) => a.time - b.time);
  // One alert a platform at a time (an evaluation raises one): a record read again is found by its time.
  const at = sorted.findIndex((candidate) => candidate.time === alert.time);
  if (at === -1) return [alert];
  const begins = (candidate: T) => (candidate.previousLevel ?? 'normal') === 'normal';
  let first = at;
  while (first > 0 && !begins(sorted[first]!)) first--;
  let last = at;
  while (last + 1 < sorted.length && !begins(sorted[last + 1]!)) last++;
  return sorted.slice(first, last + 1);
}

/**
 * What declaring an incident from an episode of alerts records, however it is declared (the popup, the
 * dashboard, a notification's button, for any of the episode's alerts): the same incident. It starts at
 * the episode's first alert, because a manager reads the clock as time since the trouble was first
 * detected: a watch that grew into a crisis twenty minutes later had been public for twenty minutes when
 * the crisis was measured, and the response target runs from then (the declaration, when nothing was
 * detected: declarationFromAlert). Its trigger is that first alert; its level the highest the episode
 * reached; every alert of it is on the timeline at its own time and level.
 */
export function declarationFromEpisode(episode: readonly AlertFacts[], source: IncidentSource, title: (platform: PlatformId | undefined) => string): DeclareInput {
  const [first, ...later] = episode;
  const declared = declarationFromAlert(episode.at(-1), source, title);
  if (!first || later.length === 0) return declared;
  const level = episode.reduce<CrisisLevel>((highest, alert) => higherLevel(highest, alertLevel(alert.level)), 'watch');
  return {
    ...declared,
    level,
    alert: { reason: first.reason, time: first.time, level: alertLevel(first.level), ...(first.keyTerms ? { keyTerms: first.keyTerms } : {}) },
    laterAlerts: later.map((alert) => ({ reason: alert.reason, time: alert.time, level: alertLevel(alert.level), ...(alert.keyTerms ? { keyTerms: alert.keyTerms } : {}) })),
  };
}

/**
 * Adds any entry (a note, a screenshot reference…). `at` defaults to now. The generic door for what the
 * other reducers do not cover; it changes nothing but the timeline.
 */
export function addTimelineEntry(incident: Incident, entry: Omit<TimelineEntry, 'at'> & { at?: number }, now: number): Incident {
  const text = entry.text.trim();
  if (text === '') return incident;
  return withEntry(incident, { ...entry, at: entry.at ?? now, text });
}

/** The longest incident name: a heading and a file name, not a paragraph. */
export const MAX_TITLE_CHARS = 120;

/** A name as renameIncident keeps it: on one line, spaces collapsed, at most MAX_TITLE_CHARS. */
export function tidyTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').slice(0, MAX_TITLE_CHARS);
}

/**
 * Gives the incident the team's own name ("Kettle base overheating" for "Spike on X"): the report's
 * heading and file name follow it, and the timeline notes the old name. Empty or unchanged: the same object.
 */
export function renameIncident(incident: Incident, title: string, now: number): Incident {
  const next = tidyTitle(title);
  if (next === '' || next === incident.title) return incident;
  return withEntry({ ...incident, title: next }, { at: now, kind: 'note', text: INCIDENT_MESSAGES.renamed(incident.title, next) });
}

/** The longest public wording of the issue: a phrase in a sentence, as long as an incident's name. */
export const MAX_ISSUE_CHARS = MAX_TITLE_CHARS;

/**
 * The wording as kept: on one line, spaces collapsed, at most MAX_ISSUE_CHARS, and no closing mark at its
 * end. It is a phrase inside the texts' sentences ("We're aware of {issue} and…", "An update on {issue}:"),
 * so a full stop typed after it ended the public sentence halfway ("…your orders. and we're looking…").
 */
export function issueWording(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, MAX_ISSUE_CHARS)
    .replace(/[\s.!?;:,]+$/, '');
}

/**
 * Words what the incident is about for the public texts ({issue}: "the delays to your orders"), or clears
 * it (empty: the general wording again). The timeline notes the wording, since it went out in public.
 * Unchanged: the same object.
 */
export function setIncidentIssue(incident: Incident, issue: string, now: number): Incident {
  const next = issueWording(issue);
  if (next === (incident.issue ?? '')) return incident;
  if (next === '') {
    const { issue: _cleared, ...rest } = incident;
    return withEntry(rest, { at: now, kind: 'note', text: INCIDENT_MESSAGES.issueCleared, data: { issue: null } });
  }
  return withEntry({ ...incident, issue: next }, { at: now, kind: 'note', text: INCIDENT_MESSAGES.issueSet(next), data: { issue: next } });
}

/**
 * Records the time a public text just handed out promised the next update by ({nextUpdate}). A promise
 * still in the future stands (texts handed out meanwhile repeat it), and a time already past is no
 * promise: both leave the same object.
 */
export function promiseUpdate(incident: Incident, at: number, now: number): Incident {
  if (!Number.isFinite(at) || at <= now || at === incident.updatePromisedAt) return incident;
  if (incident.updatePromisedAt !== undefined && incident.updatePromisedAt > now) return incident;
  return { ...incident, updatePromisedAt: at };
}

/** A timeline note is a line: longer text (a 50,000-character paste, QA) is cut here. */
export const MAX_NOTE_CHARS = 2000;

export function addNote(incident: Incident, text: string, now: number): Incident {
  return addTimelineEntry(incident, { kind: 'note', text: text.slice(0, MAX_NOTE_CHARS) }, now);
}

/** A screenshot kept elsewhere (downloads, the team drive): the timeline records its name and reference. */
export function addScreenshot(incident: Incident, screenshot: { name: string; ref?: string }, now: number): Incident {
  if (screenshot.name.trim() === '') return incident;
  return addTimelineEntry(
    incident,
    { kind: 'screenshot', text: INCIDENT_MESSAGES.screenshot(screenshot.name.trim()), data: { name: screenshot.name.trim(), ...(screenshot.ref ? { ref: screenshot.ref } : {}) } },
    now,
  );
}

/**
 * The first public response as the checklist records it: the earliest tick of a response step that is
 * still ticked. Undefined while none is.
 */
export function firstResponseFromChecklist(checklist: readonly IncidentStep[]): number | undefined {
  const times = checklist.filter((step) => step.isResponse && step.done).map((step) => step.done!.at);
  return times.length > 0 ? Math.min(...times) : undefined;
}

/** The incident with its first response set from its checklist (the one place it comes from). */
function withFirstResponse(incident: Incident): Incident {
  const firstResponseAt = firstResponseFromChecklist(incident.checklist);
  if (firstResponseAt === incident.firstResponseAt) return incident;
  const { firstResponseAt: _stale, ...rest } = incident;
  return firstResponseAt === undefined ? rest : { ...rest, firstResponseAt };
}

/**
 * Whether a step can be ticked or unticked: a crisis step (`after: 'start'`) only while the incident is
 * open. Once it is resolved, what was done during the crisis is a record the post-mortem reports (a tick
 * arriving late, from a popup still open on it, would rewrite it); its follow-up steps are still to do. A
 * reopened incident is open again, its crisis steps too.
 */
export function stepEditable(incident: Pick<Incident, 'resolvedAt'>, step: Pick<IncidentStep, 'after'>): boolean {
  return step.after === 'resolution' || incident.resolvedAt === undefined;
}

/**
 * Marks a step done by a role. Ticking a response step (the holding statement) is the team saying the
 * first public response went out: the first such tick stops the response clock. A crisis step of a
 * resolved incident is not ticked (stepEditable): the same object.
 */
export function completeStep(incident: Incident, stepId: string, byRoleId: string, now: number): Incident {
  const step = incident.checklist.find((candidate) => candidate.id === stepId);
  if (!step || step.done || !stepEditable(incident, step)) return incident;
  const checklist = incident.checklist.map((candidate) => (candidate.id === stepId ? { ...candidate, done: { at: now, byRoleId } } : candidate));
  const next = withFirstResponse({ ...incident, checklist });
  return withEntry(next, { at: now, kind: 'step-done', text: INCIDENT_MESSAGES.stepDone(step.text, incidentRoleTitle(incident, byRoleId)), data: { stepId, byRoleId } });
}

/**
 * Takes a tick back. Unticking the response step that stopped the clock starts it again (the tick was
 * the only record that a response went out), unless another response step is still ticked. A crisis
 * step of a resolved incident stays as it was (stepEditable): the same object.
 */
export function uncompleteStep(incident: Incident, stepId: string, now: number): Incident {
  const step = incident.checklist.find((candidate) => candidate.id === stepId);
  if (!step?.done || !stepEditable(incident, step)) return incident;
  const checklist = incident.checklist.map((candidate) => {
    if (candidate.id !== stepId) return candidate;
    const { done: _done, ...rest } = candidate;
    return rest;
  });
  return withEntry(withFirstResponse({ ...incident, checklist }), { at: now, kind: 'step-undone', text: INCIDENT_MESSAGES.stepUndone(step.text), data: { stepId } });
}

/** Moves the incident to another level (up or down), with the reason. Same level: unchanged. */
export function changeLevel(incident: Incident, level: CrisisLevel, now: number, reason?: string): Incident {
  if (level === incident.level) return incident;
  return withEntry(
    { ...incident, level },
    { at: now, kind: 'level-change', text: INCIDENT_MESSAGES.levelChange(incident.level, level, reason), data: { from: incident.level, to: level, ...(reason ? { reason } : {}) } },
  );
}

/** An alert raised during the incident: recorded, and the level raised if the alert is higher. */
export function recordAlert(incident: Incident, alert: { time: number; level: CrisisLevel; reason: string; platform?: string; withinCoolDown?: true }): Incident {
  const recorded = withEntry(incident, {
    at: alert.time,
    kind: 'alert',
    text: (alert.withinCoolDown ? INCIDENT_MESSAGES.riseWithinCoolDown : INCIDENT_MESSAGES.alert)(alert.level, alert.reason),
    data: { reason: alert.reason, level: alert.level, ...(alert.platform ? { platform: alert.platform } : {}), ...(alert.withinCoolDown ? { withinCoolDown: true } : {}) },
  });
  const raised = higherLevel(incident.level, alert.level);
  return raised === incident.level ? recorded : changeLevel(recorded, raised, alert.time, alert.reason);
}

/**
 * A suggestion the reply coach put into a reply box: a draft on the timeline, not a response. The user
 * may still edit, delete or never post it, and Firebreak cannot see what is posted, so the response
 * clock stops only when the team ticks the response step.
 */
export function recordDraftedReply(incident: Incident, reply: { platform: PlatformId; postId: string; text: string }, now: number): Incident {
  return withEntry(incident, {
    at: now,
    // The kind keeps its stored name: incidents and JSON reports written before say 'reply-inserted'.
    kind: 'reply-inserted',
    text: INCIDENT_MESSAGES.replyDrafted(reply.platform, excerpt(reply.text)),
    data: { platform: reply.platform, postId: reply.postId, text: reply.text },
  });
}

/**
 * Ends the incident. Post-resolution steps (the post-mortem) get their due times now; after a reopening,
 * those already done keep the due time they were done against. Twice: unchanged.
 */
export function resolveIncident(incident: Incident, now: number, summary?: string): Incident {
  if (incident.resolvedAt !== undefined) return incident;
  const cleanSummary = summary?.trim() || undefined;
  const checklist = incident.checklist.map((step) =>
    step.after === 'resolution' && (step.dueAt === null || !step.done) ? { ...step, dueAt: dueAt(step, incident.startedAt, now) } : step,
  );
  return withEntry(
    { ...incident, checklist, resolvedAt: now, ...(cleanSummary ? { summary: cleanSummary } : {}) },
    { at: now, kind: 'resolved', text: INCIDENT_MESSAGES.resolved(cleanSummary), data: cleanSummary ? { summary: cleanSummary } : {} },
  );
}

export const isResolved = (incident: Incident): boolean => incident.resolvedAt !== undefined;

/**
 * The incident resolved most recently among `incidents`: by when it was resolved, not when it started (a
 * reopened incident keeps its start, and may be resolved after one that started later). The popup and the
 * dashboard both name it as "the last incident".
 */
export function lastResolvedOf(incidents: Iterable<Incident>): Incident | undefined {
  let last: Incident | undefined;
  for (const incident of incidents) if (isResolved(incident) && (!last || incident.resolvedAt! > last.resolvedAt!)) last = incident;
  return last;
}

/** The longest reason for a reopening kept on the timeline: a line, like a note. */
export const MAX_REOPEN_REASON_CHARS = 500;

/**
 * Takes a resolution back (QA: resolved too early, the story flared up again an hour later): the
 * incident is open again, on its own clock from its start, and the timeline says when and why, with the
 * summary it was resolved with. Post-resolution steps not done yet wait for the next resolution to be
 * due again, and the kept post-mortem figures go, to be counted (and kept) again once it is resolved:
 * its window now runs on. The lessons typed so far stay. Not resolved: the same object.
 */
export function reopenIncident(incident: Incident, now: number, reason?: string): Incident {
  if (incident.resolvedAt === undefined) return incident;
  const cleanReason = reason?.replace(/\s+/g, ' ').trim().slice(0, MAX_REOPEN_REASON_CHARS) || undefined;
  const { resolvedAt, summary, figures: _figures, ...rest } = incident;
  const checklist = incident.checklist.map((step) => (step.after === 'resolution' && !step.done && step.dueAt !== null ? { ...step, dueAt: null } : step));
  return withEntry(
    { ...rest, checklist },
    {
      at: now,
      kind: 'reopened',
      text: INCIDENT_MESSAGES.reopened(cleanReason),
      data: { resolvedAt, ...(summary ? { summary } : {}), ...(cleanReason ? { reason: cleanReason } : {}) },
    },
  );
}

const EMPTY_LESSONS: IncidentLessons = { wentWell: '', wentWrong: '', actions: '' };

/** The lessons written so far; empty fields for an incident stored before lessons were kept. */
export function lessonsOf(incident: Pick<Incident, 'lessons'>): IncidentLessons {
  const stored: unknown = incident.lessons;
  if (typeof stored !== 'object' || stored === null) return EMPTY_LESSONS;
  const field = (name: keyof IncidentLessons) => {
    const value = (stored as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : '';
  };
  return { wentWell: field('wentWell'), wentWrong: field('wentWrong'), actions: field('actions') };
}

const LESSON_FIELDS = ['wentWell', 'wentWrong', 'actions'] as const;
const sameLessons = (a: IncidentLessons, b: unknown) =>
  typeof b === 'object' && b !== null && LESSON_FIELDS.every((field) => (b as Record<string, unknown>)[field] === a[field]);

/** Keeps the post-mortem lessons with the incident, as typed. The same text: the same object. */
export function setLessons(incident: Incident, lessons: IncidentLessons): Incident {
  const next: IncidentLessons = { wentWell: lessons.wentWell, wentWrong: lessons.wentWrong, actions: lessons.actions };
  return sameLessons(next, lessonsOf(incident)) ? incident : { ...incident, lessons: next };
}

/**
 * An incident as stored, read tolerantly. Incidents stored by earlier versions may have a first
 * response set by a reply the coach inserted (a draft, perhaps never posted): the first response is
 * set again from the checklist, the only record of one. Lessons that are not text are read as empty.
 */
export function readIncident(stored: Incident): Incident {
  const incident = withFirstResponse(stored);
  if (stored.lessons === undefined) return incident;
  const lessons = lessonsOf(stored);
  return sameLessons(lessons, stored.lessons) ? incident : { ...incident, lessons };
}
