// The peer libraries measured next to Firebreak, each mapped to three classes with its own
// documented convention: VADER's compound ±0.05; AFINN (`sentiment`), wink-sentiment and
// wink-nlp by the sign of their score.
import { createRequire } from 'node:module';
import type { Gold } from './data';

const require = createRequire(import.meta.url);

export interface System {
  name: string;
  /** Returns a score (for Pearson r) and a three-class label. */
  score(text: string): { score: number; label: Gold };
}

const bySign = (score: number): Gold => (score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral');

// The peers ship no type declarations; these interfaces describe the parts we call.
interface VaderModule {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
}
type AfinnConstructor = new () => { analyze(text: string): { score: number; comparative: number } };
type WinkSentiment = (text: string) => { score: number; normalizedScore: number };
interface WinkDoc {
  out(what: unknown): number;
}
interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: { sentiment: unknown };
}

export function peers(): System[] {
  const vader = require('vader-sentiment') as VaderModule;
  const Afinn = require('sentiment') as AfinnConstructor;
  const afinn = new Afinn();
  const winkSentiment = require('wink-sentiment') as WinkSentiment;
  const winkNlp = (require('wink-nlp') as (model: unknown) => WinkNlp)(require('wink-eng-lite-web-model'));
  return [
    {
      name: 'vader-sentiment',
      score(text) {
        const compound = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
        return { score: compound, label: compound >= 0.05 ? 'positive' : compound <= -0.05 ? 'negative' : 'neutral' };
      },
    },
    {
      name: 'sentiment (AFINN-165)',
      score(text) {
        const result = afinn.analyze(text);
        return { score: result.comparative, label: bySign(result.score) };
      },
    },
    {
      name: 'wink-nlp',
      score(text) {
        const value = winkNlp.readDoc(text).out(winkNlp.its.sentiment);
        return { score: value, label: bySign(value) };
      },
    },
    {
      name: 'wink-sentiment',
      score(text) {
        const result = winkSentiment(text);
        return { score: result.normalizedScore, label: bySign(result.score) };
      },
    },
  ];
}
