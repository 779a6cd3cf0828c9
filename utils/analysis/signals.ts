// Crisis signals: what kind of trouble a post points at. Each signal is a table of phrases;
// "strong" phrases fire on their own, "cue" phrases only when the post is negative overall
// (a post that mentions "customer service" is a service complaint only when it complains), and a
// service cue only in its service sense ("my phone bill", not "the Senate bill"; see otherSense).
import { CONTRAST_AFTER, FIX_VERBS, NEGATORS, RESOLUTIONS, hasWord, wordValence } from './lexicon';
import { vocabularyRank } from './embedding';
import { PhraseMatcher, tokenTerm, type PhraseEntry } from './phrases';
import { endsSentence, quotations, type Token } from './tokenize';

export type ComplaintCategory = 'product' | 'service' | 'insensitive' | 'hypocrisy' | 'employee' | 'security';
export type EscalationKind = 'legal' | 'press' | 'viral';

/** Every signal code analyze() can report, in the order they are listed in `signals`. */
export const SIGNAL_CODES = [
  'anger',
  'hostility',
  'boycott',
  'complaint:product',
  'complaint:service',
  'complaint:insensitive',
  'complaint:hypocrisy',
  'complaint:employee',
  'complaint:security',
  'escalation:legal',
  'escalation:press',
  'escalation:viral',
  'sarcasm',
] as const;

export type SignalCode = (typeof SIGNAL_CODES)[number];

/** Where a signal was found, so a UI can highlight it next to the sentiment reasons. */
export interface SignalEvidence {
  code: SignalCode;
  text: string;
  start: number;
  end: number;
}

type Tier = 'strong' | 'cue';

/** Whose reply a no-reply phrase tells missing: its subject's ("he hasn't replied"), or from whom ("no reply from him"). */
type Unanswered = 'by' | 'from' | 'counted';

interface SignalRule {
  code: SignalCode;
  tier: Tier;
  /** A phrase of no reply, the brand's only when no one else's (see unansweredElsewhere). */
  unanswered?: Unanswered;
}

/**
 * Asking again and again: "Third DM this week", "my fourth email about this", "closed my ticket again"
 * (QA: read neutral). From the third on: a second message is often only a follow-up with the photos.
 */
const CONTACTED_AGAIN = [
  ...['third', 'fourth', 'fifth', 'sixth', '3rd', '4th', '5th', '6th'].flatMap((nth) =>
    ['dm', 'email', 'e-mail', 'message', 'call', 'complaint', 'chat', 'ticket'].flatMap((what) => [
      // counted as the writer's own ("my fourth email"), or against the calendar ("third DM this week"):
      // "the third message in the series is my favourite" is neither
      `my ${nth} ${what}`,
      ...['this week', 'today', 'this month', 'in a row', 'about this', 'about the same'].map((when) => `${nth} ${what} ${when}`),
    ]),
  ),
  ...['closed my ticket again', 'close my ticket again', 'closing my ticket again', 'closed it again', 'close it again', 'closing it again'],
];

/**
 * Not replying, told of whoever does it ("Acme hasn't replied", "they won't reply", "support left me on
 * read"): the brand's only when no friend, no person and not the writer is the one (see unansweredElsewhere).
 */
const UNANSWERED_BY = [
  ...["hasn't", 'hasnt', 'has not', "haven't", 'havent', 'have not'].flatMap((not) =>
    ['replied', 'responded', 'answered', 'got back to me', 'gotten back to me'].map((done) => `${not} ${done}`),
  ),
  ...["won't", 'wont', 'will not', 'refuse to', 'refuses to', 'refusing to'].flatMap((not) => ['reply', 'respond'].map((done) => `${not} ${done}`)),
  ...['left', 'leaves', 'leaving'].flatMap((verb) => ['me', 'us', 'my messages', 'my dms', 'my emails'].map((whom) => `${verb} ${whom} on read`)),
];
/** Replies counted and none came ("not a single reply", "0 replies"): a complaint only of a message sent (see CONTACTS). */
const UNANSWERED_COUNTED = ['not a single', 'not one', '0', 'zero', 'no'].flatMap((none) =>
  ['reply', 'replies', 'response', 'responses'].map((what) => `${none} ${what}`),
).filter((phrase) => phrase !== 'no reply' && phrase !== 'no response');

/** Disbelief spelled out, read as "wtf" is (see Disbelief): "what the hell is this update", "what on earth were they thinking". */
const DISBELIEF_PHRASES = ['what the hell', 'what the heck', 'what the fuck', 'what on earth'];
const DISBELIEF_PHRASE_SET = new Set(DISBELIEF_PHRASES);

/** Praise of the service: sarcasm only closing a post whose complaint nothing put right (see resolveSignals). */
const SERVICE_CLOSERS = ['great', 'brilliant', 'excellent', 'amazing', 'fantastic', 'superb', 'stellar', 'top', 'outstanding', 'wonderful', 'lovely'].flatMap(
  (praise) => [`${praise} service`, `${praise} customer service`],
);
const SERVICE_CLOSER_SET = new Set(SERVICE_CLOSERS);

/** Taking a story to the press: "going to the media", "contacted the BBC", "emailed a reporter". */
const PRESS_CONTACT = ['the media', 'the press', 'the news', 'the papers', 'the bbc', 'the local paper', 'a journalist', 'a reporter', 'the newspapers', 'the local press'].flatMap(
  (outlet) =>
    ['going to', 'go to', 'went to', 'gone to', 'contact', 'contacted', 'contacting', 'tell', 'told', 'telling', 'call', 'called',
      'calling', 'email', 'emailed', 'emailing', 'alert', 'alerted', 'tip off', 'tipped off', 'tipping off', 'taking this to',
      'take this to', 'taking it to', 'take it to', 'took it to', 'writing to', 'wrote to', 'write to'].map((verb) => `${verb} ${outlet}`),
);

/**
 * Faults told in plain words: games that stutter, faults a dealer knows, things missing, burning, food gone off
 * or with something in it. Not with "no" or a fix beside them ("no known issues", "frame drops fixed").
 */
const PLAIN_FAULTS = [
  "won't hold a charge", 'crash to desktop', 'crashes to desktop', 'crashing to desktop', 'frame drops', 'fps drops', 'memory leak',
  'rubber banding', 'rubberbanding', 'input lag', 'stuttering', 'stutters', 'desync', 'desynced', 'exploding', 'explodes',
  'known issue', 'known issues', 'known fault', 'known defect', 'a fault with', 'design flaw', 'design fault', 'manufacturing fault',
  'manufacturing defect', 'electrical fault', 'engine fault', 'battery fault', 'transmission fault', 'system fault',
  'warning light', 'engine light', 'screen burn', 'battery fire', 'battery fires', 'burning plastic',
  ...['smells', 'smell', 'smelled', 'smelt', 'smelling'].map((smell) => `${smell} like burning`),
  'dead pixels', 'stuck pixels', 'dead pixel', 'stuck pixel', 'backlight bleed', 'pink in the middle', 'cold in the middle',
  'frozen in the middle', 'a slug in my', 'slug in it', 'whole slug', 'live slug', 'screws stripped', 'stripped screws', 'stripped the screws', 'moths flying out', 'hair baked', 'black flecks', 'black specks', 'milk was sour',
  'milk went sour', 'milk had gone sour', 'not waterproof', 'not actually waterproof', 'fewer slices', 'fewer pieces', 'fewer biscuits',
  'smells off', 'smelled off', 'smelt off', 'tastes off', 'tasted off', 'past its use by', 'past the use by', 'ruined the formula',
  'missing pieces', 'pieces missing', 'parts missing', 'missing parts', 'found glass in', 'found broken glass in', 'piece of glass in', 'shards of glass', 'found plastic in',
  'piece of plastic in', 'found metal in', 'piece of metal in', 'found a hair in',
];
const PLAIN_FAULTS_SET = new Set(PLAIN_FAULTS);
/**
 * "Known issue" as a brand's or a dealer's answer ("Dealer says it's a 'known issue'", "Known issues for 1.5:",
 * just "known issue"); not advice ("swelling is a known issue with packs stored full").
 */
const KNOWN_ISSUE = new Set(['known issue', 'known issues', 'known fault', 'known defect']);
const IT_IS = new Set(["it's", 'its', "that's", 'thats', 'another']);
function knownIssueTold(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (!before || endsSentence(tokens, start - 1) || before.norm === ':' || before.norm === 'just' || IT_IS.has(before.norm)) return true;
  if (before.kind === 'punct' && QUOTES.test(before.raw)) return true;
  return before.norm === 'a' && IT_IS.has(tokens[start - 2]?.norm ?? '');
}
/** Words before a plain fault that deny it or tell it mended ("no known issues", "fixed the frame drops"). */
const FAULT_DENIED = new Set(['no', 'zero', 'without', 'fixed', 'fixes', 'fix', 'fixing', 'solved', 'resolved']);
const DETERMINERS = new Set(['the', 'those', 'these', 'that', 'this', 'my', 'our', 'all', 'any']);
/** Words after a plain fault that tell it gone ("frame drops fixed and the new map is gorgeous"). */
const FAULT_GONE = new Set(['fixed', 'gone', 'resolved', 'sorted', 'solved']);
/** Plain faults with another sense when a word follows: "cold in the middle of the night", "the missing pieces of the story", "exploding with messages". */
const FAULT_OTHER_SENSE = new Map([
  ...['pink in the middle', 'cold in the middle', 'frozen in the middle', 'missing pieces'].map((phrase): [string, string] => [phrase, 'of']),
  ...['exploding', 'explodes'].map((phrase): [string, string] => [phrase, 'with']),
]);
/** An account frozen: a complaint, but not in a plainly positive post or as the fraud team's save ("froze my card and refunded me. Impressed"). */
const FROZEN = [
  ...['froze', 'frozen', 'freezing', 'freezes', 'locked', 'blocked'].flatMap((verb) =>
    ['my account', 'our account', 'my company account', 'my business account', 'my card', 'my bank account'].map((what) => `${verb} ${what}`),
  ),
  'account frozen', 'account was frozen', 'account has been frozen', 'account is frozen', 'account still frozen',
];
const FROZEN_SET = new Set(FROZEN);
/** Someone into the writer's account: staff or a stranger, never the writer ("I went into my account settings"). */
const ENTERED = new Set(['went into my account', 'accessed my account']);
/** Who advises stopping a product for safety: "customers should stop using them", "told to stop using". */
const ADVISED = new Set(['should', 'advised', 'advises', 'advising', 'told', 'customers', 'owners', 'urged', 'urges', 'asked', 'asks']);
/** A service down a number of these ("down 3 hours") is gone that long; "down 40ms", "down 20%" is a figure. */
const DOWN_FOR = new Set(['minutes', 'mins', 'min', 'hours', 'hour', 'hrs', 'hr', 'days', 'day', 'weeks', 'week']);
/** A freeze told as protection: "flagged a login from abroad, locked my account and emailed me". */
const PROTECTING = new Set(['flagged', 'spotted', 'detected', 'caught', 'averted', 'prevented', 'suspicious', 'dodgy', 'stolen', 'lost', 'reported']);
/** Leaving, then charged: a complaint only with a charge told in its sentence (CHARGE_WORDS): "charged me for 3 months after I cancelled". */
const CHARGED_AFTER = ['after i cancelled', 'after i canceled', 'after i had cancelled', "after i'd cancelled", 'after cancelling', 'after canceling'];
const CHARGED_AFTER_SET = new Set(CHARGED_AFTER);
const CHARGE_WORDS = new Set(['charged', 'charging', 'charge', 'charges', 'billed', 'billing', 'bill', 'debited', 'took', 'taken', 'taking', 'payment', 'payments', 'fee', 'fees']);
/** Data gone bad: a product fault only with the data named in its sentence (CORRUPTIBLE). */
const CORRUPTING = ['corrupted', 'corrupting', 'corrupts', 'corrupt', 'got corrupted'];
const CORRUPTING_SET = new Set(CORRUPTING);
/** Illness a product brought on, its cause the subject ("their kibble made my dog sick"); not "made me sick of it". */
const MADE_ILL = [
  ...['made', 'making', 'makes'].flatMap((made) =>
    ['me', 'us', 'him', 'her', 'them', 'my dog', 'my cat', 'my son', 'my daughter', 'my baby', 'my kids', 'the kids', 'our dog', 'our cat', 'pets', 'dogs', 'cats', 'people', 'everyone'].flatMap(
      (whom) => [`${made} ${whom} sick`, `${made} ${whom} ill`],
    ),
  ),
  'got sick from', 'got ill from', 'fell ill after', 'fell sick after', 'been ill since eating',
];
const MADE_ILL_SET = new Set(MADE_ILL);
/**
 * A fire told as it goes on, keeps happening or may ("kettles are catching fire", "it could catch fire",
 * "bursts into flames"): not "Catching Fire" (a film), not "how do batteries catch fire" (asked), and a
 * product's only with the product in its sentence (NEEDS_PRODUCT: "forests are catching fire" is news).
 */
const FIRE_GOING = [
  ...['is', 'are', 'keep', 'keeps', 'kept', 'started', 'start', 'starts'].flatMap((verb) => [`${verb} catching fire`, `${verb} bursting into flames`]),
  ...['can', 'could', 'might', 'may', 'will', 'would'].flatMap((modal) => [`${modal} catch fire`, `${modal} burst into flames`]),
  'catches fire', 'bursts into flames', 'catching fire',
];

/**
 * A thing that stopped for good: a fault only with the thing named before it and told young or again
 * (DIED_YOUNG: "the inverter died at 22 months", "third pair of buds to die on me"); "my phone died so I
 * missed the end" is a battery run down, and "it died" may be a pet.
 */
const DYING = ['died', 'dies', 'died on me', 'die on me', 'dying on me', 'packed up', 'packed in', 'conked out', 'gave out'];
const DYING_SET = new Set(DYING);
/** What tells a death young or repeated, in its sentence: its age, a count, "again", a replacement, a warranty. */
const DIED_YOUNG = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'again', 'twice', 'already', 'replacement', 'warranty', 'new', 'second',
  'third', 'fourth', 'fifth', '2nd', '3rd', '4th', '5th', 'barely', 'within',
]);
/**
 * A fault told of a thing as what it does ("the kettle leaks from the base", "the Pro 2 trips the breaker",
 * "the screen went black and won't turn back on", "the handle snapped clean off"), none with a feeling word
 * (QA: a crisis tool read them neutral). A product's only told of one: a product or a part of one before it
 * in its sentence (see THING_PARTS), not negated. "Leaks suggest the new iPhone…", "the lights went black",
 * "I blew a fuse", "cut out the middleman" tell none.
 */
const FAULTS_OF_THINGS = [
  'leaks', 'leaked', 'started leaking', 'started to leak', 'began to leak', 'drips', 'dripping', 'pours out', 'pouring out',
  ...['trips', 'tripped', 'tripping', 'keeps tripping', 'blew', 'blows', 'blown'].flatMap((verb) =>
    ['the breaker', 'the fuse', 'the electrics', 'a fuse', 'the circuit breaker', 'the trip switch'].map((what) => `${verb} ${what}`),
  ),
  ...['went', 'goes', 'keeps going', 'just went'].flatMap((verb) => ['black', 'blank', 'dead'].map((state) => `${verb} ${state}`)),
  "won't turn back on", "won't come back on", "won't switch on", "won't power on", "won't boot", "won't start", "won't turn off",
  "won't let me", "wouldn't let me", "doesn't let me", 'does not let me', "doesn't turn on", 'does not turn on', "doesn't switch on", "doesn't charge", 'stopped responding', 'not responding',
  'keeps restarting', 'restarts itself', 'restarted itself', 'turns itself off', 'turned itself off', 'switched itself off',
  'switches itself off', 'shuts itself off', 'shut itself off', 'keeps shutting down', 'keeps switching off', 'keeps turning off',
  'cuts out', 'cutting out', 'keeps cutting out', 'kept cutting out', 'drops the connection', 'dropping the connection',
  'drops out', 'dropping out', 'keeps dropping out', 'deleted all my', 'wiped all my', 'lost all my', 'deleted my', 'wiped my',
  // "saved" there is what was kept, no praise
  'deleted all my saved', 'wiped all my saved', 'lost all my saved', 'deleted my saved', 'wiped my saved',
  "doesn't hold", "won't hold", "doesn't seal", "won't seal", "doesn't close", "won't close", "doesn't lock", "won't lock",
  'gets really hot', 'gets very hot', 'gets too hot', 'gets so hot', 'gets super hot', 'too hot to touch', 'runs really hot',
  'came away', 'came loose', 'comes loose', 'coming loose', 'peeled off', 'peeling off', 'peels off', 'came unstitched',
  'coming apart', 'snapped in half', 'snapped in two', 'snapped clean off', 'broke', 'tore', 'shattered',
  'snapped at', 'snapping at', 'snapped off at', 'popped off', 'pops off', 'popping off', 'popped out', 'pops out',
  'switches itself on', 'switched itself on', 'turns itself on', 'turned itself on',
  "doesn't latch", "won't latch", "doesn't click off", "won't click off", "doesn't switch off", "won't switch off",
  "doesn't stay on", "won't stay on", "doesn't stay closed", "won't stay closed", "doesn't stay shut", "won't stay shut",
  'unlocked itself', 'unlocks itself', 'rang by itself', 'rings by itself', 'opened by itself', 'opens by itself',
  'went green', 'goes green', 'went pink', 'went purple', 'pops open', 'popped open', 'popping open',
  'yellowed', 'warped', 'wobbles', "won't open", "doesn't open", 'froze shut', 'frozen shut', 'jammed shut', 'keeps disconnecting', 'keep disconnecting', 'kept disconnecting',
  // what "keeps" does, told of more than one ("my earbuds keep cutting out")
  'keep cutting out', 'keep restarting', 'keep shutting down', 'keep switching off', 'keep turning off', 'keep dropping out',
  'keep tripping', 'keep going black', 'keep crashing', 'keep freezing', 'keep failing', 'keep dropping',
  'frayed', 'fraying', 'sagging', 'sags', 'peeling', 'drifting', 'drifts', 'split open', 'splits', 'cracks', 'cracking',
  // what a thing does wrong, told plainly ("the touchscreen reboots every five minutes", "sheets pilled after one wash")
  'reboots itself', 'rebooted itself', 'keeps rebooting', 'reboots every', 'rebooting every', 'flickering', 'flickers', 'distorts',
  'rattles', 'squeals', 'loses sync', 'lost sync', 'out of sync', 'double clicks', 'pilled', 'pilling', 'bobbled',
  'stops charging', 'stop charging', 'not charging', "isn't charging", 'no longer charges', 'gave way', 'bowing', 'flaking off', 'flaking', 'bubbled', 'judders', 'juddering', "won't heat", "doesn't heat",
  'never warms up', 'stopped heating', 'stopped cooling', "won't dissolve", 'went flat', 'gone flat', 'oozing', 'let water in', 'lets water in',
  // a thing that died young or again ("headset mic died after 2 weeks"): see DYING
  ...DYING,
];
/**
 * Illness told with what brought it on ("my dog threw up all night after his first bowl", "diarrhoea for 3
 * days after starting the pouches"): a product complaint (food, pet food, cosmetics) only with its cause
 * told after it in its clause (ILLNESS_CAUSE); "I threw up on the bus", "vomiting since Tuesday" is no one's product.
 */
const ILLNESS = [
  'threw up', 'throwing up', 'vomited', 'vomiting', 'been sick', 'was sick', 'were sick', 'diarrhoea', 'diarrhea', 'upset stomach',
  'stomach upset', 'stomach ache', 'stomach cramps', 'broke out in a rash', 'came out in a rash', 'itchy rash',
];
const ILLNESS_SET = new Set(ILLNESS);
const ILLNESS_CAUSE = new Set(['after', 'eating', 'drinking', 'using']);
/** What a fault of FAULTS_OF_THINGS is told of, besides PRODUCT_THINGS: the parts of a product, and things bought. */
const THING_PARTS = new Set([
  'screen', 'display', 'lid', 'seal', 'handle', 'zip', 'zipper', 'button', 'buttons', 'remote', 'strap', 'sole', 'soles', 'blade',
  'hinge', 'base', 'motor', 'fan', 'pump', 'valve', 'switch', 'cord', 'wire', 'lead', 'keyboard', 'trackpad', 'controller',
  'camera', 'headset', 'sound', 'audio', 'bluetooth', 'wifi', 'wi-fi', 'connection', 'internet', 'broadband', 'signal', 'stream',
  'bottle', 'flask', 'mug', 'cup', 'glass', 'glasses', 'jar', 'tap', 'boiler', 'dishwasher', 'washer', 'hoover', 'vacuum', 'stitching',
  'seam', 'seams', 'heel', 'print', 'bag', 'backpack', 'suitcase', 'case', 'trainers', 'shoes', 'boots', 'jacket', 'coat', 'shirt',
  'mattress', 'sofa', 'chair', 'wheel', 'wheels', 'brakes', 'drawer', 'door', 'appliance', 'gadget',
  'earbuds', 'maker', 'dispenser', 'tank', 'hose', 'pipe', 'brake', 'latch', 'pin', 'insole', 'finish', 'lipstick',
  'pan', 'pot', 'jug', 'dresser', 'wardrobe', 'table', 'desk', 'shelf', 'crib', 'cot', 'pram', 'stroller', 'buggy', 'toy', 'jeans',
  'hoodie', 'dress', 'trousers', 'bike', 'bikes', 'thermostat', 'watch', 'sensor', 'boot', 'trunk', 'port', 'sunroof', 'tailgate', 'car', 'lock', 'doorbell', 'alarm',
  'cable', 'charger', 'coating', 'basket', 'stick', 'joystick', 'buds', 'scooter', 'scooters',
  'mic', 'microphone', 'inverter', 'compressor', 'gearbox', 'clutch', 'touchscreen', 'panel', 'panels', 'gate', 'frame', 'frames',
  'earbud', 'earphone', 'earphones', 'downlights', 'screws', 'screw', 'slat', 'slats', 'rail', 'sheets', 'cushion', 'cushions',
  'belt', 'mouse', 'drum', 'tent', 'poles', 'soundbar', 'treadmill', 'vac', 'cartridge', 'filter', 'nozzle', 'element', 'rug', 'shelves',
  'tracker', 'jumper', 'sweater', 'leggings', 'towels', 'duvet', 'pillow', 'pillows', 'blind', 'blinds', 'curtains',
]);
/** "Leaks" as news of a product to come: "iPhone 18 leaks show…", "the latest leaks", "more leaks". */
const LEAKS_NEWS_BEFORE = new Set(['the', 'new', 'more', 'latest', 'recent', 'these', 'those', 'big', 'major', 'huge', 'early', 'any', 'no']);
/** Verbs of news after "leaks" or "leaks from…": "leaks show…", "leaks from inside the camp say…". */
const LEAK_NEWS_VERBS = [
  'show', 'shows', 'showed', 'suggest', 'suggests', 'reveal', 'reveals', 'revealed', 'hint', 'hints', 'confirm', 'confirms',
  'claim', 'claims', 'say', 'says', 'tip', 'tips',
];
const LEAKS_NEWS_AFTER = new Set([...LEAK_NEWS_VERBS, 'are', 'were', 'point', 'points', 'about', 'of', 'ahead']);
/** What a product "leaked" when it is news: images and specs of it ahead of a launch, not water. */
const LEAKED_NEWS_AFTER = new Set([
  ...LEAKS_NEWS_AFTER, 'online', 'photos', 'photo', 'images', 'image', 'pictures', 'pics', 'renders', 'render', 'specs', 'details',
  'documents', 'footage', 'video', 'videos', 'benchmarks', 'benchmark', 'prices', 'price', 'release', 'launch', 'early',
]);
/** What an app loses when it deletes or wipes it ("deleted all my saved notes"), not "deleted all my doubts". */
const LOST_DATA = new Set([
  'photos', 'pictures', 'pics', 'notes', 'files', 'data', 'contacts', 'messages', 'texts', 'chats', 'playlists', 'songs', 'music',
  'save', 'saves', 'progress', 'settings', 'documents', 'docs', 'work', 'emails', 'videos', 'recordings', 'bookmarks', 'passwords',
  'history', 'points', 'credits', 'downloads', 'apps', 'memories', 'favourites', 'favorites', 'address', 'addresses', 'orders',
]);
/** "Dead" as "very": "went dead quiet", "went dead still". */
const DEAD_AS_VERY = new Set(['quiet', 'silent', 'still', 'calm', 'serious', 'set', 'tired', 'easy', 'slow']);
/** Things that are meant to get hot: "the heater gets really hot" is it working. */
const HOT_BY_DESIGN = new Set(['heater', 'heaters', 'oven', 'ovens', 'toaster', 'kettle', 'iron', 'radiator', 'grill', 'hob', 'stove', 'fryer', 'airfryer', 'sauna', 'hottub']);

/** A fault of FAULTS_OF_THINGS in its fault's sense (see LOST_DATA, HOT_BY_DESIGN; news of leaks: otherSense). */
function thingFaultSense(tokens: readonly Token[], hit: SignalMatch, sentences: Sentences): boolean {
  const last = tokens[hit.end - 1]?.norm ?? '';
  // "this jacket won't let me down" is praise
  if (last === 'me' && tokens[hit.end - 2]?.norm === 'let' && tokens[hit.end]?.norm === 'down') return false;
  // "deleted all my saved notes": what was lost is data, a word or two on
  if (last === 'my') {
    // a count before it: "deleted my 90 hour save"
    for (let k = hit.end; k < hit.end + 3; k++) {
      const token = tokens[k];
      if (!token || (token.kind !== 'word' && token.kind !== 'number')) return false;
      if (LOST_DATA.has(token.norm)) return true;
    }
    return false;
  }
  // "my phone died so I missed it", "our dog died": a thing named, dying young or again
  if (DYING_SET.has(phraseOf(tokens, hit))) return sentences.thingBefore(hit.start, false) && sentences.sentenceHas(hit.start, DIED_YOUNG);
  // "the stadium went dead quiet": an idiom of silence
  if (last === 'dead' && DEAD_AS_VERY.has(tokens[hit.end]?.norm ?? '')) return false;
  if (tokens.slice(hit.start, hit.end).some((token) => token.norm === 'hot')) return !sentences.hotByDesign(hit.start);
  return true;
}

/** The token is in an "after …" clause, a few words on ("after my bottle leaked"). */
function toldAfter(tokens: readonly Token[], index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - 4; j--) {
    const token = tokens[j];
    if (!token || token.kind === 'punct') return false;
    if (token.norm === 'after') return true;
  }
  return false;
}
/** Who breaks things: "my son broke his truck" tells what someone did, not a fault. */
const BREAKERS = new Set([
  'i', 'we', 'he', 'she', 'they', 'you', 'someone', 'somebody', 'son', 'daughter', 'kid', 'kids', 'toddler', 'baby', 'dog', 'cat', 'puppy',
  'husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'brother', 'sister', 'mum', 'mom', 'dad', 'friend', 'flatmate', 'roommate',
]);
/** A thing pointed at right before its fault: "it leaks", "mine broke", "this one keeps restarting". */
const THING_POINTERS = new Set(['it', 'mine', 'one', 'thing']);
const FAULTS_OF_THINGS_SET = new Set(FAULTS_OF_THINGS);

/** A model's name as written: letters then digits ("x200", "s23", "ps5"), not "covid19" or a quarter ("q3"). */
const MODEL_WORD = /^[a-z]{1,6}\d{1,5}[a-z]{0,3}$/;
const ROAD = /^[abm]\d{1,4}$/;
const NOT_MODELS = new Set(['covid19', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'mp3', 'mp4', 'b12', 'd3', 'g7', 'g20', 'co2', 'h2o']);
/** Capitalised words a number follows that are no product: "Day 3", "Season 2", "Gate 12". */
const NUMBERED_NOT_MODELS = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'year', 'season', 'episode', 'ep', 'chapter', 'part', 'level', 'round', 'stage', 'game',
  'page', 'room', 'gate', 'platform', 'line', 'route', 'terminal', 'phase', 'act', 'vol', 'volume', 'no', 'number', 'step', 'zone',
  'tier', 'grade', 'class', 'flight', 'bus', 'train', 'seat', 'row', 'table', 'floor', 'unit', 'apartment', 'flat', 'house',
  'i', 'a', 'the', 'my', 'our', 'in', 'on', 'at', 'for', 'after', 'about', 'since', 'over', 'under', 'only', 'just', 'top', 'last', 'first',
]);

/** The token is a model's name: a word like "X200", or a number right after a capitalised name ("Brewly 2"). */
function isModelName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  // not a road ("the A40", "M25")
  if (token.kind === 'word') return MODEL_WORD.test(token.norm) && !NOT_MODELS.has(token.norm) && !ROAD.test(token.norm);
  if (token.kind !== 'number' || !/^\d{1,4}$/.test(token.norm)) return false;
  const name = tokens[index - 1];
  if (!capitalised(name) || NUMBERED_NOT_MODELS.has(name?.norm ?? '')) return false;
  // owned or pointed at ("my Brewly 2", "the Pro 2"): "Liverpool 3" is a score
  return MODEL_OWNERS.has(tokens[index - 2]?.norm ?? '');
}
const MODEL_OWNERS = new Set(['my', 'our', 'the', 'this', 'his', 'her', 'their', 'your', 'new', 'a']);

/**
 * Faults of what flows or comes off a thing, which can name the thing after them: "water leaks from the
 * base of my kettle", "coffee drips out of the side of the machine", "the sole came away from my boots".
 */
const FAULTS_TOLD_BEFORE_THING = new Set([
  'leaks', 'leaked', 'started leaking', 'started to leak', 'began to leak', 'drips', 'dripping', 'pours out', 'pouring out',
  'came away', 'came loose', 'comes loose', 'coming loose', 'peeled off', 'peeling off', 'peels off', 'popped off', 'pops off',
  'popping off', 'popped out', 'pops out', 'coming apart',
]);
/** Verbs of news that start a clause of their own after "leaks from…". */
const NEWS_VERBS = new Set([...LEAK_NEWS_VERBS, 'said', 'indicate', 'indicates']);
/** What leads from such a fault to its thing: "from", "out of", "under", "around"… */
const TO_THING = new Set(['from', 'of', 'out', 'under', 'underneath', 'around', 'round', 'in', 'inside', 'on', 'off', 'through', 'behind', 'at', 'into', 'all']);

