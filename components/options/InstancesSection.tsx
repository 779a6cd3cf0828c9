import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { permissionsInUse } from '@/utils/sources/permissions';
import { getWebhookUrl } from '@/utils/sources/secrets';
import { sourcesSettings, withAllSources } from '@/utils/sources/settings';
import { instancePattern, parseInstanceHost } from '@/utils/platforms/instances';
import { MASTODON_DEFAULT_HOSTS } from '@/utils/platforms/mastodon';
import { mastodonHosts } from '@/utils/settings';
import { Section, type SaveState } from './fields';
import { releaseOrigin } from './sources/hostPermissions';
import { useChangedElsewhere, useSetting } from './useSetting';

export function InstancesSection() {
  const hosts = useSetting(mastodonHosts);
  const [input, setInput] = useState('');
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);
  useChangedElsewhere(hosts, () => setState({ kind: 'idle' }));

  const add = async (event: Event) => {
    event.preventDefault();
    const parsed = parseInstanceHost(input);
    if (!parsed.ok) {
      setState({ kind: 'error', message: parsed.message });
      return;
    }
    if (hosts.draft.includes(parsed.host)) {
      setState({ kind: 'error', message: i18n.t('options.instances.already', [parsed.host]) });
      return;
    }
    // Asked while the click is still a user gesture; only this one host.
    const granted = await browser.permissions.request({ origins: [instancePattern(parsed.host)] }).catch(() => false);
    if (!granted) {
      setState({ kind: 'error', message: i18n.t('options.instances.denied', [parsed.host]) });
      return;
    }
    if (await hosts.save([...hosts.draft, parsed.host])) {
      setInput('');
      setState({ kind: 'saved' });
    }
  };

  const remove = async (host: string) => {
    // Its button goes with it: the focus stays in the section, on the field to add one.
    field.current?.focus();
    // Saved first, so a failed save leaves no listed host without its permission; then the host is given
    // back only if nothing else uses it (the Mastodon listening source or a webhook on the same server).
    // The section then shows this save's outcome, not an earlier add's ("Saved." again is read out again).
    setState({ kind: 'idle' });
    if (!(await hosts.save(hosts.draft.filter((entry) => entry !== host)))) return;
    const [sources, webhookUrl] = await Promise.all([sourcesSettings.getValue(), getWebhookUrl()]);
    await releaseOrigin(instancePattern(host), permissionsInUse(withAllSources(sources), webhookUrl));
  };

  return (
    <Section id="instances" title={i18n.t('options.instances.title')} intro={i18n.t('options.instances.intro', [MASTODON_DEFAULT_HOSTS.join(', ')])} state={state.kind === 'idle' ? hosts.state : state}>
      {hosts.draft.length > 0 && (
        <ul class="plain">
          {hosts.draft.map((host) => (
            <li key={host}>
              {host}{' '}
              <button type="button" onClick={() => void remove(host)} aria-label={i18n.t('options.instances.removeLabel', [host])}>
                {i18n.t('options.instances.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void add(event)} class="row">
        <label class="field">
          {i18n.t('options.instances.add')}
          <input ref={field} type="text" name="instance" placeholder="social.example.org" value={input} onInput={(event) => setInput((event.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit">{i18n.t('options.instances.addButton')}</button>
      </form>
    </Section>
  );
}
