import type { Analysis, BrandRules } from '../analysis';
import { textKey } from '../analysis/corrections';
import { sendMessage } from '../messaging';
import { localeActionMessages, rememberedMessages } from '../plan/action-messages';
import { questionKind } from '../coach/question';
import { suggestedAction } from '../plan/actions';
import type { CrisisPlan } from '../plan/plan';
import { publicUpdateAt } from '../plan/texts';
import type { PlatformAdapter } from '../platforms/types';
import type { ExtractedPost } from '../platforms/types';
import { brandProfile, crisisPlan, displaySettings, hasBrandTerms, withAllPlatforms } from '../settings';
import { compileBrandMatcher, isOwnAccount, type BrandMatcher } from '../tracking/brand';
import { isVerdictList, judgeText, MAX_JUDGED_PER_MESSAGE } from '../tracking/verdict';
import { mountBadge, unmountBadge, unmountBadges } from './badge';
import { coachContextFromPlan, insertedPromise, startCoach } from './coach';
import { clearMarks, CORRECTED_ATTRIBUTE, SENTIMENT_ATTRIBUTE, startScanner, type PostVerdict, type Scanner } from './scanner';
import { onLeavingPage } from './leaving';

/** What the content script needs from WXT's context: a hook for the end and a way to notice it. */
export interface PageContext {
  onInvalidated(callback: () => void): unknown;
  /**
   * Whether the extension was reloaded or updated under the page. WXT notices that only when this
   * is read (or its own timers run): reading it then runs the onInvalidated callbacks.
   */
  readonly isInvalid: boolean;
}

const NO_RULES: BrandRules = { overrides: {}, lexicon: {} };
/** How long a page may show nothing before the adapter says, once, that it found no posts. */
const QUIET_AFTER_MS = 15_000;
/** Logged (once a page) when the worker did not judge posts and the page reads them itself. */
export const READING_HERE = 'The service worker did not judge the posts; reading them on the page.';
/** What an extension API throws once the extension was reloaded or updated under the page. */
const CONTEXT_INVALIDATED = /extension context invalidated/i;

/**
 * Firebreak on one platform page: reads the settings, then marks, badges and reports every post
 * as it appears. Every failure stays here: the page never sees an exception from Firebreak.
 */