/** The fault's thing is told after it in its clause, through a preposition ("leaks from the base of the kettle"). */
function thingAfter(tokens: readonly Token[], phrase: string, end: number): boolean {
  if (!FAULTS_TOLD_BEFORE_THING.has(phrase)) return false;
  let through = false;
  for (let k = end; k < tokens.length && k < end + 8; k++) {
    const token = tokens[k];
    // the clause ends, or a verb of news starts another ("leaks from inside the camp say the iPhone…")
    if (!token || token.kind === 'punct' || NEWS_VERBS.has(token.norm)) return false;
    if (token.kind !== 'word') continue;
    if (TO_THING.has(token.norm)) through = true;
    else if (through && (PRODUCT_THINGS.has(token.norm) || THING_PARTS.has(token.norm) || isModelName(tokens, k))) return true;
  }
  return false;
}

/**
 * A strong hit that holds only in context: a fault told of a thing (FAULTS_OF_THINGS), a product or data named
 * (GATED_FAULTS), an account frozen in a negative post, a charge after leaving. It makes no post negative before
 * that is known ("Leaks suggest the new iPhone…" must not turn the cue "leaks" on; "froze my card when I reported
 * it stolen. Brilliant." must not make itself a complaint), and weighs only where it held.
 */
export function gatedHit(tokens: readonly Token[], hit: SignalMatch): boolean {
  if (hit.rule.tier !== 'strong') return false;
  if (hit.rule.code === 'complaint:service') {
    const phrase = phraseOf(tokens, hit);
    return FROZEN_SET.has(phrase) || CHARGED_AFTER_SET.has(phrase);
  }
  if (hit.rule.code !== 'complaint:product') return false;
  const phrase = phraseOf(tokens, hit);
  return FAULTS_OF_THINGS_SET.has(phrase) || ILLNESS_SET.has(phrase) || GATED_FAULTS.has(phrase);
}

/**
 * Conduct that is a complaint however the post reads (PLAIN_CONDUCT), told of staff: it weighs in the score as a
 * strong phrase does once it held (pipeline.ts), so "the driver swore at the dad who asked him to move" reads negative.
 */
export function plainConduct(tokens: readonly Token[], hit: SignalMatch): boolean {
  return hit.rule.code === 'complaint:employee' && PLAIN_CONDUCT_SET.has(phraseOf(tokens, hit));
}

/** Who works for the brand: a complaint about them needs their conduct told beside them (STAFF_CONDUCT). */
const STAFF = [
  'your employee', 'your employees', 'your staff', 'your manager', 'your driver', 'your cashier', 'your agent', 'staff',
  'employee', 'employees', 'cashier', 'manager', 'waiter', 'waitress', 'driver', 'agent', 'rep', 'worker', 'workers', 'crew', 'pilot',
  'staff member', 'member of staff', 'gate agent', 'flight attendant', 'cabin crew', 'security guard', 'steward', 'stewards',
  'bouncer', 'salesman', 'saleswoman', 'salesperson', 'front desk', 'receptionist', 'concierge', 'engineer', 'technician', 'installer',
  'courier', 'clerk', 'bartender', 'barista', 'teller', 'supervisor', 'ceo', 'exec', 'executive', 'chairman', 'chairwoman', 'founder',
  'head of comms', 'community manager', 'spokesperson', 'spokesman', 'franchise owner', 'franchisee', 'conductor', 'pharmacist',
  'lecturer', 'letting agent', 'personal trainer', 'presenter', 'call centre worker', 'support agent', 'nurse', 'porter',
  'cleaner', 'chef', 'vice chancellor', 'head of security', 'usher', 'mechanic', 'loss adjuster', 'adjuster', 'studio head',
  'branch employee', 'showroom guy', 'store manager', 'shop assistant', 'sales assistant', 'trainer', 'delivery guy', 'delivery boy',
  // from a development set on staff (staff-dev-17)
  'moderator', 'moderators', 'mod', 'mods', 'admin', 'rider', 'hr', 'tech', 'techs', 'surveyor', 'advisor', 'adviser', 'vp',
  'vice president', 'carer', 'plumber', 'locksmith', 'inspector', 'doorman', 'staffer', 'housekeeper', 'ground staff',
  'desk guy', 'shift lead', 'shift leads', 'drivers', 'riders', 'agents', 'managers', 'cashiers', 'guards', 'baristas', 'waiters',
  'couriers', 'technicians', 'reps', 'guard',
];
/**
 * Conduct that is a complaint however the post reads (a calm or hopeful tone: "The way that steward shoved an
 * older fan down the stairs. I hope he's sacked."), told of staff in one sentence; not "laughed" (with us) or
 * "refused" (a refund, which the service rules read).
 */
const PLAIN_CONDUCT = [
  'shoved', 'pushed', 'punched', 'grabbed', 'groped', 'spat', 'ate my', 'rolled her eyes', 'rolled his eyes',
  'rolled their eyes', 'roll her eyes', 'roll his eyes', 'hung up', 'swore', 'humiliated', 'insulted', 'belittled',
  'patronised', 'patronized', 'mocked', 'threatened', 'refused to help', 'refuse to help', 'kicked', 'stole',
  'docked', 'let himself in', 'let herself in', 'let themselves in', 'let himself into', 'let herself into',
  'let themselves into', 'without my consent', 'filming', 'pocketed', 'slur', 'kicking', 'selling customer',
  'laughing at', 'slapped', 'slapping', 'snooped', 'snooping', 'pocket the', 'pocketing',
  // from a development set on staff (staff-dev-17): told as plain facts, in posts that read calm
  'spit in', 'spit into', 'spitting', 'spat in', 'smoked in', 'smoking in', 'sneered', 'sneering', 'swore at', 'swearing at', 'ate half',
  'pinning', 'pinned', 'grabbing', 'shoving', 'went through my', 'going through my', 'went through our', 'entered our',
  'entered my', 'without knocking', 'cloned my', 'kept the food', 'only spoke to my', 'spoke to her like', 'spoke to me like',
  'spoke to him like', 'laughed when', 'closed the door on', 'parked in a disabled',
  ...['followed my', 'followed our'].flatMap((followed) => ['son', 'daughter', 'kid', 'kids', 'wife', 'husband', 'friend', 'partner', 'mum', 'dad'].map((whom) => `${followed} ${whom}`)),
  'followed me around', 'followed us around',
];
const PLAIN_CONDUCT_SET = new Set(PLAIN_CONDUCT);
/** What staff did: "the cashier had an attitude", "staff were clueless", "the driver threw my parcel"; PLAIN_CONDUCT among it. */
const STAFF_CONDUCT = [
  'rude', 'rudely', 'attitude', 'clueless', 'no idea', 'zero idea', 'no clue', 'unhelpful', 'unprofessional',
  'incompetent', 'useless', 'lazy', 'careless', 'threw', 'throwing', 'thrown', 'chucked', 'drunk', 'swearing',
  'lied', 'lying', 'refused', 'refusing', 'ignored', 'ignoring', 'argued', 'arguing', 'aggressive', 'abusive',
  'dismissive', 'condescending', 'patronising', 'patronizing', 'arrogant', 'hostile', 'threatening', 'laughed',
  'smirked', 'sneered', 'snapped', 'told me to', 'told us to', 'telling me to', 'telling us to', 'telling people to',
  'instead of helping', "wouldn't help", "didn't help", 'different answers', 'speeding', 'on his phone',
  'on her phone', 'on their phones', 'shouting', 'yelling', 'screaming', 'followed my', 'followed us', 'told my',
  'told her', 'told him', 'mocking', 'without consent', 'signed me up', 'suspended', 'suspends', 'sacking', 'sacks',
  'told a', 'told my friend',
  // what the company did to its staff, the conduct the coach answers as the company's ("fired the staff who
  // tried to unionise")
  'fired', 'sacked', 'laid off', 'lays off', 'underpaid', 'underpays', 'underpaying', 'overworked', 'exploited',
  'exploiting', 'exploits', 'mistreated', 'mistreating', 'mistreats', 'dismissed', 'conduct',
  ...PLAIN_CONDUCT,
];
const STAFF_CONDUCT_SET = new Set(STAFF_CONDUCT);
/**
 * Harassment, assault, shouting and profiling: strong phrases (a post needs no other negative word to
 * tell them), but a complaint about staff only told of staff in one sentence, like STAFF_CONDUCT ("the
 * gate agent yelled at a passenger"), or done to the writer (TABLE). "The harassment claims against the
 * senator", "a harassment account banned", "I yelled at the telly" are no complaint about staff.
 */
const STAFF_DONE = ['harassed', 'harassment', 'harassing', 'assaulted', 'discriminated', 'racially profiled', 'racially profiling', 'racial profiling', 'screamed at', 'yelled at', 'shouted at'];
const STAFF_DONE_SET = new Set(STAFF_DONE);

/**
 * Asking who let a piece of marketing out ("Who signed off on this?", "How did that get through ANY meeting",
 * "What year is it"): an offence taken, told of an ad, a post, a caption or a name the post gives, or of words it
 * quotes (see Sentences.marketedTold); not "who approved this update?", a verdict on a product.
 */
const SIGNED_OFF = [
  'who signed this off', 'who signed off on this', 'who signs this off', 'who signed that off', 'who signed off on that',
  'who approved this', 'who approved that', 'how did this get through', 'how did that get through', 'how did this get approved',
  'how did that get approved', 'how did that name get through', 'how did this name get through', 'how did this get past',
  'how did that get past', 'who let this out', 'who let that out', 'who thought this was', 'who thought that was',
  'what year is it', 'in this day and age', 'not a great look', 'not ok', 'not okay',
];
const SIGNED_OFF_SET = new Set(SIGNED_OFF);
/** Verdicts said of anything ("Not ok.", "not a great look"): asked only of marketing named, not of any words quoted. */
const VERDICTS = new Set(['not ok', 'not okay', 'not a great look', 'in this day and age']);
/** Marketing a brand puts out: what SIGNED_OFF is asked of. */
const MARKETED = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'billboard', 'billboards', 'caption', 'post', 'posts', 'promo', 'promotion',
  'campaign', 'slogan', 'tagline', 'commercial', 'trailer', 'packaging', 'name', 'palette', 'display', 'email', 'tweet', 'sale',
  'marketing', 'poster', 'page', 'merch', 'costume', 'kit', 'bundle', 'menu', 'mascot', 'video', 'reply',
]);

const TABLE: Record<SignalCode, { strong: string[]; cue: string[] }> = {
  anger: {
    strong: [
      'furious', 'livid', 'outraged', 'outrageous', 'enraged', 'pissed', 'pissed off', 'fuming', 'infuriating',
      'infuriated', 'angry', 'angrier', 'so angry', 'rage', 'raging', 'fed up', 'sick of', 'sick and tired',
      'had enough', 'so done', 'disgusted', 'disgusting', 'unacceptable', 'absolutely ridiculous', 'seething',
      'irate', 'mad as hell', '😡', '🤬', '😠', '👿', '💢', '>:(',
    ],
    // not "sick": mostly ill ("got sick after eating…", a product complaint), "sick of" is listed above
    cue: ['mad', 'annoyed', 'annoying', 'frustrated', 'frustrating', 'ridiculous', 'wtf', 'ffs', ...DISBELIEF_PHRASES],
  },
  hostility: {
    strong: [
      'idiot', 'idiots', 'idiotic', 'moron', 'morons', 'moronic', 'imbecile', 'imbeciles', 'stupid', 'dumb',
      'dumbass', 'clown', 'clowns', 'scum', 'scumbag', 'scumbags', 'pathetic', 'loser', 'losers', 'liar', 'liars',
      'disgrace', 'asshole', 'assholes', 'bastard', 'bastards', 'bitch', 'jerk', 'jerks', 'thieves', 'crooks',
      'criminals', 'fuck you', 'f u', 'screw you', 'shut up', 'go to hell', 'burn in hell', 'rot in hell',
      'you suck', 'piece of shit', 'incompetent', 'incompetence', 'worthless', 'shame on you', 'kys', '🖕', 'dickheads', 'dickhead', 'muppets', 'you muppet', 'absolute muppet', 'such a muppet', 'numpties', 'fools',
    ],
    cue: ['pos', 'trash', 'garbage', 'useless', 'joke', 'clueless', 'greedy', 'cowards', 'shameful', 'shameless'],
  },
  boycott: {
    strong: [
      'boycott', 'boycotting', 'boycotted', 'never buying', 'never buy', 'never shopping', 'never again',
      'stop buying', "don't buy", 'do not buy', 'stop using', 'cancel my subscription', 'cancelled my subscription',
      'canceled my subscription', 'cancelling my subscription', 'canceling my subscription', 'cancel my account',
      'closing my account', 'closed my account', 'delete the app', 'deleted the app', 'deleting the app',
      'uninstall', 'uninstalled', 'uninstalling', 'take my business elsewhere', 'taking my business elsewhere',
      'lost a customer', 'lost my business', 'lost a loyal customer', 'done with you', 'done with them', "i'm done with", 'im done with',
      'i am done with', "we're done with", 'ever again', "won't be buying", 'will not be buying', "won't be ordering",
      'will not be ordering', "won't be flying", 'will not be flying', 'not be flying', "won't be back", 'will not be back',
      'never shop', 'never fly', 'never flying', 'never using', 'never use', 'last time i',
      'never recommend', 'avoid at all costs', 'stay away', 'do not use', "don't use", 'never order',
      // leaving, told as a plan ("won't be shopping there again", "moving my mortgage elsewhere", "unfollowed")
      "won't be shopping", 'will not be shopping', 'not shopping there again', 'not buying anything from',
      'not buying from them again', 'not buying from you again', 'unfollowed', 'unfollowing', 'deleted my account',
      'deleting my account', 'closing my accounts', 'moving my mortgage', 'moving my account', 'moving my business',
      'moving my money', 'switching the second', 'switching as soon as', 'leaving as soon as', 'going elsewhere',
      // renewals and payments stopped ("Not renewing.", "stopped my monthly direct debit"; an account by name: see toldByShape)
      'account deleted', "won't be going back", 'cancelled both', 'cancelled our memberships',
      'cancelled the policy', 'cancelled my policy', 'cancelled our policy', 'policies elsewhere', 'moved our whole team off',
      'not to apply', 'moved my mortgage', 'moved my savings', 'moved my current account',
      'never booking with', 'not spending another penny', 'not spending another cent', "i'll ever buy", 'last pair of',
      'not renewing', "won't be renewing", 'will not be renewing', 'porting my number', 'stopped my direct debit',
      'stopped my monthly direct debit', 'cancelled my direct debit', 'canceled my direct debit', 'cancelling my direct debit',
      'cancelled my membership', 'canceled my membership', 'cancelling my membership', 'cancelled my season ticket',
      // leaving told of the thing bought or the team moved ("never preordering from them again", "ported my number")
      'never preordering', 'never pre-ordering', 'never ordering from', 'not eating anything from', 'not shopping at',
      'stop ordering from', 'stop shopping at', 'stop flying with', 'switching away from',
      'ported my number', 'ported our numbers', 'migrating our whole team', 'moving my salary', 'moved my salary',
    ],
    cue: [
      // "switched to Lumabank, so far so good" is a new customer: leaving shows only in a negative post
      // "Never going back." after new seats that are "insane" is praise of them: leaving shows in a negative post
      'switching to', 'switched to', 'switching from', 'not flying', 'not going back', 'never going back',
      ...['switched', 'switching', 'changed', 'moved'].flatMap((verb) =>
        ['provider', 'providers', 'insurer', 'insurers', 'airline', 'airlines', 'bank', 'banks', 'supplier', 'suppliers', 'network'].map((what) => `${verb} ${what}`)), 'cancelled', 'canceled',
      'cancel', 'unsubscribe', 'unsubscribed', 'avoid', 'cancelling', 'canceling', 'hold off on ordering',
      'hold off on buying', 'hold off ordering', 'hold off buying',
      // going to a rival, in a negative post ("Moving to another bank after this"; "taking my mortgage elsewhere": see toldByShape)
      'shop elsewhere', 'shopping elsewhere',
      ...['another', 'a different'].flatMap((which) => ['bank', 'provider', 'network', 'supplier', 'insurer', 'airline'].map((what) => `to ${which} ${what}`)),
    ],
  },
  'complaint:product': {
    strong: [
      'broken', "doesn't work", 'does not work', 'not working', 'stopped working', "won't turn on",
      'will not turn on', "won't charge", 'defective', 'faulty', 'raw in the middle', 'came raw', 'arrived raw',
      'arrived with a snapped', 'arrived with a broken', 'arrived with a cracked', 'arrived with a torn', 'arrived with a dent',
      'arrived with a hole', 'arrived with a missing', 'brake defect', 'brake defects', 'safety defect', 'safety defects', 'keeps crashing', 'crashes', 'crashed',
      'crashing', 'buggy', 'glitch', 'glitches', 'glitchy', 'recall', 'recalled', 'malfunction',
      'malfunctioning', 'exploded', 'caught fire', 'overheating', 'fell apart', 'falls apart', 'dead on arrival',
      'piece of junk', 'poor quality', 'cheaply made', 'food poisoning', 'contaminated', 'contamination', 'mouldy', 'moldy',
      // a maker's recall told as news ("Acme recalls 40,000 tins"; something found in food: see toldByShape)
      'recalls',
      'not as described', 'stopped charging', 'unusable',
      // told in plain words: games that stutter or lose saves, faults a dealer knows, things missing, fire and
      // burning, illness brought on (gated in resolveSignals: NEEDS_PRODUCT, PLAIN_FAULTS, CORRUPTING, MADE_ILL)
      ...PLAIN_FAULTS, ...CORRUPTING, ...MADE_ILL,
      // less for the money, a controller's stick drifting, food with things in it, skin that reacted
      'smaller for the same price', 'less for the same price', 'same price for less', 'stick drift',
      'came up in hives', 'come up in hives', 'coming up in hives', 'maggots', 'weevils', 'insects crawling', 'bugs crawling',
      'glass fragments',
      'keeps freezing', 'freezes', 'bricked', 'leaking', 'cracked',
      'quality control', "doesn't fit", 'error message', 'keeps failing', 'not loading', "won't load",
      "won't work", 'laggy', 'battery drain',
      // safety failures: fire, heat, electricity, injury
      'overheated', 'overheats', 'sparked', 'sparking', 'started smoking', 'smoke coming out', 'smoke came out',
      'burning smell', 'smell of burning', 'burned my', 'burnt my', 'burned me', 'burnt me', 'burned down',
      'scalded', 'electrocuted', 'electric shock', 'short circuit', 'melted', 'fire hazard', 'safety hazard',
      'choking hazard', 'swelled up', 'made my kid sick', 'got sick after',
      'sick after eating', 'sick after drinking', 'keeps disconnecting',
      'keeps logging me out', 'keeps dropping', 'stopped syncing', 'fell off', 'came off',
      'came apart', 'snapped off', 'caught on fire', 'set fire to', 'burst into flames', 'went up in flames',
      'started a fire', ...FIRE_GOING,
      // allergens: "says gluten free but my kid had an allergic reaction"
      'allergic reaction', 'allergic reactions', 'anaphylaxis', 'anaphylactic', 'epipen', 'epi pen', 'broke out in hives',
      // not the thing described ("the wrong size"; a claim told untrue: see contradictedClaim)
      'wrong size', 'wrong colour', 'wrong color',
      // "set my counter on fire": see SET_ON_FIRE_REACH
      // faults told of a thing ("the lid doesn't seal"): see FAULTS_OF_THINGS
      ...FAULTS_OF_THINGS,
      // illness with its cause told (see ILLNESS), and what a product did to skin or feet
      ...ILLNESS, 'gave me blisters', 'gives me blisters', 'gave me a rash', 'gives me a rash', 'gave me a reaction', 'gave her a rash',
      'gave him a rash', 'gave my son a rash', 'gave my daughter a rash', 'gave my baby a rash',
      // smoke, sparks and smells a product gives off
      'sparks came out', 'sparks coming out', 'sparks flew out', 'sparks flying out', 'smells of smoke', 'smelled of smoke',
      'smelt of smoke', 'smells like smoke', 'smell of smoke', 'chemical smell', 'chemical smells', 'smells of chemicals',
      // mould in what was sold
      'mould in it', 'mold in it', 'had mould', 'had mold', 'full of mould', 'full of mold', 'mould on', 'mold on',
      // goods that came damaged
      ...['arrived', 'came', 'turned up', 'delivered'].flatMap((came) =>
        ['smashed', 'shattered', 'damaged', 'crushed', 'dented', 'soaking wet', 'soaked', 'in pieces', 'leaking', 'torn', 'cracked', 'broken', 'already broken'].map(
          (state) => `${came} ${state}`,
        ),
      ),
    ],
    cue: ['shrinkflation', 'broke', 'ripped', 'expired', 'battery life', 'bug', 'bugs', 'crash', 'error', 'fail', 'failed', 'fails', 'junk', 'quality', 'lag', 'smoke', 'smoking', 'burn', 'burned', 'burnt', 'fire', 'snapped', 'safety', 'leak', 'leaks'],
  },
  'complaint:service': {
    strong: [
      ...CONTACTED_AGAIN,
      'on hold', 'no response', 'no reply', 'no answer',
      // a service gone: the labelled sets' readers call an outage service, not a product's fault (20 of 22)
      'outage', 'is down', 'went down', 'down again', 'still down', 'has been down', 'been down for', 'down for anyone', 'down since',
      // not replying, told any way: see unansweredElsewhere and CONTACTS
      ...UNANSWERED_BY, ...UNANSWERED_COUNTED,
      'never responded', 'never replied', 'still waiting', 'been waiting', 'never arrived', "hasn't arrived",
      'still not arrived', 'not arrived', 'never received', 'still no', 'lost my luggage', 'lost my bag',
      'lost luggage', 'charged twice', 'double charged', 'overcharged', 'wrong order', 'hung up', 'no one helped',
      'nobody helped', 'no help', 'my money back', 'nobody showed up', 'no one showed up', 'left us stranded',
      'left me stranded', 'zero stars', '0 stars', 'cancelled my flight',
      'canceled my flight', 'flight cancelled', 'flight canceled', 'worst service', 'terrible service',
      'awful service', 'poor service', 'bad service', 'horrible service', 'left waiting',
      // ignored by the brand, not "ignoring the thousands dying" or "no one likes to be ignored"
      ...['ignored', 'ignoring'].flatMap((verb) => ['me', 'us', 'my', 'our'].map((whom) => `${verb} ${whom}`)),
      'been ignored', 'got ignored', 'emails ignored', 'messages ignored', 'complaints ignored', 'calls ignored',
      'hours on the phone', 'missed delivery', 'missed deliveries', 'missed my delivery', 'late delivery', 'poor communication',
      'still not connected', 'kept my deposit', 'of my deposit', 'still have my deposit', 'withheld my deposit', 'put my premium up', 'put our premium up', 'put my plan up',
      'put my bill up', 'put our bill up', 'no booking on the system', 'no record of my booking', 'no record of our booking',
      'no record of my order', "won't deliver", "wouldn't deliver", 'without hot water', 'no hot water', 'without water for',
      'without power for', 'no heating for', 'without heating for', 'still owes me', 'still owe me', 'days to reply', 'days to respond', 'weeks to reply',
      'weeks to respond', 'engineer never came', 'engineer never turned up', 'never came again', 'rejected my claim',
      'rejected our claim', 'claim rejected', 'claim was rejected', 'refused my claim', 'hold times', 'says delivered',
      'said delivered', 'shows delivered', 'marked delivered', 'debited twice', 'no number to call', 'no way to contact',
      'disconnects the call', 'disconnected the call', 'room given away', 'gave our room away', 'gave away our room', 'moved my flight', 'moved our flight', 'changed my flight', 'rescheduled my flight',
      // a parcel that goes nowhere ("tracking hasn't updated in a week", "stuck in transit")
      ...["hasn't", 'has not', "hasn't been", 'not been', 'never'].flatMap((not) => ['updated', 'moved', 'changed'].map((done) => `tracking ${not} ${done}`)),
      // someone else's order came instead ("got someone else's groceries")
      ...["got someone else's", "received someone else's", "sent me someone else's", "delivered someone else's"].flatMap((got) =>
        ['order', 'parcel', 'package', 'groceries', 'shopping', 'food', 'delivery', 'items'].map((what) => `${got} ${what}`),
      ),
      'delivered to the wrong address', 'delivered to the wrong house', 'delivered to a different address', 'delivered to an address',
      'stuck in transit', 'stuck at the depot', 'stuck at the warehouse', 'stuck in customs', 'stuck at customs', 'still out for delivery',
      ...['days', 'a week', 'weeks', '2 days', '3 days', '4 days', '5 days'].map((length) => `out for delivery for ${length}`),
      // support that closes or drops the case
      'without a reply', 'without a response', 'without any reply', 'without any response', 'closed my ticket',
      'closed the ticket', 'closed my case', 'closed my complaint', 'marked as resolved', 'no one answers',
      'nobody answers', 'no one answered', 'nobody answered', 'no one picks up', 'nobody picks up',
      'never called back', 'never called me back', 'never got back to me', 'no callback', 'left on read',
      // support that never answers, told as a habit ("support never answers", "nobody ever replies")
      'never answers', 'never replies', 'never responds', 'never picks up', 'never gets back to',
      'never get back to', 'never calls back', 'never call back', 'never returns my calls',
      'nobody ever replies', 'nobody ever answers', 'no one ever replies', 'no one ever answers',
      "won't answer my", "won't reply to my", "won't respond to my", 'takes forever to respond',
      'takes forever to reply', 'took forever to respond', 'no word from', 'passed around between',
      'bounced between departments', 'transferred five times', 'transferred 5 times', 'never on time',
      'not resolved', 'still not resolved', 'still not fixed', 'still broken', "didn't turn up",
      "didn't show up", 'never showed up', 'never turned up', 'no show', 'cancelled on me', 'canceled on me',
      'lost my parcel', 'lost my package', 'lost my order', 'lost my suitcase', 'wrong item', 'missing items',
      'package is lost', 'parcel is lost', 'order is lost', 'package got lost', 'parcel got lost', 'order got lost',
      "hasn't shipped", 'hasnt shipped', "hasn't been shipped", 'still not shipped', 'not shipped yet',
      "hasn't been dispatched", 'not been dispatched',
      // billing
      'refused my refund', 'refused a refund', 'refused to refund', 'refusing to refund', 'refuse to refund',
      'denied my refund', 'denied my claim', "won't refund", "wouldn't refund", 'no refund', 'never refunded',
      'not been refunded', 'still billing me', 'still charging me', 'still being charged', 'keep charging me',
      'keeps charging me', 'charged me twice', 'billed twice', 'billed me twice', 'double billed', 'hidden fee',
      'hidden fees', 'hidden charge', 'hidden charges', 'what am i paying for', 'what are we paying for',
      // changed or taken away with no word first ("deleted my workspace with no warning")
      'with no warning', 'without warning', 'without any warning', 'with no notice', 'without notice',
      'without any notice',
      // an account frozen, charges after leaving (see CHARGED_AFTER), mail ignored, parcels sent back
      ...FROZEN, ...CHARGED_AFTER, 'ignores every', 'ignored every', 'ignoring every', 'ignores all my',
      'ignores my emails', 'ignored my emails', 'went back to sender', 'sent back to sender', 'returned to sender',
      'cancelled flights', 'canceled flights', 'cancelled trains', 'canceled trains',
      // no one came, the booking gone, the call that goes nowhere, the parcel sent back
      'nobody turned up', 'no one turned up', 'no-showed', 'no showed', 'rejected the claim', 'swallowed my card',
      'tracking frozen', 'tracking stuck', 'no call, no text',
      'no call or text', 'had no record', 'have no record', 'has no record', 'no record of us', 'no record of the booking',
      'booking vanished', 'booking disappeared', 'reservation vanished', 'lost our reservation', 'lost my reservation',
      'lost our booking', 'lost my booking', 'not in the system', "isn't in the system", 'back in the queue', 'back to the sender',
      ...['three', 'four', 'six', 'seven', 'eight', '3', '4', '6', '7', '8'].map((count) => `transferred ${count} times`),
      'attempted delivery', 'we missed you card', 'debited my account twice', 'debited my account two times', 'doubled my direct debit',
    ],
    // not "ticket" alone (mostly one for a show or a match: "ticket prices are a joke"); "stranded" only
    // in a negative post ("Parisians offer shelter to people stranded tonight" is news)
    // "no phone number needed to sign up", "marked my order as shipped" are news of no trouble
    cue: ['down', 'mid-contract', 'mid contract', 'marked my order', 'marked my parcel', 'marked my package', 'taken twice', 'no phone number', 'customer service', 'customer support', 'support team', 'late', 'refund', 'refunds', 'delayed', 'service', 'support', 'waiting', 'wait', 'delivery', 'delay', 'hours', 'support ticket', 'my ticket', 'order', 'flight', 'shipping', 'helpline', 'respond', 'reply', 'fee', 'fees', 'bill', 'billed', 'billing', 'charged', 'subscription', 'stranded', 'debt collectors', 'debt collector',
      // a fee for leaving: "hidden exit fees" complain, "exit fee waived" is a fix
      'exit fee', 'exit fees', 'cancellation fee', 'cancellation fees', 'termination fee',
      // in a negative post: the bot that answers, goods swapped, a status page, a service gone for days
      'chatbot', 'chatbots', 'web chat', 'live chat', 'substituted', 'substitution', 'substitutions', 'status page',
      'no explanation', 'no heating', 'no broadband', 'without broadband', 'no signal', 'no internet', 'without internet',
      'automated email', 'automated reply', 'automated response', 'auto reply', 'auto replies', 'copy paste reply'],
  },
  'complaint:insensitive': {
    strong: [
      'offensive', 'offended', 'insensitive', 'tone deaf', 'racist', 'racism', 'sexist', 'sexism', 'homophobic',
      'transphobic', 'misogynistic', 'misogynist', 'bigoted', 'bigot', 'disrespectful', 'tasteless',
      'distasteful', 'inappropriate', 'out of touch', 'problematic', 'cultural appropriation', 'blackface',
      'in poor taste', 'in bad taste', 'too soon', 'exploitative', 'exploiting', 'slap in the face',
      'how dare you', 'pull the ad', 'pull this ad', 'take it down', 'take this down', 'classless', 'vile',
      'xenophobic', 'ableist', 'insulting', 'read the room',
      // a joke made of something; not "your service is a joke", which is a verdict, not a joke told
      'joke about', 'joking about', 'jokes about', 'making a joke of', 'made a joke of', 'make a joke of',
      ...SIGNED_OFF,
    ],
    cue: ['ad', 'advert', 'commercial', 'campaign', 'tweet', 'mocking', 'mocked', 'mocks'],
  },
  'complaint:hypocrisy': {
    strong: [
      'hypocrite', 'hypocrites', 'hypocritical', 'hypocrisy', 'greenwashing', 'greenwash', 'pinkwashing',
      'rainbow washing', 'rainbowwashing', 'virtue signalling', 'virtue signaling', 'practice what you preach',
      'practise what you preach', 'say one thing', 'double standard', 'double standards', 'performative',
      'all talk', 'empty words', 'empty promises', 'pr stunt', 'walk the talk', 'lip service',
      // preaching one thing, told of whoever does the other ("a charity that preaches about poverty and pays its interns nothing")
      'preaches about', 'preaching about', 'preach about', 'lectures us about', 'lecturing us about', 'lecture us about',
      'says the company that', 'says the brand that', 'said the company that', 'coming from a company that',
      'coming from the company that', 'coming from a brand that', 'rich coming from', 'do as i say', 'rules for thee',
      'two faced', 'rainbow capitalism', 'woke washing', 'wokewashing', 'sportswashing', 'tokenism', 'tokenistic',
      'holier than thou', 'sanctimonious',
      // a pledge belied, told as news ("shared data despite its "privacy first" pledge", "at odds with its own policies")
      'at odds with its own', 'at odds with their own', 'despite its pledge', 'despite pledging', 'despite promising',
    ],
    // "pick one", "the irony": in a negative post, two things that cannot both hold (see also toldByShape)
    cue: [
      'meanwhile', 'yet you', 'while you', 'but you still', 'claim to', 'pick one', 'the irony', 'rainbow logo',
      // "…graphics while charging a £60 exit fee", "…while announcing a £2bn profit"
      'while charging a', 'while charging customers', 'while charging people', 'while charging us', 'while charging members', 'while cutting', 'while laying off', 'while paying', 'while announcing', 'while raising', 'while posting',
      'while sitting on', 'while making record', 'same month they', 'same week they', 'same day they', 'same year they',
    ],
  },
  'complaint:employee': {
    strong: [
      'rude staff', 'rude employee', 'rude employees', 'rude cashier', 'rude manager', 'rude driver',
      'rude waiter', 'rude waitress', 'rude agent', 'rude rep', 'caught on camera', 'caught on video',
      'was rude', 'were rude', 'so rude', 'fire him', 'fire her', 'fire them', 'should be fired', 'needs to be fired',
      'laughed at me', 'laughed at my', ...STAFF_DONE,
      // done to the writer or theirs (done by anyone else: see STAFF_DONE)
      ...['yelled at', 'screamed at', 'shouted at', 'harassed', 'assaulted', 'discriminated against', 'racially profiled']
        .flatMap((done) => ['me', 'us', 'my', 'our'].map((whom) => `${done} ${whom}`)),
      ...['i was', 'we were', 'i got', 'we got', 'been'].flatMap((who) =>
        ['harassed', 'assaulted', 'discriminated against', 'racially profiled'].map((done) => `${who} ${done}`)),
    ],
    // "your staff were lovely", "300 workers lose their jobs", "how rude!": naming staff, or rudeness, is
    // a complaint about staff only when both are told in one sentence (see staffConduct)
    cue: [...STAFF, ...STAFF_CONDUCT],
  },
  'complaint:security': {
    strong: [
      'hacked', 'hacker', 'hackers', 'data breach', 'breach', 'breached', 'phishing', 'compromised',
      // "leaked" alone is as often a bottle or a kettle: only data leaks here.
      'leaked my', 'leaked our', 'leaked data', 'data leaked', 'details leaked', 'passwords leaked', 'leaked passwords',
      'unauthorized', 'unauthorised', 'identity theft', 'suspicious login', 'fraudulent', 'scam link',
      'account was hacked', 'got hacked', 'been hacked', 'stolen data', 'data leak', 'spam from', 'not me posting', "wasn't me",
      // an account that sends spam; spam received is a nuisance, not a compromise ("so much spam in my inbox")
      'sending spam', 'sent spam', 'posting spam', 'posted spam',
      'logged into my account', 'locked out of my account', 'account taken over', 'took over my account',
      'details exposed', 'data exposed', 'records exposed', 'exposed my', 'sim swap', 'sim swapped',
      // texts and mails in the brand's name, and data let out ("leaked everyone's addresses")
      'dodgy link', 'dodgy links', 'scam text', 'scam texts', 'scam email', 'scam emails', 'fake text', 'fake texts',
      'fake email', 'fake emails', 'smishing', "leaked everyone's", 'leaked customer', 'leaked customers', 'leaked addresses',
      'leaked the addresses', 'leaked email addresses', 'leaked phone numbers', 'card got used', 'card was used', 'card was cloned',
      'card got cloned', 'card details stolen', 'someone logged into my', 'to another user', 'to other users',
      'other logged in users', "in someone else's app", "other households'", 'open server', 'unprotected server',
      'unprotected database', 'exposed database', 'details were accessed', 'data was accessed', 'accounts were accessed',
      'fake site', 'fake website', 'fake link', 'fake login page', 'scam that steals', 'scammers', 'credential stuffing',
      'cyber incident', 'cyber attack', 'cyberattack', 'ransomware', 'accounts leaked', 'account got emptied', 'account was emptied',
      // an account taken over, told by what the writer found; PINs asked for; other people's data shown
      'someone got into my', 'someone got into it', 'password was changed', 'my account is empty', 'for their pins',
      ...['balances', 'accounts', 'details', 'data', 'orders', 'addresses', 'messages', 'bookings', 'records'].map((what) => `other people's ${what}`),
      'appeared in my name', 'taken out in my name', 'opened in my name', 'account in my name',
      // people's data let out or looked into ("exposed users' home locations", "snooped on a customer's account")
      ...['leaked', 'leaking', 'leaks', 'exposed', 'exposing', 'exposes'].flatMap((verb) =>
        ['customers', 'users', 'riders', 'members', 'patients', 'passengers', 'guests', 'clients', 'students', "children's", "people's"].map((who) => `${verb} ${who}`)),
      'snooped on', 'snooping on', 'snooped through', 'accessed customer', 'accessed customers', 'accessed patient',
      'accessed user', 'scam warning', 'scam alert', 'safe account', 'accounts are being taken over', 'accounts being taken over',
      // vulnerability reports: calm in tone, urgent for the brand
      'vulnerability', 'vulnerabilities', 'security hole', 'security flaw', 'security bug', 'security issue',
      'xss', 'cross site scripting', 'sql injection', 'remote code execution', 'zero day', 'exploitable',
      'renders as html', 'popped an alert', 'responsible disclosure',
      // codes gone astray ("my 2FA codes go to a stranger"); not the feature added (see securitySense)
      'two factor', '2fa',
      // money gone from an account, a SIM cloned, an account hijacked, codes asked for, data left open, staff
      // using what they hold ("used my policy details to find me on Facebook")
      ...['gone', 'vanished', 'disappeared', 'stolen'].map((gone) => `${gone} from my account`), 'drained my account', 'emptied my account',
      'account was drained', 'account got drained', 'cloned my sim', 'swapped my sim', 'asked for my otp', 'asked me for my otp',
      'hijacked my account', 'account got hijacked', 'account was hijacked', 'account has been hijacked', 'account hijacked', 'accounts hijacked',
      'left on a public server', 'left on public server', 'to the wrong accounts', 'streaming to the wrong',
      'used my details to', 'used my personal details', 'used my policy details', 'used my data to', 'went into my account',
      'accessed my account',
      // script injected into a page and shown back (phrases drop punctuation: "<script" is matched below)
      'onerror', 'javascript alert',
    ],
    // not "account": "the account shows my old address", "charged to my account" are service complaints.
    // A fraud team and a bug bounty are cues: "their fraud team rang me first", "bug bounty raised to $250k"
    // are praise. Each cue holds only in its sense of a compromise (see securitySense).
    cue: [
      'password', 'passwords', 'my data', 'hack', 'scam', 'stolen', 'stole my', 'security', 'privacy', 'fraud', 'bug bounty',
    ],
  },
  'escalation:legal': {
    strong: [
      'lawsuit', 'lawsuits', 'suing', 'sued', 'lawyer', 'lawyers', 'attorney', 'attorneys',
      'legal action', 'class action', 'small claims', 'see you in court', 'take you to court', 'report you',
      'reporting you', 'reported you', 'better business bureau', 'ftc', 'trading standards', 'ombudsman', 'regulator', 'fcc',
      'consumer protection', 'file a complaint', 'filing a complaint', 'filed a complaint', 'solicitor',
      'environmental health', 'taking you to court', 'take them to court', 'taking them to court', 'see them in court',
      'court action', "lawyer's", "lawyers'", "solicitor's", "attorney's", 'letter before action',
      'county court', 'tribunal', 'police report', 'police investigation', 'group claim', 'filed a claim against',
      'claim against the', 'taking it further legally', 'court hearing', 'pursuing them', 'pursuing the company',
      'cease and desist', 'small claim', 'money claim', 'court claim', 'to a judge', 'fined by',
      // a case at law or with the police told by its papers and courts ("ongoing litigation", "a crime reference")
      'litigation', 'crime reference', 'crime reference number', 'files complaint against', 'filed a complaint against', 'files a complaint against',
      'threatening court', 'threatened court', 'threatening to take me to court', 'high court',
      // the police called to it ("police were called to the gate", "reported it to the police")
      'called the police', 'police were called', 'police called', 'police have been called', 'police are involved',
      'reported it to the police', 'reported him to the police', 'reported her to the police', 'reported them to the police',
      // a complaint taken to a regulator by its initials ("Complaint sent to the ICO"); not "Ofgem's price cap" as news
      ...['ico', 'fca', 'cma', 'asa', 'ofgem', 'ofcom', 'ofwat', 'cqc', 'accc', 'fsa', 'cfpb', 'nhtsa', 'cpsc', 'asic', 'acma'].flatMap((body) => [`to the ${body}`, `with the ${body}`, `to ${body}`]),
    ],
    // not "court" alone: "the Supreme Court", "the food court", "a tennis court"; "legal" and "illegal"
    // only said of something, not describing it ("an illegal copy", "our legal team"): see attributive
    cue: ['sue', 'to court', 'in court', 'court case', 'legal', 'illegal', 'under investigation'],
  },
  'escalation:press': {
    strong: [
      'journalist', 'journalists', 'reporter', 'reporters', 'the press', 'to the press', 'contacting the news',
      'local news', 'newspaper', 'news station', 'watchdog', 'consumer reports',
      'tipped off', 'news outlets',
      // going public with it, not a company's listing ("the startup is going public next year")
      'going public with', 'go public with', 'went public with', "i'm going public", 'im going public', 'i am going public',
      "we're going public", 'we are going public', "i'll go public", 'i will go public', 'media outlets', 'all over the news', 'made the news',
      'making the news', 'in the papers', 'all over the papers', 'made the evening news', 'made the local news',
      'made the national news', 'on the evening news', 'on the local news', 'on the national news', 'made the front page',
      'on the front page', 'national tv', 'national television', 'consumer show', 'want to interview', 'wants to interview',
      'producer from', "six o'clock news", 'ten o clock news', 'local paper', 'consumer desk', 'ran my story', 'ran our story', 'ran the story', 'ran a story', 'ran a piece', 'picked up my story',
      'picked up the story', 'covered my story', 'every news site', 'news sites', 'newspapers', 'radio phone-in',
      'tv investigation', 'television investigation', "o'clock news", 'o clock news',
      // the press's own words and works: "did not respond to our request for comment", "a consumer journalist"
      'request for comment', 'requests for comment', 'consumer journalist', 'consumer journalists', 'consumer affairs', 'consumer column',
      'trade press', 'tech press', 'the tabloids', 'tech blog', 'tech blogs', 'outlets have', 'outlets are', 'news article',
      'news articles', 'news segment', 'a whole segment', 'exclusive scoop', 'news bulletin',
      // taking it to them: "going to the media", "contacted the BBC", "told a journalist"
      ...PRESS_CONTACT,
    ],
    // Not "news", "media" or "press" alone: "horrible news tonight", "social media", "press the button"
    cue: [
      'local radio', 'on the news', 'in the news', 'regional news', 'news report', 'news reports', 'from the news', 'hit the news', 'news story', 'news stories', 'media coverage', 'press coverage', 'news coverage',
      // a named outlet carrying it: "just saw the recall on BBC News" (in a negative post, as every cue)
      ...['bbc news', 'the bbc', 'sky news', 'itv news', 'channel 4 news', 'cnn', 'fox news', 'abc news', 'nbc news', 'cbs news'].map((outlet) => `on ${outlet}`),
      ...['the guardian', 'the telegraph', 'the daily mail', 'the new york times', 'the washington post', 'the wall street journal'].map((paper) => `in ${paper}`),
    ],
  },
  'escalation:viral': {
    strong: [
      'going viral', 'gone viral', 'went viral', 'go viral', 'viral', 'spread the word', 'share this',
      'rt this', 'please retweet', 'retweet this', 'everyone needs to see', 'everyone should see',
      'everyone should know', 'make this go', 'millions of views', 'blowing up', 'everybody is talking',
      'please rt', 'pls rt', 'plz rt', 'rt if', 'rt and share', 'please share this', 'share widely',
      // seen everywhere: "all over my fyp", "doing numbers", "everyone's sharing" (a count of views: see toldByShape)
      'all over my fyp', 'all over my feed', 'all over my timeline', 'all over tiktok', 'all over twitter', 'all over social media',
      'all over the internet', 'doing numbers', "everyone's sharing", 'everyone is sharing', 'everybody is sharing', 'most viewed',
      'million views', 'viewed millions', 'million times', 'is everywhere', 'everywhere right now', 'trending nationally',
      'trending everywhere', 'going round whatsapp', 'going round facebook', 'going around whatsapp', 'going around facebook',
      'clipped and everywhere', 'shared everywhere',
    ],
    // Not "RT" alone: "RT @name: …" marks a retweet, not a call for one. Not "share": "happy to share
    // what they told me", "the share link".
    // "Please share" on a complaint spreads it; on an art show's poster it is no crisis
    cue: ['trending', 'retweet', 'please share', 'pls share', 'keep sharing'],
  },
  sarcasm: {
    strong: [
      'sarcasm', 'yeah right', 'thanks for nothing', 'just what i needed', 'oh joy', 'wow just wow', 'cool cool cool',
      '🙄', '🙃', '/ s', 'said no one ever', 'said nobody ever',
      // the tag after a comma ("Mondays are the best, said no one"); "police said no one was hurt" is news
      ', said no one', ', said nobody', ', said no one ever', ', said nobody ever',
      // what no one loves: "nothing I love more than paying $14.99 for…", "love paying $45 for a moisturizer"
      'nothing i love more than', 'love paying', 'love being charged', 'love getting charged', 'love waiting',
      'love being on hold', 'love being put on hold', 'love having to', 'love being late', 'love being ignored',
      'love being lied to', 'love being stuck', 'love being overcharged', 'love being kept waiting',
      // "don't spend it all at once" of a paltry discount; "oh good, another update"
      "don't spend it all at once", 'dont spend it all at once', 'oh good another', 'oh great another', 'yay another', 'great another',
      // the same with its comma ("oh good, another update"), and "ah yes, my favourite feature: …"
      'oh good, another', 'oh great, another', 'yay, another', 'great, another', 'ah yes, my favourite', 'ah yes, my favorite',
      'ah yes my favourite', 'ah yes my favorite',
      // what no one wants, wanted ("just what I always wanted: a fridge that needs a firmware update"), paying
      // looked forward to ("can't wait to pay more for less")
      // (not "exactly what I needed": as often meant, "the spa was exactly what I needed")
      'just what i always wanted',
      "can't wait to pay", 'cant wait to pay', "can't wait to keep paying", 'cant wait to keep paying',
    ],
    cue: [
      'great job', 'well done', 'oh great', 'oh good', 'just great', 'thanks a lot', 'love how', 'love it when', 'love that', 'gotta love',
      'got to love', 'so glad', 'just perfect', 'how lovely', 'nice going', 'nice one', 'great', 'brilliant',
      'wonderful', 'fantastic', 'perfect', 'awesome', 'love', 'totally', 'sure', 'wow', 'so generous', 'very brave',
      'real classy', 'how generous',
      // service praised after a complaint it contradicts ("driver cancelled on me 4 times. Brilliant
      // service."): see SERVICE_CLOSERS
      ...SERVICE_CLOSERS,
      // closers that sum up a run of bad luck ("Flu on Christmas Eve. Perfect timing"; "Monday is off to a great
      // start"; "Three hours of homework tonight. Thanks Mr. Patel"): see CLOSERS
      'perfect timing', 'great timing', 'off to a great start', 'off to a good start', 'thanks',
      '😒', 'lovely', 'amazing', 'yay', 'excellent', 'terrific', 'splendid', 'nice', 'super',
    ],
  },
};

