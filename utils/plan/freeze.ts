// The post-mortem's figures are counted from the hourly aggregates and the mentions of the incident's
// window (and the week before it, for "normal"). Retention deletes those after 30 days by default, and a
// report opened later (a quarterly review) would read "No mentions recorded". So the figures are kept with
// the incident once its window has ended, and at the latest just before a prune would delete what they
// count (QA). The worker runs this before every prune; the dashboard shows kept figures when there are.
import type { FirebreakDb } from '../tracking/db';
import { incidentKeyTerms } from './about';
import { isResolved, type Incident } from './incident';
import { incidentFigures, incidentWindow, listIncidents, updateIncident } from './store';

const WEEK = 7 * 24 * 60 * 60_000;

/** Whether a resolved incident's figures should be kept now: its window has ended, or a prune before `cutoff` would reach what they count. */
export function figuresToKeep(incident: Incident, now: number, cutoff?: number): boolean {
  if (!isResolved(incident) || incident.figures !== undefined) return false;
  const { from, to } = incidentWindow(incident, now);
  return now >= to || (cutoff !== undefined && cutoff > from - WEEK);
}

/**
 * Keeps the figures (and key terms, without the brand's own words) of every resolved incident that
 * should have them kept (figuresToKeep). Returns how many were kept.
 */
export async function keepIncidentFigures(db: FirebreakDb, now: number, ownWords: ReadonlySet<string>, cutoff?: number): Promise<number> {
  let kept = 0;
  for (const incident of await listIncidents(db)) {
    if (!figuresToKeep(incident, now, cutoff)) continue;
    const keyTerms = await incidentKeyTerms(db, incident, now, ownWords);
    const figures = await incidentFigures(db, incident, now, keyTerms);
    // Not onto an incident reopened meanwhile: its window runs on.
    await updateIncident(db, incident.id, (current) => (current.figures === undefined && isResolved(current) ? { ...current, figures } : current));
    kept++;
  }
  return kept;
}
