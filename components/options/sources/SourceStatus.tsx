import { i18n } from '#i18n';
import { uiCount } from '@/utils/count';
import { MAX_PAGES_PER_POLL } from '@/utils/sources/types';
import { openGaps, type SourceState } from '@/utils/sources/settings';
import { describeProblem, formatWhen } from './format';

/** What one source has done: for the options page and the dashboard. Props in, text out. */
export function SourceStatus(props: { enabled: boolean; state: SourceState | undefined; now?: number }) {
  const { enabled, state } = props;
  if (!enabled) return <p class="hint source-status">{i18n.t('sources.status.off')}</p>;
  if (!state?.lastPoll) return <p class="hint source-status">{i18n.t('sources.status.waiting')}</p>;
  // A failed check is the last check's outcome: its error comes first, not "0 posts, 0 new mentions".
  const failed = state.lastError !== undefined;
  return (
    <div class="source-status" data-source-status={failed ? 'error' : 'ok'}>
      {state.lastError && (
        <p class="error" role="note">
          {i18n.t('sources.status.failed', [formatWhen(state.lastError.at), describeProblem(state.lastError)])}
        </p>
      )}
      <p class="hint">
        {failed
          ? state.lastSuccess
            ? i18n.t('sources.status.lastSuccess', [formatWhen(state.lastSuccess)])
            : i18n.t('sources.status.neverSucceeded')
          : i18n.t('sources.status.lastPoll', [formatWhen(state.lastPoll), uiCount(state.lastItems), uiCount(state.lastMentions)])}{' '}
        {!failed && state.lastTruncated === 'skipped' ? `${i18n.t('sources.status.truncatedSkipped', [String(MAX_PAGES_PER_POLL)])} ` : null}
        {!failed && state.lastTruncated === 'deferred' ? `${i18n.t('sources.status.truncatedDeferred')} ` : null}
        {!failed && state.lastTruncated === 'gap' ? `${i18n.t('sources.status.truncatedGap', [String(MAX_PAGES_PER_POLL)])} ` : null}
        {!failed ? gapStatus(state) : null}
        {i18n.t('sources.status.totals', [uiCount(state.itemsFetched), uiCount(state.brandItems), uiCount(state.mentionsAdded)])}{' '}
        {state.nextPoll ? i18n.t('sources.status.nextPoll', [formatWhen(state.nextPoll)]) : null}
      </p>
    </div>
  );
}

/** What the last check did about the posts earlier checks could not reach (SourceState.gaps), as sentences. */
function gapStatus(state: SourceState): string | null {
  const report = state.lastGap;
  const open = openGaps(state);
  const parts: string[] = [];
  if (report?.givenUp) parts.push(i18n.t('sources.status.gapGivenUp', [i18n.t(`sources.status.gapReasons.${report.givenUp}`)]));
  if (report?.closed) parts.push(i18n.t('sources.status.gapClosed', [uiCount(report.items)]));
  // A check cut short has just said the next checks go back: no need to say it twice.
  if (open > 0 && !report?.closed && report?.items) parts.push(i18n.t('sources.status.gapFilling', [uiCount(report.items)]));
  else if (open > 0 && (report?.closed || state.lastTruncated !== 'gap')) parts.push(i18n.t('sources.status.gapPending'));
  return parts.length > 0 ? `${parts.join(' ')} ` : null;
}
