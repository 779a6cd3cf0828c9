// Sentiment benchmark: Firebreak against the peer libraries, in one run, on any dataset.
//   npm run bench:sentiment -- --dataset FILE --format vader|labeled [--json] [--predictions OUT]
//   npm run bench:sentiment -- --dataset TEXTS --format tweeteval --labels LABELS   (TweetEval's pair)
//   npm run bench:sentiment -- --dataset node_modules/sentiment/test/fixtures/yelp.json --format uci
//                               (UCI sentences, two classes: see readUci in sentiment/data.ts)
//   npm run bench:sentiment -- --dataset Tweets.csv --format csv
//                               (a public set's CSV as published: Sentiment140's test file, the Sanders
//                               corpus, the 2015 airline tweets; see readCsv in sentiment/data.ts)
//   --model auto|shipped|FILE   auto (default): texts the shipped model was trained on are scored by
//                               the fold model trained without them, so figures on the development
//                               sets are out-of-fold; every other text uses the shipped model.
//   --convert OUT                write the dataset as a `labeled` file and stop.
//
// Firebreak's `mixed` label has no gold counterpart: it is mapped by the sign of its score
// (|score| < 0.05 → neutral) for the three-class metrics.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { analyze, textKey } from '../../utils/analysis/index';
import { loadModel, useModel, type LoadedModel, type ModelFile } from '../../utils/analysis/model';
import weightsFile from '../../utils/analysis/data/model.json';
import { readCsv, readLabeled, readTweetEval, readUci, readVader, type Gold, type Row } from './sentiment/data';
import { classify, pearson, type Metrics } from './sentiment/metrics';
import { peers, type System } from './sentiment/peers';

const shippedModels = join(dirname(fileURLToPath(import.meta.url)), 'sentiment', 'models');
const analysisEntry = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'utils', 'analysis', 'index.ts');

/**
 * The analyser as the extension runs it, for the texts/s column: one bundle of its modules (the content script is
 * one), built here by esbuild, with the shipped model. Run from tsx's transpile of each module on its own, as the
 * accuracy columns are, the same code reads about 5% slower, the two alternating in one process (calls across
 * modules, names kept for stack traces). The peers run as their packages ship. (With `--model FILE` the
 * accuracy columns are that model's and the speed the shipped one's: every model file has the same shape.)
 */
