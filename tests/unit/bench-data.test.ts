// The benchmark's dataset readers: a file as a spreadsheet or a script writes it (a header line, blank
// lines, Windows line ends) is read as its rows; anything else that is not a row is refused by line number.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { readCsv, readLabeled, readUci, readVader } from '../bench/sentiment/data';
import { classify } from '../bench/sentiment/metrics';

const dir = mkdtempSync(join(tmpdir(), 'firebreak-data-'));
let files = 0;
const file = (content: string) => {
  const path = join(dir, `set-${files++}.tsv`);
  writeFileSync(path, content);
  return path;
};
afterEach(() => vi.restoreAllMocks());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readLabeled', () => {
  test('a header line, blank lines and CRLF line ends: the rows, in order, and the header said on stderr', () => {
    const said = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const rows = readLabeled(file('label\ttext\r\nnegative\tWorst service ever\r\n\r\nPositive\tLove it\r\n  \nneutral\tOpen at 9\r\n\r\n\r\n'));
    expect(rows).toEqual([
      { text: 'Worst service ever', gold: 'negative' },
      { text: 'Love it', gold: 'positive' },
      { text: 'Open at 9', gold: 'neutral' },
    ]);
    expect(said).toHaveBeenCalledTimes(1);
    expect(String(said.mock.calls[0]![0])).toMatch(/:1: skipped a header line \("label\\ttext"\)/);
  });

  test('a line that is not a row is refused with its line number, a bad label after the first row too', () => {
    expect(() => readLabeled(file('negative\tBad\nmixed\tBoth\n'))).toThrow(/:2: expected negative\|neutral\|positive<TAB>text/);
    expect(() => readLabeled(file('negative\tBad\nlabel\ttext\n'))).toThrow(/:2: expected/);
    // A first line that names no column (a number, a sentence) is not taken for a header.
    expect(() => readLabeled(file('0\tBad service\n'))).toThrow(/:1: expected/);
    expect(() => readLabeled(file('no tab on this line\n'))).toThrow(/:1: expected/);
  });
});

describe('readVader', () => {
  test('a header line and blank lines are skipped; a rating becomes its gold label', () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const rows = readVader(file('id\tmean rating\ttext\n1\t2.5\tSo good\n\n2\t-0.2\tMeh\tok\n3\t-3\tAwful\n'));
    expect(rows).toEqual([
      { text: 'So good', gold: 'positive', rating: 2.5 },
      { text: 'Meh\tok', gold: 'neutral', rating: -0.2 },
      { text: 'Awful', gold: 'negative', rating: -3 },
    ]);
  });

  test('an empty or unreadable rating is refused, not read as 0', () => {
    expect(() => readVader(file('1\t2\tFine\n2\t\tNo rating\n'))).toThrow(/:2: expected id<TAB>rating<TAB>text/);
    expect(() => readVader(file('1\t1\tx\n2\tgreat\tNot a number\n'))).toThrow(/:2: expected/);
  });
});

describe('readUci', () => {
  test('the sentences with their class (0 negative, 1 positive), trimmed; the closing empty item is not a row', () => {
    const rows = readUci(file(JSON.stringify([{ text: 'Great for the jawbone.', class: 1 }, { text: 'Broke after a week.  ', class: 0 }, { text: '', class: null }])));
    expect(rows).toEqual([
      { text: 'Great for the jawbone.', gold: 'positive' },
      { text: 'Broke after a week.', gold: 'negative' },
    ]);
  });

  test('an item without a text or with another class is refused by its index, not skipped', () => {
    expect(() => readUci(file(JSON.stringify([{ text: 'Fine', class: 1 }, { text: 'Meh', class: 2 }])))).toThrow(/item 1: expected \{ text, class: 0 \| 1 \}/);
    expect(() => readUci(file(JSON.stringify([{ class: 0 }])))).toThrow(/item 0/);
    expect(() => readUci(file(JSON.stringify({ text: 'Fine', class: 1 })))).toThrow(/expected a JSON array/);
  });

  test('the shipped fixtures read as 1,000 sentences each, half of each class', () => {
    for (const name of ['amazon', 'yelp', 'imdb']) {
      const rows = readUci(join('node_modules', 'sentiment', 'test', 'fixtures', `${name}.json`));
      expect(rows).toHaveLength(1000);
      expect(rows.filter((row) => row.gold === 'positive')).toHaveLength(500);
    }
  });
});

