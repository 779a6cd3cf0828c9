import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { localeDurationMessages } from '@/utils/plan/action-messages';
import { formatDuration } from '@/utils/plan/actions';
import { checklistProgress, crisisClock, stepStatus } from '@/utils/plan/clock';
import { declarationFromAlert, incidentRoleTitle, issueWording, MAX_ISSUE_CHARS, stepEditable, type Incident } from '@/utils/plan/incident';
import { minutesLeft, minutesPassed, responseMinutes } from '@/utils/plan/minutes';
import { expiredMessages, HOLDING_STATEMENT_ID, usableMessages, type CrisisPlan } from '@/utils/plan/plan';
import {
  brandForMessages,
  fillPublicText,
  holdingTemplate,
  internalUpdate,
  internalUpdatePromises,
  promisesUpdate,
  publicUpdateAt,
  TEXT_MESSAGES,
  type HoldingStatementInput,
  type PublicTextOptions,
} from '@/utils/plan/texts';
import { brandProfile, type ListeningStatus } from '@/utils/settings';
import { database } from '@/utils/tracking/db';
import { leadingStatus } from '@/utils/tracking/levels';
import { teamAlertsSettings } from '@/utils/sources/settings';
import { teamUpdatesReady } from '@/utils/sources/webhooks';
import { answerNoOnEscape } from '../escape';
import { questionKeys } from '../question';
import { tickStep, usePendingTicks } from '../usePendingTicks';
import { useStored } from '../useStored';
import { useWebhookUrl } from '../useWebhookUrl';
import { incidentTitle } from './incidentTitle';
import { sameLocalDay, timeOrDate } from './time';

/**
 * Time passed rounds down and time left rounds up, so the two add up to the target ("59 minutes since
 * the start · due in 1 minute", never "1 minute … due in 60 minutes" at the start). The rules the
 * internal update and the post-mortem round by too (utils/plan/minutes.ts): one figure in every view.
 */
const passed = (ms: number) => (ms < 60_000 ? i18n.t('incident.underAMinute') : formatDuration(minutesPassed(ms), localeDurationMessages));
const left = (ms: number) => formatDuration(minutesLeft(ms), localeDurationMessages);
/** Overdue is time passed since the due time: "overdue by 1 minute" from its first second (never "0 minutes"). */
const overdueBy = (ms: number) => formatDuration(minutesPassed(ms), localeDurationMessages);
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Re-renders every `ms` while the page is in view, so the crisis clock moves with the seconds (at 30 s it
 * lagged: "under a minute" for up to half a minute after the first). While the page is hidden no timer
 * runs; it reads the time afresh as soon as the page shows again.
 */
function useNow(ms = 1_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const stop = () => {
      clearInterval(timer);
      timer = undefined;
    };
    const follow = () => {
      if (document.hidden) return stop();
      if (timer !== undefined) return;
      setNow(Date.now());
      timer = setInterval(() => setNow(Date.now()), ms);
    };
    follow();
    document.addEventListener('visibilitychange', follow);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', follow);
    };
  }, [ms]);
  return now;
}

/** A text to hand out, and the next public update it promises ({nextUpdate}), if it promises one. */
interface HandedOut {
  text: string;
  promise?: number;
}

/** A text the clipboard refused, shown to be copied by hand. */
interface ManualCopy {
  label: string;
  text: string;
}

/**
 * Where copying failed: the text, read-only and selected, with the focus on it, so Ctrl+C (⌘C) copies
 * it at once. Closing it gives the focus back to the button that asked for the copy.
 */
function ManualCopyBox({ copy, onClose }: { copy: ManualCopy; onClose: () => void }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && focused !== area.current) opener.current = focused;
    area.current?.focus();
    area.current?.select();
  }, [copy]);
  const close = () => {
    onClose();
    opener.current?.focus();
  };
  return (
    // Escape closes it as Done does (and goes no further: in the popup it would close the popup).
    <div class="manual-copy" onKeyDown={answerNoOnEscape(close)}>
      <label class="field">
        {copy.label}
        <textarea
          ref={area}
          readOnly
          rows={6}
          value={copy.text}
          data-testid="manual-copy"
          aria-describedby="manual-copy-hint"
          onFocus={(event) => (event.currentTarget as HTMLTextAreaElement).select()}
        />
      </label>
      <p id="manual-copy-hint" class="hint">
        {i18n.t('incident.copyByHand')}
      </p>
      <button type="button" onClick={close}>
        {i18n.t('incident.closeCopyByHand')}
      </button>
    </div>
  );
}

