import { i18n } from '#i18n';
import { useId } from 'preact/hooks';
import { MIN_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES } from '@/utils/sources/backoff';
import type { MastodonSourceSettings, SourceSettings, SourceState } from '@/utils/sources/settings';
import type { SourceId } from '@/utils/sources/types';
import { SourceStatus } from './SourceStatus';

export interface SourceCardProps {
  id: SourceId;
  settings: SourceSettings | MastodonSourceSettings;
  state: SourceState | undefined;
  /** Called inside the change event, so the permission prompt can open. */
  onToggle(on: boolean): void;
  onChange(next: SourceSettings | MastodonSourceSettings): void;
}

const isMastodon = (settings: SourceSettings | MastodonSourceSettings): settings is MastodonSourceSettings => 'instance' in settings;

/** One source: its switch, its few settings and what it has done. */
export function SourceCard(props: SourceCardProps) {
  const { id, settings } = props;
  const uid = useId();
  const name = i18n.t(`sources.names.${id}`);
  const numberValue = (event: Event) => Number((event.currentTarget as HTMLInputElement).value);
  const textValue = (event: Event) => (event.currentTarget as HTMLInputElement).value;
  return (
    <fieldset class="source" data-source={id}>
      <legend>{name}</legend>
      <p class="hint" id={`${uid}-hint`}>
        {i18n.t(`sources.hints.${id}`)}
      </p>
      <label class="choice">
        <input
          type="checkbox"
          name={`source-${id}`}
          aria-label={i18n.t('sources.enableLabel', [name])}
          aria-describedby={`${uid}-hint`}
          checked={settings.enabled}
          onChange={(event) => props.onToggle((event.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {i18n.t('sources.enable')}
      </label>
      {isMastodon(settings) && (
        <>
          <div class="field">
            <label for={`${uid}-instance`}>{i18n.t('sources.instance')}</label>
            <input
              id={`${uid}-instance`}
              type="text"
              name="source-mastodon-instance"
              placeholder="mastodon.social"
              value={settings.instance}
              disabled={settings.enabled}
              aria-describedby={`${uid}-instance-hint`}
              onInput={(event) => props.onChange({ ...settings, instance: textValue(event) })}
            />
            <p class="hint" id={`${uid}-instance-hint`}>
              {i18n.t('sources.instanceHint')}
            </p>
          </div>
          <div class="field">
            <label for={`${uid}-tags`}>{i18n.t('sources.hashtags')}</label>
            <input
              id={`${uid}-tags`}
              type="text"
              name="source-mastodon-hashtags"
              value={settings.hashtags}
              aria-describedby={`${uid}-tags-hint`}
              onInput={(event) => props.onChange({ ...settings, hashtags: textValue(event) })}
            />
            <p class="hint" id={`${uid}-tags-hint`}>
              {i18n.t('sources.hashtagsHint')}
            </p>
          </div>
        </>
      )}
      <div class="field">
        <label for={`${uid}-interval`}>{i18n.t('sources.interval')}</label>
        <input
          id={`${uid}-interval`}
          type="number"
          name={`source-${id}-interval`}
          min={MIN_INTERVAL_MINUTES}
          max={MAX_INTERVAL_MINUTES}
          step={1}
          value={settings.intervalMinutes}
          aria-describedby={`${uid}-interval-hint`}
          onInput={(event) => props.onChange({ ...settings, intervalMinutes: numberValue(event) })}
        />
        <p class="hint" id={`${uid}-interval-hint`}>
          {i18n.t('sources.intervalHint')}
        </p>
      </div>
      <SourceStatus enabled={settings.enabled} state={props.state} />
    </fieldset>
  );
}