async function bundledAnalyze(): Promise<(text: string) => unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-'));
  try {
    const outfile = join(dir, 'analysis.mjs');
    buildSync({ entryPoints: [analysisEntry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
    const bundled = (await import(pathToFileURL(outfile).href)) as { analyze: (text: string) => unknown };
    return bundled.analyze;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The dataset formats load() reads (see sentiment/data.ts). */
const FORMATS = ['vader', 'labeled', 'tweeteval', 'uci', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface Args {
  dataset: string;
  format: Format;
  labels?: string;
  json: boolean;
  predictions?: string;
  model: string;
  /** Where the fold models and training keys are (train-model.ts --out DIR writes DIR/models). */
  models: string;
  convert?: string;
}

function usage(message: string): never {
  console.error(`${message}\nusage: npm run bench:sentiment -- --dataset FILE --format ${FORMATS.join('|')} [--labels FILE] [--json] [--predictions OUT] [--model auto|shipped|FILE] [--models DIR] [--convert OUT]`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Partial<Args> & { json: boolean; model: string; models: string } = { json: false, model: 'auto', models: shippedModels };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => argv[++i] ?? usage(`${flag} needs a value`);
    if (flag === '--dataset') args.dataset = value();
    else if (flag === '--format') {
      const format = value();
      if (!(FORMATS as readonly string[]).includes(format)) usage(`unknown format ${format}`);
      args.format = format as Format;
    } else if (flag === '--labels') args.labels = value();
    else if (flag === '--json') args.json = true;
    else if (flag === '--predictions') args.predictions = value();
    else if (flag === '--model') args.model = value();
    else if (flag === '--models') args.models = value();
    else if (flag === '--convert') args.convert = value();
    else usage(`unknown argument ${flag}`);
  }
  if (!args.dataset) usage('--dataset is required');
  if (!args.format) usage('--format is required');
  if (args.format === 'tweeteval' && !args.labels) usage('--format tweeteval needs --labels FILE');
  return args as Args;
}

function load(args: Args): Row[] {
  if (args.format === 'vader') return readVader(args.dataset);
  if (args.format === 'labeled') return readLabeled(args.dataset);
  if (args.format === 'uci') return readUci(args.dataset);
  if (args.format === 'csv') return readCsv(args.dataset);
  return readTweetEval(args.dataset, args.labels ?? '');
}

const readModel = (file: string): LoadedModel => loadModel(JSON.parse(readFileSync(file, 'utf8')) as ModelFile);

/** Which model scores each row: see --model. */
function modelPlan(rows: Row[], mode: string, modelsDir: string): { models: LoadedModel[]; per: number[]; note: string } {
  const shipped = loadModel(weightsFile as ModelFile);
  if (mode === 'shipped') return { models: [shipped], per: rows.map(() => 0), note: 'shipped model (trained on both development sets and the written training sets)' };
  if (mode !== 'auto') return { models: [readModel(mode)], per: rows.map(() => 0), note: `model ${mode}` };
  const { folds, keys } = JSON.parse(readFileSync(join(modelsDir, 'training-keys.json'), 'utf8')) as { folds: number; keys: string[] };
  const trained = new Set(keys);
  const models = [shipped];
  for (let fold = 0; fold < folds; fold++) models.push(readModel(join(modelsDir, `fold-${fold}.json`)));
  let seen = 0;
  const per = rows.map((row) => {
    const key = textKey(row.text);
    if (!trained.has(key)) return 0;
    seen++;
    return 1 + (Number.parseInt(key.slice(0, 8), 16) % folds);
  });
  const note =
    seen > 0
      ? `${seen} of ${rows.length} texts were in the training data: scored out-of-fold by the model trained without them`
      : 'no text was in the training data: shipped model';
  return { models, per, note };
}

function toGold(label: string, score: number): Gold {
  if (label === 'mixed') return score >= 0.05 ? 'positive' : score <= -0.05 ? 'negative' : 'neutral';
  return label as Gold;
}

interface Result extends Metrics {
  system: string;
  textsPerSecond: number;
  /**
   * On a set with no neutral gold (two-class reviews): the share whose score has the gold's sign, a score
   * of 0 read as positive, as the `sentiment` package's own validation reads its fixtures. Else null.
   */
  signAccuracy: number | null;
}

/** Rounds in which every system is timed once in turn (speeds()). */
const SPEED_ROUNDS = 5;

/**
 * Texts per second over the whole dataset, once warm, for every system: each first runs over it for at least
 * half a second (the JavaScript engine compiles hot code in tiers: Firebreak scores about 15,000 texts a second
 * in its first half second and about 27,000 after, on the 300 crisis-thread comments); then, in each of
 * SPEED_ROUNDS rounds, every system in turn is timed over whole passes for at least 300 ms, and a system's
 * figure is the median of its rounds. A shared machine's speed swings within seconds: timed one after the
 * other once each, two systems' figures could differ by a third for that alone; taken in turns, a slow spell
 * falls on all of them, and the median leaves it out. The same for every system, so the column compares
 * steady speeds, as of a feed being read. A page's first posts are `bench:page`'s to measure.
 */
function speeds(scorers: ReadonlyArray<(text: string) => unknown>, texts: string[]): number[] {
  const passesFor = (score: (text: string) => unknown, ms: number): number => {
    let processed = 0;
    const start = performance.now();
    do {
      for (const text of texts) score(text);
      processed += texts.length;
    } while (performance.now() - start < ms);
    return processed / ((performance.now() - start) / 1000);
  };
  for (const score of scorers) passesFor(score, 500);
  const rounds = scorers.map((): number[] => []);
  for (let round = 0; round < SPEED_ROUNDS; round++) scorers.forEach((score, k) => rounds[k]?.push(passesFor(score, 300)));
  return rounds.map((figures) => figures.sort((a, b) => a - b)[Math.floor(figures.length / 2)] ?? 0);
}

function evaluate(system: System, rows: Row[]): Result {
  const scores: number[] = [];
  const labels: Gold[] = [];
  for (const row of rows) {
    const { score, label } = system.score(row.text);
    scores.push(score);
    labels.push(label);
  }
  const hasRatings = rows.every((row) => row.rating !== undefined);
  const metrics = classify(rows.map((row) => row.gold), labels);
  const twoClass = rows.length > 0 && rows.every((row) => row.gold !== 'neutral');
  const signRight = rows.filter((row, i) => ((scores[i] ?? 0) >= 0 ? 'positive' : 'negative') === row.gold).length;
  return {
    system: system.name,
    ...metrics,
    signAccuracy: twoClass ? signRight / rows.length : null,
    pearson: hasRatings ? pearson(scores, rows.map((row) => row.rating ?? 0)) : null,
    textsPerSecond: 0,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const rows = load(args);
  if (args.convert) {
    writeFileSync(args.convert, rows.map((row) => `${row.gold}\t${row.text.replace(/[\t\r\n]+/g, ' ')}`).join('\n') + '\n');
    console.log(`wrote ${rows.length} rows to ${args.convert}`);
    return;
  }
  const plan = modelPlan(rows, args.model, args.models);
  const predictions: string[] = [];
  let rowIndex = 0;
  const firebreak: System = {
    name: 'firebreak',
    score(text) {
      useModel(plan.models[plan.per[rowIndex] ?? 0]);
      rowIndex++;
      const result = analyze(text);
      predictions.push(`${result.label}\t${result.score}`);
      return { score: result.score, label: toGold(result.label, result.score) };
    },
  };
  const results: Result[] = [evaluate(firebreak, rows)];
  useModel(plan.models[0]);
  const others = peers();
  for (const peer of others) results.push(evaluate(peer, rows));
  // Timed after every system has scored the set (the model the timing reads is the shipped one).
  const shipped = await bundledAnalyze();
  const timings = [shipped, ...others.map((peer) => (text: string) => peer.score(text))];
  speeds(timings, rows.map((row) => row.text)).forEach((figure, k) => {
    const result = results[k];
    if (result) result.textsPerSecond = figure;
  });
  if (args.predictions) writeFileSync(args.predictions, predictions.join('\n') + '\n');

  const counts = { negative: 0, neutral: 0, positive: 0 };
  for (const row of rows) counts[row.gold]++;
  if (args.json) {
    console.log(JSON.stringify({ dataset: args.dataset, format: args.format, rows: rows.length, gold: counts, firebreakModel: plan.note, results }, null, 2));
    return;
  }
  console.log(`dataset ${args.dataset} (${args.format}), ${rows.length} texts: ${counts.negative} negative, ${counts.neutral} neutral, ${counts.positive} positive`);
  console.log(`firebreak: ${plan.note}`);
  // A two-class set: no neutral F1 (macro-F1 is over negative and positive), and accuracy by sign beside.
  const twoClass = counts.neutral === 0;
  if (twoClass) console.log('no neutral gold: macro-F1 over negative and positive (a neutral answer is a miss); sign acc reads a score ≥ 0 as positive');
  const header = ['system', 'macro-F1', 'F1 neg', 'F1 neu', 'F1 pos', 'accuracy', ...(twoClass ? ['sign acc'] : []), 'Pearson r', 'texts/s'];
  const table = results.map((r) => [
    r.system,
    r.macroF1.toFixed(3),
    r.f1.negative.toFixed(3),
    twoClass ? '—' : r.f1.neutral.toFixed(3),
    r.f1.positive.toFixed(3),
    r.accuracy.toFixed(3),
    ...(twoClass ? [(r.signAccuracy ?? 0).toFixed(3)] : []),
    r.pearson === null ? '—' : r.pearson.toFixed(3),
    Math.round(r.textsPerSecond).toLocaleString('en-US'),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...table.map((row) => (row[c] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
}

void main();
