import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { brandProfile, hasBrandTerms } from '@/utils/settings';
import { BRAND_LISTS, compileBrandMatcher, type BrandProfile } from '@/utils/tracking/brand';
import { Section, termsProblem } from './fields';
import { TermsListField } from './plan/fields';
import { useStoredOnceRead } from '../useStored';
import { BrandNextStep } from './BrandNextStep';
import { useChangedElsewhere, useSetting } from './useSetting';

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

/**
 * Handles and hashtags tidied, and a handle written with and without "@" (a hashtag with and without
 * "#") kept once. A "#" in Handles is kept as typed, for listProblem to point out.
 */
function tidied(key: keyof BrandProfile, terms: string[]): string[] {
  if (key !== 'handles' && key !== 'hashtags') return terms;
  const seen = new Set<string>();
  return terms
    .map((term) => (key === 'handles' ? tidyHandle(term) : tidyHashtag(term)))
    .filter((term) => {
      const same = term.replace(key === 'handles' ? /^[@＠]/ : /^[#＃]/, '').toLowerCase();
      if (!same || seen.has(same)) return false;
      seen.add(same);
      return true;
    });
}

/**
 * A brand's lists as the form keeps them (tidied): what a settings file's import stores, so a handle pasted
 * there as a profile link ("https://x.com/brewly") is matched as the same handle typed in the form is.
 */
export function tidyBrand(brand: BrandProfile): BrandProfile {
  const tidy = { ...brand };
  for (const key of BRAND_LISTS) tidy[key] = tidied(key, brand[key]);
  return tidy;
}

/** A letter or a digit, in any script: what the brand matcher reads as a word (utils/tracking/brand.ts). */
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Why a list cannot be saved as it is, or null: the settings file's limits (a brand this form saves
 * can always be imported again from its own export), and terms that could never match (QA: "#acme"
 * saved as a handle, "#acme recall" as a hashtag, "🔥" with no letter or digit to match). Those are
 * refused, not changed: the user's text stays in the field, and the message says what to write instead.
 * A settings file's brand is checked by the same rules (`where: 'file'` words a message for the file).
 */
export function listProblem(key: keyof BrandProfile, terms: readonly string[], where: 'form' | 'file' = 'form'): string | null {
  const limits = termsProblem(terms);
  if (limits) return limits;
  // The matcher reads words (letters and digits): "🔥" or "🍔🍟" has none, so it is never found (nor, as
  // an exclusion, does it ever hide anything).
  const wordless = terms.map((term) => term.trim()).filter((term) => term !== '' && !HAS_WORD.test(term));
  if (wordless.length > 0) return i18n.t('options.brand.noLetters', [wordless.map((term) => `“${term}”`).join(', ')]);
  if (key === 'handles') {
    // A handle is matched after "@" only: "#acme" in Handles is a hashtag that never matches there.
    const hashtags = terms.map((term) => term.trim()).filter((term) => /^[#＃]/.test(term));
    if (hashtags.length > 0) return i18n.t(where === 'file' ? 'options.file.handleIsHashtag' : 'options.brand.handleIsHashtag', [hashtags.join(', ')]);
  }
  if (key === 'hashtags') {
    // In a post, "#acme recall" is #acme and a word: the user says whether #acmerecall was meant.
    const spaced = terms.map((term) => term.trim()).filter((term) => /\s/u.test(term));
    if (spaced.length > 0) return spaced.map((term) => i18n.t('options.brand.hashtagSpaces', [term, term.replace(/\s+/gu, '')])).join(' ');
  }
  return null;
}

/** The most names and products checked against the exclusions (each check compiles a matcher). */
const MAX_EXCLUSION_CHECKS = 50;

/**
 * An exclusion that removes a name or product itself ("apple" beside the name Apple): the brand would
 * never be found, and was saved as "✓ Saved." all the same (QA). Null when every one can still be matched.
 */
export function exclusionProblem(brand: BrandProfile): string | null {
  if (brand.exclusions.length === 0) return null;
  const only = (term: string, exclusions: readonly string[]) =>
    compileBrandMatcher({ names: [term], handles: [], hashtags: [], products: [], exclusions: [...exclusions] });
  for (const term of [...brand.names, ...brand.products].slice(0, MAX_EXCLUSION_CHECKS)) {
    // The term written on its own is the plainest mention there is: matched unless an exclusion removes it.
    if (only(term, [])(term).length === 0 || only(term, brand.exclusions)(term).length > 0) continue;
    const culprit = brand.exclusions.find((exclusion) => only(term, [exclusion])(term).length === 0) ?? brand.exclusions[0]!;
    return i18n.t('options.brand.exclusionHides', [culprit, term]);
  }
  return null;
}

/** Each list's problem (listProblem, then exclusionProblem): what the form and a settings file's import refuse. */
export function brandProblems(brand: BrandProfile, where: 'form' | 'file' = 'form'): Problems {
  const problems: Problems = Object.fromEntries(FIELDS.flatMap(({ key }) => {
    const problem = listProblem(key, brand[key], where);
    return problem ? [[key, problem]] : [];
  }));
  const hidden = problems.exclusions ? null : exclusionProblem(brand);
  return hidden ? { ...problems, exclusions: hidden } : problems;
}

export function BrandSection() {
  const { draft, update, save, state, changedElsewhere } = useSetting(brandProfile, (brand) =>
    Object.keys(brandProblems(brand)).length > 0 ? i18n.t('options.brand.invalid') : hasBrandTerms(brand) ? null : i18n.t('options.brand.empty'),
  );
  // Shown under each list from the last save on, and as soon as a list is changed: a term that could
  // never match is pointed out when the field is left, not only on saving.
  const [problems, setProblems] = useState<Problems>({});
  // The brand as stored: a save while it names nothing is the first brand, which says what happens next
  // (BrandNextStep). A later save of a brand already set says only "Saved.", and takes the words away.
  const stored = useStoredOnceRead(brandProfile);
  const [firstBrand, setFirstBrand] = useState<BrandProfile | null>(null);
  useChangedElsewhere({ changedElsewhere }, () => setFirstBrand(null));
  return (
    <Section id="brand" title={i18n.t('options.brand.title')} intro={i18n.t('options.brand.intro')} state={state} after={<BrandNextStep brand={firstBrand} />}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const found = brandProblems(draft);
          setProblems(found);
          // The first list to fix takes the focus; its error says what is wrong.
          const first = FIELDS.find(({ key }) => found[key]);
          if (first) document.getElementById(first.name)?.focus();
          const wasEmpty = stored !== null && !hasBrandTerms(stored);
          void save().then((saved) => {
            if (saved) setFirstBrand(wasEmpty ? draft : null);
          });
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
              const next = tidied(key, terms);
              setProblems({ ...problems, [key]: listProblem(key, next) ?? undefined });
              update({ ...draft, [key]: next });
            }}
          />
        ))}
        <button type="submit">{i18n.t('options.brand.save')}</button>
      </form>
    </Section>
  );
}
