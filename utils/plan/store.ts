// Incidents in the database. The worker makes every change to an incident's course (declaring,
// steps, notes, alerts, resolving, reopening); the dashboard writes one thing itself, the post-mortem lessons
// (saveLessons), free text that no other change depends on. Pages read with live queries. Every
// read goes through readIncident, so incidents stored by earlier versions read as this one writes them.
import { BUCKET_MS, type Bucket, type FirebreakDb } from '../tracking/db';
import { bucketStart, bucketsSince } from '../tracking/mentions';
import {
  declarationFromEpisode,
  episodeOf,
  INCIDENT_MESSAGES,
  isResolved,
  lastResolvedOf,
  readIncident,
  reopenIncident,
  setLessons,
  type DeclareInput,
  type Incident,
  type IncidentLessons,
} from './incident';
import type { PostMortemFigures } from './report';

/**
 * The incident being worked on: the latest one not yet resolved. Looked for among all of them, not only
 * the latest few: a reopened incident keeps its start, and may be older than those declared since.
 */
export async function currentIncident(db: FirebreakDb): Promise<Incident | undefined> {
  const open = await db.incidents
    .orderBy('startedAt')
    .reverse()
    .filter((incident) => !isResolved(incident))
    .first();
  return open && readIncident(open);
}

/** The incident resolved most recently (lastResolvedOf). */
export async function lastResolvedIncident(db: FirebreakDb): Promise<Incident | undefined> {
  return lastResolvedOf((await db.incidents.toArray()).map(readIncident));
}

/** Every incident, the latest first: the dashboard keeps earlier ones and their post-mortems within reach. */
export async function listIncidents(db: FirebreakDb): Promise<Incident[]> {
  return (await db.incidents.orderBy('startedAt').reverse().toArray()).map(readIncident);
}

/**
 * A declaration as the worker stores it, whichever way it was declared: the popup and the dashboard send the
 * alert behind the status they show (the latest rise), a notification's button the alert it told. Both are
 * widened to the episode that alert belongs to (declarationFromEpisode: the incident starts at its first
 * alert that came after the last incident was resolved; at `now`, the declaration, when every alert of it came
 * before). An alert that was never recorded (a full disk) stays as sent; so does a start given by the caller.
 */
export async function declarationOfEpisode(db: FirebreakDb, input: DeclareInput, now: number = Date.now()): Promise<DeclareInput> {
  const alert = input.alert;
  if (!alert || input.startedAt !== undefined) return input;
  // The platform the incident names, or (a place that is no platform of Firebreak's) the same words.
  const record = await db.alerts
    .where('time')
    .equals(alert.time)
    .filter((candidate) => (input.platform === undefined ? candidate.reason === alert.reason : candidate.platform === input.platform))
    .first();
  if (!record) return input;
  // Alerts from before the last incident was resolved were that incident's (it was resolved with the level
  // still raised, and the spike grew again): the new one starts after it, as the popup's "handled" reads it.
  // Declared from one of those (an old notification's button) with newer alerts since, it is the newer ones'.
  const handledUntil = (await lastResolvedIncident(db))?.resolvedAt ?? -Infinity;
  const whole = episodeOf(await db.alerts.where('platform').equals(record.platform).toArray(), record);
  const fresh = whole.filter((candidate) => candidate.time > handledUntil);
  // Every alert of it came before that resolution (the team declares again from the status it still
  // shows): nothing new was detected, so the clock starts at the declaration, the alert its trigger. Started
  // at the alert, the second incident's clock counted the first one's hours and every step was overdue the
  // moment it began.
  const handled = fresh.length === 0;
  const declared = declarationFromEpisode(handled ? [record] : fresh, input.source ?? 'alert', () => input.title);
  return { ...declared, ...(handled ? { startedAt: now } : {}), ...(input.id === undefined ? {} : { id: input.id }) };
}

/**
 * Applies a change to one stored incident. The change returns the same object when it changes
 * nothing, and then nothing is written.
 */
export async function updateIncident(db: FirebreakDb, id: string, change: (incident: Incident) => Incident): Promise<Incident | undefined> {
  return db.transaction('rw', db.incidents, async () => {
    const stored = await db.incidents.get(id);
    if (!stored) return undefined;
    const before = readIncident(stored);
    const after = change(before);
    if (after !== before) await db.incidents.put(after);
    return after;
  });
}

/**
 * Reopens a resolved incident (reopenIncident), unless another incident is open: Firebreak works on one
 * at a time, so that one must be resolved first, and the error says so. Checked and written in one
 * transaction. Undefined when the incident is gone.
 */
export async function reopenStoredIncident(db: FirebreakDb, id: string, now: number, reason?: string): Promise<Incident | undefined> {
  return db.transaction('rw', db.incidents, async () => {
    const stored = await db.incidents.get(id);
    if (stored && isResolved(stored)) {
      const open = await currentIncident(db);
      if (open) throw new Error(INCIDENT_MESSAGES.reopenRefused(open.title));
    }
    return updateIncident(db, id, (incident) => reopenIncident(incident, now, reason));
  });
}

/**
 * Saves the post-mortem lessons with the incident, as typed. One read-and-write transaction, so a
 * change the worker makes at the same moment is kept. Undefined when the incident is gone.
 */
