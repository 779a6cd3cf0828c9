// Phrase tables for the tone findings, and a token trie to find them. A phrase is written the
// way people type it; it is tokenized with the draft's own tokenizer, so "that's" matches
// "that’s" and "well, technically" needs its comma. Conditions on the neighbouring tokens keep
// common innocent uses out ("with respect to your order", "you should have received an e-mail").
// Insults are the analyser's (its hostility signal, see findings.ts): these tables hold only the
// put-downs it cannot know ("get lost", "did you even", "you people").
import { tokenize, type Token } from './tokens';

export type ToneCategory = 'hostile' | 'condescending' | 'arguing' | 'defensive' | 'dismissive' | 'sarcasm' | 'acknowledgement';

export interface PhraseRule {
  phrase: string;
  /** Only at the start of a clause: first token, or after punctuation, a mention or an emoji. */
  clauseStart?: boolean;
  /** Only when nothing but punctuation (or the end) follows. */
  clauseEnd?: boolean;
  /** Not when the next token is one of these (lower-case). */
  notFollowedBy?: readonly string[];
  /** Only when answering someone upset: "well done" to a fan is praise, to a complaint it is sarcasm. */
  whenUpset?: boolean;
  /** Only when the next token is one of these (lower-case). */
  followedBy?: readonly string[];
  /** Not when the token before is one of these (lower-case): "thank you people" is thanks. */
  notPrecededBy?: readonly string[];
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
    { phrase: 'did you even', notFollowedBy: ['get', 'receive', 'hear'] }, 'do you even', 'have you even',
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
    { phrase: 'actually', clauseStart: true }, 'but actually', 'well actually', 'well, actually',
    { phrase: 'actually', followedBy: FACT_VERBS },
    "you're wrong", 'you are wrong', "you're mistaken", 'you are mistaken', "you're incorrect", 'you are incorrect',
    "that's not true", 'that is not true', "that isn't true", "that's untrue", 'not true', "that's false",
    'that is false', "that's incorrect", 'that is incorrect', "that's not correct", 'that is not correct',
    "that's not accurate", 'that is not accurate', "that's not what happened", 'that is not what happened',
    "that's a lie", "that's misinformation", "that's simply not", "that's just not",
    'to be fair', { phrase: 'with respect', notFollowedBy: ['to'] }, 'with all due respect',
    'well, technically', 'well technically', { phrase: 'technically', clauseStart: true },
    'let me correct you', 'for the record', 'get your facts straight', 'do your research', 'the fact is',
    'the facts are', 'we never said', 'we did not say', "we didn't say", 'you clearly don\'t', 'you clearly do not',
    'simply wrong', 'plain wrong', 'just wrong', "that's not the case", 'that is not the case', 'just your opinion',
    "that's your opinion", 'spreading lies', 'spreading misinformation', 'stop spreading', 'being ridiculous',
    'being unreasonable', 'it clearly says', 'it clearly states', 'clearly stated',
  ],
  defensive: [
    { phrase: 'you should have', notFollowedBy: ['received', 'got', 'gotten', 'been', 'seen'] },
    { phrase: "you should've", notFollowedBy: ['received', 'got', 'gotten', 'been', 'seen'] },
    "you shouldn't have", "you didn't read", 'you did not read', 'you failed to', "you didn't follow",
    'you did not follow', 'user error', 'operator error', "it's not our fault", 'it is not our fault',
    "it isn't our fault", 'not our fault', 'not our problem', 'not our responsibility', 'your fault',
    "that's on you", 'you misunderstood', "you've misunderstood", 'you have misunderstood', 'you misread',
    { phrase: 'you must have', notFollowedBy: ['been', 'felt'] }, "you must've",
    'if you had followed', "if you'd followed", 'if you had read', "if you'd read", 'if you had bothered',
    'you were supposed to', 'you need to read', 'read the instructions', 'read the manual', 'you agreed to',
    "you clearly didn't", 'you clearly did not', 'you ignored', 'we did nothing wrong', "we're not responsible",
    'we are not responsible', 'cannot be held responsible', "can't be held responsible",
    "you didn't check", 'you did not check', "you're to blame", 'you are to blame', 'you only have yourself to blame',
    'your mistake', 'your own mistake', 'you made a mistake', 'your error', 'read the terms', 'before complaining',
    'we don\'t appreciate', 'we do not appreciate', 'your tone', 'your own fault',
    // Blaming them for what they did not read or follow; "don't worry about not reading the manual" reassures.
    ...['not reading the manual', 'not reading the instructions', 'not reading the terms', 'not following the instructions', 'not following instructions']
      .map((phrase): PhraseRule => ({ phrase, notPrecededBy: ['about'] })),
    // "Next time try following the instructions": what they did wrong, said as advice.
    'next time try following', 'next time, try following', 'next time try reading', 'next time, try reading',
  ],
  dismissive: [
    'calm down', 'relax', 'chill out', 'as we already said', "as we've already said", 'as we have already said',
    'as we said', 'as already stated', 'as already mentioned', 'as previously stated', 'as previously mentioned',
    'as stated previously', 'as mentioned before', 'as mentioned previously', 'as i said', 'as i already said',
    'like i said', 'like we said', 'we already told you', "we've already told you", 'we have already told you',
    'already explained', 'per our policy', 'according to our policy', 'our policy states', 'company policy',
    'policy is policy', "it's not a big deal", 'it is not a big deal', 'not a big deal', 'no big deal',
    'not that big a deal', 'nothing we can do', 'nothing more we can do', 'out of our hands', "can't do anything",
    'cannot do anything', 'sorry you feel', 'sorry if you feel', 'sorry if you were offended',
    'sorry if anyone was offended', 'sorry if anyone was upset', 'get over it', 'deal with it', 'move on',
    "you're overreacting", 'you are overreacting', 'overreacting', 'overreaction', 'too sensitive',
    "don't be so", 'stop complaining', 'it is what it is', "that's just how it is", 'take it or leave it',
    "you're the only one", 'you are the only one', 'no one else has', 'nobody else has', 'no one else is',
    'nobody else is', 'first world problem', "don't be upset", 'no need to be upset', 'no need to get upset',
    { phrase: 'whatever', clauseEnd: true }, 'how many times', "we've told you", 'we have told you', 'already told',
    "we've explained", 'we have explained', 'for the last time', { phrase: 'lol', whenUpset: true }, { phrase: 'lmao', whenUpset: true },
    { phrase: 'rofl', whenUpset: true }, { phrase: '😂', whenUpset: true }, { phrase: '🤣', whenUpset: true },
  ],
  sarcasm: [
    '🙄', '🙃', '😒', '😏', '🤦', '🤷', '/s',
    { phrase: 'oh great', notFollowedBy: ['news'] }, 'oh sure', 'oh joy', 'oh really', 'sure, because', 'yeah right',
    'yeah, right', 'obviously', 'of course you did', 'of course you do', 'good luck with that', 'nice try',
    'if you say so', 'thanks for nothing', 'must be nice', 'bless your heart', 'sorry not sorry', 'cool story',
    'what a surprise', 'big surprise', 'who knew', { phrase: 'as if', clauseStart: true }, 'said no one ever',
    'thanks a lot', { phrase: 'clearly', clauseStart: true }, 'what a shock', 'shocker',
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

function buildTrie(table: Table): TrieNode {
  const root = newNode();
  for (const category of Object.keys(table) as ToneCategory[]) {
    for (const entry of table[category]) {
      const rule = typeof entry === 'string' ? { phrase: entry } : entry;
      const norms = normsOf(rule.phrase);
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

/**
 * Every tone phrase in the draft: at each token, the longest phrase per category that starts
 * there. Phrases are at most a few tokens long, so this is linear in the number of tokens.
 */
export function findTonePhrases(tokens: readonly Token[], upset: boolean): PhraseHit[] {
  const hits: PhraseHit[] = [];
  // A shorter phrase inside a longer one of the same kind ("not true" in "that's not true") adds nothing.
  const coveredUntil = new Map<ToneCategory, number>();
  for (let i = 0; i < tokens.length; i++) {
    let node: TrieNode | undefined = TONE_TRIE;
    const longest = new Map<ToneCategory, number>();
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j]!.norm);
      if (!node) break;
      for (const { category, rule, length } of node.rules) {
        if (rule.whenUpset && !upset) continue;
        if (rule.clauseStart && !atClauseStart(tokens, i)) continue;
        if (rule.clauseEnd && !atClauseEnd(tokens, i + length)) continue;
        const following = tokens[i + length];
        if (rule.notFollowedBy && following && rule.notFollowedBy.includes(following.norm)) continue;
        if (rule.followedBy && !(following && rule.followedBy.includes(following.norm))) continue;
        const preceding = tokens[i - 1];
        if (rule.notPrecededBy && preceding && rule.notPrecededBy.includes(preceding.norm)) continue;
        longest.set(category, length);
      }
    }
    for (const [category, length] of longest) {
      if ((coveredUntil.get(category) ?? -1) >= i + length - 1) continue;
      coveredUntil.set(category, i + length - 1);
      const first = tokens[i]!;
      const last = tokens[i + length - 1]!;
      hits.push({ category, first: i, last: i + length - 1, start: first.start, end: last.end });
    }
  }
  return hits;
}