export async function runOnPage(ctx: PageContext, adapter: PlatformAdapter, root: Document = document): Promise<void> {
  // Reloaded or updated extension: nothing tells the page, so each piece of work asks first
  // (isValid below), and a call into the extension that fails for that reason is the answer too.
  const stop = new AbortController();
  ctx.onInvalidated(() => stop.abort());
  const ended = (error?: unknown): boolean => {
    if (!stop.signal.aborted && (ctx.isInvalid || (error instanceof Error && CONTEXT_INVALIDATED.test(error.message)))) stop.abort();
    return stop.signal.aborted;
  };
  const isValid = () => !ended();
  /** A call into the extension: its failing because the extension is gone ends Firebreak here. */
  const call = <T,>(pending: Promise<T>): Promise<T> =>
    pending.catch((error: unknown) => {
      ended(error);
      throw error;
    });

  const display = withAllPlatforms(await displaySettings.getValue());
  if (!display.platforms[adapter.id]) return;
  let brand = await brandProfile.getValue();
  /** Compiled only should the page have to judge posts itself (see judgeHere). */
  let matchBrand: BrandMatcher | undefined;
  let brandConfigured = hasBrandTerms(brand);
  /** The scanner's rejudge once it started (below): a brand changed before has nothing to read again. */
  let rejudgePosts: Scanner['rejudge'] = () => undefined;
  // The brand is often set after the platform's tab was opened (a fresh install opens the settings): the
  // posts that follow are read for it at once, not told to set it up (QA), as the worker's verdicts are.
  // Those already badged are read again for it too, through the worker as every post is, in the
  // scanner's idle slices (never all in one task): a brand set, renamed or given an exclusion changes
  // their brand hits and their suggested action ("Set up your brand", "Mentions your brand"). The
  // rules are asked for first (they hold the brand's own terms neutral, for judgeHere); the worker
  // checks the stored brand on every judge request (judge-service.ts), so none is read with the old one.
  //
  // What reads differently is reported again (postsSeen), as the scanner reports a post whose text
  // changed: the worker judges the brand itself, but it records a mention only from the brand terms
  // the page reports (ingestPosts), so a post on screen when the brand was set would otherwise count
  // only after a reload. It is stored by platform and id, so nothing is counted twice.
  let brandEdits = 0;
  const unwatchBrand = brandProfile.watch((next) => {
    brand = next ?? brandProfile.fallback;
    brandConfigured = hasBrandTerms(brand);
    matchBrand = undefined;
    const edit = ++brandEdits;
    void call(sendMessage('content→background:analysisRules', undefined))
      .then((fresh) => {
        rules = fresh;
      })
      .catch(() => undefined)
      .finally(() => {
        // Only the last of several edits in a row reads the page again; none once Firebreak stopped.
        if (edit === brandEdits && !ended()) rejudgePosts();
      });
  });
  if (stop.signal.aborted) unwatchBrand();
  else stop.signal.addEventListener('abort', unwatchBrand, { once: true });
  const target = (await crisisPlan.getValue()).responseTargetMinutes;
  let rules = await sendMessage('content→background:analysisRules', undefined).catch(() => NO_RULES);
  if (ended()) return;

  // The extension gone is no error: the page is left as it was, silently.
  const log = (error: unknown) => {
    if (!ended(error)) console.debug('[Firebreak]', adapter.id, error);
  };
  let postsFound = 0;
  let healthTimer: ReturnType<typeof setTimeout> | undefined;
  const reportHealth = () => {
    healthTimer = undefined;
    if (!ended()) void sendMessage('content→background:health', { platform: adapter.id, postsFound }).catch(log);
  };

  /** The verdict read here, on the page's main thread: only when the worker did not answer. */
  const judgeHere = (text: string): PostVerdict => judgeText(text, rules, (matchBrand ??= compileBrandMatcher(brand)));
  /**
   * The verdicts come from the service worker, which runs the analysis off the page's main thread
   * (warm for every tab, where each page would pay the analyser's start and its compiling again):
   * the posts asked for in one task go in one message. Should the worker fail to answer, the page
   * reads them itself, as it did before, so no post is left without its badge.
   */
  let toldReadingHere = false;
  let asked: Array<{ text: string; resolve: (verdict: PostVerdict) => void; reject: (error: unknown) => void }> = [];
  const askWorker = () => {
    const batch = asked;
    asked = [];
    const texts = batch.map((item) => item.text);
    call(sendMessage('content→background:judge', texts))
      .then((answer) => {
        if (!isVerdictList(answer, texts.length)) throw new Error('The worker gave no verdicts');
        return answer;
      })
      .then(
        (verdicts) => batch.forEach((item, index) => item.resolve(verdicts[index]!)),
        (error: unknown) => {
          if (ended(error)) return batch.forEach((item) => item.reject(error));
          if (!toldReadingHere) {
            toldReadingHere = true;
            console.debug('[Firebreak]', adapter.id, READING_HERE, error);
          }
          for (const item of batch) {
            try {
              item.resolve(judgeHere(item.text));
            } catch (failure) {
              item.reject(failure);
            }
          }
        },
      );
  };
  const judge = (post: { text: string }): Promise<PostVerdict> =>
    new Promise((resolve, reject) => {
      asked.push({ text: post.text, resolve, reject });
      if (asked.length === 1) queueMicrotask(askWorker);
      else if (asked.length >= MAX_JUDGED_PER_MESSAGE) askWorker();
    });
  /** Every post element decorated so far, with the post it showed: a correction re-labels its copies. */
  const decorated = new WeakMap<Element, ExtractedPost>();
  const actionMessages = rememberedMessages(localeActionMessages);

  const decorate = (element: Element, post: ExtractedPost, { analysis, brandHits }: PostVerdict): Element | void => {
    decorated.set(element, post);
    // An element the page re-used for a post without a badge loses the badge of the one before.
    if (display.badges === 'brand' && brandHits.length === 0) return unmountBadge(element);
    const ownPost = isOwnAccount(brand.handles, post.author);
    const actionFor = (read: Analysis) =>
      // What the post asks matters only for a post naming the brand: most posts of a feed are not read for it.
      suggestedAction(
        read,
        { mentionsBrand: brandHits.length > 0, responseTargetMinutes: target, ownPost, brandConfigured, question: brandHits.length > 0 ? questionKind(post.text) : null },
        actionMessages,
      );
    let shown = analysis;
    return mountBadge(element, adapter.badgeAnchor(element), {
      analysis,
      text: post.text,
      brandHits,
      compact: display.compact,
      action: actionFor(analysis),
      onCorrect: async (label) => {
        // Corrections are kept by text (rulesFromCorrections): one for a post without text would
        // be lost at the next reload, so none is saved (the badge does not offer it either).
        if (!post.text.trim()) throw new Error('A post without text cannot be corrected');
        if (label === shown.label) return { analysis: shown, action: actionFor(shown) };
        rules = await call(
          sendMessage('content→background:correction', {
            platform: post.platform,
            postId: post.id,
            text: post.text,
            label,
            previous: shown.label,
          }),
        );
        // The label first: the scanner learns the correction from the mark, with the label beside it.
        element.setAttribute(SENTIMENT_ATTRIBUTE, label);
        element.setAttribute(CORRECTED_ATTRIBUTE, 'true');
        // Read again with the corrected rules, as the post will be after a reload.
        shown = { ...(await judge(post)).analysis, label };
        relabelCopies(element, post.text);
        return { analysis: shown, action: actionFor(shown) };
      },
    });
  };

  /**
   * The same text elsewhere on the page takes the corrected label at once, as it would after a
   * reload (the correction's override is keyed by the text). Only their label follows: they are
   * not marked corrected, which they would not be after a reload either. Their badges are mounted
   * anew, so the scanner's record of them is stale; it judges them again with the new rules when it
   * next puts one back (it counts corrections from the mark set above).
   */
  const relabelCopies = (corrected: Element, text: string) => {
    const key = textKey(text);
    for (const element of Array.from(root.querySelectorAll(`[${SENTIMENT_ATTRIBUTE}]`))) {
      const post = decorated.get(element);
      if (element === corrected || !post || textKey(post.text) !== key) continue;
      judge(post)
        .then((verdict) => {
          // Still showing that post (the page may have re-used the element meanwhile).
          if (ended() || decorated.get(element) !== post || !element.isConnected) return;
          if (element.getAttribute(SENTIMENT_ATTRIBUTE) === verdict.analysis.label) return;
          element.setAttribute(SENTIMENT_ATTRIBUTE, verdict.analysis.label);
          decorate(element, post, verdict);
        })
        .catch(log);
    }
  };

  const scanner = startScanner({
    root,
    adapter,
    judge,
    signal: stop.signal,
    isValid,
    onError: log,
    report: (posts) => call(sendMessage('content→background:postsSeen', posts)),
    onFound: (count) => {
      postsFound = count;
      healthTimer ??= setTimeout(reportHealth, 2_000);
    },
    undecorate: unmountBadge,
    decorate,
  });
  rejudgePosts = () => scanner.rejudge();

  // What filled the coach's messages last, while an incident is open: inserting one that promises the next
  // public update ({nextUpdate}) keeps the promise on the incident, as copying it from the popup does.
  let filled: { plan: CrisisPlan; nextUpdateAt: number } | undefined;
  // The reply coach beside every reply box the adapter knows; it reads the plan afresh when stale.
  startCoach({
    root,
    adapter,
    signal: stop.signal,
    isValid,
    onError: log,
    getContext: async () => {
      const [plan, brand, open] = await Promise.all([
        crisisPlan.getValue(),
        brandProfile.getValue(),
        sendMessage('content→background:openIncident', undefined).catch(() => null),
      ]);
      const now = Date.now();
      // The open incident's wording of the issue and its promised update, as the popup fills them.
      const nextUpdateAt = publicUpdateAt(plan, open?.updatePromisedAt, now);
      filled = open ? { plan, nextUpdateAt } : undefined;
      return coachContextFromPlan({ plan, brand, incidentActive: !!open, platform: adapter.id, now, nextUpdateAt, ...(open?.issue ? { issue: open.issue } : {}) });
    },
    onInserted: (reply) => {
      if (reply.postId) void sendMessage('content→background:replyInserted', { platform: reply.platform, postId: reply.postId, text: reply.text }).catch(log);
      const promised = filled && insertedPromise(filled.plan, reply, filled.nextUpdateAt);
      if (promised !== undefined) void sendMessage('content→background:updatePromised', { at: promised }).catch(log);
    },
  });

  // Leaving the page (closed, navigated away from) or hiding it (the browser may then discard it
  // without a pagehide): the health report waiting for its 2 s goes now, after the scanner's own
  // pending posts (its listeners came first), so a visit that badged posts counts as a visit (QA: a
  // tab closed 1.2 s after its badges appeared left the platform "not visited yet"). Once sent it is
  // no longer pending, so a pagehide after the page went hidden sends nothing twice; nothing goes
  // once the extension is gone (reportHealth asks), and the listeners go with the stop signal.
  const flushHealth = () => {
    if (healthTimer === undefined) return;
    clearTimeout(healthTimer);
    reportHealth();
  };
  onLeavingPage(root, flushHealth, stop.signal);

  const quiet = setTimeout(() => {
    if (postsFound === 0 && !ended()) {
      console.info(`[Firebreak] No ${adapter.name} posts found on this page; Firebreak stays quiet here.`);
      reportHealth();
    }
  }, QUIET_AFTER_MS);

  // Reloaded or updated extension: leave the page as it was (the scanner and coach stop on the same signal).
  stop.signal.addEventListener(
    'abort',
    () => {
      clearTimeout(quiet);
      if (healthTimer) clearTimeout(healthTimer);
      unmountBadges(root);
      // The posts' marks go with the badges: a page Firebreak left carries none of its attributes.
      clearMarks(root);
    },
    { once: true },
  );
}