/** Hashtag prefixes that carry a signal whatever follows them (#BoycottX, #DeleteX). */
const HASHTAG_PREFIXES: Array<[string, SignalCode]> = [
  ['boycott', 'boycott'],
  ['delete', 'boycott'],
  ['ban', 'boycott'],
  ['drop', 'boycott'],
  ['leave', 'boycott'],
  ['sarcasm', 'sarcasm'],
  ['hacked', 'complaint:security'],
  ['databreach', 'complaint:security'],
  ['recall', 'complaint:product'],
  ['fail', 'complaint:product'],
  ['epicfail', 'complaint:product'],
  ['lawsuit', 'escalation:legal'],
  ['racist', 'complaint:insensitive'],
  ['tonedeaf', 'complaint:insensitive'],
  ['greenwash', 'complaint:hypocrisy'],
  ['hypocrit', 'complaint:hypocrisy'],
  ['customerservice', 'complaint:service'],
  ['customerservicefail', 'complaint:service'],
  ['neveragain', 'boycott'],
];
/** Prefixes that begin ordinary words ("#bangkok", "#Bananas", "#bank"): a signal only in CamelCase ("#BanAcme"). */
const CAMEL_PREFIXES = new Set(['ban', 'drop', 'leave']);

/**
 * Lookalikes: phrases that contain a signal phrase but name something else ("recall election",
 * "fire sale", "smoke test", "burn-in"). A hit that lies inside one does not count.
 */
const LOOKALIKES = [
  // papers that are no press: a school's, an idiom
  'school newspaper', 'school paper', 'student newspaper', 'stop the press', 'stop the presses', 'hold the front page',
  'class action movie', 'class action film',
  'recall election', 'recall elections', 'recall vote', 'recall petition', 'total recall', 'fire sale', 'fire sales',
  'fire drill', 'fire alarm test', 'smoke test', 'smoke tests', 'smoke testing', 'smoke alarm test', 'burn in',
  'burn rate', 'cash burn', 'burn calories', 'burning question', 'safety notice', 'safety tips', 'safety week',
  'food safety week', 'health and safety',
  // "viral" of an illness or a marketing trade, not a post going viral
  'viral infection', 'viral infections', 'viral load', 'viral marketing', 'viral video marketing', 'viral strain', 'viral illness',
  'viral meningitis', 'viral pneumonia', 'viral fever',
  // not shopping for a while, not leaving anywhere
  'not shopping at the moment', 'not shopping at the minute', 'not shopping at all',
  // praise that borrows a complaint's words
  'should be illegal', 'ought to be illegal',
  // "down" as a feeling or a figure of speech, not a service that is down
  'let down', 'let me down', 'let us down', 'let you down', 'let them down', 'let everyone down', 'calm down',
  'hands down', 'down to earth', 'feeling down', 'feel down', 'felt down',
  // recall notices tell owners to stop using a product: safety advice, not a call to boycott
  'immediately stop using', 'stop using the recalled', 'stop using the affected', 'stop using it immediately',
  'stop using them immediately', 'stop using them and contact us', 'stop using it and contact us', 'stop using them until',
  'stop using it until',
  // a bill or price that went down is good news, not a service that is down ("my bill went down £30")
  'bill went down', 'bills went down', 'price went down', 'prices went down', 'cost went down', 'costs went down',
  'rate went down', 'rates went down', 'premium went down', 'premiums went down', 'fees went down',
  // a habit praised, not a boycott ("can't stop using this serum")
  "can't stop using", 'cannot stop using', "couldn't stop using",
  // "broke" of hearts, bones, doors and wallets, not of a product
  ...['my', 'his', 'her', 'our', 'their', 'your'].flatMap((whose) =>
    ['heart', 'hearts', 'arm', 'leg', 'wrist', 'ankle', 'nose', 'finger', 'toe', 'foot', 'hand', 'back'].map((part) => `broke ${whose} ${part}`),
  ),
  'broke into', 'broke in', 'broke up', 'broke the news', 'broke the story', 'broke the record', 'broke records', 'broke out',
  "i'm broke", 'im broke', 'i am broke', 'so broke', 'go broke', 'went broke', 'gone broke', 'be broke', 'broke even',
  // a last time remembered, not announced ("last time I was there", "the last time I did that")
  'last time i was', 'last time i did', 'last time i checked', 'last time i saw', 'last time i heard', 'remember the last time',
  // "a drunk driver" is anyone's, not the brand's
  'drunk driver', 'drunk drivers', 'drunk driving',
  // "down" that nothing is down in
  'live it down', 'live that down', 'live this down', 'hold it down', 'hold you down', 'hold me down', 'down to earth',
  // the writer late, and the late ("running late again", "my late grandad", "in late September")
  'running late', 'being late', 'late to work', 'late for work', 'late to school', 'late for school', 'late to class',
  'late for class', 'late to leave', 'late to the party', 'late night', 'late nights', 'late show', 'late age', 'stay up late',
  'stayed up late', 'up late', 'late bloomer', 'of late',
  ...['mum', 'mom', 'dad', 'father', 'mother', 'grandad', 'granddad', 'grandpa', 'grandma', 'grandmother', 'grandfather', 'gran',
    'nan', 'nana', 'husband', 'wife', 'uncle', "uncle's", 'aunt', 'auntie', 'brother', 'sister', 'son', 'daughter', 'friend',
    'partner', 'cousin'].map((who) => `late ${who}`),
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'spring', 'summer', 'autumn', 'winter']
    .map((month) => `late ${month}`),
  // charged with a crime, a battery charged
  'charged with', 'fully charged', 'charged up',
  // a service no brand sells (the state's, a church's); "lip service" is only said (see otherSense)
  'postal service', 'weather service', 'ambulance service', 'fire service', 'health service', 'secret service',
  'civil service', 'public service', 'national service', 'military service', 'community service', 'memorial service',
  'funeral service', 'church service', 'emergency service', 'emergency services', 'park service', 'news service', 'service dog',
  'service animal', 'service members',
  // support given, not sought: a team backed, a page read
  'show your support', 'show some support', 'show support', 'showing support', 'in support of', 'for your support',
  'for the support', 'in tech support', 'in customer support', 'in customer service', 'go out and support', 'come and support', 'come support', 'support local', 'support page', 'support account',
  // a delay made little of
  'slight delay', 'short delay', 'small delay', 'minor delay', 'slight delays', 'short delays', 'minor delays',
  // an order that is a sequence or a ruling
  'in order', 'the order they', 'order of', 'in the order', 'restraining order', 'executive order', 'court order', 'gag order',
  // late as a verdict or the writer's own lateness
  'too late', 'make me late', 'making me late', 'made me late', 'make us late', 'making us late', 'made us late',
  'late payment', 'late payments', 'late fee', 'late fees', 'coming in late',
  // a flight only where something happened on it
  'on the flight', 'for my flight',
  // "wait" and "hours" that no one was kept waiting for: "oh wait, no", "4 hours of sleep", "within hours"
  'oh wait', 'wait what', 'wait out', 'hours of sleep', 'hours sleep', 'hours ago', 'hours left', 'within hours',
  // a crash that is no product's: a lesson, a diet, a failure told as a figure, a collision
  'crash course', 'crash diet', 'crash and burn', 'crashed and burned', 'crashing and burning', 'crashes and burns',
  'crash into', 'crashed into', 'crashing into', 'crashes into', 'keeps crashing into', 'kept crashing into',
  // security that is no system's: a country's, a job's, a guard at a door
  'national security', 'social security', 'job security', 'financial security', 'homeland security', 'security council',
  'security forces', 'border security', 'food security', 'energy security', 'security guard', 'security guards',
  'security deposit', 'security blanket', 'false sense of security', 'compromised immune', 'immune compromised',
  // a hack that is a trick or a mood, a breach that is of a promise
  'life hack', 'life hacks', 'hacked off', 'got hacked off', 'get hacked off', 'getting hacked off', 'been hacked off',
  'hacking cough', 'hack job', "can't hack it", 'cannot hack it', "couldn't hack it", 'breach of contract',
  'breach of trust', 'breach of the peace', 'breach of duty', 'breach of promise', 'breach of etiquette',
  'breach of protocol', 'breach of the rules', 'in breach of', 'breached the contract', 'breached their contract',
  'breached its contract', 'breached the terms', 'breached the rules',
  // content that is no brand's post or ad: a game's campaign, a campaign for office
  'campaign mode', 'single player campaign', 'campaign trail',
];

const matcher = new PhraseMatcher<SignalRule>(hasWord, (add) => {
  for (const code of SIGNAL_CODES) {
    const { strong, cue } = TABLE[code];
    for (const phrase of strong) {
      const unanswered = code === 'complaint:service' ? UNANSWERED.get(phrase) : undefined;
      add(phrase, unanswered ? { code, tier: 'strong', unanswered } : { code, tier: 'strong' });
    }
    for (const phrase of cue) add(phrase, { code, tier: 'cue' });
  }
});
const lookalikes = new PhraseMatcher<true>(hasWord, (add) => {
  for (const phrase of LOOKALIKES) add(phrase, true);
});

export interface SignalContext {
  /** The post reads negative (before any sarcasm adjustment). */
  negative: boolean;
  /** The post reads plainly positive (a compound of 0.5 or more, before any sarcasm adjustment). */
  positive?: boolean;
  /** Text shouts: several words in capitals, or "!!!" with negative words. */
  shouting: boolean;
  /** Token indices of words that count as praise (positive and not negated): sarcasm cues need one. */
  praiseAt: ReadonlySet<number>;
  /** Some word reads negative, even if praise outweighs it (praise is what sarcasm inverts). */
  negativeWords: boolean;
  /**
   * Some word is plainly negative (lexicon valence −2 or below, not negated). A writer who says
   * "horrible" outright is not being sarcastic with the praise beside it: the post is mixed.
   */
  explicitNegative?: boolean;
  /**
   * The brand speaks (voice.ts): a service reply or a statement committing it to act. Its words of
   * trouble are no complaint's cues ("DM us your ticket number"), and its "stop using them" no boycott.
   */
  brandSpeaks?: boolean;
  /** The post tells of a fault put right ("sorted it", "fixed the issue"): praise after it is meant. */
  putRight?: boolean;
  /**
   * The lexicon valence of each negative word or phrase the sentiment pass scored (not negated), by its
   * first token: what a shout lands on (see shoutedAnger).
   */
  negativeAt: ReadonlyMap<number, number>;
}

export interface SignalMatch {
  rule: SignalRule;
  start: number;
  end: number;
}

const SET_WORDS = new Set(['set', 'sets', 'setting']);
const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their', 'your', "mom's", "mum's", "dad's"]);
const NEAR_MISS = new Set(['nearly', 'almost', 'literally', 'actually', 'could']);
/** How far "on fire" may follow "set": "set my new kettle base on fire" is five words. */
const SET_ON_FIRE_REACH = 6;

/**
 * What a product says of itself ("the label says decaf", "advertised as waterproof"), told untrue after
 * "but" ("… but it's clearly not", "… but it isn't"): a product not as described. Only a product's own
 * words count: "reviews said it was flimsy but it's not" is praise.
 */
const CLAIM_SOURCES = new Set([
  'label', 'labels', 'packaging', 'package', 'pack', 'packet', 'box', 'bag', 'tin', 'jar', 'bottle', 'can', 'tub',
  'wrapper', 'description', 'listing', 'website', 'site', 'menu', 'ad', 'advert', 'it', 'this', 'sticker', 'tag',
]);
const CLAIM_SAYS = new Set(['says', 'said', 'say', 'claims', 'claimed', 'claim']);
/** What follows "says" in an idiom or in reported words, not a claim: "it says a lot", "said I could". */
const CLAIM_NOT_A_CLAIM = new Set([
  'a', 'everything', 'something', 'nothing', 'more', 'all', 'enough', 'that', 'so', 'to', 'what', 'there', 'here',
  'no', 'much', 'little', 'lots', 'it', 'i', 'you', 'we', 'they', 'he', 'she', 'me', 'us', 'who', 'how', 'why',
]);
/** Claims made by selling: "advertised as waterproof", "sold as organic", "labelled vegan". */
const CLAIM_SELLS = new Set(['advertised', 'marketed', 'sold', 'labelled', 'labeled', 'listed', 'branded', 'billed']);
/** Selling words that make a claim only with "as": "sold as organic", not "sold out". */
const CLAIM_SELLS_AS = new Set(['sold', 'listed', 'billed']);
/** "it's not", "they're not": the subject and the verb in one word. */
const CLAIM_DENIED_SUBJECT_VERB = new Set(["it's", 'its', "they're", "that's", "this's"]);
const CLAIM_DENIED_SUBJECTS = new Set(['it', 'they', 'this', 'that']);
const CLAIM_DENIALS = new Set(['not', "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", 'isnt', 'arent', 'wasnt', 'doesnt', 'didnt', 'never']);
const CLAIM_HEDGES = new Set(['clearly', 'obviously', 'definitely', 'totally', 'actually', 'absolutely', 'really', 'certainly', 'just', 'so', 'is', 'was', 'are', 'were', 'does', 'did']);
/** How far "but" may follow the claim: "the label says 100% arabica single origin but" is six words. */
const CLAIM_REACH = 8;

/**
 * Where a claim starting at `i` is told untrue: from its "but" to the denial (exclusive), or null. Tags
 * around the claimed words ("says <b>decaf</b> but") count for nothing.
 */
