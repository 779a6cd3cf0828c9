// Phrase tables for the tone findings, and a token trie to find them. A phrase is written the
// way people type it; it is tokenized with the draft's own tokenizer, so "that's" matches
// "that’s" and "well, technically" needs its comma. "[that|if]" marks optional words and
// "(used|installed)" alternatives, so one line covers the ways people word it ("sorry [that] you
// feel"); they are expanded once, when the trie is built. Conditions on the neighbouring tokens
// keep common innocent uses out ("with respect to your order", "you should have received an
// e-mail", "it's not your fault"). Insults are the analyser's (its hostility signal, see
// findings.ts): these tables hold only the put-downs it cannot know ("get lost", "did you even").
import { tokenize, type Token } from './tokens';

/**
 * The tone categories findings.ts reports, plus three it reads: `ownership` (the brand owning the
 * problem: "we got this wrong", "this is on us"), which keeps a hedge before it from reading as
 * arguing; `legal` (terms of art that read as a legal admission); `promise` (absolute promises).
 */
export type ToneCategory =
  | 'hostile'
  | 'condescending'
  | 'arguing'
  | 'defensive'
  | 'dismissive'
  | 'sarcasm'
  | 'acknowledgement'
  | 'ownership'
  | 'legal'
  | 'promise';

export interface PhraseRule {
  phrase: string;
  /** Only at the start of a clause: first token, or after punctuation, a mention or an emoji. */
  clauseStart?: boolean;
  /** Only when nothing but punctuation (or the end) follows. */
  clauseEnd?: boolean;
  /** Not when the next tokens are one of these (lower-case; an entry may be several words: "for your"). */
  notFollowedBy?: readonly string[];
  /** Not when nothing but punctuation (or the end) follows: "the price you agreed to." names a thing. */
  notAtClauseEnd?: boolean;
  /** Only when answering someone upset: "well done" to a fan is praise, to a complaint it is sarcasm. */
  whenUpset?: boolean;
  /** Not when answering someone pleased: "thanks a lot, Sam!" to a fan is thanks, whatever follows it. */
  unlessPleased?: boolean;
  /** Only when the next tokens are one of these (lower-case, one or more words). */
  followedBy?: readonly string[];
  /** Not when the tokens before are one of these (lower-case, one or more words): "thank you people" is thanks. */
  notPrecededBy?: readonly string[];
  /**
   * Not when a negator stands a few words before it ("not your fault", "none of this is your
   * fault", "you're not overreacting", "we can't promise it won't happen again"): said of blame
   * or a put-down, the negation turns it into reassurance.
   */
  negatable?: boolean;
  /** Only when one of these words follows in the same clause, within FOLLOW_WINDOW tokens ("how many times … we"). */
  followedWithin?: readonly string[];
  /** Not when one of these follows, un-negated, in the same sentence ("per our policy, you're entitled to…"). */
  unlessFollowedWithin?: readonly string[];
  /** Not when one of these follows in the same clause ("nothing we can do to give you back the day"). */
  unlessInClause?: readonly string[];
  /**
   * Not when the clause says it of the brand: "our", "my", "us", "we're" or "we were" before it
   * ("what our driver did was plain wrong"), or "of/from/by/on" + "our/us" right after ("just
   * wrong of our staff"). The brand's verdict on itself is ownership, not a correction.
   */
  unlessOfBrand?: boolean;
  /**
   * A hedge or aside ("to be fair", "clearly", "actually") that is no argument when the brand owns
   * the problem or acknowledges it right after, in the same sentence ("to be fair, we should have
   * told you sooner", "clearly this is unacceptable and we're sorry", "actually, you're right"), or
   * when the next sentence opens by owning it ("it actually was down longer than we said. That's on us").
   */
  unlessOwned?: boolean;
}

/** Words after "actually" that turn it into a correction of the record. */
const FACT_VERBS = [
  'was', 'were', 'is', 'are', 'did', 'does', 'do', 'not', 'never', "didn't", "doesn't", "don't", "isn't", "wasn't",
  "weren't", "aren't", 'said', 'says', 'arrived', 'happened', 'delivered', 'shipped', 'stated', 'states', 'works',
  'worked', 'read', 'had', 'has', 'received', 'replied', 'responded', 'correct', 'wrong', 'right', 'true', 'false',
];

type Table = Record<ToneCategory, ReadonlyArray<string | PhraseRule>>;

/** After "we're sick of", "I've had enough of": anger aimed at the person, not shared with them. */
const AT_THEM = ['you', 'your', "you're", 'people', 'complainers', 'whiners', 'trolls'];
const ANGER_AT = [
  "we're sick of", 'we are sick of', "i'm sick of", 'i am sick of', "we're tired of", 'we are tired of', "i'm tired of",
  'i am tired of', "we've had enough of", 'we have had enough of', "i've had enough of", 'i have had enough of',
  "we're fed up with", 'we are fed up with', "i'm fed up with", 'i am fed up with',
].map((phrase): PhraseRule => ({ phrase, followedBy: AT_THEM }));

/** Conditions added to each phrase of a list. */
const each = (phrases: readonly string[], rule: Omit<PhraseRule, 'phrase'>): PhraseRule[] => phrases.map((phrase) => ({ ...rule, phrase }));

/**
 * The brand citing a rule in the person's favour: "per our policy, you're entitled to a refund".
 * Negated ("you are not entitled"), the policy is a refusal again.
 */
const IN_THEIR_FAVOUR = ['entitled', 'eligible', 'qualify', 'qualifies', 'covered', 'owed'];

/**
 * Hedges and asides that correct the record ("to be fair, we replied"), unless the brand owns the
 * problem right after ("to be fair, we should have told you sooner").
 */
const HEDGE = { unlessOwned: true } as const;

/**
 * After "that's just not" / "that's simply not": a verdict on what happened ("that's just not good
 * enough", "simply not acceptable", "just not on"), not a correction of what they said.
 */
const VERDICT_AFTER_NOT = ['good', 'acceptable', 'ok', 'okay', 'on', 'fair', 'the experience', 'the service', 'the standard'];

/**
 * What they should have had or heard from the brand is the brand's failure: "you should have heard
 * from us", "you should have had a reply by now", "…, and that's on us". Without these, "you should
 * have known better" blames them.
 */
const THEIR_DUE = [
  'from us', 'from our', 'by us', 'by now', 'before now', 'sooner', 'earlier', 'already', 'on us', 'our fault', 'our mistake',
  'our error', 'we should', "we're sorry", 'we are sorry', "i'm sorry",
];

/**
 * After "you must have": what they went through ("you must have had a horrible morning", "you must
 * have thought we'd forgotten you"), not what they did wrong ("you must have done something wrong").
 */
const WHAT_THEY_WENT_THROUGH = [
  'been', 'felt', 'had a', 'had an', 'had such', 'had quite', 'had enough', 'had the worst', 'had no', 'thought', 'wondered',
  'worried', 'gone through', 'been through',
];

/**
 * After "you agreed to", words that end a relative clause: "the price you agreed to when you signed
 * up" names what they keep. "You agreed to the terms" (an object follows) holds them to it.
 */
