// Reading the benchmark's dataset formats. Shared by the benchmark and the training script.
import { readFileSync } from 'node:fs';

export type Gold = 'negative' | 'neutral' | 'positive';

export interface Row {
  text: string;
  gold: Gold;
  /** Mean human rating −4..4, when the format has one. */
  rating?: number;
}

/**
 * VADER ratings are means of ~20 raters on −4..4. A tweet counts as positive or negative when
 * the mean is beyond ±0.5 (half a scale point: most raters leaned the same way), neutral otherwise.
 */
export const VADER_NEUTRAL_BAND = 0.5;

export function goldFromRating(rating: number): Gold {
  return rating > VADER_NEUTRAL_BAND ? 'positive' : rating < -VADER_NEUTRAL_BAND ? 'negative' : 'neutral';
}

function lines(file: string): string[] {
  const content = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const out = content.split(/\r?\n/);
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

export function readVader(file: string): Row[] {
  return lines(file).map((line, index) => {
    const [, rating, ...rest] = line.split('\t');
    const value = Number(rating);
    if (rating === undefined || !Number.isFinite(value)) throw new Error(`${file}:${index + 1}: expected id<TAB>rating<TAB>text`);
    return { text: rest.join('\t'), gold: goldFromRating(value), rating: value };
  });
}

const LABELS = new Set(['negative', 'neutral', 'positive']);

export function readLabeled(file: string): Row[] {
  return lines(file).map((line, index) => {
    const tab = line.indexOf('\t');
    const label = (tab >= 0 ? line.slice(0, tab) : '').trim().toLowerCase();
    if (!LABELS.has(label)) throw new Error(`${file}:${index + 1}: expected negative|neutral|positive<TAB>text`);
    return { text: line.slice(tab + 1), gold: label as Gold };
  });
}

/** TweetEval's pair of files: one text per line, and 0/1/2 labels (negative/neutral/positive). */
export function readTweetEval(textFile: string, labelFile: string): Row[] {
  const texts = lines(textFile);
  const labels = lines(labelFile);
  if (texts.length !== labels.length) throw new Error(`${textFile} has ${texts.length} lines but ${labelFile} has ${labels.length}`);
  const names: Gold[] = ['negative', 'neutral', 'positive'];
  return texts.map((text, index) => {
    const gold = names[Number(labels[index])];
    if (!gold) throw new Error(`${labelFile}:${index + 1}: expected 0, 1 or 2`);
    return { text, gold };
  });
}