function contradictedClaim(tokens: readonly Token[], terms: readonly string[], i: number): { start: number; end: number } | null {
  const term = terms[i]!;
  const says = CLAIM_SAYS.has(term) && CLAIM_SOURCES.has(terms[i - 1] ?? '') && !CLAIM_NOT_A_CLAIM.has(terms[i + 1] ?? '');
  if (!says && !(CLAIM_SELLS.has(term) && (terms[i + 1] === 'as' || !CLAIM_SELLS_AS.has(term)))) return null;
  for (let j = i + 1, words = 0; words < CLAIM_REACH && j < terms.length; j++) {
    const token = tokens[j];
    if (!token || endsSentence(tokens, j)) return null;
    if (token.kind === 'punct' || (/^[</]$/.test(terms[j - 1] ?? '') && terms[j + 1] === '>')) continue;
    words++;
    if (terms[j] !== 'but') continue;
    let k = j + 1;
    const subject = terms[k] ?? '';
    if (!CLAIM_DENIED_SUBJECTS.has(subject) && !CLAIM_DENIED_SUBJECT_VERB.has(subject)) return null;
    k++;
    for (let hedges = 0; hedges < 2 && CLAIM_HEDGES.has(terms[k] ?? ''); hedges++) k++;
    return CLAIM_DENIALS.has(terms[k] ?? '') ? { start: j, end: k + 1 } : null;
  }
  return null;
}

/**
 * One thing ordered, another come: "ordered decaf, got full caff", "asked for a large, received a small",
 * "ordered the blue one and got the red one instead". Not a delivery told ("ordered on Monday, got it
 * Tuesday"), nor something else that came ("ordered, got a tracking number", "got a free cookie").
 */
const ORDERED = new Set(['ordered', 'bought', 'requested']);
const ORDERED_FOR = new Set(['asked', 'paid']);
/** What follows "ordered" when no thing is named: a time, a place, a way. */
const ORDERED_NOTHING = new Set([
  'on', 'at', 'in', 'online', 'from', 'via', 'through', 'last', 'yesterday', 'today', 'this', 'before', 'after',
  'for', 'with', 'using', 'direct', 'ahead', 'early', 'twice', 'again', 'by', 'over', 'them', 'here', 'there', 'some',
]);
const CAME = new Set(['got', 'received', 'recieved', 'receive', 'get']);
/** What came that is no thing in place of the order. */
const CAME_OTHER = new Set([
  'it', 'them', 'mine', 'there', 'here', 'back', 'in', 'on', 'within', 'today', 'tomorrow', 'yesterday', 'next',
  'same', 'delivered', 'home', 'to', 'notified', 'told', 'charged', 'refund', 'reply', 'response', 'email',
  'e-mail', 'text', 'message', 'confirmation', 'tracking', 'notification', 'update', 'receipt', 'call', 'free',
  'bonus', 'extra', 'discount', 'voucher', 'coupon', 'upgrade', 'upgraded', 'compliment', 'sample', 'gift',
  'points', 'stamp', 'lucky', 'exactly', 'what', 'everything', 'all', 'both', 'quickly', 'fast', 'soon',
  'promptly', 'early', 'late', 'so', 'really', 'very', 'too', 'just',
]);
const ORDER_SEPARATORS = new Set([',', '.', ';', '-', '—', '–', 'but', 'and']);
const WRONG_ITEM_REACH = 6;

/** Where "ordered X, got Y" starting at `i` tells the wrong thing came: "got" and up to three words of Y, or null. */
function wrongItem(tokens: readonly Token[], terms: readonly string[], i: number): { start: number; end: number } | null {
  let first = i + 1;
  if (ORDERED_FOR.has(terms[i]!)) {
    if (terms[i + 1] !== 'for') return null;
    first = i + 2;
  } else if (!ORDERED.has(terms[i]!)) return null;
  if (first >= terms.length || ORDERED_NOTHING.has(terms[first] ?? '') || tokens[first]?.kind !== 'word') return null;
  let separated = false;
  let joinedByAnd = false;
  for (let j = first + 1, words = 0; words < WRONG_ITEM_REACH && j < terms.length; j++) {
    const term = terms[j] ?? '';
    if (tokens[j]?.kind === 'word') words++;
    if (ORDER_SEPARATORS.has(term)) {
      separated = true;
      joinedByAnd = term === 'and';
      continue;
    }
    if (!separated || !CAME.has(term)) {
      if (tokens[j]?.kind === 'punct' && /[!?]/.test(tokens[j]?.norm ?? '')) return null;
      continue;
    }
    // "got" with the thing that came: never a pronoun, a time, a message or a gift.
    for (let k = j + 1; k <= j + 3 && k < terms.length; k++) if (CAME_OTHER.has(terms[k] ?? '')) return null;
    const next = tokens[j + 1];
    if (!next || next.kind !== 'word') return null;
    // "ordered a coffee and got a seat": with "and" only a thing said to come instead.
    if (joinedByAnd && !terms.slice(j + 1, j + 9).some((word) => word === 'instead' || word === 'wrong')) return null;
    // "ordered a medium, got a medium" is the order come.
    if (terms[j + 1] === terms[first] && terms[j + 2] === terms[first + 1]) return null;
    let end = j + 2;
    while (end < j + 5 && tokens[end]?.kind === 'word') end++;
    return { start: j, end };
  }
  return null;
}

/** What "down" leads to when it is a direction: "went down to the beach", "down the road". */
const DOWN_PATH = new Set([
  'to', 'the', 'their', 'his', 'her', 'my', 'our', 'its', 'a', 'this', 'that', 'south', 'north', 'under', 'into', 'here', 'there',
  // a fall in a figure: "latency is down about 40ms", "down by 20%"
  'by', 'about', 'from', 'nearly', 'almost',
]);
/** What "down" follows when it is a verb's particle, or said of a person: "lie down", "step down", "let me down". */
const DOWN_PARTICLE_OF = new Set([
  'lie', 'lay', 'laid', 'lying', 'sit', 'sat', 'sitting', 'step', 'steps', 'stepped', 'stepping', 'slow', 'slowed', 'settle',
  'settled', 'turn', 'turned', 'turning', 'cut', 'cutting', 'write', 'wrote', 'written', 'put', 'knock', 'knocked', 'track',
  'tracked', 'hunt', 'back', 'backed', 'face', 'trickle', 'burns', 'upside', 'count', 'die', 'died', 'wind', 'narrow', 'water',
  'watered', 'tone', 'toned', 'bring', 'brings', 'brought', 'take', 'took', 'pull', 'pulled', 'shot', 'shoot', 'tear', 'tore',
  'jump', 'jumped', 'kneel', 'bend', 'look', 'looked', 'looking', 'walk', 'walked', 'walking', 'climb', 'climbed', 'fell',
  'feel', 'feels', 'felt', 'feeling', 'volume', 'me', 'him', 'us', 'them',
  // "broken down", "burned down", "take it down", "drag down results"
  'broken', 'breaks', 'broke', 'burned', 'burnt', 'taken', 'drag', 'dragged', 'it', 'this',
]);
/** The writer as the one late: "I was late to work", "I'm going to be late". */
const FIRST_PERSON = new Set(['i', "i'm", 'im', "i'll", "i'd", 'we', "we're", "we'll", 'am']);
/** How many words before "late" its subject may stand ("I'm going to be late"). */
const LATE_SUBJECT_REACH = 4;
/** Who replies when it is no brand: "waiting for him to reply", "people take ages to reply". */
const REPLIERS = new Set([
  'he', 'she', 'him', 'her', 'his', 'people', 'friend', 'friends', 'mate', 'mates', 'bestie', 'crush', 'boyfriend', 'girlfriend',
  'bf', 'gf', 'mum', 'mom', 'dad', 'sister', 'brother', 'wife', 'husband', 'partner', 'everyone', 'anyone', 'someone', 'somebody',
]);
/** A reply thanked for is one that came: "thanks for the reply", "appreciate the quick response". */
const THANKED = new Set(['thanks', 'thank', 'thx', 'cheers', 'appreciate', 'appreciated']);
/** What may open a call to reply: "please reply if…", "just reply with…". */
const CALL_OPENERS = new Set(['please', 'pls', 'plz', 'just', 'kindly']);
/** What follows "reply" when the reader is called to: "reply if you want tickets", "reply with your story", "reply below". */
const CALL_NEXT = new Set(['if', 'with', 'below', 'here', 'for']);
/** "Reply to this with…", "respond to this thread": the writer's own post, not a message sent to the brand. */
const CALL_TO = new Set(['this', 'that', 'thread', 'post', 'tweet']);
/** Who delivers: "the delivery driver", "the delivery guy". */
const DELIVERERS = new Set(['driver', 'drivers', 'guy', 'guys', 'man', 'men', 'person', 'people', 'boy', 'rider', 'riders']);
const SUPPORT = new Set(['support', 'customer service', 'customer support', 'support team', 'helpline']);
/** What support did when it helped, unless told of as no help ("support sent me a useless link"). */
const HELPED = new Set(['sent', 'sorted', 'fixed', 'replaced', 'refunded', 'resolved', 'helped', 'credited', 'called']);
/** How far after the helping verb a word of complaint takes the help back. */
const HELPED_REACH = 5;
/** Verbs of putting right, done: the service cue after one is what was put right. */
const PUT_RIGHT = new Set([...[...FIX_VERBS].filter((verb) => verb.endsWith('ed')), 'sorted', 'waived', 'credited', 'cleared']);
/** Ending a subscription: "cancelled my subscription" (a boycott, see otherSense). */
const CANCELLED = new Set(['cancelled', 'canceled', 'cancel', 'cancelling', 'canceling', 'ended', 'stopped']);
const OWNED_BY_WRITER = new Set(['my', 'our']);
/** A refund come ("landed", "hit my account", "came through", "was quick"), or its portal open ("opens Monday"). */
const REFUND_CAME = new Set(['landed', 'arrived', 'came', 'hit', 'processed', 'cleared', 'quick', 'quickly', 'received', 'opens', 'live']);
/** How far the refund's coming may follow it: "Refund for our cancelled excursion landed" is five words. */
const REFUND_REACH = 6;
/** Money told after "charged" or "bill of". */
const CURRENCY = new Set(['£', '$', '€', '¥']);
/** What "charged" bills: the customer, their card, an amount, twice ("charged me", "charged my card £320"). */
const CHARGED_WHAT = new Set([
  'me', 'us', 'my', 'our', 'you', 'your', 'customers', 'people', 'for', 'twice', 'again', 'a', 'an', 'the', 'extra', 'full',
  'double', 'monthly', 'more', 'anyway', 'despite', 'even',
]);
/** Bills a household pays: "my phone bill", "the energy bill". */
const BILL_KINDS = new Set(['phone', 'energy', 'gas', 'electric', 'electricity', 'water', 'broadband', 'mobile', 'internet', 'final', 'monthly', 'first', 'latest', 'catch', 'up']);
/** A brand's content named as the thing it published: "your new ad", "that campaign", "this tweet". */
const CONTENT = new Set(['ad', 'advert', 'commercial', 'campaign', 'tweet']);
const CONTENT_POINTERS = new Set(['your', 'this', 'that', 'the', 'their', 'these', 'those', 'its', 'his', 'her']);
/** How far back the pointer may stand: "pulled its 'Starve for Style' campaign" is four words. */
const CONTENT_REACH = 4;
/** Words after "legal" or "illegal" said of something, not describing it: "is illegal and you know it". */
const LEGAL_SAID = new Set(['to', 'and', 'or', 'in', 'under', 'for', 'btw', 'though', 'tho', 'now', 'anymore', 'either', 'surely', 'af', 'lol', 'then', 'here']);
/** Agreeing a compromise: "both sides compromised", "we compromised on the price". */
const COMPROMISE_BY = new Set(['sides', 'both', 'parties', 'we', 'i']);
const COMPROMISE_ON = new Set(['on', 'with']);
const CLAUSE_BREAK = /[.,;:!?…]/;

/**
 * The words of a clause from token `from` on, going `step` (-1: back, nearest first; 1: on), at most `reach`
 * of them; quotes, brackets and emoji skipped.
 */
function clauseWords(tokens: readonly Token[], terms: readonly string[], from: number, step: -1 | 1, reach: number): string[] {
  const found: string[] = [];
  for (let j = from; j >= 0 && j < tokens.length && found.length < reach; j += step) {
    const token = tokens[j];
    if (!token) break;
    if (token.kind === 'punct' || token.kind === 'emoji' || token.kind === 'emoticon') {
      if (token.kind === 'punct' && CLAUSE_BREAK.test(token.norm)) break;
      continue;
    }
    found.push(terms[j] ?? '');
  }
  return found;
}

/** Words before `index` in its clause, nearest first, at most `reach` of them. */
const wordsBefore = (tokens: readonly Token[], terms: readonly string[], index: number, reach: number) => clauseWords(tokens, terms, index - 1, -1, reach);
/** Words after `index` (from it on) in its clause, at most `reach` of them. */
const wordsAfter = (tokens: readonly Token[], terms: readonly string[], index: number, reach: number) => clauseWords(tokens, terms, index, 1, reach);

/** Things and limbs that "won't respond" when they freeze (with PRODUCT_THINGS). */
const UNRESPONSIVE = new Set([
  'screen', 'touchscreen', 'keyboard', 'mouse', 'trackpad', 'touchpad', 'controller', 'remote', 'button', 'buttons', 'body', 'legs',
  'arms', 'hands', 'fingers', 'brain',
]);
/** How far after a no-reply phrase "from" may name who did not reply: "no response for 2 weeks from your support team". */
const FROM_REACH = 6;
const FROM_OWNED = new Set(['my', 'our']);

/** Who "from" names after `end` in its clause ("no reply from Acme", "no word from him"), skipping "my": its word, or ''. */
function fromWhom(tokens: readonly Token[], end: number): string {
  // a phrase may end in "from" itself ("no word from"): start at its last word
  for (let k = end - 1, words = 0; k < tokens.length && words <= FROM_REACH; k++) {
    const token = tokens[k];
    if (!token || (token.kind === 'punct' && CLAUSE_BREAK.test(token.norm))) return '';
    if (token.kind !== 'word') continue;
    words++;
    if (token.norm !== 'from') continue;
    let whom = k + 1;
    if (FROM_OWNED.has(tokens[whom]?.norm ?? '')) whom++;
    const named = tokens[whom];
    return named?.kind === 'word' || named?.kind === 'mention' ? named.norm : '';
  }
  return '';
}

/**
 * A no-reply phrase that is no brand's (the hit spans `i`..`end`): one not replying who is a friend, a
 * person or the writer ("he hasn't replied", "my crush left me on read", "I won't reply to trolls"), or
 * a reply missing from one ("still no reply from my crush"). "Anyone else" is who shares the complaint,
 * not who fails to reply.
 */
function unansweredElsewhere(tokens: readonly Token[], terms: readonly string[], i: number, end: number, kind: Unanswered): boolean {
  if (kind === 'by') {
    const before = wordsBefore(tokens, terms, i, LATE_SUBJECT_REACH);
    // "my laptop won't respond", "my legs won't respond": a thing that froze, no one who did not reply
    // (its subject right before: "the app support team hasn't replied" is support's)
    const subject = before[0] ?? '';
    if (UNRESPONSIVE.has(subject) || PRODUCT_THINGS.has(subject)) return true;
    return before.some((word, k) => FIRST_PERSON.has(word) || (REPLIERS.has(word) && before[k - 1] !== 'else'));
  }
  return REPLIERS.has(fromWhom(tokens, end));
}

/**
 * A hit whose words have another sense here: "down" as a direction, "late" of the writer, "avoid" as a
 * purpose, "illegal copies", "both sides compromised", an ad or a tweet no one published.
 */
function otherSense(tokens: readonly Token[], terms: readonly string[], i: number, entry: PhraseEntry<SignalRule>): boolean {
  const { code, tier } = entry.payload;
  const end = i + entry.terms.length;
  const first = entry.terms[0];
  const last = entry.terms[entry.terms.length - 1];
  const next = tokens[end]?.kind === 'word' ? (terms[end] ?? '') : '';
  if (entry.payload.unanswered && unansweredElsewhere(tokens, terms, i, end, entry.payload.unanswered)) return true;
  if (code === 'complaint:service' && last === 'down') {
    // "went down to Georgia", "down the road", "down 40ms", "down 20%"; and "lie down", "step down", "let me down".
    // A figure in hours or days, its unit written on ("2hrs") or after ("3 hours"), is how long it was gone.
    const raw = tokens[end]?.raw ?? '';
    const figure = tokens[end]?.kind === 'number' || /^\d/.test(raw);
    if (DOWN_PATH.has(next) || (figure && !DOWN_FOR.has(terms[end + 1] ?? '') && !DOWN_FOR.has(raw.replace(/^\d+/, '').toLowerCase()))) return true;
    return entry.terms.length === 1 && DOWN_PARTICLE_OF.has(terms[i - 1] ?? '');
  }
  // "too soon" of a joke closes its clause ("Too soon."); "came too soon and", "too soon for snow" are time
  if (code === 'complaint:insensitive' && entry.terms.join(' ') === 'too soon') return next !== '';
  if (code === 'complaint:security') return !securitySense(tokens, terms, i, end, entry.terms.join(' '));
  if (entry.terms.length !== 1) return false;
  if (code === 'boycott' && first === 'avoid') return terms[i - 1] === 'to';
  // "we crashed hard", "I crashed my bike", "the driver crashed": a person or a vehicle crashing is a fall,
  // a collision or sleep, no product's fault ("the app crashed", "Velanor is aware of 11 crashes")
  if (code === 'complaint:product' && CRASH_WORDS.has(first ?? '')) return CRASHERS.has(terms[i - 1] ?? '');
  // "my son broke his truck", "I broke the remote": a person breaking a thing is no fault of it
  if (code === 'complaint:product' && first === 'broke') return BREAKERS.has(terms[i - 1] ?? '');
  // a data leak is a breach (security's), not a product leaking; "leaks show the new Z12", "the latest leaks" are news
  if (code === 'complaint:product' && (first === 'leak' || first === 'leaks')) {
    return terms[i - 1] === 'data' || (first === 'leaks' && (LEAKS_NEWS_BEFORE.has(terms[i - 1] ?? '') || LEAKS_NEWS_AFTER.has(next)));
  }
  // "the new phone leaked online", "leaked renders of the Z12": news of what is to come
  if (code === 'complaint:product' && first === 'leaked' && entry.terms.length === 1) return LEAKED_NEWS_AFTER.has(next);
  if (code === 'escalation:legal' && (first === 'legal' || first === 'illegal')) return next !== '' && !LEGAL_SAID.has(next);
  if (code === 'complaint:service' && first === 'late' && tier === 'cue') {
    // "I was late to work": the writer's own doing
    return wordsBefore(tokens, terms, i, LATE_SUBJECT_REACH).some((word) => FIRST_PERSON.has(word));
  }
  if (code === 'complaint:service' && (first === 'respond' || first === 'reply') && tier === 'cue') {
    // A reply is the brand's (slow, useless, never come) only when no one else gives it: not "how I would
    // respond", "waiting for him to reply", a reply thanked for, or the reader called to reply ("reply if
    // you want tickets", "reply to this with your story"). "Please reply to my emails" asks the brand.
    const before = wordsBefore(tokens, terms, i, LATE_SUBJECT_REACH);
    if (before.some((word) => FIRST_PERSON.has(word) || REPLIERS.has(word) || THANKED.has(word))) return true;
    return before.every((word) => CALL_OPENERS.has(word)) && (CALL_NEXT.has(next) || (next === 'to' && CALL_TO.has(terms[end + 1] ?? '')));
  }
  if (code === 'complaint:service' && tier === 'cue') {
    // what was put right ("fixed the billing mess", "waived the fee"), not unless told undone ("still
    // haven't fixed the billing"); a subscription the writer cancelled is leaving (a boycott), not service
    const before = wordsBefore(tokens, terms, i, 3);
    const fixed = before.findIndex((word) => PUT_RIGHT.has(word));
    if (fixed >= 0 && !before.slice(fixed + 1).some((word) => NEGATORS.has(word) || word.endsWith("n't") || word === 'still')) return true;
    if (first === 'subscription' && CANCELLED.has(before[1] ?? '') && OWNED_BY_WRITER.has(before[0] ?? '')) return true;
  }
  if (code === 'complaint:service' && first === 'delivery' && tier === 'cue') {
    // the one who delivers, not the delivery ("the delivery driver carried it up 4 flights"); a matcher
    // lookalike would hide the staff cue "driver" too ("the delivery driver threw my parcel")
    return DELIVERERS.has(next);
  }
  if (code === 'complaint:service' && first === 'flight' && tier === 'cue') {
    // someone on a flight ("the crew on the Malaga flight"): the flight is where it happened
    return wordsBefore(tokens, terms, i, 3).includes('on');
  }
  if (code === 'complaint:service' && SUPPORT.has(entry.terms.join(' ')) && tier === 'cue') {
    // support that did something for the writer: "support sent a courier next day", "support sorted it"
    if (HELPED.has(next)) return !wordsAfter(tokens, terms, end + 1, HELPED_REACH).some((word) => (wordValence(word) ?? 0) < 0);
  }
  if (code === 'complaint:service' && (first === 'refund' || first === 'refunds') && tier === 'cue') {
    // a refund told come ("the refund hit my account in 2 days", "got a refund within 48 hours"), unless
    // told not come ("never got a refund", "refund still not processed")
    const after = wordsAfter(tokens, terms, end, REFUND_REACH);
    const came = after.some((word) => REFUND_CAME.has(word)) || (terms[i - 2] === 'got' && (terms[i - 1] === 'a' || terms[i - 1] === 'my'));
    return came && ![...after, ...wordsBefore(tokens, terms, i, 3)].some((word) => NEGATORS.has(word) || word === 'still' || word.endsWith("n't"));
  }
  if (code === 'complaint:service' && first === 'charged' && tier === 'cue') {
    // "charged me £95", "charged my card", "charged for it again": not "charged in crash", "charged them monday"
    const after = tokens[end];
    return !(after && (after.kind === 'number' || CURRENCY.has(after.norm) || CHARGED_WHAT.has(next)));
  }
  if (code === 'complaint:service' && first === 'bill' && tier === 'cue') {
    // someone's bill ("my phone bill", "your bill has changed", "a bill of £1,380"): not "the Senate bill",
    // "Bill Maher", "the bathroom bill"
    const owned = wordsBefore(tokens, terms, i, 2).some((word) => POSSESSIVES.has(word) || BILL_KINDS.has(word));
    return !owned && !(next === 'of' && CURRENCY.has(tokens[end + 1]?.norm ?? ''));
  }
  if (code === 'complaint:service' && first === 'service' && tier === 'cue') {
    // "the National Weather Service", "Postal Service reports…": a name, not the brand's service; and
    // "lip service" (hypocrisy's phrase, which a lookalike would hide)
    if (terms[i - 1] === 'lip') return true;
    const before = tokens[i - 1];
    return before?.kind === 'word' && before.raw[0] !== before.raw[0]?.toLowerCase() && tokens[i]?.raw[0] === 'S';
  }
  if (code === 'complaint:insensitive' && tier === 'cue' && CONTENT.has(first ?? '')) {
    return !wordsBefore(tokens, terms, i, CONTENT_REACH).some((word) => CONTENT_POINTERS.has(word));
  }
  return false;
}

/** What is stolen when the theft is a compromise: "stole my card details", "my identity was stolen". */
const DATA_NOUNS = new Set([
  'data', 'details', 'information', 'info', 'identity', 'password', 'passwords', 'account', 'accounts', 'card', 'cards',
  'credentials', 'login', 'logins', 'email', 'emails', 'photos', 'records', 'number', 'numbers', 'crypto', 'wallet',
]);
/** A password in a how-to or the writer's own routine: "reset your password", "forgot my password", "a new password". */
const PASSWORD_ROUTINE = new Set([
  'forgot', 'forget', 'forgotten', 'forgetting', 'remember', 'reset', 'change', 'enter', 'type', 'choose', 'create', 'set',
  'update', 'share', 'sharing', 'new', 'strong', 'secure',
]);
/** Where a scam reaches its mark: a scam is a compromise as a message or a page, not a rip-off ("total scam"). */
const SCAM_CHANNELS = new Set([
  'email', 'emails', 'e-mail', 'text', 'texts', 'sms', 'call', 'calls', 'message', 'messages', 'dm', 'dms', 'site',
  'website', 'link', 'links', 'page', 'account', 'accounts', 'app', 'ad', 'ads', 'login',
]);
/** "my data" that is a phone's allowance or the writer's own copy: "used up all my data", "download my data". */
const DATA_PLAN = new Set(['plan', 'allowance', 'usage', 'limit', 'cap', 'roaming', 'bundle', 'signal', 'connection']);
const DATA_HANDLED = new Set(['download', 'downloading', 'export', 'exporting', 'transfer', 'backup', 'back', 'restore', 'sync', 'used', 'using', 'use', 'of']);
/** Security guarding the writer or the brand's system: "your security is a joke", "zero security on the app". */
const SECURITY_OF = new Set(['your', 'their', 'its', 'data', 'account', 'app', 'online', 'cyber', 'site', 'website', 'lax', 'poor', 'weak', 'no', 'zero']);
/** Privacy taken: "my privacy", "invasion of privacy", "a privacy problem". */
const PRIVACY_OF = new Set(['my', 'our', 'your', 'their', 'customers', 'users', 'invasion', 'violation', 'violated', 'violating']);
const PRIVACY_WHAT = new Set(['problem', 'issue', 'issues', 'violation', 'nightmare', 'invasion', 'concern', 'concerns', 'breach', 'disaster', 'scandal']);
/** The brand's own defence, not a compromise: "their fraud team", "Action Fraud", "voter fraud". */
const FRAUD_TEAMS = new Set(['team', 'department', 'prevention', 'protection', 'detection', 'unit', 'squad', 'alert', 'alerts', 'check', 'checks', 'line']);
const FRAUD_KINDS = new Set(['action', 'tax', 'voter', 'election', 'benefit', 'benefits', 'insurance']);
/** Two-factor as a feature brought in: "they added 2FA", "new 2FA on the app", "enable 2FA". */
const FEATURE_ADDED = new Set([
  'add', 'added', 'adding', 'adds', 'new', 'enable', 'enabled', 'enabling', 'mandatory', 'introduce', 'introduced', 'introduces',
  'launched', 'rolled', 'rolling', 'support', 'supports', 'finally', 'now',
]);
/** The writer's own trick: "I hacked it with a beer mat", "we hacked together a fix". */
const HACKED_WHAT = new Set(['it', 'together', 'this', 'that']);

/**
 * A security phrase in its sense of a compromise (the hit spans `i`..`end`): a password not in a how-to,
 * a scam that is a message or a page, a theft of data, security or privacy that is someone's, a fraud
 * that is no fraud team, "hacked" that is no writer's trick. Phrases with no other sense hold.
 */
function securitySense(tokens: readonly Token[], terms: readonly string[], i: number, end: number, phrase: string): boolean {
  const next = tokens[end]?.kind === 'word' ? (terms[end] ?? '') : '';
  const before = wordsBefore(tokens, terms, i, 3);
  switch (phrase) {
    case 'password':
    case 'passwords':
      return !before.some((word) => PASSWORD_ROUTINE.has(word));
    case 'scam':
      return SCAM_CHANNELS.has(next);
    case 'stolen':
    case 'stole my':
      return [...wordsAfter(tokens, terms, end, 3), ...(phrase === 'stolen' ? before : [])].some((word) => DATA_NOUNS.has(word));
    case 'my data':
      return !DATA_PLAN.has(next) && !before.some((word) => DATA_HANDLED.has(word));
    case 'security':
      return wordsBefore(tokens, terms, i, 2).some((word) => SECURITY_OF.has(word));
    case 'privacy':
      return PRIVACY_WHAT.has(next) || wordsBefore(tokens, terms, i, 2).some((word) => PRIVACY_OF.has(word));
    case 'fraud':
      return !FRAUD_TEAMS.has(next) && !FRAUD_KINDS.has(terms[i - 1] ?? '');
    case 'two factor':
    case '2fa':
      return !before.some((word) => FEATURE_ADDED.has(word));
    case 'compromised':
      return !(COMPROMISE_BY.has(terms[i - 1] ?? '') || COMPROMISE_ON.has(next));
    case 'hacked':
      return !(HACKED_WHAT.has(next) && wordsBefore(tokens, terms, i, 3).some((word) => FIRST_PERSON.has(word)));
    default:
      return true;
  }
}

/** Signals that name a feeling or an insult, negated whatever their length: "not fed up", "not so angry". */
const FEELINGS = new Set<SignalCode>(['anger', 'hostility']);

/**
 * A negator among the two words before `index`, in the same clause ("not angry", "not so angry"). An
 * insult told not to be ("don't be stupid", "never be so rude") is still an insult.
 */
function negatedWord(tokens: readonly Token[], terms: readonly string[], index: number, code: SignalCode): boolean {
  for (let j = index - 1, seen = 0; j >= 0 && seen < 2; j--) {
    const token = tokens[j];
    if (!token || token.kind === 'punct') return false;
    seen++;
    const term = terms[j] ?? '';
    if (NEGATORS.has(term) || term.endsWith("n't")) return !(code === 'hostility' && terms[j + 1] === 'be');
  }
  return false;
}

const GAVE = new Set(['gave', 'gives', 'given', 'giving']);
const GIVEN_TO = new Set(['me', 'us', 'him', 'her', 'them', 'my', 'our', 'his', 'their', 'everyone']);
/** What a product gives a body (not "a headache", as often a figure of speech). */
const SYMPTOMS = new Set([
  'rash', 'rashes', 'hives', 'blisters', 'blister', 'burns', 'burn', 'infection', 'infections', 'welt', 'welts',
  'spots', 'breakout', 'breakouts', 'eczema', 'dermatitis', 'diarrhoea', 'diarrhea', 'poisoning', 'cramps', 'conjunctivitis', 'sores',
]);
/** The end (exclusive) of "gave me … rash" starting at `i`, within its clause, or 0. */
function gaveSymptom(tokens: readonly Token[], terms: readonly string[], i: number): number {
  if (!GAVE.has(terms[i] ?? '') || !GIVEN_TO.has(terms[i + 1] ?? '')) return 0;
  for (let j = i + 2; j < i + 9 && j < tokens.length; j++) {
    const token = tokens[j];
    if (!token || (token.kind === 'punct' && token.norm !== ',')) return 0;
    if (SYMPTOMS.has(token.norm)) return j + 1;
  }
  return 0;
}
const FPS = /^(\d{1,3})fps$/;
/** The frame rate a token tells ("20fps", or "20" before "fps"), or 0. */
function framesPerSecond(tokens: readonly Token[], terms: readonly string[], i: number): number {
  const token = tokens[i];
  if (token?.kind === 'number' && terms[i + 1] === 'fps' && /^\d{1,3}$/.test(token.norm)) return Number(token.norm);
  if (token?.kind !== 'word' || !token.norm.endsWith('fps')) return 0;
  const found = FPS.exec(token.norm);
  return found ? Number(found[1]) : 0;
}

