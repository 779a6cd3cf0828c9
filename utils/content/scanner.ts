import type { SentimentLabel } from '../analysis';
import { textKey } from '../analysis/corrections';
import { extractPost } from '../platforms/placeholders';
import type { ExtractedPost, PlatformAdapter } from '../platforms/types';
import type { ReportedPost } from '../tracking/posts';
import type { PostVerdict } from '../tracking/verdict';
import { reportOnce } from './report-once';
import { onLeavingPage } from './leaving';

export type { PostVerdict };

/** The attribute set on each analysed post container (a test contract: keep it stable). */
export const SENTIMENT_ATTRIBUTE = 'data-firebreak-sentiment';
/** Set beside it on a post whose label the user corrected. */
export const CORRECTED_ATTRIBUTE = 'data-firebreak-corrected';

/** Runs a task when the main thread is idle; the argument says how long the task may take. */
export type IdleScheduler = (task: (timeRemaining: () => number) => void) => void;

export interface ScannerOptions {
  root: Node & ParentNode;
  adapter: PlatformAdapter;
  /**
   * The verdict on a post: at once, or later (the service worker reads it). While one is awaited the
   * post's element is left as it is; a page change inside it meanwhile has it read again afterwards.
   */
  judge: (post: ExtractedPost) => PostVerdict | Promise<PostVerdict>;
  /**
   * Shows the verdict next to the post (the badge) and gives back what it added. Called once per
   * post an element shows: again when the page re-uses the element for another post, or when the
   * page's own rendering dropped what it added.
   */
  decorate?: (element: Element, post: ExtractedPost, verdict: PostVerdict) => Element | void;
  /**
   * Takes back what decorate added, when an element read before no longer shows a post (the page
   * replaced it with "This post was deleted"). Without it, the element decorate gave back is removed.
   */
  undecorate?: (element: Element) => void;
  /** How many posts this page has shown so far (for the adapter's health). */
  onFound?: (postsFound: number) => void;
  /** Hands a batch of analysed posts on (to the background). */
  report: (posts: ReportedPost[]) => Promise<unknown>;
  /** Stops the scanner: the extension was reloaded or the page unloaded. */
  signal: AbortSignal;
  /**
   * Asked before each piece of work: false stops the scanner as `signal` does. WXT notices a
   * reloaded extension only when asked (ctx.isValid), so the caller aborts `signal` when it says so.
   */
  isValid?: () => boolean;
  schedule?: IdleScheduler;
  /** Called once per kind of failure, so a broken page never floods the console. */
  onError?: (error: unknown) => void;
  /**
   * Time (ms) the scanner may spend right after the page changed, in the same task, so that its
   * marks and badges land in the frame the page was drawing anyway instead of costing another.
   * What does not fit waits for idle time. 0 turns this off.
   */
  inlineBudgetMs?: number;
  /**
   * Time (ms) an idle slice may take when the browser had none to give (its idle callback timed out
   * on a page busy every frame). 0 turns this off: then one post per such slice.
   */
  minSliceMs?: number;
}

export interface Scanner {
  /** Resolves when everything found so far is analysed and reported. */
  idle(): Promise<void>;
  /**
   * The judge's verdicts may have changed (the brand did): every post read so far that is still in
   * the page is judged again and decorated anew, in slices as new posts are (nearest the viewport
   * first), and a verdict that came for the old judge is judged again. What it reads differently is
   * reported, as a post whose text changed is. Nothing once stopped; a post gone is left alone.
   */
  rejudge(): void;
}

/** What the scanner last read in a post element: the post, its verdict and what decorate added. */
interface Seen {
  post: ExtractedPost;
  verdict: PostVerdict;
  decoration?: Element | undefined;
  /** How many corrections the scanner had learned when it judged the post (see learnCorrections). */
  corrections: number;
  /** Which judge read it (see rejudge): a verdict of an earlier one is stale. */
  generation: number;
}

/** A verdict that came from the judge later, waiting to be shown (see awaitVerdict). */
interface ReadyVerdict {
  element: Element;
  post: ExtractedPost;
  verdict: PostVerdict;
  correction: SentimentLabel | undefined;
  corrections: number;
  generation: number;
}

