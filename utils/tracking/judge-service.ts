import type { BrandRules, LexiconRule } from '../analysis';
import { compileBrandMatcher, type BrandMatcher, type BrandProfile } from './brand';
import { judgeText, MAX_JUDGED_CHARS, MAX_JUDGED_PER_MESSAGE, type PostVerdict } from './verdict';

/** What the judging is derived from that lives in extension storage: the brand and the user's lexicon. */
export interface JudgeSettings {
  profile: BrandProfile;
  lexicon: Readonly<Record<string, LexiconRule>>;
}

export interface JudgeServiceOptions {
  /** The brand and the lexicon as stored now: read for every message, so it must be cheap (one storage read). */
  loadSettings: () => Promise<JudgeSettings>;
  /** The rules the analyser applies with those settings (the user's lexicon, corrections, the brand's terms held neutral). */
  loadRules: (settings: JudgeSettings) => Promise<BrandRules>;
}

export interface JudgeService {
  /** The verdict on each text, in order. */
  judge(texts: readonly string[]): Promise<PostVerdict[]>;
  /** Drops what was read from the database: a correction was saved, or everything was wiped. */
  forget(): void;
}

interface Loaded {
  /** The settings the rules and the matcher were made from, as JSON. */
  key: string;
  pending: Promise<{ rules: BrandRules; matchBrand: BrandMatcher }>;
}

/**
 * The service worker's half of reading posts: pages send the texts they find and get verdicts back,
 * so the analysis runs off the page's main thread, warmed once for every tab instead of once per
 * page. The rules and the compiled brand matcher are kept between messages (derived from storage,
 * never the only copy: a worker started afresh reads them again).
 *
 * Each message reads the brand and the lexicon as stored and uses what is kept only if they are what it
 * was made from. Dropping it when the worker's storage watcher fired was not enough: Chrome tells the
 * worker of a change some time after the write, and a page that judged in between (the content script
 * rejudges its badges as soon as it hears of a new brand) was judged with the old brand. The corrections,
 * in the database, change only through this worker, which calls forget() as it saves one.
 */
export function createJudgeService(options: JudgeServiceOptions): JudgeService {
  let loaded: Loaded | undefined;
  const load = (settings: JudgeSettings) => {
    const key = JSON.stringify([settings.profile, settings.lexicon]);
    if (loaded?.key === key) return loaded.pending;
    const pending = options.loadRules(settings).then((rules) => ({ rules, matchBrand: compileBrandMatcher(settings.profile) }));
    const entry = { key, pending };
    loaded = entry;
    // A failed read is not kept: the next message tries again.
    pending.catch(() => {
      if (loaded === entry) loaded = undefined;
    });
    return pending;
  };
  return {
    async judge(texts) {
      if (!Array.isArray(texts) || texts.length > MAX_JUDGED_PER_MESSAGE) throw new Error(`Send at most ${MAX_JUDGED_PER_MESSAGE} texts to judge at a time`);
      const { rules, matchBrand } = await load(await options.loadSettings());
      return texts.map((text) => judgeText(typeof text === 'string' ? text.slice(0, MAX_JUDGED_CHARS) : '', rules, matchBrand));
    },
    forget() {
      loaded = undefined;
    },
  };
}
