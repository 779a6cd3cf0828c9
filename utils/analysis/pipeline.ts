// The shared first half of analyze(): rule engine, crisis signals and the sarcasm adjustment.
// The training script runs exactly this too, so the model sees the features it will see in use.
import { compileLexicon, LAUGHING_FACES, LAUGHTER, runEngine, summarise, type CompiledLexicon, type EngineResult, type LexiconRule, type ScoredItem } from './engine';
import { FIX_VERBS, hasWord, RESOLUTIONS } from './lexicon';
import { PhraseMatcher } from './phrases';
import { findSignalMatches, gatedHit, plainConduct, resolveSignals, type SignalCode, type SignalEvidence, type SignalMatch } from './signals';
import { brandVoice, toldAsNews, type BrandVoice } from './voice';
import { endsSentence, quotations, type Token } from './tokenize';
import { loadReader, readerProbability, type LoadedReader, type ReaderFile } from './learned-reader';
import complaintFile from './data/complaint.json';
import ironyFile from './data/irony.json';
import mockeryFile from './data/mockery.json';

/** Valence given to a strong complaint phrase that carries no lexicon word. */
const COMPLAINT_VALENCE = new Map<SignalCode, number>([
  ['anger', -2],
  ['hostility', -2],
  ['boycott', -2.2],
  ['complaint:product', -2],
  ['complaint:service', -1.5],
  ['complaint:insensitive', -1.8],
  ['complaint:hypocrisy', -1.8],
  ['complaint:employee', -1.2],
  ['complaint:security', -2],
  ['escalation:legal', -1.5],
]);

/** The hit held: evidence of its code covers it. */
function heldAt(evidence: readonly SignalEvidence[], code: SignalCode, tokens: readonly Token[], hit: SignalMatch): boolean {
  const from = tokens[hit.start]?.start ?? -1;
  const to = tokens[hit.end - 1]?.end ?? -1;
  return evidence.some((e) => e.code === code && e.start <= from && e.end >= to);
}

/** Words of wild intensity: no complaint in praise ("the new update is insane, so good"), else one. */
const WILD = new Set(['insane', 'unreal']);

function laughs(engine: EngineResult, item: ScoredItem): boolean {
  if (item.first !== item.last) return false;
  const token = engine.tokens[item.first];
  if (token?.kind === 'emoji') return LAUGHING_FACES.has(token.norm);
  return LAUGHTER.test(engine.terms[item.first] ?? '');
}

/**
 * Two words whose feeling is the post's own, read from the rest of it. Laughter beside a complaint is
 * bitter, not amused ("my package is lost lmao", "flight cancelled again 😂"): with a complaint signal
 * and a fault told it carries no praise (weight 0). Without one it stays light, as VADER's raters score
 * it even beside a mishap ("lmao my dad just called me for the third time today" +1.4; zeroing laughter
 * beside any negative word moved 26 of 47 changed VADER tweets away from their rating). A word of wild
 * intensity ("insane", "unreal") in a post that otherwise only praises is no complaint ("this update is
 * insane, so good": weight 0), and keeps its weight otherwise ("the prices are insane"). Not "crazy",
 * "nuts" or "wild": with them, more of the development tweets they changed moved away from their label
 * than towards it ("crazy conservative Rick Perry" among them). Returns whether any weight changed.
 */
function rereadTone(engine: EngineResult, signals: readonly SignalCode[]): boolean {
  let complaint = 0;
  let praise = 0;
  const laughter: ScoredItem[] = [];
  const wild: ScoredItem[] = [];
  for (const item of engine.items) {
    if (item.source === 'user') continue;
    if (laughs(engine, item)) {
      if (item.weight > 0) laughter.push(item);
    } else if (item.first === item.last && item.weight < 0 && !item.negated && WILD.has(engine.terms[item.first] ?? '')) {
      wild.push(item);
    } else if (item.weight < 0) {
      complaint -= item.weight;
    } else {
      praise += item.weight;
    }
  }
  let changed = false;
  const complains = signals.some((code) => code === 'anger' || code === 'hostility' || code.startsWith('complaint:'));
  if (complaint >= 1 && complains && laughter.length > 0) {
    for (const item of laughter) item.weight = 0;
    changed = true;
  }
  if (wild.length > 0 && complaint === 0 && praise >= 1.5) {
    for (const item of wild) item.weight = 0;
    changed = true;
  }
  return changed;
}

