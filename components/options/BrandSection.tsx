import { i18n } from '#i18n';
import { brandProfile, hasBrandTerms } from '@/utils/settings';
import type { BrandProfile } from '@/utils/tracking/brand';
import { Section, TermsField } from './fields';
import { useSetting } from './useSetting';

const FIELDS: Array<{ key: keyof BrandProfile; name: string }> = [
  { key: 'names', name: 'brand-names' },
  { key: 'handles', name: 'brand-handles' },
  { key: 'hashtags', name: 'brand-hashtags' },
  { key: 'products', name: 'brand-products' },
  { key: 'exclusions', name: 'brand-exclusions' },
];

export function BrandSection() {
  const { draft, update, save, state } = useSetting(brandProfile, (brand) => (hasBrandTerms(brand) ? null : i18n.t('options.brand.empty')));
  return (
    <Section id="brand" title={i18n.t('options.brand.title')} intro={i18n.t('options.brand.intro')} state={state}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {FIELDS.map(({ key, name }) => (
          <TermsField
            key={key}
            name={name}
            label={i18n.t(`options.brand.${key}`)}
            hint={i18n.t(`options.brand.${key}Hint`)}
            value={draft[key]}
            onChange={(terms) => update({ ...draft, [key]: terms })}
          />
        ))}
        <button type="submit">{i18n.t('options.brand.save')}</button>
      </form>
    </Section>
  );
}
