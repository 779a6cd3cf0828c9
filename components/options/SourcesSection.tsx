// Listening sources (issue 8): each off by default; turning one on asks for its API's host only,
// turning it off gives the host back. The worker polls; this page shows what it did.
//
// A source's switch takes effect at once and saves that source alone: an unfinished edit in another
// source's fields can never keep a source on (or off). The fields are saved with "Save source settings".
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES } from '@/utils/sources/backoff';
import { parseInstance, sourcePermission } from '@/utils/sources/permissions';
import { storableSources } from '@/utils/sources/secrets';
import { SOURCE_IDS, sourcesSettings, sourcesState, withAllSources, type SourceSettings, type SourcesSettings } from '@/utils/sources/settings';
import type { SourceId } from '@/utils/sources/types';
import { Section, type SaveState } from './fields';
import { releaseUnused, requestOrigin } from './sources/hostPermissions';
import { SourceCard } from './sources/SourceCard';
import { useStored } from '../useStored';
import { useChangedElsewhere, useSetting } from './useSetting';

/** "Hacker News search, Every (minutes): Choose a whole number…": which source, which field, what is wrong. */
const fieldProblem = (id: SourceId, field: string, problem: string) => i18n.t('sources.fieldInvalid', [i18n.t(`sources.names.${id}`), field, problem]);

/** A problem with the settings of `ids` (every source by default), in words that name the source and field, or null. */
export function sourcesProblem(settings: SourcesSettings, ids: readonly SourceId[] = SOURCE_IDS): string | null {
  for (const id of ids) {
    const minutes = settings[id].intervalMinutes;
    if (!Number.isInteger(minutes) || minutes < MIN_INTERVAL_MINUTES || minutes > MAX_INTERVAL_MINUTES) {
      return fieldProblem(id, i18n.t('sources.interval'), i18n.t('sources.intervalInvalid'));
    }
  }
  if (ids.includes('mastodon') && settings.mastodon.enabled && !parseInstance(settings.mastodon.instance).ok) {
    return fieldProblem('mastodon', i18n.t('sources.instance'), i18n.t('sources.instanceInvalid'));
  }
  return null;
}

type Edits = Partial<{ [K in SourceId]: SourcesSettings[K] }>;

/** The stored settings with the unsaved field edits over them; the switches are always the stored ones. */
function withEdits(stored: SourcesSettings, edits: Edits): SourcesSettings {
  const out = { ...stored };
  for (const id of SOURCE_IDS) {
    const edit = edits[id];
    if (edit) Object.assign(out, { [id]: { ...edit, enabled: stored[id].enabled, enabledAt: stored[id].enabledAt } });
  }
  return out;
}

/** Writes one source's settings over what is stored now; the others are left as they are (a token is not kept there). */
async function saveOne(id: SourceId, change: (current: SourceSettings) => SourceSettings): Promise<SourcesSettings | null> {
  try {
    const current = withAllSources(await sourcesSettings.getValue());
    const next = await storableSources({ ...current, [id]: change(current[id]) });
    await sourcesSettings.setValue(next);
    return next;
  } catch {
    return null;
  }
}

export function SourcesSection() {
  const setting = useSetting(sourcesSettings, sourcesProblem);
  const stored = withAllSources(setting.draft);
  const [edits, setEdits] = useState<Edits>({});
  const settings = withEdits(stored, edits);
  const states = useStored(sourcesState);
  const [message, setMessage] = useState<SaveState>({ kind: 'idle' });
  useChangedElsewhere(setting, () => setMessage({ kind: 'idle' }));

  const forget = (id: SourceId) =>
    setEdits((before) => {
      const rest = { ...before };
      delete rest[id];
      return rest;
    });

  const turnOn = (id: SourceId) => {
    // This source's own fields go with it, checked before anything is asked: a refused value never
    // leaves a permission behind. Other sources' unsaved fields play no part.
    let own = settings[id];
    if (id === 'mastodon') {
      const instance = parseInstance(settings.mastodon.instance);
      if (!instance.ok) {
        setMessage({ kind: 'error', message: fieldProblem('mastodon', i18n.t('sources.instance'), i18n.t('sources.instanceInvalid')) });
        return;
      }
      own = { ...settings.mastodon, instance: instance.host };
    }
    const candidate: SourcesSettings = { ...stored, [id]: { ...own, enabled: true } };
    const problem = sourcesProblem(candidate, [id]);
    const pattern = sourcePermission(id, candidate);
    if (problem || !pattern) {
      setMessage({ kind: 'error', message: problem ?? i18n.t('sources.errors.notConfigured') });
      return;
    }
    // First thing in the click: the browser shows its prompt only during the user's gesture.
    void requestOrigin(pattern).then(async (granted) => {
      if (!granted) {
        setMessage({ kind: 'error', message: i18n.t('sources.denied', [pattern.replace('/*', '')]) });
        return;
      }
      const next = await saveOne(id, () => ({ ...own, enabled: true, enabledAt: Date.now() }));
      if (!next) {
        // Not on after all: the permission goes back too.
        await releaseUnused(pattern, { source: id });
        setMessage({ kind: 'error', message: i18n.t('sources.toggleFailed', [i18n.t(`sources.names.${id}`)]) });
        return;
      }
      forget(id);
      setMessage({ kind: 'saved' });
    });
  };

  const turnOff = async (id: SourceId) => {
    const pattern = sourcePermission(id, stored);
    const next = await saveOne(id, (current) => ({ ...current, enabled: false }));
    if (!next) {
      setMessage({ kind: 'error', message: i18n.t('sources.toggleFailed', [i18n.t(`sources.names.${id}`)]) });
      return;
    }
    setMessage({ kind: 'saved' });
    if (pattern) await releaseUnused(pattern, { source: id });
  };

  return (
    <Section id="sources" title={i18n.t('sources.title')} intro={i18n.t('sources.intro')} state={message.kind === 'idle' ? setting.state : message}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setMessage({ kind: 'idle' });
          void storableSources(settings)
            .then((value) => setting.save(value))
            .then((saved) => {
              if (saved) setEdits({});
            });
        }}
      >
        {SOURCE_IDS.map((id) => (
          <SourceCard
            key={id}
            id={id}
            settings={settings[id]}
            state={states[id]}
            onToggle={(on) => (on ? turnOn(id) : void turnOff(id))}
            onChange={(next) => {
              setMessage({ kind: 'idle' });
              // Clears the last save's message, as any edit does.
              setting.update(setting.draft);
              setEdits((before) => ({ ...before, [id]: next }));
            }}
          />
        ))}
        <button type="submit">{i18n.t('sources.save')}</button>
      </form>
    </Section>
  );
}