const AFTER_RELATIVE_CLAUSE = [
  'when', 'at', 'in', 'on', 'with', 'for', 'so', 'and', 'back', 'before', 'last', 'originally', 'then', 'until', 'is', 'stays',
  'will', "won't", 'remains',
];

/**
 * Subjects that are not the reader: "once things calm down", "until it settles down" describe the
 * situation, not an order to them. With the words that may stand between ("for things to calm down").
 */
const SITUATION_SUBJECTS = ['things', 'it', 'everything', 'matters', 'demand', 'traffic', 'queues', 'the dust', 'the situation', 'they'].flatMap(
  (subject) => ['', ' to', ' have', ' should', ' will', ' can', ' start to', ' begin to'].map((between) => subject + between),
);

/** "Against company policy", "changing our company policy": the policy broken or changed for them, not quoted at them. */
const POLICY_BROKEN_OR_CHANGED = ['against', 'breaks', 'broke', 'breach of', 'violates', 'violated', 'changing', 'change', 'changed', 'reviewing', 'review', 'updating', 'update', 'updated']
  .flatMap((verb) => [verb, `${verb} our`, `${verb} the`]);

/**
 * "Nothing we can do to give you back the day": regret for the time or the experience that cannot
 * be undone, said before an offer. "Nothing we can do to get your money back" is still a refusal.
 */
const CANNOT_UNDO = [
  'undo', 'reverse', 'rewind', 'make up for', 'change what happened', 'turn back the clock',
  ...expandPhrase('(give|get) [you] back (the|your) [wasted|lost] (time|day|hours|evening|morning|afternoon|weekend|holiday|trip)'),
];

/** After "you should have": a thing, not a deed: what is on its way to them ("you should have it by Friday"). */
const ON_ITS_WAY = ['it', 'them', 'a', 'an', 'one', 'your', 'the', 'this', 'these', 'both', 'everything', 'access', 'yours'];

/** After "thanks a lot": sincere thanks for something they did ("thanks a lot for your patience"). */
const SINCERE_THANKS = [
  ...expandPhrase('for (your|the) [very] (kind|lovely|nice|sweet) (words|message|review)'),
  ...expandPhrase('for the (shoutout|shout out|love|support|review|recommendation|mention)'),
  ...expandPhrase('for your (patience|understanding|feedback|help|time|message|support|kind words|report|question|honesty|loyalty)'), 'for flagging', 'for letting', 'for reaching', 'for raising', 'for bringing', 'for telling', 'for sharing',
  'for waiting', 'for bearing', 'for sticking', 'for being', 'for understanding', 'for asking', 'for the heads', 'for the feedback',
];

/** "As if the delay wasn't bad enough, we then…": piling on their side of it, not sarcasm. */
const AS_IF_NOT_ENOUGH = expandPhrase(
  "(wasn't|weren't|isn't|aren't|was not|were not|is not|hadn't been|had not been) [already] [bad|annoying|frustrating|hard|stressful|upsetting] enough",
);

/** Before "minor inconvenience": it was more than that ("far more than a minor inconvenience"). */
const MORE_THAN = ['more than', 'more than a', 'more than just a', 'bigger than a', 'anything but a', 'anything but'];

/** Modal wordings before "clearly stated": what should have been done ("should have been clearly stated") owns it. */
const SHOULD_HAVE_BEEN = ['should have been', "should've been", 'could have been', "could've been", 'should be', 'must be', 'needs to be', 'need to be', 'will be'];

/**
 * Insurance products are named after the risk they cover: "public liability cover", "employers'
 * liability", "professional negligence insurance". Such a name admits nothing.
 */
const INSURED_RISK_BEFORE = ['limited', 'public', 'employers', "employers '", "employer's", 'product', 'products', 'third party', 'third-party', 'motor', 'cyber'];
const INSURANCE_AFTER = ['cover', 'insurance', 'insurer', 'insurers', 'policy', 'policies', 'protection', 'premium', 'premiums', 'add-on'];

