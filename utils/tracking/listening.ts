// The service worker's listening loop: fold new bucket aggregates into the persisted detector
// state, raise alerts once per spike, and say why. Browser side effects (badge, notification)
// are handed in, so the loop is tested without a browser.
import { keyTerms } from '../analysis';
import { platformName } from '../platforms/types';
import type { ListeningStatus } from '../settings';
import { topicText } from './addresses';
import { BUCKET_MS, TELL_LATE_MS, type AlertRecord, type Bucket, type FirebreakDb } from './db';
import {
  ENGLISH_REASON_MESSAGES,
  evaluateSpikes,
  formatReason,
  spikeStatus,
  type MentionBucket,
  type PlatformDetectorState,
  type PlatformStatus,
  type ReasonMessages,
  type SpikeAlert,
  type SpikeDetectorState,
} from './detect';
import { leadingStatus, levelRank, type CrisisLevel } from './levels';
import { bucketsSince } from './mentions';
import type { SpikeThresholds } from './thresholds';
import { describeStorageError } from './storage-errors';

/** Open 5-minute slots the detector still accepts changes to. */
const RECENT_MS = 3 * 60 * 60_000;
/** History that seeds a platform's baseline on its first evaluation. */
const SEED_MS = 28 * 24 * 60 * 60_000;
const KEY_TERM_WINDOW_MS = 60 * 60_000;

/**
 * What telling the user of an alert needs: also what a stored alert record holds. `withinCoolDown`: a rise the
 * cool-down keeps from the user and the team (AlertRecord.withinCoolDown), which an incident being worked on
 * still writes on its timeline.
 */
export type AlertToTell = Pick<SpikeAlert, 'platform' | 'time' | 'level' | 'previousLevel' | 'reason'> & Pick<AlertRecord, 'withinCoolDown'>;

export interface ListeningDeps {
  db: FirebreakDb;
  now: number;
  thresholds: SpikeThresholds;
  /** The brand's own words, left out of "about:" (a spike about Brewly is not news to Brewly). */
  ownWords?: ReadonlySet<string>;
  /** Per platform, when a listening source for it was last turned on (EvaluateOptions.coverageFrom). */
  coverageFrom?: Readonly<Record<string, number>>;
  /** Per platform, from when mentions are this brand's: when it was renamed to a different brand (EvaluateOptions.countFrom). */
  countFrom?: Readonly<Record<string, number>>;
  /** The words of reasons: the locale's (reason-messages.ts); English when not given. */
  messages?: ReasonMessages;
  loadState(): Promise<SpikeDetectorState | null>;
  saveState(state: SpikeDetectorState): Promise<void>;
  saveStatus(status: ListeningStatus): Promise<void>;
  /** Shows the level on the toolbar. */
  showLevel(level: CrisisLevel): Promise<void>;
  /**
   * Tells the user about a new alert (the caller decides about snooze and mute); of a rise within the
   * cool-down (`withinCoolDown`), tells only the incident's timeline.
   */
  notify(alert: AlertToTell): Promise<void>;
}

const toDetectorBucket = (bucket: Bucket): MentionBucket => ({
  platform: bucket.platform,
  bucketStart: bucket.start,
  count: bucket.count,
  negatives: bucket.negatives,
  sentimentSum: bucket.sentimentSum,
  durationMs: BUCKET_MS[bucket.size],
});

/** The buckets to fold in: the open slots, plus closed hours for platforms seen for the first time. */
async function bucketsToFold(db: FirebreakDb, state: SpikeDetectorState | null, now: number): Promise<MentionBucket[]> {
  const recentFrom = Math.floor((now - RECENT_MS) / BUCKET_MS['1h']) * BUCKET_MS['1h'];
  const recent = await bucketsSince(db, '5m', recentFrom);
  const known = new Set(Object.keys(state?.platforms ?? {}));
  const newcomers = new Set(recent.map((bucket) => bucket.platform).filter((platform) => !known.has(platform)));
  const hourly = await bucketsSince(db, '1h', now - SEED_MS);
  for (const bucket of hourly) if (!known.has(bucket.platform)) newcomers.add(bucket.platform);
  const seed = hourly.filter((bucket) => newcomers.has(bucket.platform) && bucket.start < recentFrom);
  return [...seed, ...recent].map(toDetectorBucket);
}

