// Classification and correlation metrics for the sentiment benchmark.
import type { Gold } from './data';

export const GOLD_CLASSES: readonly Gold[] = ['negative', 'neutral', 'positive'];

export interface Metrics {
  macroF1: number;
  f1: Record<Gold, number>;
  accuracy: number;
  /** Pearson r between the system's score and the human rating, when ratings exist. */
  pearson: number | null;
}

export function classify(gold: readonly Gold[], predicted: readonly Gold[]): Omit<Metrics, 'pearson'> {
  const f1 = { negative: 0, neutral: 0, positive: 0 } as Record<Gold, number>;
  let correct = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) correct++;
  for (const label of GOLD_CLASSES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i] === label;
      const p = predicted[i] === label;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
    const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
    f1[label] = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  }
  // Over the classes the gold labels hold: a two-class set (reviews judged negative or positive) has no
  // neutral F1 to average in, and a neutral answer on it counts as a miss of the gold class.
  const present = GOLD_CLASSES.filter((label) => gold.includes(label));
  const macroF1 = present.length > 0 ? present.reduce((sum, label) => sum + f1[label], 0) / present.length : 0;
  return { macroF1, f1, accuracy: gold.length > 0 ? correct / gold.length : 0 };
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] ?? 0;
    my += ys[i] ?? 0;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}