export const TONE_PHRASES: Table = {
  // Put-downs and brush-offs aimed at the person. A phrase with an everyday use ("parcels get
  // lost", "the error will go away", "as kids grow up") counts only as a clause of its own.
  hostile: [
    { phrase: 'get lost', clauseStart: true, clauseEnd: true }, { phrase: 'go away', clauseStart: true, clauseEnd: true },
    { phrase: 'please go away', clauseEnd: true }, { phrase: 'grow up', clauseStart: true, clauseEnd: true },
    { phrase: 'troll', clauseStart: true, clauseEnd: true }, 'you troll', 'stop trolling', 'quit trolling',
    { phrase: 'who cares', clauseStart: true, clauseEnd: true }, { phrase: 'nobody cares', clauseEnd: true },
    { phrase: 'no one cares', clauseEnd: true }, { phrase: 'shut it', clauseStart: true, clauseEnd: true },
    { phrase: 'zip it', clauseStart: true, clauseEnd: true }, 'shut your mouth',
    'piss off', 'bugger off', 'sod off', 'buzz off', 'get a life', 'cry about it', 'cry me a river', 'go cry',
    'stop whining', 'quit whining', 'stop your whining', 'your whining', 'all this whining', 'enough whining',
    'stop whinging', 'quit whinging', 'stop moaning', 'quit moaning', 'stop crying', 'quit crying', 'crybaby',
    'cry baby', 'crybabies', 'whiner', 'whiners', 'whinger', 'whingers',
    "what's wrong with you", 'what is wrong with you',
    // Mocking them for their age: a put-down whatever the brand means by it.
    'ok boomer', 'okay boomer', 'ok, boomer', 'okay, boomer',
    ...ANGER_AT,
  ],
  // Talking down to them: as if they had not tried, could not read, or were one of a type.
  condescending: [
    { phrase: '(did|do) (you|u|ya) even', notFollowedBy: ['get', 'receive', 'hear'] }, 'have (you|u) even',
    'did you bother', 'did you even bother', "didn't you read", 'did you not read', 'can you not read', "can't you read",
    'learn to read', 'learn how to read', 'try reading', 'reading comprehension', 'rtfm', 'use your brain',
    'use your head', 'use common sense', 'use some common sense', 'use your common sense', "it's common sense",
    'it is common sense', 'basic common sense', 'not rocket science', 'how hard is it', 'how hard can it be',
    'how difficult is it', 'is it that hard', 'is it really that hard', "it's not that hard", 'it is not that hard',
    "it's not that difficult", "it's not that complicated", 'even a child', 'a child could', 'a toddler could',
    { phrase: 'you people', notPrecededBy: ['thank'] }, { phrase: 'you lot', notPrecededBy: ['thank'] },
    'sweetie', 'sweetheart', 'kiddo', { phrase: 'no offense', clauseStart: true }, { phrase: 'no offence', clauseStart: true },
    'just google it', 'google is your friend',
  ],
  arguing: [
    // "Actually" corrects the person when it opens a clause or asserts a fact ("it was actually
    // delivered"), not when it only softens an offer ("we'd actually love to help").
    { phrase: 'actually', clauseStart: true, ...HEDGE }, 'but actually', 'well actually', 'well, actually',
    { phrase: 'actually', followedBy: FACT_VERBS, ...HEDGE },
    // "I'm not saying you're wrong" agrees; "your wrong" is the common misspelling, and at the end
    // of a clause or before "about" it is not "your wrong size".
    ...each(["(you're|you are|youre|ur|u r) [just|simply|completely|totally|plain|dead|so|flat out] (wrong|mistaken|incorrect)"], { negatable: true }),
    ...each(['your [just|simply|completely|totally|so] (wrong|mistaken)'], { clauseEnd: true }),
    ...each(['your [just|simply|completely|totally|so] (wrong|mistaken)'], { followedBy: ['about', 'on', 'there', 'here', 'again', 'if', 'because', 'though'] }),
    "that's not true", 'that is not true', "that isn't true", "that's untrue", 'not true', "that's false",
    'that is false', "that's incorrect", 'that is incorrect', "that's not correct", 'that is not correct',
    "that's not accurate", 'that is not accurate', "that's not what happened", 'that is not what happened',
    "that's a lie", "that's misinformation", ...each(["(that's|that is) (simply|just) not"], { notFollowedBy: VERDICT_AFTER_NOT }),
    { phrase: 'to be fair', ...HEDGE }, // Opening a clause ("with respect, that's not what happened"); "treated with respect" is what they deserve.
    { phrase: 'with respect', clauseStart: true, notFollowedBy: ['to'] }, { phrase: '(but|and) with respect', notFollowedBy: ['to'] }, 'with all due respect',
    { phrase: 'well, technically', ...HEDGE }, { phrase: 'well technically', ...HEDGE }, { phrase: 'technically', clauseStart: true, ...HEDGE },
    'let me correct you', { phrase: 'for the record', ...HEDGE }, 'get your facts straight', 'do your research',
    { phrase: 'the fact is', ...HEDGE }, { phrase: 'the facts are', ...HEDGE }, 'we never said', 'we did not say', "we didn't say", 'you clearly don\'t', 'you clearly do not',
    ...each(['(simply|plain|just) wrong'], { negatable: true, unlessOfBrand: true }), "that's not the case", 'that is not the case', { phrase: 'just your opinion', negatable: true },
    "that's your opinion", 'spreading lies', 'spreading misinformation', 'stop spreading', { phrase: 'being ridiculous', negatable: true },
    { phrase: 'being unreasonable', negatable: true }, 'it clearly says', 'it clearly states',
    // "It should have been clearly stated" and "it wasn't clearly stated" own the gap.
    { phrase: 'clearly stated', negatable: true, notPrecededBy: SHOULD_HAVE_BEEN },
  ],
  defensive: [
    // What is on its way to them is no blame: "you should have it by Friday", "you should have an email within the hour".
    ...each(['you should have', "you should've"], { notFollowedBy: ['received', 'got', 'gotten', 'been', 'seen', 'had', 'heard', 'known', ...ON_ITS_WAY] }),
    ...each(["you (should have|should've) (had|heard|known)"], { unlessFollowedWithin: THEIR_DUE }), "you (should have|should've) known better",
    // The common misspelling; "you should of course get a refund" is not it.
    { phrase: 'you should of', notFollowedBy: ['course'] },
    // What they should not have had to go through is sympathy: "you shouldn't have had to wait",
    // "you shouldn't have been charged"; what they should not have done is blame.
    ...each(["you shouldn't have", 'you should not have'], { notFollowedBy: ['to', 'had', 'been', 'needed', 'received', 'got', 'gotten', 'seen', 'experienced', 'faced', 'heard'] }),
    "you didn't read", 'you did not read', 'you failed to', "you didn't follow",
    'you did not follow', "it's not our fault", 'it is not our fault',
    "it isn't our fault", 'not our fault', 'not our problem', 'not our responsibility',
    // Blame, unless negated: "this is not your fault at all", "none of this is your fault", "not user error".
    ...each(['[all] your [own] (fault|mistake|error)', '(user|operator) error', "(you're|you are) [all|entirely] to blame", 'you made a mistake'], { negatable: true }),
    // "Sounds like you used it wrong": the person's handling blamed for the fault.
    ...each(
      [
        'you [just|probably|obviously|clearly] (used|installed|configured|did|set|plugged|put) it (wrong|wrongly|incorrectly|in wrong|up wrong)',
        "(you're|you are|you've been|you were) (using|doing|installing|holding|setting|plugging) it (wrong|wrongly|incorrectly|in wrong|up wrong)",
        "you've done it wrong",
      ],
      { negatable: true },
    ),
    "that's on you", 'you misunderstood', "you've misunderstood", 'you have misunderstood', 'you misread',
    ...each(['you must have', "you must've"], { notFollowedBy: WHAT_THEY_WENT_THROUGH }),
    'if you had followed', "if you'd followed", 'if you had read', "if you'd read", 'if you had bothered',
    // "You were supposed to get a refund already" is the brand's failure, not theirs.
    { phrase: 'you were supposed to', notFollowedBy: ['get', 'receive', 'hear', 'have', 'be'] }, 'you need to read', 'read the instructions', 'read the manual',
    { phrase: 'you agreed to', notAtClauseEnd: true, notFollowedBy: AFTER_RELATIVE_CLAUSE }, '(which|as) you agreed to',
    "you clearly didn't", 'you clearly did not', 'you ignored', 'we did nothing wrong', "we're not responsible",
    'we are not responsible', 'cannot be held responsible', "can't be held responsible",
    "you didn't check", 'you did not check', 'you only have yourself to blame',
    'read the terms', 'before complaining', 'we don\'t appreciate', 'we do not appreciate', 'your tone',
    // Blaming them for what they did not read or follow; "don't worry about not reading the manual" reassures.
    ...['not reading the manual', 'not reading the instructions', 'not reading the terms', 'not following the instructions', 'not following instructions']
      .map((phrase): PhraseRule => ({ phrase, notPrecededBy: ['about'] })),
    // "Next time try following the instructions": what they did wrong, said as advice.
    'next time try following', 'next time, try following', 'next time try reading', 'next time, try reading',
    '(read|check|follow|look at) the (faq|faqs|manual|instructions|guide|docs|documentation|terms|help page|help centre|help center|small print|fine print) next time',
    'next time[,] [please|maybe|just] (read|check|follow|look at) the',
    // Their handling blamed as advice, and the fault denied by pointing at everyone else.
    '[maybe] try using it (properly|correctly|right)', 'use it (properly|correctly|right) next time',
    // Their handling doubted ("please check you used it correctly", "did you follow the instructions?", "when
    // used as directed it is safe"); "even when used as directed it should never overheat" owns the fault, and
    // "make sure you follow the steps in our email" is a next step, not blame.
    ...each(
      [
        '(check|make sure|ensure) [that] you (used|were using|have been using) it (correctly|properly|right|as directed|as intended|as instructed)',
        '(check|make sure|ensure) [that] you (followed|read|have followed|have read) the (instructions|manual|guide|user guide|safety instructions)',
        '(did|have) you (follow|followed|read) the (instructions|manual|guide|user guide|safety instructions)',
        '(were|are) you using it (correctly|properly|right|as directed|as intended)',
      ],
      { negatable: true },
    ),
    // To someone upset only: to a question it is product information ("the filter lasts 3 months when used as directed").
    { phrase: '(when|if) used (correctly|properly|as directed|as intended|as instructed)', notPrecededBy: ['even'], whenUpset: true },
    // The fault denied on the brand's side: "there's no issue on our end", "everything looks fine on our side",
    // "it isn't on our end" (where "on our end" alone owns it: "a bug on our end").
    '(no|nothing wrong|no problem|no problems|no issue|no issues|no fault|no error|no errors|no outage|nothing) (on|at|from) our (side|end)',
    '(everything|all|it|this) (is|was|looks|seems|appears) (fine|ok|okay|normal|good|working) (on|at|from) our (side|end)',
    '(working|works|worked|running|runs) (fine|normally|as expected|perfectly|correctly) (on|at|from) our (side|end)',
    "(not|isn't|wasn't|is not|was not|isnt|wasnt) (on|at|from) our (side|end)",
    // The blame passed to a partner ("that's down to the courier, not us"): the customer bought from the brand,
    // which owns the problem whoever caused it; "…caused by the courier, but that's on us to fix" owns it.
    ...each(
      [
        "(that's|that is|this is|it's|it is|this was|that was|it was) (down to|the fault of|caused by|the responsibility of) (the|our) (courier|couriers|carrier|driver|delivery company|delivery partner|supplier|manufacturer|retailer|seller|post office|postal service|third party)",
        'the (courier|couriers|carrier|driver|delivery company|delivery partner|supplier|manufacturer|retailer|seller|post office) (is|was|are|were) (responsible|to blame|at fault)',
      ],
      { unlessOwned: true },
    ),
    { phrase: 'not us', clauseEnd: true }, 'not our doing',
    // The fault put on their side ("the problem must be on your end"), and a stand taken against the backlash
    // ("we stand by our campaign"): a position for the plan's approver, not a reply to someone upset.
    '(problem|issue|fault|error|glitch) (is|was|must be|might be|may be|seems to be|appears to be|lies) (on|at|with) your (end|side)',
    'must be [something] (on|at) your (end|side)',
    '(we|i) (stand|stood|are standing) by (our|the|this|that|it|my) [original] (decision|campaign|ad|advert|advertisement|post|statement|comment|comments|video|policy|choice|position|words|joke|tweet|message|content)',
    { phrase: '(we|i) (stand|stood) by (it|that|this)', clauseEnd: true },
    '(works|working|worked) (fine|perfectly|great|ok|okay) for (everyone|everybody|other customers|other people) [else]',
    "other (customers|users|people) (don't|do not|haven't|have not) [seem to] (have|had|report|reported) (this|that|the same|any) (problem|issue|problems|issues)",
  ],
  dismissive: [
    // An order to them, not the situation easing ("once things calm down") or rules loosened ("relax the return rules").
    ...each(['calm down', 'settle down'], { notPrecededBy: SITUATION_SUBJECTS }),
    { phrase: 'relax', notFollowedBy: ['the', 'our', 'its', 'their', 'these', 'those', 'this', 'some', 'a', 'any', 'rules', 'restrictions', 'limits'] },
    'chill out', { phrase: 'chill', clauseStart: true, clauseEnd: true },
    ...each(["(you're|you are) [being] [so|a bit|a little|really|very|overly] dramatic", 'being [so|a bit|a little|really|very|overly] dramatic'], { negatable: true }),
    // Pointing back at what was said before, in any of the usual wordings.
    '(as|like) (we|i|we\'ve|i\'ve|we have|i have) [already|previously|just] (said|stated|mentioned|explained|noted|told you)',
    'as (already|previously|earlier) (said|stated|mentioned|explained|noted)',
    'as (said|stated|mentioned|explained|noted) (earlier|before|previously|above|already)',
    'we already told you', "we've already told you", 'we have already told you',
    'already explained',
    ...each(['per our policy', 'according to our policy', 'our policy states'], { unlessFollowedWithin: IN_THEIR_FAVOUR }),
    { phrase: 'company policy', unlessFollowedWithin: IN_THEIR_FAVOUR, notPrecededBy: POLICY_BROKEN_OR_CHANGED },
    'policy is policy', "it's not a big deal", 'it is not a big deal', 'not a big deal', 'no big deal',
    'not that big a deal', { phrase: 'nothing [more] we can do', unlessInClause: CANNOT_UNDO }, 'out of our hands', "can't do anything",
    'cannot do anything',
    // Non-apologies: sorry for how they feel or took it, not for what happened. "That" or "if" in
    // between changes nothing.
    'sorry [that|if] you (feel|think)', 'sorry [that|if] you (see|saw|took) it (that way|like that|the wrong way)',
    'sorry [that|if] (you|anyone|anybody|someone) (was|were|felt|feel|got) offended', 'sorry if (you|anyone|anybody|someone) (was|were|felt|got) upset',
    'sorry [that] you got upset',
    'get over it', 'deal with it',
    // "So you can move on with your day", "help you move on" look after them.
    { phrase: 'move on', notPrecededBy: ['can', 'could', 'help', 'let'], notFollowedBy: ['to'] },
    ...each(["you're overreacting", 'you are overreacting', 'overreacting', 'overreaction', 'too sensitive'], { negatable: true }),
    // "Don't be so hard on yourself" reassures.
    ...each(["don't be so", 'do not be so'], { notFollowedBy: ['hard'] }), 'stop complaining', 'it is what it is', "that's just how it is", 'take it or leave it',
    "you're the only one", 'you are the only one', 'no one else has', 'nobody else has', 'no one else is',
    'nobody else is', { phrase: 'first world problem', negatable: true }, "don't be upset", 'no need to be upset', 'no need to get upset',
    { phrase: 'whatever', clauseEnd: true },
    // "How many times do we have to tell you?" is exasperation; "how many times did it crash?" a question.
    { phrase: 'how many times', followedWithin: ['we', 'i', "we've", "i've", 'must', 'tell', 'told', 'say', 'said', 'explain', 'explained', 'repeat'] },
    "we've told you", 'we have told you', 'already told',
    "we've explained", 'we have explained', 'for the last time', 'already answered',
    // "We've already responded." closes the matter; "we've already replied to your DM" says where to look.
    ...each(['already (responded|replied) [to this|to that|to you|to your post|to your comment]'], { clauseEnd: true }),
    // Counting their posts: "this is the third time you've posted this", "you keep commenting the same thing".
    "(this is|that's|that is) the (second|third|fourth|fifth|sixth|tenth|2nd|3rd|4th|5th|6th|10th|nth|umpteenth) time (you've|you have|you) (posted|asked|commented|tweeted|said|written|complained)",
    'you keep (posting|commenting|tweeting|complaining|spamming)',
    // Patience asked of someone upset ("Please be patient"); "thank you for your patience" thanks them for it.
    { phrase: 'be patient', whenUpset: true, notPrecededBy: ['to'] },
    { phrase: "(that's|that is) [just|simply] our policy", clauseEnd: true }, { phrase: 'lol', whenUpset: true }, { phrase: 'lmao', whenUpset: true },
    { phrase: 'rofl', whenUpset: true }, { phrase: '😂', whenUpset: true }, { phrase: '🤣', whenUpset: true },
    // Their offence laughed off: "it was just a joke", "lighten up", "we didn't mean to offend anyone"; not
    // where the brand owns it right after ("it was just a joke to us, and that's no excuse").
    { phrase: "(it was|it's|it is|that was|that's|that is|this was|this is) (just|only) (a joke|satire|banter|a bit of fun|tongue in cheek|harmless fun|humour|humor)", unlessOwned: true },
    'lighten up', "(can't|cannot|can not) take a joke", "(didn't|did not|never) mean to offend [anyone|anybody|you]", 'no offence meant', 'no offense meant',
    // A cheerful face to someone upset ("Sorry about that, it's back up now 😊") makes light of it; a heart or
    // praying hands, care or an apology, are not here.
    ...['😊', '🙂', '😀', '😃', '😄', '😁', '😆', '😉', '😎', '🥳', '🎉', '😜', '🤪'].map((emoji): PhraseRule => ({ phrase: emoji, whenUpset: true })),
    // Shrugging it off. "It happens" only as a clause of its own ("does it crash when it happens?" asks).
    "[it's|it is] not that deep", "(it's|it is) not that serious", 'not the end of the world', '[it] could (be|have been) [a lot] worse',
    'these things happen', 'stuff happens', 'shit happens', 'such is life', { phrase: 'it happens', clauseStart: true, clauseEnd: true },
    // "That's your problem." brushes them off; "sounds like your problem is the charger" diagnoses.
    { phrase: 'oh well', clauseStart: true }, 'a you (problem|issue)', ...each(["(that's|that is|this is|it's|it is) your problem"], { clauseEnd: true }),
    ...each(['(minor|slight|small) inconvenience'], { negatable: true, notPrecededBy: MORE_THAN }),
  ],
  sarcasm: [
    '🙄', '🙃', '😒', '😏', '🤦', '🤷', '/s',
    { phrase: 'oh great', notFollowedBy: ['news'] }, { phrase: 'happy now', clauseEnd: true }, 'oh sure', 'oh joy', 'oh really', 'sure, because', 'yeah right',
    'yeah, right', { phrase: 'obviously', ...HEDGE }, 'of course you did', 'of course you do', 'good luck with that', 'nice try',
    'if you say so', 'thanks for nothing', 'must be nice', 'bless your heart', 'sorry not sorry', 'cool story',
    'what a surprise', 'big surprise', 'who knew', { phrase: 'as if', clauseStart: true, unlessInClause: AS_IF_NOT_ENOUGH }, 'said no one ever',
    { phrase: 'thanks a lot', notFollowedBy: SINCERE_THANKS, unlessPleased: true }, { phrase: 'clearly', clauseStart: true, ...HEDGE }, 'what a shock', 'shocker',
    { phrase: 'great job', whenUpset: true }, { phrase: 'well done', whenUpset: true }, { phrase: 'nice job', whenUpset: true },
    { phrase: 'congrats on', whenUpset: true },
  ],
  acknowledgement: [
    'sorry', 'apologise', 'apologize', 'apologies', 'apology', 'apologising', 'apologizing', 'i understand',
    'we understand', 'i completely understand', 'we completely understand', 'i totally understand',
    'understandably', 'understandable', 'i can imagine', 'we can imagine', 'i can only imagine', 'i can see why',
    'we can see why', 'frustrating', 'frustration', 'frustrated', 'we hear you', 'i hear you',
    'thank you for letting us know', 'thanks for letting us know', 'thank you for telling us',
    'thanks for telling us', 'thank you for flagging', 'thanks for flagging', 'thank you for raising',
    'thanks for raising', 'thank you for reaching out', 'thanks for reaching out', 'thank you for bringing',
    'thanks for bringing', 'thank you for your patience', 'thanks for your patience', 'not the experience',
    "shouldn't have happened", 'should not have happened', 'should never have happened', 'not okay', 'not ok',
    'not acceptable', 'unacceptable', 'let you down', "you're right", 'you are right', 'fair point',
    'must have been', 'regret', 'we get it', 'disappointing', 'disappointed', 'sounds frustrating',
    "we're listening", 'we are listening', 'that must be',
    // Thanks for what they did; the analyser reads "thanks a lot" as a sarcasm cue, and this phrase over it says otherwise.
    '(thanks|thank you) (a lot|so much|very much|again) for (your patience|your understanding|flagging|letting us know|raising|bringing|telling us|reaching out|sharing)',
    // Plain empathy without the usual words: their anger is fair, the brand feels it too.
    { phrase: 'no excuse', clauseStart: true }, "(there's|there is|there was|that's|that is) no excuse", 'inexcusable', 'not good enough',
    'every right to (be|feel|expect|ask|complain)', '(fair|right) to (be|feel) (annoyed|upset|angry|frustrated|cross|disappointed|furious|worried|concerned|fed up)',
    '(we|i) feel (terrible|awful|dreadful|horrible|bad)', "(we're|we are|i'm|i am) [so|really|absolutely|truly] (gutted|devastated|mortified|ashamed|embarrassed)",
    "(we'd|i'd|we would|i would) be (annoyed|upset|frustrated|angry|furious|cross|livid|fuming|disappointed) too",
    "(that's|that is|that sounds|sounds) (awful|terrible|horrible|dreadful|stressful|scary|worrying)",
    // What it means to them, named: "we know how important this is to you", "I realise how disruptive this has been".
    '(we|i) (know|realise|realize|appreciate|recognise|recognize) how (important|disruptive|stressful|upsetting|worrying|annoying|serious|hard|difficult|much)',
    '(we|i) (know|realise|realize|appreciate|recognise|recognize) (this|that|it) (is|has been|was) (disruptive|stressful|upsetting|worrying|annoying|serious|hard|difficult|important)',
  ],
  // The brand owning the problem: after a hedge ("to be fair, we should have told you sooner") it
  // is no argument. Negated ("it's not our fault") it owns nothing.
  ownership: each(
    [
      "(we|i) (should have|should've|shouldn't have|should not have|could have done|could've done|can do) [done] better",
      "we (should have|should've|shouldn't have|should not have) (been|told|said|done|known|caught|checked|warned|replied|responded|acted|fixed|shipped|sent|tested|listened|let)",
      'we got (this|it|that|things) [so|completely|totally|badly] wrong', 'we (messed|screwed|slipped) [this|it|things] up', 'we dropped the ball',
      // "We actually did mess up": the hedge stands between "we" and the verb.
      '(did|really) (mess|screw) [this|it|things] up',
      "(we|we've|we have) made (a mistake|mistakes|an error)", '(our|my) (mistake|fault|error|bad)', "(we're|we are|we were|i was|i'm|i am) [just|simply|plain|completely|totally|so] wrong",
      // "A bug on our side", "this should never have been published": where the fault lies, said by the brand.
      '(on|at) our (side|end)', 'on our part', "(this|that|it|which) (should never have|shouldn't have|should not have|never should have) been",
      "(is|was|that's|this's|it's|one's) [all|entirely|completely|totally|squarely] on us", '(we|i) (take|accept|own) [full|complete|total] (responsibility|ownership)',
      'we own (this|that|it)', 'we let you down', 'we failed [you]', 'we fell short',
      "(shouldn't|should not|should never) have happened",
    ],
    { negatable: true },
  ),
  // Terms of art that read as a legal admission, whichever way they are said ("we were not
  // negligent" is as much a legal statement). Owning the problem in plain words ("this is on us",
  // "we got this wrong", "we take full responsibility") is what the playbook asks for, and is not here.
  legal: [
    'negligent', 'negligently', 'liable',
    ...each(['negligence', 'liability', 'liabilities'], { notPrecededBy: INSURED_RISK_BEFORE, notFollowedBy: INSURANCE_AFTER }),
    'breach of (contract|duty|warranty|the law|statutory duty|our obligations|our legal obligations|gdpr)', 'in breach of',
    '(admit|admits|admitted|admitting|accept|accepts|accepted|accepting) [full|all] (fault|liability|negligence|wrongdoing|guilt|legal responsibility)',
    'admission of (fault|liability|guilt|negligence|wrongdoing)', 'legally responsible', 'legal responsibility',
    "(we're|we are|we were|i'm|i am|i was) [fully|entirely|completely|totally|clearly|solely] at fault",
    '(broke|broken|violated|breached) the law', 'unlawful', 'unlawfully', '(pay|cover) [for] [all|any|your] damages',
  ],
  // Absolute promises nobody can keep: no next step, no time, but "never" and "guaranteed".
  // Honest limits stay clean: "we can't promise it won't happen again", "a refund isn't guaranteed",
  // and a product's guarantee ("your 2-year guarantee covers this").
  promise: [
    ...each(
      [
        'never (happen|happens|happening) [to you|to anyone] again', "(won't|will not) [ever] happen [to you|to anyone] again",
        '(we|i|we\'ll|i\'ll|we can|i can|we will|i will) guarantee', '(100%|completely|totally|perfectly|absolutely) (safe|secure)',
        '100% (sure|fixed|resolved|guaranteed)', '100 (percent|per cent) (safe|secure|sure|fixed|resolved|guaranteed)',
        '(never|not) (gonna|going to) happen [to you|to anyone] again',
      ],
      { negatable: true },
    ),
    { phrase: 'never again', clauseStart: true, clauseEnd: true },
    // A breach ruled out before anyone can know ("our systems were not breached", "no customer data was
    // accessed"): what the investigation finds may say otherwise. "We have no sign so far that…" is honest.
    "(systems|servers|database|databases|network|site|website|app|platform) (were|was|have|has) (not|never) [been] (breached|hacked|compromised|accessed)",
    "(weren't|wasn't|haven't been|hasn't been) (breached|hacked|compromised)",
    '(no|none of your|none of our customers\') (data|customer data|personal data|personal information|payment details|card details|information|passwords) (was|were|has been|have been) (accessed|breached|compromised|leaked|stolen|exposed)',
    // "Guaranteed" as a promise ("refund guaranteed to everyone", "by Friday, guaranteed"), not as
    // a name ("guaranteed delivery").
    { phrase: 'guaranteed', negatable: true, clauseEnd: true },
    { phrase: 'guaranteed', negatable: true, followedBy: ['to', 'for', 'by', 'within', 'before', 'that', 'everyone', 'everybody'] },
  ],
};

