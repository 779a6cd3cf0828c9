import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { formatDuration } from '@/utils/plan/actions';
import { checklistProgress, crisisClock, stepStatus } from '@/utils/plan/clock';
import { incidentRoleTitle, type Incident } from '@/utils/plan/incident';
import { expiredMessages, type CrisisPlan } from '@/utils/plan/plan';
import { holdingStatement, internalUpdate } from '@/utils/plan/texts';
import type { ListeningStatus } from '@/utils/settings';
import { teamAlertsSettings } from '@/utils/sources/settings';
import { teamUpdatesReady } from '@/utils/sources/webhooks';
import { useStored } from '../useStored';

const minutes = (ms: number) => formatDuration(Math.abs(ms) / 60_000);
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const clockTime = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/** Re-renders every `ms` so the crisis clock moves. */
function useNow(ms = 30_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

async function copy(text: string, done: (message: string) => void) {
  try {
    await navigator.clipboard.writeText(text);
    done(i18n.t('incident.copied'));
  } catch {
    done(i18n.t('incident.copyFailed'));
  }
}

export function DeclareIncident({ status }: { status: ListeningStatus | null }) {
  const [error, setError] = useState<string | null>(null);
  const declare = async () => {
    try {
      const top = status?.platforms.find((platform) => platform.level === status.level);
      await sendMessage('page→background:declareIncident', {
        title: status?.level && status.level !== 'normal' && top ? i18n.t('incident.spikeTitle', [i18n.t(`platform.${top.platform}` as 'platform.x')]) : i18n.t('incident.defaultTitle'),
        level: status?.level === 'crisis' ? 'crisis' : 'watch',
        source: 'popup',
        alert: status?.reason ? { reason: status.reason, time: status.since } : undefined,
      });
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };
  return (
    <section class="incident" aria-labelledby="incident-title">
      <h2 id="incident-title">{i18n.t('incident.none')}</h2>
      <button type="button" class={status?.level === 'crisis' ? 'primary danger' : 'primary'} onClick={() => void declare()}>
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

export function IncidentPanel({ incident, plan, status }: { incident: Incident; plan: CrisisPlan; status: ListeningStatus | null }) {
  const now = useNow();
  const [note, setNote] = useState('');
  const [confirmResolve, setConfirmResolve] = useState(false);
  const clock = crisisClock(incident, plan, now);
  const progress = checklistProgress(incident);
  const expired = expiredMessages(plan, now);
  const teamReady = teamUpdatesReady(useStored(teamAlertsSettings));
  const [sending, setSending] = useState(false);
  const level = status?.level ?? incident.level;
  const update = () => internalUpdate(plan, incident, { level, reason: status?.reason ?? null }, Date.now(), { timeZone });

  /** Practice 6: the internal update straight to the team's chat, through the background. */
  const sendToTeam = async () => {
    setSending(true);
    try {
      const result = await sendMessage('page→background:teamUpdate', { text: update(), level });
      setNote(result.ok ? i18n.t('incident.sentToTeam') : i18n.t('incident.sendToTeamFailed'));
    } catch {
      setNote(i18n.t('incident.sendToTeamFailed'));
    } finally {
      setSending(false);
    }
  };

  const toggle = (stepId: string, done: boolean, byRoleId: string) =>
    void sendMessage('page→background:setStep', { incidentId: incident.id, stepId, done, byRoleId }).catch((cause: unknown) =>
      setNote(cause instanceof Error ? cause.message : String(cause)),
    );

  return (
    <section class="incident" aria-labelledby="incident-title" data-testid="incident">
      <h2 id="incident-title">{incident.title}</h2>
      <p class="clock" data-testid="crisis-clock">
        {i18n.t('incident.elapsed', [minutes(clock.elapsedMs)])}
        {' · '}
        {clock.timeToFirstResponseMs !== null ? (
          <span class={clock.respondedOnTime ? 'ok' : 'error'}>
            {i18n.t(clock.respondedOnTime ? 'incident.respondedOnTime' : 'incident.respondedLate', [minutes(clock.timeToFirstResponseMs)])}
          </span>
        ) : clock.overdue ? (
          <strong class="error">{i18n.t('incident.responseOverdue', [minutes(clock.responseRemainingMs ?? 0)])}</strong>
        ) : (
          <span>{i18n.t('incident.responseDue', [minutes(clock.responseRemainingMs ?? 0), clockTime(clock.responseDueAt)])}</span>
        )}
      </p>
      <p class="small">
        <progress max={progress.total} value={progress.done} aria-label={i18n.t('incident.progressLabel')} />{' '}
        {i18n.t('incident.progress', [progress.done, progress.total])}
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
                  <input type="checkbox" checked={!!step.done} onChange={(event) => toggle(step.id, (event.currentTarget as HTMLInputElement).checked, step.ownerRoleId)} />{' '}
                  {step.text}{' '}
                  <span class="muted small">
                    — {owner}
                    {state === 'overdue' && <strong class="error"> · {i18n.t('incident.late')}</strong>}
                    {state === 'done-late' && <span> · {i18n.t('incident.doneLate')}</span>}
                  </span>
                </label>
              </li>
            );
          })}
      </ul>
      <div class="actions">
        <button type="button" onClick={() => void copy(holdingStatement(plan, { timeZone }, Date.now()), setNote)}>
          {i18n.t('incident.copyHolding')}
        </button>
        <button type="button" onClick={() => void copy(update(), setNote)}>
          {i18n.t('incident.copyInternal')}
        </button>
        {teamReady && (
          <button type="button" disabled={sending} onClick={() => void sendToTeam()}>
            {i18n.t('incident.sendToTeam')}
          </button>
        )}
      </div>
      {expired.length > 0 && <p class="error small">{i18n.t('incident.expiredMessages', [expired.map((message) => message.title).join(', ')])}</p>}
      <details>
        <summary>{i18n.t('incident.pauseSchedulers')}</summary>
        <ul class="plain">
          {plan.schedulers.map((scheduler) => (
            <li key={scheduler.id}>
              <a href={scheduler.url} target="_blank" rel="noopener noreferrer">
                {scheduler.name}
              </a>
            </li>
          ))}
        </ul>
      </details>
      <p role="status" class="small muted">
        {note}
      </p>
      {confirmResolve ? (
        <div role="alertdialog" aria-labelledby="resolve-question">
          <p id="resolve-question">{i18n.t('incident.resolveQuestion')}</p>
          <button type="button" onClick={() => void sendMessage('page→background:resolveIncident', { incidentId: incident.id })}>
            {i18n.t('incident.resolveConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setConfirmResolve(false)}>
            {i18n.t('incident.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirmResolve(true)}>
          {i18n.t('incident.resolve')}
        </button>
      )}
    </section>
  );
}