/** What the newest negative mentions are about, against the day before (the "about:" of a reason). */
export async function spikeKeyTerms(
  db: FirebreakDb,
  platform: string,
  now: number,
  limit = 3,
  ownWords: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const recent = await db.mentions.where('time').between(now - KEY_TERM_WINDOW_MS, now + 1).toArray();
  const before = await db.mentions.where('time').between(now - 24 * KEY_TERM_WINDOW_MS, now - KEY_TERM_WINDOW_MS).limit(2000).toArray();
  const ofPlatform = (list: typeof recent) => list.filter((mention) => mention.platform === platform);
  // Read without e-mail addresses, links and HTML-looking tags: none is what a spike is about.
  const spikeTexts = ofPlatform(recent)
    .filter((mention) => mention.sentiment === 'negative' || mention.sentiment === 'mixed')
    .map((mention) => topicText(mention.excerpt));
  if (spikeTexts.length < 2) return [];
  return keyTerms(spikeTexts, ofPlatform(before).map((mention) => topicText(mention.excerpt)), { limit: limit + 2 * ownWords.size })
    .map((term) => term.term)
    .filter((term) => !namesTheBrand(term, ownWords))
    .slice(0, limit);
}

/**
 * A key term that is, holds or is made of the brand's own words: "brewly", "brewly kettle",
 * "boycottbrewlycoffee" (a hashtag), and "coffee" for a brand called "Brewly Coffee".
 */
function namesTheBrand(term: string, ownWords: ReadonlySet<string>): boolean {
  const lower = term.toLowerCase();
  const words = lower.split(/\s+/);
  const squashed = lower.replace(/[\s_-]+/g, '');
  for (const own of ownWords) {
    const ownParts = own.split(/\s+/);
    if (ownParts.some((part) => part.length >= 3 && words.includes(part))) return true;
    if (own.length >= 4 && squashed.includes(own.replace(/[\s_-]+/g, ''))) return true;
  }
  return false;
}

/** Alerts a stopped worker recorded but never told, recent enough to be news. */
async function untoldAlerts(db: FirebreakDb, now: number): Promise<Array<{ id: number; alert: AlertToTell }>> {
  const records = await db.alerts
    .where('time')
    .between(now - TELL_LATE_MS, now + 1)
    .filter((record) => record.notified === false)
    .toArray();
  return records.map((record) => ({ id: record.id!, alert: record }));
}

/** Tells each alert; one recorded (with an id) is marked told. One a full disk could not record has no id. */
async function tell(db: FirebreakDb, alerts: ReadonlyArray<{ id?: number; alert: AlertToTell }>, notify: ListeningDeps['notify']): Promise<void> {
  for (const { id, alert } of alerts) {
    try {
      await notify(alert);
      if (id !== undefined) await db.alerts.update(id, { notified: true });
    } catch (error) {
      // Told on the next evaluation instead; one failure never keeps the others back.
      console.warn('[Firebreak] could not tell of an alert', error);
    }
  }
}

/** What a starting worker does first: tells the alerts a stopped one recorded but could not tell. */
export async function tellUntoldAlerts(db: FirebreakDb, now: number, notify: ListeningDeps['notify']): Promise<number> {
  const untold = await untoldAlerts(db, now);
  await tell(db, untold, notify);
  return untold.length;
}

/** For each platform above normal, the key terms of its latest alert (the one that raised it, or later). */
async function aboutOfElevated(db: FirebreakDb, state: SpikeDetectorState): Promise<Record<string, string[]>> {
  const about: Record<string, string[]> = {};
  for (const [platform, detector] of Object.entries(state.platforms)) {
    if (detector.levels.level === 'normal') continue;
    const from = Math.min(detector.levels.since, detector.levels.lastAlertAt ?? detector.levels.since);
    const records = await db.alerts.where('time').aboveOrEqual(from).filter((record) => record.platform === platform).toArray();
    const latest = records.reduce<(typeof records)[number] | undefined>((last, record) => (!last || record.time >= last.time ? record : last), undefined);
    if (latest?.keyTerms?.length) about[platform] = latest.keyTerms;
  }
  return about;
}

/**
 * The reason says whose figures it gives: "X: 44 mentions in the last 5 minutes, …" with one platform above
 * normal (beside the 24-hour summary and the chart of every platform, unnamed figures read as all platforms'),
 * and with more, which others are raised: "Reddit: 18 mentions in the last 10 minutes, 55× normal …; also X (crisis)".
 * The alert's own reason stays unnamed: its notification's title and its record name the platform.
 */
function reasonWithPlatforms(reason: string | null, platform: string, statuses: readonly PlatformStatus[], messages: ReasonMessages): string | null {
  const others = statuses.flatMap((status) =>
    status.platform !== platform && status.level !== 'normal' ? [{ platform: status.platform, level: status.level }] : [],
  );
  if (reason === null) return null;
  if (others.length === 0) return messages.onePlatform(platformName(platform), reason);
  const also = others.map((other) => messages.otherPlatform(platformName(other.platform), other.level)).join(messages.listSeparator());
  return messages.alsoRaised(platformName(platform), reason, also);
}

