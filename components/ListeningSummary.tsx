import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { platformName } from '@/utils/platforms/types';
import type { ListeningStatus } from '@/utils/settings';
import { LevelPill } from './LevelPill';
import { reasonHistoryAt } from './levelReason';

/**
 * What is known about a normal day, as the popup and the dashboard both say it. `learning`: no status yet
 * (the brand was just saved), no platform measured yet, or none with a day of history: nothing is known
 * about a normal day, so "Mentions look normal" would be a guess. `stillLearning`: the platforms still
 * learning while others are measured (new to Firebreak, or a listening source just turned on), by name.
 */
export function listeningState(status: ListeningStatus | null): { learning: boolean; stillLearning: string[] } {
  const learning = status === null || status.platforms.length === 0 || status.platforms.every((platform) => !platform.baselineReady);
  const stillLearning = (status?.platforms ?? []).filter((platform) => !platform.baselineReady).map((platform) => platformName(platform.platform));
  return { learning, stillLearning };
}

/**
 * The level in the page's header. "Normal" in green would promise a calm that is not measured, so with no
 * brand set it says "Not listening yet", and while no platform has a day of history, "Learning normal"
 * (both grey). A raised level always shows. `ready`: the brand is read.
 */
export function ListeningPill({ status, ready, brandConfigured }: { status: ListeningStatus | null; ready: boolean; brandConfigured: boolean }) {
  const level = status?.level ?? 'normal';
  if (ready && level === 'normal' && (!brandConfigured || listeningState(status).learning)) {
    const learning = brandConfigured;
    return (
      <span class="level-pill off" data-level={learning ? 'learning' : 'off'}>
        <span aria-hidden="true">○</span> {i18n.t(learning ? 'popup.learningPill' : 'popup.notListening')}
      </span>
    );
  }
  return <LevelPill level={level} />;
}

/**
 * Why the level is what it is: the reason of a raised level (and when it began), else no brand set (with
 * `setUpBrand`, the way to set one), else learning what normal looks like, else "Mentions look normal"
 * with any platform still learning. `time` words a moment as the page does. `ready`: the status and the
 * brand are read (before that, nothing is claimed).
 */
export function ListeningSummary({
  status,
  ready,
  brandConfigured,
  time,
  setUpBrand,
}: {
  status: ListeningStatus | null;
  ready: boolean;
  brandConfigured: boolean;
  time: (ms: number) => string;
  setUpBrand: ComponentChildren;
}) {
  const level = status?.level ?? 'normal';
  const historyAt = status ? reasonHistoryAt(status) : null;
  const { learning, stillLearning } = listeningState(status);
  return (
    <>
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
      ) : !ready ? null : !brandConfigured ? (
        <>
          <p data-testid="no-brand">{i18n.t('popup.noBrand')}</p>
          <p>{setUpBrand}</p>
        </>
      ) : learning ? (
        <p class="muted" data-testid="learning">
          {i18n.t('popup.learning')}
        </p>
      ) : (
        <>
          <p class="muted" data-testid="no-reason">
            {i18n.t('popup.noReason')}
          </p>
          {stillLearning.length > 0 && (
            <p class="muted small" data-testid="learning-some">
              {i18n.t('popup.learningSome', [stillLearning.join(', ')])}
            </p>
          )}
        </>
      )}
    </>
  );
}
