import { describe, expect, test } from 'vitest';
import {
  analyzeDraft,
  FINDING_CODES,
  FINDING_TITLES,
  findingCodes,
  measureLength,
  SEVERITIES,
  type DraftContext,
  type Finding,
  type FindingCode,
} from '@/utils/coach';

const COMPLAINT: DraftContext = {
  platform: 'x',
  replyingTo: { text: 'My parcel never arrived and nobody answers. Furious.', author: '@sam_patel' },
};
const QUESTION: DraftContext = { platform: 'x', replyingTo: { text: 'Does it support USB-C?' } };

/** The underlined text of each span of the finding with `code`. */
function underlined(draft: string, context: DraftContext, code: FindingCode): string[] {
  const finding = analyzeDraft(draft, context).find((f) => f.code === code);
  return finding ? finding.spans.map((span) => draft.slice(span.start, span.end)) : [];
}

describe('finding codes', () => {
  test('are unique, kebab-case, and each has a title', () => {
    expect(new Set(FINDING_CODES).size).toBe(FINDING_CODES.length);
    for (const code of FINDING_CODES) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(FINDING_TITLES[code]).toBeTruthy();
    }
  });

  test.each([
    [[], ''],
    [[{ code: 'sarcasm' }, { code: 'arguing' }, { code: 'sarcasm' }], 'arguing sarcasm'],
    [[{ code: 'too-long' }, { code: 'personal-data' }, { code: 'needs-approval' }], 'needs-approval personal-data too-long'],
  ] as Array<[Array<Pick<Finding, 'code'>>, string]>)('findingCodes(%j) → %j', (findings, expected) => {
    expect(findingCodes(findings as Finding[])).toBe(expected);
  });
});

describe('spans underline exactly what triggered the finding', () => {
  test.each([
    ['Actually, we replied. Sorry.', COMPLAINT, 'arguing', ['Actually']],
    ["Sorry, but you're wrong and that's not true.", COMPLAINT, 'arguing', ["you're wrong", "that's not true"]],
    ['Sorry, you should have read the manual.', COMPLAINT, 'defensive', ['you should have', 'read the manual']],
    ['Sorry, as previously stated, calm down.', COMPLAINT, 'dismissive', ['as previously stated', 'calm down']],
    ['Thanks for your patience 🙄', COMPLAINT, 'sarcasm', ['🙄']],
    ["Sorry your 'urgent' parcel is late.", COMPLAINT, 'sarcasm', ["'urgent'"]],
    ['Sorry, WE DID NOT lose it. DM us ASAP!!!', COMPLAINT, 'shouting', ['WE', 'DID', 'NOT', '!!!']],
    ['Sorry! Order #12345678 and jo@mail.com', COMPLAINT, 'personal-data', ['Order #12345678', 'jo@mail.com']],
    ['Sorry, call +1 (555) 010-0134 now.', COMPLAINT, 'personal-data', ['+1 (555) 010-0134']],
    ['Sorry, at 12 High Street.', COMPLAINT, 'personal-data', ['12 High Street']],
    ["Sorry, I've refunded the card ending 4242 today.", COMPLAINT, 'personal-data', ['card ending 4242']],
    ['Sorry, Mastercard ending with: 4242 and •••• •••• •••• 1881.', COMPLAINT, 'personal-data', ['Mastercard ending with: 4242', '•••• •••• •••• 1881']],
    ['Sorry! Your postcode SW1A 1AA is on file, and EC1V 9HX too.', COMPLAINT, 'personal-data', ['SW1A 1AA', 'EC1V 9HX']],
    ['Sorry, ZIP code 94105-1234, not Seattle, WA 98101-2345.', COMPLAINT, 'personal-data', ['94105-1234', '98101-2345']],
  ] as const)('%j: %s', (draft, context, code, expected) => {
    expect(underlined(draft, context, code)).toEqual(expected);
  });

  test('confidential terms: whole word, any case, several words', () => {
    const context: DraftContext = { ...QUESTION, confidentialTerms: ['Project Falcon', 'Q3-results'] };
    expect(underlined('project  FALCON and the q3 results, not falconry', context, 'confidential')).toEqual(['project  FALCON', 'q3 results']);
    expect(analyzeDraft('Falconry projects', context)).toEqual([]);
  });

  test('too long for X: from the first character past 280 to the end', () => {
    const draft = `Thanks! ${'a'.repeat(300)}`;
    const finding = analyzeDraft(draft, QUESTION).find((f) => f.code === 'too-long')!;
    expect(finding.severity).toBe('critical');
    expect(finding.spans).toEqual([{ start: 280, end: draft.length }]);
    expect(finding.why).toContain('X allows 280');
  });

  test('too long for a crisis reply: from the fourth sentence, as a warning', () => {
    const draft =
      'Thanks for asking us about the new kettle base. It does charge over the cable that comes in the box. It also charges without one, on any of our docks. The guide on our website has all the details, with pictures.';
    const finding = analyzeDraft(draft, QUESTION).find((f) => f.code === 'too-long')!;
    expect(finding.severity).toBe('warning');
    expect(draft.slice(finding.spans[0]!.start)).toBe('The guide on our website has all the details, with pictures.');
  });

  test('spans are in text order and inside the draft', () => {
    const draft = 'ACTUALLY you should have read the FAQ!!! Email sam@example.org, calm down 🙄';
    for (const finding of analyzeDraft(draft, COMPLAINT)) {
      let previous = -1;
      for (const span of finding.spans) {
        expect(span.start).toBeGreaterThanOrEqual(previous);
        expect(span.end).toBeGreaterThan(span.start);
        expect(span.end).toBeLessThanOrEqual(draft.length);
        previous = span.start;
      }
    }
  });
});