/** Only the counts: passing the whole EngineResult to summarise() would overwrite the new sums with the old ones. */
function countsOf(engine: EngineResult): { exclamations: number; questions: number; capsWords: number; wordCount: number } {
  const { exclamations, questions, capsWords, wordCount } = engine;
  return { exclamations, questions, capsWords, wordCount };
}

/**
 * Openers of a question asked for information ("Anyone know if…?", "Which is better…?", "Quick
 * question: does it overheat…?"): its words name what is asked about, not how the writer feels.
 */
const ASKING_OPENERS: readonly (readonly string[])[] = [
  ['anyone'], ['anybody'], ['does', 'anyone'], ['has', 'anyone'], ['did', 'anyone'], ['can', 'anyone'], ['can', 'someone'],
  ['does', 'anybody'], ['is', 'there'], ['are', 'there'], ['which'], ["what's", 'the', 'best'], ['whats', 'the', 'best'],
  ['what', 'is', 'the', 'best'], ['where', 'can'], ['where', 'do'], ['how', 'do', 'i'], ['how', 'do', 'you'], ['how', 'can', 'i'],
  ['should', 'i'], ['quick', 'question'], ['any', 'recommendations'], ['any', 'suggestions'], ['any', 'tips'],
  ["what's", 'the', 'consensus'], ['thoughts', 'on'], ['is', 'it', 'worth'], ['do', 'you', 'know'],
  // facts asked for ("How many points do you get per pound?", "What time does the store close?")
  ['how', 'many'], ['how', 'much'], ['what', 'time'], ['when', 'does'], ['when', 'do'], ['when', 'is'], ['when', 'will'],
  ['can', 'i'], ['do', 'i'], ['do', 'you', 'have'], ['is', 'it', 'possible'],
  // yes-or-no facts about what happened ("Is the strike just London?", "Did they ever say what the offer is?")
  ['is', 'the'], ['are', 'the'], ['does', 'the'], ['do', 'they'], ['did', 'they'], ['has', 'the'], ['have', 'they'],
  ['will', 'the'], ['will', 'they'], ['how', 'long'],
  // a recommendation asked for ("best place to get a suit altered?", "where's the best ramen in town?")
  ['best', 'place'], ['best', 'way'], ["where's", 'the', 'best'], ['wheres', 'the', 'best'], ['where', 'is', 'the', 'best'],
  ['who', 'does', 'the', 'best'], ['who', 'has', 'the', 'best'], ['any', 'recs'], ['recommendations', 'for'],
];
/** ASKING_OPENERS by their first word: a post's first word finds the few that can open it. */
const OPENERS_BY_FIRST: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = (() => {
  const byFirst = new Map<string, Array<readonly string[]>>();
  for (const opener of ASKING_OPENERS) {
    const first = opener[0] as string;
    const list = byFirst.get(first);
    if (list) list.push(opener);
    else byFirst.set(first, [opener]);
  }
  return byFirst;
})();
/** How much the feeling words of an information question count. */
const ASKING_WEIGHT = 0.5;

/** Where the opening question ends (its "?"), when the post opens with a question asked for information; else −1. */
function askingUntil(tokens: readonly Token[], terms: readonly string[], noSignal: boolean): number {
  let start = 0;
  while (start < tokens.length && tokens[start]?.kind === 'mention') start++;
  const opens = (OPENERS_BY_FIRST.get(terms[start] ?? '') ?? []).some((opener) => opener.every((term, k) => terms[start + k] === term));
  // A choice asked about ("Is the vanilla or the chocolate better?", "Do I go for X vs Y?"); not "is it
  // just me or…", which is a complaint asked.
  const choice = !opens && CHOICE_OPENERS.has(terms[start] ?? '');
  if (!opens && !choice) return -1;
  // With a crisis word inside, only a post that is the one question, with no "I" or "my" in it and no
  // "again" or "still", is asked for information ("Is the outage affecting 5G only or 4G too?", "Is
  // there a deadline to claim the refund?"): "Is the app down again?" and "Why is my refund late?" complain.
  // (Checked after the opener, so most posts, which open with none, are not scanned for it.)
  if (!noSignal && !plainQuestion(tokens, terms)) return -1;
  let offered = false;
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i];
    const term = terms[i] ?? '';
    if (term === 'or' || term === 'vs' || term === 'versus') offered = true;
    if (term === 'me') return -1;
    if (token?.kind !== 'punct') continue;
    if (token.norm.includes('?')) return opens || offered ? i : -1;
    if (token.norm.includes('.') || token.norm.includes('!')) return -1;
  }
  return -1;
}

