// Confidential terms in their other spellings (possessive, in links, run together), the X count
// of emoji sequences and decomposed accents, labelled lot and serial numbers that are not phone
// numbers, and hostile emoji (QA pass 6, items 1, 6 and 8).
import { describe, expect, test } from 'vitest';
import { analyzeDraft, findingCodes, measureLength, type DraftContext, type FindingCode } from '@/utils/coach';

const COMPLAINT: DraftContext = {
  platform: 'x',
  replyingTo: { text: 'Your app deleted all my photos and support ignored me for a week. Absolutely furious.', author: '@sam_patel' },
};
const TERMS: DraftContext = { ...COMPLAINT, confidentialTerms: ['Project Falcon', 'Bluebird', 'recall'] };

/** The underlined text of each span of the finding with `code`. */
function underlined(draft: string, context: DraftContext, code: FindingCode): string[] {
  const finding = analyzeDraft(draft, context).find((f) => f.code === code);
  return finding ? finding.spans.map((span) => draft.slice(span.start, span.end)) : [];
}

describe('confidential terms in their other spellings', () => {
  test.each([
    // Possessive, straight or curly apostrophe: the underline stops before "'s".
    ["Sorry Sam, it's Project Falcon's fault.", ['Project Falcon']],
    ['Sorry Sam, Bluebird’s launch slipped.', ['Bluebird']],
    ["Sorry Sam, BLUEBIRD's launch slipped.", ['BLUEBIRD']],
    // Inside a link: host or path, the term's words joined by "-", "_", "/", "+", "." or nothing.
    ['Sorry Sam, see https://acme.com/bluebird', ['bluebird']],
    ['Sorry Sam, see https://acme.com/project-falcon-status', ['project-falcon']],
    ['Sorry Sam, see https://acme.com/project_falcon', ['project_falcon']],
    ['Sorry Sam, see https://acme.com/projectfalcon.', ['projectfalcon']],
    ['Sorry Sam, see https://acme.com/project/falcon/faq', ['project/falcon']],
    ['Sorry Sam, see https://acme.com/search?q=project+falcon', ['project+falcon']],
    ['Sorry Sam, see https://acme.com/ProjectFalconStatus', ['ProjectFalcon']],
    ['Sorry Sam, see https://bluebird.acme.com/faq', ['bluebird']],
    ['Sorry Sam, see https://acme.com/project%20falcon', ['project%20falcon']],
    ['Sorry Sam, see www.acme.com/recall-notice', ['recall']],
    // Run together, or in CamelCase, in a hashtag, a mention or a word.
    ['Sorry Sam, see #ProjectFalcon', ['ProjectFalcon']],
    ['Sorry Sam, see #projectfalcon', ['projectfalcon']],
    ['Sorry Sam, see #BluebirdLaunch', ['Bluebird']],
    ['Sorry Sam, ask @ProjectFalcon', ['ProjectFalcon']],
    ["Sorry Sam, see #ProjectFalcon's page", ['ProjectFalcon']],
    ['Sorry Sam, Project_Falcon is late.', ['Project_Falcon']],
    ['Sorry Sam, ProjectFalcon is late.', ['ProjectFalcon']],
    // Still caught as before.
    ['Sorry Sam, Project Falcon is why.', ['Project Falcon']],
    ['Sorry Sam, see acme.com/bluebird-faq', ['bluebird']],
  ])('%j → %j', (draft, expected) => {
    expect(underlined(draft, TERMS, 'confidential')).toEqual(expected);
    expect(analyzeDraft(draft, TERMS).find((f) => f.code === 'confidential')?.severity).toBe('critical');
  });

  test.each([
    // A longer word, a plural or a word that merely shares letters is another word.
    ['Sorry Sam, our Falconer app is back.', ['Falcon']],
    ['Sorry Sam, see https://acme.com/falconer', ['Falcon']],
    ['Sorry Sam, see #Falconry', ['Falcon']],
    // In prose, a run-together word must be the term from end to end: these are other names.
    ['Sorry Sam, the MegaFalcon is back.', ['Falcon']],
    ['Sorry Sam, your iPhone app is fixed.', ['Phone']],
    ['Sorry Sam, see https://youtu.be/dQw4w9WgXcQ', ['Bluebird']],
    ['Sorry Sam, see https://acme.com/bluebirds', ['Bluebird']],
    ['Sorry Sam, see https://acme.com/recalled-items', ['recall']],
    ['Sorry Sam, see https://www.projectfalconer.com/', ['Project Falcon']],
    // A separator inside one of the term's words splits it into other words.
    ['Sorry Sam, see https://acme.com/blue-bird', ['Bluebird']],
    // The term's words apart, out of order, or joined by something that is no joiner.
    ['Sorry Sam, see https://acme.com/project-x/falcon', ['Project Falcon']],
    ['Sorry Sam, see https://acme.com/falcon-project', ['Project Falcon']],
    ['Sorry Sam, see https://acme.com/?project=falcon', ['Project Falcon']],
    ['Sorry Sam, see #ProjectFalconer', ['Project Falcon']],
    // One word of a two-word term.
    ["Sorry Sam, the falcon's nest cam is back.", ['Project Falcon']],
    // A word with an apostrophe is not the word before it.
    ["Sorry Sam, don't worry.", ['Don']],
  ])('%j with %j: no confidential finding', (draft, terms) => {
    expect(findingCodes(analyzeDraft(draft, { ...COMPLAINT, confidentialTerms: terms }))).not.toContain('confidential');
  });

  test('the possessive of a term does not change the tone findings around it', () => {
    expect(findingCodes(analyzeDraft("Sorry Sam, it's not our fault.", TERMS))).toBe('defensive');
    expect(findingCodes(analyzeDraft("Sorry Sam, that's on us. DM us?", TERMS))).toBe('');
  });
});

