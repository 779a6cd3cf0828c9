// The crisis clock (practice 1): how long since the spike, whether the first public response went out
// within the plan's target, and how the checklist stands. Pure: the popup calls it once a second.

import { incidentRoleTitle, type Incident, type IncidentStep } from './incident';
import { roleTitle, type CrisisPlan } from './plan';

export type StepStatus = 'done-on-time' | 'done-late' | 'overdue' | 'open' | 'waiting';

export interface StepCounts {
  total: number;
  done: number;
  /** Done after their due time. */
  doneLate: number;
  /** Not done, due time passed. */
  overdue: number;
  /** Not done, due time still ahead (or not set yet). */
  open: number;
}

export interface CrisisClock {
  startedAt: number;
  /** Since the start: until now, or until the resolution once resolved. */
  elapsedMs: number;
  resolved: boolean;
  /** The target the incident was declared with. */
  responseTargetMinutes: number;
  /** When the first response is (or was) due. */
  responseDueAt: number;
  /** Start → first response; null while there is none. */
  timeToFirstResponseMs: number | null;
  /** Start → now while no response has gone out; null once one has (or the incident is resolved). */
  waitingForResponseMs: number | null;
  /** Until the response is due; negative when late; null once a response went out. */
  responseRemainingMs: number | null;
  /** No response yet and the target has passed. */
  overdue: boolean;
  /** Whether the first response met the target; null while there is none. */
  respondedOnTime: boolean | null;
  steps: StepCounts;
  /** The open step due soonest, for "next: Pause scheduled posts (Social media manager), in 4 minutes". */
  nextStep: { id: string; text: string; ownerTitle: string; dueAt: number; overdue: boolean } | null;
}

/** Where one step stands at `now`. 'waiting': a post-resolution step before the resolution. */
export function stepStatus(step: IncidentStep, now: number): StepStatus {
  if (step.done) return step.dueAt !== null && step.done.at > step.dueAt ? 'done-late' : 'done-on-time';
  if (step.dueAt === null) return 'waiting';
  return now > step.dueAt ? 'overdue' : 'open';
}

export function countSteps(incident: Pick<Incident, 'checklist'>, now: number): StepCounts {
  const counts: StepCounts = { total: incident.checklist.length, done: 0, doneLate: 0, overdue: 0, open: 0 };
  for (const step of incident.checklist) {
    const status = stepStatus(step, now);
    if (status === 'done-on-time' || status === 'done-late') counts.done++;
    if (status === 'done-late') counts.doneLate++;
    if (status === 'overdue') counts.overdue++;
    if (status === 'open' || status === 'waiting') counts.open++;
  }
  return counts;
}

export function crisisClock(incident: Incident, plan: Pick<CrisisPlan, 'roles'>, now: number): CrisisClock {
  const end = incident.resolvedAt ?? now;
  const responseDueAt = incident.startedAt + incident.responseTargetMinutes * 60_000;
  const responded = incident.firstResponseAt !== undefined;
  const timeToFirstResponseMs = responded ? incident.firstResponseAt! - incident.startedAt : null;
  const waiting = !responded && incident.resolvedAt === undefined;
  const next = incident.checklist
    .filter((step): step is IncidentStep & { dueAt: number } => !step.done && step.dueAt !== null)
    .sort((a, b) => a.dueAt - b.dueAt)[0];
  return {
    startedAt: incident.startedAt,
    elapsedMs: Math.max(0, end - incident.startedAt),
    resolved: incident.resolvedAt !== undefined,
    responseTargetMinutes: incident.responseTargetMinutes,
    responseDueAt,
    timeToFirstResponseMs,
    waitingForResponseMs: waiting ? Math.max(0, now - incident.startedAt) : null,
    responseRemainingMs: responded ? null : responseDueAt - end,
    overdue: !responded && end > responseDueAt,
    respondedOnTime: responded ? incident.firstResponseAt! <= responseDueAt : null,
    steps: countSteps(incident, now),
    nextStep: next
      ? {
          id: next.id,
          text: next.text,
          // The live plan's title when the role still exists (it may have been renamed), else the snapshot.
          ownerTitle: plan.roles.some((role) => role.id === next.ownerRoleId) ? roleTitle(plan, next.ownerRoleId) : incidentRoleTitle(incident, next.ownerRoleId),
          dueAt: next.dueAt,
          overdue: now > next.dueAt,
        }
      : null,
  };
}

export interface ChecklistProgress {
  done: number;
  total: number;
  /** 0..1; 1 for an empty checklist (nothing left to do). */
  ratio: number;
}

/**
 * How far the checklist is: every step, or only those of one phase (`'start'`: what an open incident
 * shows; `'resolution'`: the post-mortem steps, due once it is resolved).
 */
export function checklistProgress(incident: Pick<Incident, 'checklist'>, phase?: IncidentStep['after']): ChecklistProgress {
  const steps = phase ? incident.checklist.filter((step) => step.after === phase) : incident.checklist;
  const total = steps.length;
  const done = steps.filter((step) => step.done).length;
  return { done, total, ratio: total === 0 ? 1 : done / total };
}