/**
 * The words the word-started rules below start from (a fire set, a claim denied, the wrong item, a symptom given):
 * any other word, most of a post, is passed over with this one lookup instead of each rule's own. A rule added
 * there that starts from a word adds its words here.
 */
const RULE_STARTS: ReadonlySet<string> = new Set([...SET_WORDS, ...CLAIM_SAYS, ...CLAIM_SELLS, ...ORDERED, ...ORDERED_FOR, ...GAVE]);

/** All phrase hits in the token stream; cheap, and independent of the sentiment result. */
export function findSignalMatches(tokens: readonly Token[], terms: readonly string[]): SignalMatch[] {
  const hits: SignalMatch[] = [];
  // End (exclusive) of the lookalike covering each token, if any: the only allocation is for posts that have one.
  let coveredUntil: number[] | undefined;
  for (let i = 0; i < terms.length; i++) {
    const lookalike = lookalikes.matchAt(terms, i);
    if (!lookalike) continue;
    coveredUntil ??= [];
    for (let k = i; k < i + lookalike.terms.length; k++) coveredUntil[k] = Math.max(coveredUntil[k] ?? 0, i + lookalike.terms.length);
  }
  for (let i = 0; i < terms.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.kind === 'hashtag') {
      for (const [prefix, code] of HASHTAG_PREFIXES) {
        if (!token.norm.startsWith(prefix)) continue;
        // "#BanPlastic", not "#bangkok" or "#Bananas": a short prefix needs the next word's capital
        const after = token.raw.charAt(prefix.length + 1);
        if (CAMEL_PREFIXES.has(prefix) && after === after.toLowerCase()) continue;
        hits.push({ rule: { code, tier: 'strong' }, start: i, end: i + 1 });
      }
    }
    // "BBB" (the Better Business Bureau): matched on the word as written, since "bbb" and "bb" ("babe")
    // read as one term once a run of letters is shortened.
    if (token.kind === 'word' && token.norm === 'bbb') hits.push({ rule: { code: 'escalation:legal', tier: 'strong' }, start: i, end: i + 1 });
    // "set my counter on fire", "nearly set the kitchen on fire": a fire caused, a few words apart. "On
    // fire" alone is as often praise ("this team is on fire"), and "set the world on fire" an idiom: the
    // thing set alight must be someone's, or the fire a near miss.
    const starts = RULE_STARTS.has(terms[i]!);
    if (starts && SET_WORDS.has(terms[i]!) && (POSSESSIVES.has(terms[i + 1] ?? '') || NEAR_MISS.has(terms[i - 1] ?? ''))) {
      for (let j = i + 2; j <= i + SET_ON_FIRE_REACH && j + 1 < terms.length; j++) {
        if (terms[j] === 'on' && terms[j + 1] === 'fire') {
          hits.push({ rule: { code: 'complaint:product', tier: 'strong' }, start: i, end: j + 2 });
          break;
        }
      }
    }
    // "the label says decaf but it's clearly not": a product not as described.
    const denied = starts ? contradictedClaim(tokens, terms, i) : null;
    if (denied) hits.push({ rule: { code: 'complaint:product', tier: 'strong' }, ...denied });
    // "ordered decaf, got full caff": the wrong thing came.
    const wrong = starts ? wrongItem(tokens, terms, i) : null;
    if (wrong) hits.push({ rule: { code: 'complaint:service', tier: 'strong' }, ...wrong });
    // "gave me a red, swollen, itchy rash", "gave me and two friends eye infections": what a product did to a body
    const harmed = starts ? gaveSymptom(tokens, terms, i) : 0;
    if (harmed > 0) hits.push({ rule: { code: 'complaint:product', tier: 'strong' }, start: i, end: harmed });
    // "drops to like 20fps", "15 fps on a top-end card": a game or a device running below any playable rate
    // (under 24, so film's 24fps is no fault)
    const fps = framesPerSecond(tokens, terms, i);
    if (fps > 0 && fps < 24) hits.push({ rule: { code: 'complaint:product', tier: 'strong' }, start: i, end: tokens[i]?.kind === 'number' ? i + 2 : i + 1 });
    // "<script>" quoted in a post: markup the page ran or showed back, a security report.
    if (terms[i] === '<' && terms[i + 1] === 'script') hits.push({ rule: { code: 'complaint:security', tier: 'strong' }, start: i, end: i + 2 });
    for (const entry of matcher.allAt(terms, i)) {
      const end = i + entry.terms.length;
      // a lookalike hides what lies inside it; staff named by it are still staff ("security guard" is no breach)
      const covered = coveredUntil?.[i] ?? 0;
      if (covered > end || (covered === end && entry.payload.code !== 'complaint:employee')) continue;
      // "not angry", "not broken", "not hacked": negated, the word names what is not there.
      const negatable = FEELINGS.has(entry.payload.code) || (entry.terms.length === 1 && entry.payload.code !== 'sarcasm');
      if (negatable && negatedWord(tokens, terms, i, entry.payload.code)) continue;
      if (otherSense(tokens, terms, i, entry)) continue;
      hits.push({ rule: entry.payload, start: i, end });
    }
  }
  return hits;
}

/** Words that may open an interjection ("oh great.", "just perfect,"). */
const INTERJECTION_OPENERS = new Set(['oh', 'just', 'well', 'wow', 'how', 'so', 'really']);

const CLAUSE_END = new Set(['.', ',', '…', ';']);

/** The hit is a clause of its own: nothing but an opener before it, and no "!" or further words after it. */
function standalone(tokens: readonly Token[], start: number, end: number): boolean {
  let before = start - 1;
  if (before >= 0 && tokens[before]?.kind === 'word' && INTERJECTION_OPENERS.has(tokens[before]?.norm ?? '')) before--;
  const opener = tokens[before];
  if (opener && opener.kind !== 'punct') return false;
  const after = tokens[end];
  if (!after) return true;
  return after.kind === 'punct' && CLAUSE_END.has(after.norm[0] ?? '');
}

/**
 * Multi-word cues that are sarcasm without a complaint phrase when they close the post after something
 * bad ("Woke up with the flu on Christmas Eve. Perfect timing"). Anywhere else they are meant.
 */
const CLOSERS = new Set(['perfect timing', 'great timing', 'off to a great start', 'off to a good start']);
/** Thanks closing a post after something bad, to a name or no one: "… Thanks Mr. Patel", "… thanks @AltoAir". */
const THANKS = new Set(['thanks']);
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr']);

/** Nothing but punctuation other than "?" or "!", emoji, hashtags or links from `from` to the end of the post. */
function closesPost(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k];
    if (!token) continue;
    if (token.kind === 'word' || token.kind === 'number' || token.kind === 'mention') return false;
    if (token.kind === 'punct' && (token.norm.includes('?') || token.norm.includes('!'))) return false;
  }
  return true;
}

/** "Thanks" opening the post's last clause, followed by at most a name ("Thanks Zentrix", "thanks @Brand"). */
function closingThanks(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  if (!before || before.kind !== 'punct') return false;
  // "Lost my keys but a stranger found them. Thanks Jim": a contrast turned it round, the thanks is meant.
  if (tokens.some((token) => token.kind === 'word' && CONTRAST_AFTER.has(token.norm))) return false;
  let k = end;
  for (let names = 0; names < 3; names++) {
    const token = tokens[k];
    if (!token) break;
    const capitalised = token.kind === 'word' && token.raw[0] !== undefined && token.raw[0] !== token.raw[0].toLowerCase();
    if (token.kind !== 'mention' && !capitalised) break;
    k++;
    if (TITLES.has(token.norm) && tokens[k]?.norm === '.') k++;
  }
  return closesPost(tokens, k);
}

/**
 * "Great service… not", "best customer service ever, NOT 🙄", "great service #not": a lone "not" closing
 * the post (after punctuation, or as a hashtag) takes back the praise before it. Its token index, or -1.
 */
function closingNot(tokens: readonly Token[]): number {
  let k = tokens.length - 1;
  for (; k >= 0; k--) {
    const token = tokens[k];
    if (!token || token.kind === 'emoji' || token.kind === 'emoticon') continue;
    if (token.kind === 'punct' && !token.norm.includes('?')) continue;
    break;
  }
  const token = tokens[k];
  if (!token || token.norm !== 'not') return -1;
  if (token.kind === 'hashtag') return k;
  return token.kind === 'word' && tokens[k - 1]?.kind === 'punct' ? k : -1;
}

const CANCEL = new Set(['cancel', 'cancelled', 'canceled', 'cancelling', 'canceling']);
/** Who cancels, when it is the writer: "I just cancelled", "we've cancelled", "going to cancel", "time to cancel". */
const WRITER = new Set(['i', "i've", "i'm", "i'll", "i'd", 'ive', 'im', 'we', "we've", "we'll", "we're", 'to']);
/** What a cancel opening its clause cancels when the writer (or the reader, told to) leaves: "Cancelled my plan". */
const OWNED = new Set(['my', 'our', 'your', 'all']);

/**
 * A cancel cue is leaving only when the writer cancels ("I cancelled", "cancelling my plan", "time to
 * cancel") or tells others to ("cancel your subscriptions"). "Acme cancelled my order twice" and
 * "cancelled on the 14th without explanation" are the brand's doing: a service complaint, no boycott (QA).
 */
function writerCancels(tokens: readonly Token[], start: number): boolean {
  // "charged me for 3 months after I cancelled": the leaving is the story's start, not the news
  if (tokens[start - 1]?.norm === 'after' || tokens[start - 2]?.norm === 'after') return false;
  for (let j = start - 1, seen = 0; j >= 0 && seen < 3; j--) {
    const token = tokens[j];
    if (!token || token.kind === 'punct') break;
    if (WRITER.has(token.norm)) return true;
    seen++;
  }
  const before = tokens[start - 1];
  return (!before || before.kind === 'punct') && OWNED.has(tokens[start + 1]?.norm ?? '');
}

/**
 * Whom an "if" supposes a case of: the reader ("if you were charged…", "if anyone…") or the writer ("if I
 * get an overdraft fee for this…"). Not "not sure if they are doing it on purpose", which tells it.
 */
const SUPPOSED_FOR = new Set(['you', "you're", 'youre', 'your', 'anyone', 'anybody', 'someone', 'somebody', 'i', 'we']);
/** Phrases telling a fault put right (the lexicon's, as the sentiment pass reads them). */
const resolutions = new PhraseMatcher<true>(hasWord, (add) => {
  for (const phrase of RESOLUTIONS) add(phrase, true);
});
/** Signals that tell a fault: one told after a fix undoes it ("sent a new one, it broke in a week"). */
const FAULTS = new Set<SignalCode>([
  'anger', 'hostility', 'complaint:product', 'complaint:service', 'complaint:employee', 'complaint:security',
]);
/** A word this negative after a fix tells a fault again ("also cracked and useless"). */
const FAULT_VALENCE = -1.5;
/** Service cues that are a complaint only told with how long the wait was (see waitTold). */
const WAIT_CUES = new Set(['wait', 'waiting', 'hours']);
/** A wait told: kept waiting, on hold, stuck, or sat somewhere that keeps people waiting. */
const WAIT_WORDS = new Set([
  'wait', 'waiting', 'waited', 'hold', 'stuck', 'sat', 'sitting', 'queue', 'queued', 'queuing', 'queueing', 'gate', 'tarmac',
  'terminal', 'airport', 'delay', 'delayed', 'late',
]);
/** How long: "40 minutes", "3 weeks", "ages". */
const WAIT_LENGTHS = new Set([
  'minutes', 'mins', 'min', 'hours', 'hrs', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'ages', 'forever',
]);
const QUOTES = /['"‘’“”]/;
/** A question asked in the writer's name or of something recurring complains: "is my refund ever coming?". */
const ASKER = new Set(['i', 'my', 'me', "i'm", 'im', "i've", 'ive', 'again']);
/**
 * Openers of a question that complains ("why is the refund only for unopened tins?", "where's my
 * parcel?"). Any other question, asked once ("?", not "??") and not in the writer's name (ASKER), asks
 * for information.
 */
const COMPLAINING_ASKERS = new Set(['why', 'where', "where's", 'wheres', 'how', 'who', 'when', 'seriously', 'really']);

/** What service cues need of a post's sentences (see Sentences.serviceSentences). */
interface ServiceSentences {
  /** Questions asked for information, not in the writer's name. */
  asking: Set<number>;
  /** Questions asked for information, in the writer's name too. */
  askingOwn: Set<number>;
  waited: Set<number>;
  lengths: Set<number>;
}

/**
 * The sentences of a post (each ends at ".", "!" or "?"), numbered in one pass when a rule first asks,
 * and the sentences where a staff cue holds, found once: asked hit by hit, scanning to the sentence's
 * bounds and through every hit made a long post quadratic (0.5 s for 10 KB of "the staff were rude").
 */
class Sentences {
  private numbers: Int32Array | undefined;
  /** Each sentence's last token (its ".", "!" or "?"), or the post's length for the last sentence. */
  private readonly ends: number[] = [];
  private staffed: Set<number> | undefined;
  private plainlyStaffed: Set<number> | undefined;
  private staffNamed: Set<number> | undefined;
  private service: ServiceSentences | undefined;
  private stories: Set<number> | undefined;
  private served: boolean | undefined;
  private marketed: boolean | undefined;
  private quoted: boolean | undefined;
  private contact: boolean | undefined;
  private products: Set<number> | undefined;
  private firstThing: Map<number, number> | undefined;
  private firstModel: Map<number, number> | undefined;
  private firstHot: Map<number, number> | undefined;
  private ifClauses: Uint8Array | undefined;
  private fix: { end: number; faultAfter: number } | undefined;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly hits: readonly SignalMatch[],
  ) {}

  /**
   * The token is shouted: in capitals, or in a sentence closed by "!" ("Disgraceful!!!"). A lone word in
   * capitals is no shout (see shoutedAnger, which asks only of a post that shouts).
   */
  shouted(index: number): boolean {
    if (this.tokens[index]?.caps) return true;
    const sentence = this.of(index);
    return (this.tokens[this.ends[sentence] ?? -1]?.norm ?? '').includes('!');
  }

  /** The number of the sentence token `index` is in. */
  of(index: number): number {
    if (!this.numbers) {
      const numbers = new Int32Array(this.tokens.length);
      let sentence = 0;
      this.tokens.forEach((token, k) => {
        numbers[k] = sentence;
        if (endsSentence(this.tokens, k)) {
          this.ends.push(k);
          sentence++;
        }
      });
      this.ends.push(this.tokens.length);
      this.numbers = numbers;
    }
    return this.numbers[index] ?? this.ends.length - 1;
  }

  /** A cancel the writer means as leaving: not a question about how to cancel ("how do I cancel an add-on?"). */
  leavingCancel(start: number): boolean {
    if (!writerCancels(this.tokens, start)) return false;
    // "Cancelled my StreamBox plan in March. Charged in April, May and June.": the leaving is the start of a
    // billing complaint (service), told in its sentence or the next
    const sentence = this.of(start);
    const next = (this.ends[sentence] ?? this.tokens.length) + 1;
    if (this.sentenceHas(start, CHARGE_WORDS) || (next < this.tokens.length && this.sentenceHas(next, CHARGE_WORDS))) return false;
    const end = this.ends[sentence] ?? this.tokens.length;
    return !(this.tokens[end]?.norm ?? '').includes('?');
  }

  /**
   * What service cues need of their sentence, found once per post: which sentences ask for information
   * ("Is there a deadline for the refund claim?", "Anyone know if the fee is waived?"), and which tell a
   * wait with its length ("9 hours at the gate", "5 weeks waiting on a callback").
   */
  private serviceSentences(): ServiceSentences {
    if (!this.service) {
      this.of(0);
      const waits = new Set<number>();
      const lengths = new Set<number>();
      const own = new Set<number>();
      this.tokens.forEach((token, k) => {
        if (token.kind !== 'word') return;
        if (ASKER.has(token.norm)) own.add(this.of(k));
        if (WAIT_WORDS.has(token.norm)) waits.add(this.of(k));
        if (WAIT_LENGTHS.has(token.norm)) lengths.add(this.of(k));
      });
      const asking = new Set<number>();
      const askingOwn = new Set<number>();
      for (let sentence = 0, first = 0; sentence < this.ends.length; sentence++) {
        const end = this.ends[sentence] ?? this.tokens.length;
        while (first < end && this.tokens[first]?.kind !== 'word') first++;
        // a question quoted ("support chat: 'have you tried restarting?'") is the brand's, not the writer's
        const quoted = QUOTES.test(this.tokens[end + 1]?.norm ?? '');
        if (this.tokens[end]?.norm === '?' && !quoted && !COMPLAINING_ASKERS.has(this.tokens[first]?.norm ?? '')) {
          askingOwn.add(sentence);
          if (!own.has(sentence)) asking.add(sentence);
        }
        first = end + 1;
      }
      this.service = { asking, askingOwn, waited: new Set([...waits].filter((sentence) => lengths.has(sentence))), lengths };
    }
    return this.service;
  }

  /** The token's sentence tells how long something took ("3 weeks", "ages"). */
  lengthTold(index: number): boolean {
    return this.serviceSentences().lengths.has(this.of(index));
  }

  /** The post names a piece of marketing (MARKETED), or quotes words if `orQuoted` (what SIGNED_OFF asks of), found once. */
  marketedTold(orQuoted: boolean): boolean {
    this.marketed ??= this.tokens.some((token) => token.kind === 'word' && MARKETED.has(token.norm));
    this.quoted ??= this.tokens.some((token) => token.kind === 'punct' && QUOTES.test(token.raw));
    return this.marketed || (orQuoted && this.quoted);
  }

  /** The post names something served or how long it took, anywhere (see bareWait), found once. */
  servedTold(): boolean {
    this.served ??= this.tokens.some((token) => token.kind === 'word' && (SERVED.has(token.norm) || WAIT_LENGTHS.has(token.norm)));
    return this.served;
  }

  /** The token's sentence names a product (see PRODUCT_THINGS), found once per post. */
  productTold(index: number): boolean {
    if (!this.products) {
      const products = new Set<number>();
      this.tokens.forEach((token, k) => {
        if ((token.kind === 'word' && PRODUCT_THINGS.has(token.norm)) || isModelName(this.tokens, k)) products.add(this.of(k));
      });
      this.products = products;
    }
    return this.products.has(this.of(index));
  }

  /**
   * A product or a part of one (PRODUCT_THINGS, THING_PARTS) comes before the token in its sentence, or a
   * pointer to one right before it ("it leaks"): what a fault of FAULTS_OF_THINGS is told of. Found once per post.
   */
  thingBefore(index: number, pointed = true): boolean {
    if (pointed && THING_POINTERS.has(this.tokens[index - 1]?.norm ?? '')) return true;
    this.firstThing ??= this.firstInSentences((token) => token.kind === 'word' && (PRODUCT_THINGS.has(token.norm) || THING_PARTS.has(token.norm)));
    if (this.before(this.firstThing, index)) return true;
    // a model by its name ("the X200 trips the breaker", "my Brewly 2 keeps cutting out")
    this.firstModel ??= this.firstInSentences((_token, k) => isModelName(this.tokens, k));
    return this.before(this.firstModel, index);
  }

  /** A word of `words` is in the token's sentence. */
  sentenceHas(index: number, words: ReadonlySet<string>): boolean {
    const sentence = this.of(index);
    for (let k = index; k >= 0 && this.of(k) === sentence; k--) if (words.has(this.tokens[k]?.norm ?? '')) return true;
    for (let k = index + 1; k < this.tokens.length && this.of(k) === sentence; k++) if (words.has(this.tokens[k]?.norm ?? '')) return true;
    return false;
  }

  /** The first token of each sentence that `is` accepts, by sentence: one pass of the post. */
  private firstInSentences(is: (token: Token, index: number) => boolean): Map<number, number> {
    const first = new Map<number, number>();
    this.tokens.forEach((token, k) => {
      if (!is(token, k)) return;
      const sentence = this.of(k);
      if (!first.has(sentence)) first.set(sentence, k);
    });
    return first;
  }

  /** Such a word (see firstInSentences) comes before the token in its sentence. */
  private before(first: ReadonlyMap<number, number>, index: number): boolean {
    const at = first.get(this.of(index));
    return at !== undefined && at < index;
  }

  /** What brought an illness on is told from `index` on, in its clause (ILLNESS_CAUSE: "after his first bowl"; not "since Tuesday"). */
  causeAfter(index: number): boolean {
    const sentence = this.of(Math.max(0, index - 1));
    // in the same clause: "vomiting, drinking lots, lethargy" lists symptoms
    for (let k = index; k < this.tokens.length && k < index + 12 && this.of(k) === sentence; k++) {
      const token = this.tokens[k];
      if (token?.kind === 'punct') return false;
      if (ILLNESS_CAUSE.has(token?.norm ?? '')) return true;
    }
    return false;
  }

  /** Something meant to get hot (HOT_BY_DESIGN) comes before the token in its sentence. Found once per post. */
  hotByDesign(index: number): boolean {
    this.firstHot ??= this.firstInSentences((token) => token.kind === 'word' && HOT_BY_DESIGN.has(token.norm));
    return this.before(this.firstHot, index);
  }

  /** The post names a message sent to someone (see CONTACTS), anywhere, found once. */
  contactTold(): boolean {
    this.contact ??= this.tokens.some((token) => token.kind === 'word' && CONTACTS.has(token.norm));
    return this.contact;
  }

  /** The token's sentence tells a story the press has or asks for (see STORY_WORDS), found once per post. */
  storyTold(index: number): boolean {
    if (!this.stories) {
      const stories = new Set<number>();
      this.tokens.forEach((token, k) => {
        if (token.kind === 'word' && STORY_WORDS.has(token.norm)) stories.add(this.of(k));
      });
      this.stories = stories;
    }
    return this.stories.has(this.of(index));
  }

  /**
   * The token is in a question asked for information (see COMPLAINING_ASKERS); `own`: also one asked in
   * the writer's name ("is my kettle part of the recall?"), which asks about a recall but complains of a refund.
   */
  asking(index: number, own = false): boolean {
    const sentences = this.serviceSentences();
    return (own ? sentences.askingOwn : sentences.asking).has(this.of(index));
  }

  /**
   * A wait cue ("wait", "waiting", "hours") holds only where its sentence tells a wait and its length:
   * "worked out for 2 hours", "waiting for the bus back to the hotel" are no service kept waiting.
   */
  waitTold(hit: SignalMatch): boolean {
    if (hit.end - hit.start !== 1 || !WAIT_CUES.has(this.tokens[hit.start]?.norm ?? '')) return true;
    return this.serviceSentences().waited.has(this.of(hit.start));
  }

  /**
   * The token is in a clause that supposes a case ("if you were charged a fee, DM me", "if anyone needs
   * help with a bill"): a case supposed, not told.
   */
  supposed(index: number): boolean {
    if (!this.ifClauses) {
      const supposed = new Uint8Array(this.tokens.length);
      for (let k = 0, within = false; k < this.tokens.length; k++) {
        const token = this.tokens[k];
        if (token?.kind === 'word' && token.norm === 'if' && SUPPOSED_FOR.has(this.tokens[k + 1]?.norm ?? '')) within = true;
        else if (token?.kind === 'punct' && CLAUSE_BREAK.test(token.norm)) within = false;
        if (within) supposed[k] = 1;
      }
      this.ifClauses = supposed;
    }
    return this.ifClauses[index] === 1;
  }

  /**
   * A fault told put right before `index` ("they sent a new one next day", "finally fixed") with no fault
   * told after the fix: no strong complaint phrase, no word of complaint ("it broke again").
   */
  fixedBefore(index: number): boolean {
    if (!this.fix) {
      const terms = this.tokens.map((token) => tokenTerm(token, hasWord));
      let fixEnd = -1;
      for (let k = 0; k < terms.length; k++) {
        const found = resolutions.matchAt(terms, k);
        if (found) fixEnd = k + found.terms.length;
      }
      let faultAfter = this.tokens.length;
      if (fixEnd >= 0) {
        for (const hit of this.hits) {
          if (hit.start >= fixEnd && hit.rule.tier === 'strong' && FAULTS.has(hit.rule.code)) faultAfter = Math.min(faultAfter, hit.start);
        }
        for (let k = fixEnd; k < faultAfter; k++) {
          if (this.tokens[k]?.kind === 'word' && (wordValence(terms[k] ?? '') ?? 0) <= FAULT_VALENCE) faultAfter = k;
        }
      }
      this.fix = { end: fixEnd, faultAfter };
    }
    return this.fix.end >= 0 && this.fix.end <= index && this.fix.faultAfter >= index;
  }

  /**
   * A staff cue holds with both its halves in one sentence: someone who works for the brand, and what they
   * did ("the cashier had an attitude", "staff were clueless"). "300 workers lose their jobs", "the staff
   * were lovely but the wait was awful" and "How rude!" are no complaint about staff.
   */
  staffConduct(hit: SignalMatch, plainly = false): boolean {
    this.readStaff();
    return (plainly ? this.plainlyStaffed : this.staffed)?.has(this.of(hit.start)) ?? false;
  }

  /** The token's sentence names staff (a STAFF cue), whatever it tells of them: whom a name is called by (toldByShape). */
  namesStaff(index: number): boolean {
    this.readStaff();
    return this.staffNamed?.has(this.of(index)) ?? false;
  }

  /** Which sentences name staff, tell conduct, and tell plain conduct (see staffConduct): once per post. */
  private readStaff(): void {
    if (!this.staffed) {
      const staff = new Set<number>();
      const conduct = new Set<number>();
      const plain = new Set<number>();
      for (const other of this.hits) {
        if (other.rule.code !== 'complaint:employee') continue;
        const sentence = this.of(other.start);
        if (this.of(other.end - 1) !== sentence) continue;
        const phrase = phraseOf(this.tokens, other);
        if (other.rule.tier === 'strong') {
          if (STAFF_DONE_SET.has(phrase)) conduct.add(sentence);
        } else (STAFF_CONDUCT_SET.has(phrase) ? conduct : staff).add(sentence);
        if (PLAIN_CONDUCT_SET.has(phrase)) plain.add(sentence);
      }
      this.staffNamed = staff;
      this.staffed = new Set([...staff].filter((sentence) => conduct.has(sentence)));
      this.plainlyStaffed = new Set([...staff].filter((sentence) => plain.has(sentence)));
    }
  }
}

/** Press named in passing unless its sentence tells a story taken to it (see Sentences.storyTold). */
const PRESS_NOUNS = new Set([
  'journalist', 'journalists', 'reporter', 'reporters', 'newspaper', 'local news', 'news station', 'watchdog', 'news outlets',
  'media outlets', 'tipped off', 'local paper', 'consumer desk',
]);
/**
 * A story the press has or asks for: "a journalist broke the story", "until a newspaper ran it",
 * "reporter looking to speak to anyone…", "journalist here, DM me". Not "tips for journalists", "our
 * weather reporter sang carols", "a cartoon in the newspaper".
 */
const STORY_WORDS = new Set([
  'story', 'stories', 'piece', 'article', 'articles', 'investigation', 'investigating', 'investigate', 'enquiries',
  'inquiries', 'enquiry', 'inquiry', 'probe', 'covered', 'covering', 'coverage', 'ran', 'wrote', 'broke', 'exposed',
  'reported', 'reporting', 'picked', 'contacted', 'contact', 'contacting', 'called', 'emailed', 'dm', 'dms', 'message',
  'messages', 'speak', 'talk', 'hear', 'touch', 'reach', 'reached', 'approached', 'interviewed', 'rang', 'phoned',
  'messaged', 'knew', 'asking', 'asked', 'looking', 'working', 'spoke', 'spoken', 'speaking', 'talked', 'talking', 'told',
  'sent', 'sending', 'forwarded', 'reports', 'film', 'filming', 'interview', 'featured', 'feature', 'works', 'call', 'segment',
]);
/** The crash words, and who crashes when it is no product (see otherSense). */
const CRASH_WORDS = new Set(['crash', 'crashes', 'crashed', 'crashing']);
const CRASHERS = new Set([
  'i', 'we', 'he', 'she', 'they', "i'd", "we'd", 'someone', 'somebody', 'driver', 'drivers', 'cyclist', 'rider', 'motorcyclist',
  'car', 'cars', 'truck', 'lorry', 'bus', 'train', 'plane', 'jet', 'helicopter', 'van', 'bike', 'motorbike', 'taxi',
]);
/** What a maker recalls, right after "recalls": a count, a name, or all of something. */
const RECALLED_LEADS = new Set([
  'all', 'its', 'some', 'thousands', 'hundreds', 'millions', 'over', 'more', 'nearly', 'about', 'around', 'up', 'dozens', 'several',
  'certain', 'selected', 'affected', 'batches',
]);
/** A count in words is what was recalled only before batches or products ("recalls three batches"; not "she recalls two summers"). */
const RECALLED_COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const RECALLED_UNITS = new Set(['batch', 'batches', 'lots', 'products', 'models', 'units', 'lines', 'ranges', 'flavours', 'flavors', 'sizes']);
function recalledWhat(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (!next) return false;
  if (next.kind === 'number') return true;
  if (RECALLED_COUNTS.has(next.norm)) {
    const unit = tokens[end + 1]?.norm ?? '';
    return RECALLED_UNITS.has(unit) || PRODUCT_THINGS.has(unit);
  }
  return next.kind === 'word' && (RECALLED_LEADS.has(next.norm) || PRODUCT_THINGS.has(next.norm) || capitalised(next));
}
/** A recall, which a question may ask about without complaining (see asking). */
const RECALL_WORDS = new Set(['recall', 'recalled', 'recalls']);
/**
 * Strong product phrases that are a product's only with the product in their sentence (see productTold): fire told
 * as it goes on or may (FIRE_GOING: "forests are catching fire" is news), and exploding, stuttering, desync ("my son's
 * stuttering", "the crowd was exploding").
 */