describe('X counts an emoji sequence as 2 and measures the NFC form', () => {
  test.each([
    ['🙏🏽', 2],
    ['👨‍👩‍👧‍👦', 2],
    ['👩‍💻', 2],
    ['1️⃣', 2],
    ['🇬🇧', 2],
    ['🏴󠁧󠁢󠁥󠁮󠁧󠁿', 2],
    ['❤️', 2],
    ['e\u0301', 1],
    ['é', 1],
    ['😀', 2],
    ['日本', 4],
    ['hello', 5],
  ])('%j → %d', (text, expected) => {
    expect(measureLength(text, 'x-weighted', 1000).length).toBe(expected);
  });

  test.each([
    ['skin tone', `Sorry Sam, DM us. ${'a'.repeat(259)} 🙏🏽`],
    ['ZWJ family', `Sorry Sam. ${'👨‍👩‍👧‍👦'.repeat(134)}`],
    ['decomposed accents', `Sorry Sam. ${'e\u0301'.repeat(269)}`],
  ])('%s at the limit is not too long', (_, draft) => {
    expect(findingCodes(analyzeDraft(draft, COMPLAINT))).not.toContain('too-long');
  });

  test('one more character is too long, underlined from the first one past the limit', () => {
    const draft = `Sorry Sam, DM us. ${'a'.repeat(260)} 🙏🏽`;
    const finding = analyzeDraft(draft, COMPLAINT).find((f) => f.code === 'too-long');
    expect(finding?.severity).toBe('critical');
    expect(finding?.why).toMatch(/^281 characters/);
    expect(draft.slice(finding?.spans[0]?.start)).toBe('🙏🏽');
    expect(measureLength('ab🙏🏽', 'x-weighted', 3).overflowAt).toBe(2);
    expect(measureLength('abe\u0301', 'x-weighted', 2).overflowAt).toBe(2);
  });

  test('graphemes and Mastodon count what a reader sees as one character', () => {
    // Arabic with its vowel marks, and a Hangul syllable written as three jamo.
    for (const counting of ['graphemes', 'mastodon'] as const) {
      expect(measureLength('مَرْحَبًا', counting, 1000).length).toBe(5);
      expect(measureLength('\u1100\u1161\u11a8', counting, 1000).length).toBe(1);
      expect(measureLength('👨‍👩‍👧‍👦🙏🏽', counting, 1000).length).toBe(2);
    }
  });
});

describe('a labelled lot, batch, serial, model or part number is not a phone number', () => {
  const NO_TERMS: DraftContext = { ...COMPLAINT, confidentialTerms: [] };
  test.each([
    'Sorry Sam, the recall covers lot 2024-11-0457. DM us?',
    'Sorry Sam, the recall covers lots 2024-11-0457, 2024-11-0458 and 2024-11-0459. DM us?',
    'Sorry Sam, check the batch no. 2024-11-0457 on the box. DM us?',
    'Sorry Sam, serial number 555-123-4567 is affected. DM us?',
    'Sorry Sam, model # 0151 496 0000 is affected. DM us?',
    'Sorry Sam, part 447-2210-1930 ships Monday. DM us?',
    'Sorry Sam, SKU: 4472-2101-93 is back in stock. DM us?',
  ])('%j', (draft) => {
    expect(findingCodes(analyzeDraft(draft, NO_TERMS))).not.toContain('personal-data');
  });

  test.each([
    ['Sorry Sam, call 2024-11-0457 and we will sort it.', '2024-11-0457'],
    ['Sorry Sam, call us on 555-123-4567.', '555-123-4567'],
    ['Sorry Sam, your number 0151 496 0000 is on file.', '0151 496 0000'],
    ['Sorry Sam, lot 7 is affected: call 555-123-4567.', '555-123-4567'],
    ['Sorry Sam, the batch team will ring you on 0151 496 0000.', '0151 496 0000'],
    ['Sorry Sam, +44 20 7946 0958 is our line for lot 2024-11-0457.', '+44 20 7946 0958'],
    ['Sorry about the item, 0151 496 0000 is the number we have.', '0151 496 0000'],
    ['Sorry Sam, we sent 3 spare parts. 0151 496 0000 is your number?', '0151 496 0000'],
  ])('%j: a phone number is still caught', (draft, phone) => {
    expect(underlined(draft, { ...COMPLAINT, confidentialTerms: [] }, 'personal-data')).toEqual([phone]);
  });

  test('an order number stays personal data (it identifies the customer)', () => {
    expect(findingCodes(analyzeDraft('Sorry Sam, order 2024-11-0457 is on its way.', NO_TERMS))).toBe('personal-data');
  });
});

