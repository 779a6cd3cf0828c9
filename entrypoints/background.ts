import { i18n } from '#i18n';
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { openExtensionTab } from '@/utils/extension-tab';
import { onMessage } from '@/utils/messaging';
import { syncInstanceScripts } from '@/utils/platforms/instance-scripts';
import { addNote, completeStep, declarationFromAlert, declareIncident, promiseUpdate, recordAlert, recordDraftedReply, renameIncident, resolveIncident, setIncidentIssue, stepEditable, uncompleteStep } from '@/utils/plan/incident';
import { currentIncident, declarationOfEpisode, reopenStoredIncident, updateIncident } from '@/utils/plan/store';
import { keepIncidentFigures } from '@/utils/plan/freeze';
import { alerting, brandLexicon, brandProfile, brandSeen, crisisPlan, mastodonHosts, detectorState, listeningStatus, retentionDays, snoozeWatch, spikeThresholds } from '@/utils/settings';
import { alertOfNotification, NOTIFICATION_PREFIX, notificationsSilenced, notifyAlert, notifySnoozeSummary, showLevel, SNOOZE_MS, SNOOZE_SUMMARY_PREFIX } from '@/utils/tracking/alerting';
import { brandWords, type BrandProfile } from '@/utils/tracking/brand';
import { coverageWithBrand, noteBrand } from '@/utils/tracking/brand-change';
import { database } from '@/utils/tracking/db';
import { analysisRules, ingestPosts, recordHealth, saveCorrection } from '@/utils/tracking/ingest';
import { createJudgeService, type JudgeSettings } from '@/utils/tracking/judge-service';
import { evaluateListening, tellUntoldAlerts, type AlertToTell } from '@/utils/tracking/listening';
import { wipeAll } from '@/utils/tracking/mentions';
import { localeReasonMessages } from '@/utils/tracking/reason-messages';
import { pruneOnRetentionChange, PRUNE_ALARM, PRUNE_ALARM_PERIOD_MINUTES, retentionCutoff } from '@/utils/tracking/retention';
import { checkSnooze, holdForSnooze } from '@/utils/tracking/snooze';
import { describeStorageError } from '@/utils/tracking/storage-errors';
import { pollSources } from '@/utils/sources/background';
import { deleteSecrets, ensureSecretsMigrated } from '@/utils/sources/secrets';
import { SOURCES_ALARM, SOURCES_ALARM_PERIOD_MINUTES } from '@/utils/sources/poller';
import { sourcesSettings, type SourcesSettings } from '@/utils/sources/settings';
import { levelChangeEvent, notifyTeam, sendTeamAlert } from '@/utils/sources/webhooks';
import { incidentTitle } from '@/components/popup/incidentTitle';
import { timeOrDate } from '@/components/popup/time';
import { welcomeSection } from '@/utils/welcome';

const EVALUATE_ALARM = 'evaluate';