describe('each finding explains itself', () => {
  const draft = "ACTUALLY you should have read the FAQ!!! Calm down 🙄 Don't be stupid. We were negligent; it will never happen again. Email sam@example.org about Project Falcon. Next update by {nextUpdate}. " + 'More. '.repeat(60);
  const context: DraftContext = { ...COMPLAINT, confidentialTerms: ['Project Falcon'], incident: { active: true, approver: 'Dana', approvalStep: 'Legal review' } };
  const findings = analyzeDraft(draft, context);

  test('every code fires on the kitchen-sink draft, in FINDING_CODES order', () => {
    // `not-english` stands in for the English-only checks (no-acknowledgement among them): never both.
    expect(findings.map((f) => f.code)).toEqual(FINDING_CODES.filter((code) => code !== 'not-english'));
  });

  test('one line of plain English, with a known severity', () => {
    for (const finding of findings) {
      expect(finding.why.length).toBeGreaterThan(10);
      expect(finding.why.length).toBeLessThan(220);
      expect(finding.why).not.toMatch(/\n/);
      expect(SEVERITIES).toContain(finding.severity);
    }
  });

  test('a quote cut at 40 characters never splits an emoji, a flag or an accent', () => {
    // Each blank puts a character of two or more UTF-16 units across the old cut (after the 39th unit).
    const blanks = [
      '[insert the replacement order for the 🦅 kettle here]',
      '[insert the replacement order for the 🇳🇴🇸🇪 teams]',
      '[insert the replacement order for the e\u0301te\u0301 range]',
    ];
    const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
    for (const blank of blanks) {
      const why = analyzeDraft(`Sorry about that, we will send ${blank} soon.`, COMPLAINT).find((f) => f.code === 'placeholder')?.why ?? '';
      const quoted = /“([^”]*)”/u.exec(why)?.[1] ?? '';
      expect(quoted.endsWith('…'), why).toBe(true);
      const kept = quoted.slice(0, -1);
      expect(blank.startsWith(kept), kept).toBe(true);
      expect([...graphemes.segment(blank)].map((segment) => segment.index), kept).toContain(kept.length);
      expect([...graphemes.segment(kept)].length).toBe(39);
    }
  });

  test('the incident reminder names the approver and the step, and is only info', () => {
    const approval = findings.find((f) => f.code === 'needs-approval')!;
    expect(approval.severity).toBe('info');
    expect(approval.why).toContain('Dana');
    expect(approval.why).toContain('Legal review');
    expect(analyzeDraft('Sorry, DM us.', { ...COMPLAINT, incident: { active: true } })[0]?.why).toContain('approval step');
  });

  test('personal data, confidential terms and insults are critical; tone is a warning', () => {
    const severity = Object.fromEntries(findings.map((f) => [f.code, f.severity]));
    expect(severity).toMatchObject({ 'personal-data': 'critical', confidential: 'critical', hostile: 'critical', arguing: 'warning', sarcasm: 'warning' });
  });
});

