import { i18n } from '#i18n';
import { PLATFORM_IDS } from '@/utils/platforms/types';
import { displaySettings, withAllPlatforms } from '@/utils/settings';
import type { BrandProfile } from '@/utils/tracking/brand';
import { useStored } from '../useStored';

/** What the brand is called in a sentence: its first name, else its first handle, hashtag or product. */
export function brandLabel(brand: BrandProfile): string {
  return brand.names[0] ?? brand.handles[0] ?? brand.hashtags[0] ?? brand.products[0] ?? '';
}

/**
 * What happens after the first brand is saved (QA: on a first run "✓ Saved." said nothing more, and a
 * new user was left wondering): Firebreak listens on the platforms turned on under Badges and platforms
 * (every one by default), a listening source can search too, and no level means anything until a day
 * of history is learned (MIN_BASELINE_HOURS; the popup says "Learning normal" until then).
 *
 * A live region of its own, beside the section's status line and not in it: "✓ Saved." keeps its words
 * (and its re-announcing, StatusLine), and this is read out once, when it appears. `brand`: the brand
 * just saved for the first time, or null for nothing to say.
 */
export function BrandNextStep({ brand }: { brand: BrandProfile | null }) {
  const display = withAllPlatforms(useStored(displaySettings));
  const on = PLATFORM_IDS.filter((id) => display.platforms[id]).map((id) => i18n.t(`platform.${id}`));
  return (
    <div aria-live="polite">
      {brand && (
        <p class="next-step" data-testid="brand-next-step">
          {on.length > 0 ? i18n.t('options.brand.nextStep', [brandLabel(brand), on.join(', ')]) : i18n.t('options.brand.nextStepNoPlatform', [brandLabel(brand)])}
        </p>
      )}
    </div>
  );
}