const ASKER = new Set(['i', 'my', 'me', 'mine', "i'm", 'im', "i've", 'ive', "i'd", 'we', 'our', 'us', "we're", "we've", 'again', 'still']);

/** A post that is one question (its only sentence ends in "?"), asked in no one's name and of nothing recurring. */
function plainQuestion(tokens: readonly Token[], terms: readonly string[]): boolean {
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last]?.kind !== 'word' && tokens[last]?.kind !== 'punct') last--;
  if (last < 0 || !tokens[last]!.norm.includes('?')) return false;
  for (let i = 0; i < last; i++) {
    if (endsSentence(tokens, i)) return false;
    if (ASKER.has(terms[i] ?? '')) return false;
  }
  return true;
}

/** Openers of a question that asks to choose between things, when it names them with "or" or "vs". */
const CHOICE_OPENERS = new Set(['is', 'are', 'does', 'do', 'should', 'would', 'will']);

/** What the fault told before its fix keeps of its weight (see RESOLUTIONS). */
const BACKSTORY_WEIGHT = 0.4;
const resolutions = new PhraseMatcher<true>(hasWord, (add) => {
  for (const phrase of RESOLUTIONS) add(phrase, true);
});

/**
 * Verbs of putting a fault right: the fault named as their object is what was fixed ("fixed the app bug
 * within a day", "replaced my damaged tub", "refunded the failed payment"), the backstory of the fix.
 * Not "found" ("found the bug" is a fault discovered) or "returned" (the customer sending it back).
 */
const FIX_DONE = new Set([...FIX_VERBS].filter((verb) => verb.endsWith('ed')));
/** How many words after the verb its object may run ("fixed the annoying app bug"). */
const FIX_OBJECT_REACH = 4;
/** An object opens with one of these ("fixed the…", "replaced my…"); "fixed it and it broke again" names none. */
const OBJECT_OPENERS = new Set(['the', 'my', 'our', 'your', 'their', 'his', 'her', 'a', 'an', 'this', 'that', 'those', 'these']);
/** Words that end the object: a new clause starts ("replaced the screen and it cracked again"). */
const OBJECT_ENDS = new Set(['and', 'but', 'then', 'so', 'because', 'when', 'after', 'until', 'which', 'that', 'again', 'still']);
const FIX_NEGATORS = new Set(['not', 'never', 'no', 'still', 'nobody', 'without']);

/** Is the verb at `at` denied by a negator up to three words before it, in its clause ("haven't fixed", "doesn't prevent")? */
function deniedAt(tokens: readonly Token[], terms: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) {
    const token = tokens[j];
    if (!token || token.kind === 'punct') return false;
    const term = terms[j] ?? '';
    if (FIX_NEGATORS.has(term) || term.endsWith("n't")) return true;
  }
  return false;
}

/** Where a verb's object that starts at `from` ends (exclusive): at punctuation, a new clause, or past `last`. */
function objectEnd(tokens: readonly Token[], terms: readonly string[], from: number, last: number): number {
  let end = from;
  while (end < tokens.length && end <= last && tokens[end]?.kind !== 'punct' && !OBJECT_ENDS.has(terms[end] ?? '')) end++;
  return end;
}