describe('context', () => {
  test('the label of the post being answered may be given instead of analysed', () => {
    const draft = 'Your parcel ships tomorrow.';
    expect(findingCodes(analyzeDraft(draft, { platform: 'x', replyingTo: { text: 'ok', label: 'negative', signals: [] } }))).toBe('no-acknowledgement');
    expect(findingCodes(analyzeDraft(draft, { platform: 'x', replyingTo: { text: 'This is awful', label: 'neutral', signals: [] } }))).toBe('');
  });

  test('an expired pre-approved message is no longer approved', () => {
    const context: DraftContext = {
      platform: 'x',
      incident: { active: true },
      now: 1000,
      preApproved: [{ id: 'a', title: 'A', text: 'We are looking into it.', expires: 500 }],
    };
    expect(findingCodes(analyzeDraft('We are looking into it.', context))).toBe('needs-approval');
    expect(findingCodes(analyzeDraft('We are looking into it.', { ...context, now: 100 }))).toBe('');
  });

  test('a pre-approved message keeps the findings no approval can cover', () => {
    const context: DraftContext = {
      platform: 'x',
      incident: { active: true },
      confidentialTerms: ['Falcon'],
      preApproved: [{ id: 'a', title: 'A', text: 'Calm down, Falcon is fine.' }],
    };
    expect(findingCodes(analyzeDraft('Calm down, Falcon is fine.', context))).toBe('confidential');
  });

  test('maxLength overrides the platform limit', () => {
    const draft = `Thanks. ${'a'.repeat(600)}`;
    expect(findingCodes(analyzeDraft(draft, { platform: 'mastodon' }))).toBe('too-long');
    expect(findingCodes(analyzeDraft(draft, { platform: 'mastodon', maxLength: 1000 }))).toBe('');
  });
});

describe('measureLength counts the way each platform does', () => {
  test.each([
    ['hello', 'x-weighted', 5],
    ['😀', 'x-weighted', 2],
    ['日本', 'x-weighted', 4],
    ['see https://example.com/a/very/long/path/that/goes/on', 'x-weighted', 4 + 23],
    ['👍🏽', 'graphemes', 1],
    ['🇬🇧🇫🇷', 'graphemes', 2],
    ['e\u0301', 'graphemes', 1],
    ['👩‍💻', 'graphemes', 1],
    ['@sam@mastodon.social hi', 'mastodon', 7],
    ['https://example.com/long/path hi', 'mastodon', 26],
  ] as const)('%j (%s) → %d', (text, counting, expected) => {
    expect(measureLength(text, counting, 1000).length).toBe(expected);
  });

  test('reports where the text first overflows', () => {
    expect(measureLength('abcdef', 'graphemes', 4).overflowAt).toBe(4);
    expect(measureLength('ab😀', 'x-weighted', 3).overflowAt).toBe(2);
    expect(measureLength('abc', 'graphemes', 3).overflowAt).toBeNull();
  });
});

describe('personal data names what it found', () => {
  test.each([
    ["Sorry, I've refunded the card ending 4242.", "a card's last digits"],
    ['Sorry! Your postcode SW1A 1AA is on file.', 'a postcode'],
  ])('%j', (draft, named) => {
    expect(analyzeDraft(draft, COMPLAINT).find((f) => f.code === 'personal-data')?.why).toContain(named);
  });
});

describe('a pre-approved message after the mentions the site put first', () => {
  const holding = { id: 'holding', title: 'Holding', text: "We're aware of the delays and looking into it." };
  const context: DraftContext = { ...COMPLAINT, platform: 'mastodon', preApproved: [holding] };

  test.each(['@sam_patel ', '@sam@mastodon.social @acme '])('%j then the message is still the approved message', (mentions) => {
    expect(analyzeDraft(holding.text, context)).toEqual([]);
    expect(analyzeDraft(`${mentions}${holding.text}`, context)).toEqual([]);
  });

  test('words before the message are not mentions: it is a new draft', () => {
    expect(findingCodes(analyzeDraft(`Hey ${holding.text}`, context))).toBe('no-acknowledgement');
  });
});