/**
 * What the incident is about in the brand's public words ("the delays to your orders"), for {issue} in
 * the texts the panel hands out. Folded to one line that says the wording the texts use (`wording`, the
 * panel's), so the popup's actions stay in view. Saved on Enter and when the field loses the focus;
 * `onSaved` is told the wording sent (the panel fills the texts with it at once), `onNote` what the
 * status line should say.
 */
function IssueField({
  incident,
  wording: current,
  onSaved,
  onNote,
}: {
  incident: Incident;
  wording: string | undefined;
  onSaved: (wording: string) => void;
  onNote: (note: string) => void;
}) {
  const stored = incident.issue ?? '';
  const [value, setValue] = useState(stored);
  const field = useRef<HTMLInputElement>(null);
  // The wording last sent: Enter and then leaving the field save once.
  const sent = useRef(stored);
  // Worded elsewhere (the dashboard, another window): shown here, unless it is being typed over.
  useEffect(() => {
    sent.current = stored;
    if (document.activeElement !== field.current) setValue(stored);
  }, [stored]);
  const save = () => {
    const wording = issueWording(value);
    setValue(wording);
    if (wording === sent.current) return;
    const before = sent.current;
    sent.current = wording;
    onSaved(wording);
    sendMessage('page→background:setIncidentIssue', { incidentId: incident.id, issue: wording })
      .then(() => onNote(wording ? i18n.t('incident.issueSaved', [wording]) : i18n.t('incident.issueCleared', [TEXT_MESSAGES.defaultIssue])))
      .catch((cause: unknown) => {
        sent.current = before;
        onSaved(before);
        onNote(i18n.t('incident.issueSaveFailed', [cause instanceof Error ? cause.message : String(cause)]));
      });
  };
  return (
    <details class="issue-field">
      <summary>{i18n.t('incident.issueSummary', [current || TEXT_MESSAGES.defaultIssue])}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <div class="row">
          <label class="field">
            {i18n.t('incident.issueLabel')}
            <input
              ref={field}
              type="text"
              name="incident-issue"
              maxLength={MAX_ISSUE_CHARS}
              value={value}
              placeholder={TEXT_MESSAGES.defaultIssue}
              aria-describedby="incident-issue-hint"
              onInput={(event) => setValue((event.currentTarget as HTMLInputElement).value)}
              onBlur={save}
            />
          </label>
          <button type="submit">{i18n.t('incident.issueSave')}</button>
        </div>
        <p id="incident-issue-hint" class="hint">
          {i18n.t('incident.issueHint', [TEXT_MESSAGES.defaultIssue])}
        </p>
      </form>
    </details>
  );
}

/**
 * The section's heading, an h2 in the popup, an h3 under the dashboard's "Incident". tabIndex -1: where
 * the focus lands once an incident is declared or resolved there.
 */
function PanelHeading({ level = 2, children }: { level?: 2 | 3 | undefined; children: string }) {
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <Heading id="incident-title" tabIndex={-1}>
      {children}
    </Heading>
  );
}

/**
 * Declaring an incident when none is open: the popup's and the dashboard's. `hint`: a line under the
 * heading (the dashboard says when to declare one).
 */
