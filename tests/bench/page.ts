// `npm run bench:page`: what Firebreak costs a feed. 1,000 posts in X's real markup (the capture in
// tests/fixtures/x) with texts from the development data stream into a page at https://x.com/…,
// in Chromium, once with the extension and once without, in the same run. Measured through the
// DevTools protocol: main-thread script and task time, long tasks, JS heap; and, in the page,
// the time from each post appearing to its badge. The posts are analysed in the extension's service
// worker, off the page's main thread: its process's CPU time is printed beside, so that cost is seen too.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { pageOf } from '../fixtures/load';
import { tweetHtml, X_BASE_CSS } from '../fixtures/x/build';
import { launchExtension } from '../browser/launch';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const POSTS = option('posts', 1000);
const PER_TICK = option('per-tick', 5);
const TICK_MS = option('tick', 100);
/** X keeps only the posts near the viewport in the page (a virtual list); 0 keeps them all. */
const WINDOW = option('window', 60);
const JSON_OUTPUT = args.includes('--json');
/** Runs of each (alternating without and with); figures are medians, the machine being shared. */
const RUNS = option('runs', 5);
/**
 * After the timed runs, one more run with the extension under the CPU profiler (which slows it, so
 * it is never timed) gives Firebreak's longest uninterrupted stretch of work; --profile also prints
 * where its script time went (self time by function).
 */
const PROFILE = args.includes('--profile');
const URL = 'https://x.com/firebreak-bench';

