// Team alerts (issue 8, practice 6): off by default. The webhook address is a secret: once saved it
// is shown masked, kept in the secrets store (never in storage.local, which content scripts can read),
// and it never leaves it except in the request to that address.
import { i18n } from '#i18n';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { uiCount } from '@/utils/count';
import { parseWebhookUrl, type WebhookCheck } from '@/utils/sources/permissions';
import { setWebhookUrl, storableTeamAlerts } from '@/utils/sources/secrets';
import { teamAlertsSettings, teamAlertsState, WEBHOOK_KINDS, type TeamAlertsSettings } from '@/utils/sources/settings';
import { maskWebhookUrl, sendTeamAlert } from '@/utils/sources/webhooks';
import { Section, type SaveState } from './fields';
import { releaseUnused, requestOrigin } from './sources/hostPermissions';
import { describeWebhookProblem, formatWhen } from './sources/format';
import { useStored } from '../useStored';
import { useWebhookUrl } from '../useWebhookUrl';
import { useSetting } from './useSetting';

function urlProblem(check: Extract<WebhookCheck, { ok: false }>): string {
  if (check.reason === 'empty') return i18n.t('teamAlerts.urlEmpty');
  if (check.reason === 'insecure') return i18n.t('teamAlerts.urlInsecure');
  if (check.reason === 'credentials') return i18n.t('teamAlerts.urlCredentials');
  return i18n.t('teamAlerts.urlInvalid');
}


/** Whether the browser lets Firebreak reach this origin; when the browser cannot say, assume it does. */
async function holdsOrigin(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return true;
  }
}

