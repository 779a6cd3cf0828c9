// What the scanner tests share: an idle scheduler that runs at once, and a fresh page, stop signal
// and list of reported batches for each test.
import { afterEach, beforeEach } from 'vitest';
import type { IdleScheduler } from '@/utils/content/scanner';
import type { ReportedPost } from '@/utils/tracking/posts';

/** Runs idle tasks at once (after the current microtasks), with plenty of time left. */
export const immediate: IdleScheduler = (task) => void setTimeout(() => task(() => 50), 0);

export interface ScannerRun {
  /** Stops the scanner (as a reloaded extension does); aborted after each test. */
  controller: AbortController;
  /** Every batch the scanner reported, in order. */
  reports: ReportedPost[][];
  report: (posts: ReportedPost[]) => Promise<void>;
}

/** A clean page and a new run for each test of the calling describe block. */
export function useScannerRun(): ScannerRun {
  const run: ScannerRun = {
    controller: new AbortController(),
    reports: [],
    report: async (posts) => void run.reports.push(posts),
  };
  beforeEach(() => {
    document.body.replaceChildren();
    run.controller = new AbortController();
    run.reports = [];
  });
  afterEach(() => run.controller.abort());
  return run;
}
