// Builds utils/analysis/data/lexicon.json, the base valence lexicon the analyser ships, from
// the permissively licensed lexicons installed as dev dependencies. Run it again after a
// dependency update: `node --import tsx tests/scripts/train-lexicon.ts`.
//
// Sources and licences (recorded in utils/analysis/data/SOURCE.md):
// - VADER lexicon (vader-sentiment, MIT): mean human valence −4..4, the primary scale.
// - AFINN-165 (sentiment, MIT): integer −5..5, rescaled by 0.8 for words VADER lacks.
// - Emoji valences from `sentiment` (MIT; derived from the Emoji Sentiment Ranking) and
//   `wink-sentiment` (MIT), averaged and kept on VADER's scale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const modules = join(root, 'node_modules');

const round = (value: number): number => Math.round(value * 10) / 10;

const words: Record<string, number> = {};
const phrases: Record<string, number> = {};
const emoji: Record<string, number> = {};

function put(term: string, valence: number, overwrite: boolean): void {
  const key = term.toLowerCase().trim();
  if (!key || valence === 0) return;
  const target = key.includes(' ') ? phrases : words;
  if (!overwrite && key in target) return;
  target[key] = round(valence);
}

// VADER first: it is the scale everything else is mapped onto.
for (const line of readFileSync(join(modules, 'vader-sentiment', 'vader_lexicon.txt'), 'utf8').split('\n')) {
  const [term, mean] = line.split('\t');
  if (!term || mean === undefined) continue;
  put(term, Number(mean), true);
}

const afinn = require(join(modules, 'sentiment', 'languages', 'en', 'labels.json')) as Record<string, number>;
for (const [term, value] of Object.entries(afinn)) put(term, value * 0.8, false);

const emojiSentiment = require(join(modules, 'sentiment', 'build', 'emoji.json')) as Record<string, number>;
const emojiWink = require(join(modules, 'wink-sentiment', 'src', 'emojis.js')) as Record<string, number>;
for (const symbol of new Set([...Object.keys(emojiSentiment), ...Object.keys(emojiWink)])) {
  const values = [emojiSentiment[symbol], emojiWink[symbol]].filter((v): v is number => typeof v === 'number');
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  // Strip the emoji presentation selector so lookups match whatever form the text uses.
  const key = symbol.replace(/\uFE0F/g, '');
  if (key && mean !== 0) emoji[key] = round(mean);
}

const sortObject = (object: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const out = join(root, 'utils', 'analysis', 'data', 'lexicon.json');
writeFileSync(out, JSON.stringify({ words: sortObject(words), phrases: sortObject(phrases), emoji: sortObject(emoji) }));
console.log(`lexicon: ${Object.keys(words).length} words, ${Object.keys(phrases).length} phrases, ${Object.keys(emoji).length} emoji -> ${out}`);