interface TrieNode {
  next: Map<string, TrieNode>;
  rules: Array<{ category: ToneCategory; rule: PhraseRule; length: number }>;
}

export interface PhraseHit {
  category: ToneCategory;
  /** Token indices, [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
}

const newNode = (): TrieNode => ({ next: new Map(), rules: [] });

function normsOf(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.norm);
}

/**
 * Every wording a phrase stands for: "[a|b]" is optional (none, a or b), "(a|b)" is one of them.
 * Groups do not nest. Run once per table entry when the trie is built, never on a draft.
 */
export function expandPhrase(phrase: string): string[] {
  let variants = [''];
  let i = 0;
  while (i < phrase.length) {
    const open = phrase.charAt(i);
    const close = open === '[' ? ']' : open === '(' ? ')' : '';
    const end = close ? phrase.indexOf(close, i + 1) : -1;
    if (end < 0) {
      variants = variants.map((variant) => variant + open);
      i++;
      continue;
    }
    const options = phrase.slice(i + 1, end).split('|');
    if (open === '[') options.push('');
    variants = variants.flatMap((variant) => options.map((option) => variant + option));
    i = end + 1;
  }
  return variants.map((variant) => variant.replace(/\s+/g, ' ').trim()).filter((variant) => variant !== '');
}

function buildTrie(table: Table): TrieNode {
  const root = newNode();
  for (const category of Object.keys(table) as ToneCategory[]) {
    for (const entry of table[category]) {
      const rule = typeof entry === 'string' ? { phrase: entry } : entry;
      for (const wording of expandPhrase(rule.phrase)) {
        const norms = normsOf(wording);
        if (norms.length === 0) continue;
        let node = root;
        for (const norm of norms) {
          let child = node.next.get(norm);
          if (!child) {
            child = newNode();
            node.next.set(norm, child);
          }
          node = child;
        }
        node.rules.push({ category, rule, length: norms.length });
      }
    }
  }
  return root;
}

const TONE_TRIE = buildTrie(TONE_PHRASES);

function atClauseStart(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return !before || before.kind === 'punct' || before.kind === 'mention' || before.kind === 'emoji';
}

function atClauseEnd(tokens: readonly Token[], index: number): boolean {
  const after = tokens[index];
  return !after || after.kind === 'punct' || after.kind === 'emoji';
}

/** A condition's entry as tokens ("for your" → ["for", "your"]), tokenized once and kept. */
const entryNorms = new Map<string, readonly string[]>();
function normsOfEntry(entry: string): readonly string[] {
  let norms = entryNorms.get(entry);
  if (!norms) {
    norms = normsOf(entry);
    entryNorms.set(entry, norms);
  }
  return norms;
}

/** Whether the tokens from `at` spell `entry`. */
function spellsAt(tokens: readonly Token[], at: number, entry: string): boolean {
  const norms = normsOfEntry(entry);
  if (at < 0 || norms.length === 0 || at + norms.length > tokens.length) return false;
  for (let k = 0; k < norms.length; k++) if (tokens[at + k]!.norm !== norms[k]) return false;
  return true;
}

const followedByOne = (tokens: readonly Token[], at: number, entries: readonly string[]): boolean => entries.some((entry) => spellsAt(tokens, at, entry));
const precededByOne = (tokens: readonly Token[], at: number, entries: readonly string[]): boolean =>
  entries.some((entry) => spellsAt(tokens, at - normsOfEntry(entry).length, entry));

/** How far back, in words, a negator is looked for; each look is bounded, so the pass stays linear. */
const NEGATION_WINDOW = 6;
/** How far ahead followedWithin, unlessInClause and unlessOwned look. */
const FOLLOW_WINDOW = 8;
/** How far ahead unlessFollowedWithin looks: the rest of a sentence ("…, and that's on us"). */
const SENTENCE_WINDOW = 16;
/** How far ahead a negator's sentence is read for its question mark ("Isn't it your fault …?"). */
const QUESTION_WINDOW = 30;
const NEGATORS = new Set([
  'not', 'no', 'never', 'none', 'nothing', 'nobody', 'neither', 'nor', 'hardly', 'cannot', "isn't", "wasn't", "aren't",
  "weren't", "ain't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "haven't", "hasn't",
  "hadn't", "shouldn't", "nobody's", "nothing's", 'noone',
]);
/**
 * Words that may stand between a negator and what it negates: "none of this is your fault", "in
 * no way is this your fault", "we don't think you're overreacting", "we can't promise it won't
 * happen again", "not even slightly", "by no means", "at no point", "never down to", "nobody here
 * thinks", "don't for a second think", "can't honestly promise", "can't say for sure it'll".
 * Never "but" or "and": "not ours, your fault" keeps its blame.
 */
const NEGATION_FILLERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'it', "it's", "that's", 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'of', 'at',
  'all', 'in', 'any', 'way', 'even', 'really', 'remotely', 'entirely', 'completely', 'totally', 'just', 'so', 'one',
  'bit', 'you', "you're", 'your', 'anyone', 'anybody', 'think', 'thinks', 'believe', 'believes', 'say', 'says', 'saying',
  'said', 'suggest', 'suggests', 'suggesting', 'mean',
  'promise', 'guarantee', 'will', 'would', 'ever',
  'slightly', 'least', 'possibly', 'honestly', 'truly', 'genuinely', 'realistically', 'here', 'there', 'for', 'sure',
  'certain', 'second', 'moment', 'minute', 'means', 'point', 'down', 'to', "it'll", "this'll", "that'll", "one's",
]);
/** Commas and dashes that set off an aside inside a negation: "not, in any way, your fault", "never, ever". */
const ASIDE_MARKS = new Set([',', '—', '–']);
/** Subjects after an inverted auxiliary: "isn't it", "don't you think", "wasn't that". */
const QUESTION_SUBJECTS = new Set(['it', 'that', 'this', 'you', 'u', 'we', 'they', 'he', 'she', 'there', 'i']);
/** Sentence ends: the look-ahead windows stop there. */
const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);
/** Clause ends for followedWithin: "how many times?" ends its question at the mark. */
const CLAUSE_ENDS = new Set(['.', '!', '?', '…', ',', ';', ':', '—', '–', '(', ')']);