// Wiring only. The worker may be stopped at any moment: everything it knows lives in IndexedDB
// and extension storage, and every evaluation starts from there.
export default defineBackground(() => {
  /**
   * Whether this worker's last write of mentions failed for lack of space (the message), or succeeded (null).
   * Undefined until this worker has written: a fresh worker keeps what the saved status says, so a stopped
   * worker's "disk is full" is not wiped by the next minute's evaluation while no write has succeeded.
   */
  let storageProblem: string | null | undefined;

  /**
   * Tells of an alert: the team's chat, the incident's timeline, a desktop notification. A rise within the
   * cool-down goes on the timeline only: the level rose again while the team was at work, which its
   * post-mortem tells, but nobody is alerted twice for one spike.
   */
  const tellOfAlert = async (alert: AlertToTell) => {
    // The team's chat hears of it too, without ever holding up the notification.
    if (!alert.withinCoolDown) notifyTeam(levelChangeEvent(alert));
    // An incident being worked on writes its own timeline; a failed write (a full disk) never holds up the notification.
    try {
      const incident = await currentIncident(database());
      if (incident) await updateIncident(database(), incident.id, (current) => recordAlert(current, alert));
    } catch (error) {
      console.error('[Firebreak] could not write the alert into the incident', error);
    }
    if (alert.withinCoolDown) return;
    const settings = await alerting.getValue();
    if (notificationsSilenced(settings, Date.now())) {
      // Held by a snooze (not a mute): told, with the others, when the snooze ends.
      if (!settings.muted) {
        const watch = await snoozeWatch.getValue();
        const held = holdForSnooze(watch, settings, alert.time);
        if (held !== watch) await snoozeWatch.setValue(held);
      }
      return;
    }
    // Told once, whether or not the desktop shows it: a failed notification (blocked, an icon that cannot
    // load) retried every minute would post the same alert to the team's chat and the incident each time.
    // The toolbar badge and the popup say it anyway.
    try {
      await notifyAlert(alert, import.meta.env.CHROME || import.meta.env.EDGE);
    } catch (error) {
      console.error('[Firebreak] the desktop notification failed', error);
    }
  };

  /** When each platform's listening source was last turned on: its volume is measured anew from then. */
  const coverageOf = (sources: SourcesSettings): Record<string, number> => {
    const from: Record<string, number> = {};
    const byPlatform = [['bluesky', sources.bluesky], ['mastodon', sources.mastodon], ['reddit', sources.reddit]] as const;
    for (const [platform, source] of byPlatform) if (source.enabled && source.enabledAt !== undefined) from[platform] = source.enabledAt;
    return from;
  };

  /** A snooze that ended tells, once, what it held back (see tracking/snooze.ts). Call within the evaluation lock. */
  const lookAtSnooze = async () => {
    try {
      const now = Date.now();
      await checkSnooze({
        db: database(),
        now,
        settings: await alerting.getValue(),
        loadWatch: () => snoozeWatch.getValue(),
        saveWatch: (watch) => snoozeWatch.setValue(watch),
        show: notifySnoozeSummary,
        timeOf: (ms) => timeOrDate(ms, now),
      });
    } catch (error) {
      console.error('[Firebreak] snooze', error);
    }
  };

  /** When the brand last became a different brand (see tracking/brand-change.ts): every platform relearns from then. */
  const brandChangedAt = async (profile: BrandProfile, now: number) => {
    const seen = await brandSeen.getValue();
    const next = noteBrand(seen, profile, now);
    if (next !== seen) await brandSeen.setValue(next);
    return next.changedAt;
  };

  /** One evaluation at a time across this worker's events (and any restart of it). */
  const evaluate = () =>
    navigator.locks.request('firebreak-evaluate', async () => {
      await lookAtSnooze();
      try {
        const now = Date.now();
        const profile = await brandProfile.getValue();
        const renamedAt = await brandChangedAt(profile, now);
        await evaluateListening(
          {
            db: database(),
            now,
            thresholds: await spikeThresholds.getValue(),
            ownWords: brandWords(profile),
            coverageFrom: coverageWithBrand(coverageOf(await sourcesSettings.getValue()), renamedAt),
            countFrom: coverageWithBrand({}, renamedAt),
            messages: localeReasonMessages,
            loadState: () => detectorState.getValue(),
            saveState: (state) => detectorState.setValue(state),
            saveStatus: (status) => listeningStatus.setValue(status),
            showLevel,
            notify: tellOfAlert,
          },
          storageProblem === undefined ? ((await listeningStatus.getValue())?.storageProblem ?? null) : storageProblem,
        );
      } catch (error) {
        console.error('[Firebreak] evaluation failed', error);
      }
    });

  let evaluateSoon: ReturnType<typeof setTimeout> | undefined;
  const scheduleEvaluation = () => {
    evaluateSoon ??= setTimeout(() => {
      evaluateSoon = undefined;
      void evaluate();
    }, 1_500);
  };

  /** The brand and the user's lexicon as stored now, in one storage read. */
  const judgeSettings = async (): Promise<JudgeSettings> => {
    const [profile, lexicon] = await storage.getItems([brandProfile, brandLexicon]);
    return { profile: profile?.value as BrandProfile, lexicon: lexicon?.value as JudgeSettings['lexicon'] };
  };
  /** The rules the analyser applies with them: the user's lexicon, their corrections and the brand's own terms held neutral. */
  const rulesFor = ({ profile, lexicon }: JudgeSettings) => analysisRules(database(), lexicon, profile);
  const currentRules = async () => rulesFor(await judgeSettings());
  /**
   * Reads the posts pages find (off their main thread). What it keeps is checked against the stored brand and
   * lexicon on every message (this worker hears of a change only some time after it was written), and dropped
   * when a correction is saved or everything is wiped.
   */
  const judges = createJudgeService({ loadSettings: judgeSettings, loadRules: rulesFor });

  /** The listening sources the user turned on, each when it is due; one run at a time. */
  const pollListeningSources = () =>
    navigator.locks
      .request('firebreak-sources', async () => {
        const summary = await pollSources(database(), currentRules);
        if (summary.mentionsAdded > 0) scheduleEvaluation();
      })
      .catch((error: unknown) => console.error('[Firebreak] sources', error));

  // The secrets an earlier version kept in storage.local (which content scripts can read) move to the
  // secrets store: looked for at every start, nothing to do once moved (see utils/sources/secrets.ts).
  void ensureSecretsMigrated().catch((error: unknown) => console.error('[Firebreak] secrets', error));

  // A worker that starts tells any alert a stopped one recorded but could not tell (after a snooze
  // that ended meanwhile has told what it held).
  void navigator.locks
    .request('firebreak-evaluate', async () => {
      await lookAtSnooze();
      await tellUntoldAlerts(database(), Date.now(), tellOfAlert);
    })
    .catch((error: unknown) => console.error('[Firebreak] untold alerts', error));

  // A snooze set or resumed is seen at once, not at the next minute's evaluation.
  alerting.watch(() => void navigator.locks.request('firebreak-evaluate', lookAtSnooze));
  // A brand changed to a different one relearns at once: the popup says so without waiting a minute.
  // Other edits of the profile wait for the next evaluation, as before.
  brandProfile.watch((profile) => {
    void brandSeen.getValue().then((seen) => {
      if (noteBrand(seen, profile, Date.now()).changedAt !== (seen?.changedAt ?? null)) scheduleEvaluation();
    });
  });

  // A source just turned on (or changed) is asked at once rather than at the next alarm.
  sourcesSettings.watch(() => void pollListeningSources());

  onMessage('content→background:postsSeen', async ({ data }) => {
    try {
      const now = Date.now();
      // The prune's own cut-off: a post it would keep is stored, one it would delete is not (retention.ts).
      const keepFrom = retentionCutoff(await retentionDays.getValue(), now);
      const result = await ingestPosts(database(), data, now, (await brandProfile.getValue()).handles, keepFrom);
      if (storageProblem !== null) {
        // Written again: a warning saved before (by this worker or a stopped one) goes at once.
        storageProblem = null;
        const status = await listeningStatus.getValue();
        if (status?.storageProblem) await listeningStatus.setValue({ ...status, storageProblem: null });
      }
      if (result.mentionsAdded > 0) scheduleEvaluation();
      return result;
    } catch (error) {
      // A full disk must never crash the worker: say so where the user looks, keep going.
      storageProblem = describeStorageError(error);
      if (!storageProblem) throw error;
      const status = await listeningStatus.getValue();
      if (status) await listeningStatus.setValue({ ...status, storageProblem });
      return { added: 0, seenAgain: 0, mentionsAdded: 0 };
    }
  });
  onMessage('content→background:analysisRules', currentRules);
  onMessage('content→background:judge', ({ data }) => judges.judge(data));
  onMessage('content→background:correction', async ({ data }) => {
    await saveCorrection(database(), data);
    judges.forget();
    scheduleEvaluation();
    return currentRules();
  });
  onMessage('page→background:wipe', async () => {
    await navigator.locks.request('firebreak-evaluate', async () => {
      await wipeAll(database());
      // The secrets too: the webhook address and any source's token (team alerts are turned off).
      await deleteSecrets();
      judges.forget();
      await detectorState.setValue(null);
      await listeningStatus.setValue(null);
      await showLevel('normal');
    });
  });
  // Incidents: every change goes through here, one at a time.
  // lib.dom types the lock's result as Promise<Promise<T>>; it resolves to T.
  const withIncidents = <T>(work: () => Promise<T>): Promise<T> => navigator.locks.request('firebreak-incidents', work) as Promise<T>;
  onMessage('page→background:declareIncident', ({ data }) =>
    withIncidents(async () => {
      const open = await currentIncident(database());
      if (open) return open;
      // Every way of declaring gives the same incident: from the first alert of its episode (declarationOfEpisode).
      const now = Date.now();
      const incident = declareIncident(await crisisPlan.getValue(), await declarationOfEpisode(database(), data, now), now);
      await database().incidents.put(incident);
      return incident;
    }),
  );
  onMessage('page→background:setStep', ({ data }) =>
    withIncidents(() =>
      updateIncident(database(), data.incidentId, (incident) => {
        // A page open from before the incident was resolved (elsewhere) still offers its crisis steps: the
        // plan leaves them as they are, and the page is told why rather than answered as if it worked.
        const step = incident.checklist.find((candidate) => candidate.id === data.stepId);
        if (step && !stepEditable(incident, step)) throw new Error(i18n.t('incident.stepClosed'));
        return data.done ? completeStep(incident, data.stepId, data.byRoleId, Date.now()) : uncompleteStep(incident, data.stepId, Date.now());
      }),
    ),
  );
  onMessage('page→background:renameIncident', ({ data }) =>
    withIncidents(() => updateIncident(database(), data.incidentId, (incident) => renameIncident(incident, data.title, Date.now()))),
  );
  onMessage('page→background:setIncidentIssue', ({ data }) =>
    withIncidents(() => updateIncident(database(), data.incidentId, (incident) => setIncidentIssue(incident, data.issue, Date.now()))),
  );
  onMessage('page→background:promiseUpdate', ({ data }) =>
    withIncidents(() => updateIncident(database(), data.incidentId, (incident) => promiseUpdate(incident, data.at, Date.now()))),
  );
  onMessage('page→background:addNote', ({ data }) =>
    withIncidents(() => updateIncident(database(), data.incidentId, (incident) => addNote(incident, data.text, Date.now()))),
  );
  onMessage('page→background:resolveIncident', ({ data }) =>
    withIncidents(() => updateIncident(database(), data.incidentId, (incident) => resolveIncident(incident, Date.now(), data.summary))),
  );
  // Open again, it is the current incident everywhere (popup, dashboard, the coach's approval reminder),
  // all of which read the database: nothing else to tell, as resolving tells nothing. The badge shows
  // the measured level, not whether an incident is open.
  onMessage('page→background:reopenIncident', ({ data }) =>
    withIncidents(() => reopenStoredIncident(database(), data.incidentId, Date.now(), data.reason)),
  );
  onMessage('content→background:replyInserted', ({ data }) =>
    withIncidents(async () => {
      const incident = await currentIncident(database());
      // A draft in a reply box, not a response: the team ticks the response step once it is posted.
      if (incident) await updateIncident(database(), incident.id, (current) => recordDraftedReply(current, data, Date.now()));
    }),
  );
  onMessage('content→background:updatePromised', ({ data }) =>
    withIncidents(async () => {
      const incident = await currentIncident(database());
      if (incident) await updateIncident(database(), incident.id, (current) => promiseUpdate(current, data.at, Date.now()));
    }),
  );
  onMessage('content→background:openIncident', async () => {
    const incident = await currentIncident(database());
    if (!incident) return null;
    return { ...(incident.issue ? { issue: incident.issue } : {}), ...(incident.updatePromisedAt !== undefined ? { updatePromisedAt: incident.updatePromisedAt } : {}) };
  });
  onMessage('page→background:teamUpdate', ({ data }) => sendTeamAlert({ type: 'internal-update', text: data.text, level: data.level, time: Date.now() }));
  onMessage('content→background:health', ({ data }) => recordHealth(database(), data.platform, data.postsFound));

  // Retention: pruned at once when the setting changes, and on the alarm (a worker may miss a change).
  const logPruneError = (error: unknown) => console.error('[Firebreak] pruning failed', error);
  const { prune } = pruneOnRetentionChange({
    retention: retentionDays,
    db: database,
    onError: logPruneError,
    // A resolved incident's report keeps its figures when the prune deletes what they count.
    beforePrune: async (db, cutoff, now) => keepIncidentFigures(db, now, brandWords(await brandProfile.getValue()), cutoff),
  });

  // The periodic work. Alarms need not outlive the browser (Firefox never keeps them, Chrome may clear them on a
  // restart), and no onInstalled comes then: every start of the worker makes sure they exist. An install or an
  // update sets them afresh, with this version's periods.
  const ALARMS: ReadonlyArray<[string, Browser.alarms.AlarmCreateInfo]> = [
    [EVALUATE_ALARM, { periodInMinutes: 1 }],
    [PRUNE_ALARM, { periodInMinutes: PRUNE_ALARM_PERIOD_MINUTES, delayInMinutes: 1 }],
    [SOURCES_ALARM, { periodInMinutes: SOURCES_ALARM_PERIOD_MINUTES }],
  ];
  const setAlarms = async (replace: boolean) => {
    for (const [name, info] of ALARMS) if (replace || !(await browser.alarms.get(name))) await browser.alarms.create(name, info);
  };
  void setAlarms(false).catch((error: unknown) => console.error('[Firebreak] alarms', error));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void setAlarms(true).catch((error: unknown) => console.error('[Firebreak] alarms', error));
    // First run: the settings open at the brand (only on install, never on an update).
    const section = welcomeSection(reason);
    if (section) void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${section}` });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === EVALUATE_ALARM) void evaluate();
    if (alarm.name === SOURCES_ALARM) void pollListeningSources();
    if (alarm.name === PRUNE_ALARM) void prune().catch(logPruneError);
  });

  // Mastodon instances the user added: the content script runs there once permission is granted.
  const syncInstances = async () =>
    syncInstanceScripts(await mastodonHosts.getValue()).catch((error: unknown) => console.error('[Firebreak] instances', error));
  void syncInstances();
  mastodonHosts.watch(() => void syncInstances());
  browser.permissions.onAdded.addListener(() => void syncInstances());
  browser.permissions.onRemoved.addListener(() => void syncInstances());

  // The dashboard already open comes to the front: a notification clicked during a crisis opens no second one.
  const openDashboard = () => openExtensionTab('/dashboard.html');
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX) && !id.startsWith(SNOOZE_SUMMARY_PREFIX)) return;
    void openDashboard();
    // Acted on, as a button's press is: it goes (the browser leaves a clicked notification where it is).
    void browser.notifications.clear(id);
  });
  browser.notifications.onButtonClicked?.addListener(async (id, index) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    if (index === 0) {
      // Declare an incident from the alert this notification was for (not the newest of any platform).
      const shown = alertOfNotification(id);
      const ofNotification = shown
        ? await database().alerts.where('time').equals(shown.time).filter((alert) => alert.platform === shown.platform).first()
        : undefined;
      const record = ofNotification ?? (await database().alerts.orderBy('time').last());
      await withIncidents(async () => {
        if (await currentIncident(database())) return;
        const now = Date.now();
        const declared = await declarationOfEpisode(database(), declarationFromAlert(record, 'alert', incidentTitle), now);
        const incident = declareIncident(await crisisPlan.getValue(), declared, now);
        await database().incidents.put(incident);
      });
      await openDashboard();
    }
    if (index === 1) await alerting.setValue({ ...(await alerting.getValue()), snoozedUntil: Date.now() + SNOOZE_MS });
    await browser.notifications.clear(id);
  });
});
