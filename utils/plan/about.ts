// What negative talk is about: the key terms of the negative (and mixed) mentions of a span against
// the mentions before it, without the brand's own words. The dashboard's "What it is about" and the
// post-mortem's key terms both use it. key-terms is imported from its module, not the analysis index:
// the sentiment model stays out of the dashboard.
import { keyTerms, type KeyTerm } from '@/utils/analysis/key-terms';
import type { Incident } from './incident';
import { incidentWindow } from './store';
import { topicText } from '@/utils/tracking/addresses';
import type { FirebreakDb, Mention } from '@/utils/tracking/db';

const DAY = 24 * 60 * 60_000;
/** At most this many mentions are read for either side: the tagger takes about 1 ms a post. */
export const MAX_TEXTS = 1500;

/** What key terms read of a mention. */
type Talk = Pick<Mention, 'sentiment' | 'excerpt'>;

/** The terms the negative mentions are about, against `baseline`; read without addresses and markup (topicText). */
export function aboutTerms(mentions: readonly Talk[], baseline: readonly Talk[], ownWords: ReadonlySet<string>): KeyTerm[] {
  const negative = mentions.filter((m) => m.sentiment === 'negative' || m.sentiment === 'mixed');
  if (negative.length < 2) return [];
  const texts = (list: readonly Talk[]) => list.slice(0, MAX_TEXTS).map((m) => topicText(m.excerpt));
  return keyTerms(texts(negative), texts(baseline), { limit: 12 })
    .filter((term) => !ownWords.has(term.term.toLowerCase()))
    .slice(0, 8);
}

/**
 * The key terms of an incident, for its post-mortem: its own window (incidentWindow, the span its
 * figures count) against the week before, whatever the dashboard shows.
 */
export async function incidentKeyTerms(db: FirebreakDb, incident: Incident, now: number, ownWords: ReadonlySet<string>): Promise<string[]> {
  const { from, to } = incidentWindow(incident, now);
  const [during, before] = await Promise.all([
    db.mentions.where('time').between(from, to).limit(5000).toArray(),
    db.mentions.where('time').between(from - 7 * DAY, from).reverse().limit(5000).toArray(),
  ]);
  return aboutTerms(during, before, ownWords).map((term) => term.term);
}
