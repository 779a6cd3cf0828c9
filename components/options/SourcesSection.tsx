// Listening sources (issue 8): each off by default; turning one on asks for its API's host only,
// turning it off gives the host back. The worker polls; this page shows what it did.
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES } from '@/utils/sources/backoff';
import { parseInstance, permissionsInUse, sourcePermission } from '@/utils/sources/permissions';
import { SOURCE_IDS, sourcesSettings, sourcesState, teamAlertsSettings, withAllSources, type SourcesSettings } from '@/utils/sources/settings';
import type { SourceId } from '@/utils/sources/types';
import { Section, type SaveState } from './fields';
import { releaseOrigin, requestOrigin } from './sources/hostPermissions';
import { SourceCard } from './sources/SourceCard';
import { useStored } from '../useStored';
import { useSetting } from './useSetting';

/** A problem with the settings, in words, or null. */
export function sourcesProblem(settings: SourcesSettings): string | null {
  for (const id of SOURCE_IDS) {
    const minutes = settings[id].intervalMinutes;
    if (!Number.isInteger(minutes) || minutes < MIN_INTERVAL_MINUTES || minutes > MAX_INTERVAL_MINUTES) return i18n.t('sources.intervalInvalid');
  }
  if (settings.mastodon.enabled && !parseInstance(settings.mastodon.instance).ok) return i18n.t('sources.instanceInvalid');
  return null;
}

export function SourcesSection() {
  const setting = useSetting(sourcesSettings, sourcesProblem);
  const settings = withAllSources(setting.draft);
  const states = useStored(sourcesState);
  const team = useStored(teamAlertsSettings);
  const [message, setMessage] = useState<SaveState>({ kind: 'idle' });

  const turnOn = (id: SourceId) => {
    let next = settings;
    if (id === 'mastodon') {
      const instance = parseInstance(settings.mastodon.instance);
      if (!instance.ok) {
        setMessage({ kind: 'error', message: i18n.t('sources.instanceInvalid') });
        return;
      }
      next = { ...settings, mastodon: { ...settings.mastodon, instance: instance.host } };
    }
    const pattern = sourcePermission(id, next);
    if (!pattern) return;
    // First thing in the click: the browser shows its prompt only during the user's gesture.
    void requestOrigin(pattern).then(async (granted) => {
      if (!granted) {
        setMessage({ kind: 'error', message: i18n.t('sources.denied', [pattern.replace('/*', '')]) });
        return;
      }
      setMessage({ kind: 'idle' });
      await setting.save({ ...next, [id]: { ...next[id], enabled: true, enabledAt: Date.now() } });
    });
  };

  const turnOff = async (id: SourceId) => {
    const pattern = sourcePermission(id, settings);
    const next: SourcesSettings = { ...settings, [id]: { ...settings[id], enabled: false } };
    setMessage({ kind: 'idle' });
    if (!(await setting.save(next))) return;
    if (pattern) await releaseOrigin(pattern, permissionsInUse(next, team, { source: id }));
  };

  return (
    <Section id="sources" title={i18n.t('sources.title')} intro={i18n.t('sources.intro')} state={message.kind === 'idle' ? setting.state : message}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void setting.save(settings);
        }}
      >
        {SOURCE_IDS.map((id) => (
          <SourceCard
            key={id}
            id={id}
            settings={settings[id]}
            state={states[id]}
            onToggle={(on) => (on ? turnOn(id) : void turnOff(id))}
            onChange={(next) => setting.update({ ...settings, [id]: next })}
          />
        ))}
        <button type="submit">{i18n.t('sources.save')}</button>
      </form>
    </Section>
  );
}
