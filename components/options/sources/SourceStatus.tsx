import { i18n } from '#i18n';
import type { SourceState } from '@/utils/sources/settings';
import { describeProblem, formatWhen } from './format';

/** What one source has done: for the options page and the dashboard. Props in, text out. */
export function SourceStatus(props: { enabled: boolean; state: SourceState | undefined; now?: number }) {
  const { enabled, state } = props;
  if (!enabled) return <p class="hint source-status">{i18n.t('sources.status.off')}</p>;
  if (!state?.lastPoll) return <p class="hint source-status">{i18n.t('sources.status.waiting')}</p>;
  return (
    <div class="source-status" data-source-status={state.lastError ? 'error' : 'ok'}>
      <p class="hint">
        {i18n.t('sources.status.lastPoll', [formatWhen(state.lastPoll), String(state.lastItems), String(state.lastMentions)])}{' '}
        {i18n.t('sources.status.totals', [String(state.itemsFetched), String(state.brandItems), String(state.mentionsAdded)])}{' '}
        {state.nextPoll ? i18n.t('sources.status.nextPoll', [formatWhen(state.nextPoll)]) : null}
      </p>
      {state.lastError && (
        <p class="error" role="note">
          {i18n.t('sources.status.error', [formatWhen(state.lastError.at), describeProblem(state.lastError)])}
        </p>
      )}
    </div>
  );
}