/**
 * "Isn't it your fault…?", "Don't you think you're overreacting?": a contracted auxiliary opening
 * a clause, its subject right after, and a question mark ending the sentence. That asks them to
 * agree with the blame; it negates nothing.
 */
function invertedQuestion(tokens: readonly Token[], k: number): boolean {
  if (!tokens[k]!.norm.endsWith("n't") || !atClauseStart(tokens, k)) return false;
  if (!QUESTION_SUBJECTS.has(tokens[k + 1]?.norm ?? '')) return false;
  for (let j = k + 2; j < tokens.length && j - k <= QUESTION_WINDOW; j++) {
    const token = tokens[j]!;
    if (token.kind === 'punct' && SENTENCE_ENDS.has(token.norm)) return token.norm === '?';
  }
  return false;
}

/**
 * Whether a negator a few words before token `index` negates what starts there. "Don't be" is an
 * order, not a negation ("don't be so sensitive"); "no" right before, or before a comma, is an
 * interjection ("no you're wrong", "No, it's your fault"). A comma or dash may set off an aside
 * ("not, in any way, your fault"), but a single comma after the negator ends it ("we didn't, it's
 * your fault"), except in "never, ever".
 */
function negatedBefore(tokens: readonly Token[], index: number): boolean {
  let words = 0;
  let asides = 0;
  for (let k = index - 1; k >= 0 && index - k <= 2 * NEGATION_WINDOW; k--) {
    const token = tokens[k]!;
    const norm = token.norm;
    if (token.kind === 'punct') {
      if (!ASIDE_MARKS.has(norm)) return false;
      asides++;
      continue;
    }
    if (++words > NEGATION_WINDOW) return false;
    if (NEGATORS.has(norm)) {
      const next = tokens[k + 1]!;
      if (norm === 'no' && (k === index - 1 || next.kind === 'punct')) return false;
      if (next.kind === 'punct' && asides < 2 && tokens[k + 2]?.norm !== 'ever') return false;
      const order = next.norm === 'be' && (norm === "don't" || norm === 'never' || (norm === 'not' && tokens[k - 1]?.norm === 'do'));
      return !order && !invertedQuestion(tokens, k);
    }
    if (!NEGATION_FILLERS.has(norm)) return false;
  }
  return false;
}