describe('hostile emoji', () => {
  test.each(['🤬', '💩', '🤡', '🖕', '🖕🏽', '💩💩💩', 'Sorry Sam 🤬', 'Sorry, you 🤡', 'Read the FAQ 💩'])('%j is hostile', (draft) => {
    const finding = analyzeDraft(draft, COMPLAINT).find((f) => f.code === 'hostile');
    expect(finding?.severity).toBe('critical');
  });

  test.each([
    '🙏',
    'Sorry Sam 😔 DM us?',
    '😡',
    'Sorry Sam, our last update was 💩. It is fixed now, DM us?',
    "Sorry Sam, we clowned this one 🤡 DM us and we'll fix it.",
    "Sorry Sam, I get why you're 🤬. DM us?",
    'Sorry Sam, it is not 💩, it is a bug. DM us?',
    'Sorry Sam, you called us 🤡 and fair enough. DM us?',
  ])('%j is not hostile', (draft) => {
    expect(findingCodes(analyzeDraft(draft, COMPLAINT))).not.toContain('hostile');
  });

  test('🙄 stays sarcasm, not hostility', () => {
    expect(findingCodes(analyzeDraft('🙄', COMPLAINT))).toContain('sarcasm');
    expect(findingCodes(analyzeDraft('🙄', COMPLAINT))).not.toContain('hostile');
  });
});

describe("an address at the brand's own domain is the brand's contact, not the customer's data", () => {
  const context: DraftContext = { ...COMPLAINT, brandTerms: ['Brewly', 'brewly_help'] };
  test.each([
    ["We're sorry. You can reach us at support@brewly.com", ''],
    ['Please write to help@brewly.co.uk and we will sort it', ''],
    ['Our team at care@brewlyhelp.com can help', ''],
    ['Write to customer.care@brewly.com or brewly-uk@brewly.com', ''],
    ['Our press office: press@brewly.com', ''],
    // the customer's own address, or a domain that only contains the name
    ["We're sorry. Email me at sam@gmail.com", 'personal-data'],
    ["We're sorry. Is your address sam@brewlyfans.com?", 'personal-data'],
    // one person's address at the brand's domain: a member of staff's, not to post in public (QA)
    ["I'm sorry, email me at sam@brewly.com", 'personal-data'],
    ["I'm sorry, write to sam.patel@brewly.co.uk", 'personal-data'],
  ])('%s', (draft, codes) => {
    expect(findingCodes(analyzeDraft(draft, context)).includes('personal-data') ? 'personal-data' : '').toBe(codes);
  });

  test('a phone number and a member of staff’s address at the brand’s domain are both named (QA: only the phone was)', () => {
    const findings = analyzeDraft("I'm sorry, call me at 555-123-4567 or email me at sam@brewly.com", context);
    const personal = findings.find((finding) => finding.code === 'personal-data')!;
    expect(personal.why).toBe('This shows a phone number and an e-mail address in public. Move it to a private message and leave it out of the reply.');
    expect(personal.spans).toHaveLength(2);
  });

  test('a listed address at the brand’s domain is its contact, one person’s or not', () => {
    expect(findingCodes(analyzeDraft('Email sam@brewly.com', { ...context, allowedContacts: ['sam@brewly.com'] }))).not.toContain('personal-data');
    expect(findingCodes(analyzeDraft('Email sam@brewly.com', { ...context, allowedContacts: ['*@brewly.com'] }))).not.toContain('personal-data');
  });

  test('without the brand named, its address is flagged as before', () => {
    expect(findingCodes(analyzeDraft("We're sorry. You can reach us at support@brewly.com", COMPLAINT))).toContain('personal-data');
  });
});