/** Negative items inside the object of a fix verb not negated, in their clause ("they finally fixed the bug"). */
function fixedObjects(tokens: readonly Token[], terms: readonly string[], items: readonly ScoredItem[]): ScoredItem[] {
  const found: ScoredItem[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (!FIX_DONE.has(terms[i] ?? '')) continue;
    // "haven't fixed the bug", "never refunded the fee", "still not fixed": no fix was made.
    if (deniedAt(tokens, terms, i) || !OBJECT_OPENERS.has(terms[i + 1] ?? '')) continue;
    const end = objectEnd(tokens, terms, i + 2, i + FIX_OBJECT_REACH);
    for (const item of items) if (item.weight < 0 && item.first > i && item.last < end && item.source !== 'user') found.push(item);
  }
  return found;
}

/**
 * Words that make less of the harm they name ("lowers the risk of burns", "prevents leaks", "fewer
 * complaints"): the harm is what is avoided, so the post tells of something good, not of the harm.
 */
const HARM_REDUCERS = new Set([
  'lower', 'lowers', 'lowered', 'lowering', 'reduce', 'reduces', 'reduced', 'reducing', 'prevent', 'prevents',
  'prevented', 'preventing', 'avoid', 'avoids', 'avoided', 'avoiding', 'cut', 'cuts', 'cutting', 'less', 'fewer',
  'minimise', 'minimises', 'minimised', 'minimize', 'minimizes', 'minimized', 'eliminate', 'eliminates', 'eliminated',
]);
/**
 * Harms such a word can make less of: nouns only, so an opinion in its object keeps its sense ("avoid this
 * terrible company" is a warning, not a harm avoided).
 */
const HARMS = new Set([
  'burn', 'burns', 'injury', 'injuries', 'leak', 'leaks', 'leaking', 'risk', 'risks', 'damage', 'complaints', 'errors',
  'bugs', 'crashes', 'delays', 'waste', 'pain', 'stress', 'fraud', 'scams', 'spam', 'mistakes', 'accidents',
  'outages', 'downtime', 'lag', 'breakage', 'spills', 'stains', 'rust', 'fires', 'shocks', 'headaches', 'hassle',
  'waiting', 'failures', 'defects', 'returns', 'breakdowns', 'theft', 'infections', 'overheating',
]);
/** How many words after the reducer its object may run ("lowers the risk of serious burns"). */
const HARM_REACH = 5;
/** What a harm made less of is worth: a little good (the harm's weight, turned and scaled). */
const HARM_AVOIDED = -0.3;

/**
 * Harm items a reducer makes less of, not negated, in its clause, and the reducer's own item when it
 * reads as bad on its own ("cuts", "avoid"); none when its object names no harm.
 */
function harmsAvoided(tokens: readonly Token[], terms: readonly string[], items: readonly ScoredItem[]): { harms: ScoredItem[]; reducers: ScoredItem[] } {
  const harms: ScoredItem[] = [];
  const reducers: ScoredItem[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (!HARM_REDUCERS.has(terms[i] ?? '')) continue;
    // "doesn't prevent leaks", "no less painful", "never reduced the delays": the harm stays.
    if (deniedAt(tokens, terms, i)) continue;
    const end = objectEnd(tokens, terms, i + 1, i + HARM_REACH);
    const found = items.filter(
      (item) => item.weight < 0 && item.first > i && item.last < end && item.source !== 'user' && HARMS.has(terms[item.last] ?? ''),
    );
    if (found.length === 0) continue;
    harms.push(...found);
    for (const item of items) if (item.first === i && item.weight < 0 && item.source === 'word') reducers.push(item);
  }
  return { harms, reducers };
}

/** Where the first phrase telling a fault was put right ends (exclusive), or −1. */
function resolvedUntil(terms: readonly string[]): number {
  for (let i = 0; i < terms.length; i++) {
    const hit = resolutions.matchAt(terms, i);
    if (hit) return i + hit.terms.length;
  }
  return -1;
}

export interface Prepared {
  engine: EngineResult;
  signals: SignalCode[];
  evidence: SignalEvidence[];
  sarcastic: boolean;
  /** The text is in the brand's own voice (voice.ts). */
  voice: BrandVoice;
}

const compiledLexicons = new WeakMap<object, CompiledLexicon>();

