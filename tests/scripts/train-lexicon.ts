// Builds utils/analysis/data/lexicon.json, the base valence lexicon the analyser ships, from
// the permissively licensed lexicons installed as dev dependencies. Run it again after a
// dependency update: `node --import tsx tests/scripts/train-lexicon.ts`.
//
// Sources and licences (recorded in utils/analysis/data/SOURCE.md):
// - VADER lexicon (vader-sentiment, MIT): mean human valence −4..4, the primary scale.
// - AFINN-165 (sentiment, MIT): integer −5..5, rescaled by 0.8 for words VADER lacks.
// - Emoji valences from `sentiment` (MIT; derived from the Emoji Sentiment Ranking) and
//   `wink-sentiment` (MIT), averaged and kept on VADER's scale.
// - Three corrections of our own, below: VADER initialisms that collide with ordinary words
//   (AMBIGUOUS_INITIALISMS, dropped), the crisis-domain overlay (CRISIS_WORDS, CRISIS_PHRASES,
//   applied last) and emoji the sources get wrong or lack (EMOJI_OVERLAY). Their rationale is in
//   SOURCE.md.
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

/**
 * VADER's emoticon-and-acronym block (the lines before its word list) rates initialisms by the
 * phrase they stand for. These spell an everyday word, a common name or a better-known
 * abbreviation, so as tokens they almost never mean the acronym: "hand" ("have a nice day",
 * +2.2) is a hand, "kia" ("killed in action", −3.2) a car maker, "nfc" (−2.7) a phone feature,
 * "lts" (+1.6) a software release, "wd" (+2.7) a disk maker. Dropped, not re-scored.
 */
const AMBIGUOUS_INITIALISMS = new Set([
  'aas', 'bl', 'dx', 'ff', 'gt', 'hand', 'jj', 'jp', 'jt', 'jw', 'kia', 'l', 'lts', 'ly', 'mia', 'nfc', 'nh',
  'nme', 'pita', 'po', 'pu', 'qt', 'sete', 'slap', 'slaw', 'tx', 'vip', 'wag', 'wd', 'wp', 'yoyo',
]);

/**
 * Crisis-domain overlay, on VADER's scale. The generic lexicons were rated on words out of
 * context, and miss the vocabulary of product-safety and service-failure complaints ("burned",
 * "overheating", "scalded"), which brand managers most need read. Values are set by analogy
 * with VADER's nearest rated words ("injured" −1.7, "dangerous" −2.1, "hazardous" −2.4,
 * "poisoned" −2.2). Ambiguous words get a milder value than their product-failure sense.
 * 0 marks a word that is mostly topic, not feeling, in brand conversations.
 */
const CRISIS_WORDS: Record<string, number> = {
  // fire, heat and electricity
  burn: -1, burns: -1.4, burned: -2, burnt: -1.9, burning: -1, scorched: -1.8, scald: -2, scalded: -2.4,
  scalding: -1.6, sparked: -1, sparking: -1.5, overheat: -1.8, overheats: -2, overheated: -2, overheating: -2,
  melt: -1, explode: -1.8, explodes: -2, exploded: -2.2, exploding: -1.8, explosion: -2, melted: -1.2, melting: -0.8,
  electrocuted: -3, electrocution: -3, shorted: -1.4,
  // injury and contamination
  blistered: -2, blisters: -1.6, swollen: -1.5, hospitalised: -1.6, mouldy: -2, moldy: -2,
  // service failure
  unresolved: -1.5, unanswered: -1.4, ghosted: -1.8,
  // "safety" is rated +1.8 as an abstract good, but in brand talk it is the topic of safety
  // issues, notices and recalls
  safety: 0,
};

/**
 * Multi-word expressions of the same domain. Negative: failures the single words do not carry.
 * Positive: a complaint put right ("made it right", "fair play"), which reads neutral word by word.
 * 0: lookalikes whose words would otherwise score ("fire sale", "smoke test", "burn-in": the
 * tokenizer splits hyphenated words, so "burn in" matches "burn-in").
 */
