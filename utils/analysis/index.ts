// Firebreak's on-device sentiment and crisis-signal analyser. Pure TypeScript: no DOM, no
// network, no per-call allocation beyond the tokens. See README.md in this folder for how it
// works and how it was measured.
import { textKey } from './corrections';
import type { LexiconRule } from './engine';
import { seemsNotEnglish } from './language';
import { CONTRAST_AFTER } from './lexicon';
import { NEUTRAL_BAND, predict } from './model';
import { mocking, plainComplaint, prepare } from './pipeline';
import type { SignalCode, SignalEvidence } from './signals';

export type { SignalCode, SignalEvidence, ComplaintCategory, EscalationKind } from './signals';
export { SIGNAL_CODES } from './signals';
export type { LexiconRule } from './engine';
export { keyTerms, type KeyTerm, type KeyTermsOptions } from './key-terms';
export { rulesFromCorrections, textKey, type Correction, type BrandRules } from './corrections';

export type SentimentLabel = 'negative' | 'neutral' | 'positive' | 'mixed';

/** A word or phrase that drove the result, with where it stands in the text. */
export interface Reason {
  text: string;
  /** Offsets into the analysed text, [start, end). */
  start: number;
  end: number;
  /** Signed contribution, in lexicon valence units (−4..4 per word, after negation, boosters and contrast). */
  weight: number;
}

export interface Analysis {
  label: SentimentLabel;
  /** −1 (very negative) … 1 (very positive). */
  score: number;
  /** 0 … 1: how strongly the text feels, whichever way. */
  intensity: number;
  /** 0 … 1: how sure the analyser is of the label. */
  confidence: number;
  /** Crisis signals found, in SIGNAL_CODES order (e.g. ['anger', 'boycott', 'complaint:service']). */
  signals: SignalCode[];
  /** Where each signal was found, for highlighting (always set by analyze(); optional so hand-made Analysis values stay valid). */
  signalEvidence?: SignalEvidence[];
  /** Words and phrases that drove the score, in text order. */
  reasons: Reason[];
  /**
   * The post seems not to be in English, the only language Firebreak reads: its label is a guess,
   * and its confidence is at most NOT_ENGLISH_CONFIDENCE.
   */
  notEnglish?: true;
  /**
   * The post is mixed, and the label and score are those of its clauses that name the brand (see
   * towardBrand in target.ts): "Switched from Brewly to KettleCo. KettleCo is great, Brewly is trash."
   */
  towardBrand?: true;
  /**
   * The learned reader of plain complaints made this post negative: a grievance told in facts and questions,
   * which the rules and the model read as neutral ("Was promised a callback within 24 hours. That was Tuesday.").
   * Its reasons, if any, are not what made it negative.
   */
  plainComplaint?: true;
  /**
   * The learned reader of mockery made this post negative: it laughs at a company rather than with it, its scorn
   * told by what it describes ("the new 'premium' burger is just the old burger on a wooden plank lmao").
   */
  mockery?: true;
}

/** The most confidence a post in a language Firebreak does not read can carry. */
export const NOT_ENGLISH_CONFIDENCE = 0.3;

export interface AnalyzeOptions {
  /** Brand-specific rules: term or multi-word phrase → valence (−4..4), or 'ignore'. */
  lexicon?: Readonly<Record<string, LexiconRule>>;
  /** Exact-post corrections: textKey(text) → the label the user chose (see rulesFromCorrections). */
  overrides?: Readonly<Record<string, SentimentLabel>>;
}

/**
 * |score| below this is neutral. The score is calibrated so that the learned model's own
 * thresholds (chosen by cross-validation on its training data, and not symmetric: the lexicons
 * read mild praise into many neutral tweets) fall on ±NEUTRAL_BAND.
 */
export { NEUTRAL_BAND };

