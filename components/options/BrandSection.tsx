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
 * A handle as the matcher reads it, from what people paste (QA: "https://x.com/brewly" and "@ brewly"
 * were saved and could never match): a profile link gives its account ("https://x.com/brewly",
 * "instagram.com/brewly/", "bsky.app/profile/brewly.bsky.social", "mastodon.social/@brewly" becomes
 * "@brewly@mastodon.social"), spaces after "@" go, and a lone "@" is dropped.
 */
export function tidyHandle(term: string): string {
  let handle = term.trim();
  const link = /^(?:https?:\/\/)?(?:www\.|m\.|mobile\.)?([a-z0-9.-]+\.[a-z]{2,})\/(?:profile\/|user\/|u\/|c\/|in\/|company\/)?(@?[\p{L}\p{N}_.-]+)\/?(?:[?#].*)?$/iu.exec(handle);
  if (link) {
    const [, host, account] = link as unknown as [string, string, string];
    handle = account.startsWith('@') && !/^(?:x|twitter|tiktok|youtube|threads)\.(?:com|net)$/i.test(host) ? `${account}@${host.toLowerCase()}` : account;
  }
  handle = handle.replace(/^([@＠])\s+/, '$1');
  return /^[@＠]?$/.test(handle) ? '' : handle;
}

/** A hashtag without the space people put after "#"; a lone "#" is dropped. */
export function tidyHashtag(term: string): string {
  const tag = term.trim().replace(/^#\s+/, '#');
  return tag === '#' ? '' : tag;
}

/** Handles and hashtags tidied, and a handle written with and without "@" kept once. */
function tidied(key: keyof BrandProfile, terms: string[]): string[] {
  if (key !== 'handles' && key !== 'hashtags') return terms;
  const seen = new Set<string>();
  return terms
    .map((term) => (key === 'handles' ? tidyHandle(term) : tidyHashtag(term)))
    .filter((term) => {
      const same = term.replace(/^[@＠#]/, '').toLowerCase();
      if (!same || seen.has(same)) return false;
      seen.add(same);
      return true;
    });
}

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
              update({ ...draft, [key]: tidied(key, terms) });
            }}
          />
        ))}
        <button type="submit">{i18n.t('options.brand.save')}</button>
      </form>
    </Section>
  );
}
