import { i18n } from '#i18n';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { uiCount } from '@/utils/count';
import { openExtensionTab } from '@/utils/extension-tab';
import { totals } from '@/utils/tracking/trend';
import { useLevelChangeAnnouncement } from '../LevelPill';
import { ListeningPill, ListeningSummary } from '../ListeningSummary';
import { Sparkline } from '../Sparkline';
import { useStore } from '../useStore';
import { DeclareIncident, IncidentPanel } from './IncidentPanel';
import { snoozedLabel } from './snooze';
import { createPopupStore, type PopupState } from './store';
import { timeOrDate } from './time';

/** What the focus follows after a button here changed the incident: the new incident, or its end. */
type FocusAfter = { kind: 'declared' } | { kind: 'resolved'; title: string } | null;

export function Popup() {
  const { store, stop } = useMemo(() => createPopupStore(), []);
  useEffect(() => stop, [stop]);
  const state = useStore(store, (s: PopupState) => s);
  const { status, trend, postsSeen } = state;
  const level = status?.level ?? 'normal';
  const sum = totals(trend);
  const snoozed = state.alerting.snoozedUntil > Date.now();
  const now = Date.now();

  // One polite live region for what changes without the user asking (the level) and what follows a
  // button pressed here (an incident declared or resolved). A live region with no status role: the
  // panel's own status line stays the one status in the popup.
  const [announcement, setAnnouncement] = useState('');
  useLevelChangeAnnouncement(level, status?.reason, state.ready, setAnnouncement);

  // Declaring or resolving replaces the section that held the focus: the focus goes to the heading of
  // the section that replaces it, and the live region says what happened.
  const focusAfter = useRef<FocusAfter>(null);
  const incidentId = state.incident?.id;
  useEffect(() => {
    const pending = focusAfter.current;
    if (!pending) return;
    const heading = document.getElementById('incident-title');
    if (pending.kind === 'declared' && state.incident) {
      focusAfter.current = null;
      heading?.focus();
      setAnnouncement(i18n.t('incident.declaredAnnouncement', [state.incident.title]));
    } else if (pending.kind === 'resolved' && !state.incident) {
      focusAfter.current = null;
      heading?.focus();
      setAnnouncement(i18n.t('incident.resolvedAnnouncement', [pending.title]));
    }
  }, [incidentId]);

  /** Opens an extension page in a tab, at one of its sections when `section` names its anchor. */
  const open = (path: '/dashboard.html' | '/options.html', section?: string) => {
    void openExtensionTab(path, section).finally(() => window.close());
  };

  // An open incident is what the popup is for until it is resolved: its panel comes right after the status,
  // above the 24-hour chart, so its clock and actions fit in the popup's 600 px without scrolling.
  const incidentSection =
    state.ready &&
    (state.incident ? (
      <IncidentPanel
        incident={state.incident}
        plan={state.plan}
        status={status}
        onResolve={() => {
          if (state.incident) focusAfter.current = { kind: 'resolved', title: state.incident.title };
        }}
      />
    ) : (
      <DeclareIncident
        status={status}
        lastResolved={state.lastResolved}
        now={now}
        secondary={!state.brandConfigured}
        onOpenDashboard={() => open('/dashboard.html')}
        onDeclare={(phase) => {
          focusAfter.current = phase === 'sent' ? { kind: 'declared' } : null;
        }}
      />
    ));

  if (state.error) {
    return (
      <main class="popup">
        <h1>{i18n.t('popup.title')}</h1>
        <p role="alert" class="error">
          {i18n.t('popup.readError', [state.error])}
        </p>
      </main>
    );
  }

  return (
    <main class="popup" aria-busy={!state.ready}>
      <header class="popup-header">
        <h1>{i18n.t('popup.title')}</h1>
        <span class="visually-hidden">{i18n.t('popup.levelLabel')}</span>
        {/* The same pill and summary as the dashboard's: "Not listening yet" with no brand set. */}
        <ListeningPill status={status} ready={state.ready} brandConfigured={state.brandConfigured} />
      </header>

      <p aria-live="polite" aria-atomic="true" class="visually-hidden" data-testid="announcement">
        {announcement}
      </p>

      <section class="status">
        <ListeningSummary
          status={status}
          ready={state.ready}
          brandConfigured={state.brandConfigured}
          time={(ms) => timeOrDate(ms, now)}
          setUpBrand={
            <button type="button" class="primary" data-testid="set-up-brand" onClick={() => open('/options.html', 'brand')}>
              {i18n.t('popup.setUpBrand')}
            </button>
          }
        />
      </section>

      {/* A mute has no end: without this line nothing here says that no alert will pop up. */}
      {state.alerting.muted && (
        <p class="small" data-testid="notifications-muted">
          {i18n.t('popup.notificationsMuted')}{' '}
          <button type="button" class="link" onClick={() => open('/options.html', 'notifications')}>
            {i18n.t('popup.notificationsSettings')}
          </button>
        </p>
      )}

      {state.incident && incidentSection}

      <section class="trend" aria-labelledby="trend-title">
        <h2 id="trend-title">{i18n.t('popup.trendTitle')}</h2>
        {sum.count > 0 ? (
          <>
            <Sparkline points={trend} label={i18n.t('popup.trendSummary', sum.count, [uiCount(sum.count), Math.round(sum.negativeShare * 100)])} />
            <p class="muted small">{i18n.t('popup.trendSummary', sum.count, [uiCount(sum.count), Math.round(sum.negativeShare * 100)])}</p>
          </>
        ) : (
          <p class="muted small">{i18n.t('popup.trendEmpty')}</p>
        )}
      </section>

      {!state.incident && incidentSection}

      <nav class="actions" aria-label={i18n.t('popup.quickActions')}>
        {/* A mute outranks a snooze: while muted, snoozing changes nothing and resuming would not turn
            notifications on, so neither is offered; the muted line above leads to where they are turned on.
            With no brand set there is nothing to alert about, so no snooze is offered either. */}
        {state.alerting.muted || (!state.brandConfigured && !snoozed) ? null : snoozed ? (
          <button type="button" onClick={() => void state.unsnooze()}>
            {snoozedLabel(state.alerting.snoozedUntil, Date.now())}
          </button>
        ) : (
          <button type="button" onClick={() => void state.snooze(1)}>
            {i18n.t('popup.snooze')}
          </button>
        )}
        <button type="button" onClick={() => open('/dashboard.html')}>
          {i18n.t('popup.openDashboard')}
        </button>
        <button type="button" onClick={() => open('/options.html')}>
          {i18n.t('popup.openSettings')}
        </button>
      </nav>

      <footer class="muted small">
        {postsSeen === 0 ? (
          i18n.t('popup.noPostsYet')
        ) : (
          <span>
            <strong data-testid="posts-seen">{uiCount(postsSeen)}</strong> {i18n.t('popup.postsSeenSuffix', postsSeen)}
          </span>
        )}
      </footer>
    </main>
  );
}
