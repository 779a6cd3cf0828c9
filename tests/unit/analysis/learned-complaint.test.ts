// The learned reader of plain complaints (utils/analysis/learned-reader.ts, asked in index.ts): a grievance told
// in facts and questions, with no word of feeling, that the rules and the model read as neutral. None of these
// posts is in its training data (tests/scripts/complaint-data, tests/scripts/training-data). Each complaint
// reads neutral without the reader, so the test fails if the reader stops doing its work. Written for this test:
// 24 complaints that read neutral without the reader, of which it takes the 10 below (its recall is partial, as
// measured: tests/scripts/complaint-data/README.md), and 22 questions asked for an answer, of which it takes none.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis';
import { textKey } from '@/utils/analysis/corrections';
import { useComplaintReader } from '@/utils/analysis/pipeline';
import { shippedReader } from './readers';
import complaintFile from '@/utils/analysis/data/complaint.json';

const { shipped, without: withoutReader } = shippedReader(complaintFile, useComplaintReader);

describe('learned complaints: a grievance told in plain words reads negative', () => {
  it.each([
    "@Brookline ordered on the 2nd, it's the 19th and the order still says processing. Where is it?",
    'Why is there a £4 service fee on a £6 order?',
    'How is the parcel "delivered" when it isn\'t here?',
    '@Copperfield the invoice says 6 boxes, the van brought 4. Who do I speak to?',
    'Why does my Wrenly statement show the same £19.99 on the 1st and the 2nd?',
    'Three visits from @Hollis engineers and the boiler still goes off every night.',
    '@Sparrowline so when is someone going to call me back? Ticket 40211, opened 12 days ago.',
    'Was promised a callback within 24 hours. That was Tuesday.',
    "The app says my bin was collected. It's still outside the house, full.",
    'My order number is 88120 and it has said "preparing" since the 4th.',
  ])('%s', (text) => {
    expect(withoutReader(text).label).toBe('neutral');
    const result = analyze(text);
    expect(result.label).toBe('negative');
    expect(result.score).toBeLessThan(0);
    // the reader's side, not the model's: fairly sure, never sure; and said, for the badge to explain it
    expect(result.confidence).toBe(0.5);
    expect(result.plainComplaint).toBe(true);
    expect(withoutReader(text).plainComplaint).toBeUndefined();
  });
});

describe('learned complaints: questions asked for an answer stay neutral', () => {
  it.each([
    '@Fernway is the 08:12 running on the Sunday timetable over Christmas?',
    'Paid for next day delivery, does that include Saturdays?',
    '@Nimbly how long does a refund usually take to show up?',
    'Where do I find my claim reference number?',
    'Is the 2 for 1 on pizzas in store or online only?',
    '@Ovalo what are the chat support hours at the weekend?',
    'How do I send the form, by post or online?',
    'What is the service fee for orders under £10?',
    'Anyone know if the Pennant card works abroad?',
    'what is the returns window for sale items',
    'Where do I send my meter reading this month?',
    'The engineer is booked for Wednesday morning, do I need to be home all day?',
  ])('%s', (text) => {
    expect(analyze(text).label).toBe('neutral');
  });
});

describe('learned complaints: where it is asked', () => {
  it("is asked only of a post that would read neutral, in English, and not the brand's own reply", () => {
    // a reader that takes every post it is asked about for a complaint: what is left alone is what is not asked
    useComplaintReader({ buckets: 2, weights: new Int8Array(2), scale: 1, bias: 10, threshold: 0.8 });
    expect(analyze('How do I change the email on my account?').label).toBe('negative');
    const reply = "We're so sorry your refund hasn't arrived yet. Please DM us your order number and we'll look into it.";
    expect(analyze(reply).label).toBe('neutral');
    expect(analyze('Wo ist meine Bestellung? Ich habe sie am Montag bestellt und sie ist immer noch nicht da.').label).toBe('neutral');
    expect(analyze('Thank you @Nimbly, the refund landed this morning.').label).toBe('positive');
    expect(analyze('Love the new menu, hate the new prices.').label).toBe('mixed');
  });

  it('does not turn a post the model already reads as praise or as a complaint', () => {
    expect(analyze('Refund landed this morning, two days after I asked. Thank you @Nimbly').label).toBe('positive');
    const told = 'Still no word on my claim from March, reference 88213.';
    expect(withoutReader(told).label).toBe('negative');
    expect(analyze(told)).toEqual(withoutReader(told));
    expect(analyze('@Nimbly how long does a refund usually take to show up?').plainComplaint).toBeUndefined();
  });

  it("keeps a user's correction of a single post", () => {
    const text = 'Why is there a £4 service fee on a £6 order?';
    expect(analyze(text).label).toBe('negative');
    const corrected = analyze(text, { overrides: { [textKey(text)]: 'neutral' } });
    expect(corrected.label).toBe('neutral');
    expect(corrected.plainComplaint).toBeUndefined();
  });

  it('ships weights of the size it reads, with a threshold a probability can reach', () => {
    expect(shipped.weights.length).toBe(shipped.buckets);
    expect(shipped.threshold).toBeGreaterThan(0.5);
    expect(shipped.threshold).toBeLessThan(1);
    expect(shipped.weights.some((weight) => weight !== 0)).toBe(true);
  });
});