const NEEDS_PRODUCT = new Set([...FIRE_GOING, 'exploding', 'explodes', 'stuttering', 'stutters', 'desync', 'desynced']);
/** Corruption is a product's when data is what went bad ("save file corrupted"), not "corrupted officials". */
const CORRUPTIBLE = new Set([...LOST_DATA, 'file', 'drive', 'card', 'backup', 'backups', 'database', 'profile']);
/** Other strong product phrases that hold only told of a product or of data, or a figure of speech ruled out (see resolveSignals). */
const GATED_FAULTS = new Set([...NEEDS_PRODUCT, ...CORRUPTING, ...MADE_ILL, ...PLAIN_FAULTS]);
/** Words of mending before what was corrupted: "walked me through fixing my corrupted save" tells the fix. */
const MENDING = new Set(['fix', 'fixed', 'fixing', 'repair', 'repaired', 'repairing', 'recover', 'recovered', 'recovering', 'restore', 'restored', 'restoring', 'rescued']);
/** A fault reported to someone ("lodging a fault with the network"), not found in a thing ("a fault with the battery"). */
const REPORTING = new Set(['lodge', 'lodged', 'lodging', 'log', 'logged', 'logging', 'report', 'reported', 'reporting', 'raise', 'raised', 'raising', 'file', 'filed']);
/** Product cues that are as often news or a figure of speech: a fault only with the product in their sentence. */
const PRODUCT_NEEDED = new Set(['fire', 'crash']);
/**
 * What crashes or catches fire when it is a product: software and the devices it runs on, and what plugs
 * in or holds a charge. "TRAIN CRASH LEAVES 12 INJURED", "Fire at the old mill", "stock market crash" name
 * none; not vehicles either, whose crash is an accident told, not a fault.
 */
const PRODUCT_THINGS = new Set([
  'app', 'apps', 'game', 'games', 'site', 'website', 'websites', 'page', 'server', 'servers', 'browser', 'software', 'program',
  'programme', 'system', 'update', 'updates', 'patch', 'firmware', 'platform', 'checkout', 'login', 'console', 'pc', 'computer',
  'computers', 'laptop', 'laptops', 'phone', 'phones', 'iphone', 'tablet', 'ipad', 'mac', 'macbook', 'tv', 'router', 'device',
  'devices', 'printer', 'battery', 'batteries', 'charger', 'chargers', 'cable', 'plug', 'adapter', 'socket', 'powerbank',
  'heater', 'heaters', 'kettle', 'toaster', 'oven', 'microwave', 'dryer', 'fridge', 'freezer', 'appliance', 'appliances',
  'lamp', 'bulb', 'vape', 'hoverboard', 'headphones', 'earbuds', 'speaker', 'blender', 'airfryer', 'fryer',
  // the same, many of them: "kettles are catching fire"
  'tvs', 'routers', 'printers', 'tablets', 'consoles', 'plugs', 'adapters', 'sockets', 'powerbanks', 'kettles', 'toasters', 'ovens',
  'microwaves', 'dryers', 'fridges', 'freezers', 'lamps', 'bulbs', 'vapes', 'hoverboards', 'speakers', 'blenders', 'airfryers',
  'fryers', 'cables', 'units', 'unit', 'model', 'models', 'product', 'products', 'machine', 'machines', 'e-bike', 'ebike', 'ebikes', 'scooter', 'scooters',
]);

/** Strong service phrases of a wait: a complaint only of a wait for something served (see servedAfter). */
const WAITED = new Set(['still waiting', 'been waiting', 'left waiting', 'still no']);
/**
 * The no-reply phrases and whose reply each tells missing (see unansweredElsewhere): the subject's, or
 * one named after "from" (a wait too: "still waiting on a reply from him").
 */
const UNANSWERED = new Map<string, Unanswered>([
  ...[
    ...UNANSWERED_BY, "won't answer my", "won't reply to my", "won't respond to my", 'never responded', 'never replied',
    'never replies', 'never responds', 'never answers', 'never picks up', 'never gets back to', 'never get back to',
    'never calls back', 'never call back', 'never called back', 'never called me back', 'never got back to me',
    'never returns my calls', 'left on read', 'takes forever to respond', 'takes forever to reply', 'took forever to respond',
    ...['ignored', 'ignoring'].flatMap((verb) => ['me', 'us', 'my', 'our'].map((whom) => `${verb} ${whom}`)),
  ].map((phrase): [string, Unanswered] => [phrase, 'by']),
  ...['no reply', 'no response', 'no answer', 'no word from', 'without a reply', 'without a response', 'without any reply',
    'without any response', 'no callback', ...WAITED].map((phrase): [string, Unanswered] => [phrase, 'from']),
  ...UNANSWERED_COUNTED.map((phrase): [string, Unanswered] => [phrase, 'counted']),
]);
/** A message sent to the brand: replies counted missing are its ("3 emails, 1 complaint form, 0 replies"), not a post's ("0 replies to my tweet"). */
const CONTACTS = new Set([
  'email', 'emails', 'mail', 'dm', 'dms', 'message', 'messages', 'complaint', 'complaints', 'ticket', 'tickets', 'call', 'calls',
  'letter', 'letters', 'enquiry', 'enquiries', 'inquiry', 'inquiries', 'query', 'queries', 'form', 'chat', 'request', 'requests',
  'voicemail', 'voicemails', 'emailed', 'messaged', 'called', 'rang', 'wrote',
]);
/** What a brand serves, waited for: "still waiting on the refund", "still no sign of my parcel", "still no reply". */
const SERVED = new Set([
  'parcel', 'parcels', 'package', 'packages', 'order', 'orders', 'delivery', 'deliveries', 'refund', 'refunds', 'reply',
  'replies', 'response', 'responses', 'answer', 'answers', 'callback', 'call', 'email', 'update', 'updates', 'word',
  'explanation', 'apology', 'compensation', 'cheque', 'check', 'money', 'payment', 'replacement', 'engineer', 'technician',
  'repair', 'repairs', 'fix', 'service', 'signal', 'power', 'internet', 'wifi', 'broadband', 'connection', 'water', 'heating',
  'gas', 'electricity', 'label', 'tracking', 'confirmation', 'invoice', 'receipt', 'booking', 'ticket', 'tickets', 'bag',
  'bags', 'luggage', 'suitcase', 'flight', 'train', 'bus', 'driver', 'courier', 'food', 'appointment', 'rebooking',
  'voucher', 'credit', 'account', 'card', 'contact', 'help', 'support', 'agent', 'rider', 'taxi', 'table', 'item', 'items',
  'product', 'shipment', 'delivered', 'dispatch', 'news', 'part', 'parts', 'spares',
]);
/** How many words after a wait phrase its object may run: "still waiting on the prepaid return label" is five. */
const SERVED_REACH = 5;
/** Strong service phrases of a change unannounced: a complaint only of one done to the writer or by the brand. */
const UNWARNED = new Set(['with no warning', 'without warning', 'without any warning', 'with no notice', 'without notice', 'without any notice']);
/** Who the change was done to or by: "deleted my workspace", "they cancelled it", "charged us". */
const WARNED = new Set(['my', 'our', 'me', 'us', 'i', 'we', "i'm", "we're", "i've", "we've", 'you', 'your', 'they', 'their', 'them']);
/** How far back in its clause the writer or the brand may stand: "They deleted my workspace and every file with no warning". */
const WARNED_REACH = 8;

/** Outlets whose word is news told: "Local news says 14 people were treated". */
const OUTLETS = new Set(['newspaper', 'local news', 'news station', 'news outlets', 'media outlets']);
const OUTLET_SAYS = new Set(['says', 'said', 'reports', 'claims', 'revealed', 'reveals']);
/** "Journalist here.", "I'm a money journalist": the writer is the press, asking for the story. */
const PRESS_SELF = new Set(["i'm", 'im', 'am']);

/** A press noun that tells the press at work on its own: the writer a journalist, an outlet's report. */
function pressAsks(tokens: readonly Token[], hit: SignalMatch): boolean {
  const next = tokens[hit.end]?.norm ?? '';
  if (OUTLETS.has(phraseOf(tokens, hit)) && OUTLET_SAYS.has(next)) return true;
  // "Journalist here", "Journalist at @DailyLedger here"
  for (let k = hit.end; k < tokens.length && k <= hit.end + 3; k++) {
    const token = tokens[k];
    if (!token || token.kind === 'punct') break;
    if (token.norm === 'here') return true;
  }
  for (let k = hit.start - 1; k >= 0 && k >= hit.start - 4; k--) {
    const token = tokens[k];
    if (!token || token.kind !== 'word') return false;
    if (PRESS_SELF.has(token.norm)) return true;
  }
  return false;
}

/** A hit's words, as written, lower case. */
const phraseOf = (tokens: readonly Token[], hit: SignalMatch): string => tokens.slice(hit.start, hit.end).map((token) => token.norm).join(' ');

/** Something served is waited for, within a few words of `from` in its clause, before any "to" ("for my sister to reply"). */
function servedAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from, words = 0; k < tokens.length && words < SERVED_REACH; k++) {
    const token = tokens[k];
    if (!token || token.kind === 'punct') return false;
    if (token.kind !== 'word') continue;
    if (token.norm === 'to') return false;
    if (SERVED.has(token.norm)) return true;
    words++;
  }
  return false;
}

/** A wait phrase with no object of its own: "Still waiting.", "still waiting @Acme", the post's end. */
function bareWait(tokens: readonly Token[], from: number): boolean {
  const next = tokens[from];
  return !next || next.kind === 'mention' || (next.kind === 'punct' && CLAUSE_BREAK.test(next.norm));
}

/** The writer or the brand in the clause before `index`: a change unannounced done to or by them. */
function warnedWhom(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 1, words = 0; k >= 0 && words < WARNED_REACH; k--) {
    const token = tokens[k];
    if (!token || (token.kind === 'punct' && CLAUSE_BREAK.test(token.norm))) return false;
    if (token.kind !== 'word') continue;
    if (WARNED.has(token.norm)) return true;
    words++;
  }
  return false;
}

/** A word at least this negative, shouted, is anger ("STUPID", "HATE", "Disgraceful!!!"); "NO" is not. */
const ANGRY_VALENCE = -1.5;
/** A word this negative beside a shout is anger wherever it is ("Fuck fuck fuck. F1 is my ONLY HOBBY"). */
const FURIOUS_VALENCE = -2.5;
/**
 * Negative words of sorrow, fear, illness or longing, and degree words: shouted, they are no anger
 * ("TERRIBLY SAD", "FEELING SICK!!!", "I could cry!!!", "The Walking Dead tonight!!!").
 */
const SORROW = new Set([
  'sad', 'sadly', 'sadness', 'sorrow', 'cry', 'crying', 'cried', 'cries', 'tears', 'miss', 'missing', 'missed', 'misses',
  'lonely', 'alone', 'depressed', 'depressing', 'nervous', 'anxious', 'scared', 'scary', 'afraid', 'frightened',
  'terrified', 'worried', 'worry', 'hurt', 'hurts', 'hurting', 'pain', 'painful', 'ache', 'aching', 'ill', 'sick',
  'poorly', 'tired', 'exhausted', 'helpless', 'hopeless', 'heartbroken', 'grief', 'grieving', 'dead', 'death', 'die',
  'died', 'dying', 'rip', 'sorry', 'jealous', 'bored', 'lost', 'lose', 'losing', 'unfortunately', 'terribly', 'awfully',
]);
/** Signals that are anger told beside a shout, wherever they are: an insult, a boycott, a legal threat. */
const ANGER_BESIDE = ['hostility', 'boycott', 'escalation:legal'] as const;
/**
 * Violence and disaster as news reports them ("FIRE AT WAREHOUSE KILLS TWO", "VIOLENT ATTACK"): shouted
 * in a headline they are no anger; told of the writer or to the brand they are ("YOUR SCOOTER NEARLY
 * KILLED ME", see PERSONAL).
 */
const NEWS_EVENTS = new Set([
  'kill', 'kills', 'killed', 'killing', 'killings', 'killer', 'murder', 'murders', 'murdered', 'attack', 'attacks', 'attacked',
  'violent', 'violence', 'arrest', 'arrests', 'arrested', 'injured', 'injures', 'injury', 'injuries', 'wounded', 'stabbed',
  'stabbing', 'explosion', 'explosions', 'blast', 'bomb', 'bombing', 'crash', 'crashes', 'terror', 'terrorist', 'terrorism',
  'war', 'deadly', 'fatal', 'hostage', 'riot', 'riots', 'disaster', 'tragedy', 'victims', 'casualties',
]);
/** The writer or the reader: a post naming either is no headline. Not "we" or "our": a brand's notice reports too. */
const PERSONAL = new Set(['i', "i'm", 'im', "i've", 'ive', 'me', 'my', 'mine', 'you', "you're", 'youre', 'your', 'yours', 'u', 'ur']);
/** Words of disbelief: anger only at something bad ("wtf is this update"), surprise at anything else ("wtf I won?!"). */
const DISBELIEF = new Set(['wtf', 'wth']);
/** "wtf is this…", "wtf is wrong with…", "wtf did they do…": disbelief that is a verdict on what it names. */
const DISBELIEF_AT: readonly (readonly string[])[] = [
  ['is', 'this'], ['is', 'that'], ['is', 'wrong'], ['is', 'going', 'on'], ['are', 'you'], ['are', 'they'], ['did', 'you'],
  ['did', 'they'], ['have', 'you'], ['have', 'they'], ['happened', 'to'], ['were', 'they', 'thinking'], ['were', 'you', 'thinking'],
];

/** "wtf is this…": a verdict on a thing named, unless it is seen happening (see happening). */
const VERDICT_ON = new Set(['is this', 'is that']);
/**
 * Something seen going on in the world ("falling", "flying", "glowing"): not every "-ing" word, which names
 * a brand's things as often ("pricing", "packaging", "billing"), nor a fault ("leaking").
 */
const HAPPENING = new Set([
  'falling', 'flying', 'floating', 'hovering', 'circling', 'glowing', 'shining', 'flashing', 'blinking', 'crawling',
  'swimming', 'walking', 'hopping', 'buzzing', 'hanging', 'growing', 'landing', 'drifting',
]);
const happening = (token: Token | undefined): boolean => token?.kind === 'word' && HAPPENING.has(token.norm);

/** A negative word that is anger's, not sorrow's or disbelief's (see shoutedAnger), at or below ANGRY_VALENCE. */
function angryWord(token: Token | undefined, valence: number): boolean {
  if (valence > ANGRY_VALENCE || token?.kind !== 'word') return false;
  const term = tokenTerm(token, hasWord);
  return !SORROW.has(term) && !DISBELIEF.has(term);
}

/**
 * Disbelief ("wtf") is anger when it lands on something bad: an angry word elsewhere in the post, a
 * complaint, insult, boycott or legal phrase; or, in a post with no praise, the verdict "wtf is this…",
 * or a reaction closing a statement with no question in it ("They changed the login page again. WTF!").
 * Beside good news or a fact asked about it is surprise: "wtf I won?!", "WTF! When did they drop an
 * album?!", "You've never seen Jaws? WTF?". What the post holds is read once (a post of 10,000 "wtf"s
 * asked it word by word); `at(index)` then asks only of the words after the one at `index`.
 */
class Disbelief {
  private post: { bad: boolean; question: boolean; lastOther: number } | undefined;
  /** For each word of a disbelief spelled out ("what the hell"), the index of its last word. */
  private spelled: Map<number, number> | undefined;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly hits: readonly SignalMatch[],
    private readonly context: SignalContext,
  ) {}

  /**
   * Where the disbelief a word belongs to ends ("wtf" itself, "hell" in "what the hell" its own index), or
   * −1: its words are the disbelief, not something bad it lands on ("what the hell, I won!").
   */
  endOf(index: number): number {
    if (!this.spelled) {
      this.spelled = new Map();
      for (const hit of this.hits) {
        if (hit.rule.code !== 'anger' || hit.end - hit.start < 2 || !DISBELIEF_PHRASE_SET.has(phraseOf(this.tokens, hit))) continue;
        for (let k = hit.start; k < hit.end; k++) this.spelled.set(k, hit.end - 1);
      }
    }
    const token = this.tokens[index];
    if (token?.kind === 'word' && DISBELIEF.has(tokenTerm(token, hasWord))) return index;
    return this.spelled.get(index) ?? -1;
  }

  at(index: number): boolean {
    if (!this.post) {
      let bad = false;
      for (const [at, valence] of this.context.negativeAt) if (angryWord(this.tokens[at], valence) && this.endOf(at) < 0) bad = true;
      bad ||= this.hits.some(
        (hit) => hit.rule.tier === 'strong' && (hit.rule.code.startsWith('complaint:') || (ANGER_BESIDE as readonly SignalCode[]).includes(hit.rule.code)),
      );
      let question = false;
      // the last word, number or mention that is no disbelief: a closing "wtf" has none after it
      let lastOther = -1;
      for (const [k, token] of this.tokens.entries()) {
        if (token.kind === 'punct' && token.norm.includes('?')) question = true;
        const content = token.kind === 'word' || token.kind === 'number' || token.kind === 'mention';
        if (content && this.endOf(k) < 0) lastOther = k;
      }
      this.post = { bad, question, lastOther };
    }
    const { bad, question, lastOther } = this.post;
    if (bad) return true;
    if (this.context.praiseAt.size > 0) return false;
    const at = DISBELIEF_AT.find((words) => words.every((word, k) => this.tokens[index + 1 + k]?.norm === word));
    // a thing seen happening and asked about is surprise ("what the hell is this falling from the sky??"),
    // not a verdict on it ("wtf is this update")
    if (at && !(question && VERDICT_ON.has(at.join(' ')) && happening(this.tokens[index + 1 + at.length]))) return true;
    return !question && lastOther >= 0 && lastOther < index;
  }
}

/**
 * A shout (capitals, or "!!!") is anger only where it lands on anger: a shouted word at least
 * ANGRY_VALENCE that is no sorrow, a strong complaint phrase shouted ("IT STILL DOES NOT WORK"), or an
 * insult, a boycott or a legal threat beside it. "Got tickets for the final!!! I could cry!!!",
 * "MISSING my grandad SO MUCH" and a headline in capitals are no anger.
 */
function shoutedAnger(tokens: readonly Token[], hits: readonly SignalMatch[], fired: ReadonlySet<SignalCode>, context: SignalContext, sentences: Sentences, disbelief: Disbelief): boolean {
  if (ANGER_BESIDE.some((code) => fired.has(code))) return true;
  let personal: boolean | undefined;
  for (const [at, valence] of context.negativeAt) {
    const token = tokens[at];
    // words only: a ":(" or "D:" is sorrow as often as anger, and the angry emoji are anger's own phrases
    if (token?.kind !== 'word') continue;
    const term = tokenTerm(token, hasWord);
    const disbeliefEnd = disbelief.endOf(at);
    if (disbeliefEnd >= 0) {
      if (!disbelief.at(disbeliefEnd)) continue;
    } else if (!angryWord(token, valence)) {
      continue;
    } else if (NEWS_EVENTS.has(term) && token.caps) {
      // a headline, in capitals, names neither the writer nor the reader ("STORM KILLS 3 AS FLOODS HIT
      // THE COAST"); "They shoved the injured fan aside! This NEEDS to stop!" is outrage, no headline
      personal ??= tokens.some((other) => other.kind === 'word' && PERSONAL.has(other.norm));
      if (!personal) continue;
    }
    if (valence <= FURIOUS_VALENCE || sentences.shouted(at)) return true;
  }
  return hits.some((hit) => hit.rule.tier === 'strong' && hit.rule.code.startsWith('complaint:') && fired.has(hit.rule.code) && sentences.shouted(hit.start));
}

/** Decides which signals hold, given the hits and what the sentiment pass found. */
/** Words of a value a brand claims in its own slogans ("Sustainability is in our DNA", "football for everyone"). */
const CLAIMED_VALUES = new Set([
  'sustainability', 'sustainable', 'sustainably', 'eco', 'green', 'planet', 'carbon', 'net', 'plastic', 'recycle', 'recycled',
  'recyclable', 'recycling', 'ethical', 'ethically', 'fair', 'fairly', 'dignity', 'equality', 'equal', 'diversity', 'diverse',
  'inclusion', 'inclusive', 'everyone', 'asset', 'family', 'community', 'values', 'care', 'cares', 'caring',
  'stand', 'proud', 'pride', 'kindness', 'wellbeing', 'transparency', 'transparent', 'honest', 'honesty', 'privacy', 'natural',
  'responsible', 'responsibly', 'employer', 'dna', 'mission', 'committed', 'commitment', 'respect', 'ally', 'allies', 'nature',
  'priority', 'side', 'customers', 'patients', 'value', 'security', 'balance', 'ethics', 'greener', 'afford',
  // from the hypocrisy misses of the development sets: "no-nasties", "locally sourced", "every child matters", "built to last"
  'fresh', 'local', 'locally', 'sourced', 'matters', 'families', 'loyal', 'voluntary', 'last', 'nasties', 'solidarity',
]);
/** What names a claim the brand made in public, right before its quotation. */
const ADVERTISED = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertised', 'advertising', 'slogan', 'tagline', 'motto', 'billboard', 'billboards', 'campaign',
  'promised', 'promise', 'promises', 'pledge', 'pledged', 'vowed',
]);
/** Words that link an advert to the promise quoted after it: "adverts: "…"", "slogan is "…"", "promised us that "…"". */
const CLAIM_LINKS = new Set(['is', 'was', 'says', 'said', 'saying', 'promising', 'claiming', 'claims', 'that', 'of', 'us', 'you', 'literally', 'reads', 'read']);
/** Value words that claim only in a slogan's form: "our priority" (not "priority boarding"), "on your side", "customers first". */
const CLAIMED_ONLY_AFTER = new Map<string, ReadonlySet<string>>([
  ['priority', new Set(['our', 'top', 'first', 'main', 'biggest', 'number'])],
  ['side', new Set(['your', 'our'])],
]);
const CLAIMED_ONLY_BEFORE = new Map<string, ReadonlySet<string>>([
  ['customers', new Set(['first', 'come'])],
  ['patients', new Set(['first', 'come'])],
]);

/** The quoted word claims a value (CLAIMED_VALUES), in its slogan's form where it needs one. */
function claimsValue(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.norm ?? '';
  if (!CLAIMED_VALUES.has(word)) return false;
  const after = CLAIMED_ONLY_AFTER.get(word);
  if (after) return after.has(tokens[index - 1]?.norm ?? '');
  const before = CLAIMED_ONLY_BEFORE.get(word);
  if (before) return before.has(tokens[index + 1]?.norm ?? '');
  return true;
}
/** What tells the claim's other side after it: "…then charged £95", "the same month they cut…", "turned out to be…". */
const BELYING = new Set(['then', 'while', 'meanwhile', 'also', 'yet', 'same', 'turned', 'actually', 'except', 'just', 'still', 'found', 'caught', 'but', 'whilst']);
/** "get them while they last", "while stocks last": an offer's limit, not the claim's other side. */
function whileStocksLast(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.norm === 'while' && tokens[at + 2]?.norm === 'last';
}
/** "…went up the week they closed the youth centre": a time of the claim, and who did the other thing. */
const WHEN_WORDS = new Set(['day', 'week', 'month', 'year', 'morning', 'night']);
const DOERS = new Set(['they', 'it', 'he', 'she', 'we', 'you']);
/** Newspapers by the last word of their name, written with a capital after "the" ("the Herald", "The Morning Ledger"). */
const OUTLET_NAMES = new Set(['herald', 'gazette', 'ledger', 'tribune', 'chronicle', 'post', 'times', 'journal', 'inquirer', 'examiner', 'observer', 'telegraph', 'guardian']);
/** What a newspaper's name announces: where the story came from ("via", "per", "according to"), or a dash before it at the end. */
const ATTRIBUTION = new Set(['via', 'per', 'according', 'reports', 'reported', 'says', 'said']);
/** Papers by a word that is no paper alone ("the Evening Courier", "the Westbridge Echo", "the Daily Mail"). */
const NAMED_OUTLETS = new Set(['courier', 'echo', 'mail', 'argus', 'advertiser', 'sentinel', 'bugle', 'news']);
/** A paper at work, beside the story words: "the Examiner found", "the Daily Ledger had to write it up", "Jason at the Chronicle DMed me". */
const PAPER_DOING = new Set(['found', 'finds', 'write', 'writes', 'writing', 'following', 'followed', 'dmed', 'column', 'caught', 'confirmed', 'published', 'made']);
/** A story in the paper or taken to it: "in the Gazette today", "on the front of the Metro Herald", "told the Courier". */
const IN_THE_PAPER = new Set(['in', 'to', 'of', 'from', 'told', 'contacted', 'emailed']);
/** A count of views: "at 4m views", "2.3M views". */
const VIEW_COUNT = /^\d+(?:\.\d+)?[km]$/;
/** What a count of them tells of a post seen widely: "4m views", "900k shares"; or "shared 500k times". */
const COUNTED = new Set(['views', 'shares', 'retweets', 'reposts', 'plays', 'impressions', 'upvotes']);
const SHARED = new Set(['shared', 'viewed', 'watched', 'retweeted', 'reposted']);
/** Leaving told of an account by its name: "Deleted my Quillo account", "closing my Lumo accounts". */
const LEAVING_VERBS = new Set(['deleted', 'deleting', 'closed', 'closing', 'cancelled', 'canceled', 'cancelling', 'canceling']);
const ACCOUNTS = new Set(['account', 'accounts', 'subscription', 'membership', 'plan', 'contract']);
/** Something found in food or a product: "a piece of blue plastic in it". */
const PIECES = new Set(['piece', 'pieces', 'bit', 'bits', 'shard', 'shards', 'chunk', 'lump', 'sliver']);
const FOREIGN_BODIES = new Set(['plastic', 'glass', 'metal', 'wire', 'bone', 'rubber', 'foil', 'wood', 'stone', 'hair']);
/** What a cause spoken up for follows: "posts about "…"", "tweeting about "…"". */
const SPEAKS_UP = new Set(['posts', 'posting', 'posted', 'tweets', 'tweeting', 'tweeted', 'talks', 'talking', 'banging', 'celebrates', 'celebrating']);
/** What the writer does with their custom when it goes elsewhere: "taking my mortgage elsewhere". */
const MOVERS = new Set(['taking', 'take', 'took', 'moving', 'move', 'moved', 'getting', 'get', 'spending', 'spend', 'putting', 'put', 'doing', 'do', 'buying', 'buy', 'shifting']);
/** A count in words before what was counted: "8 lakh views", "2 million views". */
const COUNT_WORDS = new Set(['lakh', 'crore', 'million', 'thousand', 'billion']);
/** The brand cancelling a count of bookings: "cancels 140 flights". */
const CANCELS = new Set(['cancels', 'cancelled', 'canceled', 'cancelling', 'canceling', 'scraps', 'scrapped', 'axes', 'axed']);
/** An app removed by its name: "Deleted Nimbus." */
const REMOVED = new Set(['deleted', 'uninstalled', 'unfollowed', 'cancelled', 'canceled']);
/** News outlets that give a headline with a colon: "BBC News: …", "Reuters: …"; one or two words. */
const HEADLINE_OUTLETS = new Set([
  'bbc', 'bbc news', 'reuters', 'itv news', 'sky news', 'cnn', 'bloomberg', 'guardian', 'the guardian', 'the times', 'ft', 'ap',
  'associated press', 'channel 4 news', 'abc news', 'nbc news', 'cbs news', 'fox news', 'the independent', 'the telegraph', 'politico',
  'axios',
]);
/** How many tokens name the outlet that opens the post with a colon after it ("BBC News: …"), or 0. */
function outletAtStart(tokens: readonly Token[]): number {
  for (let end = 0; end < 3 && end < tokens.length; end++) {
    if (tokens[end + 1]?.raw !== ':') continue;
    return HEADLINE_OUTLETS.has(tokens.slice(0, end + 1).map((token) => token.norm).join(' ')) ? end + 1 : 0;
  }
  return 0;
}
/**
 * News outlets, programmes and trade titles known by name, as tokenised (lower case, no "the"; "#" a number:
 * "Channel 9", "Fox 5"). `distinct`: a name that means nothing else, the press wherever a negative post names it
 * ("found out from a Sky News push notification"); otherwise a name that is also a word or a surname ("Vice",
 * "Wired", "Forbes", "Fortune"), the press only where the post tells it reporting (see outletsNamed).
 */