/** The first token from `from` that starts one of `entries`, within `window` tokens and before one of `stops`; -1 if none. */
function findAhead(tokens: readonly Token[], from: number, entries: readonly string[], stops: ReadonlySet<string>, window: number): number {
  for (let k = from; k < tokens.length && k - from < window; k++) {
    const token = tokens[k]!;
    if (token.kind === 'punct' && stops.has(token.norm)) return -1;
    if (followedByOne(tokens, k, entries)) return k;
  }
  return -1;
}

/** "of our staff", "from us", "on our part". */
const OF_THE_BRAND = new Set(['of', 'from', 'by', 'on']);
const BRAND_POSSESSIVES = new Set(['our', 'ours', 'us', 'my', 'me']);
const BRAND_SUBJECT_BE = new Set(["we're", "i'm"]);
const THEIR_WORDS = new Set(['you', "you're", 'your', 'yours', 'u', 'ur']);

/**
 * Whether the clause says the phrase at `index` of the brand: "what our driver did was plain wrong",
 * "we were just wrong", "just wrong of our staff". Bounded to FOLLOW_WINDOW tokens back.
 */
function saidOfBrand(tokens: readonly Token[], index: number, length: number): boolean {
  const after = tokens[index + length];
  if (after && OF_THE_BRAND.has(after.norm) && BRAND_POSSESSIVES.has(tokens[index + length + 1]?.norm ?? '')) return true;
  for (let k = index - 1; k >= 0 && index - k <= FOLLOW_WINDOW; k--) {
    const token = tokens[k]!;
    if (token.kind === 'punct' && CLAUSE_ENDS.has(token.norm)) return false;
    const norm = token.norm;
    if (BRAND_POSSESSIVES.has(norm) || BRAND_SUBJECT_BE.has(norm)) return true;
    const subject = tokens[k - 1]?.norm;
    if ((norm === 'were' || norm === 'was' || norm === 'are' || norm === 'am') && (subject === 'we' || subject === 'i')) return true;
    // "We think that's plain wrong": the brand judging something else, or them.
    if (THEIR_WORDS.has(norm) || norm === 'we' || norm === 'i') return false;
  }
  return false;
}

