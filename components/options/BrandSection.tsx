import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { brandProfile, hasBrandTerms } from '@/utils/settings';
import type { BrandProfile } from '@/utils/tracking/brand';
import { Section, termsProblem } from './fields';
import { TermsListField } from './plan/fields';
import { useSetting } from './useSetting';

const FIELDS: Array<{ key: keyof BrandProfile; name: string }> = [
  { key: 'names', name: 'brand-names' },
  { key: 'handles', name: 'brand-handles' },
  { key: 'hashtags', name: 'brand-hashtags' },
  { key: 'products', name: 'brand-products' },
  { key: 'exclusions', name: 'brand-exclusions' },
];

type Problems = Partial<Record<keyof BrandProfile, string>>;

/**
 * Each list's problem, by the settings file's limits: a brand this form saves can always be imported
 * again from its own export.
 */
function brandProblems(brand: BrandProfile): Problems {
  return Object.fromEntries(FIELDS.flatMap(({ key }) => {
    const problem = termsProblem(brand[key]);
    return problem ? [[key, problem]] : [];
  }));
}

export function BrandSection() {
  const { draft, update, save, state } = useSetting(brandProfile, (brand) =>
    Object.keys(brandProblems(brand)).length > 0 ? i18n.t('options.brand.invalid') : hasBrandTerms(brand) ? null : i18n.t('options.brand.empty'),
  );
  // Shown under each list from the last save on, until that list is edited.
  const [problems, setProblems] = useState<Problems>({});
  return (
    <Section id="brand" title={i18n.t('options.brand.title')} intro={i18n.t('options.brand.intro')} state={state}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const found = brandProblems(draft);
          setProblems(found);
          // The first list to fix takes the focus; its error says what is wrong.
          const first = FIELDS.find(({ key }) => found[key]);
          if (first) document.getElementById(first.name)?.focus();
          void save();
        }}
      >
        {FIELDS.map(({ key, name }) => (
          <TermsListField
            key={key}
            id={name}
            name={name}
            label={i18n.t(`options.brand.${key}`)}
            hint={i18n.t(`options.brand.${key}Hint`)}
            errors={problems[key] ? [problems[key]] : []}
            value={draft[key]}
            onChange={(terms) => {
              setProblems({ ...problems, [key]: undefined });
              update({ ...draft, [key]: terms });
            }}
          />
        ))}
        <button type="submit">{i18n.t('options.brand.save')}</button>
      </form>
    </Section>
  );
}
