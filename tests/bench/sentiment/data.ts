// Reading the benchmark's dataset formats. Shared by the benchmark and the training script.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

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

/** A line with nothing on it but spaces: not a row (a file may end in several, or have one between parts). */
const blank = (line: string) => line.trim() === '';

/** A column's name, as a header line gives it: a short word or two ("label", "Mean rating", "sentiment_score"). */
const isColumnName = (field: string | undefined) => field !== undefined && /^[a-z][a-z _-]{0,39}$/i.test(field.trim());

/**
 * The rows of a one-row-per-line file. Blank lines are skipped. A first line that is not a row but names
 * columns ("label<TAB>text", "id<TAB>rating<TAB>text", as a spreadsheet's export writes) is skipped too,
 * and said on stderr; any other line that is not a row stops the run with its file and line number.
 */
function rowsOf(file: string, parse: (line: string) => Row | null, expected: string, headerField: number): Row[] {
  const rows: Row[] = [];
  let first = true;
  lines(file).forEach((line, index) => {
    if (blank(line)) return;
    const row = parse(line);
    if (row) rows.push(row);
    else if (first && line.includes('\t') && isColumnName(line.split('\t')[headerField])) process.stderr.write(`${file}:${index + 1}: skipped a header line (${JSON.stringify(line.slice(0, 60))})\n`);
    else throw new Error(`${file}:${index + 1}: expected ${expected}`);
    first = false;
  });
  return rows;
}

export function readVader(file: string): Row[] {
  return rowsOf(
    file,
    (line) => {
      const [, rating, ...rest] = line.split('\t');
      const value = Number(rating);
      if (rating === undefined || rating.trim() === '' || !Number.isFinite(value)) return null;
      return { text: rest.join('\t'), gold: goldFromRating(value), rating: value };
    },
    'id<TAB>rating<TAB>text',
    1,
  );
}

const LABELS = new Set(['negative', 'neutral', 'positive']);

export function readLabeled(file: string): Row[] {
  return rowsOf(
    file,
    (line) => {
      const tab = line.indexOf('\t');
      const label = (tab >= 0 ? line.slice(0, tab) : '').trim().toLowerCase();
      return LABELS.has(label) ? { text: line.slice(tab + 1), gold: label as Gold } : null;
    },
    'negative|neutral|positive<TAB>text',
    0,
  );
}

/**
 * The UCI Sentiment Labelled Sentences (Kotzias, Denil, de Freitas and Smyth, KDD 2015: 1,000 sentences each
 * from Amazon product reviews, Yelp reviews and IMDb, half negative, half positive), as the `sentiment`
 * package ships them in its tests (`node_modules/sentiment/test/fixtures/{amazon,yelp,imdb}.json`): a JSON
 * array of `{ "text", "class": 0 (negative) | 1 (positive) }`. Each file ends in an empty item (empty text,
 * class null), which is not a row; any other item without a text and a class of 0 or 1 stops the run.
 */
export function readUci(file: string): Row[] {
  const items: unknown = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  if (!Array.isArray(items)) throw new Error(`${file}: expected a JSON array of { text, class }`);
  const rows: Row[] = [];
  items.forEach((item: unknown, index) => {
    const { text, class: polarity } = (item ?? {}) as { text?: unknown; class?: unknown };
    if (typeof text === 'string' && text.trim() === '' && (polarity === null || polarity === undefined)) return;
    if (typeof text !== 'string' || (polarity !== 0 && polarity !== 1)) throw new Error(`${file}: item ${index}: expected { text, class: 0 | 1 }`);
    rows.push({ text: text.trim(), gold: polarity === 1 ? 'positive' : 'negative' });
  });
  return rows;
}

/** A header's name for the column of labels, and for the column of texts (case and spaces aside). */
const LABEL_COLUMN = /^(airline_?)?sentiment$|^label$|^polarity$/i;
const TEXT_COLUMN = /^(tweet_?)?text$|^tweet$/i;
/** Sentiment140's polarity column: 0 negative, 2 neutral, 4 positive. */
const POLARITY: Readonly<Record<string, Gold>> = { '0': 'negative', '2': 'neutral', '4': 'positive' };

/**
 * A public labelled set as its CSV is published, quoted fields and line breaks in them included: with a
 * header naming a label column and a text column (the Sanders corpus, "Topic","Sentiment","TweetId",
 * "TweetDate","TweetText"; the 2015 US airline tweets, tweet_id,airline_sentiment,…,text,…), or
 * Sentiment140's six unnamed columns (polarity 0|2|4, id, date, query, user, text). A label is negative,
 * neutral or positive in any case; a row with another label (Sanders' "irrelevant") or no text is not
 * scored, and how many were left out is said on stderr. A file of neither shape, or a row too short for
 * its columns, stops the run with its line number.
 */
export function readCsv(file: string): Row[] {
  // With `info`, each record comes as { record, info } (info.lines: the line it ends on); the package's
  // typings give string[][] for any options without `columns`, hence the cast through unknown.
  const records = parse(readFileSync(file, 'utf8'), { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as Array<{
    record: string[];
    info: { lines: number };
  }>;
  const header = records[0]?.record.map((name) => name.trim()) ?? [];
  const named = header.findIndex((name) => LABEL_COLUMN.test(name));
  const textNamed = header.findIndex((name) => TEXT_COLUMN.test(name));
  const sentiment140 = named < 0 && records.length > 0 && records.every(({ record }) => record.length === 6 && POLARITY[record[0] ?? ''] !== undefined);
  if ((named < 0 || textNamed < 0) && !sentiment140) {
    throw new Error(`${file}: expected a header naming a label column (sentiment, label, polarity) and a text column (text, tweet), or Sentiment140's six columns`);
  }
  const [labelAt, textAt] = sentiment140 ? [0, 5] : [named, textNamed];
  const rows: Row[] = [];
  const skipped = new Map<string, number>();
  for (const { record, info } of sentiment140 ? records : records.slice(1)) {
    const label = record[labelAt]?.trim().toLowerCase();
    const text = record[textAt]?.trim();
    if (label === undefined || text === undefined) throw new Error(`${file}:${info.lines}: expected ${Math.max(labelAt, textAt) + 1} columns`);
    const gold = sentiment140 ? POLARITY[label] : LABELS.has(label) ? (label as Gold) : undefined;
    if (gold && text) rows.push({ text, gold });
    else {
      const why = text ? `label ${JSON.stringify(label)}` : 'no text';
      skipped.set(why, (skipped.get(why) ?? 0) + 1);
    }
  }
  if (skipped.size > 0) process.stderr.write(`${file}: left out ${[...skipped].map(([why, n]) => `${n} (${why})`).join(', ')}\n`);
  return rows;
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
