// Booking and order references in a public reply (QA: "QX7H2P", "Booking ref: 7KQ2ZT", "PNR ABC123"
// and "confirmation code XJ4-99Q" went through). A labelled reference is caught in any shape with a
// letter and a digit; an unlabelled one only as an airline-style six-character code in capitals that
// mixes letters and digits. Acronyms, product names with digits, promo and error codes, lot numbers
// and the brand's own names are not references.
import { describe, expect, test } from 'vitest';
import { analyzeDraft, findingCodes, type DraftContext } from '@/utils/coach';

const COMPLAINT: DraftContext = {
  platform: 'x',
  replyingTo: { text: 'My flight was cancelled and nobody at @AcmeAir will tell me anything. Furious.', author: '@sam_patel' },
};

/** The underlined text of each span of the personal-data finding. */
function underlined(draft: string, context: DraftContext = COMPLAINT): string[] {
  const finding = analyzeDraft(draft, context).find((f) => f.code === 'personal-data');
  return finding ? finding.spans.map((span) => draft.slice(span.start, span.end)) : [];
}

describe('a booking or order reference is personal data', () => {
  test.each([
    // The QA report's five.
    ['Sorry Sam, we found QX7H2P and rebooked you on the 9am.', ['QX7H2P']],
    ['Sorry Sam, order #A1B2-C3D4 is delayed.', ['order #A1B2-C3D4']],
    ['Sorry Sam, Booking ref: 7KQ2ZT is cancelled.', ['Booking ref: 7KQ2ZT']],
    ['Sorry Sam, your PNR ABC123 shows the change.', ['PNR ABC123']],
    ['Sorry Sam, confirmation code XJ4-99Q is on its way.', ['confirmation code XJ4-99Q']],
    // Labelled: the label and the reference are underlined together.
    ['Sorry Sam, your booking QX7H2P is confirmed.', ['booking QX7H2P']],
    ['Sorry Sam, reservation number: 4KD92Z is confirmed.', ['reservation number: 4KD92Z']],
    ['Sorry Sam, your booking reference is QX7H2P.', ['booking reference is QX7H2P']],
    ['Sorry Sam, booking reference ABC123 is cancelled.', ['booking reference ABC123']],
    ['Sorry Sam, the record locator XKQZTP is rebooked.', ['locator XKQZTP']],
    ['Sorry Sam, PNR: XKQZTP.', ['PNR: XKQZTP']],
    ['Sorry Sam, booking ref KXQZTP was moved.', ['booking ref KXQZTP']],
    ['Sorry Sam, ref 7KQ2ZT is refunded.', ['ref 7KQ2ZT']],
    ['Sorry Sam, booking ref: qx7h2p is refunded.', ['booking ref: qx7h2p']],
    ['Sorry Sam, ticket no. A7B9C is reopened.', ['ticket no. A7B9C']],
    ['Sorry Sam, case #AB12CD is with the team.', ['case #AB12CD']],
    ['Sorry Sam, itinerary 9QX7HP was re-issued.', ['itinerary 9QX7HP']],
    ['Sorry Sam, your e-ticket QX7H2P is reissued.', ['ticket QX7H2P']],
    ['Sorry Sam, your confirmation number is H7K2PQ.', ['confirmation number is H7K2PQ']],
    ['Sorry Sam, order ID: X9Y8Z7 was refunded.', ['order ID: X9Y8Z7']],
    ['Sorry Sam, claim ref. 7KQ2ZT is approved.', ['claim ref. 7KQ2ZT']],
    ['Sorry Sam, tracking number: 1Z9ABC12 is delayed.', ['tracking number: 1Z9ABC12']],
    ['Sorry Sam, invoice INV-4K2Q is attached.', ['invoice INV-4K2Q']],
    ['Sorry Sam, parcel ref: AB12C is lost.', ['parcel ref: AB12C']],
    ['Sorry Sam, booking: 7KQ2ZT.', ['booking: 7KQ2ZT']],
    ['Sorry Sam, your membership number is MX42QZ.', ['membership number is MX42QZ']],
    ['Sorry Sam, account no. 4QX7TZ is closed.', ['account no. 4QX7TZ']],
    ['Sorry Sam, customer ID: Q7W8E9R is merged.', ['customer ID: Q7W8E9R']],
    ['Sorry Sam, policy number: ZK9-44X renews in May.', ['policy number: ZK9-44X']],
    ['Sorry Sam.\nRef: 7KQ2ZT', ['Ref: 7KQ2ZT']],
    // Unlabelled: an airline-style code in capitals alone.
    ['Sorry Sam, 7KQ2ZT is rebooked for Friday.', ['7KQ2ZT']],
    ['Sorry Sam, Z9X8C7 was the one we had.', ['Z9X8C7']],
    ['Sorry Sam, we found your trip (QX7H2P) and fixed it.', ['QX7H2P']],
    ['Sorry Sam, QX7H2P and 7KQ2ZT are both rebooked.', ['QX7H2P', '7KQ2ZT']],
    ['Sorry Sam, rebooked QX7H2P on the 9am.', ['QX7H2P']],
    ['Sorry Sam, it is under H4J9KP.', ['H4J9KP']],
    // Caught before, still caught.
    ['Sorry Sam, order #12345678 shipped.', ['order #12345678']],
    ['Sorry Sam, booking ref: XK4-99812 is cancelled.', ['booking ref: XK4-99812']],
  ])('%j → %j', (draft, expected) => {
    expect(underlined(draft)).toEqual(expected);
    expect(analyzeDraft(draft, COMPLAINT).find((f) => f.code === 'personal-data')?.severity).toBe('critical');
  });

  test('a labelled reference is named as one; an unlabelled code as what looks like a booking reference', () => {
    const why = (draft: string): string | undefined => analyzeDraft(draft, COMPLAINT).find((f) => f.code === 'personal-data')?.why;
    expect(why('Sorry Sam, PNR ABC123 is rebooked.')).toContain('an order or reference number');
    expect(why('Sorry Sam, QX7H2P is rebooked.')).toContain('what looks like a booking reference');
    expect(why('Sorry Sam, QX7H2P is rebooked.')).toContain('private message');
  });
});