export async function saveLessons(db: FirebreakDb, id: string, lessons: IncidentLessons): Promise<Incident | undefined> {
  return updateIncident(db, id, (incident) => setLessons(incident, lessons));
}

const HOUR = 60 * 60_000;

/**
 * The span a post-mortem covers: the hour before the incident began (the build-up) to its resolution,
 * or `now` while it is open, widened to whole hours since the figures come from hourly buckets. `from`
 * is the start of the hour holding `startedAt - 1h`, `to` (exclusive) the end of the hour holding the
 * end. The figures and the key terms count the mentions of this span; the baseline is what came before.
 */
export function incidentWindow(incident: Incident, now: number): { from: number; to: number } {
  return { from: bucketStart(incident.startedAt - HOUR, '1h'), to: bucketStart(incident.resolvedAt ?? now, '1h') + HOUR };
}

/**
 * The busiest hour of [from, to): the most mentions in 60 minutes from any 5-minute mark, as the alerts'
 * rolling windows count them ("412 mentions in the last hour"), so the report's peak is never below an
 * alert's figure for the same hour (the busiest clock hour could be: a wave across 15:00 splits in two).
 * The 5-minute aggregates are pruned with the hourly ones (pruneBefore), so they are there whenever the
 * hourly ones are. A window starting on the hour counts the hourly aggregate instead, which also holds the
 * mentions known only to the hour ("2h ago" on the page), which have no 5-minute slot. Between windows of
 * as many mentions, one starting on an empty slot gives way to the next: the peak starts with its mentions.
 */
export function busiestHour(fiveMinutes: readonly Bucket[], hourly: readonly Bucket[], from: number, to: number): { start: number; count: number } | undefined {
  const step = BUCKET_MS['5m'];
  const slots = Math.max(0, Math.round((to - from) / step));
  const perSlot = new Array<number>(slots).fill(0);
  for (const bucket of fiveMinutes) {
    const slot = Math.round((bucket.start - from) / step);
    if (slot >= 0 && slot < slots) perSlot[slot]! += bucket.count;
  }
  const perHour = new Map<number, number>();
  for (const bucket of hourly) perHour.set(bucket.start, (perHour.get(bucket.start) ?? 0) + bucket.count);
  const slotsPerHour = HOUR / step;
  let best: { start: number; count: number; slot: number } | undefined;
  let rolling = perSlot.slice(0, slotsPerHour).reduce((sum, count) => sum + count, 0);
  for (let slot = 0; slot + slotsPerHour <= slots; slot++) {
    if (slot > 0) rolling += perSlot[slot + slotsPerHour - 1]! - perSlot[slot - 1]!;
    const start = from + slot * step;
    const count = Math.max(rolling, perHour.get(start) ?? 0);
    if (count === 0) continue;
    if (!best || count > best.count || (count === best.count && perSlot[best.slot] === 0)) best = { start, count, slot };
  }
  return best && { start: best.start, count: best.count };
}

/** The figures of a post-mortem, from the aggregates of the incident's window (incidentWindow). */
export async function incidentFigures(db: FirebreakDb, incident: Incident, now: number, keyTerms: string[] = []): Promise<PostMortemFigures> {
  const { from, to } = incidentWindow(incident, now);
  const hourly = (await bucketsSince(db, '1h', from)).filter((bucket) => bucket.start < to);
  const fiveMinutes = (await bucketsSince(db, '5m', from)).filter((bucket) => bucket.start < to);
  const perPlatform = new Map<string, { mentions: number; negatives: number }>();
  let total = 0;
  let negatives = 0;
  for (const bucket of hourly) {
    const platform = perPlatform.get(bucket.platform) ?? { mentions: 0, negatives: 0 };
    platform.mentions += bucket.count;
    platform.negatives += bucket.negatives;
    perPlatform.set(bucket.platform, platform);
    total += bucket.count;
    negatives += bucket.negatives;
  }
  const peak = busiestHour(fiveMinutes, hourly, from, to);
  const before = await bucketsSince(db, '1h', from - 7 * 24 * HOUR);
  // "Normal" is the week before, without the hours of earlier incidents: a second crisis is not
  // measured against the first one's angry wave.
  const others = (await listIncidents(db)).filter((other) => other.id !== incident.id && other.startedAt < incident.startedAt).map((other) => incidentWindow(other, now));
  const baseline = before.filter((bucket) => bucket.start < from && !others.some((window) => bucket.start >= window.from && bucket.start < window.to));
  const baselineCount = baseline.reduce((sum, bucket) => sum + bucket.count, 0);
  const baselineNegatives = baseline.reduce((sum, bucket) => sum + bucket.negatives, 0);
  return {
    peakMentionsPerHour: peak?.count ?? 0,
    peakAt: peak?.start ?? null,
    peakRolling: true,
    totalMentions: total,
    negativeShare: total > 0 ? negatives / total : 0,
    baselineNegativeShare: baselineCount > 0 ? baselineNegatives / baselineCount : null,
    platforms: [...perPlatform.entries()].map(([platform, { mentions, negatives: neg }]) => ({
      platform,
      mentions,
      negativeShare: mentions > 0 ? neg / mentions : 0,
    })),
    keyTerms,
    window: { from, to },
    countedAt: now,
  };
}
