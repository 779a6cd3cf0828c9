import { i18n } from '#i18n';
import { useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { totals } from '@/utils/tracking/trend';
import { LevelPill } from '../LevelPill';
import { reasonHistoryAt } from '../levelReason';
import { Sparkline } from '../Sparkline';
import { useStore } from '../useStore';
import { DeclareIncident, IncidentPanel } from './IncidentPanel';
import { snoozedLabel } from './snooze';
import { createPopupStore, type PopupState } from './store';

const time = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

export function Popup() {
  const { store, stop } = useMemo(() => createPopupStore(), []);
  useEffect(() => stop, [stop]);
  const state = useStore(store, (s: PopupState) => s);
  const { status, trend, postsSeen } = state;
  const level = status?.level ?? 'normal';
  const historyAt = status ? reasonHistoryAt(status) : null;
  const sum = totals(trend);
  const snoozed = state.alerting.snoozedUntil > Date.now();
  const learning = status !== null && status.platforms.length > 0 && status.platforms.every((platform) => !platform.baselineReady);

  /** Opens an extension page in a tab, at one of its sections when `section` names its anchor. */
  const open = (path: '/dashboard.html' | '/options.html', section?: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(path) + (section ? `#${section}` : '') });
    window.close();
  };

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
        <LevelPill level={level} />
      </header>

      <section aria-live="polite" class="status">
        {status?.storageProblem && (
          <p role="alert" class="error">
            {status.storageProblem}
          </p>
        )}
        {level !== 'normal' && status?.reason ? (
          <p class="reason" data-testid="level-reason">
            {historyAt !== null && <>{i18n.t('popup.lastSpike', [time(historyAt)])} </>}
            {status.reason} <span class="muted">({i18n.t('popup.since', [time(status.since)])})</span>
          </p>
        ) : !state.brandConfigured ? (
          <p>
            {i18n.t('popup.noBrand')}{' '}
            <button type="button" class="link" onClick={() => open('/options.html')}>
              {i18n.t('popup.setUpBrand')}
            </button>
          </p>
        ) : learning ? (
          <p class="muted">{i18n.t('popup.learning')}</p>
        ) : (
          <p class="muted">{i18n.t('popup.noReason')}</p>
        )}
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

      <section class="trend" aria-labelledby="trend-title">
        <h2 id="trend-title">{i18n.t('popup.trendTitle')}</h2>
        {sum.count > 0 ? (
          <>
            <Sparkline points={trend} label={i18n.t('popup.trendSummary', [sum.count, Math.round(sum.negativeShare * 100)])} />
            <p class="muted small">{i18n.t('popup.trendSummary', [sum.count, Math.round(sum.negativeShare * 100)])}</p>
          </>
        ) : (
          <p class="muted small">{i18n.t('popup.trendEmpty')}</p>
        )}
      </section>

      {state.ready && (state.incident ? <IncidentPanel incident={state.incident} plan={state.plan} status={status} /> : <DeclareIncident status={status} lastResolved={state.lastResolved} onOpenDashboard={() => open('/dashboard.html')} />)}

      <nav class="actions" aria-label={i18n.t('popup.quickActions')}>
        {snoozed ? (
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
            <strong data-testid="posts-seen">{postsSeen}</strong> {i18n.t('popup.postsSeenSuffix', postsSeen)}
          </span>
        )}
      </footer>
    </main>
  );
}