function userLexicon(lexicon: Readonly<Record<string, LexiconRule>> | undefined): CompiledLexicon | undefined {
  if (!lexicon) return undefined;
  let compiled = compiledLexicons.get(lexicon);
  if (!compiled) {
    compiled = compileLexicon(lexicon);
    compiledLexicons.set(lexicon, compiled);
  }
  return compiled;
}

/** Words telling what a held-up word delivered: a denial, a change, a share of it. */
const DELIVERED = new Set(['not', 'no', 'never', 'barely', 'only', 'half', 'now', 'but', 'more', 'less', 'again', 'still', 'instead', 'nothing', 'none', 'cant', 'dont', 'didnt', 'doesnt', 'wont', 'isnt']);
/** Verbs that quote speech: a quotation after them is what someone said, not a word held up ("the devs said "we listened""). */
const SAYING = new Set(['said', 'says', 'say', 'saying', 'told', 'tells', 'wrote', 'writes', 'asked', 'replied', 'called', 'calls', 'titled', 'named', 'watching', 'watched', 'reading', 'read']);

/**
 * A short quotation (`quotations`) of a few words in lower case, before token `before` and not after a verb of
 * saying: the brand's own word held up against what it delivered ("Parcel "delivered" to a locker", "a "family
 * size" pizza", "the "king size" bed"). Returns the index of its closing mark, or −1.
 */
function heldUpWord(tokens: readonly Token[], terms: readonly string[], before: number): number {
  for (const [open, close] of quotations(tokens)) {
    if (close >= before) break;
    // double quotes only, as the rule was measured (a word in single quotes was never tried as a held-up word)
    if (tokens[open]?.raw === "'" || tokens[open]?.raw === '‘') continue;
    let words = 0;
    let capitals = 0;
    for (let j = open + 1; j < close; j++) {
      const inner = tokens[j];
      if (inner?.kind !== 'word') continue;
      words++;
      if (inner.raw.charAt(0) !== inner.raw.charAt(0).toLowerCase()) capitals++;
    }
    const said = SAYING.has(terms[open - 1] ?? '') || SAYING.has(terms[open - 2] ?? '');
    if (words >= 1 && words <= 3 && capitals === 0 && open > 0 && !said) return close;
  }
  return -1;
}

/**
 * An ironic closer: the brand's own word held up in quotation marks, then a few words of praise to sum it
 * up ("Parcel "delivered" to a locker in a town I've never been to. Adventure!", "My gym "upgraded" by removing
 * half the squat racks. Gains.", "Ordered a "family size" pizza. It's 9 inches. Love the confidence."). The
 * last sentence has at most four words, praise and nothing against it; nothing before it praises; nothing in
 * the post puts a fault right. Returns the closer's token span, or null. Tried wider and not kept: any fault
 * before the closer (a word against, "again", "still") made sincere praise after a fault put right ironic
 * ("found my son's lost teddy and posted it home. Legends.", "still humming along. Rock solid."): on the
 * labelled sets 33 labels toward gold, 85 away.
 */
function ironicCloser(engine: EngineResult, putRight: boolean): [number, number] | null {
  if (putRight) return null;
  const { tokens, terms, items } = engine;
  let end = tokens.length;
  while (end > 0 && (tokens[end - 1]?.kind === 'punct' || tokens[end - 1]?.kind === 'emoji')) {
    if (tokens[end - 1]?.norm.includes('?')) return null;
    end--;
  }
  let start = end;
  while (start > 0 && !endsSentence(tokens, start - 1) && !(tokens[start - 1]?.norm.includes('…') ?? false)) start--;
  if (start === 0) return null;
  let words = 0;
  for (let k = start; k < end; k++) if (tokens[k]?.kind === 'word') words++;
  if (words === 0 || words > 4) return null;
  let praise = false;
  for (const item of items) {
    if (item.source === 'user') return null;
    if (item.first >= start) {
      if (item.weight <= 0 || item.negated) return null;
      praise = true;
    } else if (item.last < start && item.weight > 0) return null;
  }
  const held = praise ? heldUpWord(tokens, terms, start) : -1;
  if (held < 0) return null;
  // and what it delivered, told after it: a count, a denial, a "now", "only", "more" or a word against
  // ("… "family size" pizza. It's 9 inches."); not a name in quotes then praise ("the "secret menu" burger. Delicious.")
  for (let k = held + 1; k < start; k++) {
    const term = terms[k] ?? '';
    if (tokens[k]?.kind === 'number' || DELIVERED.has(term) || term.endsWith("n't")) return [start, end];
  }
  return items.some((item) => item.weight < 0 && item.first > held && item.last < start) ? [start, end] : null;
}

