import { i18n } from '#i18n';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { uiCount } from '@/utils/count';
import { sendMessage } from '@/utils/messaging';
import { localDate } from '@/utils/plan/format';
import { retentionDays } from '@/utils/settings';
import { database } from '@/utils/tracking/db';
import { download, mentionsToCsv, mentionsToJson } from '@/utils/tracking/export';
import { prunableAt, PRUNE_ALARM_PERIOD_MINUTES, type Pruned } from '@/utils/tracking/retention';
import { questionKeys } from '../question';
import { numberFromText, Section, textOfNumber, type SaveState } from './fields';
import { useChangedElsewhere, useSetting } from './useSetting';

/** The user's own date, not UTC's: an export late in the evening west of Greenwich is dated that day. */
const stamp = () => localDate(Date.now());

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

/**
 * What a retention of `days` would delete now, counted as the worker's prune counts it; null if the
 * store cannot be read (the question is then asked without a number).
 */
export async function countPrunable(days: number): Promise<Pruned | null> {
  try {
    return await prunableAt(database(), days, Date.now());
  } catch {
    return null;
  }
}

/** Whether a change of retention from `from` to `to` days deletes (or may delete: uncounted) stored data. */
export function retentionDeletes(from: number, to: number, prunable: Pruned | null): boolean {
  return to < from && (prunable === null || prunable.mentions + prunable.posts > 0);
}

/** The words for a shortening that deletes: what goes, as counted (the options page and the import say the same). */
export function retentionLoss(from: number, to: number, prunable: Pruned | null): string {
  return prunable
    ? i18n.t('options.data.retentionLoss', prunable.mentions, [String(from), String(to), uiCount(prunable.mentions), uiCount(prunable.posts)])
    : i18n.t('options.data.retentionLossUncounted', [String(from), String(to)]);
}

/** What is wrong with a retention, in words; null when it can be saved. An emptied field holds NaN. */
export function retentionProblem(days: number): string | null {
  return Number.isInteger(days) && days >= 1 && days <= 365 ? null : i18n.t('options.data.retentionInvalid');
}

export function DataSection() {
  const retention = useSetting(retentionDays, retentionProblem);
  const retentionStatusId = `${useId()}-status`;
  // What the field shows while it is edited, as typed: an emptied field stays empty (not "0").
  const [retentionTyped, setRetentionTyped] = useState<string | null>(null);
  const [retentionInvalid, setRetentionInvalid] = useState(false);
  const retentionField = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const wipeButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  // A shortening that deletes stored data waits here for an answer; the field is where the focus goes after.
  const [shortening, setShortening] = useState<{ from: number; to: number; prunable: Pruned | null } | null>(null);
  // What the retention's status line says when it has more to say than useSetting's "Saved.".
  const [retentionNote, setRetentionNote] = useState<SaveState | null>(null);
  useChangedElsewhere(retention, () => {
    setRetentionNote(null);
    // What was typed here is gone with the draft it belonged to: the field shows the value now stored.
    setRetentionTyped(null);
  });
  const cancelShortening = useRef<HTMLButtonElement>(null);
  const shorteningOpened = useRef(false);

  // Into the question when it opens (on the safe answer), back to the button when it closes.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (opened.current) wipeButton.current?.focus();
    opened.current = confirming;
  }, [confirming]);
  useEffect(() => {
    if (shortening) cancelShortening.current?.focus();
    else if (shorteningOpened.current) retentionField.current?.focus();
    shorteningOpened.current = shortening !== null;
  }, [shortening]);

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

  const typeRetention = (text: string) => {
    setRetentionTyped(text);
    setRetentionInvalid(false);
    setRetentionNote(null);
    retention.update(numberFromText(text));
  };

  const saveRetention = async (event: Event) => {
    event.preventDefault();
    const days = retention.draft;
    const invalid = retentionProblem(days) !== null;
    setRetentionInvalid(invalid);
    setRetentionNote(null);
    // The field to fix takes the focus; the status line says what is wrong.
    if (invalid) retentionField.current?.focus();
    else {
      // A shorter retention deletes older mentions at once (the worker prunes on the change): that is a
      // delete that cannot be undone, so it is asked first, with what would go, as the wipe is.
      const from = await retentionDays.getValue();
      if (days < from) {
        const prunable = await countPrunable(days);
        if (retentionDeletes(from, days, prunable)) {
          setShortening({ from, to: days, prunable });
          return;
        }
      }
    }
    if (await retention.save()) setRetentionTyped(null);
  };

  const confirmShortening = async () => {
    if (!shortening) return;
    // Counted again just before: mentions may have come in, or grown old, while the question was open.
    const prunable = (await countPrunable(shortening.to)) ?? shortening.prunable;
    setShortening(null);
    if (!(await retention.save(shortening.to))) return;
    setRetentionTyped(null);
    if (prunable) {
      setRetentionNote({ kind: 'done', message: i18n.t('options.data.retentionPruned', prunable.mentions, [uiCount(prunable.mentions), uiCount(prunable.posts)]) });
    }
  };

  const keepRetention = () => {
    if (!shortening) return;
    // The field shows the retention still in force, not the number that was declined.
    retention.update(shortening.from);
    setRetentionTyped(null);
    setShortening(null);
    setRetentionNote({ kind: 'done', message: i18n.t('options.data.retentionKept', [String(shortening.from)]) });
  };

  const wipe = async () => {
    try {
      const counts = await countStored();
      await sendMessage('page→background:wipe', undefined);
      setConfirming(false);
      const message = counts
        ? i18n.t('options.data.wiped', [uiCount(counts.mentions), uiCount(counts.posts), uiCount(counts.alerts), uiCount(counts.corrections)])
        : i18n.t('options.data.wipedUncounted');
      setState({ kind: 'done', message });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <>
      <Section
        id="retention"
        title={i18n.t('options.data.retentionTitle')}
        intro={i18n.t('options.data.retentionIntro', [String(PRUNE_ALARM_PERIOD_MINUTES / 60)])}
        state={retentionNote ?? retention.state}
        statusId={retentionStatusId}
      >
        {/* noValidate: the section checks the value itself and says what is wrong in its status line. */}
        <form noValidate onSubmit={(event) => void saveRetention(event)}>
          <label class="field">
            {i18n.t('options.data.retention')}
            <input
              ref={retentionField}
              type="number"
              name="retention"
              min={1}
              max={365}
              value={retentionTyped ?? textOfNumber(retention.draft)}
              aria-invalid={retentionInvalid ? 'true' : undefined}
              aria-describedby={retentionInvalid ? retentionStatusId : undefined}
              onInput={(event) => typeRetention((event.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <button type="submit">{i18n.t('options.data.saveRetention')}</button>
        </form>
        {shortening && (
          <div class="confirm" role="alertdialog" aria-labelledby="retention-question" onKeyDown={questionKeys(keepRetention)}>
            <p id="retention-question">
              {retentionLoss(shortening.from, shortening.to, shortening.prunable)} {i18n.t('options.data.retentionCannotUndo')}
            </p>
            <button type="button" class="danger" onClick={() => void confirmShortening()}>
              {i18n.t('options.data.retentionConfirm')}
            </button>{' '}
            <button type="button" ref={cancelShortening} onClick={keepRetention}>
              {i18n.t('options.data.cancel')}
            </button>
          </div>
        )}
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
          <div
            class="confirm"
            role="alertdialog"
            aria-labelledby="wipe-question"
            // Escape answers no and Tab stays in the question; the focus goes back to the button (the effect above).
            onKeyDown={questionKeys(() => setConfirming(false))}
          >
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