/** Whether the rule's conditions hold for a match of `length` tokens at `index`. */
function applies(tokens: readonly Token[], index: number, length: number, rule: PhraseRule, mood: ReplyMood): boolean {
  if (rule.whenUpset && !mood.upset) return false;
  if (rule.unlessPleased && mood.pleased) return false;
  if (rule.clauseStart && !atClauseStart(tokens, index)) return false;
  if (rule.clauseEnd && !atClauseEnd(tokens, index + length)) return false;
  if (rule.notAtClauseEnd && atClauseEnd(tokens, index + length)) return false;
  if (rule.notFollowedBy && followedByOne(tokens, index + length, rule.notFollowedBy)) return false;
  if (rule.followedBy && !followedByOne(tokens, index + length, rule.followedBy)) return false;
  if (rule.notPrecededBy && precededByOne(tokens, index, rule.notPrecededBy)) return false;
  if (rule.negatable && negatedBefore(tokens, index)) return false;
  if (rule.unlessOfBrand && saidOfBrand(tokens, index, length)) return false;
  if (rule.followedWithin && findAhead(tokens, index + length, rule.followedWithin, CLAUSE_ENDS, FOLLOW_WINDOW) < 0) return false;
  if (rule.unlessInClause && findAhead(tokens, index + length, rule.unlessInClause, CLAUSE_ENDS, FOLLOW_WINDOW) >= 0) return false;
  if (rule.unlessFollowedWithin) {
    const at = findAhead(tokens, index + length, rule.unlessFollowedWithin, SENTENCE_ENDS, SENTENCE_WINDOW);
    if (at >= 0 && !negatedBefore(tokens, at)) return false;
  }
  return true;
}