const CRISIS_PHRASES: Record<string, number> = {
  'caught fire': -2.8, 'burned down': -2.5, 'burnt down': -2.5, 'burning smell': -2.2, 'smell of burning': -2.2,
  'smells like burning': -2.2, 'smelled like burning': -2.2, 'started smoking': -2.2, 'began smoking': -2.2,
  'smoke coming out': -2.2, 'smoke came out': -2.2, 'smoke pouring out': -2.2, 'filled with smoke': -2,
  'electric shock': -2.5, 'short circuit': -1.8, 'short circuited': -1.8, 'fire hazard': -2.5,
  'safety hazard': -2.3, 'health hazard': -2.2, 'choking hazard': -2, 'swelled up': -1.6, 'burn in hell': -3,
  'made it right': 2.2, 'made things right': 2.2, 'fair play': 2.2, "credit where it's due": 2,
  'credit where credit is due': 2, 'called me back': 1.2, 'rang me back': 1.2, 'got back to me': 1.2,
  'sorted it': 1.5, 'sorted it out': 1.6, 'all sorted': 1.6, 'got it sorted': 1.6, 'fixed it': 1.4,
  'fixed the issue': 1.5, 'fixed the problem': 1.5, 'resolved the issue': 1.5, 'resolved it': 1.4,
  'no questions asked': 1.5, 'above and beyond': 2.5, 'the extra mile': 2.2, 'restored my faith': 2.5,
  'kept me updated': 1.4, 'kept me informed': 1.4, 'sent a replacement': 1.2, 'sent me a replacement': 1.2,
  'arranged a replacement': 1.2, 'no fuss': 1.2, 'no hassle': 1.2, 'melted my heart': 2.5, 'heart melted': 2.2,
  'fire sale': 0, 'fire sales': 0, 'fire drill': 0, 'smoke test': 0, 'smoke tests': 0, 'smoke testing': 0,
  'burn in': 0, 'burn rate': 0, 'cash burn': 0, 'burn calories': 0, 'burning question': 0, 'hands on': 0,
  'fair use': 0, 'fair usage': 0, 'trade fair': 0, 'county fair': 0, 'job fair': 0, 'science fair': 0,
  'book fair': 0, 'craft fair': 0, 'careers fair': 0, 'recall election': 0, 'recall elections': 0,
  'recall vote': 0, 'recall petition': 0, 'total recall': 0,
};

function put(term: string, valence: number, overwrite: boolean, keepZero = false): void {
  const key = term.toLowerCase().trim();
  if (!key || (valence === 0 && !keepZero)) return;
  const target = key.includes(' ') ? phrases : words;
  if (!overwrite && key in target) return;
  target[key] = round(valence);
}

// VADER first: it is the scale everything else is mapped onto. Its word list starts at "abandon";
// the lines before it are emoticons and initialisms.
const vaderLines = readFileSync(join(modules, 'vader-sentiment', 'vader_lexicon.txt'), 'utf8').split('\n');
const wordListStart = vaderLines.findIndex((line) => line.startsWith('abandon\t'));
if (wordListStart < 0) throw new Error('vader_lexicon.txt: word list not found (no "abandon" line)');
const dropped: string[] = [];
for (const [index, line] of vaderLines.entries()) {
  const [term, mean] = line.split('\t');
  if (!term || mean === undefined) continue;
  if (index < wordListStart && AMBIGUOUS_INITIALISMS.has(term)) {
    dropped.push(term);
    continue;
  }
  put(term, Number(mean), true);
}
// A listed initialism VADER no longer has is a stale entry: say so rather than keep it silently.
const stale = [...AMBIGUOUS_INITIALISMS].filter((term) => !dropped.includes(term));
if (stale.length > 0) console.warn(`AMBIGUOUS_INITIALISMS not in VADER's acronym block: ${stale.join(', ')}`);

const afinn = require(join(modules, 'sentiment', 'languages', 'en', 'labels.json')) as Record<string, number>;
for (const [term, value] of Object.entries(afinn)) put(term, value * 0.8, false);

const emojiSentiment = require(join(modules, 'sentiment', 'build', 'emoji.json')) as Record<string, number>;
const emojiWink = require(join(modules, 'wink-sentiment', 'src', 'emojis.js')) as Record<string, number>;
for (const symbol of new Set([...Object.keys(emojiSentiment), ...Object.keys(emojiWink)])) {
  const values = [emojiSentiment[symbol], emojiWink[symbol]].filter((v): v is number => typeof v === 'number');
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  // Strip the emoji presentation selector so lookups match whatever form the text uses.
  const key = symbol.replace(/\uFE0F/g, '');
  // The letters flags are made of ("🇺🇸" is 🇺 + 🇸) are not feelings, and neither is a flag: the sources
  // rated them +1 to +3 from where flags were used, so "🇬🇧" read as praise and "Boycott 🇺🇸 goods" leaned positive.
  if (/^[\u{1F1E6}-\u{1F1FF}]+$/u.test(key)) continue;
  if (key && mean !== 0) emoji[key] = round(mean);
}

