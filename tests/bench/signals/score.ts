// Signal precision and recall against posts labelled with the complaint categories and escalations they
// hold (bench:signals). Pure: the bench script reads the file and prints.
import { SIGNAL_CODES, type SignalCode } from '../../../utils/analysis';

/** The short names a labelled file may use, beside the signal codes themselves. */
const SHORT_NAMES: Record<string, SignalCode> = {
  product: 'complaint:product',
  service: 'complaint:service',
  offensive: 'complaint:insensitive',
  insensitive: 'complaint:insensitive',
  hypocrisy: 'complaint:hypocrisy',
  employee: 'complaint:employee',
  security: 'complaint:security',
  legal: 'escalation:legal',
  press: 'escalation:press',
  viral: 'escalation:viral',
  boycott: 'boycott',
};
const CODES = new Set<string>(SIGNAL_CODES);

export interface SignalRow {
  text: string;
  /** The signals a reader finds in the post (empty: none). */
  gold: SignalCode[];
}

/** One row of `categories<TAB>text` or `label<TAB>categories<TAB>text`; categories comma-separated, or `none`. */
export function parseSignalRow(line: string, lineNumber: number): SignalRow | null {
  if (!line.trim()) return null;
  const fields = line.split('\t');
  if (fields.length < 2 || fields.length > 3) throw new Error(`line ${lineNumber}: expected categories<TAB>text or label<TAB>categories<TAB>text`);
  const categories = (fields.length === 3 ? fields[1] : fields[0]) ?? '';
  const text = fields[fields.length - 1] ?? '';
  const gold: SignalCode[] = [];
  for (const name of categories.split(',').map((part) => part.trim().toLowerCase())) {
    if (name === 'none' || name === '') continue;
    const code = SHORT_NAMES[name] ?? (CODES.has(name) ? (name as SignalCode) : undefined);
    if (!code) throw new Error(`line ${lineNumber}: unknown category "${name}"`);
    if (!gold.includes(code)) gold.push(code);
  }
  return { text, gold };
}

export interface SignalScore {
  code: SignalCode;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function figures(truePositives: number, falsePositives: number, falseNegatives: number): Omit<SignalScore, 'code'> {
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePositives + falseNegatives);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

/**
 * Per code that the rows label anywhere (anger, hostility and sarcasm are not labelled by these sets and not
 * scored), and over all of them together (micro-averaged: `code` is 'all' there).
 */
export function scoreSignals(rows: readonly SignalRow[], signalsOf: (text: string) => readonly SignalCode[]): { codes: SignalScore[]; all: Omit<SignalScore, 'code'> } {
  const scored = SIGNAL_CODES.filter((code) => rows.some((row) => row.gold.includes(code)));
  const counts = new Map(scored.map((code) => [code, { tp: 0, fp: 0, fn: 0 }]));
  for (const row of rows) {
    const found = new Set(signalsOf(row.text));
    for (const code of scored) {
      const count = counts.get(code)!;
      const gold = row.gold.includes(code);
      if (gold && found.has(code)) count.tp++;
      else if (found.has(code)) count.fp++;
      else if (gold) count.fn++;
    }
  }
  const codes = scored.map((code) => {
    const { tp, fp, fn } = counts.get(code)!;
    return { code, ...figures(tp, fp, fn) };
  });
  const sum = (pick: (score: SignalScore) => number): number => codes.reduce((total, score) => total + pick(score), 0);
  return { codes, all: figures(sum((s) => s.truePositives), sum((s) => s.falsePositives), sum((s) => s.falseNegatives)) };
}
