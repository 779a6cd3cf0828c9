import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/analysis/index';
import { seededRandom } from '@/utils/tracking/synthetic';

const PIECES = ['!', '?', '…', ':)', ':-(', '<3', '#', '@', 'http://', 'not ', 'but ', 'sooo', 'LOVE', 'hate', '😡', '👍🏽', '\u200B', '\u200D', '\u202E', 'שלום', 'مرحبا', '\uD800', '\uDFFF', '\uFE0F', '-', "'", '’', ' ', '\n', '\t', 'constructor', '__proto__'];

function randomText(random: () => number, length: number): string {
  let out = '';
  while (out.length < length) {
    const r = random();
    if (r < 0.5) out += PIECES[Math.floor(random() * PIECES.length)];
    else out += String.fromCharCode(Math.floor(random() * 0x10000));
  }
  return out;
}

function check(text: string): void {
  const result = analyze(text);
  expect(['negative', 'neutral', 'positive', 'mixed']).toContain(result.label);
  expect(Number.isFinite(result.score)).toBe(true);
  expect(Math.abs(result.score)).toBeLessThanOrEqual(1);
  for (const reason of result.reasons) {
    expect(reason.start).toBeGreaterThanOrEqual(0);
    expect(reason.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(reason.start, reason.end)).toBe(reason.text);
  }
}

describe('fuzz', () => {
  // What these check is correctness; the time bounds only catch the catastrophic (quadratic or
  // backtracking) case, which would take minutes here, so they leave room for a loaded machine (the emoji
  // flood takes 1.6 s alone and took 6.7 s beside two other test runs on two cores).
  const BOUND_MS = 15_000;
  test('5,000 random inputs never throw and stay well-formed', { timeout: 60_000 }, () => {
    const random = seededRandom(42);
    for (let i = 0; i < 5000; i++) check(randomText(random, Math.floor(random() * 300)));
  });

  test.each([
    ['empty', ''],
    ['endless exclamation', '!'.repeat(100_000)],
    ['endless mixed punctuation', '?!.'.repeat(50_000)],
    ['zero-width only', '\u200B\u200C\u200D\uFEFF'.repeat(10_000)],
    ['right-to-left override', '\u202Eevil text\u202C'.repeat(1000)],
    ['one huge word', 'a'.repeat(200_000)],
    ['emoji flood', '😡'.repeat(50_000)],
    ['lone surrogates', '\uD800\uDC00\uDFFF\uD83D'.repeat(10_000)],
  ])('%s', (_name, text) => {
    const start = performance.now();
    check(text);
    expect(performance.now() - start).toBeLessThan(BOUND_MS);
  }, 2 * BOUND_MS);

  test('1 MB of text is analysed in bounded time', () => {
    const text = randomText(seededRandom(7), 1_000_000);
    const start = performance.now();
    check(text);
    expect(performance.now() - start).toBeLessThan(BOUND_MS);
  }, 2 * BOUND_MS);

  test('time grows no faster than length', () => {
    const unit = 'I am sooo angry!!! not good :( @acme #fail http://x.y ';
    const time = (n: number): number => {
      const text = unit.repeat(n);
      const start = performance.now();
      for (let i = 0; i < 5; i++) analyze(text);
      return performance.now() - start;
    };
    time(50);
    const small = time(40);
    const large = time(320);
    expect(large).toBeLessThan(small * 8 * 4 + 20);
  });
});