/** The user's correction of the post an element shows: of which text (its textKey), to which label. */
interface Correction {
  key: string;
  label: SentimentLabel;
}

const LABELS: ReadonlySet<string> = new Set<SentimentLabel>(['negative', 'neutral', 'positive', 'mixed']);
const isLabel = (value: string | null): value is SentimentLabel => value !== null && LABELS.has(value);

/**
 * Attributes adapters read a post's identity from (permalinks, ids). The page changing one in place
 * (or a text) may mean it re-used the element for another post (YouTube, X): the post is read again.
 */
const IDENTITY_ATTRIBUTES = ['href', 'id', 'data-id', 'data-urn', 'data-fullname', 'thingid', 'permalink', 'data-permalink'];
const HANDLED = `[${SENTIMENT_ATTRIBUTE}]`;
/** Every attribute Firebreak sets on a post's element: taken off again when Firebreak leaves it. */
export const MARK_ATTRIBUTES = [SENTIMENT_ATTRIBUTE, CORRECTED_ATTRIBUTE] as const;

/** Takes Firebreak's marks off every post under `root` (the extension was reloaded or switched off). */
export function clearMarks(root: ParentNode): void {
  for (const element of Array.from(root.querySelectorAll(MARK_ATTRIBUTES.map((name) => `[${name}]`).join(',')))) {
    for (const name of MARK_ATTRIBUTES) element.removeAttribute(name);
  }
}

/** At most this many posts are analysed in one idle slice, whatever the time left. */
const MAX_POSTS_PER_SLICE = 50;
/**
 * Finding posts walks the whole page, so a busy feed is scanned at most this often: mutations
 * in between are coalesced into one scan (and one frame of writes).
 */
const MIN_SCAN_INTERVAL_MS = 50;
/** Waits before sending a batch again when the background did not take it. */
const REPORT_RETRY_DELAYS_MS = [200, 1_000, 3_000];
const DEFAULT_INLINE_BUDGET_MS = 4;
/**
 * Reports wait this long for company: a feed streaming in sends one message a second rather than
 * one per slice (each message costs the page a serialisation and an IPC; a second's delay is
 * nothing to detection, which counts in minutes).
 */
const REPORT_DELAY_MS = 1_000;
/** With a post selector (see scanAdded), the whole page is still looked through this often while it changes. */
const FULL_SCAN_INTERVAL_MS = 1_000;
/** A batch this large goes at once. */
const REPORT_MAX_BATCH = 100;
/**
 * A backlog is worked through nearest the viewport first: posts within a viewport's height of it
 * (above or below) are promoted, those in view before those beside it.
 */
const NEAR_VIEWPORT_MARGIN = '100% 0px';
/**
 * An idle slice may take this long (ms) even when the browser had no idle time to give (the idle
 * callback's timeout ran out on a page busy every frame): one post per slice would cost such a page
 * a heavy frame per badge, and badge a long feed at a few posts a second. As little as the inline
 * budget, still well within a frame.
 */
const DEFAULT_MIN_SLICE_MS = 4;

export const idleScheduler: IdleScheduler = (task) => {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback((deadline) => task(() => deadline.timeRemaining()), { timeout: 100 });
  } else {
    setTimeout(() => {
      const end = performance.now() + 8;
      task(() => end - performance.now());
    }, 0);
  }
};

/**
 * Finds posts as they appear, analyses them in small slices when the page is idle, marks each
 * container and reports the batch. Never throws into the page.
 */