/**
 * Emoji the sources rate against their plain meaning or lack (the Emoji Sentiment Ranking was measured
 * in 2015 on emoji then rare: ❌ and ⛔ came out positive, and 🙄, 🤮 or 🤬 did not exist). Values by
 * analogy with the emoticons VADER's raters scored and with the ranking's clear cases (😠 −2, 😒 −2,
 * 👎 −1): a cross or no-entry sign says "not working", eye-rolling and the clown scorn, vomiting
 * disgust. A coffee cup is a topic, not a feeling (☕ was +1, so "no kettle for 3 days ☕❌" leaned
 * positive); a wave greets or leaves (👋 was +2).
 */
const EMOJI_OVERLAY: Record<string, number> = {
  '❌': -1.5,
  '✖': -0.5,
  '⛔': -1.5,
  '😬': -0.8,
  '☕': 0,
  '😡': -2.5,
  '🤬': -3,
  '🖕': -3,
  '🤮': -2.5,
  '🤢': -2,
  '🤡': -1.5,
  '🙄': -1.2,
  '🙃': -0.5,
  '🤦': -1.2,
  // emoji newer than the sources (2019-2022): star-struck and party faces, a face holding back happy tears,
  // heart hands, hugging, a handshake, crossed fingers, the newer hearts; a melting face and a diagonal
  // mouth are unease; the pinched fingers of "chef's kiss"
  '🤩': 2.8,
  '🥳': 2.8,
  '🥹': 1.8,
  '🫶': 2.5,
  '🤗': 2,
  '🤝': 1.5,
  '🤞': 1,
  '🩷': 3,
  '🤍': 2.5,
  '🤌': 1.5,
  '🫠': -0.5,
  '🫤': -0.8,
  // common faces the sources lack: smiling with hearts, pleading ("aww"), a hand over a giggle, drooling over
  // food; a crying face, a frown, a worried face (the 2015 ranking found 😢 used as often for tears of joy,
  // so it came out at 0 and was dropped: alone, as a reply, it is sorrow)
  '🥰': 3,
  '🥺': 0.8,
  '🤭': 1,
  '🤤': 1.5,
  '😢': -1,
  '🙁': -1.5,
  '😟': -1.5,
  // a falling chart is a fall (the sources had 📉 at +2, like 📈)
  '📉': -1,
  // a wave is hello or goodbye ("Done with Acme 👋"): no feeling of its own
  '👋': 0,
  // a globe is a topic ("we care about the planet 🌍"), not a feeling (it was +3)
  '🌍': 0,
  '🌎': 0,
  '🌏': 0,
  // a police light is an alert ("🚨 BREAKING", "🚨 recall notice 🚨"), not delight (it was +3; thirty-eighth session)
  '🚨': 0,
  // a sad face with a drop of sweat is sorrow in use, whatever its name says ("can't even tell me what country
  // they are in 😥😥" read +2; it was +1); the sick, dizzy and woozy faces the sources lack (thirty-ninth session)
  '😥': -1.2,
  '🤒': -1.2,
  '😵': -1,
  '🥴': -0.5,
};

// The crisis-domain overlay last: it corrects the generic sources for brand conversations.
for (const [term, valence] of Object.entries(CRISIS_WORDS)) put(term, valence, true, true);
for (const [phrase, valence] of Object.entries(CRISIS_PHRASES)) put(phrase, valence, true, true);
for (const [symbol, valence] of Object.entries(EMOJI_OVERLAY)) {
  if (valence === 0) delete emoji[symbol];
  else emoji[symbol] = valence;
}

const sortObject = (object: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const out = join(root, 'utils', 'analysis', 'data', 'lexicon.json');
writeFileSync(out, JSON.stringify({ words: sortObject(words), phrases: sortObject(phrases), emoji: sortObject(emoji) }));
console.log(`lexicon: ${Object.keys(words).length} words, ${Object.keys(phrases).length} phrases, ${Object.keys(emoji).length} emoji -> ${out}`);