describe('acronyms, product names, public codes and the brand are no reference', () => {
  test.each([
    // Acronyms and capitalised words.
    'Sorry Sam, NASA and HIPAA rules apply here.',
    'Sorry Sam, the AMOLED screen is covered.',
    'Sorry Sam, COVID19 and COVID-19 delays hit every airline.',
    'Sorry Sam, WE ARE SORRY.',
    // Product names with digits.
    'Sorry Sam, the iPhone 15 and the PS5 are both covered.',
    'Sorry Sam, the RTX4090 and RX6800 ship Monday.',
    'Sorry Sam, the A320 and B737 fleets are grounded.',
    'Sorry Sam, the CRJ900 and the 737MAX are back.',
    'Sorry Sam, the G7 summit closed the airport.',
    'Sorry Sam, it streams in 4K and 1080p.',
    'Sorry Sam, MP3 files and USB-C cables are fine.',
    'Sorry Sam, the H2O bottle is free.',
    'Sorry Sam, the PS5PRO bundle and the S7EDGE are back.',
    'Sorry Sam, the A320NEO is new.',
    'Sorry Sam, the 5800X3D and 7800X3D are in stock.',
    'Sorry Sam, the 4K60Hz model is fixed.',
    'Sorry Sam, the HTML5 player is back.',
    'Sorry Sam, a CR2032 battery fits.',
    'Sorry Sam, KN95 and N95 masks are on board.',
    'Sorry Sam, the Galaxy S24 app is fixed.',
    'Sorry Sam, the SM-G991B2 is covered.',
    'Sorry Sam, the crate is 100X50 cm.',
    // A verb, not a label; a label with no reference after it.
    'Sorry Sam, you can order COVID19 tests at the desk.',
    'Sorry Sam, your booking is ACTIVE again.',
    'Sorry Sam, your order is READY for pickup.',
    'Sorry Sam, our reference guide for the PS5 is here.',
    'Sorry Sam, in case 5G drops, use wifi.',
    // Codes the brand publishes: promo codes, error codes, flights.
    'Sorry Sam, use code SPR1NG for 20% off.',
    'Sorry Sam, enter code 4U2SAV at checkout.',
    'Sorry Sam, promo code 2FOR1X still works.',
    'Sorry Sam, error E42 means the app needs an update.',
    'Sorry Sam, error code E4F2A1 means the app needs an update.',
    'Sorry Sam, flight 3K1234 is delayed, and BA2490 too.',
    // Lot, batch, serial and model numbers.
    'Sorry Sam, lot 7KQ2ZT is part of the recall.',
    'Sorry Sam, batch no. 4K2Q9Z is affected.',
    'Sorry Sam, serial no. X7Y8Z9 is affected.',
    'Sorry Sam, model A1B2C3 is affected.',
    // Periods.
    'Sorry Sam, Q4FY24 results are out, and FY25H1 too.',
    'Sorry Sam, our Q3 2024 update covers it.',
    // Not a word of its own: a hashtag, a mention, a link.
    'Sorry Sam, see #AB12CD for updates.',
    'Sorry Sam, ask @QX7H2P for help.',
    'Sorry Sam, see https://acme.com/help/QX7H2P for help.',
  ])('%j', (draft) => {
    expect(findingCodes(analyzeDraft(draft, COMPLAINT)).split(' ')).not.toContain('personal-data');
  });

  test("the brand's own name shaped like a code is no reference", () => {
    const draft = 'Sorry Sam, TECH4U will fix it today.';
    expect(underlined(draft, { ...COMPLAINT, brandTerms: ['Tech4U'] })).toEqual([]);
    // Without the brand term, it reads as a booking reference.
    expect(underlined(draft)).toEqual(['TECH4U']);
  });
});

describe('a hostile draft costs linear time', () => {
  test('a megabyte of codes and labels', () => {
    const draft = 'booking ref: QX7H2P '.repeat(50_000) + 'A1B2C3-'.repeat(50_000);
    const started = performance.now();
    analyzeDraft(draft, COMPLAINT);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
