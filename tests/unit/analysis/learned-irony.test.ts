// The learned reader of irony (utils/analysis/learned-reader.ts, asked in pipeline.ts): praise the rules took at
// its word, read as meant the other way. None of these posts is in its training data (tests/scripts/irony-data,
// tests/scripts/training-data). Each sarcastic case also reads as praise without the reader, so the test
// fails if the reader stops doing its work.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis';
import { readerSlots } from '@/utils/analysis/learned-reader';
import { prepare, useIrony } from '@/utils/analysis/pipeline';
import { shippedReader } from './readers';
import ironyFile from '@/utils/analysis/data/irony.json';

const { shipped, without: rulesOnly } = shippedReader(ironyFile, useIrony);

describe('learned irony: sarcastic praise of a company reads as a complaint', () => {
  it.each([
    'Brilliant move @Fernway, the app now needs a login to check the bus times. Very user friendly.',
    'Great to see my bill went up 12% again. Really feeling valued as a customer.',
    'Amazing update @Pixelroom. The dark mode button now lives three menus deep. Real innovation.',
    'Big thanks to @Cloudnest for deleting my photos during the "upgrade". Truly seamless.',
    'Absolutely love the new @Streamly plan: same shows, more adverts, higher price. Genius.',
    'What a lovely surprise from @Insurely, my premium doubled after zero claims. Loyalty pays.',
  ])('%s', (text) => {
    expect(rulesOnly(text).label).toBe('positive');
    const result = analyze(text);
    expect(result.label).toBe('negative');
    expect(result.signals).toContain('sarcasm');
    // the evidence is the praise it turned, so the badge can show which words it did not believe
    const evidence = result.signalEvidence?.find((item) => item.code === 'sarcasm');
    expect(evidence).toBeDefined();
    expect(evidence && text.slice(evidence.start, evidence.end)).toBe(evidence?.text);
  });

  it('no longer reads a sarcastic post as praise, even where it cannot say which side', () => {
    const text = 'Shoutout to @Trainly for the 6:40 that became the 7:55. Love a surprise.';
    expect(rulesOnly(text).label).toBe('positive');
    expect(analyze(text).label).not.toBe('positive');
    expect(analyze(text).signals).toContain('sarcasm');
  });
});

describe('learned irony: sincere praise in the same words stays praise', () => {
  it.each([
    'Thanks @Northwave for sorting my broadband in 20 minutes, brilliant service.',
    'Love that @Kettlecorp gives free refills on filter coffee. Such good value.',
    'Great to see my bill went down 12% this year. Really feeling valued as a customer.',
    'Wonderful customer service from @Loomly today, they refunded me in 5 minutes.',
    'So glad @Parcelpoint delivered a day early. Perfect for the party.',
    'Congrats @Voltara on 10 years! Our street has had power every day since we moved.',
    'Really impressed that @Skyfin let my toddler sit with us at no charge. Family friendly airline.',
    'Just finished my first 10k run in 58 minutes. So proud!',
  ])('%s', (text) => {
    const result = analyze(text);
    expect(result.label).toBe('positive');
    expect(result.signals).not.toContain('sarcasm');
  });
});

describe('learned irony: where it is asked', () => {
  it('is not asked of a post the rules do not read as praise', () => {
    // plain complaints keep their own reading: no sarcasm signal from the reader
    for (const text of ['The app logged me out again and support never replied.', 'Is the Fernway app down for anyone else?']) {
      expect(analyze(text).signals).not.toContain('sarcasm');
    }
  });

  it("leaves a team's own lexicon entries alone", () => {
    // a product called "Brilliant Move" and a plan called "User Friendly": where the team's words are all
    // the praise there is, the reader has nothing of the lexicon's to turn
    const text = 'Brilliant move @Fernway, the app now needs a login to check the bus times. Very user friendly.';
    const result = analyze(text, { lexicon: { 'brilliant move': 3, 'user friendly': 2 } });
    expect(result.signals).not.toContain('sarcasm');
    expect(result.label).toBe('positive');
  });

  it('counts a word once however often it comes, and reads at most the first 200 tokens', () => {
    const slots: number[] = [];
    // "great ! great ! …": the words, the pairs and the last word, each once
    const flood = readerSlots(prepare('great! '.repeat(5_000)).engine, shipped.buckets, slots);
    expect(flood).toBeGreaterThan(0);
    expect(flood).toBeLessThanOrEqual(6);
    expect(slots.slice(0, flood).every((slot) => Number.isInteger(slot) && slot >= 0 && slot < shipped.buckets)).toBe(true);
    expect(new Set(slots.slice(0, flood)).size).toBe(flood);
    // 5,000 different words: no more than the first 200 tokens' words and pairs, and the last word
    const words = Array.from({ length: 5_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    expect(readerSlots(prepare(words).engine, shipped.buckets, slots)).toBeLessThanOrEqual(401);
  });

  it('is not talked into irony by repetition (the coach reads drafts with it)', () => {
    for (const text of ['Thanks! ' + '😀'.repeat(200), 'Thanks for asking about part 1. '.repeat(7).trim(), 'Great great great great great great great great!']) {
      expect(analyze(text).signals).not.toContain('sarcasm');
    }
  });

  it('ships weights of the size it reads, with a threshold a probability can reach', () => {
    expect(shipped.weights.length).toBe(shipped.buckets);
    expect(shipped.threshold).toBeGreaterThan(0.5);
    expect(shipped.threshold).toBeLessThan(1);
    expect(shipped.weights.some((weight) => weight !== 0)).toBe(true);
  });
});