function feedPage(): string {
  const texts = readFileSync(resolve('../shared/data/sentiment/tweeteval-val_text.txt'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const fallback = ['Brewly refused my refund, furious', 'Lovely morning with friends', 'Meeting at 10'];
  const tweets: string[] = [];
  for (let i = 0; i < POSTS; i++) {
    const text = texts[i % Math.max(texts.length, 1)] ?? fallback[i % fallback.length]!;
    const time = new Date(Date.UTC(2026, 10, 23, 9, 0, 0) + i * 1000).toISOString();
    tweets.push(tweetHtml({ id: String(1_500_000_000_000_000_000n + BigInt(i)), handle: `user_${i % 97}`, text, time }));
  }
  // The page keeps its posts in a <template> and moves them into the timeline over time, as a
  // feed does while the user scrolls; it notes when each post appeared and when it was marked.
  const script = `
    <script>
      window.__appeared = new Map(); window.__marked = new Map(); window.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
        .observe({ type: 'longtask', buffered: true });
      new MutationObserver((records) => {
        const now = performance.now();
        for (const r of records) if (r.type === 'attributes' && !window.__marked.has(r.target)) window.__marked.set(r.target, now);
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-firebreak-sentiment'] });
      window.__stream = () => new Promise((done) => {
        window.__longTasks.length = 0;
        const source = document.getElementById('posts').content;
        const timeline = document.getElementById('timeline');
        const timer = setInterval(() => {
          for (let i = 0; i < ${PER_TICK}; i++) {
            const next = source.firstElementChild;
            if (!next) { clearInterval(timer); done(); return; }
            timeline.append(next);
            window.__appeared.set(next.querySelector('article') ?? next, performance.now());
            while (${WINDOW} > 0 && timeline.childElementCount > ${WINDOW}) timeline.firstElementChild.remove();
          }
        }, ${TICK_MS});
      });
    </script>`;
  return pageOf([X_BASE_CSS, `<div id="timeline"></div><template id="posts">${tweets.map((t) => `<div>${t}</div>`).join('')}</template>`, script], 'Bench / X');
}

interface Metrics {
  ScriptDuration: number;
  TaskDuration: number;
  JSHeapUsedSize: number;
}

async function metrics(cdp: CDPSession): Promise<Metrics> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => list.find((metric) => metric.name === name)?.value ?? 0;
  return { ScriptDuration: get('ScriptDuration'), TaskDuration: get('TaskDuration'), JSHeapUsedSize: get('JSHeapUsedSize') };
}

/**
 * CPU time (ms, user and system) of the browser's extension processes: where the service worker
 * runs, and with it the analysis of the posts the page sends. Read from /proc (Linux); null where
 * there is none. Every Chromium's extension processes count, so the bench must run alone.
 */
function extensionProcessCpuMs(): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
  let total = 0;
  for (const pid of pids) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--extension-process')) continue;
      // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

interface RunResult {
  /** CPU time of the extension's own processes (its service worker) while the feed streamed, ms. */
  workerCpuMs: number | null;
  scriptMs: number;
  taskMs: number;
  heapBytes: number;
  longTasks: number[];
  latencies: number[];
  marked: number;
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

async function run(withExtension: boolean, html: string, profiled?: (profile: Profile) => void): Promise<RunResult> {
  const session = await launchExtension({ withExtension });
  try {
    session.serve(URL, html);
    const page: Page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(URL);
    await page.waitForTimeout(1500); // the content script starts and settles
    const before = await metrics(cdp);
    const workerBefore = withExtension ? extensionProcessCpuMs() : null;
    if (profiled) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await page.evaluate(() => (window as unknown as { __stream: () => Promise<void> }).__stream());
    // Let the last posts settle.
    await page.waitForTimeout(1500);
    const after = await metrics(cdp);
    const workerAfter = withExtension ? extensionProcessCpuMs() : null;
    if (profiled) profiled((await cdp.send('Profiler.stop')).profile);
    const inPage = await page.evaluate(() => {
      const w = window as unknown as { __appeared: Map<Element, number>; __marked: Map<Element, number>; __longTasks: number[] };
      const latencies: number[] = [];
      for (const [element, appeared] of w.__appeared) {
        const marked = w.__marked.get(element);
        if (marked !== undefined) latencies.push(marked - appeared);
      }
      return { latencies, longTasks: w.__longTasks, marked: w.__marked.size };
    });
    return {
      workerCpuMs: workerBefore !== null && workerAfter !== null ? workerAfter - workerBefore : null,
      scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
      taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
      heapBytes: after.JSHeapUsedSize - before.JSHeapUsedSize,
      ...inPage,
    };
  } finally {
    await session.close();
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Whether each profile node runs under extension code (the browser's functions it calls included). */
function extensionNodes(profile: Profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const isExtension = (node: ProfileNode) => node.callFrame.url.startsWith('chrome-extension://');
  const underExtension = new Map<number, boolean>();
  const inExtension = (id: number): boolean => {
    const known = underExtension.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const result = !!node && (isExtension(node) || (parent.has(id) && inExtension(parent.get(id)!)));
    underExtension.set(id, result);
    return result;
  };
  return { byId, parent, inExtension };
}

/**
 * Firebreak's uninterrupted stretches of work, ms: consecutive samples under its code. Anything else
 * running (the page's script, the browser idle) ends a stretch; a stretch never spans two tasks
 * unless they follow each other with nothing between, so the longest is an upper bound on its
 * share of any one task.
 */
function ownStretches(profile: Profile): number[] {
  const { inExtension } = extensionNodes(profile);
  const stretches: number[] = [];
  let current = 0;
  profile.samples?.forEach((id, index) => {
    if (inExtension(id)) current += profile.timeDeltas?.[index] ?? 0;
    else if (current > 0) {
      stretches.push(current / 1000);
      current = 0;
    }
  });
  if (current > 0) stretches.push(current / 1000);
  return stretches;
}

/**
 * Where the extension's time went, from a sampled CPU profile: each sample whose stack holds
 * extension code counts for the innermost frame (the browser's own functions, such as
 * querySelectorAll or layout forced by a read, by name).
 */
function printProfile(profile: Profile): void {
  const { byId, parent, inExtension } = extensionNodes(profile);
  const self = new Map<string, number>();
  let total = 0;
  profile.samples?.forEach((id, index) => {
    const node = byId.get(id);
    if (!node || !inExtension(id)) return;
    const micros = profile.timeDeltas?.[index] ?? 0;
    total += micros;
    const file = node.callFrame.url.split('/').slice(3).join('/');
    const callers: string[] = [];
    for (let up = parent.get(id); up !== undefined && callers.length < 3; up = parent.get(up)) {
      const frame = byId.get(up)?.callFrame;
      if (frame) callers.push(`${frame.functionName || '(anonymous)'}:${frame.lineNumber + 1}`);
    }
    const key = file
      ? `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`
      : `${node.callFrame.functionName || '(anonymous)'} (browser) ← ${callers.join(' ← ')}`;
    self.set(key, (self.get(key) ?? 0) + micros);
  });
  // Inclusive time of the scanner's and the coach's steps (a sample counts once per step on its stack).
  const steps = ['collect', 'extract', 'analyze', 'mountBadge', 'flushReport', 'scan', 'processSlice', 'scanInline', 'requestScan'];
  const inclusive = new Map<string, number>();
  profile.samples?.forEach((id, index) => {
    if (!inExtension(id)) return;
    const micros = profile.timeDeltas?.[index] ?? 0;
    const seen = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      const name = byId.get(up)?.callFrame.functionName ?? '';
      if (steps.includes(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
      }
    }
  });
  console.log(`Steps (inclusive): ${[...inclusive].sort((a, b) => b[1] - a[1]).map(([name, micros]) => `${name} ${(micros / 1000).toFixed(0)} ms`).join(', ')}`);
  console.log(`Time under Firebreak's code in the profile: ${(total / 1000).toFixed(1)} ms. Top frames (self):`);
  for (const [key, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(micros / 1000).toFixed(1).padStart(8)} ms  ${key}`);
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** One run's worth of figures from several: medians of the totals, every latency, the longest tasks. */
function combine(results: RunResult[]): RunResult {
  const longest = results.map((result) => result.longTasks).sort((a, b) => a.length - b.length)[Math.floor(results.length / 2)] ?? [];
  const workerCpu = results.map((result) => result.workerCpuMs).filter((ms): ms is number => ms !== null);
  return {
    workerCpuMs: workerCpu.length > 0 ? median(workerCpu) : null,
    scriptMs: median(results.map((result) => result.scriptMs)),
    taskMs: median(results.map((result) => result.taskMs)),
    heapBytes: median(results.map((result) => result.heapBytes)),
    longTasks: longest,
    latencies: results.flatMap((result) => result.latencies),
    marked: Math.min(...results.map((result) => result.marked)),
  };
}

async function main() {
  const html = feedPage();
  const withoutRuns: RunResult[] = [];
  const withRuns: RunResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    withoutRuns.push(await run(false, html));
    withRuns.push(await run(true, html));
    if (!JSON_OUTPUT) {
      const last = (list: RunResult[]) => list[list.length - 1]!;
      const worker = last(withRuns).workerCpuMs;
      console.log(
        `run ${i + 1}/${RUNS}: Firebreak adds ${((last(withRuns).scriptMs - last(withoutRuns).scriptMs) / POSTS).toFixed(3)} ms script per post` +
          (worker === null ? '' : `; its worker ${(worker / POSTS).toFixed(3)} ms CPU per post`),
      );
    }
  }
  const without = combine(withoutRuns);
  const withExt = combine(withRuns);
  let stretches: number[] = [];
  await run(true, html, (profile) => {
    stretches = ownStretches(profile);
    if (PROFILE && !JSON_OUTPUT) printProfile(profile);
  });
  const longestOwn = Math.max(0, ...stretches);
  const result = {
    posts: POSTS,
    stream: `${PER_TICK} posts every ${TICK_MS} ms, ${WINDOW > 0 ? `the newest ${WINDOW} kept in the page as X does` : 'all kept in the page'}`,
    extension: {
      mainThreadMsPerPost: (withExt.scriptMs - without.scriptMs) / POSTS,
      workerCpuMsPerPost: withExt.workerCpuMs === null ? null : withExt.workerCpuMs / POSTS,
      taskMsPerPost: (withExt.taskMs - without.taskMs) / POSTS,
      longestTaskMs: Math.max(0, ...withExt.longTasks),
      longTasks: withExt.longTasks.length,
      longestOwnStretchMs: longestOwn,
      ownStretchesOver50Ms: stretches.filter((ms) => ms > 50).length,
      badgeLatencyP50Ms: percentile(withExt.latencies, 50),
      badgeLatencyP95Ms: percentile(withExt.latencies, 95),
      badgesWithin200Ms: withExt.latencies.filter((latency) => latency <= 200).length / withExt.latencies.length,
      marked: withExt.marked,
      heapAddedMB: (withExt.heapBytes - without.heapBytes) / 1024 / 1024,
    },
    runs: { withExtension: withExt, withoutExtension: without },
  };
  if (JSON_OUTPUT) {
    console.log(JSON.stringify({ ...result, runs: undefined }, null, 2));
    return;
  }
  const rows = [
    ['', 'without', 'with Firebreak', 'Firebreak adds'],
    ['script time, ms', fixed(without.scriptMs), fixed(withExt.scriptMs), fixed(withExt.scriptMs - without.scriptMs)],
    ['main-thread task time, ms', fixed(without.taskMs), fixed(withExt.taskMs), fixed(withExt.taskMs - without.taskMs)],
    ["extension process CPU, ms (its worker's analysis)", '—', '', withExt.workerCpuMs === null ? '—' : fixed(withExt.workerCpuMs)],
    ['longest task, ms', fixed(Math.max(0, ...without.longTasks)), fixed(Math.max(0, ...withExt.longTasks)), ''],
    ['tasks over 50 ms', String(without.longTasks.length), String(withExt.longTasks.length), ''],
    ["Firebreak's longest stretch, ms (profiled run)", '—', '', fixed(longestOwn)],
    ["Firebreak's stretches over 50 ms", '—', '', String(result.extension.ownStretchesOver50Ms)],
    ['JS heap growth, MB', fixed(without.heapBytes / 1048576, 2), fixed(withExt.heapBytes / 1048576, 2), fixed(result.extension.heapAddedMB, 2)],
    ['posts marked', '—', `${withExt.marked} of ${POSTS}`, ''],
    ['post → badge p50 / p95, ms', '—', `${fixed(result.extension.badgeLatencyP50Ms)} / ${fixed(result.extension.badgeLatencyP95Ms)}`, ''],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  console.log(`bench:page — ${POSTS} posts in X's markup, ${result.stream}, headless Chromium; medians of ${RUNS} runs each`);
  for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  console.log(
    `Firebreak per post: ${fixed(result.extension.mainThreadMsPerPost, 3)} ms script, ${fixed(result.extension.taskMsPerPost, 3)} ms main-thread task time; ` +
      `${fixed(result.extension.badgesWithin200Ms * 100)}% of badges within 200 ms. ` +
      `Off the page, the extension's process (the service worker analysing the posts): ${result.extension.workerCpuMsPerPost === null ? '—' : `${fixed(result.extension.workerCpuMsPerPost, 3)} ms CPU`} per post.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