/**
 * Apologies own the problem after a hedge only when the brand says them ("we're sorry", not a tag:
 * "…, sorry") and as a clause of their own after the hedged one ("clearly this went wrong, and
 * we're sorry"). Right after the hedge they are grudging ("Obviously we are sorry.").
 */
const APOLOGY_WORDS = new Set(['sorry', 'apologise', 'apologize', 'apologies', 'apology', 'apologising', 'apologizing', 'regret']);
const FIRST_PERSON = new Set(['i', "i'm", 'we', "we're", 'our', 'my', 'us']);
const CLAUSE_JOINS = new Set(['and', 'so', ',', ';', '—', '–']);
/** After an acknowledgement, these take it back ("you're right, but the parcel was delivered"). */
const CONTRAST = new Set(['but', 'however', 'though', 'although', 'yet']);

/** "We're so sorry", "I truly apologise", "our apologies": a first-person word up to three tokens before, in the clause. */
function saidByBrand(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= 3; k--) {
    const token = tokens[k]!;
    if (token.kind === 'punct') return false;
    if (FIRST_PERSON.has(token.norm)) return true;
  }
  return false;
}

/** Whether "but", "however"… follows the hit in its sentence, within FOLLOW_WINDOW tokens. */
function contrastAfter(tokens: readonly Token[], hit: PhraseHit): boolean {
  for (let k = hit.last + 1; k < tokens.length && k - hit.last <= FOLLOW_WINDOW; k++) {
    const token = tokens[k]!;
    if (token.kind === 'punct' && SENTENCE_ENDS.has(token.norm)) return false;
    if (CONTRAST.has(token.norm)) return true;
  }
  return false;
}

/** Index of the first hit in `sorted` (by `first`) that starts after token `after`. */
function firstAfter(sorted: readonly PhraseHit[], after: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.first <= after) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Whether the brand owns the problem right after the hedge at `hit`: an owning hit starting within
 * FOLLOW_WINDOW tokens in the same sentence, or an ownership hit opening the next sentence ("it
 * actually was down longer than our page said. That's on us").
 */
function ownedAfter(tokens: readonly Token[], hit: PhraseHit, owning: readonly PhraseHit[], ownership: readonly PhraseHit[]): boolean {
  const next = owning[firstAfter(owning, hit.last)];
  if (next !== undefined && next.first - hit.last <= FOLLOW_WINDOW) {
    const apology = APOLOGY_WORDS.has(tokens[next.first]!.norm);
    let sameSentence = true;
    // An apology needs a clause of its own after the hedged one: a join before it, past the hedge's own comma.
    let joined = !apology;
    for (let k = hit.last + 1; k < next.first && sameSentence; k++) {
      const token = tokens[k]!;
      sameSentence = !(token.kind === 'punct' && SENTENCE_ENDS.has(token.norm));
      if (k > hit.last + 1 && CLAUSE_JOINS.has(token.norm)) joined = true;
    }
    if (sameSentence && joined) return true;
  }
  let end = -1;
  for (let k = hit.last + 1; k < tokens.length && k - hit.last <= SENTENCE_WINDOW; k++) {
    if (tokens[k]!.kind === 'punct' && SENTENCE_ENDS.has(tokens[k]!.norm)) {
      end = k;
      break;
    }
  }
  if (end < 0) return false;
  const opening = ownership[firstAfter(ownership, end)];
  return opening !== undefined && opening.first - end <= 3;
}

/**
 * Every tone phrase in the draft: at each token, the longest phrase per category that starts
 * there. Phrases are at most a few tokens long and every look around a match is bounded, so this
 * is linear in the number of tokens.
 */
/** How the post a reply answers reads: upset (negative, mixed, angry or complaining), or plainly pleased. */
export interface ReplyMood {
  upset: boolean;
  pleased: boolean;
}

export function findTonePhrases(tokens: readonly Token[], mood: ReplyMood): PhraseHit[] {
  const hits: PhraseHit[] = [];
  /** Hits that are hedges: dropped below when the brand owns the problem right after them. */
  const hedges = new Set<PhraseHit>();
  // A shorter phrase inside a longer one of the same kind ("not true" in "that's not true") adds nothing.
  const coveredUntil = new Map<ToneCategory, number>();
  for (let i = 0; i < tokens.length; i++) {
    let node: TrieNode | undefined = TONE_TRIE;
    const longest = new Map<ToneCategory, { length: number; hedge: boolean }>();
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j]!.norm);
      if (!node) break;
      for (const { category, rule, length } of node.rules) {
        if (!applies(tokens, i, length, rule, mood)) continue;
        longest.set(category, { length, hedge: rule.unlessOwned === true });
      }
    }
    for (const [category, { length, hedge }] of longest) {
      if ((coveredUntil.get(category) ?? -1) >= i + length - 1) continue;
      coveredUntil.set(category, i + length - 1);
      const first = tokens[i]!;
      const last = tokens[i + length - 1]!;
      const hit: PhraseHit = { category, first: i, last: i + length - 1, start: first.start, end: last.end };
      hits.push(hit);
      if (hedge) hedges.add(hit);
    }
  }
  if (hedges.size === 0) return hits;
  // What owns the problem after a hedge: ownership, and acknowledgements ("you're right",
  // "unacceptable", "we're sorry") that are not inside a brush-off ("sorry you feel that way").
  // Hits are in token order, so one pointer walks the brush-offs.
  const ownership = hits.filter((hit) => hit.category === 'ownership');
  const dismissive = hits.filter((hit) => hit.category === 'dismissive');
  const owning: PhraseHit[] = [];
  let d = 0;
  for (const hit of hits) {
    if (hit.category === 'ownership') {
      owning.push(hit);
      continue;
    }
    if (hit.category !== 'acknowledgement') continue;
    while (d < dismissive.length && dismissive[d]!.last < hit.first) d++;
    const brushOff = d < dismissive.length && dismissive[d]!.first <= hit.last;
    if (brushOff || contrastAfter(tokens, hit) || (APOLOGY_WORDS.has(tokens[hit.first]!.norm) && !saidByBrand(tokens, hit.first))) continue;
    owning.push(hit);
  }
  if (owning.length === 0) return hits;
  return hits.filter((hit) => !hedges.has(hit) || !ownedAfter(tokens, hit, owning, ownership));
}
