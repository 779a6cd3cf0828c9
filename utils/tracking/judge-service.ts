import type { BrandRules } from '../analysis';
import { compileBrandMatcher, type BrandMatcher, type BrandProfile } from './brand';
import { judgeText, MAX_JUDGED_CHARS, MAX_JUDGED_PER_MESSAGE, type PostVerdict } from './verdict';

export interface JudgeServiceOptions {
  /** The rules the analyser applies now (the user's lexicon, corrections, the brand's terms held neutral). */
  loadRules: () => Promise<BrandRules>;
  loadProfile: () => Promise<BrandProfile>;
}

export interface JudgeService {
  /** The verdict on each text, in order. */
  judge(texts: readonly string[]): Promise<PostVerdict[]>;
  /** Drops what was read from storage: the rules or the brand changed (a correction, an edit, a wipe). */
  forget(): void;
}

/**
 * The service worker's half of reading posts: pages send the texts they find and get verdicts back,
 * so the analysis runs off the page's main thread, warmed once for every tab instead of once per
 * page. The rules and the compiled brand matcher are kept between messages (derived from storage,
 * never the only copy: a worker started afresh reads them again), and dropped when they change.
 */
export function createJudgeService(options: JudgeServiceOptions): JudgeService {
  let loaded: Promise<{ rules: BrandRules; matchBrand: BrandMatcher }> | undefined;
  const load = () => {
    if (loaded) return loaded;
    const pending = Promise.all([options.loadRules(), options.loadProfile()]).then(([rules, profile]) => ({ rules, matchBrand: compileBrandMatcher(profile) }));
    loaded = pending;
    // A failed read is not kept: the next message tries again.
    pending.catch(() => {
      if (loaded === pending) loaded = undefined;
    });
    return pending;
  };
  return {
    async judge(texts) {
      if (!Array.isArray(texts) || texts.length > MAX_JUDGED_PER_MESSAGE) throw new Error(`Send at most ${MAX_JUDGED_PER_MESSAGE} texts to judge at a time`);
      const { rules, matchBrand } = await load();
      return texts.map((text) => judgeText(typeof text === 'string' ? text.slice(0, MAX_JUDGED_CHARS) : '', rules, matchBrand));
    },
    forget() {
      loaded = undefined;
    },
  };
}