export function TeamAlertsSection() {
  const uid = useId();
  const setting = useSetting(teamAlertsSettings);
  const stored = useStored(teamAlertsSettings);
  const savedUrl = useWebhookUrl();
  const outcome = useStored(teamAlertsState);
  const { draft } = setting;
  // A new address typed in; empty means "keep the saved one".
  const [newUrl, setNewUrl] = useState('');
  const [replacing, setReplacing] = useState(false);
  const [message, setMessage] = useState<SaveState | { kind: 'info'; message: string }>({ kind: 'idle' });
  const hasSaved = savedUrl !== '';
  const editingUrl = !hasSaved || replacing;
  // The saved address's site, when the browser no longer lets Firebreak reach it (the user took the
  // permission back in the browser's settings, or it was never given): nothing can be sent until it is.
  const [missingPermission, setMissingPermission] = useState<string | null>(null);
  const allowButton = useRef<HTMLButtonElement>(null);
  // The address field and its saved form take each other's place: a focus in the one that went follows
  // to the one that came (Replace, Remove, a new address saved with Enter), not to the top of the page.
  const urlField = useRef<HTMLInputElement>(null);
  const replaceButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef<'field' | 'replace' | null>(null);
  useEffect(() => {
    const target = refocus.current === 'field' ? urlField.current : refocus.current === 'replace' ? replaceButton.current : null;
    if (!target) return;
    refocus.current = null;
    target.focus();
  });

  /** Saves the settings, and the address when `url` is not null (null: the saved one stays). */
  const saveWith = async (next: TeamAlertsSettings, url: string | null, oldPermission: string | null) => {
    if (url !== null) {
      // The address first, into the secrets store; the other settings then go to storage.local without it.
      try {
        await setWebhookUrl(url);
      } catch {
        refocus.current = null;
        setMessage({ kind: 'error', message: i18n.t('teamAlerts.urlNotSaved') });
        return;
      }
    }
    if (!(await setting.save(await storableTeamAlerts(next)))) {
      refocus.current = null;
      return;
    }
    setNewUrl('');
    setReplacing(false);
    const newPermission = parseWebhookUrl(url ?? savedUrl);
    if (oldPermission && (!newPermission.ok || newPermission.permission !== oldPermission)) {
      await releaseUnused(oldPermission, { webhook: true });
    }
  };

  // The saved address's permission and site, if there is a saved address.
  const saved = parseWebhookUrl(savedUrl);
  const savedPermission = saved.ok ? saved.permission : null;
  const savedHost = saved.ok ? new URL(saved.url).host : '';

  const checkPermission = async () => {
    setMissingPermission(savedPermission && !(await holdsOrigin(savedPermission)) ? savedPermission : null);
  };

  // Checked when the page opens, when the address changes, and whenever the browser's grants change.
  useEffect(() => {
    void checkPermission();
    const onChange = () => void checkPermission();
    try {
      browser.permissions.onAdded.addListener(onChange);
      browser.permissions.onRemoved.addListener(onChange);
    } catch {
      return;
    }
    return () => {
      try {
        browser.permissions.onAdded.removeListener(onChange);
        browser.permissions.onRemoved.removeListener(onChange);
      } catch {
        // Nothing was added.
      }
    };
  }, [savedUrl]);

  const allowAgain = (pattern: string) => {
    // First thing in the click: the browser shows its prompt only during the user's gesture.
    void requestOrigin(pattern).then(async (granted) => {
      const holds = granted && (await holdsOrigin(pattern));
      setMissingPermission(holds ? null : pattern);
      setMessage(holds ? { kind: 'info', message: i18n.t('teamAlerts.allowed', [savedHost]) } : { kind: 'error', message: i18n.t('teamAlerts.stillDenied', [savedHost]) });
    });
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const oldPermission = savedPermission;
    // Saved from its field (Enter), the address shows masked, with "Replace address" where the field was.
    const fromField = document.activeElement === urlField.current;
    const focusAfterSaving = () => {
      if (fromField) refocus.current = 'replace';
    };
    if (!editingUrl || newUrl.trim() === '') {
      if (!hasSaved && draft.enabled) {
        setMessage({ kind: 'error', message: i18n.t('teamAlerts.urlEmpty') });
        return;
      }
      focusAfterSaving();
      void saveWith(draft, null, null);
      return;
    }
    const check = parseWebhookUrl(newUrl);
    if (!check.ok) {
      setMessage({ kind: 'error', message: urlProblem(check) });
      return;
    }
    // First thing in the submit: the browser shows its prompt only during the user's gesture.
    void requestOrigin(check.permission).then(async (granted) => {
      if (!granted) {
        setMessage({ kind: 'error', message: i18n.t('teamAlerts.denied', [new URL(check.url).host]) });
        return;
      }
      setMessage({ kind: 'idle' });
      focusAfterSaving();
      await saveWith(draft, check.url, oldPermission);
    });
  };

  const removeUrl = async () => {
    setMessage({ kind: 'idle' });
    refocus.current = 'field';
    await saveWith({ ...draft, enabled: false }, '', savedPermission);
  };

  const sendTest = async () => {
    // The test goes to the saved address: a new one typed in is not used until it is saved.
    if (editingUrl && newUrl.trim() !== '') {
      setMessage({ kind: 'error', message: i18n.t('teamAlerts.testUnsavedUrl') });
      return;
    }
    setMessage({ kind: 'idle' });
    // In the chat format chosen on screen, saved or not: that is what the user means to test.
    const result = await sendTeamAlert({ type: 'test', time: Date.now() }, { settings: { ...stored, url: savedUrl, kind: draft.kind } });
    if (result.ok) setMessage({ kind: 'info', message: i18n.t('teamAlerts.testSent') });
    else if ('problem' in result) setMessage({ kind: 'error', message: describeWebhookProblem(result.problem) });
    else if (result.skipped === 'permission') {
      setMissingPermission(savedPermission);
      setMessage({ kind: 'error', message: i18n.t('teamAlerts.testNoPermission', [savedHost]) });
      // The way out is the next thing to do.
      setTimeout(() => allowButton.current?.focus(), 0);
    } else setMessage({ kind: 'error', message: i18n.t('teamAlerts.testSkipped') });
  };

  const shown: SaveState = message.kind === 'info' || message.kind === 'idle' ? setting.state : message;
  return (
    <Section id="team-alerts" title={i18n.t('teamAlerts.title')} intro={i18n.t('teamAlerts.intro')} state={shown}>
      <form onSubmit={submit} autocomplete="off">
        <label class="choice">
          <input type="checkbox" name="team-alerts-enabled" checked={draft.enabled} onChange={(event) => setting.update({ ...draft, enabled: (event.currentTarget as HTMLInputElement).checked })} />{' '}
          {i18n.t('teamAlerts.enable')}
        </label>
        <fieldset>
          <legend>{i18n.t('teamAlerts.kind')}</legend>
          {WEBHOOK_KINDS.map((kind) => (
            <label key={kind} class="choice">
              <input type="radio" name="team-alerts-kind" value={kind} checked={draft.kind === kind} onChange={() => setting.update({ ...draft, kind })} />{' '}
              {i18n.t(`teamAlerts.kinds.${kind}`)}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for={`${uid}-url`}>{i18n.t('teamAlerts.url')}</label>
          {editingUrl ? (
            <input
              ref={urlField}
              id={`${uid}-url`}
              // Shown as dots: the address is the secret, and screens get shared in a crisis.
              type="password"
              name="team-alerts-url"
              inputMode="url"
              spellcheck={false}
              placeholder="https://hooks.slack.com/services/…"
              value={newUrl}
              aria-describedby={`${uid}-url-hint`}
              onInput={(event) => setNewUrl((event.currentTarget as HTMLInputElement).value)}
            />
          ) : (
            <p id={`${uid}-url`} class="row">
              <span>{i18n.t('teamAlerts.urlSaved', [maskWebhookUrl(savedUrl)])}</span>{' '}
              <button
                type="button"
                ref={replaceButton}
                onClick={() => {
                  refocus.current = 'field';
                  setReplacing(true);
                }}
              >
                {i18n.t('teamAlerts.replace')}
              </button>{' '}
              <button type="button" onClick={() => void removeUrl()}>
                {i18n.t('teamAlerts.remove')}
              </button>
            </p>
          )}
          <p class="hint" id={`${uid}-url-hint`}>
            {i18n.t('teamAlerts.urlHint')}
          </p>
        </div>
        <label class="choice">
          <input type="checkbox" name="team-alerts-levels" checked={draft.levelChanges} onChange={(event) => setting.update({ ...draft, levelChanges: (event.currentTarget as HTMLInputElement).checked })} />{' '}
          {i18n.t('teamAlerts.levelChanges')}
        </label>
        <label class="choice">
          <input
            type="checkbox"
            name="team-alerts-updates"
            checked={draft.internalUpdates}
            onChange={(event) => setting.update({ ...draft, internalUpdates: (event.currentTarget as HTMLInputElement).checked })}
          />{' '}
          {i18n.t('teamAlerts.internalUpdates')}
        </label>
        {hasSaved && missingPermission && (
          <div data-team-alerts-permission>
            <p class="error">{i18n.t('teamAlerts.permissionMissing', [savedHost])}</p>
            <p>
              <button type="button" ref={allowButton} onClick={() => allowAgain(missingPermission)}>
                {i18n.t('teamAlerts.allow', [savedHost])}
              </button>
            </p>
          </div>
        )}
        <p class="row">
          <button type="submit">{i18n.t('teamAlerts.save')}</button>{' '}
          <button type="button" disabled={!hasSaved} onClick={() => void sendTest()}>
            {i18n.t('teamAlerts.test')}
          </button>
        </p>
      </form>
      {/* Always in the page, empty until there is news: a live region added with its words is not always read out. */}
      <p class="ok" role="status">
        {message.kind === 'info' ? message.message : ''}
      </p>
      <p class="hint" data-team-alerts-status>
        {outcome.sent === 0 && outcome.failed === 0 ? i18n.t('teamAlerts.status.never') : null}
        {outcome.lastSent ? i18n.t('teamAlerts.status.sent', outcome.sent, [uiCount(outcome.sent), formatWhen(outcome.lastSent)]) : null}{' '}
        {outcome.lastError ? i18n.t('teamAlerts.status.failed', [uiCount(outcome.failed), formatWhen(outcome.lastError.at), describeWebhookProblem(outcome.lastError)]) : null}
      </p>
    </Section>
  );
}