export function startScanner(options: ScannerOptions): Scanner {
  const { root, adapter, judge, report, signal, schedule = idleScheduler } = options;
  const handled = new WeakMap<Element, Seen>();
  const queue: Element[] = [];
  const queued = new WeakSet<Element>();
  /** Per post (platform:id), what was last reported of it: a post edited, expanded or translated in place is reported again. */
  const reported = new Map<string, string>();
  let scanPending = false;
  let lastScan = -Infinity;
  let working = false;
  let waiters: Array<() => void> = [];
  let inFlight: Promise<unknown> = Promise.resolve();
  let pendingReport: ReportedPost[] = [];
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const fail = reportOnce(options.onError);
  const stopped = () => signal.aborted || options.isValid?.() === false;
  /**
   * The corrections the user made on this page, per post element, learned from the mark the badge
   * sets (see learnCorrections). Corrections are kept by text (utils/analysis/corrections.ts): one
   * is the truth for that text, and for no other, so the element is marked corrected only while it
   * shows that text (not once "Show more" or a translation changed it; again after "Show less").
   * Other copies of the text follow the label through the judge's rules, unmarked, as after a reload.
   */
  const corrected = new WeakMap<Element, Correction>();
  /** Grows with every correction learned: a verdict judged before it may be stale. */
  let correctionCount = 0;
  /** Grows each time the judge's verdicts may all have changed (rejudge): every verdict before it is stale. */
  let generation = 0;
  /** Post elements whose verdict is still to come (see awaitVerdict), and how many. */
  const awaiting = new WeakSet<Element>();
  let awaitingCount = 0;
  /** Those of them the page changed meanwhile: read again once their verdict has come. */
  const changedWhileAwaited = new WeakSet<Element>();
  /** Verdicts that came, waiting to be shown. */
  const ready: ReadyVerdict[] = [];

  /**
   * While a backlog waits (a long feed arrived faster than idle time allows), an IntersectionObserver
   * says which of its posts are in or near the viewport, and those go first: what the user looks at
   * is badged before what they scrolled past. The browser works that out as it draws, so nothing here
   * reads layout. None while there is no backlog: new posts are mostly handled as they arrive.
   */
  let nearness: IntersectionObserver | undefined;
  const promoteNear = (entries: IntersectionObserverEntry[]) => {
    try {
      // The latest entry of each target counts (one may come in and go out within a frame).
      const latest = new Map<Element, IntersectionObserverEntry>();
      for (const entry of entries) latest.set(entry.target, entry);
      const near: Array<{ element: Element; distance: number }> = [];
      for (const [element, entry] of latest) {
        if (!entry.isIntersecting || !queued.has(element)) continue;
        // From the middle of the viewport (rootBounds is it with the margin around, evenly) to the
        // post: 0 for a post across the middle, and in view before beside it.
        const rect = entry.boundingClientRect;
        const middle = entry.rootBounds ? entry.rootBounds.top + entry.rootBounds.height / 2 : 0;
        near.push({ element, distance: Math.max(0, rect.top - middle, middle - rect.bottom) });
      }
      if (near.length === 0) return;
      near.sort((a, b) => a.distance - b.distance);
      const promoted = new Set(near.map((item) => item.element));
      const rest = queue.filter((element) => !promoted.has(element));
      queue.length = 0;
      for (const item of near) queue.push(item.element);
      for (const element of rest) queue.push(element);
    } catch (error) {
      fail(error);
    }
  };
  const watchBacklog = () => {
    if (nearness || typeof IntersectionObserver !== 'function') return;
    try {
      nearness = new IntersectionObserver(promoteNear, { rootMargin: NEAR_VIEWPORT_MARGIN });
      for (const element of queue) nearness.observe(element);
    } catch (error) {
      fail(error);
    }
  };
  const unwatchBacklog = () => {
    nearness?.disconnect();
    nearness = undefined;
  };
  const push = (element: Element) => {
    queued.add(element);
    queue.push(element);
    // Observing a target twice is a no-op.
    nearness?.observe(element);
  };

  /**
   * The worker may be stopped while it handles a batch; storing is idempotent, so a failed
   * report is sent again a few times before it counts as an error.
   */
  const reportWithRetry = async (batch: ReportedPost[]) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await report(batch);
      } catch (error) {
        if (stopped() || attempt >= REPORT_RETRY_DELAYS_MS.length) throw error;
        await new Promise((resolve) => setTimeout(resolve, REPORT_RETRY_DELAYS_MS[attempt]));
      }
    }
  };

  /** What waits to be reported, taken (the timer cleared), or null when nothing is or the scanner stopped. */
  const takePending = (): ReportedPost[] | null => {
    if (reportTimer !== undefined) clearTimeout(reportTimer);
    reportTimer = undefined;
    if (pendingReport.length === 0 || stopped()) return null;
    const batch = pendingReport;
    pendingReport = [];
    return batch;
  };

  const flushReport = () => {
    const batch = takePending();
    if (batch) inFlight = inFlight.then(() => reportWithRetry(batch)).catch(fail);
  };

  /**
   * The page is going (closed, navigated away from) or hidden (after which the browser may discard
   * it without a word): what waits is sent at once, in this task, not behind an earlier batch still
   * in flight nor after a retry's wait, which a closing page would not live to see (QA: a tab closed
   * a second after its badges appeared recorded nothing). Once sent it is no longer pending: a
   * pagehide after the page went hidden sends nothing again. Nothing goes once the extension is gone.
   */
  const flushLeaving = () => {
    const batch = takePending();
    if (!batch) return;
    let sent: Promise<unknown>;
    try {
      sent = report(batch);
    } catch (error) {
      sent = Promise.reject(error);
    }
    // Waiters (idle()) still hear when it is done; should the page stay after all, a failure is retried.
    inFlight = Promise.all([inFlight, sent.catch(() => (stopped() ? undefined : reportWithRetry(batch)))]).catch(fail);
  };

  const queueReport = (batch: ReportedPost[]) => {
    pendingReport.push(...batch);
    if (pendingReport.length >= REPORT_MAX_BATCH) flushReport();
    else reportTimer ??= setTimeout(flushReport, REPORT_DELAY_MS);
  };

  const settle = () => {
    if (working || scanPending || queue.length > 0 || ready.length > 0 || awaitingCount > 0) return;
    // Someone waits for everything to be reported: no reason to hold the last batch back.
    if (waiters.length > 0) flushReport();
    const done = waiters;
    waiters = [];
    void inFlight.finally(() => done.forEach((resolve) => resolve()));
  };

  /**
   * Shows a post's verdict on its element (the mark, the badge) and adds the post to `batch` when it
   * is news to report. `correction` is the user's label for the text it shows, and `corrections` how
   * many the scanner had learned when the post was judged, `judgedBy` which judge read it (rejudge).
   */
  const apply = (
    element: Element,
    post: ExtractedPost,
    judged: PostVerdict,
    correction: SentimentLabel | undefined,
    corrections: number,
    judgedBy: number,
    batch: ReportedPost[],
  ) => {
    let verdict = judged;
    // The judge reads the corrections too (the brand rules); the user's label stands should the
    // two ever differ, as the post's mark says it is the user's.
    if (correction !== undefined && verdict.analysis.label !== correction) verdict = { ...verdict, analysis: { ...verdict.analysis, label: correction } };
    if (verdict.brandHits.length > 0) {
      const engagement = adapter.extract(element)?.engagement;
      if (engagement) post.engagement = engagement;
    }
    const { analysis } = verdict;
    // Marked corrected only while the correction applies to the text it shows: a post re-used
    // for another, or whose text was expanded or translated, reads as the analyser reads it.
    if (correction !== undefined) element.setAttribute(CORRECTED_ATTRIBUTE, 'true');
    else element.removeAttribute(CORRECTED_ATTRIBUTE);
    element.setAttribute(SENTIMENT_ATTRIBUTE, analysis.label);
    const now: Seen = { post, verdict, corrections, generation: judgedBy };
    handled.set(element, now);
    now.decoration = options.decorate?.(element, post, verdict) ?? undefined;
    const key = `${post.platform}:${post.id}`;
    const brandTerms = [...new Set(verdict.brandHits.map((hit) => hit.term))];
    // The same post drawn again is not news; its text changed ("See more", an edit, a translation) is:
    // the brand may be named only in the rest, or the verdict may have turned.
    const what = `${textKey(post.text)} ${analysis.label} ${analysis.score} ${brandTerms.join('\u0000')}`;
    if (reported.get(key) === what) return;
    reported.set(key, what);
    batch.push({
      ...post,
      sentiment: analysis.label,
      score: analysis.score,
      signals: analysis.signals,
      brandTerms,
    });
  };

  /** Hands what a slice (or an awaited verdict) found on to be reported. */
  const found = (batch: ReportedPost[]) => {
    if (batch.length === 0) return;
    options.onFound?.(reported.size);
    queueReport(batch);
  };

  /**
   * A verdict still to come: the element waits, unmarked as it was. Once it comes it joins `ready`,
   * shown in slices as the queue is (a worker's answer for fifty posts is not fifty badges in one
   * task): if the element is still in the page and the scanner running, and read again afterwards if
   * the page changed it meanwhile (re-used it for another post, expanded its text). A verdict that
   * never comes (the worker failed) leaves the post for the next look through the page.
   */
  const awaitVerdict = (element: Element, post: ExtractedPost, judged: Promise<PostVerdict>, correction: SentimentLabel | undefined, corrections: number) => {
    awaiting.add(element);
    awaitingCount++;
    const judgedBy = generation;
    judged.then(
      (verdict) => {
        ready.push({ element, post, verdict, correction, corrections, generation: judgedBy });
        startWork(performance.now() + inlineBudget);
      },
      (error: unknown) => {
        stopAwaiting(element);
        if (!stopped()) fail(error);
        settle();
      },
    );
  };

  /** The element's verdict came or was refused; whether the page changed it meanwhile. */
  const stopAwaiting = (element: Element): boolean => {
    awaiting.delete(element);
    awaitingCount--;
    return changedWhileAwaited.delete(element);
  };

  /** Shows the first verdict that came (see awaitVerdict). */
  const showReady = (batch: ReportedPost[]) => {
    const { element, post, verdict, correction, corrections, generation: judgedBy } = ready.shift()!;
    const changed = stopAwaiting(element);
    if (!element.isConnected) return;
    apply(element, post, verdict, correction, corrections, judgedBy, batch);
    // Judged before rejudge was asked for (the brand changed while the worker read it): read again.
    if ((changed || judgedBy !== generation) && !queued.has(element)) push(element);
  };

  const processSlice = (timeRemaining: () => number) => {
    if (stopped()) return;
    const batch: ReportedPost[] = [];
    try {
      let count = 0;
      // Verdicts that came first: their posts were found first.
      while (ready.length > 0 && count < MAX_POSTS_PER_SLICE && (count === 0 || timeRemaining() > 1)) {
        count++;
        try {
          showReady(batch);
        } catch (error) {
          fail(error);
        }
      }
      while (queue.length > 0 && count < MAX_POSTS_PER_SLICE && (count === 0 || timeRemaining() > 1)) {
        const element = queue.shift()!;
        queued.delete(element);
        nearness?.unobserve(element);
        // Its verdict is still to come: it is read again once it has come.
        if (awaiting.has(element)) {
          changedWhileAwaited.add(element);
          continue;
        }
        count++;
        // The counts matter only for brand mentions (they are stored with the mention): read after judging.
        // Only a platform's notice where the post was ("[removed]", "This post is unavailable") is no
        // post to judge, badge or report.
        const post = extractPost(adapter, element, { engagement: false });
        const seen = handled.get(element);
        if (!post && seen && element.isConnected) {
          // A post read before that is no post any more ("This post was deleted", or its text now
          // only such a notice): its mark and badge go.
          forget(element, seen);
          continue;
        }
        // An element still rendering has no id or text yet: a later mutation brings it back.
        if (!post || !element.isConnected) continue;
        if (seen && seen.post.id === post.id && seen.post.text === post.text && seen.generation === generation) {
          // Still the same post: only what the page's rendering dropped is put back. Its verdict is
          // judged again first if the user corrected a label since (this post's, most likely): the
          // badge put back must say what the correction says, not what the post read as before it.
          // (A verdict of an earlier judge, see rejudge, is always judged again: it is stale.)
          const dropped = seen.decoration !== undefined && !element.contains(seen.decoration);
          if (!dropped) continue;
          if (seen.corrections === correctionCount) {
            seen.decoration = options.decorate?.(element, seen.post, seen.verdict) ?? undefined;
            continue;
          }
        }
        // A correction was of the post before when the page re-used the element for another.
        if (seen && seen.post.id !== post.id) corrected.delete(element);
        const known = corrected.get(element);
        const correction = known && known.key === textKey(post.text) ? known.label : undefined;
        const judged = judge(post);
        if (judged instanceof Promise) awaitVerdict(element, post, judged, correction, correctionCount);
        else apply(element, post, judged, correction, correctionCount, generation, batch);
      }
    } catch (error) {
      fail(error);
    }
    found(batch);
    if (queue.length > 0 || ready.length > 0) {
      // More than a slice's worth: a backlog, worked through nearest the viewport first.
      watchBacklog();
      schedule(idleSlice);
    } else {
      working = false;
      unwatchBacklog();
      settle();
    }
  };

  const minSlice = options.minSliceMs ?? DEFAULT_MIN_SLICE_MS;
  /** A slice in idle time: what the browser gives, or minSlice when it gave less. */
  const idleSlice = (timeRemaining: () => number) => {
    if (minSlice <= 0) return processSlice(timeRemaining);
    const floor = performance.now() + minSlice;
    processSlice(() => Math.max(timeRemaining(), floor - performance.now()));
  };

  /** Takes back what Firebreak put on an element that no longer shows a post. */
  const forget = (element: Element, seen: Seen) => {
    handled.delete(element);
    corrected.delete(element);
    for (const name of MARK_ATTRIBUTES) element.removeAttribute(name);
    if (options.undecorate) options.undecorate(element);
    else seen.decoration?.remove();
  };

  const enqueue = (element: Element) => {
    if (handled.has(element) || queued.has(element) || awaiting.has(element)) return;
    push(element);
  };

  const collect = () => {
    lastScan = performance.now();
    try {
      for (const element of adapter.findPosts(root)) enqueue(element);
    } catch (error) {
      fail(error);
    }
  };

  const scan = () => {
    scanPending = false;
    if (stopped()) return;
    collect();
    if (queue.length > 0 && !working) {
      working = true;
      schedule(idleSlice);
    }
    settle();
  };

  const inlineBudget = options.inlineBudgetMs ?? DEFAULT_INLINE_BUDGET_MS;
  /** Handles what just appeared within a small budget, in the page's own task (see inlineBudgetMs). */
  const startWork = (deadline: number) => {
    if (queue.length === 0 && ready.length === 0) return settle();
    // Already working through a backlog in idle time: the new posts join it.
    if (working) return;
    working = true;
    if (inlineBudget > 0) processSlice(() => deadline - performance.now());
    else schedule(idleSlice);
  };
  const scanInline = () => {
    const deadline = performance.now() + inlineBudget;
    collect();
    startWork(deadline);
  };

  /**
   * With a post selector, a page change is read where it happened: the posts it added, and the post
   * it happened inside (its text rendering late, say). A full look through the page still follows,
   * at most once a second, for what a selector cannot see arrive (an attribute set afterwards).
   */
  const selector = adapter.postSelector;
  const isPost = adapter.isPost?.bind(adapter);
  let fullScanTimer: ReturnType<typeof setTimeout> | undefined;
  const requestFullScan = () => {
    if (fullScanTimer !== undefined || stopped()) return;
    fullScanTimer = setTimeout(() => {
      fullScanTimer = undefined;
      requestScan();
    }, FULL_SCAN_INTERVAL_MS);
  };
  const scanAdded = (records: readonly MutationRecord[], postSelector: string) => {
    const deadline = performance.now() + inlineBudget;
    try {
      for (const record of records) {
        const added = record.addedNodes;
        for (let i = 0; i < added.length; i++) {
          const node = added[i]!;
          if (node.nodeType !== Node.ELEMENT_NODE || isOwn(node)) continue;
          const element = node as Element;
          let around = element.closest(postSelector);
          while (around && isPost && !isPost(around)) around = around.parentElement?.closest(postSelector) ?? null;
          if (around) enqueue(around);
          const inside = element.querySelectorAll(postSelector);
          for (let k = 0; k < inside.length; k++) if (!isPost || isPost(inside[k]!)) enqueue(inside[k]!);
        }
      }
    } catch (error) {
      fail(error);
    }
    startWork(deadline);
    requestFullScan();
  };

  const requestScan = () => {
    if (scanPending || stopped()) return;
    scanPending = true;
    const wait = lastScan + MIN_SCAN_INTERVAL_MS - performance.now();
    if (wait > 0) setTimeout(() => schedule(scan), wait);
    else schedule(scan);
  };

  // Firebreak's own elements (badges) arriving are no reason to look again.
  const isOwn = (node: Node) => node.nodeName.startsWith('FIREBREAK-');
  const anyOfPage = (nodes: NodeList) => {
    for (let i = 0; i < nodes.length; i++) if (!isOwn(nodes[i]!)) return true;
    return false;
  };
  const bringsNews = (record: MutationRecord) => anyOfPage(record.addedNodes);
  /** A change by the page itself: a text, an identity attribute, or nodes of its own added or removed. */
  const pageChange = (record: MutationRecord) =>
    record.type === 'childList' ? anyOfPage(record.addedNodes) || anyOfPage(record.removedNodes) : record.attributeName !== CORRECTED_ATTRIBUTE;

  /**
   * The badge marks a post corrected once the user's correction is saved (and the brand rules the
   * judge reads updated), the post's label set beside it: the correction is learned here, for the
   * text the scanner last read in that post. Posts judged before it are judged again when next read.
   */
  const learnCorrections = (records: readonly MutationRecord[]) => {
    try {
      for (const record of records) {
        if (record.attributeName !== CORRECTED_ATTRIBUTE) continue;
        const element = record.target as Element;
        const seen = handled.get(element);
        const label = element.getAttribute(SENTIMENT_ATTRIBUTE);
        if (!seen || element.getAttribute(CORRECTED_ATTRIBUTE) !== 'true' || !isLabel(label)) continue;
        const key = textKey(seen.post.text);
        const known = corrected.get(element);
        // The scanner's own marking of a post read again is no news.
        if (known && known.key === key && known.label === label) continue;
        corrected.set(element, { key, label });
        correctionCount++;
      }
    } catch (error) {
      fail(error);
    }
  };

  /**
   * A post already read whose subtree changed is read again (its id and text compared, nothing
   * more when they are the same): the page may have re-used the element for another post, or
   * dropped its badge. Only the posts around the changes, never the whole page.
   */
  const queueChangedPosts = (records: readonly MutationRecord[]): boolean => {
    let found = false;
    let last: Node | null = null;
    try {
      for (const record of records) {
        if (record.target === last || !pageChange(record)) continue;
        last = record.target;
        const target = record.target.nodeType === Node.ELEMENT_NODE ? (record.target as Element) : record.target.parentElement;
        // A post whose verdict is still to come has no mark yet: it is found by walking up.
        if (awaitingCount > 0) markAwaitedChanged(target);
        const post = target?.closest(HANDLED);
        if (!post || !handled.has(post) || queued.has(post)) continue;
        push(post);
        found = true;
      }
    } catch (error) {
      fail(error);
    }
    return found;
  };

  /** The post around `node` whose verdict is still to come, if any, is read again once it has come. */
  const markAwaitedChanged = (node: Element | null) => {
    for (let up = node; up && up !== root; up = up.parentElement) {
      if (awaiting.has(up)) {
        changedWhileAwaited.add(up);
        return;
      }
    }
  };

  const observer = new MutationObserver((records) => {
    if (stopped()) return;
    learnCorrections(records);
    if (!records.some(pageChange)) return;
    const changed = queueChangedPosts(records);
    if (!records.some(bringsNews)) {
      if (changed) startWork(performance.now() + inlineBudget);
    } else if (selector) scanAdded(records, selector);
    else if (performance.now() - lastScan >= MIN_SCAN_INTERVAL_MS) scanInline();
    else requestScan();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: [...IDENTITY_ATTRIBUTES, CORRECTED_ATTRIBUTE] });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    unwatchBacklog();
    queue.length = 0;
    ready.length = 0;
    if (reportTimer !== undefined) clearTimeout(reportTimer);
    if (fullScanTimer !== undefined) clearTimeout(fullScanTimer);
  });
  // Leaving the page, or hiding it: what is waiting goes now.
  onLeavingPage(root.ownerDocument ?? (root as Document), flushLeaving, signal);
  requestScan();

  return {
    idle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      });
    },
    rejudge() {
      if (stopped()) return;
      generation++;
      try {
        // The posts marked in the page now: one gone from it is no longer there to find, and is left
        // alone. Those whose verdict is still to come are read again once it has come (showReady).
        for (const element of Array.from(root.querySelectorAll(HANDLED))) {
          if (handled.has(element) && !queued.has(element)) push(element);
        }
      } catch (error) {
        fail(error);
      }
      // In idle time only, never in the task that asked: a feed's worth of badges is not redrawn at once.
      if (queue.length > 0 && !working) {
        working = true;
        schedule(idleSlice);
      }
    },
  };
}