/** Adds the sarcasm signal a rule of this file found, with tokens `span` ([first, end)) as its evidence. */
function markSarcasm(text: string, tokens: readonly Token[], span: [number, number], signals: SignalCode[], evidence: SignalEvidence[]): void {
  const from = tokens[span[0]]?.start ?? 0;
  const to = tokens[span[1] - 1]?.end ?? from;
  signals.push('sarcasm');
  evidence.push({ code: 'sarcasm', text: text.slice(from, to), start: from, end: to });
}

/** A learned reader (learned-reader.ts) as shipped, decoded on first use; `use(undefined)` switches it off. */
class ShippedReader {
  /** null: not decoded yet. */
  private model: LoadedReader | undefined | null = null;

  constructor(private readonly file: unknown) {}

  use(model: LoadedReader | undefined): void {
    this.model = model;
  }

  /** Whether the reader takes the post for what it looks for: its probability at its threshold or above. */
  takes(engine: EngineResult): boolean {
    if (this.model === null) this.model = loadReader(this.file as ReaderFile);
    return this.model !== undefined && readerProbability(this.model, engine) >= this.model.threshold;
  }
}

const ironyReader = new ShippedReader(ironyFile);
const complaintReader = new ShippedReader(complaintFile);
const mockeryReader = new ShippedReader(mockeryFile);

/** The readers in use; undefined: none (their training script reads without the one it trains, and the tests). */
export const useIrony = (model: LoadedReader | undefined): void => ironyReader.use(model);
export const useComplaintReader = (model: LoadedReader | undefined): void => complaintReader.use(model);
export const useMockeryReader = (model: LoadedReader | undefined): void => mockeryReader.use(model);

/**
 * Whether the learned reader of plain complaints takes a post for one: a grievance told in facts and questions
 * with no word of feeling ("where is my parcel? tracking has said out for delivery since Tuesday", "why was I
 * charged for a month I cancelled?"), which the rules and the model read as neutral. Asked by analyze() only of
 * a post it would label neutral, in English, not the brand's own reply (its training script asks the same).
 */
export function plainComplaint(engine: EngineResult): boolean {
  return complaintReader.takes(engine);
}

/** Words of laughing till it hurts, and the faces of it, that laugh at something as often as with it. */
const LAUGHING_AT = new Set(['dead', 'deceased', 'weak', 'screaming', 'wheezing', 'howling', 'crying', '💀', '😭']);

/** The post laughs: "lol", "lmao", "haha", 😂 🤣 😹, or "i'm dead", "i'm screaming", 💀, 😭 (the reader of mockery's question). */
export function postLaughs(engine: EngineResult): boolean {
  const { tokens, terms } = engine;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (LAUGHING_FACES.has(token.norm) || LAUGHING_AT.has(token.norm) || LAUGHING_AT.has(terms[i] ?? '')) return true;
    // LAUGHTER's words start with l, h, a, r or k: most words are passed over without the pattern
    const first = token.norm.charCodeAt(0);
    if (token.kind === 'word' && (first === 108 || first === 104 || first === 97 || first === 114 || first === 107) && LAUGHTER.test(token.norm)) return true;
  }
  return false;
}

/**
 * Whether the learned reader of mockery takes a post that laughs for laughing *at* a company, its scorn told by
 * what it describes ("the 'foldable' phone folded. permanently. lmfao"), which the rules read as delight. Asked by
 * analyze() only of a post that laughs and that it would label positive or neutral, in English, not the brand's
 * own reply (its training script asks the same).
 */
export function mocking(engine: EngineResult): boolean {
  return postLaughs(engine) && mockeryReader.takes(engine);
}

/**
 * Praise the reader of irony takes as meant the other way: the first praise item's span, or null. Asked
 * only of a post the rules read as praise (a compound of 0.05 or more) with no sarcasm found.
 */