const OUTLETS_BY_NAME: ReadonlyMap<string, ReadonlyArray<{ words: string[]; distinct: boolean }>> = (() => {
  const distinct = [
    'bbc', 'bbc news', 'reuters', 'bloomberg', 'cnn', 'cnbc', 'msnbc', 'npr', 'nyt', 'new york times', 'wsj', 'wall street journal',
    'financial times', 'washington post', 'wapo', 'la times', 'los angeles times', 'usa today', 'associated press', 'ap news', 'axios',
    'politico', 'semafor', 'propublica', 'huffpost', 'huffington post', 'buzzfeed', 'buzzfeed news', 'daily mail', 'mailonline',
    'evening standard', 'sky news', 'itv news', 'channel 4 news', 'radio 4', 'radio 5 live', 'five live', 'lbc', 'money box',
    'moneysavingexpert', 'rip off britain', 'abc news', 'nbc news', 'cbs news', 'fox news', 'al jazeera', 'euronews', 'france 24',
    'cbc news', 'ctv news', 'sbs news', '9news', '7news', 'nine news', 'sydney morning herald', 'ndtv', 'times of india',
    'hindustan times', 'irish times', 'rte news', 'the athletic', 'espn', 'sky sports news', 'techcrunch', 'engadget', 'gizmodo',
    'ars technica', 'zdnet', 'cnet', 'mashable', 'venturebeat', 'verge', '404 media', 'kotaku', 'ign', 'eurogamer', 'pc gamer',
    'gamespot', 'rock paper shotgun', 'vgc', 'game informer', 'destructoid', 'gamesindustry', 'android central', 'android authority',
    '9to5mac', '9to5google', 'macrumors', 'pcmag', 'business insider', 'newsweek', 'daily express', 'daily star', 'daily mirror',
    'sunday times', 'the telegraph', 'the independent', 'the guardian',
  ];
  const ambiguous = [
    'vice', 'wired', 'fortune', 'forbes', 'insider', 'polygon', 'platformer', 'register', 'atlantic', 'economist', 'guardian',
    'telegraph', 'independent', 'mirror', 'vox', 'channel #', 'fox #', 'radio #', 'abc #', 'nbc #', 'cbs #', 'itv', 'ft', 'ap', 'pbs',
    'rte', 'cbc', 'ctv', 'abc', 'nbc', 'cbs', 'sbs',
  ];
  const byName = new Map<string, Array<{ words: string[]; distinct: boolean }>>();
  for (const [names, isDistinct] of [[distinct, true], [ambiguous, false]] as const) {
    for (const name of names) {
      const words = name.replace(/^the /, '').split(' ');
      const list = byName.get(words[0] as string) ?? [];
      list.push({ words, distinct: isDistinct });
      list.sort((a, b) => b.words.length - a.words.length);
      byName.set(words[0] as string, list);
    }
  }
  return byName;
})();
/** Before an outlet's name: where a story came from or was taken ("per", "via", "first reported by", "told", "a piece in"). */
const OUTLET_CREDITS = new Set([
  'per', 'via', 'according', 'by', 'told', 'tell', 'contacted', 'contacting', 'emailed', 'emailing', 'messaged', 'tipped', 'sent',
  'forwarded', 'breaking', 'icymi', 'writing', 'wrote', 'called', 'rang',
]);
/** Credits only after a work of the press: "a piece in Wired", "quoted on Sky News" (not "tonight on ESPN", "in Bath"). */
const WORK_CREDITS = new Set(['in', 'on', 'from', 'with']);
const CREDITED_WORKS = new Set(['quoted', 'featured', 'appeared', 'interview', 'interviewed', 'statement', 'comment', 'exposé']);
/** After an outlet's name, a few words on: the outlet at work ("Eurogamer asked", "the Bloomberg piece", "Sky News understands"). */
const OUTLET_REPORTS = new Set([
  'dive', 'report', 'reports', 'reported', 'reporting', 'says', 'said', 'confirms', 'confirmed', 'understands', 'asked', 'asks', 'reached',
  'found', 'finds', 'caught', 'ran', 'runs', 'running', 'run', 'picked', 'covered', 'covering', 'coverage', 'wrote', 'writes',
  'writing', 'write', 'noticed', 'profiled', 'published', 'broke', 'doorstepped', 'investigation', 'investigates',
  'investigating', 'piece', 'article', 'articles', 'story', 'stories', 'exposé', 'scoop', 'segment', 'headline', 'headlines',
  'podcast', 'episode', 'interview', 'interviewed', 'reporter', 'reporters', 'journalist', 'journalists', 'producer', 'editor',
  'readers', 'notification', 'alert', 'claims', 'revealed', 'reveals', 'obtained', 'exclusive', 'statement',
  'news', 'team', 'desk', 'column', 'consumer', 'investigations', 'cameras', 'crew', 'filmed', 'filming', 'calling',
]);
/** A credit that leads only to what is said: "declined to comment to the Financial Times", "spoke to Vice". */
const SAID_TO = new Set(['comment', 'given', 'spoke', 'speaking', 'talked', 'talking', 'statement', 'said', 'told', 'sent', 'complained', 'leaked']);
/** Handles of the press ("@BBCNews", "@amyreports", "@the_sentinel_news"); after a credit, any of these too ("via @Retail_Weekly:"). */
const PRESS_HANDLE = /news|reports|reporter|journo|journalist/;
const CREDITED_HANDLE = /desk|weekly|daily|times|post|herald|wire|report|news|journal|press|media|tribune|gazette|chronicle/;
/** Platforms, whose "article" or "story" is a post ("my Instagram story"), never the press by name. */
const PLATFORMS = new Set([
  'instagram', 'facebook', 'tiktok', 'youtube', 'reddit', 'twitter', 'discord', 'steam', 'twitch', 'snapchat', 'linkedin', 'threads',
  'bluesky', 'mastodon', 'google', 'wikipedia', 'medium', 'substack', 'quora', 'pinterest', 'whatsapp', 'telegram', 'tumblr', 'x',
]);
/** What a paper prints that a name before it makes the press's: "the GameBeat article", "that Vice piece", "a Kotaku exposé". */
const PRESS_WORKS = new Set(['article', 'articles', 'piece', 'exposé', 'scoop', 'segment', 'headline', 'journalist', 'journalists', 'reporter', 'reporters', 'magazine']);
/** Before a name and a paper's work, a determiner that makes it one piece: "the GameBeat article", "that Vice piece". */
const ONE_PIECE = new Set(['the', 'that', 'this', 'a', 'an']);
/** Words written with a capital before "piece" or "article" that name no outlet ("A PIECE OF CRAP", "Great article"). */
const NOT_OUTLETS = new Set([
  'a', 'an', 'the', 'this', 'that', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'one', 'another', 'every', 'each', 'whole',
  'entire', 'full', 'long', 'short', 'great', 'good', 'new', 'latest', 'last', 'first', 'next', 'big', 'little', 'huge', 'same',
  'other', 'real', 'news', 'nice', 'brilliant', 'interesting', 'excellent', 'awful', 'terrible', 'what',
]);
/** Call signs of US stations ("WGN says", "emailed KTVB"), not capitals that are words or other bodies. */
const CALL_SIGN = /^[KW][A-Z]{2,3}$/;
const NOT_CALL_SIGNS = new Set(['WHO', 'WTF', 'WTH', 'KFC', 'WWE', 'WWF', 'WTO', 'WFH', 'WOW', 'KPI', 'KPIS', 'WIFI', 'KYC', 'WYD', 'WBU']);
/**
 * Names made like an outlet's, by a word papers and sites are named with: one word ("PixelPost", "GameWire",
 * "TechDaily's") or a name and the word ("Respawn Daily"). Credited or at work, as any name that is also a word.
 */
const OUTLET_WORD = /^[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:News|Daily|Wire|Times|Herald|Gazette|Journal|Weekly|Digest|Insider|Dispatch|Tribune|Chronicle|Reporter)(?:['’]s)?$/;
/** What any brand does, not only a paper: a name made like an outlet's is not the press for saying something ("LiveWire says the recall is voluntary"). */
const ANYONE_SAYS = new Set(['says', 'said', 'claims', 'statement', 'team', 'alert', 'notification', 'readers', 'consumer', 'desk', 'column', 'news', 'confirms', 'confirmed']);
const OUTLET_WORDS = new Set(['Daily', 'Wire', 'Weekly', 'Digest', 'Insider', 'Dispatch', 'Tribune', 'Chronicle', 'Gazette', 'Herald', 'Journal', 'Reporter']);
/** What makes a run of capitalised words ending in "News" no outlet ("Good News:", "Breaking News"). */
const NEWS_OPENERS = new Set(['good', 'great', 'bad', 'breaking', 'big', 'fake', 'sad', 'exciting', 'happy', 'some', 'more', 'no']);

/** A capital past the second letter ("GameWire", not "Trump"): OUTLET_WORD needs one, so most names are not tried against it. */
function innerCapital(raw: string): boolean {
  for (let i = 2; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

/** "post's" → "post": a paper's name with its possessive ("the Post's story"); anything else as it is. */
function withoutPossessive(norm: string): string {
  const n = norm.length;
  if (n < 3 || norm.charCodeAt(n - 1) !== 115 /* s */) return norm;
  const mark = norm.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019 ? norm.slice(0, n - 2) : norm;
}

/**
 * The outlet named at `k` (capitalised, or all capitals), as [end (exclusive), kind], or undefined: `distinct` and
 * `ambiguous` as in OUTLETS_BY_NAME (and a call sign, "<Name> News", "<Name> Daily"), `made` one word made like an outlet's name (OUTLET_WORD).
 */
function outletAt(tokens: readonly Token[], k: number): [number, 'distinct' | 'ambiguous' | 'made'] | undefined {
  const token = tokens[k] as Token;
  if (token.kind !== 'word' || !capitalised(token)) return undefined;
  if (token.caps && token.raw.length <= 4 && CALL_SIGN.test(token.raw) && !NOT_CALL_SIGNS.has(token.raw) && vocabularyRank(token.norm) === undefined) return [k + 1, 'ambiguous'];
  const plain = (t: Token | undefined): string => (t ? withoutPossessive(t.norm) : '');
  if (innerCapital(token.raw) && OUTLET_WORD.test(token.raw)) return [k + 1, 'made'];
  // "Respawn Daily"; "Radio City News", "Westside News": capitalised words closed by "News"
  const second = tokens[k + 1];
  if (capitalised(second)) {
    // the name's closing word first (most pairs of capitals have none), then the words that make it no outlet
    let end = OUTLET_WORDS.has(withoutPossessive((second as Token).raw)) ? k + 2 : -1;
    for (let j = k + 1; end < 0 && j <= k + 3 && capitalised(tokens[j]); j++) if (tokens[j]?.raw === 'News') end = j + 1;
    if (end > 0 && !NEWS_OPENERS.has(token.norm) && !NOT_OUTLETS.has(token.norm)) return [end, 'ambiguous'];
  }
  for (const outlet of OUTLETS_BY_NAME.get(plain(token)) ?? []) {
    let fits = true;
    for (let j = 1; j < outlet.words.length && fits; j++) {
      const next = tokens[k + j];
      const word = outlet.words[j] as string;
      fits = next !== undefined && (word === '#' ? next.kind === 'number' : plain(next) === word);
    }
    if (fits) return [k + outlet.words.length, outlet.distinct ? 'distinct' : 'ambiguous'];
  }
  return undefined;
}

/**
 * The press named by its outlet: a known outlet credited or at work ("per TechCrunch", "Kotaku reached out", "the
 * Bloomberg piece", "declined to comment to the Financial Times"), a distinct one named at all in a negative post;
 * a name before what papers print, after a determiner or in a negative post ("the GameBeat article is full of people
 * whose…"); a press handle ("h/t @jdoe_reports", "via @Retail_Weekly:"). The index range of the first, or undefined.
 */
function outletsNamed(tokens: readonly Token[], context: SignalContext, sentences: Sentences): [number, number] | undefined {
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind === 'mention') {
      const handle = token.norm.toLowerCase();
      const credited = OUTLET_CREDITS.has(tokens[k - 1]?.norm ?? '') || tokens[k - 1]?.norm === 't';
      const says = OUTLET_REPORTS.has(tokens[k + 1]?.norm ?? '');
      // a press handle credited, saying, or named in a negative post ("Hey @the_sentinel_news, your readers…"), not retweeted news
      if (credited ? CREDITED_HANDLE.test(handle) : PRESS_HANDLE.test(handle) && (says || context.negative)) return [k, k];
      continue;
    }
    if (!capitalised(token)) continue;
    const outlet = outletAt(tokens, k);
    if (outlet) {
      const [end, kind] = outlet;
      const sentence = sentences.of(k);
      const before = tokens[k - 1]?.norm === 'the' ? k - 2 : k - 1;
      let credited = false;
      for (let j = before; j >= 0 && j >= before - 2 && !credited && sentences.of(j) === sentence; j--) {
        const word = tokens[j]?.norm ?? '';
        const said = word === 'to' && (SAID_TO.has(tokens[j - 1]?.norm ?? '') || SAID_TO.has(tokens[j - 2]?.norm ?? ''));
        const worked = WORK_CREDITS.has(word) && (OUTLET_REPORTS.has(tokens[j - 1]?.norm ?? '') || CREDITED_WORKS.has(tokens[j - 1]?.norm ?? ''));
        credited = OUTLET_CREDITS.has(word) || said || worked;
      }
      let reporting = tokens[end]?.raw === ':' && k === 0;
      for (let j = end; j < tokens.length && j < end + 4 && !reporting && sentences.of(j) === sentence; j++) {
        const word = tokens[j]?.norm ?? '';
        reporting = OUTLET_REPORTS.has(word) && (kind !== 'made' || !ANYONE_SAYS.has(word));
      }
      if (credited || reporting || (kind === 'distinct' && context.negative)) return [tokens[k - 1]?.norm === 'the' ? k - 1 : k, end - 1];
      k = end - 1;
      continue;
    }
    // an unknown name before a paper's work, not a platform's, and not a sentence's first word unless written as a name ("GameBeat", "FT")
    const work = tokens[k + 1];
    if (work && PRESS_WORKS.has(work.norm) && !PLATFORMS.has(token.norm) && !NOT_OUTLETS.has(token.norm) && (context.negative || ONE_PIECE.has(tokens[k - 1]?.norm ?? ''))) {
      const first = k === 0 || tokens[k - 1]?.kind === 'punct';
      if (!first || token.caps || /[a-z][A-Z]/.test(token.raw)) return [k, k + 1];
    }
  }
  return undefined;
}
/**
 * Regulators and the law's other arms, by name: initials only in capitals ("the SEC", not "a sec"), words as written
 * ("the regulator", "Trading Standards", "the ombudsman"). Two-word names by their first word.
 */
const REGULATOR_INITIALS = new Set([
  'FTC', 'SEC', 'FCA', 'CMA', 'ICO', 'ASA', 'CQC', 'ACCC', 'ASIC', 'CFPB', 'NHTSA', 'CPSC', 'FDA', 'FAA', 'EPA', 'DOJ', 'OSHA', 'HSE',
  'FSA', 'PRA', 'OFT', 'FCC', 'DVLA', 'CAA', 'ORR', 'TGA', 'SEBI', 'RBI', 'FSSAI', 'CCPC', 'CCI', 'FINRA', 'NTSB',
]);
const REGULATOR_WORDS = new Set([
  'ofcom', 'ofgem', 'ofwat', 'ofsted', 'regulator', 'regulators', 'watchdog', 'ombudsman', 'authorities', 'prosecutors', 'police',
]);
const REGULATOR_PAIRS = new Set(['trading standards', 'attorney general', 'gambling commission', 'charity commission', 'environment agency', 'european commission', 'competition bureau', 'health department']);
const PAIR_FIRSTS = new Set(Array.from(REGULATOR_PAIRS, (pair) => pair.split(' ')[0] as string));
/** Either: a regulator's word or a two-word name's first (regulatorActs' one lookup of a word). */
const REGULATOR_WORD_OR_FIRST = new Set([...REGULATOR_WORDS, ...PAIR_FIRSTS]);
/** What a regulator does that escalates: "the FTC is looking into", "fined by Ofcom", "referred the case to authorities". */
const REGULATOR_ACTS = new Set([
  'investigating', 'investigation', 'investigations', 'investigate', 'investigates', 'probe', 'probes', 'probing', 'fined', 'fines',
  'fining', 'sued', 'suing', 'sues', 'ruling', 'referred', 'inquiry', 'enquiry', 'sanction', 'sanctions', 'sanctioned', 'prosecute',
  'prosecuted', 'prosecution', 'penalty', 'penalties', 'enforcement', 'looking', 'summoned', 'raided', 'raid', 'charged',
]);

/** A regulator acting on the case, within a few words of its name in one sentence; the index range, or undefined. */
function regulatorActs(tokens: readonly Token[], sentences: Sentences): [number, number] | undefined {
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word' || token.norm.length < 3) continue;
    // initials by their first two letters in capitals ("FCA", "the ICO's"), so a word ("sec", "Asa") asks nothing more
    const second = token.raw.charCodeAt(1);
    // a word with no possessive that neither set holds (most words) asks one table, not two
    const plain = withoutPossessive(token.norm);
    const listed = plain !== token.norm || REGULATOR_WORD_OR_FIRST.has(plain);
    const named = (second >= 65 && second <= 90 && REGULATOR_INITIALS.has(withoutPossessive(token.raw))) || (listed && REGULATOR_WORDS.has(plain));
    const pair = !named && listed && PAIR_FIRSTS.has(token.norm) && REGULATOR_PAIRS.has(`${token.norm} ${withoutPossessive(tokens[k + 1]?.norm ?? '')}`);
    if (!named && !pair) continue;
    const end = pair ? k + 1 : k;
    const sentence = sentences.of(k);
    for (let j = Math.max(0, k - 6); j <= end + 6 && j < tokens.length; j++) {
      if (j >= k && j <= end) continue;
      if (sentences.of(j) !== sentence) continue;
      const word = tokens[j]?.norm ?? '';
      if (!REGULATOR_ACTS.has(word)) continue;
      if (word === 'looking' && tokens[j + 1]?.norm !== 'into') continue;
      // charged with an offence ("Bus Driver Charged With OWI"), not a charge through a crowd or on a bill
      const charges = token.norm === 'police' || token.norm === 'prosecutors';
      if (word === 'charged' && (!charges || !tokens.slice(j + 1, j + 5).some((t) => t.norm === 'with'))) continue;
      return [Math.min(j, k), Math.max(j, end)];
    }
  }
  return undefined;
}

/** A booking the brand cancelled on the writer; who cancels it themselves. */
const CANCELLED_WORDS = new Set(['cancelled', 'canceled']);
const WRITERS = new Set(['i', 'we', "i've", "we've", "i'd", "we'd", 'just', 'finally', 'have', 'had']);
const BOOKED = new Set([
  'flight', 'flights', 'train', 'trains', 'booking', 'bookings', 'appointment', 'appointments', 'reservation', 'order', 'delivery',
  'holiday', 'trip', 'surgery', 'operation', 'class', 'lesson', 'ticket', 'tickets', 'room', 'stay', 'installation', 'visit',
]);
/** Whose claim, or what it insured: "my claim", "Biscuit's surgery claim", "a flood claim". */
const CLAIMANTS = new Set([
  'my', 'our', 'his', 'her', 'their', 'your', 'insurance', 'flood', 'warranty', 'surgery', 'vet', 'travel', 'pet', 'home', 'car', 'damage',
  'theft', 'storm', 'water', 'medical', 'refund', 'compensation', 'delay', 'legit', 'valid',
]);
/** A claim turned down: "rejected my claim", "denied the whole claim". */
const DENIED = new Set(['rejected', 'rejecting', 'rejects', 'denied', 'denying', 'denies', 'declined', 'declining', 'declines', 'refused', 'refusing', 'refuses']);
/** Verbs of calling names: "calls fans 'goblins'", "called my wife 'sweetheart' 4 times". */
const NAME_CALLING = new Set(['call', 'calls', 'called', 'calling']);
/** Whom staff call names as a group: "calling EV drivers "whiny hippies"". */
const CALLED_GROUPS = new Set([
  'fans', 'customers', 'drivers', 'users', 'players', 'people', 'women', 'men', 'staff', 'workers', 'parents', 'students', 'passengers',
  'guests', 'gamers', 'viewers', 'followers', 'critics', 'shoppers', 'members', 'supporters', 'employees', 'residents', 'tenants',
]);
/**
 * Verbs that give what someone said, right before its quotation: "the teller told me "…"", "the agent wrote "…"",
 * "and he goes "…"" (not "asked": "the attendant asked if I wanted the "lava foam"" quotes a product).
 */
const SAYING = new Set([
  'said', 'says', 'saying', 'told', 'tells', 'telling', 'wrote', 'writes', 'typed', 'replied', 'replies', 'answered',
  'responded', 'joked', 'shouted', 'shouting', 'yelled', 'yelling', 'snapped', 'goes',
]);
/** Who says it in a sentence that names no one: staff named in the sentence before ("Every agent said… Last one said "…""). */
const SAYERS = new Set(['he', 'she', 'they', 'one', 'words']);
/** Words between a sayer and its verb: "he then said", "and just shouting". */
const LINKING = new Set(['then', 'and', 'just', 'also', 'literally', 'actually', 'again']);
/** The brand's answer told, not staff's words: "A Zoomly spokesperson said the courier "acted outside company policy"". */
const ANSWERING = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'statement', 'apologises', 'apologizes', 'apologised', 'apologized', 'confirms', 'confirmed']);

/**
 * Staff quoted: a worker of the brand's, named in the sentence (or the one before, then "he said"), tells or
 * says something the post quotes ("the teller told the queue "this is why we have card machines"", "Agent said
 * "just pay it, we'll look later""). Told by a customer, staff's own words are the complaint, however calmly
 * the post reads (a development set on staff: 85 of 110 conduct posts read with no signal, many neutral or
 * positive). Not words of praise ("the driver said "you made my day!""), and not in a post that reads plainly
 * positive with nothing negative in what was said; never the writer's own "I said", nor the brand's answer
 * told ("Acme apologises…, says the staff member "has been removed"").
 */
function staffQuoted(tokens: readonly Token[], quotes: ReadonlyArray<[number, number]>, context: SignalContext, sentences: Sentences): [number, number] | undefined {
  for (const [open, close] of quotes) {
    // "CEO of Lumen Bank on a podcast: "…"", "Her words: "…"": a colon gives the words, if they are meant ill
    let verb = tokens[open - 1]?.norm === ':' ? open - 1 : -1;
    for (let j = open - 1; j >= 0 && j >= open - 9 && verb < 0; j--) {
      const token = tokens[j] as Token;
      if (endsSentence(tokens, j)) break;
      if (token.kind === 'word' && SAYING.has(token.norm)) {
        verb = j;
        break;
      }
    }
    if (verb < 0 || WRITERS.has(tokens[verb - 1]?.norm ?? '')) continue;
    let answer = false;
    for (let j = verb - 1; j >= 0 && !answer; j--) {
      if (endsSentence(tokens, j)) break;
      answer = ANSWERING.has((tokens[j] as Token).norm);
    }
    if (answer) continue;
    let staffed = sentences.namesStaff(verb);
    let before = verb - 1;
    while (before >= 0 && LINKING.has(tokens[before]?.norm ?? '')) before--;
    const subject = tokens[before];
    // "…he said", or a sentence opened by the verb ("The teller spoke to her like a child. Shouting "…"")
    if (!staffed && (!subject || SAYERS.has(subject.norm) || endsSentence(tokens, before))) {
      let end = subject?.kind === 'punct' ? before : before - 1;
      while (end >= 0 && !endsSentence(tokens, end)) end--;
      staffed = end >= 0 && sentences.namesStaff(end);
    }
    if (!staffed) continue;
    let praisedInside = false;
    for (const at of context.praiseAt) if (at > open && at < close) praisedInside = true;
    // words meant ill: a plainly negative word said ("no rush at all" is none), or a post that reads negative (a colon
    // needs the word: "Store manager update: "open late tonight"")
    let said = false;
    for (let q = open + 1; q < close && !said; q++) said = (context.negativeAt.get(q) ?? 0) <= -1;
    const colon = tokens[verb]?.norm === ':';
    if (praisedInside || (colon ? !said : !said && !context.negative && context.positive)) continue;
    return [verb, close];
  }
  return undefined;
}

/** Counts told in words: "three weeks since my claim". */
const SMALL_NUMBERS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);
const COUNTED_SPANS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months']);
/** What a "Day 11 of …" counts when it is a wait on a brand: "Day 9 of waiting for the sofa", "Month 3 of Fibrely billing me…". */
const WAITING_ON = new Set(['waiting', 'chasing', 'billing', 'calling', 'emailing', 'no']);
/** What a "N weeks since my …" waits on: SERVED, and what is filed with a brand. */
const FILED = new Set(['claim', 'complaint', 'install', 'installation', 'application', 'request', 'return', 'order', 'refund', 'booking', 'repair', 'appointment', 'ticket', 'case']);
const isCount = (token: Token | undefined): boolean => token !== undefined && (token.kind === 'number' ? /^\d+$/.test(token.norm) : SMALL_NUMBERS.has(token.norm));

/**
 * A wait on the brand told by its count (a development set on service: waits told as counts, with no wait word,
 * read with no signal): "Day 11 without internet", "Day 9 of waiting for the sofa", "71 days since my flood claim",
 * "it's been 23 business days" (in a post naming something served, not one that reads plainly positive). Not "Day 3
 * of the Ashes", "two weeks since my last cigarette".
 */
function waitCountedAt(tokens: readonly Token[], k: number, context: SignalContext, sentences: Sentences): [number, number] | undefined {
  const span = tokens[k + 1]?.norm ?? '';
  // "Day 11 without internet": a count of the day, opening its sentence
  const before = tokens[k - 1]?.norm;
  if (before === 'day' || before === 'week' || before === 'month') {
    const opener = tokens[k - 2];
    // "@CoastlineWater day 4 without water": a handle before the count still opens the post
    if (!opener || endsSentence(tokens, k - 2) || (opener.kind === 'mention' && k - 2 === 0)) {
      if (span === 'without' || (span === 'of' && WAITING_ON.has(tokens[k + 2]?.norm ?? ''))) return [k - 1, k + 2];
      if (span === 'of') {
        for (let j = k + 2; j <= k + 5 && j < tokens.length; j++) if (SERVED.has(tokens[j]?.norm ?? '') && tokens[j - 1]?.kind === 'word') return [k - 1, j];
      }
    }
  }
  const spanAt = span === 'business' || span === 'working' ? k + 2 : k + 1;
  if (!COUNTED_SPANS.has(tokens[spanAt]?.norm ?? '')) return undefined;
  // "71 days since my flood claim"
  const whose = tokens[spanAt + 2]?.norm;
  if (tokens[spanAt + 1]?.norm === 'since' && (whose === 'my' || whose === 'our' || whose === 'the')) {
    for (let j = spanAt + 3; j <= spanAt + 5 && j < tokens.length; j++) if (FILED.has(tokens[j]?.norm ?? '')) return [k, j];
  }
  // "it's been 23 business days"
  if (before === 'been' && !context.positive && sentences.servedTold()) return [k - 1, spanAt];
  return undefined;
}

/** Loss and atrocity: marketing that sells on them offends ("Remembrance Day 'sale'", "thirsty like a refugee"). */
const SOLEMN = new Set([
  'remembrance', 'poppy', 'poppies', 'memorial', 'famine', 'refugee', 'refugees', 'asylum', 'genocide', 'holocaust', 'massacre',
  'suicide', 'funeral', 'tragedy', 'grief', 'bereavement', 'anzac', 'shooting',
]);
/** Selling and marketing, told beside SOLEMN in one sentence. */
const SELLING = new Set([
  'sale', 'sales', 'discount', 'discounts', 'off', 'promo', 'promotion', 'deal', 'deals', 'bundle', 'merch', 'code', 'marketing',
  'ad', 'advert', 'campaign', 'flog', 'flogging', 'themed', 'billboard', 'slogan', 'map', 'skin',
]);
/** Selling for a cause: "a Remembrance sale for the Legion", "proceeds to refugee charities". */
const GIVING = new Set(['charity', 'charities', 'donate', 'donated', 'donating', 'donation', 'donations', 'proceeds', 'raise', 'raises', 'raised', 'raising', 'fundraiser', 'fundraising', 'appeal']);

/**
 * Selling on loss (a development look at offence misses: "Cuppa & Co's Remembrance Day 'poppy latte — 11% off'",
 * "flog tickets to a memorial gig", "a mass-shooting location as a "fun" map"): a SOLEMN word and a SELLING one in
 * one sentence, in a post that does not read plainly positive, and not selling for a cause.
 */
function sellingOnLoss(tokens: readonly Token[], at: number, context: SignalContext): [number, number] | undefined {
  // a mass or school shooting, not "going shooting"
  if (context.positive || (tokens[at]?.norm === 'shooting' && tokens[at - 1]?.norm !== 'mass' && tokens[at - 1]?.norm !== 'school')) return undefined;
  let from = at;
  while (from > 0 && !endsSentence(tokens, from - 1)) from--;
  let sold = -1;
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (k > at && endsSentence(tokens, k)) break;
    if (GIVING.has(token.norm)) return undefined;
    // "20% off", "£5 off"; not "a day off"
    if (sold < 0 && SELLING.has(token.norm) && (token.norm !== 'off' || tokens[k - 1]?.norm === '%' || tokens[k - 1]?.kind === 'number')) sold = k;
  }
  return sold < 0 ? undefined : [Math.min(at, sold), Math.max(at, sold)];
}

/** Data let out: a leak or an exposure, then within four words whose data ("leaked 4 million users' logs", "the leak included API keys"). */
const LET_OUT = new Set(['leaked', 'leaks', 'leaking', 'leak', 'exposed', 'exposing', 'exposes']);
const WHOSE_DATA = new Set([
  'users', 'customers', 'members', 'patients', 'players', 'clients', 'passengers', 'guests', 'students', "people's", "everyone's",
  'accounts', 'passwords', 'addresses', 'records', 'passport', 'passports', 'keys', 'emails',
]);
/**
 * Where a scam reached the writer, in the sentence that calls it one: "the '£500 voucher' going round is a scam",
 * "It's a scam, don't click". Not SCAM_CHANNELS, which holds "app" and "account": "this app is a scam" is a rip-off.
 */
const SCAM_REACHES = new Set(['text', 'texts', 'email', 'emails', 'link', 'links', 'site', 'website', 'voucher', 'vouchers', 'message', 'messages', 'dm', 'dms', 'call', 'caller', 'click', 'page']);
/** A presence faked in a brand's name: "a fake Ember Mobile support account", "a fake TixNest resale site". */
const FAKED = new Set(['account', 'accounts', 'page', 'profile', 'site', 'website', 'app', 'support', 'helpline', 'number']);

/** A security complaint told by its shape (see the sets above); the index range, or undefined. */
function securityShape(tokens: readonly Token[], sentences: Sentences): [number, number] | undefined {
  for (let k = 0; k < tokens.length; k++) {
    const norm = (tokens[k] as Token).norm;
    if (LET_OUT.has(norm)) {
      for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
        if (tokens[j]?.kind === 'punct' && tokens[j]?.raw !== "'") break;
        if (WHOSE_DATA.has(tokens[j]?.norm ?? '')) return [k, j];
      }
    } else if (norm === 'scam') {
      // said of something that reached the writer, in its sentence ("Felt like a scam" after a website is a rip-off)
      const sentence = sentences.of(k);
      for (let j = k - 1; j >= 0 && sentences.of(j) === sentence; j--) if (SCAM_REACHES.has(tokens[j]?.norm ?? '')) return [j, k];
      for (let j = k + 1; j < tokens.length && sentences.of(j) === sentence; j++) if (SCAM_REACHES.has(tokens[j]?.norm ?? '')) return [k, j];
    } else if (norm === 'fake') {
      for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
        if (tokens[j]?.kind === 'punct') break;
        if (FAKED.has(tokens[j]?.norm ?? '')) return [k, j];
      }
    }
  }
  return undefined;
}

/**
 * The words a rule of toldByShape()'s loop starts from. Most words of a post start none: such a word, not
 * capitalised, not a number and not a mark, is passed over with this one lookup instead of each rule's
 * own. A rule added to the loop that starts from a word adds its words here.
 */
const SHAPE_STARTS: ReadonlySet<string> = new Set([
  ...LEAVING_VERBS, ...CANCELLED_WORDS, ...CANCELS, ...REMOVED, ...PIECES, ...DENIED, ...NAME_CALLING, ...SMALL_NUMBERS, ...SOLEMN,
  'also', 'elsewhere', 'fake', 'scam',
]);
/** Headings that repeat with a colon and name no one: "Update: … Update: …". */
const NOT_NAMES = new Set([
  'me', 'update', 'edit', 'note', 'ps', 'q', 'a', 'source', 'step', 'day', 'tldr', 'also', 'then', 'now', 'them', 'us', 'you', 'him', 'her',
  'preview', 'review', 'spoiler', 'spoilers', 'warning', 'tip', 'pros', 'cons', 'verdict', 'answer', 'question', 'breaking', 'live',
  'watch', 'read', 'listen', 'link', 'photo', 'video', 'credit', 'thread', 'part', 'chapter', 'episode', 'round', 'final', 'result',
  'score', 'reminder', 'psa', 'fyi', 'news', 'alert', 'quote', 'lyrics', 'date', 'time', 'venue', 'price', 'location', 'when', 'where',
]);