export interface EvaluationResult {
  /** The alerts raised, recorded and told. */
  alerts: SpikeAlert[];
  /** The rises within the cool-down, recorded but not told (SpikeEvaluation.quietRises). */
  quietRises: SpikeAlert[];
  status: ListeningStatus;
}

/**
 * Whether this rise is recorded already. A worker stopped after recording a rise but before saving its state
 * raises it again from the old state: a record of this platform, at this level or higher, made after the
 * saved level was entered, is that rise (a saved rise would have moved the level's start past it). A
 * platform with no saved state yet looks back over the cool-down: within it, an alert of this level or
 * higher is that one. An older record (a spike back to normal since) is another rise's.
 */
async function alreadyRecorded(db: FirebreakDb, rise: SpikeAlert, saved: PlatformDetectorState | undefined, coolDownMinutes: number): Promise<boolean> {
  const since = saved ? db.alerts.where('time').above(saved.levels.since) : db.alerts.where('time').aboveOrEqual(rise.time - coolDownMinutes * 60_000);
  const recorded = await since.filter((record) => record.platform === rise.platform && levelRank(record.level) >= levelRank(rise.level)).first();
  return recorded !== undefined;
}

/** One evaluation: safe to run on every alarm and after every batch of mentions. */
export async function evaluateListening(deps: ListeningDeps, storageProblem: string | null = null): Promise<EvaluationResult> {
  const { db, now } = deps;
  const messages = deps.messages ?? ENGLISH_REASON_MESSAGES;
  const state = await deps.loadState();
  const buckets = await bucketsToFold(db, state, now);
  const evaluation = evaluateSpikes(state, buckets, now, deps.thresholds, { coverageFrom: deps.coverageFrom, countFrom: deps.countFrom, messages });

  const alerts: SpikeAlert[] = [];
  const quietRises: SpikeAlert[] = [];
  const toTell: Array<{ id?: number; alert: AlertToTell }> = await untoldAlerts(db, now);
  let problem = storageProblem;
  const rises = [...evaluation.alerts.map((rise) => ({ rise, quiet: false })), ...evaluation.quietRises.map((rise) => ({ rise, quiet: true }))];
  for (const { rise, quiet } of rises) {
    if (await alreadyRecorded(db, rise, state?.platforms[rise.platform], deps.thresholds.coolDownMinutes)) continue;
    const terms = await spikeKeyTerms(db, rise.platform, now, 3, deps.ownWords).catch(() => []);
    const explained = { ...rise, reason: formatReason(rise.evidence, terms, messages) };
    (quiet ? quietRises : alerts).push(explained);
    let id: number | undefined;
    try {
      id = await db.alerts.add({
        time: explained.time,
        platform: explained.platform,
        level: explained.level,
        previousLevel: explained.previousLevel,
        reason: explained.reason,
        keyTerms: terms,
        // Within the cool-down: recorded for its episode, told to the incident's timeline only (notify).
        notified: false,
        ...(quiet ? { withinCoolDown: true as const } : {}),
      });
    } catch (error) {
      // A full disk must not silence a crisis: the level is still shown and the alert told, only not
      // recorded. The state saved below keeps it from being raised again.
      const full = describeStorageError(error);
      if (full === null) throw error;
      problem ??= full;
    }
    toTell.push({ ...(id === undefined ? {} : { id }), alert: quiet ? { ...explained, withinCoolDown: true } : explained });
  }
  await deps.saveState(evaluation.state);

  // A spike's "about:" stays in the status after the evaluation that raised it: from its alert.
  const statuses = spikeStatus(evaluation.state, { keyTerms: await aboutOfElevated(db, evaluation.state), messages });
  // The highest level; between equals, the latest rise (the newest news), not the first in the alphabet.
  const top = leadingStatus(statuses);
  const level: CrisisLevel = top?.level ?? 'normal';
  // A rise within the cool-down is news in the popup as any other, only not told.
  const reasonFromAlert = [...alerts, ...quietRises].find((alert) => alert.platform === top?.platform)?.reason;
  const topReason = reasonFromAlert ?? top?.reason ?? null;
  const status: ListeningStatus = {
    level,
    reason: level === 'normal' || top === undefined ? null : reasonWithPlatforms(topReason, top.platform, statuses, messages),
    reasonAt: level === 'normal' ? null : reasonFromAlert !== undefined ? now : (top?.reasonAt ?? null),
    since: top?.since ?? now,
    evaluatedAt: now,
    platforms: statuses,
    storageProblem: problem,
  };
  await deps.saveStatus(status);
  // The toolbar badge never keeps the notification back: told even if drawing the badge fails.
  await Promise.resolve(deps.showLevel(level)).catch((error: unknown) => console.error('[Firebreak] toolbar badge', error));
  await tell(db, toTell, deps.notify);
  return { alerts, quietRises, status };
}