function learnedIrony(engine: EngineResult): [number, number] | null {
  if (engine.compound < 0.05) return null;
  const praise = engine.items.find((item) => item.weight > 0 && !item.negated && item.source !== 'user');
  if (!praise || !ironyReader.takes(engine)) return null;
  return [praise.first, praise.last + 1];
}

export function prepare(text: string, lexicon?: Readonly<Record<string, LexiconRule>>): Prepared {
  let engine = runEngine(text, userLexicon(lexicon));
  const { tokens, terms } = engine;
  const hits = findSignalMatches(tokens, terms);
  const shouting = (engine.capsWords >= 2 && engine.capsWords >= engine.wordCount * 0.4) || engine.exclamations >= 3;
  // A strong complaint phrase makes a post negative in context even when its words are mild.
  const strongComplaint = hits.some(
    (hit) => hit.rule.tier === 'strong' && hit.rule.code !== 'sarcasm' && hit.rule.code !== 'escalation:viral' && !gatedHit(tokens, hit),
  );
  const praiseAt = new Set<number>();
  const negativeAt = new Map<number, number>();
  for (const item of engine.items) {
    if (item.weight > 0 && !item.negated) praiseAt.add(item.first);
    else if (item.weight < 0 && item.base < 0 && !item.negated) negativeAt.set(item.first, item.base);
  }
  const voice = brandVoice(tokens, terms);
  // Where a fault is told put right ("sorted it"), once: signals and the backstory rule below both use it.
  const putRightUntil = resolvedUntil(terms);
  const { signals, evidence, shaped } = resolveSignals(text, tokens, hits, {
    brandSpeaks: voice.speaks,
    putRight: putRightUntil >= 0,
    negative: engine.compound <= -0.05 || strongComplaint,
    positive: engine.compound >= 0.5 && !strongComplaint,
    negativeWords: engine.negative > 0,
    explicitNegative: engine.items.some((item) => item.source === 'word' && item.base <= -2 && !item.negated),
    shouting,
    praiseAt,
    negativeAt,
  });
  if (!signals.includes('sarcasm')) {
    const closer = ironicCloser(engine, putRightUntil >= 0);
    if (closer) markSarcasm(text, tokens, closer, signals, evidence);
  }
  // A complaint phrase the lexicon has no word for ("keeps crashing", "still waiting"), or only a mild
  // one ("charged" in "charged twice"), still drives the result at its own weight, and shows as a reason.
  let added = false;
  // The scored item at each token position (a map, so an emoji flood stays linear).
  const itemAt = new Map<number, ScoredItem>();
  for (const item of engine.items) for (let k = item.first; k <= item.last; k++) itemAt.set(k, item);
  // Items a phrase took over (dropped), and the phrases added: no second phrase takes either.
  const dropped = new Set<ScoredItem>();
  const claimed = new Set<ScoredItem>();
  // Told as news, a crisis phrase names the event, not the writer's complaint: it adds no weight of its own.
  // (Asked only of a post with a phrase to weigh: most posts of a feed have none.)
  const weighed = shaped.length > 0 ? [...hits, ...shaped] : hits;
  for (const hit of weighed.length > 0 && toldAsNews(tokens) ? [] : weighed) {
    const { code, tier } = hit.rule;
    // staff conduct told plainly weighs once it held ("swore at the dad", "spat in a cup"): a cue in the table only
    // because it needs staff named beside it
    if ((tier !== 'strong' && !(plainConduct(tokens, hit) && heldAt(evidence, code, tokens, hit))) || !COMPLAINT_VALENCE.has(code) || !signals.includes(code)) continue;
    // A gated phrase adds its weight only where it held ("the lid leaks", not "leaks suggest…"; see gatedHit).
    if (gatedHit(tokens, hit) && !heldAt(evidence, code, tokens, hit)) continue;
    const valence = COMPLAINT_VALENCE.get(code) ?? 0;
    const inside = new Set<ScoredItem>();
    let takeOver = true;
    for (let k = hit.start; k < hit.end; k++) {
      const item = itemAt.get(k);
      if (!item) continue;
      // An item reaching outside the phrase, or negated ("not broken"), or one another phrase took: leave it.
      if (item.first < hit.start || item.last >= hit.end || item.negated || claimed.has(item) || item.source === 'user' || item.source === 'emoji') {
        takeOver = false;
      }
      inside.add(item);
    }
    if (!takeOver) continue;
    let weight = 0;
    for (const item of inside) weight += item.weight;
    if (inside.size > 0 && weight <= valence) continue;
    for (const item of inside) {
      dropped.add(item);
      claimed.add(item);
    }
    const phrase: ScoredItem = { first: hit.start, last: hit.end - 1, base: valence, weight: valence, negated: false, source: 'phrase' };
    for (let k = hit.start; k < hit.end; k++) itemAt.set(k, phrase);
    claimed.add(phrase);
    engine.items.push(phrase);
    added = true;
  }
  if (added) {
    if (dropped.size > 0) engine.items = engine.items.filter((item) => !dropped.has(item));
    engine.items.sort((a, b) => a.first - b.first);
    engine = summarise(engine.tokens, engine.terms, engine.items, countsOf(engine));
  }
  // A question asked for information, with no complaint or feeling signal and no exclamation, is not
  // a feeling about what it asks ("which is better for a first car?", "does it overheat?").
  const askedUntil = engine.exclamations === 0 ? askingUntil(engine.tokens, engine.terms, signals.length === 0) : -1;
  if (askedUntil >= 0) {
    for (const item of engine.items) if (item.first < askedUntil && item.source !== 'user') item.weight *= ASKING_WEIGHT;
    engine = summarise(engine.tokens, engine.terms, engine.items, countsOf(engine));
  }
  let sarcastic = signals.includes('sarcasm');
  // A fault put right: the fault told before the fix is backstory, unless another fault follows it.
  const fixedAt = sarcastic || engine.negative === 0 ? -1 : putRightUntil;
  if (fixedAt >= 0 && !engine.items.some((item) => item.weight < 0 && item.first >= fixedAt)) {
    let before = false;
    for (const item of engine.items) {
      if (item.weight < 0 && item.last < fixedAt && item.source !== 'user') {
        item.weight *= BACKSTORY_WEIGHT;
        before = true;
      }
    }
    if (before) engine = summarise(engine.tokens, engine.terms, engine.items, countsOf(engine));
  }
  // The fault a fix verb names as its object is what was fixed: backstory too ("fixed the app bug in a day").
  if (!sarcastic && engine.negative > 0) {
    const objects = fixedObjects(engine.tokens, engine.terms, engine.items);
    for (const item of objects) item.weight *= BACKSTORY_WEIGHT;
    if (objects.length > 0) engine = summarise(engine.tokens, engine.terms, engine.items, countsOf(engine));
  }
  // A harm made less of is a little good ("lowers the risk of burns", "prevents leaks"), and the word that
  // makes less of it no fault ("cuts the chance of injury").
  if (!sarcastic && engine.negative > 0) {
    const { harms, reducers } = harmsAvoided(engine.tokens, engine.terms, engine.items);
    for (const item of harms) item.weight *= HARM_AVOIDED;
    for (const item of reducers) item.weight = 0;
    if (harms.length > 0) engine = summarise(engine.tokens, engine.terms, engine.items, countsOf(engine));
  }
  if (rereadTone(engine, signals)) engine = summarise(engine.tokens, engine.terms, engine.items, countsOf(engine));
  // Praise the rules found no sarcasm in, read by the learned reader of irony ("Thanks @Acme for the amazing
  // signal. In the car park. Only in the car park.")
  const ironic = sarcastic ? null : learnedIrony(engine);
  if (ironic) {
    markSarcasm(text, tokens, ironic, signals, evidence);
    sarcastic = true;
  }
  // Suspected sarcasm turns the praise words against themselves ("great job losing my bag").
  if (sarcastic && engine.positive > 0) {
    for (const item of engine.items) if (item.weight > 0 && item.source !== 'user') item.weight *= -0.5;
    engine = summarise(engine.tokens, engine.terms, engine.items, countsOf(engine));
  }
  return { engine, signals, evidence, sarcastic, voice };
}