describe('readCsv', () => {
  test('a header naming the columns (Sanders): quoted fields, a line break in one, CRLF; another label is left out and said', () => {
    const said = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const rows = readCsv(
      file(
        '"Topic","Sentiment","TweetId","TweetDate","TweetText"\r\n' +
          '"apple","positive","1","Tue Oct 18","Now all @Apple has to do is, well, ship it"\r\n' +
          '"apple","irrelevant","2","Tue Oct 18","Que tal"\r\n' +
          '"google","Negative","3","Tue Oct 18","Two lines\nin one ""quoted"" tweet"\r\n',
      ),
    );
    expect(rows).toEqual([
      { text: 'Now all @Apple has to do is, well, ship it', gold: 'positive' },
      { text: 'Two lines\nin one "quoted" tweet', gold: 'negative' },
    ]);
    expect(String(said.mock.calls[0]![0])).toMatch(/left out 1 \(label "irrelevant"\)/);
  });

  test('the airline tweets: the label and text columns found by name among fifteen', () => {
    const header = 'tweet_id,airline_sentiment,airline_sentiment_confidence,negativereason,negativereason_confidence,airline,airline_sentiment_gold,name,negativereason_gold,retweet_count,text,tweet_coord,tweet_created,tweet_location,user_timezone';
    const rows = readCsv(file(`${header}\n5.70306E+17,neutral,1,,,Virgin America,,cairdin,,0,@VirginAmerica What @dhepburn said.,,24-02-2015 11.35,,Eastern Time (US & Canada)\n`));
    expect(rows).toEqual([{ text: '@VirginAmerica What @dhepburn said.', gold: 'neutral' }]);
  });

  test("Sentiment140's six unnamed columns: polarity 0, 2, 4", () => {
    const rows = readCsv(file('"4","3","Mon May 11 03:17:40 UTC 2009","kindle2","tpryan","I love my Kindle2."\n"0","4","Mon May 11","aig","x","AIG is a mess"\n"2","5","Mon May 11","nike","y","Nike store at noon"\n'));
    expect(rows.map((row) => row.gold)).toEqual(['positive', 'negative', 'neutral']);
    expect(rows[0]?.text).toBe('I love my Kindle2.');
  });

  test('a file of neither shape, or a row short of its text column, stops the run', () => {
    expect(() => readCsv(file('id,score,body\n1,2,Fine\n'))).toThrow(/expected a header naming a label column/);
    expect(() => readCsv(file('"4","3","date","q","u","text"\n"1","3","date","q","u","text"\n'))).toThrow(/expected a header/);
    expect(() => readCsv(file('sentiment,id,text\npositive,1,Good\nnegative,2\n'))).toThrow(/:3: expected 3 columns/);
  });
});

describe('classify', () => {
  test('a two-class set averages F1 over negative and positive only; a neutral answer is a miss', () => {
    const metrics = classify(['negative', 'negative', 'positive', 'positive'], ['negative', 'neutral', 'positive', 'positive']);
    // negative: precision 1, recall 1/2 → 2/3; positive: 1 and 1 → 1
    expect(metrics.macroF1).toBeCloseTo((2 / 3 + 1) / 2, 10);
    expect(metrics.accuracy).toBe(0.75);
  });

  test('a three-class set averages over all three, as before', () => {
    const metrics = classify(['negative', 'neutral', 'positive'], ['negative', 'positive', 'positive']);
    // negative 1; neutral 0; positive: precision 1/2, recall 1 → 2/3
    expect(metrics.macroF1).toBeCloseTo((1 + 0 + 2 / 3) / 3, 10);
  });
});
