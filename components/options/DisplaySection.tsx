import { i18n } from '#i18n';
import { PLATFORM_IDS } from '@/utils/platforms/types';
import { displaySettings, withAllPlatforms } from '@/utils/settings';
import { Section } from './fields';
import { useSetting } from './useSetting';

export function DisplaySection() {
  const { draft: stored, save, state } = useSetting(displaySettings);
  const draft = withAllPlatforms(stored);
  return (
    <Section id="display" title={i18n.t('options.display.title')} intro={i18n.t('options.display.intro')} state={state}>
      <fieldset>
        <legend>{i18n.t('options.display.badges')}</legend>
        {(['all', 'brand'] as const).map((value) => (
          <label key={value} class="choice">
            <input type="radio" name="badges" value={value} checked={draft.badges === value} onChange={() => void save({ ...draft, badges: value })} />{' '}
            {i18n.t(`options.display.badges_${value}`)}
          </label>
        ))}
        <label class="choice">
          <input type="checkbox" name="compact" checked={draft.compact} onChange={(event) => void save({ ...draft, compact: (event.currentTarget as HTMLInputElement).checked })} />{' '}
          {i18n.t('options.display.compact')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{i18n.t('options.display.platforms')}</legend>
        <div class="grid">
          {PLATFORM_IDS.map((id) => (
            <label key={id} class="choice">
              <input
                type="checkbox"
                name={`platform-${id}`}
                checked={draft.platforms[id]}
                onChange={(event) => void save({ ...draft, platforms: { ...draft.platforms, [id]: (event.currentTarget as HTMLInputElement).checked } })}
              />{' '}
              {i18n.t(`platform.${id}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </Section>
  );
}