const startsWithDigit = (norm: string): boolean => {
  const code = norm.charCodeAt(0);
  return code >= 48 && code <= 57;
};

function capitalised(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  const initial = token.raw.charCodeAt(0);
  return initial >= 65 && initial <= 90;
}

/** A signal found by its shape, as a strong hit over tokens `from` to `to` (inclusive). */
function shapeOf(code: SignalCode, from: number, to: number): SignalMatch {
  return { rule: { code, tier: 'strong' }, start: from, end: to + 1 };
}

/**
 * Signals told by the shape of a post rather than by a phrase (QA, a set of controversy posts: every hypocrisy
 * post and most about staff read with no signal):
 * - a value the brand claims, quoted, then belied ("FC Redmarsh put "football for everyone" on the shirts and then
 *   charged £95 for a kids kit"; a quoted value in a negative post: "Greenleaf's "plastic-free aisle" is every
 *   vegetable wrapped in plastic"): hypocrisy;
 * - one name set against itself ("Tandem: "our people are our greatest asset." Also Tandem: lays off 300"): hypocrisy;
 * - a newspaper named with its story ("spoke to a journalist at the Post", "…, the Financial Ledger reports"): press;
 * - staff calling people names ("their community manager calls fans "goblins""): an employee complaint.
 * One pass over the tokens, and a few tokens beside each quotation or colon.
 */
function toldByShape(tokens: readonly Token[], context: SignalContext, sentences: Sentences): SignalMatch[] {
  const found: SignalMatch[] = [];
  const quotes = quotations(tokens);
  const closeOf = new Map(quotes);
  // a claimed value, quoted, with its other side told after it (or a post that reads negative)
  for (const [open, close] of quotes) {
    let valued = false;
    for (let k = open + 1; k < close && !valued; k++) valued = claimsValue(tokens, k);
    // or a promise the brand advertised, whatever it says ("Acme adverts: 'no price rises mid-contract'")
    // (the words between only link it: "ad promising", "slogan was"; not "their ad joked about "…"", a quotation of the ad)
    for (let k = open - 1; k >= 0 && k >= open - 3 && !valued; k--) {
      valued = ADVERTISED.has(tokens[k]?.norm ?? '');
      if (!valued && tokens[k]?.kind === 'word' && !CLAIM_LINKS.has(tokens[k]?.norm ?? '')) break;
    }
    // or a cause the brand speaks up for in public ("posts about "Mental Health Awareness Week" while…")
    if (!valued && tokens[open - 1]?.norm === 'about') valued = SPEAKS_UP.has(tokens[open - 2]?.norm ?? '');
    if (!valued || close - open > 14) continue;
    let belied = context.negative;
    for (let k = close + 1; k < tokens.length && k < close + 25 && !belied; k++) {
      const word = tokens[k]?.norm ?? '';
      // "…the week they closed the youth centre"
      belied = (BELYING.has(word) && !whileStocksLast(tokens, k)) || (WHEN_WORDS.has(word) && tokens[k - 1]?.norm === 'the' && DOERS.has(tokens[k + 1]?.norm ?? ''));
    }
    if (belied) {
      found.push(shapeOf('complaint:hypocrisy', open, close));
      break;
    }
  }
  // "Name: … Also Name: …" — the same name, up to three capitalised words, twice before a colon, and no other
  // (a dialogue names two: "Jay-Z: … Jay-Z's Dad: …"), with "also" before it or in a negative post
  const named = new Map<string, number>();
  let twice: [number, number] | undefined;
  let alsoTwice = false;
  // a headline given by its outlet, first: "BBC News: …", "Reuters: …" (then no paper's name is looked for)
  const headline = outletAtStart(tokens);
  if (headline > 0) found.push(shapeOf('escalation:press', 0, headline - 1));
  let pressFound = headline > 0;
  const regulated = regulatorActs(tokens, sentences);
  if (regulated) found.push(shapeOf('escalation:legal', regulated[0], regulated[1]));
  const letOut = securityShape(tokens, sentences);
  if (letOut) found.push(shapeOf('complaint:security', letOut[0], letOut[1]));
  const quoted = quotes.length > 0 ? staffQuoted(tokens, quotes, context, sentences) : undefined;
  if (quoted) found.push(shapeOf('complaint:employee', quoted[0], quoted[1]));
  const pressNamed = pressFound ? undefined : outletsNamed(tokens, context, sentences);
  if (pressNamed) {
    found.push(shapeOf('escalation:press', pressNamed[0], pressNamed[1]));
    pressFound = true;
  }
  let calledNames = false;
  let waited = false;
  let solemn = false;
  let seen = false;
  let left = false;
  let cancelledOn = false;
  let claimDenied = false;
  let foreignBody = false;
  let elsewhere = false;
  let fake = false;
  let cancelledMany = false;
  let deletedName = false;
  let shrank = false;
  let priced: boolean | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    // a word no rule starts from (SHAPE_STARTS): not a name or outlet, not a count ("12k")
    const starts = SHAPE_STARTS.has(token.norm);
    const digit = startsWithDigit(token.norm);
    if (token.kind !== 'punct' && token.kind !== 'number' && !starts && !capitalised(token) && !digit) continue;
    // Each rule below is asked only of a token it can start from (its words are in SHAPE_STARTS, or it needs a
    // figure, a mark or a name): a capitalised word or a mark, most of what passes the line above, asks one or two.
    // "went from 12 pieces to 9", "used to be 10": a figure told as what a pack was, in a post that names its price
    if (!shrank && digit && (tokens[k - 1]?.norm === 'to' || wasBefore(tokens, k))) {
      const less = shrunkAt(tokens, k, () => (priced ??= tokens.some((other) => PRICED.has(other.norm))));
      if (less) {
        found.push(shapeOf('complaint:product', less[0], less[1]));
        shrank = true;
      }
    }
    if (!solemn && starts && SOLEMN.has(token.norm)) {
      const sold = sellingOnLoss(tokens, k, context);
      if (sold) {
        found.push(shapeOf('complaint:insensitive', sold[0], sold[1]));
        solemn = true;
      }
    }
    if (!waited && (starts || digit) && isCount(token)) {
      const counted = waitCountedAt(tokens, k, context, sentences);
      if (counted) {
        found.push(shapeOf('complaint:service', counted[0], counted[1]));
        waited = true;
      }
    }
    if (token.kind === 'punct' && token.raw === ':' && k > 0 && named.size < 3) {
      const words: string[] = [];
      for (let j = k - 1; j >= 0 && j >= k - 3 && capitalised(tokens[j]) && tokens[j]?.norm !== 'also'; j--) words.unshift(tokens[j]?.norm ?? '');
      const name = words.join(' ');
      if (words.length > 0 && !NOT_NAMES.has(name)) {
        const count = (named.get(name) ?? 0) + 1;
        named.set(name, count);
        if (count === 2 && !twice) {
          twice = [k - words.length, k];
          alsoTwice = tokens[k - words.length - 1]?.norm === 'also';
        }
      }
    }
    // a newspaper's name: "the Herald", "The Morning Ledger", "the Westbridge Echo" (a word that is not a paper on
    // its own needs a name before it), "Coastline Post report"; not "the Post Office"
    const lastOfName = !pressFound && token.kind === 'word' && capitalised(token) && !capitalised(tokens[k + 1]);
    const paper = lastOfName ? withoutPossessive(token.norm) : '';
    if (lastOfName && (OUTLET_NAMES.has(paper) || NAMED_OUTLETS.has(paper))) {
      const afterName = capitalised(tokens[k - 1]);
      const the = tokens[k - 1]?.norm === 'the' && OUTLET_NAMES.has(paper) ? k - 1 : afterName && tokens[k - 2]?.norm === 'the' ? k - 2 : -1;
      const from = the >= 0 ? the : afterName && (ATTRIBUTION.has(tokens[k + 1]?.norm ?? '') || tokens[k + 1]?.norm === 'report') ? k - 1 : -1;
      if (from >= 0) {
        // where the story came from, a dash before the name, or the story in it or taken to it ("in the Gazette today")
        // (in a negative post: "appeared in the Cape Argus" is a competition's good news)
        let told = from !== the || ['—', '–', '-'].includes(tokens[from - 1]?.raw ?? '') || (context.negative && IN_THE_PAPER.has(tokens[from - 1]?.norm ?? ''));
        const sentence = sentences.of(k);
        const tells = (j: number): boolean => ATTRIBUTION.has(tokens[j]?.norm ?? '') || STORY_WORDS.has(tokens[j]?.norm ?? '') || PAPER_DOING.has(tokens[j]?.norm ?? '');
        for (let j = k + 1; j < tokens.length && j <= k + 20 && !told && sentences.of(j) === sentence; j++) told = tells(j);
        for (let j = from - 1; j >= 0 && j >= from - 20 && !told && sentences.of(j) === sentence; j--) told = tells(j);
        if (told) {
          found.push(shapeOf('escalation:press', from, k));
          pressFound = true;
        }
      }
    }
    // "X: "…" Also X, page 14 of the terms: …": the name seen before a colon, again after "also"
    if (!twice && starts && token.norm === 'also' && capitalised(tokens[k + 1])) {
      const words: string[] = [];
      for (let j = k + 1; j <= k + 3 && capitalised(tokens[j]); j++) words.push(tokens[j]?.norm ?? '');
      const name = words.join(' ');
      if (named.has(name)) {
        twice = [k, k + words.length];
        alsoTwice = true;
      }
    }
    if (!seen && digit && token.kind === 'word' && VIEW_COUNT.test(token.norm) && (COUNTED.has(tokens[k + 1]?.norm ?? '') || SHARED.has(tokens[k - 1]?.norm ?? ''))) {
      found.push(shapeOf('escalation:viral', k, k + 1));
      seen = true;
    }
    // "Deleted my Quillo account": the writer leaves an account named by its brand (one or two words between)
    if (!left && starts && token.kind === 'word' && LEAVING_VERBS.has(token.norm) && tokens[k + 1]?.norm === 'my' && !sentences.asking(k, true)) {
      for (let j = k + 3; j <= k + 4 && j < tokens.length; j++) {
        if (!ACCOUNTS.has(tokens[j]?.norm ?? '')) continue;
        if (!capitalised(tokens[k + 2])) break;
        found.push(shapeOf('boycott', k, j));
        left = true;
        break;
      }
    }
    // "Northline cancelled my 07:42", "cancelled our half term booking": the brand cancels what was booked (not "I cancelled my order")
    const canceller = tokens[k - 1];
    const brandCancels = starts && canceller !== undefined && canceller.kind !== 'punct' && !WRITERS.has(canceller.norm);
    if (!cancelledOn && brandCancels && CANCELLED_WORDS.has(token.norm) && (tokens[k + 1]?.norm === 'my' || tokens[k + 1]?.norm === 'our')) {
      for (let j = k + 2; j <= k + 4 && j < tokens.length; j++) {
        const next = tokens[j] as Token;
        if (next.kind === 'number' || BOOKED.has(next.norm)) {
          found.push(shapeOf('complaint:service', k, j));
          cancelledOn = true;
          break;
        }
        if (next.kind === 'punct') break;
      }
    }
    // "Skylark Air cancels 140 flights": the brand cancels a count of bookings (not "I cancelled 3 orders")
    if (!cancelledMany && brandCancels && CANCELS.has(token.norm) && tokens[k + 1]?.kind === 'number') {
      const what = tokens[k + 2]?.norm ?? '';
      if (BOOKED.has(what) || BOOKED.has(tokens[k + 3]?.norm ?? '')) {
        found.push(shapeOf('complaint:service', k, k + 2));
        cancelledMany = true;
      }
    }
    // "taking my mortgage elsewhere", "Getting my coffee elsewhere.": the writer's custom taken to a rival
    if (!elsewhere && starts && token.norm === 'elsewhere') {
      for (let j = k - 1; j >= 1 && j >= k - 3; j--) {
        const word = tokens[j] as Token;
        if (word.kind === 'punct') break;
        if ((word.norm !== 'my' && word.norm !== 'our') || !MOVERS.has(tokens[j - 1]?.norm ?? '')) continue;
        found.push(shapeOf('boycott', j - 1, k));
        elsewhere = true;
        break;
      }
    }
    // "Deleted Nimbus.": the writer removes a brand's app by its name alone, a sentence of its own, in a negative post
    if (!deletedName && starts && context.negative && REMOVED.has(token.norm) && (k === 0 || tokens[k - 1]?.kind === 'punct') && capitalised(tokens[k + 1])) {
      let end = k + 1;
      while (end < k + 3 && capitalised(tokens[end + 1])) end++;
      const after = tokens[end + 1];
      if (!after || endsSentence(tokens, end + 1)) {
        found.push(shapeOf('boycott', k, end));
        deletedName = true;
      }
    }
    // "fake "Bluewren Airways refund" emails": messages in a brand's name, the name quoted between
    if (!fake && starts && (token.norm === 'fake' || token.norm === 'scam')) {
      const close = closeOf.get(k + 1);
      if (close !== undefined && SCAM_CHANNELS.has(tokens[close + 1]?.norm ?? '')) {
        found.push(shapeOf('complaint:security', k, close + 1));
        fake = true;
      }
    }
    // "8 lakh views", "2 million views": a count told in words
    if (!seen && token.kind === 'number' && COUNT_WORDS.has(tokens[k + 1]?.norm ?? '') && COUNTED.has(tokens[k + 2]?.norm ?? '')) {
      found.push(shapeOf('escalation:viral', k, k + 2));
      seen = true;
    }
    // "a piece of blue plastic in it", "a shard of glass in my salad": something found in what was sold
    if (!foreignBody && starts && PIECES.has(token.norm) && tokens[k + 1]?.norm === 'of') {
      for (let j = k + 2; j <= k + 4 && j < tokens.length; j++) {
        if (!FOREIGN_BODIES.has(tokens[j]?.norm ?? '')) continue;
        if (tokens[j + 1]?.norm === 'in' || tokens[j + 2]?.norm === 'in') {
          found.push(shapeOf('complaint:product', k, j));
          foreignBody = true;
        }
        break;
      }
    }
    // "rejected Biscuit's surgery claim", "rejecting a legit flood claim": someone's claim turned down (not "denies claims
    // the Opposition…", allegations)
    if (!claimDenied && starts && DENIED.has(token.norm)) {
      let whose = false;
      for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
        const next = tokens[j] as Token;
        if (next.kind === 'punct') break;
        if (CLAIMANTS.has(next.norm) || next.norm.endsWith("'s")) whose = true;
        if (next.norm === 'claim' && whose) {
          found.push(shapeOf('complaint:service', k, j));
          claimDenied = true;
          break;
        }
      }
    }
    // staff calling names: a call verb, then a quotation within three words, in a sentence naming staff
    if (!calledNames && starts && token.kind === 'word' && NAME_CALLING.has(token.norm) && sentences.namesStaff(k)) {
      for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
        const close = closeOf.get(j);
        if (close === undefined) continue;
        // a name meant ill: no praise in it ("calling fans "legends""), and a post that reads negative, a negative word
        // in it, or a name for a whole group ("calls fans "goblins""); "called me "sir"" is none
        let praised = false;
        let meant = context.negative;
        for (let q = j + 1; q < close; q++) {
          if (context.praiseAt.has(q)) praised = true;
          if (context.negativeAt.has(q)) meant = true;
        }
        for (let q = k + 1; q < j && !meant; q++) meant = CALLED_GROUPS.has(tokens[q]?.norm ?? '');
        if (praised || !meant) break;
        found.push(shapeOf('complaint:employee', k, close));
        calledNames = true;
        break;
      }
    }
  }
  if (twice && named.size === 1 && (alsoTwice || context.negative)) found.push(shapeOf('complaint:hypocrisy', twice[0], twice[1]));
  return found;
}

/** Words that tell what a shrunk pack costs: "and the price went UP", "same price", "paying the same". */
const PRICED = new Set(['price', 'prices', 'priced', 'same', 'paying', 'paid', 'cost', 'costs', '£', '$', '€', 'shrinkflation']);
const LEADING_FIGURE = /^(\d{1,5})(?:[a-z]{0,3})$/;
/** The whole number a token tells ("12", "230g", "28"), or −1; not a part of a decimal ("2.99"). */
function figureOf(tokens: readonly Token[], k: number): number {
  const token = tokens[k];
  if (!token || (token.kind !== 'number' && token.kind !== 'word')) return -1;
  if (tokens[k - 1]?.norm === '.' && tokens[k - 1]?.end === token.start) return -1;
  const found = LEADING_FIGURE.exec(token.norm);
  if (!found || (token.kind === 'word' && found[0] === token.norm && !/\d/.test(token.norm))) return -1;
  return Number(found[1]);
}
/** "It was", "used to be", "instead of" right before token `k`: it tells what the thing was before. */
function wasBefore(tokens: readonly Token[], k: number): boolean {
  const one = tokens[k - 1]?.norm;
  if (one === 'was' || one === 'were') return true;
  if (one === 'of') return tokens[k - 2]?.norm === 'instead';
  return one === 'be' && tokens[k - 2]?.norm === 'to' && tokens[k - 3]?.norm === 'used';
}
/**
 * A pack shrunk for the money (shrinkflation told by its figures), token `j` the figure it was: "went from 12
 * pieces to 9", "now 4 per pack instead of 6", "8 biscuits that used to be 10", "180g now. It was 230g", with its
 * price told anywhere in the post (`priced`, asked only once a figure fits). Not "open at 10 instead of 8"
 * (nothing priced) or "6 months instead of 4" (more, not less).
 */
function shrunkAt(tokens: readonly Token[], j: number, priced: () => boolean): [number, number] | undefined {
  const was = figureOf(tokens, j);
  if (was <= 0) return undefined;
  const from = tokens[j - 1]?.norm === 'to';
  for (let i = j - 1; i >= 0 && i >= j - 12; i--) {
    const now = figureOf(tokens, i);
    if (now < 0) continue;
    // "from 12 … to 9": the first is what it was
    if (from) {
      if (tokens[i - 1]?.norm === 'from' && now > was && priced()) return [i - 1, j];
      continue;
    }
    return now < was && priced() ? [i, j] : undefined;
  }
  return undefined;
}

export function resolveSignals(
  text: string,
  tokens: readonly Token[],
  hits: readonly SignalMatch[],
  context: SignalContext,
): { signals: SignalCode[]; evidence: SignalEvidence[]; shaped: SignalMatch[] } {
  const fired = new Set<SignalCode>();
  const evidence: SignalEvidence[] = [];
  const strongSarcasm = hits.some((hit) => hit.rule.code === 'sarcasm' && hit.rule.tier === 'strong');
  const sentences = new Sentences(tokens, hits);
  const disbelief = new Disbelief(tokens, hits, context);
  let norms: string[] | undefined;
  for (const hit of hits) {
    const { code, tier } = hit.rule;
    let holds: boolean;
    if (code === 'sarcasm') {
      // Sarcasm cues are ordinary praise words; they only suggest sarcasm next to a complaint. A
      // single praise word counts only as an interjection standing alone ("Forgot my keys. Great."):
      // inside a sentence ("the place was great") it is almost always meant.
      let praise = false;
      for (let k = hit.start; k < hit.end; k++) if (context.praiseAt.has(k)) praise = true;
      const cue = praise && !context.explicitNegative && (context.negative || context.negativeWords);
      // A closer sums up what went before, however plainly it was told ("Failed my test. Perfect timing").
      const closing = praise && (context.negative || context.negativeWords);
      // The cue's words, for the closers' tables (a strong cue needs none of it).
      const phrase = tier === 'strong' ? '' : tokens.slice(hit.start, hit.end).map((token) => token.norm).join(' ');
      if (tier === 'strong') holds = true;
      // "…they sent a new one next day. Thanks Acme": thanks for the fix, unless a fault came after it
      else if (THANKS.has(phrase)) holds = closing && closingThanks(tokens, hit.start, hit.end) && !sentences.fixedBefore(hit.start);
      else if (hit.end - hit.start === 1) holds = cue && standalone(tokens, hit.start, hit.end);
      else if (CLOSERS.has(phrase) && hit.start > 0) holds = closing && closesPost(tokens, hit.end);
      else if (SERVICE_CLOSER_SET.has(phrase)) {
        // "…cancelled on me 4 times in a row. Brilliant service.": closing the post, after a complaint
        // told before it, with nothing put right ("had an issue but it was sorted in minutes. Great service").
        holds =
          closing &&
          !context.putRight &&
          closesPost(tokens, hit.end) &&
          hits.some((other) => other.rule.tier === 'strong' && other.rule.code.startsWith('complaint:') && other.end <= hit.start);
      }
      else {
        // a staff cue is a complaint only with its other half (see staffConduct): "I love how aggressive
        // both players are" has no complaint for the praise to turn on
        holds = cue && hits.some((h) => h.rule.code === 'anger' || (h.rule.code.startsWith('complaint:') && !(h.rule.code === 'complaint:employee' && h.rule.tier === 'cue' && !sentences.staffConduct(h))));
      }
    } else if (context.brandSpeaks) {
      holds = tier === 'strong' && code !== 'boycott';
    } else {
      holds = tier === 'strong' || (context.negative && (code !== 'boycott' || !CANCEL.has(tokens[hit.start]?.norm ?? '') || sentences.leavingCancel(hit.start)));
      // staff who shove, spit or hang up: a complaint in a calm post too (PLAIN_CONDUCT)
      if (!holds && code === 'complaint:employee') holds = sentences.staffConduct(hit, true);
    }
    const cueToken = tier === 'cue' ? tokens[hit.start] : undefined;
    if (holds && code === 'anger' && cueToken && DISBELIEF.has(tokenTerm(cueToken, hasWord))) holds = disbelief.at(hit.start);
    // Spelled out, disbelief carries no feeling word of its own ("what the heck is this update", "what on
    // earth were they thinking" read neutral): whether it lands on something bad decides, as for "wtf".
    if (code === 'anger' && tier === 'cue' && hit.end - hit.start > 1 && DISBELIEF_PHRASE_SET.has(phraseOf(tokens, hit))) {
      holds = !context.brandSpeaks && disbelief.at(hit.end - 1);
    }
    if (holds && code === 'complaint:employee' && (tier === 'cue' || STAFF_DONE_SET.has(phraseOf(tokens, hit)))) holds = sentences.staffConduct(hit);
    // "FIRE AT WAREHOUSE KILLS TWO", "TRAIN CRASH LEAVES 12 INJURED": a fire or a crash is a product's
    // only told of one ("the app crash", "battery fire in our garage")
    if (holds && code === 'complaint:product' && cueToken && PRODUCT_NEEDED.has(cueToken.norm)) holds = sentences.productTold(hit.start);
    // "kettles are catching fire" is a product's; "Catching Fire" is a film, "forests catch fire" news
    // the phrase of a product hit, for the rules below
    const productPhrase = code === 'complaint:product' ? phraseOf(tokens, hit) : '';
    if (holds && NEEDS_PRODUCT.has(productPhrase)) holds = sentences.productTold(hit.start);
    if (holds && CORRUPTING_SET.has(productPhrase)) {
      holds = sentences.sentenceHas(hit.start, CORRUPTIBLE) && !tokens.slice(Math.max(0, hit.start - 3), hit.start).some((token) => MENDING.has(token.norm));
    }
    if (holds && productPhrase === 'a fault with') holds = !REPORTING.has(tokens[hit.start - 1]?.norm ?? '');
    if (holds && PLAIN_FAULTS_SET.has(productPhrase)) {
      const before = DETERMINERS.has(tokens[hit.start - 1]?.norm ?? '') ? hit.start - 2 : hit.start - 1;
      const after = tokens[hit.end]?.norm ?? '';
      holds = !FAULT_DENIED.has(tokens[before]?.norm ?? '') && !FAULT_GONE.has(after) && FAULT_OTHER_SENSE.get(productPhrase) !== after;
    }
    if (holds && KNOWN_ISSUE.has(productPhrase)) holds = knownIssueTold(tokens, hit.start);
    // "made me sick of their ads", "makes me sick to my stomach" (a figure of disgust)
    if (holds && MADE_ILL_SET.has(productPhrase)) holds = tokens[hit.end]?.norm !== 'of' && tokens[hit.end]?.norm !== 'to';
    // "threw up all night after his first bowl"; not "sick of waiting after three calls"
    if (holds && tier === 'strong' && ILLNESS_SET.has(productPhrase)) {
      holds = tokens[hit.end]?.norm !== 'of' && sentences.causeAfter(hit.end);
    }
    // "the lid doesn't seal", "it keeps restarting": a fault told of a thing; "the lights went black" is none
    if (holds && tier === 'strong' && FAULTS_OF_THINGS_SET.has(productPhrase)) {
      holds = (sentences.thingBefore(hit.start) || thingAfter(tokens, productPhrase, hit.end)) && !negatedWord(tokens, (norms ??= tokens.map((token) => token.norm)), hit.start, code);
      if (holds) holds = thingFaultSense(tokens, hit, sentences);
      // "sent a replacement after my bottle leaked in transit. Really impressed.": the fault put right is backstory
      if (holds && context.putRight && toldAfter(tokens, hit.start)) holds = false;
    }
    // "Is the Pro 2 affected by the recall too?", "is my kettle part of the recall?", "which batches are affected by the
    // contamination?": a question about a recall or a contamination asks what it covers; "is my kettle part of the recall??", "why is there no recall yet?" complain
    if (holds && (RECALL_WORDS.has(productPhrase) || productPhrase === 'contamination')) holds = !sentences.asking(hit.start, true);
    // "Acme recalls 40,000 tins", "recalls Stack-n-Snap sets"; not "she recalls the day"
    if (holds && productPhrase === 'recalls') holds = recalledWhat(tokens, hit.end);
    if (holds && code === 'escalation:press' && PRESS_NOUNS.has(phraseOf(tokens, hit))) holds = pressAsks(tokens, hit) || sentences.storyTold(hit.start);
    // "two hours in the queue for a SIM swap": the service asked for, not the fraud
    if (holds && code === 'complaint:security' && phraseOf(tokens, hit) === 'sim swap') holds = tokens[hit.start - 1]?.norm !== 'for' && tokens[hit.start - 2]?.norm !== 'for';
    // "a clerk went into my account", not "I went into my account settings"
    if (holds && code === 'complaint:security' && ENTERED.has(phraseOf(tokens, hit))) holds = !WRITER.has(tokens[hit.start - 1]?.norm ?? '');
    // "customers should stop using them and return them": a recall's advice, not a call to leave the brand
    if (holds && code === 'boycott' && phraseOf(tokens, hit) === 'stop using') holds = !tokens.slice(Math.max(0, hit.start - 3), hit.start).some((token) => ADVISED.has(token.norm));
    if (holds && code === 'complaint:insensitive' && SIGNED_OFF_SET.has(phraseOf(tokens, hit))) holds = sentences.marketedTold(!VERDICTS.has(phraseOf(tokens, hit)));
    if (holds && code === 'complaint:service' && tier === 'strong') {
      const phrase = phraseOf(tokens, hit);
      if (CHARGED_AFTER_SET.has(phrase)) holds = sentences.sentenceHas(hit.start, CHARGE_WORDS);
      else if (FROZEN_SET.has(phrase)) holds = !context.positive && !context.putRight && !sentences.sentenceHas(hit.start, PROTECTING);
      // "still waiting on frank ocean", "still no sign of spring": a wait for something a brand serves,
      // or told with its length ("Still waiting, 3 weeks and no refund"); standing bare ("Still waiting.", "still waiting @Acme"),
      // it waits for what the post told ("promised a call… Still waiting")
      if (WAITED.has(phrase)) {
        holds = servedAfter(tokens, hit.end) || sentences.lengthTold(hit.start) || (bareWait(tokens, hit.end) && sentences.servedTold());
      }
      // "the storm hit with no warning": a change done to the writer, or by the brand ("they deleted my…")
      else if (UNWARNED.has(phrase)) holds = warnedWhom(tokens, hit.start);
      // "not a single reply", "0 replies": from someone named, or to a message the post tells was sent
      // ("Emailed them three times. Zero replies."); "0 replies to my tweet" counts an audience
      else if (hit.rule.unanswered === 'counted') holds = fromWhom(tokens, hit.end) !== '' || sentences.contactTold();
    }
    if (holds && code === 'complaint:service') {
      // A cue in a post that tells a fix ("support sent a replacement") is no complaint. Nor is any service
      // phrase in a case supposed ("if VoltPath overcharged you, send me your receipt": a reporter's call)
      // or asked about ("does the overcharge affect contactless payments?").
      holds = !sentences.supposed(hit.start) && !sentences.asking(hit.start) && (tier === 'strong' || (!context.putRight && sentences.waitTold(hit)));
    }
    if (!holds) continue;
    const first = tokens[hit.start];
    const last = tokens[hit.end - 1];
    if (!first || !last) continue;
    fired.add(code);
    // A shorter hit inside a longer one of the same code ("the press" in "to the press") adds nothing.
    if (evidence.some((e) => e.code === code && e.start <= first.start && e.end >= last.end)) continue;
    evidence.push({ code, text: text.slice(first.start, last.end), start: first.start, end: last.end });
  }
  if (context.shouting && context.negative && !fired.has('anger') && shoutedAnger(tokens, hits, fired, context, sentences, disbelief)) fired.add('anger');
  // signals told by the shape of the post; they weigh as a strong hit does (see pipeline.ts)
  const shaped: SignalMatch[] = [];
  if (!context.brandSpeaks) {
    for (const found of toldByShape(tokens, context, sentences)) {
      const code = found.rule.code;
      if (fired.has(code)) continue;
      fired.add(code);
      shaped.push(found);
      const first = tokens[found.start] as Token;
      const last = tokens[found.end - 1] as Token;
      evidence.push({ code, text: text.slice(first.start, last.end), start: first.start, end: last.end });
    }
  }
  if (strongSarcasm) fired.add('sarcasm');
  const not = closingNot(tokens);
  const notToken = tokens[not];
  if (notToken && [...context.praiseAt].some((at) => at < not)) {
    fired.add('sarcasm');
    evidence.push({ code: 'sarcasm', text: text.slice(notToken.start, notToken.end), start: notToken.start, end: notToken.end });
  }
  const signals = SIGNAL_CODES.filter((code) => fired.has(code));
  return { signals, evidence, shaped };
}
