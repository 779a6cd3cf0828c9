import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { retentionDays } from '@/utils/settings';
import { database } from '@/utils/tracking/db';
import { download, mentionsToCsv, mentionsToJson } from '@/utils/tracking/export';
import { Section, type SaveState } from './fields';
import { useSetting } from './useSetting';

const stamp = () => new Date().toISOString().slice(0, 10);

/** What a wipe is about to delete, counted first so the page can say what it did; null if it cannot be read. */
async function countStored(): Promise<{ mentions: number; posts: number; alerts: number; corrections: number } | null> {
  try {
    const db = database();
    const [mentions, posts, alerts, corrections] = await Promise.all([db.mentions.count(), db.posts.count(), db.alerts.count(), db.corrections.count()]);
    return { mentions, posts, alerts, corrections };
  } catch {
    return null;
  }
}

export function DataSection() {
  const retention = useSetting(retentionDays, (days) =>
    Number.isInteger(days) && days >= 1 && days <= 365 ? null : i18n.t('options.data.retentionInvalid'),
  );
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const wipeButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  // Into the question when it opens (on the safe answer), back to the button when it closes.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (opened.current) wipeButton.current?.focus();
    opened.current = confirming;
  }, [confirming]);

  const exportMentions = async (format: 'csv' | 'json') => {
    try {
      const mentions = await database().mentions.orderBy('time').toArray();
      if (mentions.length === 0) {
        setState({ kind: 'error', message: i18n.t('options.data.nothingToExport') });
        return;
      }
      if (format === 'csv') download(`firebreak-mentions-${stamp()}.csv`, mentionsToCsv(mentions), 'text/csv');
      else download(`firebreak-mentions-${stamp()}.json`, mentionsToJson(mentions), 'application/json');
      setState({ kind: 'idle' });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const wipe = async () => {
    try {
      const counts = await countStored();
      await sendMessage('page→background:wipe', undefined);
      setConfirming(false);
      const message = counts
        ? i18n.t('options.data.wiped', [String(counts.mentions), String(counts.posts), String(counts.alerts), String(counts.corrections)])
        : i18n.t('options.data.wipedUncounted');
      setState({ kind: 'done', message });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <>
      <Section id="retention" title={i18n.t('options.data.retentionTitle')} state={retention.state}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void retention.save();
          }}
        >
          <label class="field">
            {i18n.t('options.data.retention')}
            <input
              type="number"
              name="retention"
              min={1}
              max={365}
              value={retention.draft}
              onInput={(event) => retention.update(Number((event.currentTarget as HTMLInputElement).value))}
            />
          </label>
          <button type="submit">{i18n.t('options.data.saveRetention')}</button>
        </form>
      </Section>
      <Section id="data" title={i18n.t('options.data.title')} intro={i18n.t('options.data.intro')} state={state}>
        <div class="row">
          <button type="button" onClick={() => void exportMentions('csv')}>
            {i18n.t('options.data.exportCsv')}
          </button>
          <button type="button" onClick={() => void exportMentions('json')}>
            {i18n.t('options.data.exportJson')}
          </button>
        </div>
        {confirming ? (
          <div class="confirm" role="alertdialog" aria-labelledby="wipe-question">
            <p id="wipe-question">{i18n.t('options.data.wipeQuestion')}</p>
            <button type="button" class="danger" onClick={() => void wipe()}>
              {i18n.t('options.data.wipeConfirm')}
            </button>{' '}
            <button type="button" ref={cancelButton} onClick={() => setConfirming(false)}>
              {i18n.t('options.data.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" class="danger" ref={wipeButton} onClick={() => setConfirming(true)}>
            {i18n.t('options.data.wipe')}
          </button>
        )}
      </Section>
    </>
  );
}