export function DeclareIncident({
  status,
  lastResolved,
  onOpenDashboard,
  onDeclare,
  now = Date.now(),
  headingLevel,
  hint,
  secondary = false,
}: {
  headingLevel?: 2 | 3;
  hint?: string;
  /** Drawn as a plain button: another step comes first (the popup with no brand set leads to setting it up). */
  secondary?: boolean;
  status: ListeningStatus | null;
  /** The latest incident, resolved: its follow-up and post-mortem are on the dashboard. */
  lastResolved?: Incident;
  onOpenDashboard?: () => void;
  /** Told when the declaration is sent, and when it failed: the popup moves the focus to the new incident. */
  onDeclare?: (phase: 'sent' | 'failed') => void;
  now?: number;
}) {
  const [error, setError] = useState<string | null>(null);
  // The spike behind the level was already handled by an incident resolved since: no alarm-red button.
  const handled = lastResolved?.resolvedAt !== undefined && lastResolved.resolvedAt >= (status?.reasonAt ?? status?.since ?? Infinity);
  const declare = async () => {
    try {
      // The alert behind the level: the platform at that level, its reason, and when the spike began:
      // the level may have stepped down since (its "since" is then later than the reason's figures), or
      // the figures may have been refreshed as the spike grew (then "since" is the earlier).
      const raised = status && status.level !== 'normal' && status.reason ? status : null;
      // The platform whose figures the reason gives (the worker's choice, leadingStatus), not the first
      // at that level in the alphabet: the incident's title and post-mortem name the platform of its trigger.
      const top = raised ? leadingStatus(raised.platforms) : undefined;
      const time = raised ? Math.min(raised.reasonAt ?? raised.since, raised.since) : undefined;
      // The alert recorded at that time, as the notification, the team's chat and the dashboard's list of alerts
      // told it: a growing spike refreshes the status's figures within minutes, and the timeline and the
      // post-mortem quote the alert at its time, not later figures. The status's own words where none is found.
      // A database that cannot be read never keeps an incident from being declared.
      const told =
        top && time !== undefined
          ? await database().alerts.where('time').equals(time).filter((record) => record.platform === top.platform).first().catch(() => undefined)
          : undefined;
      const alert = told ?? (raised?.reason && time !== undefined ? { platform: top?.platform, level: raised.level, reason: raised.reason, time } : undefined);
      onDeclare?.('sent');
      // The worker widens it to the alert's episode, as for a notification's button: the incident starts at its first alert.
      await sendMessage('page→background:declareIncident', declarationFromAlert(alert, 'popup', incidentTitle));
    } catch (cause) {
      onDeclare?.('failed');
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };
  return (
    <section class="incident" aria-labelledby="incident-title" data-testid="declare-incident">
      <PanelHeading level={headingLevel}>{i18n.t('incident.none')}</PanelHeading>
      {hint && <p class="muted">{hint}</p>}
      {lastResolved?.resolvedAt !== undefined && (
        <p class="small" data-testid="last-resolved">
          {/* "resolved at 11:40 PM" today, "resolved on Nov 27, 2026, 11:40 PM" another day */}
          {i18n.t(sameLocalDay(lastResolved.resolvedAt, now) ? 'incident.lastResolved' : 'incident.lastResolvedOn', [lastResolved.title, timeOrDate(lastResolved.resolvedAt, now)])}{' '}
          {onOpenDashboard && (
            <button type="button" class="link" onClick={onOpenDashboard}>
              {i18n.t('incident.followUpLink')}
            </button>
          )}
        </p>
      )}
      <button type="button" class={status?.level === 'crisis' && !handled ? 'primary danger' : secondary ? undefined : 'primary'} onClick={() => void declare()}>
        {i18n.t('incident.declare')}
      </button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}

/**
 * The working tools of an open incident, the popup's and the dashboard's alike: the crisis clock, the
 * holding statement and internal update to copy (or send), the schedulers to pause, the checklist, Resolve.
 */
export function IncidentPanel({
  incident,
  plan,
  status,
  onResolve,
  headingLevel,
}: {
  headingLevel?: 2 | 3;
  incident: Incident;
  plan: CrisisPlan;
  status: ListeningStatus | null;
  /** Told when the resolution is sent: the popup moves the focus to what it shows next. */
  onResolve?: () => void;
}) {
  const now = useNow();
  const [note, setNote] = useState('');
  const [confirmResolve, setConfirmResolve] = useState(false);
  const resolveButton = useRef<HTMLButtonElement>(null);
  const cancelResolve = useRef<HTMLButtonElement>(null);
  const resolveOpened = useRef(false);
  const ticks = usePendingTicks(incident.checklist);
  const clock = crisisClock(incident, plan, now);
  // The popup lists the steps of the crisis itself; those after the resolution are counted apart.
  const progress = checklistProgress(incident, 'start');
  // Only what is left of them: a reopened incident keeps the post-mortem steps it had done.
  const after = checklistProgress(incident, 'resolution');
  const afterResolution = after.total - after.done;
  const [manualCopy, setManualCopy] = useState<ManualCopy | null>(null);
  const expired = expiredMessages(plan, now);
  const teamReady = teamUpdatesReady(useStored(teamAlertsSettings), useWebhookUrl());
  const [sending, setSending] = useState(false);
  // The level the popup's pill shows, and its reason only while it is raised: the update never claims a
  // level the detector did not measure (a self-declared incident has none behind it).
  const level = status?.level ?? 'normal';
  const reason = level !== 'normal' ? (status?.reason ?? null) : null;
  // What fills the public texts, the same for the holding statement, the other messages and the lines
  // the update quotes: the brand, the incident's wording of the issue and the update it promised.
  const brand = useStored(brandProfile);
  const publicText: PublicTextOptions = { timeZone, brand: brandForMessages(brand) };
  // The wording just saved here, until the stored incident changes its own (the copy may come first).
  const [savedIssue, setSavedIssue] = useState<{ wording: string; over: string | undefined } | null>(null);
  const issue = savedIssue && savedIssue.over === incident.issue ? savedIssue.wording : incident.issue;
  // The promise made here, until the stored incident has it: the latest of the two is the one standing.
  const [promiseMade, setPromiseMade] = useState<number | undefined>(undefined);
  const promise = Math.max(incident.updatePromisedAt ?? -Infinity, promiseMade ?? -Infinity);
  const promisedAt = Number.isFinite(promise) ? promise : undefined;
  /** What fills a public text handed out at `at`: the standing promise while it is ahead, else a new one. */
  const filling = (at: number): HoldingStatementInput & { nextUpdateAt: number } => ({
    ...publicText,
    ...(issue ? { issue } : {}),
    nextUpdateAt: publicUpdateAt(plan, promisedAt, at),
  });
  /** A text handed out promised the next public update by `at`: kept on the incident, so later texts repeat it. */
  const keepPromise = (at: number) => {
    if (at === promisedAt) return;
    setPromiseMade(at);
    // The text is out all the same; this panel shows the promise even if the worker missed it.
    void sendMessage('page→background:promiseUpdate', { incidentId: incident.id, at }).catch(() => undefined);
  };
  /**
   * The internal update, with the promise it makes: the approved lines it quotes are for employees to
   * post, so a promise in them is made too, once the update is out (keepPromise).
   */
  const update = (): HandedOut => {
    const at = Date.now();
    const { nextUpdateAt } = filling(at);
    const text = internalUpdate(plan, { ...incident, issue }, { level, reason }, at, { ...publicText, publicUpdateAt: nextUpdateAt });
    return internalUpdatePromises(plan, at) ? { text, promise: nextUpdateAt } : { text };
  };
  /** One of the plan's messages, filled as every public text is, for copying, with the promise it makes. */
  const publicTextOf = (template: string): HandedOut => {
    const at = Date.now();
    const input = filling(at);
    const text = fillPublicText(plan, template, input, at);
    return promisesUpdate(template) ? { text, promise: input.nextUpdateAt } : { text };
  };
  const others = usableMessages(plan, now).filter((message) => message.id !== HOLDING_STATEMENT_ID);
  // Into the question when it opens (on the safe answer), back to the Resolve button when it closes.
  useEffect(() => {
    if (confirmResolve) cancelResolve.current?.focus();
    else if (resolveOpened.current) resolveButton.current?.focus();
    resolveOpened.current = confirmResolve;
  }, [confirmResolve]);
  // The last step ticked: Resolve, after the checklist, may be below the popup's fold. Bring it into view
  // and say so (once, as the list completes; not when the popup opens on a list already done).
  const complete = progress.total > 0 && progress.done === progress.total;
  const wasComplete = useRef(complete);
  useEffect(() => {
    if (complete && !wasComplete.current) {
      setNote(i18n.t('incident.allStepsDone'));
      // Once the note is drawn (Preact renders it in a microtask), for it moves the button down.
      setTimeout(() => resolveButton.current?.scrollIntoView({ block: 'nearest' }), 0);
    }
    wasComplete.current = complete;
  }, [complete]);
  // Ticking this step is how the team says the first response went out: Firebreak never posts.
  const responseStep = incident.checklist.find((step) => step.isResponse && step.after === 'start');

  /** Practice 6: the internal update straight to the team's chat, through the background. */
  const sendToTeam = async () => {
    if (sending) return;
    setSending(true);
    try {
      const { text, promise: made } = update();
      const result = await sendMessage('page→background:teamUpdate', { text, level });
      // Only an update the team got promises anything.
      if (result.ok && made !== undefined) keepPromise(made);
      setNote(result.ok ? i18n.t('incident.sentToTeam') : i18n.t('incident.sendToTeamFailed'));
    } catch {
      setNote(i18n.t('incident.sendToTeamFailed'));
    } finally {
      setSending(false);
    }
  };

  /**
   * Copies a text handed out; the promise in it is made once the clipboard has it, not before: a copy
   * the clipboard refused is shown to copy by hand, and promises nothing until it is copied here.
   */
  const copy = async (label: string, { text, promise: made }: HandedOut, warning?: string) => {
    try {
      await navigator.clipboard.writeText(text);
      if (made !== undefined) keepPromise(made);
      setManualCopy(null);
      // What was copied is named: a second copy in a row changes the line, so it is seen and announced again.
      const copied = i18n.t('incident.copied', [label]);
      setNote(warning ? `${copied} ${warning}` : copied);
    } catch {
      setManualCopy({ label, text });
      setNote(i18n.t('incident.copyFailed'));
    }
  };

  const toggle = (stepId: string, done: boolean, byRoleId: string) => void tickStep(ticks, { incidentId: incident.id, stepId, done, byRoleId }, setNote);

  return (
    <section class="incident" aria-labelledby="incident-title" data-testid="incident">
      <PanelHeading level={headingLevel}>{incident.title}</PanelHeading>
      <p class="clock" data-testid="crisis-clock">
        {i18n.t('incident.elapsed', [passed(clock.elapsedMs)])}
        {' · '}
        {clock.timeToFirstResponseMs !== null ? (
          <span class={clock.respondedOnTime ? 'ok' : 'error'}>
            {clock.timeToFirstResponseMs < 60_000 && clock.respondedOnTime
              ? i18n.t('incident.respondedWithinAMinute')
              : // Late, up to the next minute (as the post-mortem): 20 s past a 1-hour target is not "after 1 hour, late".
                i18n.t(clock.respondedOnTime ? 'incident.respondedOnTime' : 'incident.respondedLate', [
                  formatDuration(responseMinutes(clock.timeToFirstResponseMs, clock.respondedOnTime === true), localeDurationMessages),
                ])}
          </span>
        ) : clock.overdue ? (
          <strong class="error">{i18n.t('incident.responseOverdue', [overdueBy(-(clock.responseRemainingMs ?? 0))])}</strong>
        ) : (
          <span>{i18n.t('incident.responseDue', [left(clock.responseRemainingMs ?? 0), timeOrDate(clock.responseDueAt, now)])}</span>
        )}
      </p>
      {promisedAt !== undefined && (
        <p class="small" data-testid="update-promise">
          {promisedAt > now ? (
            i18n.t('incident.updatePromised', [timeOrDate(promisedAt, now), left(promisedAt - now)])
          ) : (
            <strong class="error">{i18n.t('incident.updateOverdue', [timeOrDate(promisedAt, now)])}</strong>
          )}
        </p>
      )}
      {clock.waitingForResponseMs !== null && (
        <p class="small muted" data-testid="response-hint">
          {responseStep ? i18n.t('incident.responseHint', [responseStep.text]) : i18n.t('incident.noResponseStep')}
        </p>
      )}
      {/* What a crisis needs first, above the checklist (which scrolls in its own box): the words to post and
          to send, what became of them (the status line), and the schedulers to pause. In Chrome's popup, 600 px
          at most, they are in view without scrolling; resolving, the last step, follows the checklist. */}
      <IssueField
        key={incident.id}
        incident={incident}
        wording={issue}
        onSaved={(wording) => setSavedIssue({ wording, over: incident.issue })}
        onNote={setNote}
      />
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            void copy(
              i18n.t('incident.holdingStatement'),
              publicTextOf(holdingTemplate(plan)),
              // Copied all the same (the team may need words now), but never without saying it is not approved:
              // expired, or the plan has none and this is the built-in wording.
              !plan.messages.some((message) => message.id === HOLDING_STATEMENT_ID)
                ? i18n.t('incident.holdingUnapproved')
                : expired.some((message) => message.id === HOLDING_STATEMENT_ID)
                  ? i18n.t('incident.holdingExpired')
                  : undefined,
            )
          }
        >
          {i18n.t('incident.copyHolding')}
        </button>
        <button type="button" onClick={() => void copy(i18n.t('incident.internalUpdate'), update())}>
          {i18n.t('incident.copyInternal')}
        </button>
        {teamReady && (
          // Busy, not disabled: a button disabled under the focus drops it to the popup's <body>.
          <button type="button" aria-disabled={sending} onClick={() => void sendToTeam()}>
            {i18n.t('incident.sendToTeam')}
          </button>
        )}
      </div>
      {/* The plan's other approved messages, filled as the holding statement is (expired ones are named below). */}
      <details class="other-messages">
        <summary>{i18n.t('incident.otherMessages', [others.length])}</summary>
        {others.length === 0 ? (
          <p class="small muted">{i18n.t('incident.noOtherMessages')}</p>
        ) : (
          <ul class="plain">
            {others.map((message) => (
              <li key={message.id}>
                {message.title}{' '}
                <button type="button" aria-label={i18n.t('incident.copyMessageLabel', [message.title])} onClick={() => void copy(message.title, publicTextOf(message.text))}>
                  {i18n.t('incident.copyMessage')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </details>
      {manualCopy && <ManualCopyBox copy={manualCopy} onClose={() => setManualCopy(null)} />}
      {expired.length > 0 && <p class="error small">{i18n.t('incident.expiredMessages', [expired.map((message) => message.title).join(', ')])}</p>}
      <p role="status" class="small muted">
        {note}
      </p>
      <details>
        <summary>{i18n.t('incident.pauseSchedulers')}</summary>
        {plan.schedulers.length === 0 ? (
          <p class="small muted">{i18n.t('incident.noSchedulers')}</p>
        ) : (
          <ul class="plain">
            {plan.schedulers.map((scheduler) => (
              <li key={scheduler.id}>
                <a href={scheduler.url} target="_blank" rel="noopener noreferrer">
                  {scheduler.name}
                </a>
              </li>
            ))}
          </ul>
        )}
      </details>
      <p class="small">
        <progress max={progress.total} value={progress.done} aria-label={i18n.t('incident.progressLabel')} />{' '}
        {i18n.t('incident.progress', [progress.done, progress.total])}
        {afterResolution > 0 && <span class="muted"> · {i18n.t('incident.stepsAfterResolution', afterResolution)}</span>}
      </p>
      <ul class="checklist" aria-label={i18n.t('incident.checklist')}>
        {incident.checklist
          .filter((step) => step.after === 'start')
          .map((step) => {
            const state = stepStatus(step, now);
            const owner = incidentRoleTitle(incident, step.ownerRoleId);
            return (
              <li key={step.id} class={state}>
                <label>
                  {/* A resolved incident's crisis steps are a record: shown, not ticked (the worker refuses it too). */}
                  <input
                    type="checkbox"
                    checked={ticks.ticked(step)}
                    disabled={!stepEditable(incident, step)}
                    onChange={(event) => toggle(step.id, (event.currentTarget as HTMLInputElement).checked, step.ownerRoleId)}
                  />{' '}
                  {step.text}{' '}
                  <span class="muted small">
                    — {owner}
                    {/* When an open step is due, not only once it is late (QA). */}
                    {state === 'open' && step.dueAt !== null && <span> · {i18n.t('incident.dueIn', [left(step.dueAt - now)])}</span>}
                    {state === 'overdue' && <strong class="error"> · {i18n.t('incident.late')}</strong>}
                    {state === 'done-late' && <span> · {i18n.t('incident.doneLate')}</span>}
                  </span>
                </label>
              </li>
            );
          })}
      </ul>
      {confirmResolve ? (
        <div
          role="alertdialog"
          aria-labelledby="resolve-question"
          onKeyDown={questionKeys(() => setConfirmResolve(false))}
        >
          <p id="resolve-question">{i18n.t('incident.resolveQuestion')}</p>
          <button
            type="button"
            onClick={() => {
              onResolve?.();
              void sendMessage('page→background:resolveIncident', { incidentId: incident.id }).catch((cause: unknown) =>
                setNote(cause instanceof Error ? cause.message : String(cause)),
              );
            }}
          >
            {i18n.t('incident.resolveConfirm')}
          </button>{' '}
          <button type="button" ref={cancelResolve} onClick={() => setConfirmResolve(false)}>
            {i18n.t('incident.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" ref={resolveButton} onClick={() => setConfirmResolve(true)}>
          {i18n.t('incident.resolve')}
        </button>
      )}
    </section>
  );
}