/** Three decimals; never −0 (a score of −0.0004 is 0, and reads the same after JSON, which the worker's answers go through). */
const round3 = (value: number): number => Math.round(value * 1000) / 1000 || 0;

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const input = typeof text === 'string' ? text : '';
  const { engine, signals, evidence, sarcastic, voice } = prepare(input, options.lexicon);
  const { tokens } = engine;

  const prediction = predict(engine, signals);
  let score = prediction.score;
  // Honest uncertainty: strong feelings both ways that do not cancel into a clear side.
  const smaller = Math.min(engine.positive, engine.negative);
  const larger = Math.max(engine.positive, engine.negative);
  // A contrast word ("but", "however") already says which side wins, so it is not mixed.
  const contrasted = engine.terms.some((term) => CONTRAST_AFTER.has(term));
  const runsBothWays = smaller >= 1.2 && smaller >= larger * 0.5 && !sarcastic;
  const bothWays = runsBothWays && !contrasted;
  // Leaving, or calling others to, settles the stance of a post whose words run both ways ("cutting
  // rewards in half and calling it lower prices? Unbelievable. Done with Acme 👋 #boycottacme"), with a
  // contrast word in it or not ("Long story, but here goes. … I am telling friends to hold off on ordering").
  const settledByBoycott = runsBothWays && signals.includes('boycott') && score < NEUTRAL_BAND;
  if (settledByBoycott) score = Math.min(score, -NEUTRAL_BAND);
  // The brand's own service reply ("we're so sorry… DM us your ticket number") acknowledges trouble, it
  // does not complain of it: neither negative nor mixed (voice.ts). Thanks in one stays positive.
  const reply = voice.reply && !settledByBoycott;
  if (reply && score < 0) score = Math.max(score, -NEUTRAL_BAND * 0.4);
  const mixed = bothWays && !signals.includes('boycott') && !reply;
  let label: SentimentLabel = score >= NEUTRAL_BAND ? 'positive' : score <= -NEUTRAL_BAND ? 'negative' : 'neutral';
  if (mixed) label = 'mixed';
  const notEnglish = seemsNotEnglish(tokens, engine.terms);
  // A grievance told in plain words, with no word of feeling for the rules or the model to weigh, as the
  // learned reader of plain complaints takes it ("why was I charged for a month I cancelled?"); never the brand's reply.
  const complains = label === 'neutral' && !reply && !notEnglish && plainComplaint(engine);
  // Laughter at a company, not with it, as the learned reader of mockery takes it ("Qorra's "foldable" phone
  // folded. permanently. lmfao"): the rules read the laughter as delight.
  const mocks = !complains && (label === 'positive' || label === 'neutral') && !reply && !notEnglish && mocking(engine);
  if (complains || mocks) {
    score = Math.min(score, -NEUTRAL_BAND);
    label = 'negative';
  }
  // The model's probability for the class the score falls in; rules-only falls back to distance from neutral.
  // Mixed is sure only that the post runs both ways, never which side wins: the chance it carries
  // feeling at all, times how evenly the two sides weigh, at most one half. (The neutral class's
  // probability, which a clearly mixed post drives towards 0, would read as "no idea".)
  const classIndex = label === 'negative' ? 0 : label === 'positive' ? 2 : 1;
  const modelConfidence = prediction.probabilities[classIndex] || prediction.confidence;
  const [pNegative, , pPositive] = prediction.probabilities;
  const feelingChance = pNegative + pPositive > 0 ? pNegative + pPositive : prediction.confidence;
  let confidence = mixed ? 0.5 * feelingChance * (smaller / larger) : modelConfidence;
  // The side of a post settled by its boycott call comes from the call, not from the model, which
  // reads words running both ways as near neutral: as sure as a mixed post at its most even, one half.
  if (settledByBoycott && label === 'negative') confidence = Math.max(confidence, 0.5);
  // A reply's neutral comes from the rule, not the model, which may read its apology as negative.
  if (reply && label === 'neutral') confidence = Math.max(confidence, 0.6);
  // A contrast says which side wins, not that the other side was not felt: "lovely room but awful
  // food" leans negative, less surely the more evenly the two sides weigh.
  if (contrasted && !mixed && smaller >= 1.2) confidence *= 1 - 0.5 * (smaller / larger);
  if (sarcastic) confidence *= 0.8;
  // A reader's side, not the model's: as sure as a post settled by its boycott call, one half.
  if (complains || mocks) confidence = 0.5;
  if (notEnglish) confidence = Math.min(confidence, NOT_ENGLISH_CONFIDENCE);

  // No corrections (the usual case): no key to compute for every post of a feed.
  const override = options.overrides && hasAny(options.overrides) ? options.overrides[textKey(input)] : undefined;
  if (override) {
    label = override;
    confidence = 1;
  }

  const reasons: Reason[] = [];
  for (const item of engine.items) {
    const first = tokens[item.first];
    const last = tokens[item.last];
    if (!first || !last || Math.abs(item.weight) < 0.05) continue;
    reasons.push({ text: input.slice(first.start, last.end), start: first.start, end: last.end, weight: round3(item.weight) });
  }

  const feeling = engine.positive + engine.negative;
  return {
    label,
    score: round3(override ? overrideScore(override, score) : score),
    intensity: round3(feeling / Math.sqrt(feeling * feeling + 15)),
    confidence: round3(confidence),
    signals,
    signalEvidence: evidence,
    reasons,
    ...(notEnglish ? { notEnglish: true as const } : {}),
    ...(complains && !override ? { plainComplaint: true as const } : {}),
    ...(mocks && !override ? { mockery: true as const } : {}),
  };
}

function hasAny(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

/** Keeps the score on the side the user chose when an override contradicts the analyser. */
function overrideScore(label: SentimentLabel, score: number): number {
  if (label === 'positive') return Math.max(score, NEUTRAL_BAND);
  if (label === 'negative') return Math.min(score, -NEUTRAL_BAND);
  if (label === 'neutral') return 0;
  return score;
}
